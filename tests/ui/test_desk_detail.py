"""Detail screen: every action through the real services, and the refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import DESK_NOW, add_people, make_actor, receive_one
from sqlalchemy import text

from commune_desk.app import make_context
from commune_desk.ui.detail.screen import DetailScreen


def events_of(store: Any, dossier_id: str) -> list[str]:
    with store.read() as s:
        return list(s.execute(text("SELECT kind FROM events WHERE dossier_id = :d ORDER BY desk_seq"),
                              {"d": dossier_id}).scalars())


def status_of(store: Any, dossier_id: str) -> str:
    with store.read() as s:
        return str(s.execute(text("SELECT status FROM dossiers WHERE id = :d"),
                             {"d": dossier_id}).scalar_one())


@pytest.fixture
def detail(qtbot: Any, desk_ctx: Any) -> DetailScreen:
    add_people(desk_ctx.store)  # whom to hand over to, who signs
    screen = DetailScreen(desk_ctx)
    qtbot.addWidget(screen)
    return screen


def open_new(detail: DetailScreen) -> str:
    view = receive_one(detail.ctx.store)
    detail.show_dossier(view.id)
    assert detail.detail is not None and detail.detail.state.code == view.code
    return str(view.id)


def test_shows_status_due_remaining_and_timeline(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    state = detail.detail.state
    assert detail.status_label.text() == "Đã tiếp nhận"
    assert state.due_at[11:16] in detail.due_label.text()
    assert detail.remaining_label.text().startswith("còn ")
    assert detail.timeline.rowCount() == 1
    assert detail.info_labels["applicant"].text() == "Nguyễn Văn An"
    allowed = set(detail.allowed_actions())
    assert {"assign", "request_supplement", "refuse", "reschedule", "resolve", "withdraw",
            "correct", "attach"} <= allowed
    assert "return" not in allowed and "rate" not in allowed
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_full_path_to_returned_and_rated(detail: DetailScreen, qtbot: Any) -> None:
    store = detail.ctx.store
    dossier_id = open_new(detail)
    detail.perform("assign", {"to": "chuyenvien1", "note": "Xử lý gấp"})
    assert detail.info_labels["assignee"].text() == "chuyenvien1"
    detail.perform("request_supplement", {"items": ["Bản sao giấy khai sinh"],
                                          "reason": "Thiếu giấy tờ", "legal_basis": ""})
    assert status_of(store, dossier_id) == "waiting_supplement"
    assert set(detail.allowed_actions()) >= {"receive_supplement"}
    assert "resolve" not in detail.allowed_actions()
    detail.perform("receive_supplement", {"note": "Đã nộp đủ"})
    assert status_of(store, dossier_id) == "in_progress"
    old_due = detail.detail.state.due_at
    new_day = dt.date.fromisoformat(old_due[:10]) + dt.timedelta(days=1)
    while not detail.ctx.calendar().is_working_day(new_day):
        new_day += dt.timedelta(days=1)
    detail.perform("reschedule", {"new_due": new_day, "reason": "Cần xác minh thêm",
                                  "signed_by": "lanhdao1", "signer_password": "Mat-khau-thu-2026!"})
    state = detail.detail.state
    assert state.due_at[:10] == new_day.isoformat() and state.reschedule_count == 1
    assert "Hẹn ban đầu" in detail.due_note.text()
    detail.perform("resolve", {"outcome": "approved", "note": ""})
    assert status_of(store, dossier_id) == "resolved"
    detail.perform("return", {"method": "counter", "note": ""})
    assert status_of(store, dossier_id) == "returned"
    detail.perform("rate", {"level": "satisfied", "note": ""})
    assert "rate" not in detail.allowed_actions()  # one rating per dossier
    assert events_of(store, dossier_id) == [
        "received", "assigned", "supplement_requested", "supplement_received", "rescheduled",
        "resolved", "returned", "rated"]
    assert detail.timeline.rowCount() == 8
    assert detail.info_labels["rating"].text() == "Hài lòng"


def test_refuse(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("refuse", {"reasons": "Không thuộc thẩm quyền của xã"})
    assert status_of(detail.ctx.store, dossier_id) == "refused"
    assert "rate" in detail.allowed_actions()


def test_withdraw(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("withdraw", {"grounds": "citizen_request", "reason": "Công dân xin rút",
                                "papers_fees": "Trả lại giấy tờ"})
    assert status_of(detail.ctx.store, dossier_id) == "withdrawn"


def test_resolve_denied(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("resolve", {"outcome": "denied", "note": "Không đủ điều kiện"})
    with detail.ctx.store.read() as s:
        outcome = s.execute(text("SELECT outcome FROM dossiers WHERE id = :d"),
                            {"d": dossier_id}).scalar_one()
    assert outcome == "denied"


def test_correct_applicant(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    values = {**detail._initial(detail_spec("correct")), "phone": "0987654321",
              "address": "Xóm 5, xã Nghĩa Đàn", "reason": "Công dân báo sai số điện thoại"}
    detail.perform("correct", values)
    assert events_of(detail.ctx.store, dossier_id)[-1] == "corrected"
    assert detail.info_labels["phone"].text() == "0987654321"
    assert detail.info_labels["address"].text() == "Xóm 5, xã Nghĩa Đàn"


def test_correct_without_change_is_refused(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    values = {**detail._initial(detail_spec("correct")), "reason": "Không đổi gì"}
    detail.perform("correct", values)
    assert "Không có thông tin nào thay đổi" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_attach_copies_and_hashes(detail: DetailScreen, tmp_path: Path) -> None:
    dossier_id = open_new(detail)
    scan = tmp_path / "ban-quet.pdf"
    data = b"%PDF-1.4 scanned page\n" * 1000
    scan.write_bytes(data)
    detail.perform("attach", {"path": str(scan)})
    sha = hashlib.sha256(data).hexdigest()
    from commune_desk.services.attachments import scan_bytes

    # inside the encrypted database, nothing beside it (issue 15 item 7)
    assert not (Path(detail.ctx.store.path).parent / "attachments").exists()
    assert scan_bytes(detail.ctx.store, sha) == data
    assert events_of(detail.ctx.store, dossier_id)[-1] == "attachment_added"
    with detail.ctx.store.read() as s:
        digitised = s.execute(text("SELECT digitised FROM dossiers WHERE id = :d"),
                              {"d": dossier_id}).scalar_one()
    assert digitised
    assert detail.attachments.count() == 1 and sha[:12] in detail.attachments.item(0).text()


def test_attach_missing_file(detail: DetailScreen, tmp_path: Path) -> None:
    dossier_id = open_new(detail)
    detail.perform("attach", {"path": str(tmp_path / "khong-co.pdf")})
    assert "Không tìm thấy tệp" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_reschedule_to_a_holiday_is_refused(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("reschedule", {"new_due": dt.date(2026, 11, 24), "reason": "Chậm",
                                  "signed_by": "Chủ tịch"})
    assert "24/11/2026 là ngày nghỉ" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_reschedule_to_a_weekend_is_refused(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("reschedule", {"new_due": dt.date(2026, 11, 29), "reason": "Chậm",
                                  "signed_by": "Chủ tịch"})
    assert "là ngày nghỉ" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_reschedule_before_current_due_is_refused(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("reschedule", {"new_due": DESK_NOW.date(), "reason": "Chậm",
                                  "signed_by": "Chủ tịch"})
    assert "phải sau ngày hẹn hiện tại" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id) == ["received"]


def test_service_refusal_shown_nothing_written(detail: DetailScreen) -> None:
    dossier_id = open_new(detail)
    detail.perform("request_supplement", {"items": ["Giấy A"], "reason": "Thiếu",
                                          "legal_basis": ""})
    detail.perform("receive_supplement", {"note": ""})
    # A second supplement request needs a leader's approval (the lifecycle refuses it).
    detail.perform("request_supplement", {"items": ["Giấy B"], "reason": "Thiếu nữa",
                                          "legal_basis": ""})
    assert "lãnh đạo phê duyệt" in detail.message.text()
    assert events_of(detail.ctx.store, dossier_id).count("supplement_requested") == 1


def test_role_limits_actions(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    clerk = make_context(desk_store, make_actor("clerk", "tiepnhan1"), desk_runner,
                         clock=lambda: DESK_NOW)
    screen = DetailScreen(clerk)
    qtbot.addWidget(screen)
    view = receive_one(desk_store)
    screen.show_dossier(view.id)
    allowed = set(screen.allowed_actions())
    assert "resolve" not in allowed and "reschedule" not in allowed
    assert {"assign", "refuse", "attach", "correct"} <= allowed


def test_action_dialog_requires_fields(qtbot: Any, detail: DetailScreen) -> None:
    from commune_desk.ui.detail.actions import ActionDialog

    open_new(detail)
    dialog = ActionDialog(detail_spec("refuse"), {}, detail)
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert "Chưa nhập: Lý do từ chối" in dialog.error.text()
    assert dialog.result() == 0
    dialog.editors["reasons"].setPlainText("Hồ sơ giả mạo")
    dialog._on_buttons_accepted()
    assert dialog.result() == 1 and dialog.values() == {"reasons": "Hồ sơ giả mạo"}


def detail_spec(key: str) -> Any:
    from commune_desk.ui.detail.actions import ACTIONS_BY_KEY

    return ACTIONS_BY_KEY[key]


def test_rating_has_no_default_and_enter_does_not_record_one(qtbot: Any) -> None:
    """The citizen's satisfaction is chosen explicitly; Enter on the untouched dialog refuses."""
    from PySide6.QtCore import Qt

    from commune_desk.ui.detail.actions import ACTIONS_BY_KEY, ActionDialog

    dialog = ActionDialog(ACTIONS_BY_KEY["rate"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.values()["level"] is None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Chưa nhập" in dialog.error.text()
    box = dialog.editors["level"]
    box.setCurrentIndex(box.findData("satisfied"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["level"] == "satisfied"


@pytest.mark.parametrize("role", ["clerk", "officer", "leader", "admin"])
def test_enabled_actions_are_the_domain_s_allowed_actions(qtbot: Any, desk_ctx: Any,
                                                          role: str) -> None:
    """The screen keeps no transition table: its buttons are ``lifecycle.allowed_actions``."""
    from lifecycle_states import every_state

    from commune_desk.domain.lifecycle import allowed_actions
    from commune_desk.domain.permissions import Role
    from commune_desk.ui.detail.actions import ACTIONS_BY_KEY
    from commune_desk.ui.operations import DossierDetail

    ctx = make_context(desk_ctx.store, make_actor(role, f"{role}1"), desk_ctx.runner,
                       clock=lambda: DESK_NOW)
    screen = DetailScreen(ctx)
    qtbot.addWidget(screen)
    for state in every_state():
        screen.detail = DossierDetail(state, (), None)
        screen._update_buttons()
        enabled = {ACTIONS_BY_KEY[key].kind for key in screen.allowed_actions()}
        assert enabled == allowed_actions(state, Role(role)), (role, state.status, state.rating)
