"""Sync widgets with pytest-qt against a real server: status bar online/offline and pending count,
the loop resumes by itself after the link returns, the panel lists quarantined events, the
obstacles screen records, lists and closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, ServerProcess, clerk, enroll, make_desk, receive

pytest.importorskip("PySide6")


@pytest.fixture
def runner(qtbot: Any) -> Any:
    from fake_pool import FakeThreadPool

    from commune_desk.ui.workers import TaskRunner

    return TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())


def test_status_widget_and_loop_resume(qtbot: Any, runner: Any, sqlite_server: ServerProcess,
                                       admin: Admin, tmp_path: Path) -> None:
    from commune_desk.services.sync import Backoff
    from commune_desk.ui.sync import SyncLoop, SyncPanel, SyncStatusWidget

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    receive(desk)
    receive(desk)
    loop = SyncLoop(desk, interval=3600, backoff=Backoff(base=0.2, cap=1.0))
    widget = SyncStatusWidget(desk, runner, clerk(), loop=loop)
    qtbot.addWidget(widget)
    assert widget.pending == 2 and "2 chờ gửi" in widget.pending_label.text()
    panel = SyncPanel(desk, runner, clerk(), loop=loop)
    qtbot.addWidget(panel)
    assert panel.pending_label.text() == "2 sự kiện"
    try:
        loop.start()
        qtbot.waitUntil(lambda: widget.state == "online" and widget.pending == 0, timeout=20_000)
        assert "Trực tuyến" in widget.state_label.text()
        sqlite_server.stop()
        receive(desk)
        loop.sync_now()
        qtbot.waitUntil(lambda: widget.state == "offline", timeout=20_000)
        assert "Ngoại tuyến" in widget.state_label.text()
        qtbot.waitUntil(lambda: widget.pending == 1, timeout=20_000)
        assert panel.failures.count() >= 1
        assert "Không kết nối được máy chủ" in panel.failures.item(0).text()
        sqlite_server.start()  # same port: the loop finds the link again by itself
        qtbot.waitUntil(lambda: widget.state == "online" and widget.pending == 0, timeout=30_000)
    finally:
        loop.stop()
    assert admin.count() == 3
    desk.close()


def test_panel_lists_quarantined_events(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    from sqlalchemy import text

    from commune_desk.ui.sync import SyncLoop, SyncPanel

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    with desk.write() as s:
        s.execute(text("INSERT INTO sync_quarantine VALUES ('e1', 'out', 'd1', 'received', "
                       "'Dấu băm của sự kiện không khớp nội dung.', '2026-11-20T08:30:00', NULL)"))
    panel = SyncPanel(desk, runner, clerk(), loop=SyncLoop(desk))
    qtbot.addWidget(panel)
    assert panel.quarantine.rowCount() == 1
    assert panel.quarantine.item(0, 0).text() == "08:30 20/11/2026"
    assert panel.quarantine.item(0, 1).text() == "Máy chủ từ chối"
    assert panel.quarantine.item(0, 2).text() == "Tiếp nhận"
    assert "không khớp" in panel.quarantine.item(0, 3).text()
    assert "chưa đăng ký" in panel.server_label.text()
    desk.close()


def test_obstacles_screen(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from commune_desk.ui.sync import ObstaclesScreen

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    screen = ObstaclesScreen(desk, runner, clerk())
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 0
    screen.field_edit.setText("Đất đai")
    screen.record_button.click()  # no description
    assert "Cần mô tả vướng mắc" in screen.error_label.text()
    screen.description_edit.setPlainText("Chồng chéo giữa xã và văn phòng đăng ký đất đai.")
    screen.blocker_combo.setCurrentIndex(0)
    screen.since_edit.setDate(QDate(2026, 10, 5))
    screen.dossiers_spin.setValue(9)
    screen.record_button.click()
    assert screen.error_label.text() == ""
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == "05/10/2026"
    assert screen.table.item(0, 1).text() == "Chồng chéo trách nhiệm"
    assert screen.table.item(0, 4).text() == "Chờ tỉnh trả lời"
    screen.close_button.click()  # nothing selected
    assert "Hãy chọn" in screen.error_label.text()
    screen.table.selectRow(0)
    screen.close_button.click()
    assert screen.table.rowCount() == 0
    screen.show_closed.setChecked(True)
    assert screen.table.rowCount() == 1 and screen.table.item(0, 4).text().startswith("Đã đóng")
    desk.close()
