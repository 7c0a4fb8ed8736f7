"""What every screen is handed by the composition root: workers, database access, who and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from commune_desk.domain.permissions import Action, Actor, can
from commune_desk.domain.vntime import vn_now
from commune_desk.ui.workers import CancelToken, TaskRunner

if TYPE_CHECKING:
    from commune_desk.services.changes import Changes
    from commune_desk.services.desk import CalendarProvider

T = TypeVar("T")


class DeskEvents(QObject):
    """The desk's bus, passed down by constructor (no global): ``changed`` carries a
    ``services.changes.Changes`` after every write and every sync round, and each screen
    decides whether it must redraw (Anki's ``OpChanges`` / ``operation_did_execute``)."""

    changed = Signal(object)  # services.changes.Changes
    message = Signal(str, str)  # (level "info"|"error", Vietnamese text) — shown in one place
    open_dossier = Signal(str)  # route to a dossier's detail

    def announce(self, changes: Changes | None) -> None:
        """Emit ``changed`` unless nothing changed."""
        if changes is not None and not changes.empty:
            self.changed.emit(changes)

    def on_sync_round(self, report: Any) -> None:
        """Slot for ``SyncLoop.round_finished`` (queued onto the UI thread)."""
        self.announce(getattr(report, "changes", None))


@dataclass
class DeskContext:
    """Dependencies passed down by constructor; no screen reaches for a global."""

    runner: TaskRunner
    actor: Actor
    events: DeskEvents
    clock: Callable[[], dt.datetime] = vn_now
    store: Any = None  # the store handle the services take (opaque to widgets)
    calendar: CalendarProvider | None = None  # the desk's one calendar (built by app.py)
    settings: Any = None  # ui.settings.prefs.Preferences
    extras: dict[str, Any] = field(default_factory=dict)

    def can(self, action: Action) -> bool:
        return can(self.actor, action)

    def write(self, job: Callable[[CancelToken], Any],
              on_done: Callable[[Any], None] | None = None, *,
              on_error: Callable[[BaseException], None] | None = None,
              changes: Changes | None = None) -> None:
        """Run ``job`` (one service call) on the write lane. On success ``on_done(result)``
        runs, then what changed is announced on the bus: the result's own ``changes`` (every
        dossier service returns one), or ``changes`` for services that return none."""

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.events.announce(getattr(result, "changes", None) or changes)

        self.runner.submit(job, done, on_error=on_error, write=True)
