"""Logging in opens the file (issue 15, defect 1): the database key wrapped once per user in the
key file beside the database; every CLI command on citizens' data or accounts asks who acts."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from safety_helpers import FAST_HASHER, new_store

from commune_desk.cli import main
from commune_desk.store import crypto, keyfile

PASSPHRASE = "mat-khau-csdl-cua-xa-2026"
ADMIN = "admin\nquan-tri-xa-hoa-binh\n"
CLERK_PW = "thu-mat-khau-rieng"
CLERK = f"thu\n{CLERK_PW}\n"


@pytest.fixture(autouse=True)
def fast_accounts(monkeypatch: pytest.MonkeyPatch) -> None:
    import commune_desk.services.accounts as accounts

    monkeypatch.setattr(accounts, "default_hasher", lambda: FAST_HASHER)


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def drop_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process given no database passphrase (the CLI keeps the one it read in memory)."""
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    crypto.forget_session_passphrase()


def no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())


def make_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Path:
    """A passphrase-mode desk (no keyring) with demo dossiers, an administrator, a clerk and a
    disabled officer, set up through the CLI with the passphrase in the environment."""
    no_keyring()
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    db = tmp_path / "desk.sqlite3"
    assert run(["demo", "--db", str(db), "--dossiers", "20", "--json"], monkeypatch) == 0
    assert run(["user", "add", "--db", str(db), "--login", "admin", "--role", "admin"],
               monkeypatch, "quan-tri-xa-hoa-binh\n") == 0
    for login, role, pw in (("thu", "clerk", CLERK_PW), ("cu", "officer", "cu-mat-khau-rieng")):
        assert run(["user", "add", "--db", str(db), "--login", login, "--role", role],
                   monkeypatch, ADMIN + pw + "\n") == 0
    assert run(["user", "disable", "--db", str(db), "--login", "cu"], monkeypatch, ADMIN) == 0
    drop_passphrase(monkeypatch)
    capsys.readouterr()
    return db


# ------------------------------------------------------------------------------ the key file
def test_key_file_wraps_and_unwraps(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    key = crypto.resolve_key()
    new_store(db, key).close()
    wraps = keyfile.KeyWraps(db, key)
    wraps.put("thu", CLERK_PW)
    wraps.put("admin", "quan-tri-xa-hoa-binh")
    path = keyfile.keyfile_path(db)
    assert path.name == "desk.sqlite3.keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))
    text = path.read_text()
    assert key.value not in text and CLERK_PW not in text
    assert keyfile.unwrap(db, "thu", CLERK_PW) == key
    assert keyfile.unwrap(db, "thu", "sai-mat-khau") is None
    assert keyfile.unwrap(db, "admin", CLERK_PW) is None  # a wrap is bound to its login
    doc = json.loads(text)
    doc["wraps"]["admin"] = doc["wraps"]["thu"]  # moved to another login: does not open
    path.write_text(json.dumps(doc))
    assert keyfile.unwrap(db, "admin", CLERK_PW) is None
    planted = dict(doc["wraps"]["thu"], m=10**9)  # a planted cost that would hang the login
    assert keyfile.unwrap_entry("thu", CLERK_PW, planted) is None
    wraps.remove("thu")
    wraps.remove("admin")
    assert not path.exists()


# ------------------------------------------------------------------------------ CLI refusals
# One invocation per command that reads or writes citizens' data or accounts.
COMMANDS: list[list[str]] = [
    ["check"], ["search", "nguyen"], ["demo", "--dossiers", "1"],
    ["catalog", "export", "{tmp}/dm.xlsx"], ["catalog", "import", "{tmp}/dm.xlsx"],
    ["report", "--period", "2026", "--out", "{tmp}/bc.pdf"],
    ["brief", "--week", "2026-W10", "--out", "{tmp}/tuan.pdf"],
    ["ledger", "--period", "2026", "--out", "{tmp}/so.pdf"],
    ["print", "--dossier", "X", "--form", "01", "--out", "{tmp}/p.pdf"],
    ["paper-settings"], ["staff", "--login", "a", "--name", "A"],
    ["sync"], ["obstacle", "list"],
    ["user", "list"], ["user", "disable", "--login", "thu"],
    ["user", "add", "--login", "moi", "--role", "admin"],
    ["user", "reset-password", "--login", "admin"],
    ["backup", "--to", "{tmp}/usb"], ["audit", "verify", "--offline"],
]
# Commands a clerk may not run (role refused after a correct login).
ADMIN_ONLY = ["demo", "catalog import", "report", "brief", "ledger", "staff", "user list",
              "user disable", "user add", "user reset-password", "backup"]


def _argv(cmd: list[str], db: Path, tmp: Path) -> list[str]:
    words = [w.replace("{tmp}", str(tmp)) for w in cmd]
    split = 2 if words[0] in ("catalog", "user", "obstacle", "audit") else 1
    return [*words[:split], "--db", str(db), *words[split:]]


def _refused(code: int, capsys: Any, *needles: str) -> str:
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("Lỗi: ") and "Traceback" not in err
    assert any(n in err for n in needles), err
    return err


def test_every_data_command_refuses_without_a_real_login(tmp_path: Path, monkeypatch,
                                                         capsys) -> None:
    db = make_desk(tmp_path, monkeypatch, capsys)
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)  # even with the database key
    # The catalogue to import exists (the export runs as the clerk).
    assert run(_argv(["catalog", "export", "{tmp}/dm.xlsx"], db, tmp_path), monkeypatch,
               CLERK) == 0
    capsys.readouterr()
    for cmd in COMMANDS:
        argv = _argv(cmd, db, tmp_path)
        stdin = "moi-mat-khau-dai-1\n" if cmd[:2] in (["user", "add"],
                                                      ["user", "reset-password"]) else ""
        _refused(run(argv, monkeypatch, stdin), capsys, "Cần đăng nhập")  # no login
        if " ".join(cmd[:2]) in ADMIN_ONLY or cmd[0] in ADMIN_ONLY:
            _refused(run(argv, monkeypatch, CLERK + stdin), capsys, "không có quyền")
        if cmd[0] in ("search", "report", "user", "backup") and cmd[:2] != ["user", "add"]:
            _refused(run(argv, monkeypatch, "admin\nsai-mat-khau-roi\n" + stdin), capsys,
                     "không đúng")  # wrong password
            _refused(run(argv, monkeypatch, "bia.ra\nquan-tri-xa-hoa-binh\n" + stdin),
                     capsys, "không đúng")  # made-up login
            _refused(run(argv, monkeypatch, "cu\ncu-mat-khau-rieng\n" + stdin), capsys,
                     "bị khóa")  # disabled user
    drop_passphrase(monkeypatch)
    out_files = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf",))
    assert out_files == []  # nothing was written for anyone refused


