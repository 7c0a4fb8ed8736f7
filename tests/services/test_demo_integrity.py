"""Demo data generation, the soundness check, tamper detection and the desk-independent digest."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from commune_desk.services.demo import DemoError, generate_demo
from commune_desk.services.integrity import check_store
from commune_desk.store import open_store
from commune_desk.store.events import EVENT_COLUMNS, ingest_events

NOW = datetime(2026, 11, 27, 16, 0)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(path)
    committed: list[int] = []
    result = generate_demo(store, 3000, seed=7, now=NOW, batch=1000, progress=committed.append)
    store.close()
    assert committed == sorted(committed) and committed[-1] == 3000 and len(committed) >= 3
    assert result.dossiers == 3000
    return path


def test_demo_is_realistic(demo_db: Path) -> None:
    con = sqlite3.connect(demo_db)
    statuses = dict(con.execute("SELECT status, count(*) FROM dossiers GROUP BY status").fetchall())
    verdicts = dict(con.execute("SELECT verdict, count(*) FROM dossiers GROUP BY verdict").fetchall())
    kinds = dict(con.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
    assert set(statuses) >= {"returned", "refused", "withdrawn", "in_progress"}
    assert {"truoc_han", "dung_han", "qua_han"} <= set(verdicts)
    assert statuses["returned"] > 0.7 * 3000
    assert set(kinds) >= {"received", "assigned", "supplement_requested", "supplement_received",
                          "refused", "rescheduled", "resolved", "returned", "withdrawn", "rated",
                          "attachment_added"}
    assert con.execute("SELECT sum(conflict_count) FROM dossiers").fetchone()[0] == 0
    overdue = con.execute("SELECT count(*) FROM dossiers WHERE status IN ('received','in_progress') "
                          "AND due_at < ?", (NOW.isoformat(),)).fetchone()[0]
    assert overdue > 0
    # Event times fall inside office hours (Nghệ An: 07:00–12:00, 13:30–17:00 at the widest).
    outside = con.execute(
        "SELECT count(*) FROM events WHERE substr(occurred_at, 12, 5) < '07:00' OR "
        "substr(occurred_at, 12, 5) > '17:00' OR (substr(occurred_at, 12, 5) > '12:00' AND "
        "substr(occurred_at, 12, 5) < '13:30')").fetchone()[0]
    assert outside == 0
    names = [r[0] for r in con.execute("SELECT applicant_name FROM dossiers LIMIT 200")]
    assert any(ch in "".join(names) for ch in "ễịđĐơư")
    first, last = con.execute("SELECT min(received_at), max(received_at) FROM dossiers").fetchone()
    assert first < "2024-12-01" and last > "2026-11-20"
    con.close()


def test_check_is_green_and_digest_is_desk_independent(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(demo_db)
    report = check_store(store)
    assert report.ok, report.problems
    assert report.dossiers == 3000
    with store.read() as s:
        rows = [dict(zip(EVENT_COLUMNS, r, strict=True))
                for r in s.execute(text(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY hlc DESC"))]
    store.close()
    # Another desk receives the same events (in another order): same digest.
    other = open_store(tmp_path / "other.db")
    with other.write() as s:
        inserted, dupes = ingest_events(s, rows)
    assert (inserted, dupes) == (len(rows), 0)
    with other.write() as s:
        assert ingest_events(s, rows[:10]) == (0, 10)
    other_report = check_store(other)
    other.close()
    assert other_report.ok, other_report.problems
    assert other_report.digest == report.digest
    assert other_report.events == report.events


def test_check_detects_tampering(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    shutil.copy(demo_db, path)
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER events_no_update")
    con.execute("UPDATE events SET payload = replace(payload, '\"outcome\":\"approved\"', "
                "'\"outcome\":\"denied\"') WHERE rowid = (SELECT min(rowid) FROM events WHERE kind = 'resolved')")
    # Same content, other formatting: no longer canonical JSON, reported too (issue 15: Python
    # and SQLite's json_extract may read a non-canonical text differently).
    eid, payload = con.execute("SELECT id, payload FROM events WHERE kind = 'received' LIMIT 1").fetchone()
    con.execute("UPDATE events SET payload = ? WHERE id = ?", (json.dumps(json.loads(payload), indent=1), eid))
    con.execute("UPDATE dossiers SET status = 'returned' WHERE num = 5 AND status != 'returned'")
    con.execute("UPDATE dossiers SET due_at = '2030-01-01T17:00:00' WHERE num = 6")
    con.commit()
    con.close()
    store = open_store(path)
    report = check_store(store)
    store.close()
    assert not report.ok
    text_report = "\n".join(report.problems)
    # The one chain verifier names each desk's first broken event: the edit or the reformat.
    assert ("hash không khớp" in text_report) or ("không ở dạng chuẩn" in text_report)
    assert "due_at" in text_report
    assert "events_no_update" in text_report


def test_demo_appends_to_existing_data_and_bad_requests(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "more.db"
    shutil.copy(demo_db, path)
    store = open_store(path)
    generate_demo(store, 500, seed=7, now=NOW, months=1)  # same seed again: new ids
    report = check_store(store)
    assert report.ok, report.problems
    assert report.dossiers == 3500
    with pytest.raises(DemoError, match="999"):
        generate_demo(store, 30000, seed=1, now=NOW, months=1, desk_number=2)
    before = check_store(store)
    extra = generate_demo(store, 200, seed=9, now=NOW, months=2, desk_number=2)
    assert extra.desks == 1
    after = check_store(store)
    assert after.ok, after.problems
    assert after.dossiers == before.dossiers + 200
    with pytest.raises(DemoError):
        generate_demo(store, 0)
    store.close()


def test_demo_in_worker_processes_is_sound(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.db")
    result = generate_demo(store, 800, seed=3, now=NOW, months=2, batch=200, workers=2)
    report = check_store(store)
    store.close()
    assert result.dossiers == 800
    assert report.ok, report.problems
    assert report.events == result.events


def test_demo_fees_are_the_domain_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo asks ``domain.fees.compute_fee`` for every dossier's fee (no copy of the rule)."""
    from commune_desk.domain import fees
    from commune_desk.services import demo

    quotes: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        quote = fees.compute_fee(*args, **kwargs)
        quotes.append(quote.amount)
        return quote

    monkeypatch.setattr(demo, "compute_fee", spy)
    store = open_store(tmp_path / "fees.sqlite3", bulk=True)
    try:
        demo.generate_demo(store, 300, seed=11)
        with store.read() as s:
            stored = sorted(int(json.loads(p)["fee"]["amount"]) for p in s.execute(text(
                "SELECT payload FROM events WHERE kind = 'received'")).scalars())
    finally:
        store.close()
    assert len(quotes) == 300 and sorted(quotes) == stored
