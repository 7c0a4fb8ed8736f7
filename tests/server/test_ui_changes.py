"""What a sync round brings reaches the open screens (#11 defect 5), through the desk's one
bus and its one calendar provider: a colleague's dossier appears in the open list, and a
province calendar moves the intake preview and the saved due moment alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, ServerProcess, clerk, enroll, make_desk, receive

pytest.importorskip("PySide6")

# Tuesday 17/11/2026, 09:00 (a working day).
NOW = dt.datetime(2026, 11, 17, 9, 0, 0)


@pytest.fixture
def window_for(qtbot: Any, tmp_path: Path) -> Any:
    """Build the real main window (composition root) for a store, with inline workers."""
    from fake_pool import FakeThreadPool
    from PySide6.QtCore import QSettings

    from commune_desk.app import build_main_window
    from commune_desk.ui.workers import TaskRunner

    windows: list[Any] = []

    def build(store: Any) -> Any:
        runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
        prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
        window = build_main_window(store, clerk(), runner=runner, prefs=prefs, clock=lambda: NOW)
        window._quiet = True
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()  # stops the sync loop's thread


def _listed_ids(screen: Any) -> set[str]:
    model = screen.model
    return {model.dossier_id_at(r) for r in range(model.rowCount())} - {None}


def test_pulled_event_shows_in_the_open_list(qtbot: Any, window_for: Any,
                                             sqlite_server: ServerProcess, admin: Admin,
                                             tmp_path: Path) -> None:
    from commune_desk.services.sync import sync_round

    colleague = make_desk(tmp_path / "b.sqlite3", 2)
    enroll(colleague, sqlite_server, admin)
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    mine = receive(desk, "Lê Văn Một")
    window = window_for(desk)
    window.show()
    window.start()
    window.show_screen("dossiers")
    qtbot.waitUntil(lambda: window.sync_loop.state == "online", timeout=20_000)
    assert _listed_ids(window.dossiers) == {mine}
    # A colleague receives a dossier at the other desk and syncs it to the server.
    theirs = receive(colleague, "Trần Thị Hai")
    assert sync_round(colleague).complete
    window.sync_loop.sync_now()
    qtbot.waitUntil(lambda: theirs in _listed_ids(window.dossiers), timeout=20_000)
    assert _listed_ids(window.dossiers) == {mine, theirs}
    qtbot.waitUntil(lambda: window.worklist.counts is not None
                    and window.worklist.counts.total == 2, timeout=5_000)  # the front page too
    colleague.close()


def test_pulled_calendar_moves_preview_and_saved_due_alike(
        qtbot: Any, window_for: Any, sqlite_server: ServerProcess, admin: Admin,
        tmp_path: Path) -> None:
    from sqlalchemy import text

    from commune_desk.domain.deadlines import CountingMode
    from commune_desk.server.store import publish_reference
    from commune_desk.services.desk import store_calendar
    from commune_desk.services.dossiers import appointment
    from commune_desk.ui.i18n import fmt_datetime

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    window = window_for(desk)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.sync_loop.state == "online", timeout=20_000)
    intake = window.intake
    window.show_screen("intake")
    intake.name.setText("Nguyễn Thị Hồng Đào")
    intake.id_number.setText("040190012345")
    intake.birth_date.setText("12/03/1990")
    intake.address.setText("Xóm 3, xã Hưng Nguyên")
    proc = next(p for p in intake.reference.procedures
                if p.limit_unit == "working_days" and 3 <= p.limit_value <= 10)
    assert intake.picker.choose(proc.code)
    before = intake.appointment.text()
    old_due = appointment(proc, NOW, store_calendar(desk), CountingMode.END_OF_DAY).due
    assert fmt_datetime(old_due) in before
    # The province declares the rest of the week days off (a storm, say).
    publish_reference(admin.sessions, "calendar", "2026-bao", {"entries": [
        {"day": d, "kind": "day_off", "name": "Nghỉ tránh bão", "source": "QĐ 9/2026"}
        for d in ("2026-11-18", "2026-11-19", "2026-11-20")]})
    window.sync_loop.sync_now()
    qtbot.waitUntil(lambda: intake.appointment.text() != before, timeout=20_000)
    new_due = appointment(proc, NOW, store_calendar(desk), CountingMode.END_OF_DAY).due
    assert new_due > old_due
    assert fmt_datetime(new_due) in intake.appointment.text()  # the preview moved …
    from PySide6.QtCore import Qt

    intake.documents.item(0, 0).setCheckState(Qt.CheckState.Checked)  # nothing pre-ticked
    with qtbot.waitSignal(intake.saved, timeout=5_000) as blocker:
        intake.save()
    dossier_id, _code = blocker.args
    with desk.read() as s:
        saved = s.execute(text("SELECT due_at FROM dossiers WHERE id = :i"),
                          {"i": dossier_id}).scalar_one()
    assert saved == new_due.isoformat()  # … and the saved dossier says the same moment
    # The calendar the screens use is the one the service used.
    assert window.ctx.calendar().is_working_day(dt.date(2026, 11, 18)) is False
