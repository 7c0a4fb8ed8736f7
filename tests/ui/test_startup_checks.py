"""Defect #11.11: quick_check and the daily backup run after the first paint, and still stop
the clerk before any write when the file is damaged."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import DESK_NOW, desk_key, make_actor, open_test_store
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from commune_desk.services import dossiers as svc
from commune_desk.services.catalog import catalog
from commune_desk.services.demo import generate_demo
from commune_desk.store import crypto


def _damage_events_index(db: Path) -> None:
    """Overwrite part of a page the start-up path never reads (the events index): the file
    still opens and the worklist still counts, but ``quick_check`` fails."""
    with crypto.opened(db, desk_key()) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_events_dossier_hlc'").fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(db, "r+b") as fh:
        fh.seek((int(root) - 1) * int(page) + 1000)
        fh.write(b"\xff" * 64)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    db = tmp_path / "desk.sqlite3"
    store = open_test_store(db)
    generate_demo(store, 300, seed=3, months=2, now=DESK_NOW)
    store.close()
    return db


class Recorder:
    """A stand-in for the damaged-database dialog: records that it blocked, returns at once."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.quit_called = False

    def dialog(self, check: Any) -> QDialog:
        shown = self.shown

        class Blocking(QDialog):
            def exec(self) -> int:  # type: ignore[override]
                shown.append(check.message)
                return int(QDialog.DialogCode.Rejected)

        return Blocking()

    def quit(self) -> None:
        self.quit_called = True


def _intake(store: Any, name: str) -> Any:
    proc = next(p for p in catalog(store).procedures if p.limit_unit == "working_days")
    return svc.Intake(procedure_code=proc.code, applicant=svc.Applicant(name=name),
                      received_at=DESK_NOW)


