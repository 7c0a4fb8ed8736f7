"""SQL over the ``dossiers`` projection for the paper part: Biểu II.06a, indicators, ledger, brief.

Every window is half-open on moments, ``[start, end)``, compared as ISO text
(``YYYY-MM-DDTHH:MM:SS``), which sorts like time. Counting rules (domain.md §4, the ▶ defaults):
- a dossier is in the report when received before ``end`` and not finished before ``start``;
- col 4/5: received inside the window, online or not; col 6: received before ``start``;
- resolved (col 7) = finished (resolved, refused or withdrawn) before ``end``; its class compares
  the day it finished with the day of the original appointment (``original_due_at``, which a
  form-04 re-appointment does not move); a withdrawal counts as on time;
- in progress (col 11) = the rest; overdue when the original appointment day is inside the
  window, unless the dossier was waiting for a supplement at the cut-off (counts as within).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from commune_desk.store.models import ReportSnapshot

# Shared SQL fragments; :s and :e are the window's bounds as ISO text, :c the moment open
# dossiers are judged at: the window's end once it has closed, the build moment while it is open
# (a provisional report never calls a dossier overdue before its appointment has passed).
_FINISHED_IN = "(d.finished_at IS NOT NULL AND d.finished_at < :e)"
# Refused at the counter (form 03, before any hand-over): never a received dossier, so not
# counted anywhere in Biểu II.06a. A refusal after the dossier was handed over for processing
# is a decision not to grant: a resolved dossier (domain.md §1 lifecycle 1 and 4).
COUNTER_REFUSAL = (
    "(d.status = 'refused' AND NOT EXISTS (SELECT 1 FROM events x WHERE x.dossier_id = d.id "
    "AND x.kind = 'assigned'))"
)
# The early/on-time/late class is the projection's verdict (the fold decided it with
# ``domain.deadlines.finish_verdict``); withdrawn dossiers and those with no appointment count
# as on time.
_CLASS = (
    "CASE d.verdict WHEN 'truoc_han' THEN 'early' WHEN 'qua_han' THEN 'late' "
    "ELSE 'on_time' END"
)
# Open at the cut-off: overdue when the appointment in force at :c lies before :c.
# Without a supplement the projection already holds that appointment; with one, the events
# say whether the dossier was paused at the cut-off (then it counts as within time) and what
# the appointment was then (a later resumption moves ``original_due_at``).
_LAST_PAUSE_EVENT = (
    "(SELECT e.kind FROM events e WHERE e.dossier_id = d.id "
    "AND e.kind IN ('supplement_requested', 'supplement_received') AND e.occurred_at < :c "
    "ORDER BY e.occurred_at DESC, e.hlc DESC LIMIT 1)"
)
_DUE_AT_CUTOFF = (
    "coalesce((SELECT json_extract(e.payload, '$.original_due_at') FROM events e "
    "WHERE e.dossier_id = d.id AND e.kind = 'supplement_received' AND e.occurred_at < :c "
    "AND json_extract(e.payload, '$.original_due_at') IS NOT NULL "
    "ORDER BY e.occurred_at DESC, e.hlc DESC LIMIT 1), "
    "(SELECT json_extract(e.payload, '$.due_at') FROM events e "
    "WHERE e.dossier_id = d.id AND e.kind = 'received' LIMIT 1))"
)
_OVERDUE = (
    f"CASE WHEN {_FINISHED_IN} THEN 0 "
    "WHEN d.supplement_count = 0 THEN coalesce(d.original_due_at < :c, 0) "
    f"WHEN coalesce({_LAST_PAUSE_EVENT}, '') = 'supplement_requested' THEN 0 "
    f"ELSE coalesce({_DUE_AT_CUTOFF} < :c, 0) END"
)

REPORT_SQL = f"""
SELECT field,
  SUM(received_at >= :s AND channel = 'online') AS online,
  SUM(received_at >= :s AND channel <> 'online') AS offline,
  SUM(received_at < :s) AS carried,
  SUM(fin AND cls = 'early') AS early,
  SUM(fin AND cls = 'on_time') AS on_time,
  SUM(fin AND cls = 'late') AS late,
  SUM(NOT fin AND NOT od) AS within,
  SUM(NOT fin AND od) AS overdue
