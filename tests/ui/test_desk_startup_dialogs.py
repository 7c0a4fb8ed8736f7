"""Start-up dialogs (#13 defect 12): a wrong database passphrase is typed again instead of
closing the app; the login dialog grows so a long error message shows whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

RIGHT = "mật khẩu đúng của xã 2026"


def test_wrong_passphrase_is_retried_then_opens(qtbot: Any, tmp_path: Path,
                                                monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from commune_desk import app
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.ui.auth import NoKeyringDialog

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "desk.sqlite3"
    open_store(path, passphrase_key(RIGHT)).close()
    seen: list[NoKeyringDialog] = []

    def drive(dialog: NoKeyringDialog) -> int:
        """What the administrator does: two wrong passphrases, then the right one."""
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        for attempt, wrong in enumerate(("sai mật khẩu rồi 1", "sai mật khẩu rồi 2"), 1):
            dialog.passphrase_edit.setText(wrong)
            dialog._on_ok()
            assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
            assert dialog.attempts == attempt
            assert "Mật khẩu không đúng" in dialog.error.text()
            assert "not a database" not in dialog.error.text()
            assert dialog.error.isVisible()
            assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
        dialog.passphrase_edit.setText(RIGHT)
        dialog._on_ok()
        return int(dialog.result())

    monkeypatch.setattr(NoKeyringDialog, "exec", drive)
    opened = app._open_store_interactive(path, None)  # type: ignore[arg-type]
    assert opened is not None and len(seen) == 1
    store, key, signed = opened
    assert signed is None  # no key file yet: the login comes after
    try:
        assert key.pragma_value() == passphrase_key(RIGHT).pragma_value()
        assert store.path == path
    finally:
        store.close()


def test_cancel_on_passphrase_still_stops(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from commune_desk import app
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.ui.auth import NoKeyringDialog

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "desk.sqlite3"
    open_store(path, passphrase_key(RIGHT)).close()
    monkeypatch.setattr(NoKeyringDialog, "exec", lambda self: 0)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *_a, **_k: 0)
    assert app._open_store_interactive(path, None) is None  # type: ignore[arg-type]


def test_login_error_is_not_clipped(qtbot: Any) -> None:
    from fake_pool import FakeThreadPool

    from commune_desk.ui.auth import LoginDialog
    from commune_desk.ui.workers import TaskRunner

    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    dialog = LoginDialog(object(), runner, desk_name="Xã Nghĩa Đàn")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    text = ("Tài khoản “tiepnhan1” đã bị khóa tạm thời sau năm lần nhập sai mật khẩu liên tiếp; "
            "hãy chờ mười lăm phút rồi thử lại, hoặc nhờ quản trị viên của xã mở khóa tài khoản "
            "trên màn hình Tài khoản.")
    dialog.show_error(text)
    label = dialog.error
    assert label.wordWrap() and label.isVisible()
    assert dialog.height() > before  # the dialog grew for the message
    # The label is tall enough for all its wrapped lines and lies inside the dialog.
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() <= dialog.height()
    assert label.width() <= dialog.width()


def test_login_opens_an_encrypted_file_through_its_wrap(qtbot: Any, tmp_path: Path,
                                                        monkeypatch: Any) -> None:
    """No keyring key and no passphrase for this file: the login dialog comes first and the
    clerk's login and password open it (the key unwrapped from the key file); the passphrase
    dialog never shows. A wrong password is retried in the dialog."""
    from fake_pool import FakeThreadPool
    from PySide6.QtWidgets import QDialog

    import commune_desk.services.accounts as accounts_module
    from commune_desk import app
    from commune_desk.services.accounts import Accounts
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.store.keyfile import KeyWraps, wrapped_logins
    from commune_desk.ui.auth import LoginDialog, NoKeyringDialog
    from commune_desk.ui.workers import TaskRunner

    fast = accounts_module.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts_module, "default_hasher", lambda: fast)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "desk.sqlite3"
    key = passphrase_key(RIGHT)
    store = open_store(path, key)
    accounts = Accounts(store.engine, hasher=fast, keys=KeyWraps(path, key))
    accounts.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh")
    admin = accounts.login("admin", "quan-tri-xa-hoa-binh").actor
    accounts.add_user(admin, "tiepnhan1", "clerk", "mat-khau-tam-thoi-1")
    accounts.change_password("tiepnhan1", "mat-khau-tam-thoi-1", "mat-khau-cua-thu-2026")
    store.close()
    assert wrapped_logins(path) == ["admin", "tiepnhan1"]

    def no_passphrase(self: NoKeyringDialog) -> int:
        raise AssertionError("the passphrase dialog must not show when a wrap exists")

    seen: list[LoginDialog] = []

    def drive(dialog: LoginDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        dialog.login_edit.setText("tiepnhan1")
        dialog.password_edit.setText("sai-mat-khau-roi")
        dialog._on_ok()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "không đúng" in dialog.error.text()
        dialog.password_edit.setText("mat-khau-cua-thu-2026")
        dialog._on_ok()
        return int(dialog.result())

    monkeypatch.setattr(NoKeyringDialog, "exec", no_passphrase)
    monkeypatch.setattr(LoginDialog, "exec", drive)
    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    opened = app._open_store_interactive(path, runner)
    assert opened is not None and len(seen) == 1
    store, opened_key, signed = opened
    try:
        assert signed is not None
        actor, signed_accounts = signed
        assert (actor.login, actor.role.value) == ("tiepnhan1", "clerk")
        assert opened_key.pragma_value() == key.pragma_value()
        assert store.path == path and signed_accounts.has_users()
        # The desk built on it works for that user (the main window takes these as they are).
        from commune_desk.services.desk import desk_info

        assert desk_info(store).desk_number == 1
    finally:
        store.close()


def test_login_opening_the_file_is_headed_by_the_remembered_desk_name(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """The desk's name is inside the locked file: the login that opens it is headed by the name
    remembered when the desk was last open (was the file's stem "commune_desk"); a file never
    seen open still shows its stem."""
    from PySide6.QtWidgets import QDialog, QLabel

    import commune_desk.services.accounts as accounts_module
    from commune_desk import app
    from commune_desk.services.accounts import Accounts
    from commune_desk.store import open_store
    from commune_desk.store.crypto import PASSPHRASE_ENV, passphrase_key
    from commune_desk.store.keyfile import KeyWraps
    from commune_desk.ui.auth import LoginDialog
    from commune_desk.ui.desk_name import remember_desk_name, remembered_desk_name

    fast = accounts_module.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts_module, "default_hasher", lambda: fast)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "commune_desk.sqlite3"
    key = passphrase_key(RIGHT)
    store = open_store(path, key)
    Accounts(store.engine, hasher=fast, keys=KeyWraps(path, key)).add_user(
        None, "admin", "admin", "quan-tri-xa-hoa-binh")
    store.close()

    headings: list[str] = []

    def look(dialog: LoginDialog) -> int:
        qtbot.addWidget(dialog)
        headings.extend(label.text() for label in dialog.findChildren(QLabel)
                        if label.text().startswith("<b>"))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(LoginDialog, "exec", look)
    assert remembered_desk_name(path) == ""
    assert app._open_store_interactive(path, None) is None  # type: ignore[arg-type]
    assert headings == ["<b>commune_desk</b>"]
    remember_desk_name(path, "Xã Mỹ Lý")
    remember_desk_name(tmp_path / "other.sqlite3", "Xã Khác")  # one name per database file
    headings.clear()
    assert app._open_store_interactive(path, None) is None  # type: ignore[arg-type]
    assert headings == ["<b>Xã Mỹ Lý</b>"]
