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


def test_code_reused_after_restore_is_quarantined_not_lost(sqlite_server: ServerProcess,
                                                           admin: Admin, tmp_path: Path) -> None:
    """Work typed on a held desk before its lost events return can reuse a dossier code (the
    code counter came back with the backup). The returning event is then kept in quarantine
    with a Vietnamese reason, never dropped."""
    from commune_desk.services import backup
    from commune_desk.services.sync import quarantined_events
    from commune_desk.store import crypto, open_store

    key = crypto.passphrase_key("mat-khau-sao-luu-2026")
    db = tmp_path / "a.sqlite3"
    a = make_desk(db, 1)
    enroll(a, sqlite_server, admin)
    a.close()
    saved = backup.make_backup(db, key, dest_dir=tmp_path / "bk").path
    a = open_store(db, None)
    record_many(a, 1, "A-sau")
    assert sync_round(a).complete
    a.close()
    backup.restore(db, saved, key, clerk())
    a = open_store(db, key)
    record_many(a, 1, "A-trong-luc-cho")  # typed while sync was held
    a.close()
    backup.release_sync_hold(db, key, clerk())
    a = open_store(db, key)
    report = sync_round(a)
    assert report.complete
    if report.quarantined_in:  # the store re-issued the code: kept, and said why
        (q,) = quarantined_events(a)
        assert q.direction == "in" and "đã được dùng cho một hồ sơ khác" in q.reason
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
