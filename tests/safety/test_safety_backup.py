"""Backups: online copy, verify, rotation, daily; restore → new epoch + sync hold; damage."""

from __future__ import annotations

import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import NAMES, add_events, new_store, read_only_dir, tiny_disk

from commune_desk.domain.permissions import Actor, PermissionDenied, Role
from commune_desk.services import backup as bk
from commune_desk.services.audit import verify_file
from commune_desk.store import crypto, open_store

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    store = new_store(path)
    add_events(store, 40)
    store.close()
    return path


def _desk(path: Path) -> tuple[int, int, int]:
    with crypto.opened(path, crypto.resolve_key()) as conn:
        row = conn.execute("SELECT epoch, next_seq, sync_hold FROM desk").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def test_backup_is_encrypted_verified_and_complete(db: Path, tmp_path: Path) -> None:
    key = crypto.resolve_key()
    info = bk.make_backup(db, key, dest_dir=tmp_path / "usb")
    assert info.encrypted and info.events == 40
    assert info.path.parent == tmp_path / "usb" and info.path.name.endswith("-manual.sqlite3")
    assert not list((tmp_path / "usb").glob("*.partial"))
    assert not crypto.is_plain_sqlite(info.path)
    out = subprocess.run(["strings", "-n", "4", str(info.path)], capture_output=True).stdout
    for name in NAMES:
        assert name.encode() not in out
        assert name.split()[-1].encode() not in out
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT * FROM events").fetchall()
    assert verify_file(info.path, key).ok


def test_backup_while_another_connection_writes(db: Path) -> None:
    key = crypto.resolve_key()
    store = open_store(db, key, seed=False)
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            add_events(store, 5)

    t = threading.Thread(target=writer)
    t.start()
    try:
        infos = [bk.make_backup(db, key) for _ in range(3)]
    finally:
        stop.set()
        t.join()
        store.close()
    for info in infos:
        assert info.events >= 40 and info.events % 5 == 0  # whole transactions only
        assert verify_file(info.path, key).ok


def test_rotation_keeps_newest_and_manual(db: Path) -> None:
    key = crypto.resolve_key()
    start = datetime(2026, 4, 1, 17, 0, 0)
    for i in range(14):
        bk.make_backup(db, key, kind="close", now=lambda i=i: start + timedelta(days=i))
    bk.make_backup(db, key, kind="manual", now=lambda: start)
    removed = bk.rotate(bk.backup_dir_for(db), db.stem, keep={"close": 10})
    assert len(removed) == 4
    left = bk.list_backups(bk.backup_dir_for(db), db.stem)
    assert sum(1 for _p, k, _w in left if k == "close") == 10
    assert min(w for _p, k, w in left if k == "close") == start + timedelta(days=4)
    assert any(k == "manual" for _p, k, _w in left)


def test_daily_backup_once_per_day(db: Path) -> None:
    key = crypto.resolve_key()
    day = datetime(2026, 4, 24, 8, 0)
    assert bk.daily_backup_if_due(db, key, now=lambda: day) is not None
    assert bk.daily_backup_if_due(db, key, now=lambda: day + timedelta(hours=5)) is None
    assert bk.daily_backup_if_due(db, key, now=lambda: day + timedelta(days=1)) is not None


def test_restore_starts_new_epoch_with_sync_hold(db: Path) -> None:
    key = crypto.resolve_key()
    info = bk.make_backup(db, key)
    store = open_store(db, key, seed=False)
    add_events(store, 7)  # work done after the backup (it will be rolled back)
    store.close()
    assert _desk(db) == (1, 48, 0)
    with pytest.raises(PermissionDenied):
        bk.restore(db, info.path, key, Actor("thu", Role.CLERK))
    result = bk.restore(db, info.path, key, ADMIN)
    assert result.epoch == 2 and result.events == 40
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert _desk(db) == (2, 1, 1)
    assert bk.sync_hold(db, key)
    # New events continue the chain in the new epoch; the chain still verifies.
    store = open_store(db, key, seed=False)
    add_events(store, 3)
    store.close()
    report = verify_file(db, key)
    assert report.ok and report.events == 43
    with pytest.raises(PermissionDenied):
        bk.release_sync_hold(db, key, Actor("lead", Role.LEADER))
    assert bk.release_sync_hold(db, key, ADMIN) is True
    assert not bk.sync_hold(db, key)
    # A second restore of the same old backup goes above every epoch used so far.
    assert bk.restore(db, info.path, key, ADMIN).epoch == 3


