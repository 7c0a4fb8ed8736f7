"""Periodic report, weekly brief and tracking ledger from the store, with snapshots at cut-offs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from commune_desk.domain import units
from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.periods import Period, PeriodError, PeriodKind, week_period
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError
from commune_desk.reports.data import (
    BacklogLine,
    BriefDossier,
    FieldFigures,
    Indicators,
    Issuer,
    LedgerData,
    LedgerRow,
    PeriodicReportData,
    Signer,
    WeekFigures,
    WeeklyBriefData,
)
from commune_desk.services.paper_settings import PaperSettings, load_settings
from commune_desk.store import report_queries as q
from commune_desk.store.events import chain_head
from commune_desk.store.seed import DEFAULT_COMMUNE_NAME

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

SNAPSHOT_KIND = "ii06a"
BRIEF_LIST_LIMIT = 200  # rows per list on the brief; the heading always gives the full count
Progress = Callable[[int, int], None]


class ReportError(UserError):
    """A report that cannot be made (empty or future window…), explained in Vietnamese."""


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _noop(_done: int, _total: int) -> None:
    return None


# --- issuers and unit names -----------------------------------------------------------------

CENTRE_WORDS = "Trung tâm Phục vụ hành chính công"


def _place(commune_name: str) -> str:
    return _names_of(commune_name).proper


def _names_of(official: str) -> units.UnitNames:
    """The printed forms of a commune name; an unconfigured or odd name is kept verbatim."""
    try:
        return units.unit_names(official)
    except units.UnitNameError:
        name = " ".join(official.split()) or "Xã"
        return units.UnitNames(official=name, kind="xã", proper=name, in_text=name,
                               committee=f"UBND {name}", committee_full=f"Ủy ban nhân dân {name}",
                               centre=f"{CENTRE_WORDS} {name}")


@dataclass(frozen=True)
class DeskUnits:
    """This desk's units under their current configured names (``domain.units``)."""

    commune_code: str
    names: units.UnitNames
    centre: str  # the centre's configured name, or "Trung tâm … công xã Mỹ Lý"
    configured: bool

    def deciding(self, stored: str | None, commune_code: str | None = None) -> str:
        """The deciding body as printed: "UBND xã …" for a commune name or this desk's own."""
        value = " ".join((stored or "").split())
        if not value or value == DEFAULT_COMMUNE_NAME or (
                commune_code == self.commune_code and value.lower() in (
                    self.names.official.lower(), self.names.committee.lower())):
            return self.names.committee
        try:
            return units.unit_names(value).committee
        except units.UnitNameError:
            return value

    def local_area(self) -> tuple[str, ...]:
        """How addresses in this commune end, longest first: "xã Nghĩa Đàn, tỉnh Nghệ An",
        "xã Nghĩa Đàn, Nghệ An", "xã Nghĩa Đàn" (nothing on a desk not yet configured)."""
        if not self.configured:
            return ()
        from commune_desk.services.units import UnitError, commune

        own = self.names.in_text
        try:
            prov = commune(self.commune_code)
        except UnitError:
            return (own,)
        p = units.province_in_text(prov.province_name)
        return tuple(dict.fromkeys((f"{own}, {p}", f"{own}, {prov.province_name}", own)))

    def receiving(self, stored: str | None, commune_code: str | None = None) -> str:
        """The receiving unit: this desk's centre under its current name, else as stored."""
        value = " ".join((stored or "").split())
        if not value or commune_code == self.commune_code or value == DEFAULT_COMMUNE_NAME:
            return self.centre
        return value


def desk_units(session: Session) -> DeskUnits:
    row = session.execute(text(
        "SELECT commune_name, receiving_unit, commune_code FROM desk WHERE id = 1")).first()
    commune_name = str(row[0] or "") if row else ""
    names = _names_of(commune_name)
    unit = " ".join(str(row[1] or "").split()) if row else ""
    # "Trung tâm … công xã" (no place) or nothing: the centre takes the commune's name.
    if not unit or unit.lower() in (CENTRE_WORDS.lower(), f"{CENTRE_WORDS} {names.kind}".lower()):
        centre = names.centre
    else:
        centre = unit
    return DeskUnits(commune_code=str(row[2] or "") if row else "", names=names, centre=centre,
                     configured=bool(commune_name) and commune_name != DEFAULT_COMMUNE_NAME)


def issuers(session: Session) -> tuple[Issuer, Issuer]:
    """(centre, commune): the one-stop centre issues slips; the commune committee reports."""
    du = desk_units(session)
    n = du.names
    body = du.centre
    tail = f" {n.in_text}"
    if body.lower().endswith(tail.lower()):
        body = body[: -len(tail)]
    centre = Issuer(body=body.upper(), parent_body=n.committee.upper(), place=n.place,
                    sentence_name=du.centre)
    commune = Issuer(body=f"ỦY BAN NHÂN DÂN\n{n.in_text.upper()}", place=n.place,
                     symbol="UBND", sentence_name=n.committee_full)
    return centre, commune