FROM (
  SELECT d.field AS field, d.received_at AS received_at, coalesce(d.channel, '') AS channel,
    {_FINISHED_IN} AS fin, {_CLASS} AS cls, {_OVERDUE} AS od
  FROM dossiers d
  WHERE d.received_at < :e AND (d.finished_at IS NULL OR d.finished_at >= :s)
    AND NOT {COUNTER_REFUSAL}
)
GROUP BY field
ORDER BY field
"""

# The plain aggregate the benchmark sets beside REPORT_SQL (same rows scanned, no classes).
RAW_AGGREGATE_SQL = """
SELECT field, count(*) FROM dossiers
WHERE received_at < :e AND (finished_at IS NULL OR finished_at >= :s)
GROUP BY field
"""


@dataclass(frozen=True)
class FieldCounts:
    field: str
    online: int
    offline: int
    carried: int
    early: int
    on_time: int
    late: int
    within: int
    overdue: int


def report_counts(session: Session, start: str, end: str, as_of: str | None = None
                  ) -> list[FieldCounts]:
    """Columns 4–13 per field; open dossiers judged at ``as_of`` (default: the window's end)."""
    cut = end if as_of is None or as_of > end else as_of
    rows = session.execute(text(REPORT_SQL), {"s": start, "e": end, "c": cut}).all()
    return [FieldCounts(str(r[0] or "Khác"), *(int(v or 0) for v in r[1:])) for r in rows]


def raw_aggregate(session: Session, start: str, end: str) -> list[tuple[str, int]]:
    return [(str(r[0]), int(r[1]))
            for r in session.execute(text(RAW_AGGREGATE_SQL), {"s": start, "e": end}).all()]


@dataclass(frozen=True)
class IndicatorCounts:
    received: int
    received_online: int
    digitised: int
    paid: int
    paid_online: int
    ratings: int
    satisfied: int
    results: int
    results_electronic: int


def indicator_counts(session: Session, start: str, end: str) -> IndicatorCounts:
    p = {"s": start, "e": end}
    r = session.execute(text(f"""
        SELECT count(*),
          SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END),
          SUM(CASE WHEN digitised THEN 1 ELSE 0 END),
          SUM(CASE WHEN coalesce(fee_amount, 0) > 0 AND coalesce(fee_method, '') <> 'exempt'
              THEN 1 ELSE 0 END),
          SUM(CASE WHEN coalesce(fee_amount, 0) > 0 AND fee_method = 'online' THEN 1 ELSE 0 END)
        FROM dossiers d WHERE received_at >= :s AND received_at < :e
          AND NOT {COUNTER_REFUSAL}"""), p).one()
    rated = session.execute(text("""
        SELECT count(rating), SUM(CASE WHEN rating = 'satisfied' THEN 1 ELSE 0 END)
        FROM dossiers WHERE finished_at >= :s AND finished_at < :e"""), p).one()
    results = session.execute(text("""
        SELECT count(*) FROM dossiers WHERE returned_at >= :s AND returned_at < :e"""),
        p).scalar_one()
    # Results returned online: through the returned dossiers for a short window; for a long
    # one a single pass over the log is cheaper than a lookup per returned dossier.
    long_window = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).days > 92
    electronic = session.execute(text("""
        SELECT count(*) FROM events e
        WHERE e.kind = 'returned' AND e.occurred_at >= :s AND e.occurred_at < :e
          AND json_extract(e.payload, '$.method') = 'online'""" if long_window else """
        SELECT count(*) FROM dossiers d JOIN events e ON e.dossier_id = d.id
        WHERE d.returned_at >= :s AND d.returned_at < :e AND e.kind = 'returned'
          AND json_extract(e.payload, '$.method') = 'online'"""), p).scalar_one()
    return IndicatorCounts(
        received=int(r[0] or 0), received_online=int(r[1] or 0), digitised=int(r[2] or 0),
        paid=int(r[3] or 0), paid_online=int(r[4] or 0), ratings=int(rated[0] or 0),
        satisfied=int(rated[1] or 0), results=int(results or 0),
        results_electronic=int(electronic or 0),
    )


