"""Enrolment from the sync panel after an offline set-up: refusal shown in Vietnamese, then a
good token enrols the desk and the loop starts syncing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, ServerProcess, clerk, receive

pytest.importorskip("PySide6")


def test_panel_enrols_an_offline_desk(qtbot: Any, sqlite_server: ServerProcess, admin: Admin,
                                      tmp_path: Path) -> None:
    from commune_desk.services.setup import SetupRequest, setup_desk
    from commune_desk.services.sync import Backoff
    from commune_desk.store import open_store
    from commune_desk.ui.sync import SyncLoop, SyncPanel
    from commune_desk.ui.workers import TaskRunner

    admin.add_commune("16816", "Xã Mỹ Lý")
    desk = open_store(tmp_path / "a.sqlite3")
    setup_desk(desk, SetupRequest(commune_code="16816", desk_number=1))
    receive(desk)
    loop = SyncLoop(desk, interval=3600, backoff=Backoff(base=0.2, cap=1.0))
    runner = TaskRunner()
    panel = SyncPanel(desk, runner, clerk(), loop=loop)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.enrol_box.isVisibleTo(panel), timeout=10_000)
    try:
        panel.enrol_url.setText(sqlite_server.url)
        panel.enrol_token.setText("CD1-khong-dung-ma-nay")
        panel._on_enrol_button_clicked()
        qtbot.waitUntil(lambda: "không đúng" in panel.enrol_message.text(), timeout=10_000)
        assert not loop.isRunning()
        panel.enrol_token.setText(admin.token("16816"))
        panel._on_enrol_button_clicked()
        qtbot.waitUntil(lambda: "Đã đăng ký" in panel.enrol_message.text(), timeout=10_000)
        qtbot.waitUntil(lambda: admin.count("16816") == 1, timeout=20_000)
        qtbot.waitUntil(lambda: not panel.enrol_box.isVisibleTo(panel), timeout=10_000)
    finally:
        loop.stop()
        runner.wait_for_done(5000)
    desk.close()