def test_first_paint_does_not_wait_for_the_check(qtbot: Any, archive: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Real worker threads and a slow check: the worklist has its counts before the check
    even starts; then the check passes and today's daily backup is written, with progress."""
    from commune_desk.app import build_main_window, schedule_startup_checks
    from commune_desk.services import backup

    marks: dict[str, float] = {}
    real_check = backup.check_at_start

    def slow_check(path: Path, key: Any) -> Any:
        marks["check_started"] = time.monotonic()
        time.sleep(0.5)  # a big archive
        return real_check(path, key)

    monkeypatch.setattr(backup, "check_at_start", slow_check)
    store = open_test_store(archive)
    window = build_main_window(store, make_actor())
    qtbot.addWidget(window)
    window.worklist.counts_loaded.connect(lambda _c: marks.setdefault("counts", time.monotonic()))
    window.worklist.counts_painted.connect(lambda: marks.setdefault("painted", time.monotonic()))
    window.show()
    window.start()
    checks = schedule_startup_checks(window, archive, desk_key())
    progress: list[tuple[int, int]] = []
    checks.status.bar.valueChanged.connect(lambda v: progress.append((v, checks.status.bar.maximum())))
    qtbot.waitUntil(lambda: checks.done, timeout=30_000)
    assert marks["counts"] <= marks["painted"] <= marks["check_started"]
    assert checks.check is not None and checks.check.ok
    assert checks.runner.writes_held is None
    daily = list((archive.parent / "backups").glob("desk-*-daily.sqlite3"))
    assert len(daily) == 1 and not crypto.is_plain_sqlite(daily[0])
    assert any(total > 0 for _v, total in progress)  # the backup reported pages copied
    window.ctx.runner.wait_for_done(10_000)
    store.close()


def test_damaged_file_blocks_writes_queued_behind_the_check(qtbot: Any, archive: Path) -> None:
    """A write the clerk starts while the check runs waits behind it on the write lane; the
    check fails, so that write and every later one is refused, nothing is written, the intake
    action is disabled and the blocking dialog appears."""
    from commune_desk.app import build_main_window
    from commune_desk.ui.startup import StartupChecks

    _damage_events_index(archive)
    store = open_test_store(archive)
    with store.read() as s:
        before = s.execute(text("SELECT count(*) FROM dossiers")).scalar_one()
    window = build_main_window(store, make_actor())
    qtbot.addWidget(window)
    window.show()
    window.start()
    recorder = Recorder()
    checks = StartupChecks(window, archive, desk_key(), damaged_dialog=recorder.dialog,
                           quit_app=recorder.quit)
    runner = window.ctx.runner
    gate = threading.Event()  # hold the lane so the clerk's write is surely queued behind
    runner.submit(lambda _t: gate.wait(10), write=True)
    checks.start()
    refused: list[BaseException] = []
    saved: list[Any] = []
    runner.submit(lambda _t: svc.receive_dossier(store, make_actor(), _intake(store, "Lê Thị Hoa"),
                                                 now=DESK_NOW),
                  saved.append, on_error=refused.append, write=True)
    gate.set()
    qtbot.waitUntil(lambda: bool(refused or saved) and checks.done, timeout=30_000)
    assert saved == []
    assert refused and "bị chặn" in str(refused[0])
    assert recorder.shown and "bị hỏng" in recorder.shown[0]
    assert recorder.quit_called
    assert not window.nav_actions["intake"].isEnabled()
    later: list[BaseException] = []
    runner.submit(lambda _t: None, on_error=later.append, write=True)
    qtbot.waitUntil(lambda: bool(later), timeout=10_000)
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM dossiers")).scalar_one() == before
    runner.wait_for_done(10_000)
    store.close()


def test_run_opens_without_reading_the_whole_file(archive: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The opening step of the GUI (key, open, migrate) no longer runs quick_check."""
    from commune_desk import app
    from commune_desk.services import backup

    calls: list[Path] = []
    monkeypatch.setattr(backup, "check_at_start", lambda p, k, **kw: calls.append(p))
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, "")
    monkeypatch.setattr(crypto, "key_for_database", lambda path, **kw: desk_key())
    opened = app._open_store_interactive(archive, None)  # type: ignore[arg-type]
    assert opened is not None
    store, key, _signed = opened
    store.close()
    assert calls == [] and key == desk_key()


class QueuedPool:
    """A pool that only queues: the test decides when tasks run (on this thread)."""

    def __init__(self) -> None:
        self.tasks: list[Any] = []

    def start(self, runnable: Any) -> None:
        self.tasks.append(runnable)

    def run_queued(self) -> None:
        tasks, self.tasks = self.tasks, []
        for task in tasks:
            task.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def activeThreadCount(self) -> int:
        return 0


def test_worklist_counts_are_the_only_query_before_the_first_paint(qtbot: Any,
                                                                   archive: Path) -> None:
    """The archive list and its filter choices (index walks as big as the archive) are not
    submitted until the worklist has painted its counts."""
    from commune_desk.app import build_main_window
    from commune_desk.ui.workers import TaskRunner

    pool = QueuedPool()
    runner = TaskRunner(read_pool=pool, write_pool=QueuedPool())
    store = open_test_store(archive)
    window = build_main_window(store, make_actor(), runner=runner)
    qtbot.addWidget(window)
    window.start()
    assert len(pool.tasks) == 1  # the worklist counts
    pool.run_queued()
    qtbot.waitUntil(lambda: window.worklist.counts is not None, timeout=5000)
    # now (after the paint's turn of the event loop) the list, its choices, the intake's catalogue
    qtbot.waitUntil(lambda: len(pool.tasks) >= 2, timeout=5000)
    pool.run_queued()
    store.close()


_FIRST_PAINT_CHILD = """
import json, os, sys
from commune_desk.app import build_main_window, make_qapplication
from commune_desk.domain.permissions import Actor, Role
from commune_desk.store import open_store
from commune_desk.store.crypto import DbKey, KeyMode
from PySide6.QtCore import QEvent, QObject, QTimer

app = make_qapplication(language="vi")
store = open_store(sys.argv[1], DbKey(sys.argv[2], KeyMode.RAW))
window = build_main_window(store, Actor("canbo1", Role.CLERK, "Cán bộ Một"))
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and window.worklist.counts is not None
                and "modules" not in seen):
            seen["modules"] = sorted(sys.modules)
            seen["total"] = window.worklist.counts.total
        return False

watcher = FirstPaint()
window.worklist.cards["overdue"].count.installEventFilter(watcher)
window.show()
window.start()
QTimer.singleShot(20_000, app.quit)
window.worklist.counts_painted.connect(lambda: QTimer.singleShot(500, app.quit))
app.exec()
seen["after"] = sorted(sys.modules)
print(json.dumps(seen))
sys.stdout.flush()
window.ctx.runner.wait_for_done(10_000)
os._exit(0)
"""


def test_first_paint_needs_neither_the_orm_nor_the_other_screens(archive: Path,
                                                                 tmp_path: Path) -> None:
    """What the first paint of the worklist waits for: the store's Core layer and the
    worklist, not SQLAlchemy's ORM, the table classes, the seeding code or the screens built
    after it (those come once the counts have painted)."""
    import json
    import os
    import subprocess
    import sys

    from desk_helpers import TEST_KEY_HEX

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", _FIRST_PAINT_CHILD, str(archive), TEST_KEY_HEX],
                         env=env, capture_output=True, text=True, timeout=120)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    assert lines, out.stderr[-3000:]
    seen = json.loads(lines[-1])
    assert seen["total"] == 300
    before = set(seen["modules"])
    late = ("sqlalchemy.orm", "commune_desk.store.models", "commune_desk.store.seed",
            "commune_desk.ui.intake.screen",
            "commune_desk.ui.dossiers.screen")
    assert not before & set(late), sorted(before & set(late))
    # ... and they do come right after it (the list and the intake are loaded then)
    assert {"sqlalchemy.orm", "commune_desk.store.models", "commune_desk.ui.intake.screen",
            "commune_desk.ui.dossiers.screen"} <= set(seen["after"])


def test_failed_keyring_import_never_creates_a_plain_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect #11.2: the GUI's key step has no ``except ImportError`` fallback any more; a
    broken ``keyring`` stops the start (a bug, logged) and no database file is made."""
    import sys

    from commune_desk import app

    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "keyring", None)  # "import keyring" raises ImportError
    path = tmp_path / "new.sqlite3"
    with pytest.raises(ImportError):
        app._open_store_interactive(path, None)  # type: ignore[arg-type]
    assert not path.exists()
