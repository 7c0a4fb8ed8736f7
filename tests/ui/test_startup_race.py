"""Issue 13 defect 1: the desk starts 50 times on an encrypted archive, in both languages, and
every time intake has its procedures and no task failed (a start-up race once left intake
empty with "Cannot operate on a closed database" about one start in fifteen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from desk_helpers import DESK_NOW, desk_key, make_actor, open_test_store

from commune_desk.services.demo import generate_demo

STARTS = 50


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("race") / "desk.sqlite3"
    store = open_test_store(db)
    generate_demo(store, 400, seed=11, months=3, now=DESK_NOW)
    store.close()
    return db


@pytest.mark.slow
def test_fifty_starts_leave_intake_usable(qtbot: Any, archive: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from commune_desk.app import build_main_window, schedule_startup_checks
    from commune_desk.ui.i18n import install_translators, remove_translators
    from commune_desk.ui.workers import TaskRunner

    app = QApplication.instance()
    failures: list[str] = []
    try:
        for start in range(STARTS):
            install_translators(app, "en" if start % 2 else "vi")
            store = open_test_store(archive, create=False)
            runner = TaskRunner()  # real threads, as the app has
            errors: list[str] = []
            runner.task_failed.connect(lambda exc, errors=errors: errors.append(repr(exc)))
            prefs = QSettings(str(tmp_path / f"prefs{start}.ini"), QSettings.Format.IniFormat)
            window = build_main_window(store, make_actor(), runner=runner, prefs=prefs)
            window._quiet = True
            window.ctx.events.message.connect(
                lambda level, text, errors=errors: errors.append(text) if level == "error" else None)
            window.show()
            window.start()
            checks = schedule_startup_checks(window, archive, desk_key())
            try:
                qtbot.waitUntil(lambda w=window: w.intake.reference is not None, timeout=20000)
                # The checks (quick_check, daily backup) start after the first paint: let them
                # finish too, so no task of this start outlives its window and store.
                qtbot.waitUntil(lambda c=checks: c.done, timeout=20000)
                qtbot.waitUntil(lambda r=runner: r.pending == 0, timeout=20000)
                procedures = window.intake.picker.list.count() if hasattr(window.intake.picker, "list") \
                    else len(window.intake.reference.procedures)
                if not window.intake.reference.procedures or procedures == 0 or errors:
                    failures.append(f"start {start}: procedures={procedures} errors={errors}")
            finally:
                del checks
                if window.sync_loop is not None:
                    window.sync_loop.stop()
                window.close()
                runner.wait_for_done(20000)
                window.deleteLater()
                qtbot.wait(10)
                store.close()
    finally:
        remove_translators(app)
        install_translators(app, "vi")
    assert failures == [], failures
