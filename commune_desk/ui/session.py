"""The desk's session guard: idle detection over the whole application and input blocking while locked."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_KEY = "session/idle_minutes"  # QSettings key, per machine like the language
IDLE_MINUTES_RANGE = (1, 240)

# Keyboard and mouse input: what counts as someone using the desk, and what a locked desk refuses.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.ContextMenu, QEvent.Type.InputMethod,
})
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


def idle_minutes(prefs: object) -> int:
    """The remembered idle time before the desk locks (minutes, within the allowed range)."""
    value = getattr(prefs, "value", lambda *_a: None)(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        minutes = DEFAULT_IDLE_MINUTES
    low, high = IDLE_MINUTES_RANGE
    return min(high, max(low, minutes))


class SessionGuard(QObject):
    """An application event filter with two jobs.

    *Idle*: any keyboard or mouse input restarts a single-shot timer; when it runs out,
    ``idle`` is emitted (the main window locks). *Locked*: while ``lock_to(widget)`` is in force,
    input and shortcuts meant for anything outside ``widget`` (and the dialogs it opens) are
    dropped, so the desk behind the lock screen cannot be used by keyboard, mouse or shortcut.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int | None = None) -> None:
        super().__init__(parent)
        # Input only notes the time (cheap: mouse moves come by the hundred); the timer checks
        # it when it runs out and waits again for what is left.
        self._timeout_ms = timeout_ms if timeout_ms is not None else DEFAULT_IDLE_MINUTES * 60_000
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._timeout_ms)
        self._timer.timeout.connect(self._on_timer)
        self._lock: QWidget | None = None
        self._installed = False

    def start(self) -> None:
        """Install the filter on the application and start counting."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        if self._lock is None:
            self._restart()

    def _restart(self) -> None:
        self._last_input = time.monotonic()
        self._timer.start(self._timeout_ms)

    def _on_timer(self) -> None:
        if self._lock is not None or not self._installed:
            return
        left_ms = self._timeout_ms - int((time.monotonic() - self._last_input) * 1000)
        if left_ms > 0:
            self._timer.start(left_ms)  # there was input meanwhile: wait for the rest
            return
        self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout_ms = max(1, int(ms))
        if self._lock is None and self._installed:
            self._restart()

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    @property
    def counting(self) -> bool:
        return self._timer.isActive()

    @property
    def locked(self) -> bool:
        return self._lock is not None

    def lock_to(self, widget: QWidget) -> None:
        """From now on only ``widget`` (and windows it owns) take input; idle stops counting."""
        self._lock = widget
        self._timer.stop()

    def unlock(self) -> None:
        self._lock = None
        if self._installed:
            self._restart()

    def _inside_lock(self, obj: QObject) -> bool:
        lock = self._lock
        node: QObject | None = obj
        while node is not None:
            if node is lock:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._lock is None:
            if kind in ACTIVITY_EVENTS:
                self._last_input = time.monotonic()  # someone is using the desk
            return False
        # Widgets and shortcut owners (QAction, QShortcut) outside the lock screen get nothing;
        # the window system's own objects (QWindow) pass: they route input on to widgets.
        if kind == QEvent.Type.Shortcut or (kind in INPUT_EVENTS and isinstance(watched, QWidget)):
            owner = self.parent()
            if isinstance(owner, QWidget) and not owner.isVisible():
                return False  # a closed or hidden desk blocks nothing
            return not self._inside_lock(watched)
        return False
