"""The background sync loop: a long-lived QThread that syncs whenever a link exists, with backoff."""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from commune_desk.domain.vntime import vn_now
from commune_desk.ui.messages import tr_message, ui_message

if TYPE_CHECKING:  # services.sync pulls in the sync protocol (pydantic): not on the start-up path
    from commune_desk.services.sync import Backoff

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
        self._backoff = backoff
        self._round_fn = round_fn
        self._summary_fn = summary_fn
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.failures: collections.deque[tuple[str, str]] = collections.deque(maxlen=20)
        self.state = OFFLINE
        self.next_delay = 0.0
        self._clock: Any = None  # services.sync.SyncClock, made on first use

    @property
    def backoff(self) -> Backoff:
        """The retry schedule (the default one is made on first use, off the start-up path)."""
        if self._backoff is None:
            from commune_desk.services.sync import Backoff

            self._backoff = Backoff()
        return self._backoff

    @property
    def clock(self) -> Any:
        """This desk's clock offset from the server's at the last round (``SyncClock``): the
        loop owns it; the status widget and the panel read the warning from it."""
        if self._clock is None:
            from commune_desk.services.sync import SyncClock

            self._clock = SyncClock()
        return self._clock

    # -- control (UI thread) -------------------------------------------------------------
    def mark_not_enrolled(self) -> None:
        """No server yet: the thread is not started; watchers show why."""
        self._set(NOT_ENROLLED, self.tr("Máy chưa đăng ký với máy chủ đồng bộ (commune-desk enroll)."))

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
            self.summary_changed.emit(self._summary_fn(self._store) if self._summary_fn
                                      else sync_summary(self._store, clock=self.clock))
        except Exception as exc:  # the database is busy or closed: say so, try later
            self.failures.append((_now(), self.tr("Không đọc được trạng thái đồng bộ: %1").replace(
                "%1", ui_message(exc))))

    def _attempt(self) -> float:
        """One round; returns how long to wait before the next."""
        from commune_desk.services import sync

        self._set(SYNCING, self.tr("Đang đồng bộ…"))
        try:
            report = (self._round_fn(self._store) if self._round_fn
                      else sync.sync_round(self._store, clock=self.clock))
        except Exception as exc:  # a bug or a damaged file too: keep the loop alive, show it
            kind = sync.round_failure(exc)
            if kind == sync.OFFLINE:
                self._fail(OFFLINE, tr_message(str(exc)))
                return self.backoff.next_delay()
            if kind == sync.HELD:
                self._fail(HELD, tr_message(str(exc)))
                return max(self.interval, 60.0)
            if kind == sync.NOT_ENROLLED:
                self._fail(NOT_ENROLLED, tr_message(str(exc)))
                return max(self.interval, 300.0)
            if kind == sync.REFUSED:
                self._fail(REFUSED, self.tr("Máy chủ từ chối: %1").replace("%1", tr_message(str(exc))))
            else:
                self._fail(REFUSED, ui_message(exc))
            return self.backoff.next_delay()
        self.backoff.reset()
        self.round_finished.emit(report)
        self._set(ONLINE, self.tr("Đã đồng bộ") if report.complete
                  else self.tr("Còn %1 sự kiện chờ máy chủ xác nhận").replace(
                      "%1", str(report.pending)))
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
            if self._stopping.is_set():  # stop() may have set the wake flag we just cleared
                break
            self._wake.wait(self.next_delay)


def _now() -> str:
    return vn_now().strftime("%H:%M %d/%m/%Y")
