"""The store on real SQLite files: pragmas, append-only log, migrations, bad files, search."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.store import StoreError, migration, open_store
from commune_desk.store.crypto import DbKey, KeyMode
from commune_desk.store.engine import make_engine
from commune_desk.store.queries import search_dossiers

CLERK = Actor("tiepnhan1", Role.CLERK)
NOW = datetime(2026, 4, 24, 9, 30)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_pragmas_and_seed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "desk.sqlite3")
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migration.current_revision(store.engine) == migration.head_revision()
        with store.read() as s:
            assert s.execute(text("SELECT count(*) FROM desk")).scalar() == 1
            assert s.execute(text("SELECT count(*) FROM procedures")).scalar() >= 28
    finally:
        store.close()
    # Opening again changes nothing and needs no backup.
    again = open_store(tmp_path / "new" / "desk.sqlite3")
    assert again.backup_path is None
    again.close()


def test_events_are_append_only(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    svc.receive_dossier(store, CLERK, svc.Intake("1.001193", svc.Applicant("Lê Văn An")), now=NOW)
    with store.engine.connect() as conn:
        for statement in ("UPDATE events SET actor = 'x'", "DELETE FROM events"):
            with pytest.raises(IntegrityError, match="append-only"):
                conn.exec_driver_sql(statement)
            conn.rollback()
    with store.read() as s:
        assert s.execute(text("SELECT actor FROM events")).scalar() == "tiepnhan1"
    store.close()


def test_file_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _sha(path)
    with pytest.raises(StoreError, match="phiên bản Commune Desk mới hơn"):
        open_store(path)
    assert _sha(path) == before
    assert not list(tmp_path.glob("future.db.*.bak"))


def test_migration_from_first_schema_keeps_data(tmp_path: Path) -> None:
    """A file at revision 0001 (no search index yet) upgrades in place after a backup."""
    path = tmp_path / "old.db"
    engine = make_engine(path)
    migration.upgrade(engine, "0001")
    payload = {"code": "000.00.04.H40-250301-1001", "procedure_code": "1.001193", "applicant": {"name": "Nguyễn Thị Đào"}}
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO desk (id, desk_id, desk_number, epoch, commune_code, commune_name, agency_id, "
            "receiving_unit, next_seq, last_hash, last_hlc, sync_hold, counting_mode, created_at) VALUES "
            "(1, 'desk-1', 1, 1, '40001', 'Xã Nghĩa Đàn', '000.00.04.H40', '', 2, 'h1', "
            "'0000000000000-00000', 0, 'end_of_day', '2025-03-01T08:00:00')"))
        conn.execute(text(
            "INSERT INTO events VALUES ('e1', 'd1', 'received', '2025-03-01T08:00:00', 'u', 'desk-1', 1, 1, "
            "'1740790800000-00000', '40001', :p, '', 'h1')"), {"p": json.dumps(payload, ensure_ascii=False)})
        conn.execute(text(
            "INSERT INTO dossiers (id, num, code, commune_code, procedure_code, procedure_name, field, status, "
            "received_at, applicant_name, reschedule_count, supplement_count, digitised, last_event_at, "
            "event_count, conflict_count, search_text) VALUES ('d1', 1, '000.00.04.H40-250301-1001', '40001', "
            "'1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'received', '2025-03-01T08:00:00', 'Nguyễn Thị Đào', "
            "0, 0, 0, '2025-03-01T08:00:00', 1, 0, 'nguyen thi dao 000.00.04.h40-250301-1001 dang ky khai sinh')"))
    engine.dispose()
    store = open_store(path)
    try:
        assert store.upgraded_from == "0001"
        assert store.backup_path is not None and store.backup_path.exists()
        backup = sqlite3.connect(store.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        backup.close()
        with store.read() as s:
            hits = search_dossiers(s, "nguyen thi dao")
            assert [h.code for h in hits] == ["000.00.04.H40-250301-1001"]
            assert s.execute(text("SELECT count(*) FROM events")).scalar() == 1
            # The desk identity survived; the catalogue was seeded by the upgrade.
            assert s.execute(text("SELECT desk_id FROM desk")).scalar() == "desk-1"
    finally:
        store.close()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Không tìm thấy"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_store(path).close()
    os.chmod(path, 0o444)
    try:
        with pytest.raises(StoreError, match="chỉ cho phép đọc"):
            open_store(path)
    finally:
        os.chmod(path, 0o644)


def test_garbage_and_foreign_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(StoreError, match="không phải cơ sở dữ liệu SQLite"):
        open_store(junk)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="không phải cơ sở dữ liệu của Commune Desk"):
        open_store(other)
    folder = tmp_path / "dir.db"
    folder.mkdir()
    with pytest.raises(StoreError):
        open_store(folder)


def test_encrypted_store_needs_its_key(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "enc.db"
    key = DbKey("mật khẩu", KeyMode.PASSPHRASE)
    store = open_store(path, key)
    svc.receive_dossier(store, CLERK, svc.Intake("1.001193", svc.Applicant("Lê Văn An")), now=NOW)
    store.close()
    assert b"Le Van An" not in path.read_bytes() and "Lê Văn An".encode() not in path.read_bytes()
    with pytest.raises(StoreError):
        open_store(path, DbKey("sai khóa", KeyMode.PASSPHRASE))
    store = open_store(path, key)
    with store.read() as s:
        assert [h.applicant_name for h in search_dossiers(s, "le van an")] == ["Lê Văn An"]
    store.close()


def test_search_name_id_phone_code_procedure(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    a = svc.receive_dossier(store, CLERK, svc.Intake(
        "1.001193", svc.Applicant("Nguyễn Thị Đào", "040301012345", date(2001, 5, 3), "0912 345 678")), now=NOW)
    b = svc.receive_dossier(store, CLERK, svc.Intake("XA-HT-04", svc.Applicant("Đặng Văn Đức")), now=NOW)
    with store.read() as s:
        def codes(q: str) -> list[str]:
            return [h.code for h in search_dossiers(s, q)]

        assert codes("nguyen thi dao") == [a.dossier.code]
        assert codes("NGUYỄN THỊ ĐÀO") == [a.dossier.code]
        assert codes("dang van duc") == [b.dossier.code]
        assert codes("0403010") == [a.dossier.code]
        assert codes("0912345") == [a.dossier.code]
        assert codes(a.dossier.code) == [a.dossier.code]
        assert codes(a.dossier.code[:-2]) == [b.dossier.code, a.dossier.code]
        assert codes("tinh trang hon nhan") == [b.dossier.code]
        assert codes("khong co ai") == []
        assert codes("  ") == []
    # A correction is searchable at once; the old name no longer matches.
    svc.correct_applicant(store, CLERK, a.dossier.id, {"name": "Nguyễn Thị Hoa"}, "Ghi sai tên",
                          now=datetime(2026, 4, 24, 10, 0))
    with store.read() as s:
        assert [h.code for h in search_dossiers(s, "nguyen thi hoa")] == [a.dossier.code]
        assert search_dossiers(s, "nguyen thi dao") == []
    store.close()
