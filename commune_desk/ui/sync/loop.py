"""The background sync loop: a long-lived QThread that syncs whenever a link exists, with backoff."""

from __future__ import annotations

import collections
import datetime as dt
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from commune_desk.errors import user_message
from commune_desk.sync.client import Backoff

# States shown to the clerk.
ONLINE, OFFLINE, SYNCING, HELD, NOT_ENROLLED, REFUSED = (
    "online", "offline", "syncing", "held", "not_enrolled", "refused")


class SyncLoop(QThread):
    """Runs ``sync_round`` now and then on its own thread; never touches widgets.

    After a success it waits ``interval`` seconds; after a failure it backs off (2 s, 4 s …
    5 min) and tries again by itself. ``sync_now()`` wakes it at once; ``stop()`` ends it.
    Signals arrive queued on the UI thread.
    """

    state_changed = Signal(str, str)  # state, Vietnamese message
    summary_changed = Signal(object)  # services.sync.SyncSummary
    round_finished = Signal(object)  # services.sync.SyncReport

    def __init__(self, store: Any, *, interval: float = 60.0, backoff: Backoff | None = None,
                 round_fn: Callable[[Any], Any] | None = None,
                 summary_fn: Callable[[Any], Any] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._round_fn = round_fn
        self._summary_fn = summary_fn
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.failures: collections.deque[tuple[str, str]] = collections.deque(maxlen=20)
        self.state = OFFLINE
        self.next_delay = 0.0

    # -- control (UI thread) -------------------------------------------------------------
    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, wait_ms: int = 10_000) -> None:
        self._stopping.set()
        self._wake.set()
        self.wait(wait_ms)

    # -- the thread ----------------------------------------------------------------------
    def _summary(self) -> None:
        from commune_desk.services.sync import sync_summary

        try:
            self.summary_changed.emit((self._summary_fn or sync_summary)(self._store))
        except Exception as exc:  # the database is busy or closed: say so, try later
            self.failures.append((_now(), "Không đọc được trạng thái đồng bộ: " + user_message(exc)))

    def _attempt(self) -> float:
        """One round; returns how long to wait before the next."""
        from commune_desk.services.sync import NotEnrolled, SyncHeld, sync_round
        from commune_desk.sync.client import SyncOffline, SyncRefused
        from commune_desk.sync.credentials import CredentialError

        self._set(SYNCING, "Đang đồng bộ…")
        try:
            report = (self._round_fn or sync_round)(self._store)
        except SyncOffline as exc:
            self._fail(OFFLINE, str(exc))
            return self.backoff.next_delay()
        except SyncHeld as exc:
            self._fail(HELD, str(exc))
            return max(self.interval, 60.0)
        except (NotEnrolled, CredentialError) as exc:
            self._fail(NOT_ENROLLED, str(exc))
            return max(self.interval, 300.0)
        except SyncRefused as exc:
            self._fail(REFUSED, f"Máy chủ từ chối: {exc}")
            return self.backoff.next_delay()
        except Exception as exc:  # a bug or a damaged file: keep the loop alive, show it
            self._fail(REFUSED, user_message(exc))
            return self.backoff.next_delay()
        self.backoff.reset()
        self.round_finished.emit(report)
        self._set(ONLINE, "Đã đồng bộ" if report.complete
                  else f"Còn {report.pending} sự kiện chờ máy chủ xác nhận")
        return self.interval

    def _fail(self, state: str, message: str) -> None:
        self.failures.append((_now(), message))
        self._set(state, message)

    def _set(self, state: str, message: str) -> None:
        self.state = state
        self.state_changed.emit(state, message)

    def run(self) -> None:
        while not self._stopping.is_set():
            self.next_delay = self._attempt()
            self._summary()
            self._wake.clear()
            self._wake.wait(self.next_delay)


def _now() -> str:
    return dt.datetime.now().strftime("%H:%M %d/%m/%Y")


_LOOPS: weakref.WeakKeyDictionary[Any, SyncLoop] = weakref.WeakKeyDictionary()
_RUNNING: list[SyncLoop] = []  # strong references: a running QThread must never be collected


def stop_all_loops() -> None:
    while _RUNNING:
        _RUNNING.pop().stop()


def shared_loop(store: Any, *, start: bool = True) -> SyncLoop:
    """The one sync loop of a store (the status bar and the sync panel watch the same one).

    The thread starts only on a desk enrolled with a server; before that the loop just says
    "not enrolled" (``commune-desk enroll`` first)."""
    loop = _LOOPS.get(store)
    if loop is None:
        from commune_desk.services.sync import sync_summary

        loop = SyncLoop(store)
        _LOOPS[store] = loop
        try:
            enrolled = sync_summary(store).enrolled
        except Exception:
            enrolled = False
        if not enrolled:
            loop.state = NOT_ENROLLED
        elif start:
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(stop_all_loops)
            _RUNNING.append(loop)
            loop.start()
    return loop
