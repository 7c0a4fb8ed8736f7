"""Background work for the desk: a read pool, one serial write lane, cancellation and progress.

The UI thread only paints and reacts. A screen hands a plain function to ``TaskRunner.submit``;
the function runs on a worker thread with its own database session (the services open it) and
its result comes back to a callback on the UI thread by a queued signal. Writes go through one
serial lane so two clicks never race each other into SQLite. Tests swap both pools for
``tests/fake_pool.FakeThreadPool`` (Picard's idea), which runs each task at once on the calling
thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from commune_desk.errors import UserError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by ``CancelToken.check()`` once the user has cancelled it."""


class CancelToken:
    """Shared between the UI and one task; the task polls it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._progress: Callable[[int, int], None] | None = None

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Report progress from the worker; delivered to the UI thread by a queued signal."""
        if self._progress is not None:
            self._progress(done, total)


class _TaskSignals(QObject):
    """Signals owned by one task; emitted on the worker thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Relay(QObject):
    """Lives on the UI thread, so signals from the worker reach it queued."""

    def __init__(
        self,
        runner: TaskRunner,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        token: CancelToken,
    ) -> None:
        super().__init__()  # owned by Python (the runner's sets), never by a Qt parent
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._token = token
        self.signals: _TaskSignals | None = None

    @Slot(object)
    def deliver_result(self, result: object) -> None:
        try:
            if self._on_done is not None and not self._token.cancelled:
                self._on_done(result)
        finally:
            self._runner._release(self)

    @Slot(object)
    def deliver_error(self, exc: object) -> None:
        try:
            if isinstance(exc, Cancelled):
                return
            assert isinstance(exc, BaseException)
            if self._on_error is not None:
                self._on_error(exc)
            else:
                self._runner.task_failed.emit(exc)
        finally:
            self._runner._release(self)

    @Slot(int, int)
    def deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self._token.cancelled:
            self._on_progress(done, total)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[CancelToken], Any], token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.token = token
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            self.token.check()
            result = self.fn(self.token)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            if not isinstance(exc, Cancelled):
                log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Pool(Protocol):
    """What the runner needs of a thread pool (QThreadPool, or the tests' FakeThreadPool)."""

    def start(self, runnable: QRunnable) -> None: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...

    def activeThreadCount(self) -> int: ...


class TaskRunner(QObject):
    """Runs plain functions off the UI thread; results come back to callbacks on the UI thread.

    ``submit(fn, on_done)`` — ``fn(token)`` runs on the read pool (queries, PDF building);
    ``submit(fn, on_done, write=True)`` runs on the serial write lane (services that append events).
    Errors nobody handles are emitted as ``task_failed`` for the one place that shows messages.
    """

    task_failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        read_pool: Pool | None = None,
        write_pool: Pool | None = None,
    ) -> None:
        super().__init__(parent)
        if read_pool is None:
            read_pool = QThreadPool(self)
            read_pool.setMaxThreadCount(2)
        if write_pool is None:
            write_pool = QThreadPool(self)
            write_pool.setMaxThreadCount(1)  # the serial DB-write lane
        self._read_pool = read_pool
        self._write_pool = write_pool
        self._relays: set[_Relay] = set()
        self._finished: list[_Relay] = []
        self._write_hold: str | None = None

    def hold_writes(self, message: str | None) -> None:
        """Refuse every write task from now on with ``message`` (None lifts the hold).

        Checked when a task starts on the serial lane, so writes already queued behind the
        task that sets the hold (the start-up check) are refused too. Safe from a worker thread.
        """
        self._write_hold = message

    @property
    def writes_held(self) -> str | None:
        return self._write_hold

    @property
    def pending(self) -> int:
        return len(self._relays)

    def submit(
        self,
        fn: Callable[[CancelToken], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = False,
    ) -> CancelToken:
        self._finished.clear()
        token = CancelToken()
        relay = _Relay(self, on_done, on_error, on_progress, token)
        task = _Task(self._held(fn) if write else fn, token)
        # The relay keeps the signal object alive, so it is destroyed on the UI thread after
        # delivery — never by the pool on a worker thread while queued calls still point at it.
        relay.signals = task.signals
        task.signals.succeeded.connect(relay.deliver_result)
        task.signals.failed.connect(relay.deliver_error)
        task.signals.progressed.connect(relay.deliver_progress)
        token._progress = task.signals.progressed.emit
        was_idle = not self._relays
        self._relays.add(relay)
        if was_idle:
            self.busy_changed.emit(True)
        (self._write_pool if write else self._read_pool).start(task)
        return token

    def _held(self, fn: Callable[[CancelToken], Any]) -> Callable[[CancelToken], Any]:
        def run(token: CancelToken) -> Any:
            message = self._write_hold
            if message is not None:
                raise UserError(message)
            return fn(token)

        return run

    def _release(self, relay: _Relay) -> None:
        # A finished relay is dropped at the next submit, not now: it is still inside its own
        # slot, and deleteLater() on a Python-made QObject trips PySide's ownership checks.
        if relay in self._relays:
            self._relays.discard(relay)
            self._finished.append(relay)
            if not self._relays:
                self.busy_changed.emit(False)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Wait for running tasks at shutdown (never called in normal UI flow)."""
        a = self._read_pool.waitForDone(msecs)
        b = self._write_pool.waitForDone(msecs)
        return bool(a and b)
