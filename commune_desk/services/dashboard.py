"""The leader's dashboard figures, computed offline from the dossiers projection with SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from commune_desk.domain.lifecycle import OPEN_STATUSES, RUNNING_STATUSES, in_status_order
from commune_desk.store.report_queries import COUNTER_REFUSAL

if TYPE_CHECKING:
    from commune_desk.store.engine import Store


def _sql_list(statuses: frozenset[str]) -> str:
    return "(" + ", ".join(f"'{s}'" for s in in_status_order(statuses)) + ")"


# The domain's status sets as SQL lists (fixed identifiers, never user input).
RUNNING = _sql_list(RUNNING_STATUSES)
OPEN = _sql_list(OPEN_STATUSES)
# Refused at the counter (form 03): not a received dossier, as in Biểu II.06a and the province
# dashboard (issue 14).
NOT_RECEIVED = COUNTER_REFUSAL


@dataclass(frozen=True)
class FieldBacklog:
    field: str
    open: int
    overdue: int


@dataclass(frozen=True)
class OfficerBacklog:
    login: str  # "" for dossiers nobody holds
    name: str  # full name from the accounts, else the login; "" when nobody holds them
    open: int
    overdue: int


@dataclass(frozen=True)
class MonthVerdicts:
    month: str  # YYYY-MM
    finished: int
    late: int


@dataclass(frozen=True)
class DashboardFigures:
    """Ratios follow Decision 766/QĐ-TTg's base definitions (domain.md §4)."""

    start: dt.date
    end: dt.date  # inclusive
    now: dt.datetime
    received: int
    received_online: int
    finished_early: int
    finished_on_time: int
    finished_late: int
    open_total: int
    open_overdue: int
    backlog: tuple[FieldBacklog, ...]
    officers: tuple[OfficerBacklog, ...]
    months: tuple[MonthVerdicts, ...]
    intake_per_day: tuple[tuple[dt.date, int], ...]  # last 30 days, every day present
    ratings: dict[str, int]  # satisfied / acceptable / unsatisfied
    digitised: int
    fee_paid: int
    fee_paid_online: int

    @property
    def finished(self) -> int:
        return self.finished_early + self.finished_on_time + self.finished_late

    @property
    def on_time_rate(self) -> float | None:
        """(early + on time) ÷ finished."""
        return (self.finished_early + self.finished_on_time) / self.finished if self.finished else None

    @property
    def satisfaction_rate(self) -> float | None:
        total = sum(self.ratings.values())
        return self.ratings.get("satisfied", 0) / total if total else None

    @property
    def digitisation_rate(self) -> float | None:
        return self.digitised / self.received if self.received else None

    @property
    def online_rate(self) -> float | None:
        return self.received_online / self.received if self.received else None

    @property
    def online_payment_rate(self) -> float | None:
        return self.fee_paid_online / self.fee_paid if self.fee_paid else None


