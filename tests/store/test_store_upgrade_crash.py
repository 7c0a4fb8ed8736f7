"""Defect #11.1: a crash before and after an upgrade of an encrypted file loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from commune_desk.store import crypto, migration, open_store

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("upgrade_writer.py")
PASSPHRASE = "mat-khau-nang-cap-2026"


def _run_until_done_then_kill(stage: str, db: Path, count: int) -> list[str]:
    """Start the writer, wait until its ``count`` dossiers are committed, then SIGKILL it."""
    code = "1.001193"  # a procedure of the bundled catalogue
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{crypto.PASSPHRASE_ENV: PASSPHRASE})
    child = subprocess.Popen(
        [sys.executable, str(WRITER), stage, str(db), code, str(count)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    ids: list[str] = []
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("OK "):
            ids.append(line.split()[1])
        if line.startswith("DONE"):
            break
    child.send_signal(signal.SIGKILL)
    _out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    assert len(ids) == count, err
    return ids


def test_kill_upgrade_kill_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Old version killed with work in the WAL → new version upgrades and receives 3 dossiers
    → killed again: the file is at the new revision with all five dossiers, and the
    pre-upgrade backup (made through SQLCipher) holds the old work, encrypted."""
    monkeypatch.setenv(crypto.PASSPHRASE_ENV, PASSPHRASE)
    key = crypto.resolve_key(create=False)
    db = tmp_path / "desk.sqlite3"
    old_ids = _run_until_done_then_kill("old", db, 2)
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the old version's work is in the WAL
    new_ids = _run_until_done_then_kill("new", db, 3)

    with crypto.opened(db, key) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        present = {r[0] for r in conn.execute("SELECT id FROM dossiers")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert revision == migration.head_revision()
    assert set(old_ids + new_ids) <= present

    backups = sorted((tmp_path / "backups").glob("desk-*-pre-migrate.sqlite3"))
    assert len(backups) == 1
    assert not crypto.is_plain_sqlite(backups[0])
    with crypto.opened(backups[0], key) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "7a01"
        assert {r[0] for r in conn.execute("SELECT id FROM dossiers")} == set(old_ids)

    store = open_store(db, key)  # and the desk opens again as usual, nothing left to upgrade
    try:
        assert store.upgraded_from is None and store.backup_path is None
    finally:
        store.close()


def test_failed_pre_upgrade_backup_leaves_the_file_untouched(tmp_path: Path) -> None:
    """No backup, no upgrade: a backups folder that cannot be written stops the upgrade."""
    from commune_desk.store.engine import make_engine

    key = crypto.DbKey("ab" * 32, crypto.KeyMode.RAW)
    db = tmp_path / "desk.sqlite3"
    engine = make_engine(db, key=key)
    migration.upgrade(engine, "7a01")
    engine.dispose()
    (tmp_path / "backups").write_text("not a folder")  # mkdir fails
    from commune_desk.store import StoreError

    with pytest.raises(StoreError, match="không sao lưu được"):
        open_store(db, key)
    with crypto.opened(db, key) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "7a01"
