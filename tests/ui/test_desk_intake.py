"""Intake screen: the keyboard happy path saves one dossier; every bad input saves nothing."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import DESK_NOW
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import text

from commune_desk.domain.deadlines import compute_due
from commune_desk.ui.i18n import fmt_datetime
from commune_desk.ui.intake.screen import IntakeScreen


def dossier_count(store: Any) -> int:
    with store.read() as s:
        return int(s.execute(text("SELECT count(*) FROM dossiers")).scalar_one())


@pytest.fixture
def intake(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> IntakeScreen:
    screen = IntakeScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()  # FakeThreadPool: loaded at once
    assert screen.reference is not None
    screen.show()
    return screen


def fill_valid(screen: IntakeScreen, qtbot: Any) -> None:
    screen.name.setText("Nguyễn Thị Hồng Đào")
    screen.id_number.setText("040190012345")  # 1990, female
    screen.birth_date.setText("12/03/1990")
    screen.phone.setText("0912 345 678")
    screen.address.setText("Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An")
    screen.email.setText("dao@example.vn")
    screen.picker.edit.setFocus()
    qtbot.keyClicks(screen.picker.edit, "xac nhan tinh trang")  # folded: no accents typed
    qtbot.keyClick(screen.picker.edit, Qt.Key.Key_Return)
    screen.documents.item(0, 0).setCheckState(Qt.CheckState.Checked)  # the clerk ticks it


def test_intake_happy_path_keyboard(qtbot: Any, intake: IntakeScreen, desk_ctx: Any,
                                    desk_prefs: Any) -> None:
    fill_valid(intake, qtbot)
    proc = intake.picker.procedure
    assert proc is not None and proc.name.startswith("Xác nhận tình trạng hôn nhân")
    assert intake.documents.rowCount() == len(proc.documents) > 0
    # The appointment and its explanation are shown before saving.
    expected = compute_due(DESK_NOW, proc.time_limit(), desk_ctx.calendar())
    assert fmt_datetime(expected.due) in intake.appointment.text()
    assert expected.rule in intake.explanation.text()
    intake.channel.setCurrentIndex(intake.channel.findData("post"))
    with qtbot.waitSignal(intake.saved, timeout=2000) as blocker:
        intake.save()
    dossier_id, code = blocker.args
    assert code.endswith(f"-{DESK_NOW:%y%m%d}-1001")
    assert intake.errors == {}
    with desk_ctx.store.read() as s:
        row = s.execute(text("SELECT applicant_name, applicant_id_number, applicant_phone, "
                             "channel, procedure_code, due_at FROM dossiers WHERE id = :i"),
                        {"i": dossier_id}).one()
    assert row[0] == "Nguyễn Thị Hồng Đào"
    assert row[1] == "040190012345"
    assert row[2] == "0912345678"
    assert row[3] == "post"
    assert row[4] == proc.code
    assert row[5] == expected.due.isoformat()
    # Remembered for the next citizen; the applicant fields are cleared for them.
    assert desk_prefs.value("intake/channel") == "post"
    assert intake.name.text() == "" and intake.picker.procedure is None
    assert code in intake.status.text()
    assert intake.open_button.isEnabled()
    assert intake.print_button.isEnabled()  # the receipt of what was just saved


def test_remembered_values_come_back(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> None:
    desk_prefs.setValue("intake/return_method", "online")
    desk_prefs.setValue("intake/deciding_unit", "UBND xã Nghĩa Lộc")
    screen = IntakeScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()
    assert screen.return_method.currentData() == "online"
    assert screen.deciding_unit.text() == "UBND xã Nghĩa Lộc"


def test_enter_moves_to_next_field(qtbot: Any, intake: IntakeScreen) -> None:
    intake.activateWindow()
    intake.name.setFocus()
    intake.name.setText("Lê Văn Bình")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    assert intake.focusWidget() is intake.id_number
    assert dossier_count(intake.ctx.store) == 0  # Enter alone never saves


def test_vietnamese_typed_key_by_key(qtbot: Any, intake: IntakeScreen) -> None:
    """Non-ASCII letters arrive as QKeyEvents (QTest's keyClicks only takes ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    intake.name.setFocus()
    for ch in "Đặng Thị Ánh":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(intake.name, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                          Qt.KeyboardModifier.NoModifier, ch))
    assert intake.name.text() == "Đặng Thị Ánh"


