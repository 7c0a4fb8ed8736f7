"""Queries behind the desk's big lists: ordered dossier ids by filter and sort, rows by id, counts.

Everything reads the ``dossiers`` projection with SQL over indexed columns. The list model keeps
only the ordered SQLite ``rowid``s of a result (8 bytes each in an ``array``), and fetches rows
by id one page at a time, so a million dossiers never become a million Python objects.
Functions take an open SQLAlchemy ``Connection`` or ``Session``; they never commit.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from commune_desk.domain.listing import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    WORKLISTS,
    DossierRow,
    FilterChoices,
    ListFilter,
    Sort,
    WorklistCounts,
)
from commune_desk.domain.text import fold, fts_query
from commune_desk.domain.vntime import vn_now

# Sortable columns (domain.listing.SORTABLE): what the user clicks → an indexed SQL expression
# of the projection. Each is
# the leading column of an index (ties by rowid), so ORDER BY walks the index instead of sorting
# a million rows. The procedure column sorts by procedure code (grouping each procedure).
# Applicant name has no index in the store yet: sorting 1,000,000 rows by it took 23.5 s in
# bench/bench_ui.py, so it is not offered until the store adds one.
SORT_COLUMNS: dict[str, str] = {
    "code": "code",
    "received_at": "received_at",
    "due_at": "due_at",
    "status": "status",
    "procedure_name": "procedure_code",
    "field": "field",
    "assignee": "assignee",
}


def _iso(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _in(name: str, values: Sequence[str], where: _Where) -> str:
    keys = []
    for i, value in enumerate(values):
        key = f"{name}{i}"
        where.params[key] = value
        keys.append(f":{key}")
    return "(" + ", ".join(keys) + ")"


def _worklist_clause(flt: ListFilter, where: _Where) -> None:
    kind = flt.worklist
    if kind is None:
        return
    if kind not in WORKLISTS:
        raise ValueError(f"unknown worklist {kind!r}")
    now = flt.now or vn_now()
    running = _in("wrun", RUNNING_STATUSES, where)
    if kind == "overdue":
        where.add(f"status IN {running} AND due_at < :wnow", wnow=_iso(now))
    elif kind == "due_today":
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        where.add(f"status IN {running} AND due_at >= :wnow AND due_at < :wtomorrow",
                  wnow=_iso(now), wtomorrow=_iso(tomorrow))
    elif kind == "due_soon":
        horizon = flt.soon_horizon or (now.date() + dt.timedelta(days=1))
        end = dt.datetime.combine(horizon + dt.timedelta(days=1), dt.time())
        where.add(f"status IN {running} AND due_at >= :wnow AND due_at < :wend",
                  wnow=_iso(now), wend=_iso(end))
    elif kind == "waiting_supplement":
        where.add("status = 'waiting_supplement'")
    elif kind == "mine":
        opened = _in("wopen", OPEN_STATUSES, where)
        where.add(f"assignee = :wlogin AND status IN {opened}", wlogin=flt.login or "")


def _text_clause(flt: ListFilter, where: _Where) -> None:
    """Free text through the store's FTS5 index over folded text (keyed by ``num``)."""
    match = fts_query(flt.text)
    if match is None:
        return
    where.add("num IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :fts)", fts=match)


def build_where(flt: ListFilter) -> _Where:
    where = _Where()
    if flt.statuses:
        where.add(f"status IN {_in('st', flt.statuses, where)}")
    if flt.procedure_code:
        where.add("procedure_code = :proc", proc=flt.procedure_code)
    if flt.field:
        where.add("field = :field", field=flt.field)
    if flt.assignee:
        where.add("assignee = :assignee", assignee=flt.assignee)
    if flt.received_from:
        where.add("received_at >= :rfrom", rfrom=flt.received_from.isoformat())
    if flt.received_to:
        where.add("received_at < :rto", rto=(flt.received_to + dt.timedelta(days=1)).isoformat())
    _worklist_clause(flt, where)
    if flt.text.strip():
        _text_clause(flt, where)
    return where


def _raw_cursor(conn: Any) -> Any:
    """The DB-API cursor under a SQLAlchemy Connection or Session (for fast id streaming)."""
    if not isinstance(conn, Connection):  # a Session: its connection in this transaction
        conn = conn.connection()
    return conn.connection.driver_connection.cursor()


def ordered_ids(conn: Any, flt: ListFilter, sort: Sort | None = None) -> array[int]:
    """Rowids of the dossiers matching ``flt`` in display order (ties broken by rowid)."""
    sort = sort or Sort()
    column = SORT_COLUMNS.get(sort.column)
    if column is None:
        raise ValueError(f"cannot sort by {sort.column!r}")
    direction = "DESC" if sort.descending else "ASC"
    where = build_where(flt)
    # Row by row on purpose: each one-int tuple is freed at once, so the garbage collector never
    # starts a long pass, and the Python loop lets the UI thread take the GIL every few ms.
    # (One big group_concat string is faster in total but parses in C for ~0.4 s per million
    # ids without releasing the GIL: a visible freeze.)
    sql = (f"SELECT rowid FROM dossiers{where.sql()} "
           f"ORDER BY {column} {direction}, rowid {direction}")
    cur = _raw_cursor(conn)
    ids = array("q")
    append = ids.append
    try:
        cur.execute(sql, where.params)
        for (rowid,) in cur:
            append(rowid)
    finally:
        cur.close()
    return ids


