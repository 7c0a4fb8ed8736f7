"""Hostile disks: full disk during intake, read-only database file and folder."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from safety_helpers import new_store, read_only_dir, tiny_disk

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import backup as bk
from commune_desk.services.audit import verify_file
from commune_desk.store import crypto, open_store

CLERK = Actor("thu", Role.CLERK)
VI = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _intake(i: int) -> Any:
    from commune_desk.services.dossiers import Applicant, Intake

    return Intake(
        procedure_code="1.001193",
        applicant=Applicant(name=f"Nguyễn Văn {i} " + "Hưng " * 40, address="Xóm 3 " * 30),
        received_at=datetime(2026, 3, 2, 8, 0) + timedelta(days=i // 900, seconds=i),
    )


def _consistent(path: Path, key: Any) -> int:
    with crypto.opened(path, key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        received = conn.execute("SELECT count(*) FROM events WHERE kind='received'").fetchone()[0]
        seq = conn.execute("SELECT next_seq - 1, (SELECT count(*) FROM events) FROM desk").fetchone()
    assert dossiers == received and seq[0] == seq[1]
    assert verify_file(path, key).ok
    return int(dossiers)


def test_disk_full_during_intake(tmp_path: Path) -> None:
    from commune_desk.services.dossiers import receive_dossier

    key = crypto.resolve_key()
    with tiny_disk(tmp_path / "disk", 1500) as disk:
        folder = disk or tmp_path
        db = folder / "desk.sqlite3"
        store = open_store(db, key)
        if disk is None:
            # No tmpfs here: cap the file instead (SQLITE_FULL, the same code path in SQLite).
            from sqlalchemy import event

            with store.engine.connect() as conn:
                pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            store.close()
            store = open_store(db, key)

            @event.listens_for(store.engine, "connect")
            def _cap(dbapi_conn: Any, _rec: Any) -> None:
                dbapi_conn.execute(f"PRAGMA max_page_count = {int(pages) + 60}")

            store.engine.dispose()
        else:
            ballast = folder / "ballast.bin"
            ballast.write_bytes(b"\0" * 200_000)
        ok = 0
        error: BaseException | None = None
        for i in range(20_000):
            try:
                receive_dossier(store, CLERK, _intake(i))
            except Exception as exc:
                error = exc
                break
            ok += 1
        assert error is not None, "the disk never filled up"
        store.close()
        assert _consistent(db, key) == ok  # nothing half-written: the failed dossier is absent
        if disk is not None:
            ballast.unlink()  # the user frees some space: work goes on
            store = open_store(db, key)
            receive_dossier(store, CLERK, _intake(ok + 1))
            store.close()
            assert _consistent(db, key) == ok + 1
    from commune_desk.store import StoreError

    assert isinstance(error, StoreError), repr(error)
    assert "đầy" in str(error) and "chưa được lưu" in str(error)
    assert any(ch in VI for ch in str(error).lower())


def test_read_only_database_refused_clearly(tmp_path: Path) -> None:
    from commune_desk.store import StoreError

    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "desk.sqlite3"
    store = new_store(db)
    store.close()
    before = db.read_bytes()
    good = bk.make_backup(db, crypto.resolve_key(), dest_dir=tmp_path / "usb").path
    with read_only_dir(folder) as how:
        if how is None:
            pytest.skip("no way to make a read-only folder here")
        if how == "chattr":
            os.system(f"chattr +i '{db}'")
        try:
            with pytest.raises(StoreError, match=r"chỉ cho phép đọc|quyền"):
                open_store(db, crypto.resolve_key(), seed=False)
            with pytest.raises(bk.BackupError, match=r"quyền ghi|chỉ đọc"):
                bk.restore(db, good, crypto.resolve_key(), Actor("admin", Role.ADMIN))
        finally:
            if how == "chattr":
                os.system(f"chattr -i '{db}'")
    assert db.read_bytes() == before
    assert not list(folder.glob("*.restoring"))