def display_names(session: Session) -> dict[str, str]:
    """login → full name from the accounts and the synced staff directory."""
    from commune_desk.services.paper_settings import staff_people

    return {login: p.full_name for login, p in staff_people(session).items()}


# --- Biểu II.06a ----------------------------------------------------------------------------


def _figures_from_counts(rows: list[q.FieldCounts]) -> tuple[FieldFigures, ...]:
    from commune_desk.domain.text import sort_key

    ordered = sorted(rows, key=lambda r: sort_key(r.field))
    return tuple(FieldFigures(r.field, r.online, r.offline, r.carried, r.early, r.on_time,
                              r.late, r.within, r.overdue) for r in ordered)


def compute_report_figures(
    session: Session, period: Period, as_of: datetime | None = None
) -> tuple[tuple[FieldFigures, ...], Indicators]:
    """The live figures of a window (no snapshot).

    Open dossiers are judged at ``as_of`` when the window has not closed yet (the build
    moment of a provisional report), else at the window's end.
    """
    s, e = _iso(period.start_moment), _iso(period.end_moment)
    cut = _iso(min(as_of, period.end_moment)) if as_of is not None else e
    rows = _figures_from_counts(q.report_counts(session, s, e, cut))
    ic = q.indicator_counts(session, s, e)
    total_resolved = sum(r.resolved for r in rows)
    in_time = sum(r.early + r.on_time for r in rows)
    ind = Indicators(
        resolved=total_resolved, resolved_in_time=in_time, received=ic.received,
        received_online=ic.received_online, paid=ic.paid, paid_online=ic.paid_online,
        ratings=ic.ratings, satisfied=ic.satisfied, digitised=ic.digitised,
        results=ic.results, results_electronic=ic.results_electronic,
    )
    return rows, ind


def _snapshot_json(rows: tuple[FieldFigures, ...], ind: Indicators) -> str:
    data = {"rows": [asdict(r) for r in rows], "indicators": asdict(ind)}
    return canonical_json(data)


def _from_snapshot(data: str) -> tuple[tuple[FieldFigures, ...], Indicators]:
    raw = json.loads(data)
    rows = tuple(FieldFigures(**r) for r in raw["rows"])
    return rows, Indicators(**raw["indicators"])


def check_window(period: Period, today: date) -> None:
    if period.is_future(today):
        raise ReportError(
            f"Kỳ báo cáo {period.label} ({period.start:%d/%m/%Y} – {period.end:%d/%m/%Y}) "
            "chưa bắt đầu; chưa có số liệu."
        )


def report_data(
    store: Store,
    period: Period,
    *,
    now: datetime | None = None,
    issued_on: date | None = None,
    doc_number: str = "",
    use_snapshot: bool = True,
    progress: Progress = _noop,
    preparer: str = "",
) -> PeriodicReportData:
    """Biểu II.06a and the indicators for ``period``.

    A closed window (its cut-off day is past) is computed once and frozen in
    ``report_snapshots``; later calls print the frozen figures, so a re-issue is identical.
    An open window is computed live and marked provisional.
    """
    now = (now or vn_now()).replace(microsecond=0)
    today = now.date()
    check_window(period, today)
    s, e = _iso(period.start_moment), _iso(period.end_moment)
    closed = period.is_closed(today)
    progress(0, 3)
    snapshot_at: datetime | None = None
    with store.read() as session:
        _centre, commune = issuers(session)
        settings = load_settings(session)
        snap = q.load_snapshot(session, SNAPSHOT_KIND, s, e) if (
            closed and use_snapshot) else None
        if snap is not None:
            rows, ind = _from_snapshot(snap[0])
            snapshot_at = datetime.fromisoformat(snap[1])
        else:
            if q.count_in_window(session, s, e) == 0:
                raise ReportError(
                    f"Không có hồ sơ nào trong kỳ {period.label} (từ {period.start:%d/%m/%Y} "
                    f"đến {period.end:%d/%m/%Y}); không lập báo cáo rỗng."
                )
            progress(1, 3)
            rows, ind = compute_report_figures(session, period, None if closed else now)
    progress(2, 3)
    if closed and snap is None and use_snapshot:
        data = _snapshot_json(rows, ind)
        with store.write() as session:
            q.save_snapshot(session, SNAPSHOT_KIND, period.key, s, e, data, _iso(now),
                            hashlib.sha256(data.encode()).hexdigest())
            stored = q.load_snapshot(session, SNAPSHOT_KIND, s, e)
        if stored is not None:  # another desk user may have frozen it a moment earlier
            rows, ind = _from_snapshot(stored[0])
            snapshot_at = datetime.fromisoformat(stored[1])
    progress(3, 3)
    if issued_on is None:
        issued_on = snapshot_at.date() if snapshot_at is not None else today
    return PeriodicReportData(
        issuer=commune, period_label=period.label, date_from=period.start, date_to=period.end,
        rows=rows, indicators=ind, issued_on=issued_on, doc_number=doc_number,
        provisional=not closed, snapshot_at=snapshot_at,
        as_of=None if closed else min(now, period.end_moment),
        signer=report_signer(settings), recipient=settings.report_recipient,
        recipients=("Như trên;", "Lưu: VT."),
        preparer=preparer or settings.report_preparer,
    )


