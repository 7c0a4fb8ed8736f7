"""What a service call or a sync round changed, so each screen decides whether to redraw."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Above this many dossiers a change is announced as "many" (lists redraw from the query).
MANY = 500


@dataclass(frozen=True)
class Changes:
    """Anki's ``OpChanges``: services and sync rounds return one; the UI's bus carries it.

    ``dossier_ids`` names the dossiers written (``many_dossiers`` when there were too many to
    name); ``catalog``, ``calendar`` and ``settings`` say that reference data or the desk's
    settings changed. The ``*_changed`` details let a screen skip a redraw it does not need.
    """

    dossier_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    status_changed: bool = False
    due_changed: bool = False
    search_changed: bool = False
    many_dossiers: bool = False
    catalog: bool = False
    calendar: bool = False
    settings: bool = False

    @classmethod
    def of_dossiers(cls, ids: Iterable[str]) -> Changes:
        """Dossiers changed in ways not detailed (a pull from other desks): redraw them all."""
        unique = tuple(dict.fromkeys(ids))
        if len(unique) > MANY:
            return cls(many_dossiers=True, status_changed=True, due_changed=True,
                       search_changed=True)
        return cls(dossier_ids=unique, status_changed=bool(unique), due_changed=bool(unique),
                   search_changed=bool(unique))

    @property
    def dossiers(self) -> bool:
        return self.many_dossiers or bool(self.dossier_ids)

    @property
    def empty(self) -> bool:
        return not (self.dossiers or self.catalog or self.calendar or self.settings)

    def touches(self, dossier_id: str | None) -> bool:
        """True when ``dossier_id``'s data may have changed."""
        return dossier_id is not None and (self.many_dossiers or dossier_id in self.dossier_ids)

    def __or__(self, other: Changes) -> Changes:
        ids = tuple(dict.fromkeys((*self.dossier_ids, *other.dossier_ids)))
        many = self.many_dossiers or other.many_dossiers or len(ids) > MANY
        return Changes(
            dossier_ids=() if many else ids,
            kinds=tuple(dict.fromkeys((*self.kinds, *other.kinds))),
            status_changed=self.status_changed or other.status_changed,
            due_changed=self.due_changed or other.due_changed,
            search_changed=self.search_changed or other.search_changed,
            many_dossiers=many,
            catalog=self.catalog or other.catalog,
            calendar=self.calendar or other.calendar,
            settings=self.settings or other.settings,
        )
