"""A desk restored from a backup starts a new epoch and waits for an administrator; then it
gets back from the server what it had lost, and nothing is sent twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from serverkit import Admin, ServerProcess, clerk, enroll, event_ids, make_desk, record_many

from commune_desk.services.sync import SyncHeld, sync_round, sync_summary


def test_restored_desk_holds_then_recovers(sqlite_server: ServerProcess, admin: Admin,
                                           tmp_path: Path) -> None:
    from commune_desk.services import backup
    from commune_desk.store import crypto, open_store

    key = crypto.passphrase_key("mat-khau-sao-luu-2026")
    db = tmp_path / "a.sqlite3"
    a = make_desk(db, 1)
    enroll(a, sqlite_server, admin)
    record_many(a, 3, "A")
    assert sync_round(a).complete
    a.close()
    saved = backup.make_backup(db, key, dest_dir=tmp_path / "bk").path
    a = open_store(db, None)
    record_many(a, 4, "A-sau")  # work done after the backup, synced, then the disk dies
    assert sync_round(a).complete
    before = event_ids(a)
    a.close()
    result = backup.restore(db, saved, key, clerk())
    assert result.epoch == 2
    a = open_store(db, key)
    assert len(event_ids(a)) < len(before)
    with pytest.raises(SyncHeld) as held:
        sync_round(a)
    assert "quản trị viên" in str(held.value)
    assert sync_summary(a).held
    a.close()
    assert backup.release_sync_hold(db, key, clerk())
    a = open_store(db, key)
    report = sync_round(a)
    assert report.complete and report.rejected == 0 and report.quarantined_in == 0
    after = event_ids(a)
    assert before == after  # what the disk lost came back from the server
    record_many(a, 2, "A-moi")  # new work in the new epoch
    report = sync_round(a)
    assert report.complete and report.accepted > 0 and report.rejected == 0
    server_ids = [e.id for e in admin.events()]
    assert len(server_ids) == len(set(server_ids)) and set(server_ids) == event_ids(a)
    from sqlalchemy import text

    with a.read() as s:
        epochs = set(s.execute(text("SELECT DISTINCT desk_epoch FROM events")).scalars())
    assert epochs == {1, 2}
    from commune_desk.services.integrity import check_store

    check = check_store(a)
    # Epoch 2's first link follows the backup's last event, older than the epoch-1 events
    # that came back from the server: the check accepts that fork and is fully green.
    assert check.ok and not check.problems, check.problems
    a.close()


def test_restore_never_reissues_codes(sqlite_server: ServerProcess, admin: Admin,
                                      tmp_path: Path) -> None:
    """Issue 15 (4): backup → 5 dossiers synced → 3 more → restore → intake → release → sync.

    Intake waits while sync is held and until the first sync after the restore (the codes
    printed after the backup come back with the pull and move the counter past them): all
    codes stay distinct, nothing is quarantined, and ``check`` is green."""
    from sqlalchemy import text

    from commune_desk.services import backup
    from commune_desk.services.dossiers import ServiceError
    from commune_desk.services.integrity import check_store
    from commune_desk.store import crypto, open_store

    key = crypto.passphrase_key("mat-khau-sao-luu-2026")
    db = tmp_path / "a.sqlite3"
    a = make_desk(db, 1)
    enroll(a, sqlite_server, admin)
    a.close()
    saved = backup.make_backup(db, key, dest_dir=tmp_path / "bk").path
    a = open_store(db, None)
    record_many(a, 5, "A-sau")
    assert sync_round(a).complete
    record_many(a, 3, "A-chua-gui")  # printed for citizens, never synced: lost with the disk
    with a.read() as s:
        printed = set(s.execute(text("SELECT code FROM dossiers")).scalars())
    a.close()
    backup.restore(db, saved, key, clerk())
    a = open_store(db, key)
    with pytest.raises(ServiceError, match="khôi phục"):
        record_many(a, 1, "A-trong-luc-cho")  # intake is held with the sync hold
    a.close()
    backup.release_sync_hold(db, key, clerk())
    a = open_store(db, key)
    with pytest.raises(ServiceError, match="đồng bộ"):
        record_many(a, 1, "A-truoc-khi-dong-bo")  # released, but not yet synced
    report = sync_round(a)
    assert report.complete and report.quarantined_in == 0 and report.rejected == 0
    record_many(a, 2, "A-moi")
    assert sync_round(a).complete
    with a.read() as s:
        codes = list(s.execute(text("SELECT code FROM dossiers")).scalars())
    assert len(codes) == len(set(codes)) == 5 + 2
    new_codes = set(codes) - printed
    assert len(new_codes) == 2 and not new_codes & printed  # the 3 lost are never re-issued
    assert min(new_codes) > max(printed)  # the new epoch's codes come from a fresh range
    server_codes = [e.payload.get("code") for e in admin.events() if e.kind == "received"]
    assert len(server_codes) == len(set(server_codes))
    check = check_store(a)
    assert check.ok, check.problems
    a.close()


def test_clone_without_new_epoch_is_held(sqlite_server: ServerProcess, admin: Admin,
                                         tmp_path: Path) -> None:
    """A copy of the desk file made before its first sync, started elsewhere after the original
    synced, holds instead of pushing numbers the server already holds."""
    import shutil

    from commune_desk.store import open_store

    db = tmp_path / "a.sqlite3"
    a = make_desk(db, 1)
    enroll(a, sqlite_server, admin)
    record_many(a, 2, "A")
    a.close()
    shutil.copy(db, tmp_path / "clone.sqlite3")
    a = open_store(db, create=False)
    assert sync_round(a).complete
    a.close()
    clone = open_store(tmp_path / "clone.sqlite3", create=False)
    with pytest.raises(SyncHeld) as held:
        sync_round(clone)
    assert "sao chép" in str(held.value)
    clone.close()
    assert admin.count() == len(event_ids(open_store(db, create=False)))
