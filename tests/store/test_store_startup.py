"""Defect #11.11 at the store: what the first paint reads does not grow with the archive."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import event, text

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import dossiers as svc
from commune_desk.store import list_queries as lq
from commune_desk.store import open_store
from commune_desk.store.crypto import DbKey, KeyMode

KEY = DbKey("d1" * 32, KeyMode.RAW)
NOW = datetime(2026, 4, 24, 9, 30)


def test_worklist_total_is_one_index_probe_and_equals_the_count(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3", KEY)
    try:
        for i in range(5):
            svc.receive_dossier(store, Actor("tiepnhan1", Role.CLERK), svc.Intake(
                "1.001193", svc.Applicant(f"Lê Văn An {i}"), received_at=NOW + timedelta(minutes=i)),
                now=NOW + timedelta(minutes=i))
        statements: list[tuple[str, object]] = []

        def record(_conn: object, _cursor: object, sql: str, params: object, *_a: object) -> None:
            statements.append((sql, params))

        event.listen(store.engine, "before_cursor_execute", record)
        with store.read() as s:
            counts = lq.worklist_counts(s, now=NOW, soon_horizon=NOW.date(), login="tiepnhan1")
        event.remove(store.engine, "before_cursor_execute", record)
        with store.read() as s:
            assert counts.total == s.execute(text("SELECT COUNT(*) FROM dossiers")).scalar_one() == 5
            conn = s.connection()
            for sql, params in statements:
                if "dossiers" not in sql:
                    continue
                plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + sql, params).all())  # type: ignore[arg-type]
                # Each count seeks in an index; none walks every dossier (a cold second per
                # million rows before the first paint).
                assert "SCAN dossiers" not in plan, (sql, plan)
    finally:
        store.close()


def test_opening_a_set_up_file_writes_nothing_and_waits_for_no_writer(tmp_path: Path) -> None:
    """The one opener seeds only a new file: opening a set-up one takes no write lock, so it
    neither waits for another writer (the busy timeout is 30 s) nor imports the seeding code."""
    import sys
    import time

    db = tmp_path / "desk.sqlite3"
    open_store(db, KEY).close()  # new: seeded
    sys.modules.pop("commune_desk.store.seed", None)
    holder = open_store(db, KEY)
    try:
        with holder.write() as session:  # another writer holds the lock meanwhile
            session.execute(text("UPDATE desk SET last_hlc = last_hlc WHERE id = 1"))
            started = time.monotonic()
            again = open_store(db, KEY)
            elapsed = time.monotonic() - started
            again.close()
        assert elapsed < 5, elapsed
        assert "commune_desk.store.seed" not in sys.modules
    finally:
        holder.close()


def test_a_file_missing_its_catalogue_is_seeded_on_open(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    store = open_store(db, KEY)
    with store.write() as session:
        session.execute(text("DELETE FROM procedures"))
        session.execute(text("DELETE FROM catalog_versions"))
    store.close()
    store = open_store(db, KEY)
    try:
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM catalog_versions")).scalar_one() == 1
            assert session.execute(text("SELECT count(*) FROM procedures")).scalar_one() > 0
    finally:
        store.close()