def report_signer(settings: PaperSettings) -> Signer:
    s = settings.report_signer
    return Signer(s.lines() or ("CHỦ TỊCH",), s.name, note="")


def centre_signer(settings: PaperSettings) -> Signer:
    s = settings.centre_signer
    return Signer(s.lines() or ("GIÁM ĐỐC",), s.name, note="")


# --- ledger (form 07) -----------------------------------------------------------------------


def ledger_note(line: q.LedgerLine) -> str:
    """The ledger's remark column: refused, stopped, supplements and reschedules of one dossier."""
    notes = []
    if line.status == "refused":
        notes.append("Từ chối")
    elif line.status == "withdrawn":
        notes.append("Dừng giải quyết")
    if line.supplement_count:
        notes.append(f"Bổ sung hồ sơ ({line.supplement_count} lần)")
    if line.reschedule_count:
        notes.append(f"Hẹn lại ({line.reschedule_count} lần)")
    return "; ".join(notes)


def ledger_data(store: Store, period: Period, *, now: datetime | None = None) -> LedgerData:
    now = (now or vn_now()).replace(microsecond=0)
    check_window(period, now.date())
    with store.read() as session:
        centre, _ = issuers(session)
        units_now = desk_units(session)
        lines = q.ledger_lines(session, _iso(period.start_moment), _iso(period.end_moment))
        head = chain_head(session)
    if not lines:
        raise ReportError(
            f"Không có hồ sơ nào được tiếp nhận từ {period.start:%d/%m/%Y} "
            f"đến {period.end:%d/%m/%Y}."
        )
    rows = tuple(
        LedgerRow(
            seq=i, code=ln.code, procedure_name=ln.procedure_name, sets=ln.sets,
            applicant_name=ln.applicant_name,
            applicant_contact="; ".join(x for x in (ln.applicant_address, ln.applicant_phone) if x),
            deciding_unit=units_now.deciding(ln.deciding_unit, units_now.commune_code),
            received_at=datetime.fromisoformat(ln.received_at),
            due_at=_parse(ln.due_at), transferred_at=_parse(ln.transferred_at),
            result_in_at=_parse(ln.ready_at), returned_at=_parse(ln.returned_at),
            note=ledger_note(ln),
        )
        for i, ln in enumerate(lines, 1)
    )
    return LedgerData(issuer=centre, date_from=period.start, date_to=period.end, rows=rows,
                      issued_on=min(now.date(), period.end), chain_head=head,
                      local_area=units_now.local_area())


# --- weekly brief ---------------------------------------------------------------------------


def _two_working_days_after(session: Session, day: date) -> date:
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.services.desk import working_calendar

    try:
        return working_calendar(session).add_working_days(day, 2)
    except (CalendarError, LookupError):
        d, n = day, 0
        while n < 2:
            d += timedelta(days=1)
            if d.weekday() < 5:
                n += 1
        return d


def _open_as_of(session: Session, as_of: datetime, soon_end: datetime) -> tuple[
        list[tuple[str, int, int]], list[q.OpenDossier], int, list[q.OpenDossier], int]:
    """Backlog, overdue and due-soon dossiers as they stood at ``as_of``: each dossier open
    then is folded (the domain fold) from its events recorded before that moment, so a
    later re-appointment, pause or hand-over does not rewrite a past week's brief."""
    from commune_desk.domain.lifecycle import fold
    from commune_desk.store.events import dossier_events

    t, end = _iso(as_of), _iso(soon_end)
    ids = [str(r[0]) for r in session.execute(text(
        "SELECT id FROM dossiers WHERE received_at < :t "
        "AND (finished_at IS NULL OR finished_at >= :t)"), {"t": t}).all()]
    per_field: dict[str, list[int]] = {}
    overdue: list[q.OpenDossier] = []
    soon: list[q.OpenDossier] = []
    for dossier_id in ids:
        state = fold(e for e in dossier_events(session, dossier_id) if e.occurred_at < t)
        if state is None or not state.is_open:
            continue
        counts = per_field.setdefault(state.field or "Khác", [0, 0])
        counts[0] += 1
        if state.paused_since is not None or state.due_at is None:
            continue
        item = q.OpenDossier(state.code, state.procedure_name,
                             state.applicant.get("name", ""), state.due_at, state.assignee)
        if state.due_at < t:
            counts[1] += 1
            overdue.append(item)
        elif state.due_at < end:
            soon.append(item)
    backlog = sorted(((f, n, o) for f, (n, o) in per_field.items()),
                     key=lambda x: (-x[1], x[0]))
    overdue.sort(key=lambda d: (d.due_at or "", d.code))
    soon.sort(key=lambda d: (d.due_at or "", d.code))
    return (backlog, overdue[:BRIEF_LIST_LIMIT], len(overdue), soon[:BRIEF_LIST_LIMIT],
            len(soon))


