"""Issue 15 item 8: account changes survive a restore, and the restore is logged.

Restoring an older backup brings back dossiers, never a disabled account, an old password or
a removed role, and never erases an entry of the account log: the newest account state (the
file being replaced; when it is too damaged to read, the newest readable backup beside it) is
re-applied on the restored copy in the restore's own transaction.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from safety_helpers import FAST_HASHER, add_events, new_store

from commune_desk.cli import main
from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import backup as bk
from commune_desk.services.accounts import Accounts, LoginFailed
from commune_desk.store import crypto, open_store

ADMIN_PW = "mat-khau-quan-tri"
ADMIN_LINES = f"admin\n{ADMIN_PW}\n"
ADMIN = Actor("admin", Role.ADMIN)


def run(argv: list[str], monkeypatch: Any, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def accounts_of(path: Path) -> tuple[Any, Accounts]:
    store = open_store(path, crypto.resolve_key(), seed=False)
    return store, Accounts(store.engine, hasher=FAST_HASHER)


def log_of(path: Path) -> list[tuple[str, str, str]]:
    with crypto.opened(path, crypto.resolve_key()) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT actor, action, target FROM account_log ORDER BY at, rowid")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    store = new_store(path)
    add_events(store, 6)
    accounts = Accounts(store.engine, hasher=FAST_HASHER)
    accounts.add_user(None, "admin", "admin", ADMIN_PW, "Quản Trị")
    accounts.add_user(ADMIN, "thu", "clerk", "mat-khau-cua-thu-1", "Nguyễn Thị Thu")
    accounts.add_user(ADMIN, "binh", "leader", "mat-khau-cu-cua-binh", "Trần Văn Bình")
    store.close()
    return path


def test_cli_restore_keeps_disabled_accounts_and_new_passwords(db: Path, tmp_path: Path,
                                                               monkeypatch: Any, capsys: Any) -> None:
    usb = tmp_path / "usb"
    assert run(["backup", "--db", str(db), "--to", str(usb), "--json"], monkeypatch,
               ADMIN_LINES) == 0
    backup = json.loads(capsys.readouterr().out)["path"]
    # After the backup: a clerk leaves (disabled), a leader's password is reset by the admin.
    assert run(["user", "disable", "--db", str(db), "--login", "thu"], monkeypatch,
               ADMIN_LINES) == 0
    assert run(["user", "reset-password", "--db", str(db), "--login", "binh"], monkeypatch,
               ADMIN_LINES + "mat-khau-moi-cua-binh\n") == 0
    log_before = log_of(db)
    assert ("admin", "user_disabled", "thu") in log_before
    capsys.readouterr()
    assert run(["restore", "--db", str(db), "--from", backup], monkeypatch, ADMIN_LINES) == 0
    assert "kỳ đồng bộ 2" in capsys.readouterr().out
    store, accounts = accounts_of(db)
    try:
        with pytest.raises(LoginFailed, match="đã bị khóa"):  # the disabled clerk stays disabled
            accounts.login("thu", "mat-khau-cua-thu-1")
        with pytest.raises(LoginFailed):  # the old password does not come back
            accounts.login("binh", "mat-khau-cu-cua-binh")
        assert accounts.login("binh", "mat-khau-moi-cua-binh").must_change_password
    finally:
        store.close()
    log_after = log_of(db)
    # no entry erased (the disable, the reset), and the restore itself is logged
    assert set(log_before) <= set(log_after)
    with crypto.opened(db, crypto.resolve_key()) as conn:
        (detail,) = conn.execute("SELECT detail FROM account_log WHERE action = 'restored'"
                                 ).fetchone()
    assert "giữ nguyên 3 tài khoản" in detail
    # the dossiers did come back from the backup: the chain is whole
    assert run(["audit", "verify", "--db", str(db), "--offline"], monkeypatch, ADMIN_LINES) == 0


def test_gui_restore_keeps_account_changes(qtbot: Any, db: Path, tmp_path: Path) -> None:
    """The backup dialog's restore (the GUI path) calls the same service."""
    pytest.importorskip("PySide6")
    from fake_pool import FakeThreadPool

    from commune_desk.ui.auth import BackupDialog
    from commune_desk.ui.workers import TaskRunner

    key = crypto.resolve_key()
    bk.make_backup(db, key)
    store, accounts = accounts_of(db)
    accounts.disable_user(ADMIN, "thu")
    accounts.set_role(ADMIN, "binh", "officer")  # demoted after the backup
    reopened: list[Any] = []
    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    dialog = BackupDialog(db, key, ADMIN, runner, close_store=store.close,
                          reopen_store=reopened.append, confirm=lambda _text: True)
    qtbot.addWidget(dialog)
    dialog.refresh_list()
    dialog.list.setCurrentRow(0)
    dialog._on_restore_selected_clicked()
    assert reopened and reopened[0] is not None and reopened[0].epoch == 2
    store, accounts = accounts_of(db)
    try:
        rows = {u.login: u for u in accounts.list_users(ADMIN)}
        assert rows["thu"].disabled and rows["binh"].role == Role.OFFICER
    finally:
        store.close()


def test_damaged_file_takes_accounts_from_the_newest_readable_backup(db: Path,
                                                                      tmp_path: Path) -> None:
    key = crypto.resolve_key()
    old = bk.make_backup(db, key, dest_dir=tmp_path / "usb").path
    store, accounts = accounts_of(db)
    accounts.disable_user(ADMIN, "thu")
    store.close()
    bk.make_backup(db, key, kind="close")  # closing the app: the newest state is in here
    raw = bytearray(db.read_bytes())  # then the disk damages the live file
    raw[4096 + 64: 4096 + 400] = b"\x42" * 336
    db.write_bytes(bytes(raw))
    bk.restore(db, old, key, ADMIN)
    store, accounts = accounts_of(db)
    try:
        assert {u.login: u.disabled for u in accounts.list_users(ADMIN)}["thu"]
    finally:
        store.close()


def test_an_older_backup_never_overrides_the_restored_accounts(db: Path, tmp_path: Path) -> None:
    """A damaged file whose only readable backup is older than the one restored: the restored
    file's own (newer) accounts stay."""
    key = crypto.resolve_key()
    bk.make_backup(db, key, kind="close")  # old: thu active
    store, accounts = accounts_of(db)
    accounts.disable_user(ADMIN, "thu")
    store.close()
    newer = bk.make_backup(db, key, dest_dir=tmp_path / "usb").path  # thu disabled
    db.write_bytes(b"\x00" * 8192)  # the live file is gone to garbage
    bk.restore(db, newer, key, ADMIN)
    store, accounts = accounts_of(db)
    try:
        assert {u.login: u.disabled for u in accounts.list_users(ADMIN)}["thu"]
    finally:
        store.close()
