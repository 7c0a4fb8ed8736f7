"""Intake at the counter (#13): ID card scan, pre-merger addresses, documents, validation noise."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text
from test_desk_intake import dossier_count, fill_valid

from commune_desk.ui.intake.screen import IntakeScreen

QR = ("001085012345|123456789|Nguyễn Văn An|15081985|Nam|"
      "Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An|20042021")


@pytest.fixture
def intake(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> IntakeScreen:
    screen = IntakeScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()
    screen.show()
    return screen


def scanner_types(widget: QWidget, qtbot: Any, chars: str) -> None:
    """What a 2D scanner does: one key event per character (QTest takes ASCII only), then Enter."""
    widget.setFocus()
    for ch in chars:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_idcard_scan_fills_applicant_wherever_the_cursor_is(qtbot: Any, intake: IntakeScreen) -> None:
    intake.phone.setText("0912")  # the cursor is in the phone field, something typed already
    scanner_types(intake.phone, qtbot, QR)
    assert intake.phone.text() == "0912"  # the scan is taken out of the field it landed in
    assert intake.name.text() == "Nguyễn Văn An"
    assert intake.id_number.text() == "001085012345"
    assert intake.old_id.text() == "123456789"
    assert intake.birth_date.text() == "15/08/1985"
    assert intake.sex.currentData() == "Nam"
    assert intake.address.text() == "Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An"
    assert "|" not in "".join(w.text() for w in intake.fields.values())
    assert not intake.errors


def test_idcard_scan_into_the_procedure_search_and_saved(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    scanner_types(intake.picker.edit, qtbot, QR)
    assert intake.picker.procedure is not None  # the scan's Enter did not re-pick
    assert intake.name.text() == "Nguyễn Văn An"
    intake.documents.item(0, 0).setCheckState(Qt.CheckState.Checked)
    intake.lookup_address_now()  # FakeThreadPool: the worker runs at once
    assert intake.address_unit.text().startswith("→ xã Mỹ Lý, tỉnh Nghệ An")
    with qtbot.waitSignal(intake.saved, timeout=3000) as blocker:
        intake.save()
    dossier_id, _code = blocker.args
    with intake.ctx.store.read() as s:
        payload = s.execute(text("SELECT payload FROM events WHERE dossier_id = :i AND "
                                 "kind = 'received'"), {"i": dossier_id}).scalar_one()
    applicant = json.loads(payload)["applicant"]
    assert applicant["id_number"] == "001085012345"
    assert applicant["old_id_number"] == "123456789"
    assert applicant["sex"] == "Nam"
    assert applicant["birth_date"] == "1985-08-15"
    assert applicant["address"] == ("Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An "
                                    "(nay là xã Mỹ Lý, tỉnh Nghệ An)")


@pytest.mark.parametrize("bad", [
    "001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 3",  # six parts
    "001085012345|123456789|Nguyễn Văn An|31021985|Nam|Thôn 3|20042021",  # no such day
    "001085012345|12345|Nguyễn Văn An|15081985|Nam|Thôn 3|20042021",  # old ID not 9 digits
    "001085012345|123456789|Nguyễn Văn An|15081985|Khác|Thôn 3|20042021",
])
def test_malformed_scan_fills_nothing(qtbot: Any, intake: IntakeScreen, bad: str) -> None:
    intake.email.setText("a@b.vn")
    scanner_types(intake.email, qtbot, bad)
    assert intake.email.text() == "a@b.vn"
    assert intake.name.text() == "" and intake.id_number.text() == ""
    assert intake.old_id.text() == "" and intake.address.text() == ""
    assert intake.sex.currentData() == ""
    assert "Không đọc được thẻ căn cước" in intake.error_summary.text()
    assert "Mã QR thẻ căn cước" in intake.error_summary.text()
    assert dossier_count(intake.ctx.store) == 0


def test_old_address_shows_current_unit_after_typing_stops(qtbot: Any,
                                                           intake: IntakeScreen) -> None:
    intake.address.setText("Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An")
    assert intake.address_unit.text() == ""  # not while typing
    qtbot.waitUntil(lambda: intake.address_unit.text() != "", timeout=3000)  # debounce timer
    assert intake.address_unit.text() == "→ xã Mỹ Lý, tỉnh Nghệ An"
    assert intake.draft is not None
    intake.address.setText("Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An")  # already two-level
    intake.lookup_address_now()
    assert intake.address_unit.text() == ""
    assert intake._stored_address() == "Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An"


def test_address_library_is_warmed_when_intake_gets_its_data(
        intake: IntakeScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its first conversion takes 1-3 s: done on a worker before the first scan, not after."""
    from commune_desk.ui.intake import screen

    calls: list[str] = []
    monkeypatch.setattr(screen, "convert_old_address", calls.append)
    reference = intake.reference
    assert reference is not None
    intake.reference = None
    intake.set_reference(reference)  # the intake's first data
    assert calls == [screen.WARM_UP_ADDRESS]
    intake.set_reference(reference)  # a reload (new catalogue) does not convert again
    assert calls == [screen.WARM_UP_ADDRESS]


