"""Accounts gate (issue 15, defects 1 and 10): the services trust no ``Actor`` object — each
write re-checks the actor against the accounts as they are now; the command line acts only as
a logged-in user (see also test_safety_cli.test_backup_restore_release_roundtrip)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from safety_helpers import FAST_HASHER, new_store

from commune_desk.cli import main
from commune_desk.domain.permissions import Actor, PermissionDenied, Role
from commune_desk.services.accounts import Accounts


@pytest.fixture
def accounts(tmp_path: Path) -> Accounts:
    store = new_store(tmp_path / "desk.sqlite3")
    acc = Accounts(store.engine, hasher=FAST_HASHER)
    acc.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh", "Quản trị viên")
    return acc


def test_made_up_admin_actor_is_refused(accounts: Accounts) -> None:
    forged = Actor("khong-ton-tai", Role.ADMIN, "Quản trị bịa ra")
    for call in (lambda: accounts.add_user(forged, "moi.vao", "admin", "mot-cum-tu-dai-1"),
                 lambda: accounts.list_users(forged),
                 lambda: accounts.reset_password(forged, "admin", "mot-cum-tu-dai-1"),
                 lambda: accounts.disable_user(forged, "admin")):
        with pytest.raises(PermissionDenied, match="không có hoặc đã bị khóa"):
            call()
    assert [u.login for u in accounts.list_users(accounts.login(
        "admin", "quan-tri-xa-hoa-binh").actor)] == ["admin"]


def test_disabled_or_demoted_session_stops_writing(accounts: Accounts) -> None:
    admin = accounts.login("admin", "quan-tri-xa-hoa-binh").actor
    accounts.add_user(admin, "lan", "admin", "lan-mat-khau-rieng")
    lan = accounts.login("lan", "lan-mat-khau-rieng").actor  # an open session, role admin
    accounts.set_role(admin, "lan", "clerk")  # demoted while the session is open
    with pytest.raises(PermissionDenied, match="không có quyền"):
        accounts.add_user(lan, "ban.cua.lan", "admin", "mot-cum-tu-dai-1")
    accounts.set_role(admin, "lan", "admin")
    accounts.disable_user(admin, "lan")  # disabled while the session is open
    with pytest.raises(PermissionDenied, match="đã bị khóa"):
        accounts.reset_password(lan, "admin", "mot-cum-tu-dai-1")


def test_cli_user_commands_need_a_real_admin_login(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db).close()

    def run(argv: list[str], stdin: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(argv)

    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"],
               "quan-tri-xa-hoa-binh\n") == 0
    capsys.readouterr()
    # The database key alone (what "dong-lenh" used to be) no longer makes an administrator.
    for who in ("", "khong-ai\nquan-tri-xa-hoa-binh\n", "admin\nsai-mat-khau\n"):
        assert run(["user", "reset-password", "--db", str(db), "--login", "admin"],
                   who + "mat-khau-cua-ke-gian-1\n") == 2
        assert run(["user", "disable", "--db", str(db), "--login", "admin"], who) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.startswith("Lỗi: ")
    assert run(["user", "list", "--db", str(db)], "admin\nquan-tri-xa-hoa-binh\n") == 0
    assert "hoạt động" in capsys.readouterr().out