def count_in_window(session: Session, start: str, end: str) -> int:
    """Dossiers the report would hold (received before end, not finished before start)."""
    return int(session.execute(text(
        "SELECT count(*) FROM dossiers d WHERE received_at < :e "
        f"AND (finished_at IS NULL OR finished_at >= :s) AND NOT {COUNTER_REFUSAL}"),
        {"s": start, "e": end}).scalar_one())


@dataclass(frozen=True)
class LedgerLine:
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    deciding_unit: str
    received_at: str
    due_at: str | None
    transferred_at: str | None
    ready_at: str | None
    returned_at: str | None
    status: str
    supplement_count: int
    reschedule_count: int


LEDGER_SQL = """
SELECT d.code, d.procedure_name,
  coalesce((SELECT json_extract(e.payload, '$.sets') FROM events e
            WHERE e.dossier_id = d.id AND e.kind = 'received' LIMIT 1), 1),
  d.applicant_name, coalesce(d.applicant_address, ''), coalesce(d.applicant_phone, ''),
  coalesce(d.deciding_unit, ''), d.received_at, d.due_at,
  (SELECT min(e.occurred_at) FROM events e WHERE e.dossier_id = d.id AND e.kind = 'assigned'),
  d.ready_at, d.returned_at, d.status, d.supplement_count, d.reschedule_count
FROM dossiers d
WHERE d.received_at >= :s AND d.received_at < :e
ORDER BY d.received_at, d.code
"""


def ledger_lines(session: Session, start: str, end: str) -> list[LedgerLine]:
    rows = session.execute(text(LEDGER_SQL), {"s": start, "e": end}).all()
    return [LedgerLine(r[0], r[1], int(r[2] or 1), r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                       r[10], r[11], r[12], int(r[13] or 0), int(r[14] or 0)) for r in rows]


@dataclass(frozen=True)
class WeekCounts:
    received: int
    resolved: int
    resolved_in_time: int


def week_counts(session: Session, start: str, end: str) -> WeekCounts:
    p = {"s": start, "e": end}
    received = session.execute(text(
        "SELECT count(*) FROM dossiers d WHERE received_at >= :s AND received_at < :e "
        f"AND NOT {COUNTER_REFUSAL}"), p).scalar_one()
    r = session.execute(text(f"""
        SELECT count(*), SUM(CASE WHEN {_CLASS} IN ('early', 'on_time') THEN 1 ELSE 0 END)
        FROM dossiers d WHERE d.finished_at >= :s AND d.finished_at < :e
          AND NOT {COUNTER_REFUSAL}"""), p).one()
    return WeekCounts(int(received or 0), int(r[0] or 0), int(r[1] or 0))


def backlog_by_field(session: Session, at: str) -> list[tuple[str, int, int]]:
    """Open dossiers at moment ``at`` per field, and how many were past their appointment."""
    rows = session.execute(text("""
        SELECT field, count(*),
          SUM(CASE WHEN due_at < :t AND NOT (paused_since IS NOT NULL AND paused_since < :t)
              THEN 1 ELSE 0 END)
        FROM dossiers
        WHERE received_at < :t AND (finished_at IS NULL OR finished_at >= :t)
        GROUP BY field ORDER BY count(*) DESC, field"""), {"t": at}).all()
    return [(str(r[0] or "Khác"), int(r[1]), int(r[2] or 0)) for r in rows]


