"""What every screen is handed by the composition root: workers, database access, who and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from commune_desk.domain.permissions import Action, Actor, can
from commune_desk.ui.workers import TaskRunner

if TYPE_CHECKING:
    from commune_desk.services.desk import CalendarProvider

T = TypeVar("T")


class DeskEvents(QObject):
    """What changed after an operation, so each screen decides whether to redraw (Anki's OpChanges)."""

    dossiers_changed = Signal(object)  # set[str] of dossier ids, or None for "many"
    settings_changed = Signal()
    catalog_changed = Signal()
    message = Signal(str, str)  # (level "info"|"error", Vietnamese text) — shown in one place
    open_dossier = Signal(str)  # route to a dossier's detail


@dataclass
class DeskContext:
    """Dependencies passed down by constructor; no screen reaches for a global."""

    runner: TaskRunner
    read: Callable[[Callable[[Any], Any]], Any]  # run fn(connection) on a read connection
    actor: Actor
    events: DeskEvents
    clock: Callable[[], dt.datetime] = dt.datetime.now
    store: Any = None  # the store handle the services take (opaque to widgets)
    calendar: CalendarProvider | None = None  # the desk's one calendar (built by app.py)
    settings: Any = None  # ui.settings.prefs.Preferences
    extras: dict[str, Any] = field(default_factory=dict)

    def can(self, action: Action) -> bool:
        return can(self.actor, action)
