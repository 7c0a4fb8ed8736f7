"""The first-run set-up wizard: official commune by unaccented letters, validated agency id,
desk number, province office hours, optional server (offline continuation)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from commune_desk.services.desk import desk_info


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fill(wizard: Any, *, agency: str = "000.00.04.H40", number: int = 2) -> None:
    wizard.province.setCurrentIndex(wizard.province.findData("40"))
    wizard.commune_search.setText("my ly")
    assert wizard.chosen_commune().code == "16816"
    assert "UBND xã Mỹ Lý" in wizard.commune_preview.text()
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 1
    wizard.agency_id.setText("H40")
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 1 and "ví dụ đúng: 000.00.04.H40" in wizard.error.text()
    wizard.agency_id.setText(agency)
    wizard.desk_number.setValue(number)
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 2
    assert wizard.hours.rowCount() == 2  # Nghệ An: summer and winter
    assert "07:00-11:30" in wizard.hours.item(0, 2).text()


def test_wizard_sets_up_a_desk_without_server(qtbot: Any, desk_store: Any,
                                              desk_runner: Any) -> None:
    from commune_desk.app import needs_first_setup
    from commune_desk.ui.setup import SetupWizard

    assert needs_first_setup(desk_store)
    wizard = SetupWizard(desk_store, desk_runner)
    qtbot.addWidget(wizard)
    _fill(wizard)
    wizard.hours.item(1, 2).setText("07:30-12:00, 13:30-17:30")
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 3
    wizard._on_next_clicked()  # no server: set up offline
    assert wizard.pages.currentIndex() == 4
    info = desk_info(desk_store)
    assert (info.commune_code, info.commune_name, info.desk_number) == ("16816", "Xã Mỹ Lý", 2)
    assert info.receiving_unit == "Trung tâm Phục vụ hành chính công xã Mỹ Lý"
    assert info.office_hours.seasons[1].sessions[1][1].hour == 17
    assert info.office_hours.seasons[1].sessions[1][1].minute == 30
    assert "ngoại tuyến" in wizard.summary.text()
    assert not needs_first_setup(desk_store)


def test_bad_hours_and_half_server_details_are_refused(qtbot: Any, desk_store: Any,
                                                        desk_runner: Any) -> None:
    from commune_desk.ui.setup import SetupWizard

    wizard = SetupWizard(desk_store, desk_runner)
    qtbot.addWidget(wizard)
    _fill(wizard)
    wizard.hours.item(0, 2).setText("bảy giờ")
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 2 and "07:00-11:30" in wizard.error.text()
    wizard.hours.item(0, 2).setText("07:00-11:30, 13:30-17:00")
    wizard._on_next_clicked()
    wizard.server_url.setText("http://127.0.0.1:9")
    wizard._on_next_clicked()
    assert wizard.pages.currentIndex() == 3 and "mã đăng ký" in wizard.error.text()
    assert not desk_info(desk_store).configured


def test_unreachable_server_continues_offline_without_blocking(qtbot: Any,
                                                              tmp_path: Path) -> None:
    from commune_desk.store import open_store
    from commune_desk.ui.setup import SetupWizard
    from commune_desk.ui.workers import TaskRunner

    store = open_store(tmp_path / "b.sqlite3")
    runner = TaskRunner()
    wizard = SetupWizard(store, runner)
    qtbot.addWidget(wizard)
    _fill(wizard, number=3)
    wizard._on_next_clicked()
    wizard.server_url.setText(f"http://127.0.0.1:{_free_port()}")
    wizard.token.setText("CD1-abcdefghijklmnop")
    wizard._on_next_clicked()
    assert not wizard.next_button.isEnabled()  # running on a worker; the UI stays live
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 4, timeout=20_000)
    assert "Không kết nối được máy chủ" in wizard.summary.text()
    assert "ngoại tuyến" in wizard.summary.text()
    info = desk_info(store)
    assert (info.commune_code, info.desk_number) == ("16816", 3)
    runner.wait_for_done(5000)
    store.close()
