"""Biểu II.06a, ledger and brief from a real store, checked against counts taken from the events."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from commune_desk.domain.periods import Period, parse_period
from commune_desk.services import reporting
from commune_desk.services.demo import generate_demo
from commune_desk.store.engine import Store, open_store

NOW = datetime(2026, 11, 27, 16, 0)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paper") / "demo.sqlite3"
    store = open_store(path)
    generate_demo(store, 1500, seed=7, months=14, now=NOW)
    store.close()
    return path


@pytest.fixture()
def store(demo_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy per test, so snapshots written by one test do not leak into another."""
    copy = tmp_path / "copy.sqlite3"
    src = sqlite3.connect(demo_db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    s = open_store(copy, create=False)
    yield s
    s.close()


def _events(path: Path) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    con = sqlite3.connect(path)
    streams: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for dossier_id, kind, occurred_at, hlc, payload in con.execute(
            "SELECT dossier_id, kind, occurred_at, hlc, payload FROM events"):
        streams[dossier_id].append((occurred_at + hlc, kind, json.loads(payload)))
    con.close()
    for evs in streams.values():
        evs.sort(key=lambda x: x[0])
    return streams


def oracle(path: Path, period: Period, now: datetime = NOW) -> dict[str, list[int]]:
    """An independent count of columns 4,5,6,8,9,10,12,13 per field, replaying the events.

    Open dossiers are judged at the window's end, or at ``now`` while the window is open;
    a refusal before any hand-over (at the counter, form 03) is not a received dossier.
    """
    s, e = period.start_moment.isoformat(), period.end_moment.isoformat()
    c = min(e, now.isoformat())
    out: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
    for evs in _events(path).values():
        rec = next(p for _, k, p in evs if k == "received")
        received = rec["received_at"]
        finished = None
        withdrawn = False
        due = rec.get("due_at")
        due_at_cut = due
        paused_at_cut = False
        handed_over = False
        at_counter = False
        for key, kind, p in evs:
            at = key[:19]
            handed_over = handed_over or kind == "assigned"
            if kind == "supplement_received" and p.get("original_due_at"):
                due = p["original_due_at"]
                if at < c:
                    due_at_cut = due
            if kind in ("supplement_requested", "supplement_received") and at < c:
                paused_at_cut = kind == "supplement_requested"
            if kind == "refused" and not handed_over:
                at_counter = True
            if kind == "resolved":
                finished = p.get("ready_at") or at
            elif kind in ("refused", "withdrawn"):
                finished = at
                withdrawn = kind == "withdrawn"
        if received >= e or (finished is not None and finished < s) or at_counter:
            continue
        row = out[rec.get("field", "")]
        if received < s:
            row[2] += 1
        elif rec.get("channel") == "online":
            row[0] += 1
        else:
            row[1] += 1
        if finished is not None and finished < e:
            if withdrawn or due is None or finished[:10] == due[:10]:
                row[4] += 1
            elif finished[:10] < due[:10]:
                row[3] += 1
            else:
                row[5] += 1
        elif not paused_at_cut and due_at_cut is not None and due_at_cut < c:
            row[7] += 1
        else:
            row[6] += 1
    return dict(out)


@pytest.mark.parametrize("key", ["2026-Q3", "2026-05", "2026-H1", "2026-9M", "2026", "2026-01"])
def test_report_equals_independent_count_from_events(store: Store, key: str) -> None:
    period = parse_period(key)
    data = reporting.report_data(store, period, now=NOW)
    got = {r.field: [r.online, r.offline, r.carried, r.early, r.on_time, r.late, r.within,
                     r.overdue] for r in data.rows}
    assert got == oracle(store.path, period)
    assert all(r.balanced for r in data.rows) and data.total.balanced
    assert data.total.received == sum(r.received for r in data.rows) > 0


def test_custom_window_across_year_boundary(store: Store) -> None:
    from commune_desk.domain.periods import custom_period, parse_vn_date

    period = custom_period(parse_vn_date("20/12/2025"), parse_vn_date("10/01/2026"))
    data = reporting.report_data(store, period, now=NOW)
    got = {r.field: [r.online, r.offline, r.carried, r.early, r.on_time, r.late, r.within,
                     r.overdue] for r in data.rows}
    assert got == oracle(store.path, period)


def test_closed_period_is_frozen_and_reissued_identically(store: Store) -> None:
    from sqlalchemy import text

    period = parse_period("2026-Q2")
    first = reporting.report_data(store, period, now=NOW)
    assert first.snapshot_at == NOW and not first.provisional
    pdf1 = reporting.render_report(first, "pdf")
    # Later activity rewrites history of the projection (a dossier of that window is deleted
    # from the projection here to simulate any later change); the frozen figures stay.
    with store.write() as s:
        s.execute(text("DELETE FROM dossiers WHERE received_at >= '2026-04-01' "
                       "AND received_at < '2026-05-01'"))
    again = reporting.report_data(store, period, now=datetime(2027, 3, 1, 9, 0))
    assert again.rows == first.rows and again.snapshot_at == NOW
    assert reporting.render_report(again, "pdf") == pdf1
    live = reporting.report_data(store, period, now=datetime(2027, 3, 1, 9, 0),
                                 use_snapshot=False)
    assert live.total.received < first.total.received


def test_open_period_is_provisional_and_not_frozen(store: Store) -> None:
    period = parse_period("2026-12")  # 15/11 – 14/12/2026, still running on 27/11
    data = reporting.report_data(store, period, now=NOW)
    assert data.provisional and data.snapshot_at is None
    with store.read() as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT count(*) FROM report_snapshots")).scalar_one() == 0


def test_future_and_empty_periods_are_refused(store: Store) -> None:
    with pytest.raises(reporting.ReportError, match="chưa bắt đầu"):
        reporting.report_data(store, parse_period("2027-Q2"), now=NOW)
    with pytest.raises(reporting.ReportError, match="Không có hồ sơ"):
        reporting.report_data(store, parse_period("2020"), now=NOW)
    with pytest.raises(reporting.ReportError):
        reporting.ledger_data(store, parse_period("2020-03"), now=NOW)


def test_indicators_match_counts(store: Store) -> None:
    period = parse_period("2026-Q3")
    data = reporting.report_data(store, period, now=NOW)
    ind = data.indicators
    t = data.total
    assert ind.resolved == t.resolved and ind.resolved_in_time == t.early + t.on_time
    assert ind.received == t.online + t.offline and ind.received_online == t.online
    con = sqlite3.connect(store.path)
    s, e = period.start_moment.isoformat(), period.end_moment.isoformat()
    digitised = con.execute(
        "SELECT count(DISTINCT e.dossier_id) FROM events e JOIN events r ON r.dossier_id = "
        "e.dossier_id AND r.kind = 'received' WHERE e.kind = 'attachment_added' AND "
        "json_extract(r.payload, '$.received_at') >= ? AND "
        "json_extract(r.payload, '$.received_at') < ?", (s, e)).fetchone()[0]
    con.close()
    assert ind.digitised == digitised


def test_ledger_rows_are_the_dossiers_received_in_the_window(store: Store) -> None:
    period = parse_period("2026-W47")
    data = reporting.ledger_data(store, period, now=NOW)
    con = sqlite3.connect(store.path)
    codes = [r[0] for r in con.execute(
        "SELECT json_extract(payload, '$.code') FROM events WHERE kind = 'received' AND "
        "json_extract(payload, '$.received_at') >= ? AND json_extract(payload, '$.received_at') < ?"
        " ORDER BY json_extract(payload, '$.received_at'), 1",
        (period.start_moment.isoformat(), period.end_moment.isoformat()))]
    con.close()
    assert [r.code for r in data.rows] == codes
    assert [r.seq for r in data.rows] == list(range(1, len(codes) + 1))


def test_weekly_brief_counts(store: Store) -> None:
    week = parse_period("2026-W48")  # 23/11 – 29/11; NOW is Friday 27/11 16:00
    data = reporting.brief_data(store, week, now=NOW)
    assert len(data.weeks) == 5 and data.weeks[-1].label == "T48"
    con = sqlite3.connect(store.path)
    received = con.execute(
        "SELECT count(*) FROM events WHERE kind = 'received' AND "
        "json_extract(payload, '$.received_at') >= '2026-11-23T00:00:00' AND "
        "json_extract(payload, '$.received_at') < ?", (NOW.isoformat(),)).fetchone()[0]
    apologies = con.execute(
        "SELECT count(*) FROM events WHERE kind = 'rescheduled' AND occurred_at >= "
        "'2026-11-23T00:00:00' AND occurred_at < '2026-11-30T00:00:00'").fetchone()[0]
    rated = con.execute(
        "SELECT count(*), sum(json_extract(payload, '$.level') = 'satisfied') FROM events "
        "WHERE kind = 'rated' AND occurred_at >= '2026-11-23T00:00:00' AND "
        "occurred_at < '2026-11-30T00:00:00'").fetchone()
    con.close()
    assert data.this_week.received == received
    assert data.apologies == apologies
    assert (data.ratings, data.satisfied) == (rated[0], rated[1] or 0)
    assert all(d.due_at is not None and d.due_at < NOW for d in data.overdue)
    assert sum(b.overdue for b in data.backlog) == len(data.overdue)
    pdf = reporting.render_brief(data)
    assert pdf.startswith(b"%PDF")


def test_snapshots_cannot_be_edited(store: Store) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    reporting.report_data(store, parse_period("2026-Q1"), now=NOW)
    with pytest.raises(DatabaseError, match="immutable"), store.write() as s:
        s.execute(text("UPDATE report_snapshots SET data = '{}'"))


@pytest.mark.parametrize("key", ["2026-Q3", "2026"])  # the short and the long-window SQL
def test_electronic_results_counted_from_returned_events(store: Store, key: str) -> None:
    from commune_desk.store import report_queries as q

    period = parse_period(key)
    s, e = period.start_moment.isoformat(), period.end_moment.isoformat()
    with store.read() as session:
        got = q.indicator_counts(session, s, e)
    con = sqlite3.connect(store.path)
    rows = con.execute("SELECT occurred_at, payload FROM events WHERE kind = 'returned'").fetchall()
    con.close()
    returned = [json.loads(p) for at, p in rows if s <= at < e]
    assert got.results == len(returned)
    assert got.results_electronic == sum(1 for p in returned if p.get("method") == "online")


def test_brief_lists_are_complete_or_say_how_many_more(store: Store) -> None:
    data = reporting.brief_data(store, parse_period("2026-W48"), now=NOW)
    assert data.overdue_total == len(data.overdue)
    assert data.due_soon_total == len(data.due_soon)
