"""Qt pieces of the safety part: login, first admin, users screen, backup dialog, damaged dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_helpers import FAST_HASHER, add_events, new_store

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import backup as bk
from commune_desk.services.accounts import Accounts
from commune_desk.store import crypto

pytest.importorskip("PySide6")

from fake_pool import FakeThreadPool
from PySide6.QtWidgets import QDialog

from commune_desk.ui.auth import (
    BackupDialog,
    DamagedDatabaseDialog,
    FirstAdminDialog,
    LoginDialog,
    NoKeyringDialog,
    UsersScreen,
)
from commune_desk.ui.workers import TaskRunner

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def runner(qtbot) -> TaskRunner:
    return TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())


@pytest.fixture
def env(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    store = new_store(path)
    add_events(store, 10)
    accounts = Accounts(store.engine, hasher=FAST_HASHER)
    yield path, store, accounts
    store.close()


def test_first_admin_then_login(qtbot, runner, env) -> None:
    _path, _store, accounts = env
    first = FirstAdminDialog(accounts, runner)
    qtbot.addWidget(first)
    first.name_edit.setText("Nguyễn Văn Quản")
    first.password_edit.setText("mat-khau-so-123")
    first.again_edit.setText("mat-khau-12")
    first._on_ok()
    assert "không giống" in first.error.text()
    first.again_edit.setText("mat-khau-so-123")
    first._on_ok()
    assert first.result() == QDialog.DialogCode.Accepted and first.created_login == "admin"

    login = LoginDialog(accounts, runner)
    qtbot.addWidget(login)
    login.login_edit.setText("admin")
    login.password_edit.setText("sai-mat-khau")
    login._on_ok()
    assert "không đúng" in login.error.text() and login.actor is None
    login.password_edit.setText("mat-khau-so-123")
    login._on_ok()
    assert login.actor == Actor("admin", Role.ADMIN, "Nguyễn Văn Quản")


class FakeForm:
    def __init__(self, values: dict[str, str]) -> None:
        self._values = values

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted

    def values(self) -> dict[str, str]:
        return self._values


def test_users_screen_add_disable_and_hidden_for_clerk(qtbot, runner, env) -> None:
    _path, _store, accounts = env
    accounts.add_user(None, "admin", "admin", "mat-khau-so-123")
    form = FakeForm({"login": "Thu", "full_name": "Lê Thu", "role": "clerk",
                     "password": "tam-thoi-123"})
    screen = UsersScreen(accounts, runner, ADMIN, form_factory=lambda login=None: form)
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 1
    screen._on_add_clicked()
    assert screen.table.rowCount() == 2 and "Đã thêm tài khoản thu" in screen.message.text()
    screen.table.selectRow(1)
    screen._on_toggle_clicked()
    assert screen.table.item(1, 3).text() == "Đã khóa"
    screen.table.selectRow(0)
    screen._on_toggle_clicked()  # the last administrator
    assert "cuối cùng" in screen.message.text()

    # At 1024 px every header is whole (it was cut to "ăng nhập gần nh") and the table fills
    # its width (columns used to wrap while two thirds stayed empty).
    screen.resize(1024, 500)
    screen.show()
    qtbot.waitExposed(screen)
    header = screen.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(screen.table.columnCount()):
        caption = screen.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(caption), caption
    used = sum(header.sectionSize(c) for c in range(screen.table.columnCount()))
    assert used >= screen.table.viewport().width() - 2
    assert not screen.table.wordWrap()

    clerk_view = UsersScreen(accounts, runner, Actor("thu", Role.CLERK))
    qtbot.addWidget(clerk_view)
    assert clerk_view.add_button.isHidden() and clerk_view.table.rowCount() == 0
    assert "Chỉ quản trị viên" in clerk_view.message.text()


def test_backup_dialog_backup_to_folder_and_restore(qtbot, runner, env, tmp_path) -> None:
    path, store, _accounts = env
    key = crypto.resolve_key()
    closed, reopened = [], []
    dialog = BackupDialog(
        path, key, ADMIN, runner,
        close_store=lambda: (store.close(), closed.append(1)),
        reopen_store=reopened.append,
        choose_folder=lambda: str(tmp_path / "usb"),
        confirm=lambda _text: True,
    )
    qtbot.addWidget(dialog)
    dialog._on_backup_to_clicked()
    assert "Đã sao lưu và kiểm tra" in dialog.status.text()
    assert len(list((tmp_path / "usb").glob("*.sqlite3"))) == 1
    dialog.backup_button.click()
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog._on_restore_selected_clicked()
    assert closed and reopened and reopened[0].epoch == 2
    assert "tạm dừng" in dialog.status.text()
    assert bk.sync_hold(path, key)


def test_backup_dialog_hides_restore_from_clerk(qtbot, runner, env) -> None:
    path, _store, _accounts = env
    dialog = BackupDialog(path, crypto.resolve_key(), Actor("thu", Role.CLERK), runner)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden() and not dialog.backup_button.isHidden()


def test_damaged_dialog_restores_latest_good(qtbot, runner, env) -> None:
    path, store, _accounts = env
    key = crypto.resolve_key()
    bk.make_backup(path, key, kind="close")
    store.close()
    raw = bytearray(path.read_bytes())
    raw[4096 + 64 : 4096 + 400] = b"\x42" * 336
    path.write_bytes(bytes(raw))
    check = bk.check_at_start(path, key)
    assert not check.ok
    dialog = DamagedDatabaseDialog(path, key, check, runner)
    qtbot.addWidget(dialog)
    assert dialog.latest_button.isEnabled() and "bị hỏng" in dialog.message.text()
    dialog.latest_button.click()
    assert dialog.result is not None and bk.check_at_start(path, key, full=True).ok


def test_no_keyring_dialog_requires_strong_matching_passphrase(qtbot) -> None:
    dialog = NoKeyringDialog(new_file=True, reason=crypto.NO_KEYRING_MESSAGE,
                             make_key=crypto.passphrase_key)
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("ngan")
    dialog.again_edit.setText("ngan")
    dialog._on_ok()
    assert "ít nhất" in dialog.error.text() and dialog.key is None
    dialog.passphrase_edit.setText("mot-mat-khau-dai")
    dialog.again_edit.setText("mot-mat-khau-dai")
    dialog._on_ok()
    assert dialog.key.mode is crypto.KeyMode.PASSPHRASE
