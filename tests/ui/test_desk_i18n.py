"""Language: Vietnamese by default (Qt's own words too), English selectable; number formats."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from commune_desk.ui import i18n, labels


def test_vietnamese_default_translates_qt_words(qtbot: Any) -> None:
    app = QApplication.instance()
    try:
        loaded = i18n.install_translators(app, "vi")
        assert "commune_desk_vi.qm" in loaded
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Đồng ý", "Hủy"}
        assert labels.label(labels.STATUS, "returned") == "Đã trả kết quả"
    finally:
        i18n.remove_translators(app)


def test_english_selectable(qtbot: Any, desk_ctx: Any) -> None:
    from commune_desk.ui.worklist.screen import WorklistScreen

    app = QApplication.instance()
    try:
        assert "commune_desk_en.qm" in i18n.install_translators(app, "en")
        assert labels.label(labels.STATUS, "returned") == "Returned"
        screen = WorklistScreen(desk_ctx)
        qtbot.addWidget(screen)
        assert screen.intake_button.text() == "+  New dossier (Ctrl+N)"
        assert i18n.fmt_working_minutes(-(480 + 90)) == "overdue by 1 day 1 hour"
    finally:
        i18n.remove_translators(app)
    assert labels.label(labels.STATUS, "returned") == "Đã trả kết quả"


def test_formats() -> None:
    assert i18n.fmt_int(1234567) == "1.234.567"
    assert i18n.fmt_money(200000) == "200.000 đ"
    assert i18n.fmt_money(0) == "Miễn phí"
    assert i18n.fmt_date(dt.date(2026, 2, 5)) == "05/02/2026"
    assert i18n.fmt_datetime(dt.datetime(2026, 2, 5, 7, 5)) == "07:05 05/02/2026"
    assert i18n.fmt_percent(7, 8) == "87,5%"
    assert i18n.fmt_working_minutes(2 * 480 + 3 * 60) == "còn 2 ngày 3 giờ"
    assert i18n.fmt_working_minutes(-45) == "quá hạn 45 phút"
    assert i18n.parse_vn_date("5/2/2026") == dt.date(2026, 2, 5)
    assert i18n.parse_vn_date("31/02/2026") is None
    assert i18n.parse_vn_date("2026-02-05") is None


def test_translations_are_complete_and_up_to_date() -> None:
    """scripts/build_translations.py --verify: lupdate + fill + lrelease into a temporary folder
    gives exactly the committed .ts and .qm files, with no string left untranslated."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "scripts" / "build_translations.py"),
                           "--verify"], cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_lower_layer_sentences_follow_the_language(qtbot: Any) -> None:
    """Deadline explanations, identifier checks and fee notes (Vietnamese in the domain) are
    shown in English in the English desk and unchanged in the Vietnamese one."""
    from commune_desk.ui.messages import tr_message

    lines = ("Nhận hồ sơ lúc 20:05 thứ Năm 03/12/2026.\nThời hạn giải quyết: 03 ngày làm việc.\n"
             "Không tính: cuối tuần: 05/12, 06/12.\nHẹn trả kết quả: 17:00 thứ Tư 09/12/2026.")
    app = QApplication.instance()
    try:
        i18n.install_translators(app, "en")
        assert tr_message(lines) == (
            "Received at 20:05 Thursday 03/12/2026.\nTime limit: 03 working days.\n"
            "Not counted: weekend: 05/12, 06/12.\nResult due: 17:00 Wednesday 09/12/2026.")
        assert tr_message("Theo quy định của tỉnh: 200.000 đ") == "As set by the province: 200.000 VND"
        assert tr_message("Số định danh “123” chỉ được gồm chữ số.") == (
            "Personal ID “123” may contain digits only.")
        assert tr_message("Một câu chưa có bản dịch.") == "Một câu chưa có bản dịch."
        from commune_desk.domain.permissions import Action, Actor, PermissionDenied, Role, require
        from commune_desk.ui.messages import ui_message

        with pytest.raises(PermissionDenied) as refused:
            require(Actor("tiepnhan1", Role.CLERK), Action.MANAGE_USERS)
        assert ui_message(refused.value) == (
            "Account tiepnhan1 (Receiving clerk) is not allowed to manage accounts.")
        assert ui_message(RuntimeError("bug")).startswith("An unexpected error occurred")
        assert tr_message("Hồ sơ X-1 đang ở trạng thái “Đã trả kết quả”, không thể từ chối.") == (
            "Dossier X-1 is “Returned”: cannot be refused.")
        i18n.install_translators(app, "vi")
        assert tr_message(lines) == lines
    finally:
        i18n.remove_translators(app)