def test_clerk_opens_with_own_password_and_the_passphrase_is_no_admin(tmp_path: Path,
                                                                      monkeypatch,
                                                                      capsys) -> None:
    db = make_desk(tmp_path, monkeypatch, capsys)
    assert keyfile.wrapped_logins(db) == ["admin", "thu"]  # the disabled officer has none
    # No keyring, no passphrase: the clerk's own login opens the file.
    assert crypto.key_without_login(db) is None
    assert run(["search", "--db", str(db), "nguyen", "--json"], monkeypatch, CLERK) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    assert run(["check", "--db", str(db)], monkeypatch, CLERK) == 0
    assert "toàn vẹn" in capsys.readouterr().out
    _refused(run(["user", "list", "--db", str(db)], monkeypatch, CLERK), capsys,
             "không có quyền")
    # The passphrase alone opens the file but is nobody: not an administrator.
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    _refused(run(["user", "add", "--db", str(db), "--login", "ke.gian", "--role", "admin"],
                 monkeypatch, "mat-khau-ke-gian-1\n"), capsys, "Cần đăng nhập", "không đúng")
    _refused(run(["user", "reset-password", "--db", str(db), "--login", "admin"],
                 monkeypatch, "dong-lenh\nmat-khau-ke-gian-1\nmat-khau-ke-gian-1\n"), capsys,
             "không đúng")
    drop_passphrase(monkeypatch)
    # Disabling removes the wrap: the clerk's password no longer opens the file.
    assert run(["user", "disable", "--db", str(db), "--login", "thu"], monkeypatch, ADMIN) == 0
    assert keyfile.wrapped_logins(db) == ["admin"]
    _refused(run(["search", "--db", str(db), "nguyen"], monkeypatch, CLERK), capsys,
             "không đúng")
    # Enabled and reset by the administrator: the temporary password opens it, the old one not.
    assert run(["user", "disable", "--db", str(db), "--login", "thu", "--enable"], monkeypatch,
               ADMIN) == 0
    assert run(["user", "reset-password", "--db", str(db), "--login", "thu"], monkeypatch,
               ADMIN + "tam-thoi-cho-thu-1\n") == 0
    assert keyfile.wrapped_logins(db) == ["admin", "thu"]
    _refused(run(["search", "--db", str(db), "nguyen"], monkeypatch, CLERK), capsys,
             "không đúng")
    assert run(["search", "--db", str(db), "nguyen"], monkeypatch,
               "thu\ntam-thoi-cho-thu-1\n") == 0


def test_older_files_migrate_at_a_login_that_writes(tmp_path: Path, monkeypatch,
                                                    capsys) -> None:
    """A keyring-mode file made before the key file: reading commands write nothing (no key
    file); the first login of a command that writes wraps the key for that user."""
    from commune_desk.services.accounts import Accounts

    db = tmp_path / "desk.sqlite3"
    key = crypto.resolve_key()
    store = new_store(db, key)
    accounts = Accounts(store.engine, hasher=FAST_HASHER)  # no key file kept: an older desk
    accounts.add_user(None, "admin", "admin", "quan-tri-xa-hoa-binh")
    admin = accounts.login("admin", "quan-tri-xa-hoa-binh").actor
    accounts.add_user(admin, "thu", "clerk", CLERK_PW)
    store.close()
    assert not keyfile.keyfile_path(db).exists()
    assert run(["user", "list", "--db", str(db)], monkeypatch, ADMIN) == 0
    assert not keyfile.keyfile_path(db).exists()  # read-only: nothing written
    assert run(["user", "disable", "--db", str(db), "--login", "thu", "--enable"], monkeypatch,
               ADMIN) == 0
    assert keyfile.wrapped_logins(db) == ["admin"]
    # From now on the administrator's password opens the file on a machine without the key.
    no_keyring()
    assert keyfile.unwrap(db, "admin", "quan-tri-xa-hoa-binh") == key
    assert run(["user", "list", "--db", str(db)], monkeypatch, ADMIN) == 0
    os.sync()
