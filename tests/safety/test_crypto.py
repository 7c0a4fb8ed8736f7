"""SQLCipher keys, passphrase mode, no-keyring refusal, plain→encrypted migration."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from commune_desk.store import crypto
from commune_desk.store.engine import make_engine


def _plain_db(path: Path, names: list[str]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE people(name TEXT)")
    conn.executemany("INSERT INTO people VALUES (?)", [(n,) for n in names])
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


def test_keyring_key_is_created_once_and_reused(memory_keyring) -> None:
    first = crypto.resolve_key()
    second = crypto.resolve_key()
    assert first == second
    assert first.mode is crypto.KeyMode.RAW
    assert len(bytes.fromhex(first.value)) == 32
    assert "hidden" in repr(first) and first.value not in repr(first)


def test_no_keyring_refuses_without_plaintext_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(crypto.NoKeyringAvailable) as info:
        crypto.resolve_key()
    assert "không có kho khóa" in str(info.value)
    assert crypto.PASSPHRASE_ENV in str(info.value)


def test_no_keyring_passphrase_mode_works(tmp_path: Path, monkeypatch) -> None:
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, "mật khẩu rất dài 2026")
    key = crypto.resolve_key()
    assert key.mode is crypto.KeyMode.PASSPHRASE
    db = tmp_path / "p.sqlite3"
    with crypto.opened(db, key) as conn:
        conn.execute("CREATE TABLE t(x)")
        conn.execute("INSERT INTO t VALUES ('Nguyễn Văn An')")
    assert not crypto.is_plain_sqlite(db)
    with pytest.raises(crypto.WrongKey):
        crypto.connect(db, crypto.passphrase_key("mật khẩu sai rồi nhé"))
    with crypto.opened(db, key) as conn:
        assert conn.execute("SELECT x FROM t").fetchone()[0] == "Nguyễn Văn An"


def test_short_passphrase_refused() -> None:
    with pytest.raises(crypto.CryptoError, match="ít nhất"):
        crypto.passphrase_key("ngan")


def test_sqlcipher_supports_fts5_json_wal_under_key(tmp_path: Path) -> None:
    key = crypto.resolve_key()
    engine = make_engine(tmp_path / "e.sqlite3", key=key)
    import sqlalchemy as sa

    with engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE f USING fts5(t, tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql("INSERT INTO f VALUES ('Trần Thị Hường khai sinh')")
        hits = conn.execute(sa.text("SELECT t FROM f WHERE f MATCH 'huong'")).fetchall()
        assert hits == [("Trần Thị Hường khai sinh",)]
        assert conn.execute(sa.text("SELECT json_extract('{\"a\":[1,2]}', '$.a[1]')")).scalar() == 2
    engine.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "e.sqlite3").execute("SELECT * FROM sqlite_master").fetchall()


def test_encrypt_plain_database_after_backup(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    names = [f"Lê Thị Bích Ngọc {i}" for i in range(500)]
    _plain_db(db, names)
    key = crypto.resolve_key()
    result = crypto.encrypt_plain_database(db, key, tmp_path / "backups")
    assert result.rows == 500
    assert not crypto.is_plain_sqlite(db)
    assert not crypto.is_plain_sqlite(result.backup)
    for path in (db, result.backup):
        with crypto.opened(path, key) as conn:
            assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 500
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    out = subprocess.run(["strings", str(db), str(result.backup)], capture_output=True)
    assert "Ngọc".encode() not in out.stdout and b"people" not in out.stdout
    assert not list(tmp_path.glob("*.encrypting"))


def test_encrypt_refuses_damaged_plain_file_and_leaves_it(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    _plain_db(db, [f"Phạm Văn {i}" * 20 for i in range(2000)])
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    with pytest.raises(crypto.CryptoError):
        crypto.encrypt_plain_database(db, crypto.resolve_key(), tmp_path / "backups")
    assert db.read_bytes() == before


def test_key_for_database_encrypts_plain_file_on_first_start(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    _plain_db(db, ["Đỗ Thị Thanh Xuân"] * 10)
    key = crypto.key_for_database(db)
    assert not crypto.is_plain_sqlite(db)
    assert list((tmp_path / "backups").glob("*-pre-encrypt.sqlite3"))
    with crypto.opened(db, key) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 10


def test_key_for_database_without_keyring_asks_or_refuses(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)
    keyring.set_keyring(fail.Keyring())
    db = tmp_path / "new.sqlite3"
    asked: list[tuple[bool, str]] = []
    with pytest.raises(crypto.NoKeyringAvailable, match="không mở"):
        crypto.key_for_database(db, ask_passphrase=lambda new, why: asked.append((new, why)))
    assert asked and asked[0][0] is True and "kho khóa" in asked[0][1]
    assert not db.exists()
    key = crypto.key_for_database(
        db, ask_passphrase=lambda _n, _w: crypto.passphrase_key("mat-khau-co-so-du-lieu"))
    assert key.mode is crypto.KeyMode.PASSPHRASE
    with crypto.opened(db, key) as conn:
        conn.execute("CREATE TABLE t(x)")
    wrong = crypto.passphrase_key("mat-khau-khac-hoan-toan")
    with pytest.raises(crypto.WrongKey):
        crypto.key_for_database(db, ask_passphrase=lambda _n, _w: wrong)


def test_keyrings_alt_backend_is_refused(monkeypatch) -> None:
    monkeypatch.delenv(crypto.PASSPHRASE_ENV, raising=False)

    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not store the key in a plain-text file")

        def delete_password(self, service, username):
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(crypto.NoKeyringAvailable):
        crypto.resolve_key()