BAD_INPUTS = [
    ("name", "", "Chưa nhập họ và tên"),
    ("name", "Nguyễn Văn 2", "không được chứa chữ số"),
    ("id_number", "", "Chưa nhập số định danh"),
    ("id_number", "04019001234", "phải có 12 chữ số"),
    ("id_number", "04019001234A", "chỉ được gồm chữ số"),
    ("id_number", "999190012345", "mã tỉnh"),
    ("id_number", "040185012345", "không khớp ngày sinh"),  # 1985 vs birth date 1990
    ("birth_date", "31/02/1990", "ngày/tháng/năm"),
    ("birth_date", "1990-03-12x", "ngày/tháng/năm"),
    ("birth_date", "12/03/2030", "sau ngày hôm nay"),
    ("phone", "12345", "không đúng dạng"),
    ("phone", "09123abc78", "chỉ được gồm chữ số"),
    ("email", "dao@", "không đúng dạng"),
    ("address", "   ", "Chưa nhập địa chỉ"),
    ("receiving_unit", "", "Chưa nhập đơn vị tiếp nhận"),
    ("deciding_unit", "", "Chưa nhập cơ quan giải quyết"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_INPUTS)
def test_bad_input_saves_nothing(qtbot: Any, intake: IntakeScreen, field: str, value: str,
                                 message: str) -> None:
    fill_valid(intake, qtbot)
    widget: QLineEdit = intake.fields.get(field) or getattr(intake, field)
    widget.setText(value)
    intake.save()
    assert dossier_count(intake.ctx.store) == 0
    assert field in intake.errors, intake.errors
    assert message in intake.errors[field]
    label = intake.error_labels[field]
    assert label.isVisible() and message in label.text()
    assert "Chưa lưu được" in intake.error_summary.text()
    first = next(k for k in intake.ORDER if k in intake.errors)
    first_widget = intake.fields.get(first) or getattr(intake, first)
    assert intake.focusWidget() is first_widget or not intake.isActiveWindow()


def test_live_validation_clears_when_fixed(qtbot: Any, intake: IntakeScreen) -> None:
    intake.phone.setText("123")
    intake._touched.add("phone")
    intake._on_field_edited("phone")
    assert "phone" in intake.errors
    intake.phone.setText("0912345678")
    intake._on_field_edited("phone")
    assert "phone" not in intake.errors
    assert not intake.error_labels["phone"].isVisible()


def test_no_procedure_chosen(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    intake.picker.clear()
    intake.save()
    assert dossier_count(intake.ctx.store) == 0
    assert "Chưa chọn thủ tục" in intake.errors["procedure"]


def test_no_document_checked(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    for row in range(intake.documents.rowCount()):
        intake.documents.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    intake.save()
    assert dossier_count(intake.ctx.store) == 0
    assert "Chưa đánh dấu giấy tờ" in intake.errors["documents"]


def test_space_toggles_document(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    intake.documents.setFocus()
    intake.documents.setCurrentCell(0, 0)
    before = intake.documents.item(0, 0).checkState()
    qtbot.keyClick(intake.documents, Qt.Key.Key_Space)
    assert intake.documents.item(0, 0).checkState() != before


def test_fee_per_page_with_cap(qtbot: Any, intake: IntakeScreen) -> None:
    intake.picker.edit.setFocus()
    qtbot.keyClicks(intake.picker.edit, "ban sao tu ban chinh")
    qtbot.keyClick(intake.picker.edit, Qt.Key.Key_Return)
    proc = intake.picker.procedure
    assert proc is not None and proc.fee.kind == "per_page"
    intake.copies.setValue(2)
    intake.pages.setValue(3)  # 2×2.000 + 1×1.000 = 5.000 đ a copy
    assert intake.fee_amount.text().startswith("10.000 đ")
    intake.pages.setValue(500)  # capped at 200.000 đ a copy
    assert intake.fee_amount.text().startswith("400.000 đ")


def test_service_refusal_is_shown_and_nothing_saved(qtbot: Any, intake: IntakeScreen,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from commune_desk.services import dossiers as svc

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise svc.ServiceError("Thủ tục “X” không còn áp dụng.")

    monkeypatch.setattr(svc, "receive_dossier", refuse)
    fill_valid(intake, qtbot)
    intake.save()
    assert "không còn áp dụng" in intake.error_summary.text()
    assert intake.save_button.isEnabled()
    assert dossier_count(intake.ctx.store) == 0


def test_typed_units_reach_the_event_payload(qtbot: Any, intake: IntakeScreen) -> None:
    """#11 defect 4: what the clerk types in "Đơn vị tiếp nhận" is what the event records."""
    fill_valid(intake, qtbot)
    intake.receiving_unit.setText("Bộ phận một cửa xã Nghĩa Lộc")
    intake.deciding_unit.setText("UBND xã Nghĩa Lộc")
    draft = intake.draft()
    from commune_desk.services.dossiers import Intake

    assert isinstance(draft, Intake)  # the form's draft is the service's input, nothing between
    with qtbot.waitSignal(intake.saved, timeout=2000) as blocker:
        intake.save()
    dossier_id, _code = blocker.args
    with intake.ctx.store.read() as s:
        payload = s.execute(text("SELECT payload FROM events WHERE dossier_id = :i AND "
                                 "kind = 'received'"), {"i": dossier_id}).scalar_one()
        unit = s.execute(text("SELECT receiving_unit FROM dossiers WHERE id = :i"),
                         {"i": dossier_id}).scalar_one()
    import json

    received = json.loads(payload)
    assert received["receiving_unit"] == "Bộ phận một cửa xã Nghĩa Lộc"
    assert received["deciding_unit"] == "UBND xã Nghĩa Lộc"
    assert received["applicant"]["name"] == "Nguyễn Thị Hồng Đào"
    assert received["applicant"]["birth_date"] == "1990-03-12"
    assert unit == "Bộ phận một cửa xã Nghĩa Lộc"


def test_preview_and_saved_due_agree_in_hours_mode(qtbot: Any, desk_ctx: Any,
                                                   desk_prefs: Any) -> None:
    """The appointment shown before saving follows the desk's counting mode, as the service does."""
    from commune_desk.services.desk import configure_desk

    configure_desk(desk_ctx.store, desk_ctx.actor, counting_mode="hours")
    screen = IntakeScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()
    screen.show()
    fill_valid(screen, qtbot)
    shown = screen.appointment.text()
    with qtbot.waitSignal(screen.saved, timeout=2000) as blocker:
        screen.save()
    with desk_ctx.store.read() as s:
        due = s.execute(text("SELECT due_at FROM dossiers WHERE id = :i"),
                        {"i": blocker.args[0]}).scalar_one()
    import datetime as dt

    assert fmt_datetime(dt.datetime.fromisoformat(due)) in shown


def test_disabled_clerks_open_session_cannot_save(qtbot: Any, desk_store: Any, desk_runner: Any,
                                                   desk_prefs: Any) -> None:
    """Issue 15, defect 1: the screen's session outlives the account; the service re-checks the
    actor at the write (services.authority.acting), so the save is refused and nothing is kept."""
    from argon2 import PasswordHasher

    from commune_desk.app import make_context
    from commune_desk.services.accounts import Accounts

    accounts = Accounts(desk_store.engine,
                        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh")
    admin = accounts.login("admin", "quan-tri-xa-hoa-binh").actor
    accounts.add_user(admin, "tiepnhan1", "clerk", "mat-khau-cua-thu-2026")
    clerk = accounts.login("tiepnhan1", "mat-khau-cua-thu-2026").actor
    ctx = make_context(desk_store, clerk, desk_runner, clock=lambda: DESK_NOW)
    screen = IntakeScreen(ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()
    screen.show()
    fill_valid(screen, qtbot)
    accounts.disable_user(admin, "tiepnhan1")  # while the clerk's screen is open
    screen.save()
    assert "đã bị khóa" in screen.error_summary.text()
    assert dossier_count(desk_store) == 0
    accounts.disable_user(admin, "tiepnhan1", disabled=False)
    with qtbot.waitSignal(screen.saved, timeout=2000):
        screen.save()  # enabled again: the same session saves
    assert dossier_count(desk_store) == 1