def _iso(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def default_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the first day of the month eleven months back to today (twelve month columns)."""
    month = today.month - 11
    year = today.year
    while month <= 0:
        month += 12
        year -= 1
    return dt.date(year, month, 1), today


DASHBOARD_WINDOWS = ("week", "month", "quarter", "year", "last12", "custom")


def dashboard_window(choice: str, today: dt.date, start: dt.date | None = None,
                     end: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The dashboard's window for a choice of the period box.

    Week, month, quarter and year are the reporting windows of Decree 09/2019 that hold today
    (the same windows as the periodic report), cut at today; "last12" is twelve month columns;
    "custom" is [start, end] as typed (a PeriodError in Vietnamese when it is back to front).
    """
    from commune_desk.domain.periods import PeriodKind, current_period, custom_period

    if choice == "custom":
        if start is None or end is None:
            raise ValueError("custom window without dates")
        period = custom_period(start, end)
        return period.start, period.end
    if choice == "last12":
        return default_window(today)
    kind = {"week": PeriodKind.WEEK, "month": PeriodKind.MONTH, "quarter": PeriodKind.QUARTER,
            "year": PeriodKind.YEAR}[choice]
    period = current_period(kind, today)
    return period.start, min(period.end, today)


def dashboard_figures(store: Store, *, now: dt.datetime, start: dt.date | None = None,
                      end: dt.date | None = None) -> DashboardFigures:
    """All the dashboard's figures for the window [start, end] (by receipt or finish date),
    from one read snapshot."""
    with store.read() as session:
        return _figures(session, now=now, start=start, end=end)


def _figures(conn: Any, *, now: dt.datetime, start: dt.date | None,
             end: dt.date | None) -> DashboardFigures:
    if start is None or end is None:
        start, end = default_window(now.date())
    lo = start.isoformat()
    hi = (end + dt.timedelta(days=1)).isoformat()
    p = {"lo": lo, "hi": hi, "now": _iso(now)}

    def one(sql: str, **extra: Any) -> Any:
        return conn.execute(text(sql), {**p, **extra}).one()

    rec = one(
        "SELECT COUNT(*), "
        "COALESCE(SUM(channel = 'online'), 0), COALESCE(SUM(digitised), 0), "
        "COALESCE(SUM(fee_amount > 0), 0), COALESCE(SUM(fee_amount > 0 AND fee_method = 'online'), 0), "
        "COALESCE(SUM(rating = 'satisfied'), 0), COALESCE(SUM(rating = 'acceptable'), 0), "
        "COALESCE(SUM(rating = 'unsatisfied'), 0) "
        f"FROM dossiers d WHERE received_at >= :lo AND received_at < :hi AND NOT {NOT_RECEIVED}")
    fin = one(
        "SELECT COALESCE(SUM(verdict = 'truoc_han'), 0), COALESCE(SUM(verdict = 'dung_han'), 0), "
        "COALESCE(SUM(verdict = 'qua_han'), 0) "
        f"FROM dossiers d WHERE finished_at >= :lo AND finished_at < :hi AND NOT {NOT_RECEIVED}")
    opened = one(
        f"SELECT (SELECT COUNT(*) FROM dossiers WHERE status IN {OPEN}), "
        f"(SELECT COUNT(*) FROM dossiers WHERE status IN {RUNNING} AND due_at < :now)")
    backlog_rows = conn.execute(text(
        f"SELECT field, COUNT(*), COALESCE(SUM(status IN {RUNNING} AND due_at < :now), 0) "
        f"FROM dossiers WHERE status IN {OPEN} GROUP BY field ORDER BY COUNT(*) DESC"), p).all()
    names = {str(login): str(name) for login, name in conn.execute(text(
        "SELECT login, full_name FROM users WHERE full_name IS NOT NULL AND full_name != ''"))}
    officer_rows = conn.execute(text(
        f"SELECT COALESCE(assignee, ''), COUNT(*), "
        f"COALESCE(SUM(status IN {RUNNING} AND due_at < :now), 0) "
        f"FROM dossiers WHERE status IN {OPEN} GROUP BY 1 ORDER BY COUNT(*) DESC"), p).all()
    month_rows = conn.execute(text(
        "SELECT substr(finished_at, 1, 7) AS m, COUNT(*), COALESCE(SUM(verdict = 'qua_han'), 0) "
        "FROM dossiers d WHERE finished_at >= :lo AND finished_at < :hi "
        "AND verdict IN ('truoc_han', 'dung_han', 'qua_han') "
        f"AND NOT {NOT_RECEIVED} GROUP BY m ORDER BY m"), p).all()
    day_lo = now.date() - dt.timedelta(days=29)
    day_rows = conn.execute(text(
        "SELECT substr(received_at, 1, 10) AS d, COUNT(*) FROM dossiers "
        "WHERE received_at >= :dlo AND received_at < :dhi GROUP BY d"),
        {"dlo": day_lo.isoformat(), "dhi": (now.date() + dt.timedelta(days=1)).isoformat()}).all()
    per_day = {str(d): int(n) for d, n in day_rows}
    intake = tuple((day_lo + dt.timedelta(days=i),
                    per_day.get((day_lo + dt.timedelta(days=i)).isoformat(), 0)) for i in range(30))
    months_found = {str(m): (int(n), int(late)) for m, n, late in month_rows}
    months: list[MonthVerdicts] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        key = f"{y:04d}-{m:02d}"
        n, late = months_found.get(key, (0, 0))
        months.append(MonthVerdicts(key, n, late))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return DashboardFigures(
        start=start, end=end, now=now,
        received=int(rec[0]), received_online=int(rec[1]), digitised=int(rec[2]),
        fee_paid=int(rec[3]), fee_paid_online=int(rec[4]),
        ratings={"satisfied": int(rec[5]), "acceptable": int(rec[6]), "unsatisfied": int(rec[7])},
        finished_early=int(fin[0]), finished_on_time=int(fin[1]), finished_late=int(fin[2]),
        open_total=int(opened[0]), open_overdue=int(opened[1]),
        backlog=tuple(FieldBacklog(str(f or "—"), int(n), int(o)) for f, n, o in backlog_rows),
        officers=tuple(OfficerBacklog(str(login), names.get(str(login), str(login)) if login else "", int(n), int(o))
                       for login, n, o in officer_rows),
        months=tuple(months),
        intake_per_day=intake,
    )
