"""Detail screen at the counter (#13): forms after actions, all forms, overdue step, tooltips."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk_helpers import DESK_NOW, make_actor, receive_one
from PySide6.QtWidgets import QApplication

from commune_desk.app import make_context
from commune_desk.ui.detail.screen import DetailScreen
from commune_desk.ui.paper import PdfPreviewDialog


def screen_for(qtbot: Any, desk_store: Any, desk_runner: Any, role: str = "admin") -> DetailScreen:
    ctx = make_context(desk_store, make_actor(role, "canbo1"), desk_runner, clock=lambda: DESK_NOW)
    screen = DetailScreen(ctx)
    qtbot.addWidget(screen)
    return screen


def preview(qtbot: Any) -> Any:
    def find() -> Any:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PdfPreviewDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=15_000)
    return find()


def test_each_action_offers_its_form(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    detail = screen_for(qtbot, desk_store, desk_runner)
    view = receive_one(desk_store)
    detail.show_dossier(view.id)
    assert not detail.form_offer.isVisible()
    detail.perform("request_supplement", {"items": ["Bản sao giấy khai sinh"], "reason": "Thiếu",
                                          "legal_basis": ""})
    assert detail.offered_form == "02"
    assert "mẫu số 02" in detail.form_offer.text()
    assert not detail.form_offer.isHidden()
    # Keyboard first: the offered form takes the focus (Space opens it) and Alt+M presses it.
    assert detail.focusWidget() is detail.form_offer
    assert detail.form_offer.shortcut().toString() == "Alt+M"
    detail.perform("receive_supplement", {"note": ""})
    assert detail.offered_form is None and detail.form_offer.isHidden()
    detail.perform("refuse", {"reasons": "Không thuộc thẩm quyền của xã"})
    assert detail.offered_form == "03"
    detail.form_offer.click()
    dialog = preview(qtbot)
    assert "Mẫu số 03" in dialog.windowTitle() and view.code in dialog.windowTitle()
    dialog.close()


def test_withdraw_offers_form_05(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    detail = screen_for(qtbot, desk_store, desk_runner)
    detail.show_dossier(receive_one(desk_store).id)
    detail.perform("withdraw", {"grounds": "citizen_request", "reason": "Công dân xin rút",
                                "papers_fees": ""})
    assert detail.offered_form == "05"


def test_all_seven_forms_reachable(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    detail = screen_for(qtbot, desk_store, desk_runner)
    assert not detail.forms_button.isEnabled()
    view = receive_one(desk_store)
    detail.show_dossier(view.id)
    assert detail.forms_button.isEnabled()
    assert sorted(detail.form_actions) == ["01", "02", "03", "04", "05", "06", "07", "TL"]
    detail.form_actions["07"].trigger()
    dialog = preview(qtbot)
    assert "Mẫu số 07" in dialog.windowTitle()
    dialog.close()


def test_overdue_dossier_names_the_apology_step(qtbot: Any, desk_store: Any,
                                                desk_runner: Any) -> None:
    view = receive_one(desk_store, now=DESK_NOW - dt.timedelta(days=60))  # long overdue
    detail = screen_for(qtbot, desk_store, desk_runner)
    detail.show_dossier(view.id)
    assert detail.detail is not None and detail.detail.remaining_minutes < 0
    assert not detail.overdue_hint.isHidden()
    text = detail.overdue_hint.text()
    assert "Mẫu số 04" in text and "người đứng đầu" in text and "ngày hẹn mới" in text
    assert not detail.overdue_button.isHidden()
    fresh = receive_one(desk_store)
    detail.show_dossier(fresh.id)
    assert detail.overdue_hint.isHidden() and detail.overdue_button.isHidden()


def test_disabled_actions_say_why(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    detail = screen_for(qtbot, desk_store, desk_runner, role="clerk")
    detail.show_dossier(receive_one(desk_store).id)
    disabled = {k: b.toolTip() for k, b in detail.action_buttons.items() if not b.isEnabled()}
    assert disabled, "a clerk cannot do everything"
    for key, tip in disabled.items():
        assert tip.startswith("Chỉ ") or "trạng thái" in tip, (key, tip)
    assert "trạng thái" in disabled["rate"]  # not returned yet


def test_hand_over_picks_a_real_user(qtbot: Any, desk_store: Any, desk_runner: Any) -> None:
    from desk_helpers import add_people
    from sqlalchemy import text

    add_people(desk_store)
    detail = screen_for(qtbot, desk_store, desk_runner)
    view = receive_one(desk_store)
    detail.show_dossier(view.id)
    logins = {p.login for p in detail.people_for("to")}
    assert {"chuyenvien1", "lanhdao1"} <= logins and "cunghi" not in logins  # disabled: not offered
    assert {p.login for p in detail.people_for("signed_by")} >= {"lanhdao1"}
    assert "chuyenvien1" not in {p.login for p in detail.people_for("signed_by")}  # not a leader
    detail.perform("assign", {"to": "abc", "note": ""})
    assert "“abc” không phải người dùng" in detail.message.text()
    detail.perform("assign", {"to": "cunghi", "note": ""})
    assert "không phải người dùng" in detail.message.text()
    detail.perform("assign", {"to": "van binh", "note": ""})  # a few letters, no accents
    with desk_store.read() as s:
        payload = s.execute(text("SELECT payload FROM events WHERE dossier_id = :d AND "
                                 "kind = 'assigned'"), {"d": view.id}).scalar_one()
    assert '"to": "chuyenvien1"' in payload.replace('":"', '": "')
    # An apology signed by an officer is refused: only a leader signs.
    detail.perform("reschedule", {"new_due": dt.date(2027, 1, 6), "reason": "Chậm",
                                  "signed_by": "Trần Văn Bình (chuyenvien1)"})
    assert "ký văn bản xin lỗi" in detail.message.text()


def test_dialog_offers_names_to_complete(qtbot: Any, desk_store: Any, desk_runner: Any,
                                         monkeypatch: Any) -> None:
    from desk_helpers import add_people
    from PySide6.QtWidgets import QDialog

    from commune_desk.ui.detail import screen as screen_mod

    add_people(desk_store)
    detail = screen_for(qtbot, desk_store, desk_runner)
    detail.show_dossier(receive_one(desk_store).id)
    seen: dict[str, Any] = {}

    def fake_exec(dialog: Any) -> int:
        editor = dialog.editors["to"]
        completer = editor.completer()
        completer.setCompletionPrefix("bình")
        seen["first"] = completer.currentCompletion()
        editor.setText(seen["first"])
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(screen_mod.ActionDialog, "exec", fake_exec)
    detail.open_action("assign")
    assert seen["first"] == "Trần Văn Bình (chuyenvien1)"
    assert detail.detail is not None and detail.detail.state.assignee == "chuyenvien1"


def test_down_and_enter_go_from_search_into_results(qtbot: Any, desk_ctx: Any) -> None:
    from PySide6.QtCore import Qt

    from commune_desk.ui.dossiers.screen import DossierListScreen

    for name in ("Nguyễn Văn An", "Nguyễn Thị Bích", "Lê Văn Cường"):
        receive_one(desk_ctx.store, name=name)
    screen = DossierListScreen(desk_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=5000)
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "nguyen")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # runs the search, then into the results
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: screen.view.hasFocus(), timeout=3000)
    assert screen.view.currentIndex().row() == 0
    screen.search.setFocus()
    qtbot.waitUntil(screen.search.hasFocus)
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.view.hasFocus()


def test_signer_confirms_with_a_password_in_the_dialog(qtbot: Any, desk_store: Any,
                                                       desk_runner: Any, monkeypatch: Any) -> None:
    """Issue 15 item 9: the apology's signer types their own password in the dialog (hidden);
    a wrong one is refused by the service, counts toward the lockout, and writes nothing."""
    from desk_helpers import add_people
    from PySide6.QtWidgets import QDialog, QLineEdit
    from sqlalchemy import text

    from commune_desk.ui.detail import screen as screen_mod

    add_people(desk_store)
    detail = screen_for(qtbot, desk_store, desk_runner)
    view = receive_one(desk_store)
    detail.show_dossier(view.id)
    typed = {"password": "sai-mat-khau-1"}

    def fake_exec(dialog: Any) -> int:
        editor = dialog.editors["signer_password"]
        assert isinstance(editor, QLineEdit)
        assert editor.echoMode() == QLineEdit.EchoMode.Password
        dialog.editors["new_due"].setDate(dt.date(2027, 1, 6))
        dialog.editors["reason"].setPlainText("Cần xác minh thêm")
        dialog.editors["signed_by"].setText("Lê Thị Chủ Tịch (lanhdao1)")
        editor.setText(typed["password"])
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(screen_mod.ActionDialog, "exec", fake_exec)

    def rescheduled() -> list[str]:
        with desk_store.read() as s:
            return list(s.execute(text("SELECT payload FROM events WHERE dossier_id = :d AND "
                                       "kind = 'rescheduled'"), {"d": view.id}).scalars())

    detail.open_action("reschedule")
    assert "mật khẩu không đúng" in detail.message.text()
    assert rescheduled() == []
    with desk_store.read() as s:
        assert s.execute(text("SELECT failed_attempts FROM users WHERE login = 'lanhdao1'")
                         ).scalar_one() == 1
    typed["password"] = "Mat-khau-thu-2026!"
    detail.open_action("reschedule")
    (payload,) = rescheduled()
    assert '"signed_by":"lanhdao1"' in payload
    with desk_store.read() as s:
        assert s.execute(text("SELECT count(*) FROM account_log WHERE actor = 'lanhdao1' AND "
                              "action = 'confirmed'")).scalar_one() == 1