def test_damaged_database_offers_latest_good_backup(db: Path) -> None:
    key = crypto.resolve_key()
    older = bk.make_backup(db, key, kind="daily", now=lambda: datetime(2026, 4, 23, 8, 0))
    newest = bk.make_backup(db, key, kind="close", now=lambda: datetime(2026, 4, 24, 17, 0))
    # the newest backup got damaged on disk: it must be skipped
    raw = bytearray(newest.path.read_bytes())
    raw[5000:5100] = b"\0" * 100
    newest.path.write_bytes(bytes(raw))
    assert bk.check_at_start(db, key).ok
    raw = bytearray(db.read_bytes())
    raw[4096 + 100 : 4096 + 300] = b"\x55" * 200
    db.write_bytes(bytes(raw))
    check = bk.check_at_start(db, key)
    assert not check.ok
    assert "bị hỏng" in check.message and older.path.name in check.message
    assert check.latest_good_backup == older.path
    bk.restore(db, check.latest_good_backup, key, ADMIN)
    assert bk.check_at_start(db, key, full=True).ok
    assert verify_file(db, key).ok


def test_restore_refuses_bad_backup_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    key = crypto.resolve_key()
    before = db.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(bk.BackupError, match="sai khóa mã hóa hoặc tệp hỏng"):
        bk.restore(db, junk, key, ADMIN)
    with pytest.raises(bk.BackupError, match="Không tìm thấy"):
        bk.restore(db, tmp_path / "missing.sqlite3", key, ADMIN)
    other_key = crypto.passphrase_key("mot-mat-khau-khac-han")
    foreign = tmp_path / "foreign.sqlite3"
    with crypto.opened(foreign, other_key) as conn:
        conn.execute("CREATE TABLE t(x)")
    with pytest.raises(bk.BackupError):
        bk.restore(db, foreign, key, ADMIN)
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.restoring"))


def test_backup_to_full_disk_clear_message_nothing_left(db: Path, tmp_path: Path) -> None:
    key = crypto.resolve_key()
    store = open_store(db, key, seed=False)
    add_events(store, 400)
    store.close()
    with tiny_disk(tmp_path / "usb", 64) as usb:
        if usb is None:
            pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
        with pytest.raises(bk.BackupError, match="đã đầy"):
            bk.make_backup(db, key, dest_dir=usb)
        assert list(usb.iterdir()) == []


def test_backup_to_read_only_folder(db: Path, tmp_path: Path) -> None:
    key = crypto.resolve_key()
    usb = tmp_path / "usb"
    usb.mkdir()
    with read_only_dir(usb) as how:
        if how is None:
            pytest.skip("no way to make a read-only folder here")
        with pytest.raises(bk.BackupError, match=r"chỉ đọc|quyền ghi"):
            bk.make_backup(db, key, dest_dir=usb)
    assert list(usb.iterdir()) == []


def test_chain_verifies_after_restore_and_lost_events_returning(tmp_path: Path) -> None:
    """Restore, new work in epoch 2, then the events the disk lost come back (as sync brings
    them): the chain forks at the restore point and still verifies."""
    from commune_desk.store.events import EVENT_COLUMNS, ingest_events

    key = crypto.resolve_key()
    db = tmp_path / "desk.sqlite3"
    store = new_store(db)
    add_events(store, 3)
    store.close()
    saved = bk.make_backup(db, key).path
    store = open_store(db, key, seed=False)
    add_events(store, 4)
    store.close()
    with crypto.opened(db, key) as conn:
        lost = [dict(zip(EVENT_COLUMNS, r, strict=True)) for r in conn.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE desk_seq > 3")]
    bk.restore(db, saved, key, ADMIN)
    store = open_store(db, key, seed=False)
    add_events(store, 2)
    with store.write() as session:
        assert ingest_events(session, lost) == (4, 0)
    store.close()
    report = verify_file(db, key)
    assert report.ok and report.events == 9, report.broken
    with crypto.opened(db, key) as conn:  # tampering is still caught after the fork
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("UPDATE events SET actor = 'x' WHERE desk_epoch = 2 AND desk_seq = 2")
    report = verify_file(db, key)
    assert not report.ok and report.broken[0].desk_epoch == 2 and report.broken[0].desk_seq == 2
