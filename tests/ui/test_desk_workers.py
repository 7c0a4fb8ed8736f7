"""Task runner: results on the UI thread, errors delivered, cancellation, the serial write lane."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QThread

from commune_desk.ui.workers import CancelToken, TaskRunner


def test_result_arrives_on_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[Any] = []
    worker_threads: list[int] = []

    def job(_t: CancelToken) -> int:
        worker_threads.append(threading.get_ident())
        return 42

    runner.submit(job, lambda r: seen.append((r, QThread.currentThread().isMainThread())))
    qtbot.waitUntil(lambda: seen != [], timeout=2000)
    assert seen == [(42, True)]
    assert worker_threads[0] != threading.get_ident()
    assert runner.wait_for_done()


def test_error_goes_to_handler_or_task_failed(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom(_t: CancelToken) -> None:
        raise ValueError("Dữ liệu không hợp lệ")

    runner.submit(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=2000)
    assert str(errors[0]) == "Dữ liệu không hợp lệ"
    with qtbot.waitSignal(runner.task_failed, timeout=2000) as blocker:
        runner.submit(boom)
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_and_progress(qtbot: Any) -> None:
    runner = TaskRunner()
    progress: list[tuple[int, int]] = []
    done: list[Any] = []
    started = threading.Event()

    def long_job(token: CancelToken) -> str:
        for i in range(200):
            token.progress(i, 200)
            started.set()
            token.check()
            time.sleep(0.005)
        return "xong"

    token = runner.submit(long_job, done.append, on_progress=lambda a, b: progress.append((a, b)))
    started.wait(2)
    qtbot.waitUntil(lambda: progress != [], timeout=2000)  # progress reaches the UI thread
    token.cancel()
    assert runner.wait_for_done()
    qtbot.wait(50)
    assert done == []  # a cancelled task delivers nothing
    assert progress and progress[0] == (0, 200)


def test_write_lane_is_serial(qtbot: Any) -> None:
    runner = TaskRunner()
    active = 0
    peak = 0
    lock = threading.Lock()
    finished: list[int] = []

    def write(i: int) -> Any:
        def job(_t: CancelToken) -> int:
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            time.sleep(0.01)
            with lock:
                active -= 1
            return i
        return job

    for i in range(6):
        runner.submit(write(i), finished.append, write=True)
    qtbot.waitUntil(lambda: len(finished) == 6, timeout=5000)
    assert peak == 1
    assert finished == list(range(6))  # in submission order