def _refusal(call: Any) -> str:
    from commune_desk.errors import user_message

    try:
        call()
    except Exception as exc:
        return user_message(exc)
    raise AssertionError(f"{call} did not refuse")


def test_service_messages_follow_the_language(qtbot: Any, desk_store: Any, tmp_path: Any) -> None:
    """Real refusals and notes of the password rules, backups, catalogue import, calendar,
    paper settings, obstacles, units and sync are English in the English desk (no Vietnamese letter left, the
    language walk's rule) and unchanged in the Vietnamese one."""
    from screen_walk import VIETNAMESE_ONLY

    from commune_desk.domain.idcard import parse_idcard_qr
    from commune_desk.domain.obstacles import Blocker, validate_obstacle
    from commune_desk.domain.passwords import password_problem
    from commune_desk.domain.periods import parse_period, parse_vn_date
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services import backup, calendar_source, catalog, paper_settings, units
    from commune_desk.services.accounts import GENERIC_LOGIN_FAILURE
    from commune_desk.services.sync import SyncClock
    from commune_desk.sync import core
    from commune_desk.ui.messages import tr_message

    not_xlsx = tmp_path / "danhmuc.xlsx"
    not_xlsx.write_bytes(b"not a workbook")
    damaged = tmp_path / "desk.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    clock = SyncClock()
    clock.record(2 * 3600 + 5 * 60)
    messages = {
        "password": [password_problem("abc"), password_problem("        "),
                     password_problem("canbo123"), password_problem("nguyenvana", "nguyenvana"),
                     password_problem("aaaaaaaaaa"),
                     GENERIC_LOGIN_FAILURE.format(n=5, minutes=15)],
        "backup": [_refusal(lambda: backup.verify_backup(tmp_path / "none.db", None)),
                   backup.check_at_start(damaged, None).message],
        "catalogue": [_refusal(lambda: catalog.read_catalog_xlsx(tmp_path / "none.xlsx")),
                      _refusal(lambda: catalog.read_catalog_xlsx(not_xlsx))],
        "calendar": [_refusal(lambda: calendar_source.parse_calendar_document({})),
                     _refusal(lambda: calendar_source.parse_calendar_document(
                         {"format": calendar_source.FILE_FORMAT, "entries": [{"kind": "x"}]},
                         origin="lich.json"))],
        "paper": [_refusal(lambda: paper_settings.save_settings(
            desk_store, Actor("admin", Role.ADMIN), paper_settings.PaperSettings(slip_size="B5")))],
        "obstacles": [_refusal(lambda: validate_obstacle(
            "Hộ tịch", "", next(iter(Blocker)),
            dt.date(2026, 12, 3), 1, " ", dt.date(2026, 12, 3)))],
        "units": [_refusal(lambda: units.province("99"))],
        "domain": [_refusal(lambda: parse_idcard_qr("1|2")),
                   _refusal(lambda: parse_period("2026-X9")),
                   _refusal(lambda: parse_vn_date("31/02/2026"))],
        "sync": [clock.warning() or "", core.REASON_UNKNOWN_KIND.format(kind="x_y"),
                 core.REASON_SLOT_TAKEN.format(seq=4, epoch=2)],
    }
    app = QApplication.instance()
    try:
        i18n.install_translators(app, "en")
        for service, texts in messages.items():
            for text in texts:
                assert text and VIETNAMESE_ONLY.search(text), (service, text)
                english = tr_message(text)
                assert not VIETNAMESE_ONLY.search(english), (service, text, english)
        assert tr_message(password_problem("abc") or "") == (
            "The password must have at least 8 characters.")
        i18n.install_translators(app, "vi")
        for texts in messages.values():
            for text in texts:
                assert tr_message(text) == text
    finally:
        i18n.remove_translators(app)