def test_documents_start_unticked(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    intake.documents.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    intake.picker.clear()
    intake.picker.edit.setFocus()
    qtbot.keyClicks(intake.picker.edit, "xac nhan tinh trang")
    qtbot.keyClick(intake.picker.edit, Qt.Key.Key_Return)
    rows = intake.documents.rowCount()
    assert rows > 0
    assert all(intake.documents.item(r, 0).checkState() == Qt.CheckState.Unchecked
               for r in range(rows))
    assert all(intake.documents.item(r, 1).checkState() == Qt.CheckState.Unchecked
               for r in range(rows))
    intake.save()
    assert "Chưa đánh dấu giấy tờ" in intake.errors["documents"]
    # Ticked and marked original per row: the event records exactly that.
    intake.documents.setFocus()
    intake.documents.setCurrentCell(0, 0)
    qtbot.keyClick(intake.documents, Qt.Key.Key_Space)
    intake.documents.setCurrentCell(0, 1)
    qtbot.keyClick(intake.documents, Qt.Key.Key_Space)
    docs = intake._checked_documents()
    assert docs == [{"name": intake.documents.item(0, 0).text(), "original": True, "count": 1}]


def test_tabbing_through_empty_fields_stays_quiet(qtbot: Any, intake: IntakeScreen) -> None:
    intake.name.setFocus()
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert intake.errors == {}
    assert all(not label.isVisible() for label in intake.error_labels.values())
    assert intake.name.styleSheet() == ""


def test_error_summary_follows_the_fixes(qtbot: Any, intake: IntakeScreen) -> None:
    fill_valid(intake, qtbot)
    intake.name.setText("")
    intake.phone.setText("123")
    intake.save()
    assert "còn 2 lỗi" in intake.error_summary.text()
    intake.name.setText("Lê Văn Tám")
    intake._on_field_edited("name")
    assert "còn 1 lỗi" in intake.error_summary.text()
    intake.phone.setText("0912345678")
    intake._on_field_edited("phone")
    assert intake.error_summary.text() == ""


def test_unsaved_intake_asks_before_clearing(qtbot: Any, intake: IntakeScreen,
                                             monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: Any, _title: str, text_: str, *_a: Any) -> Any:
        asked.append(text_)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(intake.name, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == []  # nothing typed: cleared without a question
    intake.name.setText("Lê Văn Tám")
    intake.name.setFocus()
    qtbot.keyClick(intake.name, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked and "chưa được lưu" in asked[0]
    assert intake.name.text() == "Lê Văn Tám"  # Cancel keeps it
    answer[0] = QMessageBox.StandardButton.Discard
    intake.clear()
    assert intake.name.text() == ""


def test_closing_window_asks_and_remembers_geometry(qtbot: Any, desk_store: Any, desk_runner: Any,
                                                    desk_prefs: Any, monkeypatch: Any) -> None:
    from desk_helpers import make_actor
    from PySide6.QtWidgets import QMessageBox

    from commune_desk.app import build_main_window

    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers[0])
    window = build_main_window(desk_store, make_actor("clerk", "tiepnhan1"), runner=desk_runner,
                               prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    window.show()
    window.start()
    window.show_screen("intake")
    window.setGeometry(40, 30, 700, 520)  # offscreen screen is 800×600
    window.intake.name.setText("Lê Văn Tám")
    assert window.close() is False  # Cancel: the window stays with what was typed
    assert window.isVisible() and window.intake.name.text() == "Lê Văn Tám"
    answers[0] = QMessageBox.StandardButton.Discard
    size = window.height()  # the offscreen screen (800×600) clamps the width on restore
    assert window.close() is True
    assert desk_prefs.value("window/screen") == "intake"
    again = build_main_window(desk_store, make_actor("clerk", "tiepnhan1"), runner=desk_runner,
                              prefs=desk_prefs)
    qtbot.addWidget(again)
    again.start()
    assert again.current_screen() == "intake"  # the last screen comes back
    assert desk_prefs.value("window/geometry")
    assert again.height() == size and again.height() != 768


def test_intake_fits_1366x768_and_saved_confirmation_stays_in_view(
        qtbot: Any, desk_store: Any, desk_runner: Any, desk_prefs: Any, tmp_path: Any,
        monkeypatch: Any) -> None:
    from desk_helpers import make_actor
    from PySide6.QtWidgets import QMessageBox, QScrollArea

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)

    from commune_desk.app import build_main_window

    window = build_main_window(desk_store, make_actor("clerk", "tiepnhan1"), runner=desk_runner,
                               prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    window.show()
    window.start()
    window.show_screen("intake")
    intake = window.intake
    fill_valid(intake, qtbot)
    intake.address.setText("Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An")
    intake.lookup_address_now()  # the extra "→ xã …" line shows too
    window.resize(1366, 768)
    qtbot.wait(50)
    scroll = intake.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() == 0  # nothing below the fold
    window.grab().save(str(tmp_path / "intake-1366x768.png"))
    with qtbot.waitSignal(intake.saved, timeout=3000) as blocker:
        intake.save()
    code = blocker.args[1]
    qtbot.wait(50)
    for size in ((1366, 768), (1024, 600)):
        window.resize(*size)
        qtbot.wait(50)
        assert (window.width(), window.height()) == size  # no screen forces a larger window
        for w in (intake.status, intake.print_button):
            visible = w.visibleRegion().boundingRect()
            assert visible.height() >= w.height() - 1 and visible.width() >= w.width() - 1, size
        assert code in intake.status.text() and "hẹn trả" in intake.status.text()
        assert intake.print_button.isEnabled()
