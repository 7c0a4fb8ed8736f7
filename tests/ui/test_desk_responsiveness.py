"""The UI thread never stalls over 100 ms while the list opens, scrolls and sorts 200,000 dossiers."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import make_actor, open_test_store
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

BIG_N = 200_000
MAX_STALL_MS = 100


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200,000 generated dossiers, built once per test session with the store's generator.

    ``COMMUNE_DESK_TEST_BIG_DB`` may name an already generated file (it is copied, never changed).
    """
    from commune_desk.services.demo import generate_demo
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    ready = os.environ.get("COMMUNE_DESK_TEST_BIG_DB")
    if ready:
        shutil.copy(ready, path)
        return path
    store = open_test_store(path, bulk=True)
    generate_demo(store, BIG_N, seed=11)
    store.close()
    return path


class Heartbeat:
    """A 5 ms timer on the UI thread. Between two ticks it records the wall-clock gap and the
    CPU time the UI thread itself spent: the first is what a clerk feels, the second is the
    desk's own work (on an overloaded machine the first also measures the OS scheduler)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.last_cpu = 0.0
        self.worst = 0
        self.worst_cpu_ms = 0.0
        self.phase = ""
        self.worst_phase = ""
        self.gaps: list[tuple[str, int, int, int]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.last_cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        cpu = time.thread_time()
        gap, cpu_ms = now - self.last, (cpu - self.last_cpu) * 1000
        if gap > 60:
            self.gaps.append((self.phase, self.last, gap, round(cpu_ms)))
        if gap > self.worst:
            self.worst = gap
            self.worst_phase = self.phase
        self.worst_cpu_ms = max(self.worst_cpu_ms, cpu_ms)
        self.last, self.last_cpu = now, cpu

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


@pytest.mark.slow
def test_list_never_stalls_on_200k(qtbot: Any, big_db: Path) -> None:
    from commune_desk.app import make_context
    from commune_desk.domain import listing as lq
    from commune_desk.ui.dossiers.model import COLUMN_KEYS
    from commune_desk.ui.dossiers.screen import DossierListScreen
    from commune_desk.ui.workers import TaskRunner

    store = open_test_store(big_db)
    runner = TaskRunner()  # real threads: that is what is measured
    ctx = make_context(store, make_actor(), runner)
    screen = DossierListScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    # The window's first paint (font database, style) is start-up, measured by bench/bench_ui.py;
    # it happens before the list is asked for anything.
    screen.show()
    qtbot.waitExposed(screen)
    screen.grab()
    heart = Heartbeat()
    started = time.perf_counter()
    heart.start()
    load_before = os.getloadavg()[0]
    heart.phase = "open"
    screen.reload()
    model = screen.model
    qtbot.waitUntil(lambda: model.rowCount() == BIG_N, timeout=30_000)
    opened_s = time.perf_counter() - started
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=10_000)
    bar = screen.view.verticalScrollBar()
    positions = [int(bar.maximum() * f / 40) for f in range(41)] + [bar.maximum(), 0]
    heart.phase = "scroll"
    for pos in positions:
        bar.setValue(pos)
        row = screen.view.rowAt(10)
        qtbot.waitUntil(lambda row=row: model.is_loaded(max(row, 0)), timeout=10_000)
        qtbot.wait(15)
    for key in ("code", "due_at", "status"):
        heart.phase = f"sort {key}"
        before = model.generation
        model.sort(COLUMN_KEYS.index(key), Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda before=before: model.generation > before and not model.loading,
                        timeout=30_000)
    heart.phase = "filter"
    screen.model.set_query(lq.ListFilter(statuses=lq.OPEN_STATUSES))
    qtbot.waitUntil(lambda: not model.loading, timeout=30_000)
    worst = heart.stop()
    runner.wait_for_done(30_000)
    store.close()
    load = max(load_before, os.getloadavg()[0])
    cores = os.cpu_count() or 1
    print(f"\n200k list: opened in {opened_s:.2f} s; worst wall-clock gap {worst} ms "
          f"({heart.worst_phase}); worst UI-thread CPU between ticks "
          f"{heart.worst_cpu_ms:.0f} ms; load average {load:.1f} on {cores} cores; "
          f"{len(positions)} scroll jumps, 3 sorts, 1 filter; gaps over 60 ms "
          f"(phase, at, wall, cpu): {heart.gaps}")
    # The desk's own work on the UI thread never takes 100 ms at a stretch...
    assert heart.worst_cpu_ms < MAX_STALL_MS, heart.gaps
    # ...and on a machine that is not oversubscribed, neither does any wall-clock gap.
    if load <= cores:
        assert worst < MAX_STALL_MS, f"UI thread stalled {worst} ms during {heart.worst_phase}"
