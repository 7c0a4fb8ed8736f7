"""A stand-in for QThreadPool that runs each task at once, so UI tests are deterministic."""

from __future__ import annotations

from PySide6.QtCore import QRunnable


class FakeThreadPool:
    """A stand-in for QThreadPool that runs each task at once, for deterministic tests."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def activeThreadCount(self) -> int:
        return 0
