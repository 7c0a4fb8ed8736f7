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