@dataclass(frozen=True)
class OpenDossier:
    code: str
    procedure_name: str
    applicant_name: str
    due_at: str | None
    assignee: str | None


def open_due_between(session: Session, at: str, due_from: str | None, due_to: str,
                     limit: int = 500) -> list[OpenDossier]:
    """Dossiers open at ``at`` (not paused) whose current appointment is in [due_from, due_to)."""
    cond = "due_at < :to" + ("" if due_from is None else " AND due_at >= :fr")
    rows = session.execute(text(f"""
        SELECT code, procedure_name, applicant_name, due_at, assignee FROM dossiers
        WHERE received_at < :t AND (finished_at IS NULL OR finished_at >= :t)
          AND NOT (paused_since IS NOT NULL AND paused_since < :t) AND {cond}
        ORDER BY due_at, code LIMIT :lim"""),
        {"t": at, "fr": due_from, "to": due_to, "lim": limit}).all()
    return [OpenDossier(*r) for r in rows]


def count_open_due_before(session: Session, at: str, due_to: str, due_from: str | None = None
                          ) -> int:
    """How many dossiers ``open_due_between`` would list without its limit."""
    cond = "due_at < :to" + ("" if due_from is None else " AND due_at >= :fr")
    return int(session.execute(text(f"""
        SELECT count(*) FROM dossiers
        WHERE received_at < :t AND (finished_at IS NULL OR finished_at >= :t)
          AND NOT (paused_since IS NOT NULL AND paused_since < :t) AND {cond}"""),
        {"t": at, "fr": due_from, "to": due_to}).scalar_one())


def event_count(session: Session, kind: str, start: str, end: str) -> int:
    """Events of one kind recorded in the window (found through the dossiers touched since)."""
    return int(session.execute(text("""
        SELECT count(*) FROM events e
        WHERE e.kind = :k AND e.occurred_at >= :s AND e.occurred_at < :e
          AND e.dossier_id IN (SELECT id FROM dossiers WHERE last_event_at >= :s)"""),
        {"k": kind, "s": start, "e": end}).scalar_one())


def ratings_in(session: Session, start: str, end: str) -> tuple[int, int]:
    """(ratings, satisfied) recorded in the window."""
    r = session.execute(text("""
        SELECT count(*), SUM(CASE WHEN json_extract(e.payload, '$.level') = 'satisfied'
                                 THEN 1 ELSE 0 END)
        FROM events e
        WHERE e.kind = 'rated' AND e.occurred_at >= :s AND e.occurred_at < :e
          AND e.dossier_id IN (SELECT id FROM dossiers WHERE last_event_at >= :s)"""),
        {"s": start, "e": end}).one()
    return int(r[0] or 0), int(r[1] or 0)


# Snapshots ------------------------------------------------------------------------------

def load_snapshot(session: Session, kind: str, start: str, end: str) -> tuple[str, str] | None:
    """(data JSON, taken_at) of the frozen figures of a window, if any."""
    row = session.get(ReportSnapshot, (kind, start, end))
    return None if row is None else (row.data, row.taken_at)


def save_snapshot(session: Session, kind: str, key: str, start: str, end: str, data: str,
                  taken_at: str, digest: str) -> None:
    """Freeze a window's figures once; a second save of the same window changes nothing."""
    session.execute(sqlite_insert(ReportSnapshot).values(
        kind=kind, period_key=key, start=start, end=end, data=data, taken_at=taken_at,
        sha256=digest).on_conflict_do_nothing())


__all__: Sequence[str] = (
    "COUNTER_REFUSAL", "FieldCounts", "IndicatorCounts", "LedgerLine", "OpenDossier", "WeekCounts",
    "backlog_by_field", "count_in_window", "event_count", "indicator_counts", "ledger_lines",
    "load_snapshot", "open_due_between", "ratings_in", "raw_aggregate", "report_counts",
    "save_snapshot", "week_counts",
)
