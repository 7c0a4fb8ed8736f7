"""Store.write(): a full disk or a read-only database becomes a clear Vietnamese StoreError."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.store import Store, StoreError, open_store

CLERK = Actor("tiepnhan1", Role.CLERK)
NOW = datetime(2026, 4, 24, 9, 30)


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as s:
        return (
            int(s.execute(text("SELECT count(*) FROM dossiers")).scalar_one()),
            int(s.execute(text("SELECT count(*) FROM events")).scalar_one()),
            int(s.execute(text("SELECT next_seq FROM desk")).scalar_one()),
        )


def _with_pragma(store: Store, pragma: str) -> None:
    @event.listens_for(store.engine, "connect")
    def _apply(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.execute(pragma)

    store.engine.dispose()


def test_disk_full_is_a_store_error_and_nothing_is_half_written(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        svc.receive_dossier(store, CLERK, svc.Intake("1.001193", svc.Applicant("Lê Văn An")), now=NOW)
        before = _counts(store)
        with store.engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
        _with_pragma(store, f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="đầy") as caught, store.write() as s:
            s.execute(text("CREATE TABLE ballast (x BLOB)"))
            s.execute(text("INSERT INTO ballast VALUES (zeroblob(2000000))"))
        assert "chưa được lưu" in str(caught.value)
        assert _counts(store) == before
        with store.read() as s:
            assert s.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE name = 'ballast'")).scalar_one() == 0
    finally:
        store.close()


def test_read_only_database_is_a_store_error(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        before = _counts(store)
        _with_pragma(store, "PRAGMA query_only = ON")
        with pytest.raises(StoreError, match="chỉ cho phép đọc"):
            svc.receive_dossier(store, CLERK, svc.Intake("1.001193", svc.Applicant("Lê Văn An")),
                                now=NOW)
        assert _counts(store) == before
    finally:
        store.close()


def test_other_database_errors_are_not_disguised(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3")
    try:
        with pytest.raises(OperationalError, match="no such table"), store.write() as s:
            s.execute(text("INSERT INTO no_such_table VALUES (1)"))
    finally:
        store.close()