def brief_data(store: Store, week: Period, *, now: datetime | None = None,
               progress: Progress = _noop) -> WeeklyBriefData:
    """The leader's brief for an ISO week, as of its end (or now, for the running week)."""
    if week.kind is not PeriodKind.WEEK:
        raise PeriodError("Báo cáo tuần cần một tuần ISO, ví dụ 2026-W48.")
    now = (now or vn_now()).replace(microsecond=0)
    check_window(week, now.date())
    as_of = min(now, week.end_moment)
    t = _iso(as_of)
    weeks: list[WeekFigures] = []
    wk = week
    periods = []
    for _ in range(5):
        periods.append(wk)
        wk = week_period(wk.start - timedelta(days=7))
    periods.reverse()
    with store.read() as session:
        _centre, commune = issuers(session)
        names = display_names(session)
        head = chain_head(session)
        for i, p in enumerate(periods):
            c = q.week_counts(session, _iso(p.start_moment), _iso(min(p.end_moment, as_of)))
            weeks.append(WeekFigures(f"T{p.key[-2:].lstrip('0')}", c.received, c.resolved,
                                     c.resolved_in_time))
            progress(i + 1, 8)
        soon_end = datetime.combine(_two_working_days_after(session, as_of.date()),
                                    datetime.min.time()) + timedelta(days=1)
        if as_of < now:  # a past week: as it stood at its end, from the events up to then
            backlog, overdue, overdue_total, soon, soon_total = _open_as_of(
                session, as_of, soon_end)
        else:  # the running week: the projection is the fold as of now
            backlog = q.backlog_by_field(session, t)
            overdue = q.open_due_between(session, t, None, t, limit=BRIEF_LIST_LIMIT)
            overdue_total = q.count_open_due_before(session, t, t)
            soon = q.open_due_between(session, t, t, _iso(soon_end), limit=BRIEF_LIST_LIMIT)
            soon_total = q.count_open_due_before(session, t, _iso(soon_end), t)
        progress(6, 8)
        ws, we = _iso(week.start_moment), _iso(week.end_moment)
        apologies = q.event_count(session, "rescheduled", ws, we)
        ratings, satisfied = q.ratings_in(session, ws, we)
        progress(7, 8)
    this = weeks[-1]
    if this.received == 0 and this.resolved == 0 and not backlog:
        raise ReportError(f"{week.label} không có hồ sơ nào (không tiếp nhận, không giải quyết, "
                          "không tồn đọng).")

    def brief(d: q.OpenDossier) -> BriefDossier:
        who = names.get(d.assignee or "", d.assignee or "")
        return BriefDossier(d.code, d.procedure_name, d.applicant_name, _parse(d.due_at), who)

    progress(8, 8)
    return WeeklyBriefData(
        issuer=commune, week_label=week.label, date_from=week.start, date_to=week.end,
        weeks=tuple(weeks), backlog=tuple(BacklogLine(f, o, od) for f, o, od in backlog),
        overdue=tuple(brief(d) for d in overdue), due_soon=tuple(brief(d) for d in soon),
        apologies=apologies, ratings=ratings, satisfied=satisfied,
        issued_on=now.date(), now=as_of, overdue_total=overdue_total,
        due_soon_total=soon_total, chain_head=head,
    )


# --- rendering ------------------------------------------------------------------------------


def render_report(data: PeriodicReportData, fmt: str) -> bytes:
    if fmt == "xlsx":
        from commune_desk.reports.excel import report_xlsx

        return report_xlsx(data)
    from commune_desk.reports.periodic import build_periodic_report

    return build_periodic_report(data)


def render_ledger(data: LedgerData, fmt: str) -> bytes:
    if fmt == "xlsx":
        from commune_desk.reports.excel import ledger_xlsx

        return ledger_xlsx(data)
    from commune_desk.reports.ledger import build_ledger

    return build_ledger(data)


def render_brief(data: WeeklyBriefData) -> bytes:
    from commune_desk.reports.brief import build_weekly_brief

    return build_weekly_brief(data)
