"""Log out, switch user and lock after idle (#13): the store stays open, only the person changes."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import DESK_NOW, add_people
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text
from test_desk_intake import fill_valid

PW = "Mat-khau-thu-2026!"
OWN = "Mat-khau-rieng-2026?"  # each person's own password (the temporary one changed)


@pytest.fixture
def accounts(desk_store: Any) -> Any:
    from argon2 import PasswordHasher

    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.accounts import Accounts, LockoutPolicy

    add_people(desk_store)
    acc = Accounts(engine=desk_store.engine,
                   hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
                   policy=LockoutPolicy(max_failures=3, lock_minutes=15))
    acc.add_user(Actor("quantri", Role.ADMIN), "tiepnhan1", "clerk", PW, "Nguyễn Thu Tiếp")
    for login in ("tiepnhan1", "chuyenvien1", "lanhdao1"):
        acc.change_password(login, PW, OWN)
    return acc


@pytest.fixture
def no_passphrase(monkeypatch: Any) -> list[str]:
    """Every way the database key could be asked for again fails the test."""
    from commune_desk.store import crypto
    from commune_desk.ui.auth import passphrase_dialog

    asked: list[str] = []

    def refuse(*_a: Any, **_k: Any) -> Any:
        asked.append("asked")
        raise AssertionError("the database passphrase was asked again")

    monkeypatch.setattr(crypto, "key_for_database", refuse)
    monkeypatch.setattr(passphrase_dialog.NoKeyringDialog, "exec", refuse)
    monkeypatch.setattr(passphrase_dialog.NoKeyringDialog, "open", refuse)
    return asked


@pytest.fixture
def window(qtbot: Any, desk_store: Any, desk_runner: Any, desk_prefs: Any, accounts: Any,
           no_passphrase: list[str]) -> Any:
    from commune_desk.app import build_main_window

    actor = accounts.login("tiepnhan1", OWN).actor
    w = build_main_window(desk_store, actor, runner=desk_runner, prefs=desk_prefs,
                          accounts=accounts, clock=lambda: DESK_NOW)
    # Closed at the end without questions (an unsaved test intake is not a reason to stay).
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "_closing", True))
    w._quiet = True
    w.show()
    w.start()
    return w


def _answer(monkeypatch: Any, answers: list[Any]) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text_: str, *_a: Any) -> Any:
        asked.append(text_)
        return answers[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _type_sign_in(qtbot: Any, lock: Any, login: str, password: str) -> None:
    if lock.login_edit.isVisible():
        lock.login_edit.setFocus()
        qtbot.keyClicks(lock.login_edit, login)
        qtbot.keyClick(lock.login_edit, Qt.Key.Key_Return)  # Enter: on to the password
        assert lock.password_edit.hasFocus()
    qtbot.keyClicks(lock.password_edit, password)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)


def _failures(store: Any, login: str) -> tuple[int, Any]:
    with store.read() as s:
        row = s.execute(text("SELECT failed_attempts, locked_until FROM users WHERE login = :l"),
                        {"l": login}).one()
    return int(row[0]), row[1]


def test_logout_then_another_user_signs_in_and_writes_as_themselves(
        qtbot: Any, window: Any, desk_store: Any, monkeypatch: Any,
        no_passphrase: list[str]) -> None:
    answers = [QMessageBox.StandardButton.Cancel]
    asked = _answer(monkeypatch, answers)
    window.show_screen("intake")
    window.intake.name.setText("Lê Văn Tám")
    window.logout_action.trigger()  # Hệ thống › Đăng xuất
    assert asked and "chưa được lưu" in asked[0]  # unsaved intake is asked about
    assert not window.locked and window.ctx.actor.login == "tiepnhan1"  # Cancel: stays
    answers[0] = QMessageBox.StandardButton.Discard
    window.logout_action.trigger()
    lock = window.lock_screen
    assert window.locked and lock.mode == "signed_out"
    assert lock.geometry() == window.rect()
    assert window.screens == {} and window.user_label.text() == ""
    _type_sign_in(qtbot, lock, "chuyenvien1", OWN)
    assert not window.locked
    assert window.ctx.actor.login == "chuyenvien1"
    assert window.current_screen() == "worklist"
    assert "Trần Văn Bình" in window.user_label.text()
    # The screens follow the new role: an officer does not receive dossiers.
    assert not window.nav_actions["intake"].isEnabled()
    assert window.nav_actions["dashboard"].isEnabled()
    # Back to a clerk, who receives a dossier: its event carries the clerk's login.
    window.logout_action.trigger()
    _type_sign_in(qtbot, window.lock_screen, "tiepnhan1", OWN)
    assert window.ctx.actor.login == "tiepnhan1" and window.nav_actions["intake"].isEnabled()
    window.show_screen("intake")
    assert window.intake.name.text() == ""  # the discarded draft did not come back
    fill_valid(window.intake, qtbot)
    with qtbot.waitSignal(window.intake.saved, timeout=3000) as blocker:
        window.intake.save()
    with desk_store.read() as s:
        actor = s.execute(text("SELECT actor FROM events WHERE dossier_id = :i"),
                          {"i": blocker.args[0]}).scalar_one()
    assert actor == "tiepnhan1"
    assert no_passphrase == []
    assert window.ctx.store is desk_store
    with desk_store.read() as s:  # the sessions are in the account log
        steps = [tuple(r) for r in s.execute(text(
            "SELECT actor, action FROM account_log WHERE action IN "
            "('logged_in', 'logged_out', 'locked') ORDER BY rowid"))]
    assert steps[-4:] == [("tiepnhan1", "logged_out"), ("chuyenvien1", "logged_in"),
                          ("chuyenvien1", "logged_out"), ("tiepnhan1", "logged_in")]


def test_switch_user_from_the_menu_and_back(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    _answer(monkeypatch, [QMessageBox.StandardButton.Discard])
    window.show_screen("intake")
    window.switch_action.trigger()  # Hệ thống › Đổi người dùng…
    lock = window.lock_screen
    assert window.locked and lock.mode == "switch" and lock.login_edit.isVisible()
    lock.back_button.click()  # "Quay lại": the same desk, nothing rebuilt
    assert not window.locked and window.current_screen() == "intake"
    window.switch_action.trigger()
    _type_sign_in(qtbot, lock, "lanhdao1", OWN)
    assert window.ctx.actor.login == "lanhdao1"
    assert window.nav_actions["reports"].isEnabled() and not window.nav_actions["users"].isEnabled()
    assert window.worklist.cards["mine"].title.text().startswith("Chờ tôi duyệt/ký")


def test_idle_lock_blocks_input_and_the_same_password_unlocks(
        qtbot: Any, window: Any, desk_store: Any, no_passphrase: list[str]) -> None:
    from commune_desk.services.accounts import GENERIC_LOGIN_FAILURE

    window.show_screen("intake")
    window.intake.name.setText("Lê Văn Tám")  # unsaved work survives the lock
    window.intake.name.setFocus()
    window.guard.set_timeout_ms(150)  # the setting is minutes; the test injects a short time
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    lock = window.lock_screen
    assert lock.mode == "unlock" and not lock.login_edit.isVisible()
    assert "Nguyễn Thu Tiếp" in lock.note.text() and "không dùng" in lock.note.text()
    assert lock.geometry() == window.rect() and lock.password_edit.hasFocus()
    # Input behind the lock goes nowhere: shortcuts, keys, clicks.
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_screen() == "intake" and lock.mode == "unlock"
    qtbot.keyClicks(window.intake.name, "xyz")
    assert window.intake.name.text() == "Lê Văn Tám"
    nav = window.toolbar.widgetForAction(window.nav_actions["worklist"])
    qtbot.mouseClick(nav, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "intake"
    # A wrong password: the one message, and it counts toward the lockout.
    _type_sign_in(qtbot, lock, "", "sai-mat-khau")
    generic = GENERIC_LOGIN_FAILURE.format(n=3, minutes=15)
    assert lock.error.text() == generic and window.locked
    assert _failures(desk_store, "tiepnhan1")[0] == 1
    _type_sign_in(qtbot, lock, "", OWN)
    assert not window.locked
    assert window.ctx.actor.login == "tiepnhan1" and window.current_screen() == "intake"
    assert window.intake.name.text() == "Lê Văn Tám" and window.intake.name.hasFocus()
    assert _failures(desk_store, "tiepnhan1")[0] == 0
    with desk_store.read() as s:
        locked = s.execute(text("SELECT actor, detail FROM account_log WHERE action = 'locked'"
                                )).one()
    assert locked[0] == "tiepnhan1" and "không dùng" in locked[1]
    qtbot.keyClicks(window.intake.name, "!")
    assert window.intake.name.text() == "Lê Văn Tám!"  # input reaches the desk again
    assert window.guard.counting  # and idle counts again
    assert no_passphrase == []


def test_wrong_passwords_on_the_lock_lock_the_account(qtbot: Any, window: Any,
                                                      desk_store: Any) -> None:
    from commune_desk.services.accounts import GENERIC_LOGIN_FAILURE

    window.show_screen("intake")
    window.intake.name.setText("Lê Văn Tám")  # left unsaved by the clerk who walked away
    window.lock_action.trigger()  # Hệ thống › Khóa màn hình (Ctrl+L)
    lock = window.lock_screen
    for _ in range(3):
        _type_sign_in(qtbot, lock, "", "sai-mat-khau")
    assert _failures(desk_store, "tiepnhan1")[1] is not None  # locked out for 15 minutes
    _type_sign_in(qtbot, lock, "", OWN)  # even the right password now waits
    assert window.locked and lock.error.text() == GENERIC_LOGIN_FAILURE.format(n=3, minutes=15)
    # Someone else can still take the desk: "Đổi người dùng" on the lock screen.
    lock.switch_button.click()
    assert lock.mode == "switch"
    lock.back_button.click()
    assert lock.mode == "unlock"  # back to the lock, not to the desk
    lock.switch_button.click()
    _type_sign_in(qtbot, lock, "lanhdao1", OWN)
    assert not window.locked and window.ctx.actor.login == "lanhdao1"
    window.show_screen("intake")  # the next person never sees the previous one's draft
    assert window.intake.name.text() == ""


def test_idle_minutes_setting_is_remembered_and_applied(qtbot: Any, window: Any,
                                                        desk_prefs: Any, desk_store: Any,
                                                        desk_runner: Any, accounts: Any) -> None:
    from commune_desk.app import build_main_window
    from commune_desk.ui.session import DEFAULT_IDLE_MINUTES

    assert DEFAULT_IDLE_MINUTES == 10 and window.guard.timeout_ms == 10 * 60_000
    window.show_screen("settings")
    spin = window.settings.idle_minutes
    assert spin.value() == 10
    spin.setValue(3)
    assert window.guard.timeout_ms == 3 * 60_000 and window.guard.counting
    assert int(desk_prefs.value("session/idle_minutes")) == 3
    again = build_main_window(desk_store, window.ctx.actor, runner=desk_runner, prefs=desk_prefs,
                              accounts=accounts)
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "_closing", True))
    assert again.guard.timeout_ms == 3 * 60_000


def test_an_open_dialog_closes_when_the_desk_locks(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[Any] = []

    def lock_while_open() -> None:
        seen.append(QApplication.activeModalWidget())
        window.lock()

    QTimer.singleShot(50, lock_while_open)
    box = QMessageBox(QMessageBox.Icon.Information, "x", "y", QMessageBox.StandardButton.Ok,
                      window)
    box.exec()  # returns because the lock closed it
    assert seen and seen[0] is box
    assert window.locked and window.lock_screen.password_edit.hasFocus()


def test_a_locked_desk_closes_without_questions(qtbot: Any, window: Any,
                                                 monkeypatch: Any) -> None:
    asked = _answer(monkeypatch, [QMessageBox.StandardButton.Cancel])
    window.show_screen("intake")
    window.intake.name.setText("Lê Văn Tám")
    window.lock()
    # The machine shuts down at night: nobody is there to answer, the desk closes (its backup
    # on close runs in app.run) and the unsaved intake is lost.
    assert window.close() is True
    assert asked == []
    assert not window.guard.counting


def test_keyboard_and_mouse_input_keep_the_desk_open(qtbot: Any, window: Any) -> None:
    window.show_screen("intake")
    window.intake.name.setFocus()
    qtbot.wait(300)  # the screens' first loads (inline in tests) are done
    window.guard.set_timeout_ms(1500)
    for i in range(10):  # 10 × 250 ms of typing and mouse moves: more than the idle time
        qtbot.wait(250)
        if i % 2:
            qtbot.keyClick(window.intake.name, Qt.Key.Key_A)
        else:
            qtbot.mouseMove(window.intake, window.intake.rect().center() + QPoint(i, 0))
        assert not window.locked, i
    qtbot.waitUntil(lambda: window.locked, timeout=5000)  # then nothing: it locks


def test_a_temporary_password_is_changed_on_the_lock_screen(qtbot: Any, window: Any,
                                                           accounts: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.ui.auth import ChangePasswordDialog

    accounts.add_user(Actor("quantri", Role.ADMIN), "moi1", "officer", PW, "Người Mới")
    window.switch_action.trigger()
    lock = window.lock_screen
    typed: list[str] = []

    def fill_dialog() -> None:  # the dialog the lock screen opens takes the keyboard
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangePasswordDialog)
        for edit, value in ((dialog.old_edit, PW), (dialog.new_edit, OWN),
                            (dialog.again_edit, OWN)):
            edit.setFocus()
            qtbot.keyClicks(edit, value)
            typed.append(edit.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, fill_dialog)
    _type_sign_in(qtbot, lock, "moi1", PW)
    assert typed == [PW, OWN, OWN]  # not swallowed by the lock's input guard
    assert not window.locked and window.ctx.actor.login == "moi1"
    assert accounts.login("moi1", OWN).must_change_password is False
