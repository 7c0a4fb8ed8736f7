"""The store's command line on SQLCipher files: keyring key, passphrase variable, refusals."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from commune_desk.cli import main
from commune_desk.store import open_store
from commune_desk.store.crypto import (
    PASSPHRASE_ENV,
    SQLITE_HEADER,
    is_plain_sqlite,
    key_for_database,
)

PASSPHRASE = "mat-khau-dong-lenh-2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _gui_open_count(path: Path) -> int:
    """Open the file the way the GUI does (key_for_database, then open_store)."""
    from sqlalchemy import text

    key = key_for_database(path)
    store = open_store(path, key)
    try:
        with store.read() as s:
            return int(s.execute(text("SELECT count(*) FROM dossiers")).scalar_one())
    finally:
        store.close()


def _assert_plain_sqlite_cannot_read(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            con.execute("SELECT count(*) FROM dossiers").fetchone()
    finally:
        con.close()


def test_demo_creates_an_encrypted_file_the_other_commands_and_the_gui_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: Any
) -> None:
    db = tmp_path / "ma_hoa.db"
    code, _out, _err = run(capsys, "demo", "--db", str(db), "--dossiers", "30", "--seed", "4")
    assert code == 0
    assert db.read_bytes()[:16] != SQLITE_HEADER and not is_plain_sqlite(db)
    _assert_plain_sqlite_cannot_read(db)
    assert memory_keyring.store  # the key went to the OS keyring, as the GUI does it

    code, out, _ = run(capsys, "check", "--db", str(db), "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["dossiers"] == 30

    code, out, _ = run(capsys, "search", "--db", str(db), "nguyen", "--limit", "50", "--json")
    assert code == 0 and len(json.loads(out)) >= 1

    xlsx = tmp_path / "danh_muc.xlsx"
    code, out, _ = run(capsys, "catalog", "export", "--db", str(db), str(xlsx), "--json")
    assert code == 0 and json.loads(out)["procedures"] >= 28
    code, out, _ = run(capsys, "catalog", "import", "--db", str(db), str(xlsx))
    assert code == 0 and "phiên bản 2" in out

    assert _gui_open_count(db) == 30  # `commune-desk demo`, then the GUI, on the same file
    assert not is_plain_sqlite(db)


def test_default_database_demo_then_gui(capsys: pytest.CaptureFixture[str],
                                        isolated_data_dir: Path) -> None:
    from commune_desk.paths import default_db_path

    code, _out, _err = run(capsys, "demo", "--dossiers", "12")
    assert code == 0
    db = default_db_path()
    assert db.exists() and db.is_relative_to(isolated_data_dir) and not is_plain_sqlite(db)
    code, out, _ = run(capsys, "check")
    assert code == 0 and "12 hồ sơ" in out
    assert _gui_open_count(db) == 12


def test_encrypted_file_without_its_key_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: Any
) -> None:
    db = tmp_path / "ma_hoa.db"
    assert run(capsys, "demo", "--db", str(db), "--dossiers", "5")[0] == 0
    memory_keyring.store.clear()  # another machine, or the keyring entry was lost
    before = _sha(db)
    for argv in (["check"], ["search", "abc"], ["catalog", "export", str(tmp_path / "x.xlsx")]):
        code, out, err = run(capsys, *argv, "--db", str(db))
        assert code == 2 and out == ""
        assert err.startswith("Lỗi: ") and "Traceback" not in err
        assert "không mở được" in err.lower() and PASSPHRASE_ENV in err
    assert _sha(db) == before and not memory_keyring.store


def test_passphrase_variable(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch, memory_keyring: Any) -> None:
    db = tmp_path / "mat_khau.db"
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert run(capsys, "demo", "--db", str(db), "--dossiers", "8")[0] == 0
    assert not is_plain_sqlite(db) and not memory_keyring.store  # passphrase mode: no keyring
    code, out, _ = run(capsys, "check", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["dossiers"] == 8
    assert _gui_open_count(db) == 8

    before = _sha(db)
    monkeypatch.setenv(PASSPHRASE_ENV, "mot-mat-khau-khac")
    code, out, err = run(capsys, "check", "--db", str(db))
    assert code == 2 and "không mở được" in err and PASSPHRASE_ENV in err
    monkeypatch.setenv(PASSPHRASE_ENV, "ngan")
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 2 and "ít nhất 10 ký tự" in err
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)  # the CLI drops it at start (issue 15)
    from commune_desk.store.crypto import forget_session_passphrase

    forget_session_passphrase()  # a new process started without it
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 2 and PASSPHRASE_ENV in err
    assert _sha(db) == before


def test_no_keyring_and_no_passphrase_refuses_to_create(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "moi.db"
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, out, err = run(capsys, "demo", "--db", str(db), "--dossiers", "3")
    finally:
        keyring.set_keyring(previous)
    assert code == 2 and out == ""
    assert "kho khóa" in err and PASSPHRASE_ENV in err and "Traceback" not in err
    assert not db.exists()  # never a plain-text fallback


def test_legacy_plain_file_is_read_as_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from commune_desk.store import open_store

    db = tmp_path / "cu.db"
    open_store(db).close()
    before = _sha(db)
    code, out, _ = run(capsys, "check", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    assert is_plain_sqlite(db) and _sha(db) == before  # check never converts nor writes
