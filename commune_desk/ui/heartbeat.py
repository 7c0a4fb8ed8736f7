"""An opt-in UI-thread heartbeat: logs every event-loop stall longer than a threshold to a file.

Enabled by ``COMMUNE_DESK_HEARTBEAT=FILE`` (used by ``scripts/clerk_morning.py``). A 20 ms timer on
the UI thread notes the wall-clock gap between two ticks and the UI thread's own CPU time in
that gap; gaps over 50 ms are appended to FILE as ``wall_epoch_s gap_ms ui_cpu_ms`` lines
(flushed at once, so a process that is killed still leaves its record), and the longest gap is
written as ``max ...`` when the application quits. Nothing is done when the variable is unset.
"""

from __future__ import annotations

import os
import time
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TICK_MS = 20
LOG_OVER_MS = 50.0


class Heartbeat(QObject):
    """The timer and its record; lives as long as the application."""

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._out: IO[str] = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the app's life
        self._out.write(f"start {time.time():.3f} pid {os.getpid()}\n")
        self._out.flush()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.longest = (0.0, 0.0, 0.0)  # gap ms, cpu ms, at (epoch s)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_tick(self) -> None:
        if self._out.closed:  # the application is quitting
            return
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self._last) * 1000.0 - TICK_MS
        used = (cpu - self._last_cpu) * 1000.0
        self._last, self._last_cpu = now, cpu
        if gap > self.longest[0]:
            self.longest = (gap, used, time.time())
        if gap > LOG_OVER_MS:
            self._out.write(f"{time.time():.3f} {gap:.0f} {used:.0f}\n")
            self._out.flush()

    def finish(self) -> None:
        self._timer.stop()
        if self._out.closed:
            return
        gap, used, at = self.longest
        self._out.write(f"max {gap:.0f} {used:.0f} {at:.3f}\n")
        self._out.close()


def install_from_env(app: QCoreApplication) -> Heartbeat | None:
    """Start the heartbeat when ``COMMUNE_DESK_HEARTBEAT`` names a file; else do nothing."""
    path = os.environ.get("COMMUNE_DESK_HEARTBEAT")
    if not path:
        return None
    beat = Heartbeat(path, app)
    app.aboutToQuit.connect(beat.finish)
    return beat