_ROW_COLUMNS = (
    "rowid, id, code, status, procedure_name, field, applicant_name, applicant_id_number, "
    "received_at, due_at, finished_at, assignee, verdict, paused_since, reschedule_count"
)


def rows_by_ids(conn: Any, ids: Iterable[int]) -> dict[int, DossierRow]:
    """The list rows for these rowids (a page at a time), keyed by rowid."""
    wanted = list(ids)
    out: dict[int, DossierRow] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ", ".join("?" * len(part))
        cur = _raw_cursor(conn)
        try:
            cur.execute(f"SELECT {_ROW_COLUMNS} FROM dossiers WHERE rowid IN ({marks})", part)
            for r in cur.fetchall():
                out[r[0]] = DossierRow(
                    rowid=r[0], id=r[1], code=r[2] or "", status=r[3] or "",
                    procedure_name=r[4] or "", field=r[5] or "", applicant_name=r[6] or "",
                    applicant_id_number=r[7] or "", received_at=r[8], due_at=r[9],
                    finished_at=r[10], assignee=r[11], verdict=r[12], paused_since=r[13],
                    reschedule_count=int(r[14] or 0),
                )
        finally:
            cur.close()
    return out


def count(conn: Any, flt: ListFilter) -> int:
    where = build_where(flt)
    return int(conn.execute(text(f"SELECT COUNT(*) FROM dossiers{where.sql()}"),
                            where.params).scalar_one())


def worklist_counts(conn: Any, *, now: dt.datetime, soon_horizon: dt.date,
                    login: str | None) -> WorklistCounts:
    """The front page's counts, each one indexed query."""
    def n(kind: str) -> int:
        return count(conn, ListFilter(worklist=kind, now=now, soon_horizon=soon_horizon,
                                      login=login))

    open_total = count(conn, ListFilter(statuses=OPEN_STATUSES))
    # Not COUNT(*): that walks a whole index (a second per million rows on a cold start).
    # ``num`` is handed out as max + 1 in the inserting transaction and projection rows are
    # never deleted, so the highest number is the number of dossiers (one index probe).
    total = int(conn.execute(text("SELECT coalesce(max(num), 0) FROM dossiers")).scalar_one())
    return WorklistCounts(
        overdue=n("overdue"), due_today=n("due_today"), due_soon=n("due_soon"),
        waiting_supplement=n("waiting_supplement"), mine=n("mine") if login else 0,
        open_total=open_total, total=total,
    )


def filter_choices(conn: Any) -> FilterChoices:
    """Procedures, fields and assignees that occur in the projection (index scans only).

    Names come from the catalogue tables (latest version of each code), not from the million
    projection rows; a code missing from every catalogue keeps the name stored on a dossier.
    """
    codes = conn.execute(text("SELECT DISTINCT procedure_code FROM dossiers")).scalars().all()
    names = dict(conn.execute(text(
        "SELECT code, name FROM procedures p WHERE catalog_version = "
        "(SELECT MAX(catalog_version) FROM procedures q WHERE q.code = p.code)")).all())
    procs = []
    for code in codes:
        if not code:
            continue
        name = names.get(code)
        if name is None:
            name = conn.execute(text("SELECT procedure_name FROM dossiers WHERE procedure_code = :c "
                                     "LIMIT 1"), {"c": code}).scalar()
        procs.append((str(code), str(name or code)))
    procs.sort(key=lambda cn: fold(cn[1]))
    fields = conn.execute(text(
        "SELECT DISTINCT field FROM dossiers WHERE field IS NOT NULL AND field <> '' "
        "ORDER BY field")).scalars().all()
    assignees = conn.execute(text(
        "SELECT DISTINCT assignee FROM dossiers WHERE assignee IS NOT NULL AND assignee <> '' "
        "ORDER BY assignee")).scalars().all()
    return FilterChoices(
        procedures=tuple(procs),
        fields=tuple(str(f) for f in fields),
        assignees=tuple(str(a) for a in assignees),
    )


def dossier_id_by_code(conn: Any, code: str) -> str | None:
    """The dossier with exactly this code (what a scanner types from a receipt's QR)."""
    value = conn.execute(text("SELECT id FROM dossiers WHERE code = :c"),
                         {"c": code.strip()}).scalar_one_or_none()
    return str(value) if value is not None else None


def dossier_ids_by_personal_id(conn: Any, id_number: str, limit: int = 50) -> list[str]:
    """Dossiers of one citizen, newest first (found through the search index)."""
    number = id_number.strip()
    match = fts_query(number)
    if match is None:
        return []
    rows = conn.execute(text(
        "SELECT id FROM dossiers WHERE num IN "
        "(SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :m) "
        "AND applicant_id_number = :n ORDER BY received_at DESC LIMIT :lim"),
        {"m": match, "n": number, "lim": limit}).scalars()
    return [str(r) for r in rows]
