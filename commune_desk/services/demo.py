"""Realistic generated data: dossiers over the last 24 months, inserted in bulk batches."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from commune_desk.domain.audit import canonical_row_hash
from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.fees import FeeKind, compute_fee
from commune_desk.domain.identifiers import (
    PROVINCE_CODES,
    SEQ_PER_DESK,
    format_dossier_code,
    make_personal_id,
    validate_desk_number,
)
from commune_desk.domain.lifecycle import PROJECTION_COLUMNS, fold_row
from commune_desk.domain.lifecycle import Event as DomainEvent
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError

if TYPE_CHECKING:
    from commune_desk.domain.calendar import WorkingCalendar
    from commune_desk.domain.catalog import Procedure
    from commune_desk.store.engine import Store

SURNAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4),
    ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 3), ("Ngô", 1),
    ("Dương", 1), ("Lý", 1), ("Đào", 1), ("Đinh", 1), ("Lương", 1), ("Thái", 1), ("Chu", 1),
)
MALE_MIDDLE = ("Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Xuân", "Đình", "Trọng", "Thanh")
FEMALE_MIDDLE = ("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Phương", "Mai")
MALE_GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam",
    "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Tuấn", "Việt", "Đức", "Hiếu", "Trung",
    "Lâm", "Lộc", "Nghĩa", "Quyết", "Toàn", "Vinh", "Hoàng",
)
FEMALE_GIVEN = (
    "Anh", "Châu", "Dung", "Đào", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
    "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Vân", "Yến",
    "Huyền", "Nga", "Thủy", "Lý", "Hằng", "Loan", "Tuyết", "Xuân",
)
HAMLETS = (*tuple(f"Xóm {i}" for i in range(1, 21)), "Xóm Đông Lâm", "Xóm Tân Hồng", "Xóm Bắc Sơn", "Xóm Nam Hà", "Xóm Trung Thành", "Khối Tân Tiến", "Khối Hòa Bình")
MOBILE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032", "033", "034",
    "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
    "084", "085", "056", "058",
)
CLERKS = ("tiepnhan1", "tiepnhan2", "tiepnhan3")
OFFICERS = ("chuyenvien1", "chuyenvien2", "chuyenvien3", "chuyenvien4", "chuyenvien5")
LEADER = "lanhdao1"
# How often each procedure is asked for (by code); others get weight 1.
PROCEDURE_WEIGHTS = {
    "XA-CT-01": 300, "XA-CT-02": 60, "1.001193": 70, "2.000635": 60, "XA-HT-04": 60,
    "XA-HT-02": 30, "XA-HT-03": 25, "XA-CT-03": 40, "XA-CT-04": 6, "XA-CT-05": 8,
    "XA-HT-06": 10, "XA-HT-07": 8, "XA-HKD-01": 12, "XA-HKD-02": 8, "XA-HKD-03": 4,
    "XA-HKD-04": 4, "XA-XD-01": 8, "XA-DD-01": 4, "XA-BTXH-01": 4,
}
# Lifecycle paths and their shares (per 1000).
PATHS = (
    ("normal", 820), ("supplement", 60), ("refused", 30), ("denied", 20), ("withdrawn", 25),
    ("rescheduled", 20), ("late", 20), ("stalled", 5),
)
BATCH = 10_000
FUTURE = datetime(9000, 1, 1)
DEMO_NS = uuid.UUID("5b0e7c52-8a4e-4c1b-9d0a-3f1f0e6d2c11")


class DemoError(UserError, ValueError):
    """Demo data cannot be generated as asked (Vietnamese message)."""


@dataclass(frozen=True)
class DemoResult:
    dossiers: int
    events: int
    desks: int
    first_day: date
    last_day: date
    seconds: float
    insert_seconds: float = 0.0  # time spent inside SQLite (inserts, index and FTS updates)
    timings: tuple[tuple[float, float, float], ...] = ()  # per batch: events, dossiers, commit


class _Chain:
    """One desk's position in its hash chain while generating."""

    __slots__ = ("desk_id", "epoch", "last_hash", "local", "seq")

    def __init__(self, desk_id: str, epoch: int, seq: int, last_hash: str, local: bool) -> None:
        self.desk_id = desk_id
        self.epoch = epoch
        self.seq = seq  # last used
        self.last_hash = last_hash
        self.local = local


class _Days:
    """Working days of the period with their office sessions, for index arithmetic."""

    def __init__(self, cal: WorkingCalendar, first: date, last: date) -> None:
        self.days: list[date] = []
        self.sessions: list[tuple[tuple[datetime, datetime], ...]] = []
        d = first
        while d <= last:
            if cal.is_working_day(d):
                self.days.append(d)
                self.sessions.append(cal.sessions(d))
            d += timedelta(days=1)
        self.index = {d: i for i, d in enumerate(self.days)}

    def moment(self, i: int, rng: random.Random, after: datetime | None = None) -> datetime:
        """A random office moment on working day ``i`` not before ``after`` (else next days)."""
        while True:
            if i >= len(self.days):
                # Past the generated period: a moment in the future (the event is dropped).
                return FUTURE
            sessions = self.sessions[i]
            spans = []
            for a, b in sessions:
                if after is not None and after >= b:
                    continue
                start = max(a, after + timedelta(minutes=1)) if after is not None else a
                if start < b:
                    spans.append((start, b))
            if spans:
                total = sum((b - a).total_seconds() for a, b in spans)
                x = rng.random() * total
                for a, b in spans:
                    length = (b - a).total_seconds()
                    if x <= length:
                        return (a + timedelta(seconds=int(x))).replace(microsecond=0)
                    x -= length
                return spans[-1][0]
            i += 1

    def soon_after(self, moment: datetime, rng: random.Random, max_minutes: int) -> datetime:
        """A moment a few office minutes after ``moment`` (same day when possible)."""
        if moment >= FUTURE:
            return moment
        i = self.index.get(moment.date())
        candidate = moment + timedelta(minutes=rng.randint(2, max_minutes))
        if i is not None:
            for a, b in self.sessions[i]:
                if a <= candidate < b:
                    return candidate.replace(microsecond=0)
            return self.moment(i, rng, after=moment)
        return candidate.replace(microsecond=0)

    def day_of(self, moment: datetime) -> int:
        i = self.index.get(moment.date())
        if i is not None:
            return i
        # Outside a working day: the next one.
        d = moment.date()
        while d not in self.index and d <= self.days[-1]:
            d += timedelta(days=1)
        return self.index.get(d, len(self.days))


def _weighted(rng: random.Random, items: list[Any], cum: list[float]) -> Any:
    import bisect

    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _cum(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


@dataclass(frozen=True)
class _Ctx:
    """Everything a generator process needs (picklable; no database access in workers)."""

    procs: tuple[Procedure, ...]
    version: int
    agency: str
    commune_code: str
    commune_name: str
    receiving_unit: str
    place: str
    desk_ids: tuple[tuple[int, str], ...]
    local_number: int
    overrides: tuple[Any, ...]
    office_hours_json: str | None
    counting_mode: str
    first_day: date
    now: datetime
    seed: int
    salt: str
    id_base: int  # time-ordered prefix of generated ids (see _generate_chunk.new_uuid)


_WORKER: dict[str, Any] = {}


def _init_worker(ctx: _Ctx) -> None:
    """Build the per-process state once: calendar, working days, weights."""
    from commune_desk.services.calendar_source import load_calendar
    from commune_desk.services.desk import office_hours_from_json

    cal = load_calendar(overrides=ctx.overrides, office_hours=office_hours_from_json(ctx.office_hours_json))
    _WORKER.clear()
    _WORKER.update(
        ctx=ctx,
        cal=cal,
        days=_Days(cal, ctx.first_day, ctx.now.date()),
        proc_cum=_cum([float(PROCEDURE_WEIGHTS.get(p.code, 3)) for p in ctx.procs]),
        path_items=[p for p, _ in PATHS],
        path_cum=_cum([float(w) for _, w in PATHS]),
        surname_items=[s for s, _ in SURNAMES],
        surname_cum=_cum([float(w) for _, w in SURNAMES]),
        limits={p.code: p.time_limit() for p in ctx.procs},
        desk_ids=dict(ctx.desk_ids),
    )


ChunkSpec = tuple[int, list[tuple[int, int, dict[int, int]]]]
ChunkResult = tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]], dict[str, int]]


def _generate_chunk(spec: ChunkSpec) -> ChunkResult:
    """Generate the dossiers of a few days: events (without desk numbering) and folded rows."""
    chunk_no, day_specs = spec
    return _ChunkWriter(chunk_no).run(day_specs)


class _ChunkWriter:
    """One chunk's generator: who comes in, what they ask for, how each dossier goes, and the
    events and projection rows that follow. Every random draw comes from one generator seeded
    by the chunk number, in a fixed order, so a seed always gives the same data."""

    def __init__(self, chunk_no: int) -> None:
        from commune_desk.domain.deadlines import CountingMode

        w = _WORKER
        self.ctx: _Ctx = w["ctx"]
        self.cal: WorkingCalendar = w["cal"]
        self.days: _Days = w["days"]
        self.limits: dict[str, Any] = w["limits"]
        self.desk_ids: dict[int, str] = w["desk_ids"]
        self.proc_list, self.proc_cum = list(self.ctx.procs), w["proc_cum"]
        self.path_items, self.path_cum = w["path_items"], w["path_cum"]
        self.surname_items, self.surname_cum = w["surname_items"], w["surname_cum"]
        self.rng = random.Random(f"{self.ctx.seed}:{self.ctx.salt}:{chunk_no}")
        self.now = self.ctx.now
        self.counting_mode = CountingMode(self.ctx.counting_mode)
        self.province_codes = list(PROVINCE_CODES)
        self.ev_out: list[tuple[Any, ...]] = []
        self.rows_out: list[tuple[Any, ...]] = []
        self.local_counters: dict[str, int] = {}
        self.chunk_no = chunk_no
        self.id_prefix = self.ctx.id_base + (chunk_no << 24)

    def run(self, day_specs: list[tuple[int, int, dict[int, int]]]) -> ChunkResult:
        for di, count, start_seq in day_specs:
            self._day(di, count, start_seq)
        return self.chunk_no, self.ev_out, self.rows_out, self.local_counters

    # --- identities -----------------------------------------------------------------------
    def new_uuid(self) -> str:
        # Version-4 layout, but the first 60 bits grow like a UUIDv7 clock (62 bits stay
        # random): inserting a million rows then appends to the id indexes instead of
        # rewriting pages all over them (measured: most of the demo's disk writes).
        self.id_prefix += 1
        prefix = self.id_prefix
        value = ((prefix >> 12) << 80) | (0x4 << 76) | ((prefix & 0xFFF) << 64) \
            | (0b10 << 62) | self.rng.getrandbits(62)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def person(self) -> dict[str, str]:
        rng, now = self.rng, self.now
        female = rng.random() < 0.52
        surname = _weighted(rng, self.surname_items, self.surname_cum)
        if female:
            name = f"{surname} {rng.choice(FEMALE_MIDDLE)} {rng.choice(FEMALE_GIVEN)}"
        else:
            name = f"{surname} {rng.choice(MALE_MIDDLE)} {rng.choice(MALE_GIVEN)}"
        year = rng.randint(now.year - 80, now.year - 18)
        birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
        province = "040" if rng.random() < 0.85 else rng.choice(self.province_codes)
        applicant = {
            "name": name,
            "id_number": make_personal_id(province, year, female, rng.randrange(1_000_000)),
            "birth_date": birth.isoformat(),
            "address": f"{rng.choice(HAMLETS)}, {self.ctx.place}, tỉnh Nghệ An",
        }
        if rng.random() < 0.9:
            applicant["phone"] = self._phone()
        return applicant

    def _phone(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10_000_000):07d}"

    # --- one day, one dossier -------------------------------------------------------------
    def _day(self, di: int, count: int, start_seq: dict[int, int]) -> None:
        rng, days, now = self.rng, self.days, self.now
        day = days.days[di]
        moments = sorted(days.moment(di, rng) for _ in range(count))
        if day == now.date():
            moments = [m if m <= now else now for m in moments]
        next_seq = dict(start_seq)
        numbers = sorted(next_seq)
        for received in moments:
            choices = [d for d in numbers if next_seq[d] < d * 1000 + SEQ_PER_DESK]
            dn = choices[0] if len(choices) == 1 else rng.choice(choices)
            next_seq[dn] += 1
            seq = next_seq[dn]
            if dn == self.ctx.local_number:
                self.local_counters[day.isoformat()] = seq
            self._dossier(received, day, dn, seq)

    def _dossier(self, received: datetime, day: date, dn: int, seq: int) -> None:
        from commune_desk.domain.deadlines import compute_due

        rng = self.rng
        code = format_dossier_code(self.ctx.agency, day, seq)
        proc: Procedure = _weighted(rng, self.proc_list, self.proc_cum)
        limit = self.limits[proc.code]
        with_ext = bool(limit.extension) and rng.random() < 0.05
        deadline = compute_due(received, limit, self.cal, with_extension=with_ext,
                               mode=self.counting_mode, explain=False)
        path = _weighted(rng, self.path_items, self.path_cum)
        dossier_id = self.new_uuid()
        clerk = rng.choice(CLERKS)
        officer = rng.choice(OFFICERS)
        channel_roll = rng.random()
        channel = "online" if channel_roll < 0.25 else ("post" if channel_roll < 0.3 else "in_person")
        received_payload = self._received_payload(code, proc, limit, with_ext, deadline, channel,
                                                  received)
        plan: list[tuple[str, datetime, str, dict[str, Any]]] = [
            ("received", received, clerk, received_payload)
        ]
        self._handling(plan, path, proc, limit, with_ext, code, clerk, officer, deadline.due)
        self._closing(plan, received_payload["return_method"], clerk)
        self._emit(dn, dossier_id, plan)

    def _received_payload(self, code: str, proc: Procedure, limit: Any, with_ext: bool,
                          deadline: Any, channel: str, received: datetime) -> dict[str, Any]:
        """What the clerk records at the counter: applicant, papers, fee, appointment."""
        rng = self.rng
        fee_rule = proc.fee
        copies = pages = 1
        if fee_rule.kind is FeeKind.PER_PAGE:
            pages = rng.choice((1, 1, 2, 2, 3, 4, 6, 10))
            copies = rng.choice((1, 1, 2, 3, 5))
        elif fee_rule.kind is FeeKind.PER_COPY:
            copies = rng.choice((1, 1, 2, 3))
        amount = compute_fee(fee_rule, copies=copies, pages=pages).amount
        fee: dict[str, Any] = {
            "amount": amount,
            "method": ("exempt" if amount == 0 else
                       ("online" if channel == "online" else rng.choice(("cash", "cash", "transfer")))),
        }
        docs = [
            {"name": name, "original": i == 0, "count": 1}
            for i, name in enumerate(proc.documents[: rng.randint(1, max(1, len(proc.documents)))])
        ]
        return_method = "online" if channel == "online" and rng.random() < 0.5 else "counter"
        return {
            "code": code,
            "procedure_code": proc.code,
            "catalog_version": self.ctx.version,
            "procedure_name": proc.name,
            "field": proc.field,
            "limit": limit.text,
            "with_extension": with_ext,
            "applicant": self.person(),
            "documents": docs,
            "sets": 1,
            "channel": channel,
            "return_method": return_method,
            "receiving_unit": self.ctx.receiving_unit,
            "deciding_unit": self.ctx.commune_name,
            "fee": fee,
            "received_at": received.isoformat(),
            "due_at": deadline.due.isoformat(),
            "due_rule": deadline.rule,
        }

    def _handling(self, plan: list[tuple[str, datetime, str, dict[str, Any]]], path: str,
                  proc: Procedure, limit: Any, with_ext: bool, code: str, clerk: str,
                  officer: str, due: datetime) -> None:
        """From scan and assignment to the decision, along one of the lifecycle ``PATHS``."""
        from commune_desk.domain.deadlines import Pause, compute_due

        rng, days, now, cal = self.rng, self.days, self.now, self.cal
        received = plan[0][1]
        if rng.random() < 0.3:
            plan.append(("attachment_added", days.soon_after(received, rng, 20), clerk,
                         {"sha256": f"{rng.getrandbits(256):064x}", "name": f"{code}-scan.pdf",
                          "size": rng.randint(80_000, 3_000_000), "mime": "application/pdf"}))
        t = days.soon_after(plan[-1][1], rng, 90)
        plan.append(("assigned", t, clerk, {"to": officer, "note": ""}))
        ri = days.day_of(received)
        di_due = days.day_of(due)
        span = max(0, di_due - ri)
        if rng.random() < 0.01:
            t2 = days.soon_after(t, rng, 60)
            plan.append(("corrected", t2, clerk, {
                "phone": self._phone(), "reason": "Người nộp báo sai số điện thoại"}))
        last = plan[-1][1]
        if path == "stalled":
            pass
        elif path == "supplement":
            req = days.moment(min(ri + rng.randint(0, max(0, span - 1)), di_due), rng, after=last)
            if req >= due:
                req = days.soon_after(last, rng, 30)
            plan.append(("supplement_requested", req, officer, {
                "items": ["Bản sao giấy tờ tùy thân còn hiệu lực"], "reason": "Hồ sơ thiếu giấy tờ",
                "legal_basis": proc.legal_basis}))
            back = days.moment(days.day_of(req) + rng.randint(1, 6), rng, after=req)
            if back <= now:
                new_due = compute_due(received, limit, cal, pauses=[Pause(req, back)],
                                      with_extension=with_ext, mode=self.counting_mode,
                                      explain=False).due
                plan.append(("supplement_received", back, clerk, {
                    "note": "", "due_at": new_due.isoformat(),
                    "original_due_at": new_due.isoformat()}))
                fin_day = days.day_of(back) + rng.randint(0, max(0, days.day_of(new_due) - days.day_of(back)))
                done = days.moment(fin_day, rng, after=back)
                plan.append(("resolved", done, officer, {"outcome": "approved", "note": "",
                                                          "ready_at": done.isoformat()}))
            else:
                plan.append(("supplement_received", back, clerk, {"note": ""}))
        elif path == "refused":
            at = days.moment(ri + rng.randint(0, span), rng, after=last)
            plan.append(("refused", at, officer,
                         {"reasons": "Hồ sơ không thuộc thẩm quyền giải quyết của xã"}))
        elif path == "withdrawn":
            at = days.moment(ri + rng.randint(0, span), rng, after=last)
            plan.append(("withdrawn", at, clerk, {"reason": "Công dân xin rút hồ sơ",
                                                  "grounds": "citizen_request",
                                                  "papers_fees": "Trả lại giấy tờ, không hoàn phí"}))
        elif path == "rescheduled":
            at = days.moment(ri + rng.randint(0, max(0, span - 1)), rng, after=last)
            if at < due:
                new_due = cal.closing(cal.add_working_days(due.date(), rng.randint(2, 5)))
                plan.append(("rescheduled", at, LEADER, {
                    "reason": "Cần xác minh thêm với cơ quan liên quan",
                    "new_due_at": new_due.isoformat(), "signed_by": LEADER}))
                done = days.moment(di_due + rng.randint(1, 2), rng, after=at)
            else:
                done = at
            plan.append(("resolved", done, officer, {"outcome": "approved", "note": "",
                                                      "ready_at": done.isoformat()}))
        else:
            if path == "late":
                fin = di_due + rng.randint(1, 4)
            else:
                fin = ri + (rng.randint(0, span) if span else 0)
            done = days.moment(fin, rng, after=last)
            outcome = "denied" if path == "denied" else "approved"
            plan.append(("resolved", done, officer, {
                "outcome": outcome,
                "note": "Không đủ điều kiện theo quy định" if outcome == "denied" else "",
                "ready_at": done.isoformat()}))

    def _closing(self, plan: list[tuple[str, datetime, str, dict[str, Any]]],
                 return_method: str, clerk: str) -> None:
        """The result handed back, and the citizen's rating when they leave one."""
        rng, days = self.rng, self.days
        if plan[-1][0] == "resolved":
            done = plan[-1][1]
            back_at = days.moment(days.day_of(done) + rng.choice((0, 0, 0, 1, 1, 2, 3)), rng, after=done)
            plan.append(("returned", back_at, clerk, {"method": return_method, "note": ""}))
            if rng.random() < 0.55:
                roll = rng.random()
                level = "satisfied" if roll < 0.86 else ("acceptable" if roll < 0.97 else "unsatisfied")
                plan.append(("rated", days.soon_after(back_at, rng, 10), "congdan",
                             {"level": level, "note": ""}))
        elif plan[-1][0] in ("refused", "withdrawn") and rng.random() < 0.3:
            plan.append(("rated", days.soon_after(plan[-1][1], rng, 10), "congdan",
                         {"level": rng.choice(("acceptable", "unsatisfied")), "note": ""}))

    def _emit(self, dn: int, dossier_id: str,
              plan: list[tuple[str, datetime, str, dict[str, Any]]]) -> None:
        """The events that already happened (not after ``now``) and their folded row."""
        desk_uuid = self.desk_ids[dn]
        devents: list[DomainEvent] = []
        for counter, (kind, moment, actor, payload) in enumerate(plan):
            if moment > self.now:
                break
            at_text = moment.isoformat()
            utc_ms = int((moment - _EPOCH).total_seconds() * 1000) - 7 * 3_600_000
            hlc = f"{utc_ms:013d}-{counter:05d}"
            ev_id = self.new_uuid()
            payload_text = canonical_json(payload)
            self.ev_out.append((dn, ev_id, dossier_id, kind, at_text, actor, hlc, payload_text))
            devents.append(DomainEvent(ev_id, dossier_id, kind, at_text, actor, desk_uuid,
                                       1, 0, hlc, self.ctx.commune_code, payload))
        row = fold_row(devents)
        assert row is not None
        self.rows_out.append(tuple(row[c] for c in PROJECTION_COLUMNS))


_EPOCH = datetime(1970, 1, 1)


def _plan_days(
    n: int, days: _Days, rng: random.Random
) -> list[int]:
    n_days = len(days.days)
    weights = [1.25 if d.weekday() == 0 else 1.0 for d in days.days]
    wsum = sum(weights)
    per_day = [int(n * w / wsum) for w in weights]
    for i in rng.sample(range(n_days), k=min(n_days, n - sum(per_day))):
        per_day[i] += 1
    while sum(per_day) < n:
        per_day[rng.randrange(n_days)] += 1
    return per_day


def generate_demo(
    store: Store,
    n: int,
    *,
    seed: int = 0,
    desk_number: int | None = None,
    months: int = 24,
    now: datetime | None = None,
    batch: int = BATCH,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    """Add ``n`` generated dossiers received over the last ``months`` months.

    Every lifecycle path appears in plausible proportions; events fall inside office hours;
    each dossier's projection row is the fold of its generated events. When one desk's 999
    codes a day are not enough, the data is spread over several desks of the commune (each with
    its own UUID and hash chain, as if synced); ``desk_number`` puts it all on that desk number.
    Generation runs in ``workers`` processes (default: 2 for large runs) while this process
    numbers, chains and inserts each batch in its own transaction.
    """
    import time as _time

    if n < 1:
        raise DemoError("Số hồ sơ phải từ 1 trở lên.")
    if desk_number is not None:
        validate_desk_number(desk_number)
    started = _time.perf_counter()
    now = (now or vn_now()).replace(microsecond=0)
    src = _read_source(store)
    first_day = (now - timedelta(days=int(months * 30.44))).date()
    days = _Days(src.cal, first_day, now.date())
    if not days.days:
        raise DemoError("Không có ngày làm việc nào trong khoảng thời gian đã chọn.")
    per_day = _plan_days(n, days, random.Random(f"{seed}:{src.local_id}:days"))
    numbers = _desk_numbers(n, months, max(per_day), desk_number, src.local_number)
    day_specs = _day_specs(days, per_day, numbers, src.used)
    desk_ids, chains = _desk_chains(store, numbers, src)
    ctx = _Ctx(
        procs=src.procs, version=src.version, place=src.place, desk_ids=tuple(desk_ids.items()),
        local_number=src.local_number, overrides=src.overrides, first_day=first_day, now=now,
        seed=seed, salt=f"{src.local_id}:{src.max_num}",
        id_base=(_time.time_ns() // 1_000_000) << 16, **src.ctx_fields,
    )
    if workers is None:
        workers = 2 if n >= 50_000 else 0
    writer = _BatchWriter(store, chains, src)
    try:
        # closing(): a failed batch stops the generator processes at once.
        with closing(_chunk_results(ctx, _chunks(day_specs, batch), workers)) as results:
            for result in results:
                writer.write(result)
                if progress is not None:
                    progress(writer.committed)
    finally:
        writer.close()
    return DemoResult(
        dossiers=writer.committed,
        events=writer.total_events,
        desks=len(numbers),
        first_day=days.days[0],
        last_day=days.days[-1],
        seconds=_time.perf_counter() - started,
        insert_seconds=sum(sum(t) for t in writer.timings),
        timings=tuple(writer.timings),
    )


@dataclass(frozen=True)
class _Source:
    """What the file already holds that the generated data must fit: desk, calendar,
    catalogue, the code numbers used per day and desk, the last projection number."""

    cal: WorkingCalendar
    overrides: tuple[Any, ...]
    procs: tuple[Procedure, ...]
    version: int
    local_number: int
    local_id: str
    local_chain: _Chain
    last_hlc: str
    commune_code: str
    place: str
    ctx_fields: dict[str, Any]
    used: dict[tuple[str, int], int]
    max_num: int


def _read_source(store: Store) -> _Source:
    from sqlalchemy import text

    from commune_desk.services.catalog import current_version, procedures_of
    from commune_desk.services.desk import calendar_overrides, working_calendar
    from commune_desk.store.models import Desk

    with store.read() as session:
        desk = session.get(Desk, 1)
        if desk is None:
            raise DemoError("Cơ sở dữ liệu chưa có thông tin bàn làm việc.")
        procs = tuple(p for p in procedures_of(session) if p.active)
        commune_name = desk.commune_name
        ctx_fields: dict[str, Any] = {
            "agency": desk.agency_id,
            "commune_code": desk.commune_code,
            "commune_name": commune_name,
            "receiving_unit": desk.receiving_unit or commune_name,
            "office_hours_json": desk.office_hours,
            "counting_mode": desk.counting_mode,
        }
        # Last code sequence per (day, desk number) already used in this file.
        used: dict[tuple[str, int], int] = {}
        rows = session.execute(
            text(
                "SELECT substr(code, length(code) - 10, 6) AS d, "
                "CAST(substr(code, length(code) - 3, 4) AS INTEGER) AS s FROM dossiers"
            )
        )
        for d, s in rows:
            key = (d, s // 1000)
            if s > used.get(key, 0):
                used[key] = s
        source = _Source(
            cal=working_calendar(session),
            overrides=tuple(calendar_overrides(session)),
            procs=procs,
            version=current_version(session),
            local_number=desk.desk_number,
            local_id=desk.desk_id,
            local_chain=_Chain(desk.desk_id, desk.epoch, desk.next_seq - 1, desk.last_hash, True),
            last_hlc=desk.last_hlc,
            commune_code=desk.commune_code,
            place=_place_name(commune_name, configured=desk.commune_code != "00000"),
            ctx_fields=ctx_fields,
            used=used,
            max_num=int(session.execute(
                text("SELECT coalesce(max(num), 0) FROM dossiers")).scalar_one()),
        )
    if not procs:
        raise DemoError("Danh mục thủ tục trống: không thể tạo hồ sơ mẫu.")
    return source


def _place_name(commune_name: str, *, configured: bool) -> str:
    """The commune as written in generated addresses (an example one on a fresh desk)."""
    place = commune_name if configured else "xã Nghĩa Đàn"
    if place.lower().startswith("xã"):
        place = "xã" + place[2:]
    return place


def _desk_numbers(n: int, months: int, max_day: int, desk_number: int | None,
                  local_number: int) -> list[int]:
    """The desks the codes come from: this one, plus others when a day needs over 999 codes."""
    if desk_number is not None:
        return [desk_number]
    k = max(1, math.ceil(max_day / (SEQ_PER_DESK * 0.95)))
    if k > 9:
        raise DemoError(
            f"{n:,} hồ sơ trong {months} tháng cần hơn 9 bàn tiếp nhận (tối đa 999 hồ sơ "
            "mỗi bàn mỗi ngày); hãy giảm số hồ sơ hoặc tăng số tháng.".replace(",", ".")
        )
    return [local_number, *[d for d in range(1, 10) if d != local_number][: k - 1]]


def _day_specs(days: _Days, per_day: list[int], numbers: list[int],
               used: dict[tuple[str, int], int]) -> list[tuple[int, int, dict[int, int]]]:
    """(day index, dossiers that day, first free code number per desk) for each busy day."""
    specs: list[tuple[int, int, dict[int, int]]] = []
    for i, count in enumerate(per_day):
        if count == 0:
            continue
        yymmdd = days.days[i].strftime("%y%m%d")
        start = {d: max(used.get((yymmdd, d), d * 1000), d * 1000) for d in numbers}
        free = sum(d * 1000 + SEQ_PER_DESK - start[d] for d in numbers)
        if count > free:
            raise DemoError(
                f"Ngày {days.days[i]:%d/%m/%Y} cần {count} số hồ sơ nhưng các bàn chỉ còn {free} "
                "số (999 số mỗi bàn mỗi ngày)."
            )
        specs.append((i, count, start))
    return specs


def _desk_chains(store: Store, numbers: list[int],
                 src: _Source) -> tuple[dict[int, str], dict[int, _Chain]]:
    """Each desk's UUID and the head of its hash chain (the other desks' as synced before)."""
    from sqlalchemy import text

    desk_ids: dict[int, str] = {}
    chains: dict[int, _Chain] = {}
    with store.read() as session:
        for d in numbers:
            if d == src.local_number:
                desk_ids[d] = src.local_id
                chains[d] = src.local_chain
                continue
            desk_uuid = str(uuid.uuid5(DEMO_NS, f"{src.commune_code}:{d}"))
            last_row = session.execute(
                text(
                    "SELECT desk_seq, hash FROM events WHERE desk_id = :d AND desk_epoch = 1 "
                    "ORDER BY desk_seq DESC LIMIT 1"
                ),
                {"d": desk_uuid},
            ).first()
            desk_ids[d] = desk_uuid
            chains[d] = _Chain(
                desk_uuid, 1, last_row[0] if last_row else 0, last_row[1] if last_row else "", False
            )
    with store.write() as session:  # the commune's other (generated) desks are known here
        from commune_desk.store.events import remember_desks

        remember_desks(session, desk_ids.values(), "demo")
    return desk_ids, chains


def _chunks(day_specs: list[tuple[int, int, dict[int, int]]], batch: int) -> list[ChunkSpec]:
    """Chunks of whole days, about ``batch`` dossiers each."""
    chunks: list[ChunkSpec] = []
    current: list[tuple[int, int, dict[int, int]]] = []
    size = 0
    for spec in day_specs:
        current.append(spec)
        size += spec[1]
        if size >= batch:
            chunks.append((len(chunks), current))
            current, size = [], 0
    if current:
        chunks.append((len(chunks), current))
    return chunks


def _chunk_results(ctx: _Ctx, chunks: list[ChunkSpec],
                   workers: int) -> Generator[ChunkResult, None, None]:
    """The generated chunks in order: from ``workers`` processes, or here when 0."""
    if workers <= 0:
        _init_worker(ctx)
        yield from map(_generate_chunk, chunks)
        return
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(workers, _init_worker, (ctx,))
    try:
        yield from pool.imap(_generate_chunk, chunks)
    finally:
        pool.terminate()
        pool.join()


_EV_SQL = (
    "INSERT INTO events (id, dossier_id, kind, occurred_at, actor, desk_id, desk_epoch, "
    "desk_seq, hlc, commune_code, payload, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_DS_COLS = ("num", *PROJECTION_COLUMNS)
_DS_SQL = f"INSERT INTO dossiers ({', '.join(_DS_COLS)}) VALUES ({', '.join('?' for _ in _DS_COLS)})"


class _BatchWriter:
    """Numbers and chains each generated chunk's events per desk, then writes the chunk (events,
    projection rows, search index, desk positions) in one transaction of its own."""

    def __init__(self, store: Store, chains: dict[int, _Chain], src: _Source) -> None:
        self.chains = chains
        self.local_chain = chains.get(src.local_number)
        self.commune_code = src.commune_code
        self.num = src.max_num
        self.local_max_hlc = src.last_hlc
        self.committed = self.total_events = 0
        self.timings: list[tuple[float, float, float]] = []
        self.raw = store.engine.raw_connection()
        self.cur = self.raw.cursor()

    def close(self) -> None:
        self.raw.close()

    def write(self, result: ChunkResult) -> None:
        import time as _time

        _chunk_no, ev_part, rows_part, counters = result
        ev_rows = self._chained(ev_part)
        ds_rows = []
        for row in rows_part:
            self.num += 1
            ds_rows.append((self.num, *row))
        cur = self.cur
        t0 = _time.perf_counter()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.executemany(_EV_SQL, ev_rows)
            t1 = _time.perf_counter()
            # One FTS5 insert for the whole batch is several times faster than the per-row
            # trigger; dropping and re-creating the trigger inside the transaction means no
            # committed state ever lacks it.
            cur.execute("DROP TRIGGER IF EXISTS dossiers_fts_insert")
            cur.executemany(_DS_SQL, ds_rows)
            cur.execute(
                "INSERT INTO dossier_fts(rowid, search_text) "
                "SELECT num, search_text FROM dossiers WHERE num > ?",
                (self.num - len(ds_rows),),
            )
            cur.execute(FTS_INSERT_TRIGGER)
            t2 = _time.perf_counter()
            _save_positions(cur, self.local_chain, self.local_max_hlc, counters)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        self.timings.append((t1 - t0, t2 - t1, _time.perf_counter() - t2))
        self.committed += len(ds_rows)
        self.total_events += len(ev_rows)

    def _chained(self, ev_part: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Event rows with their desk number and hash link (``domain.audit.canonical_row_hash``:
        the payload text is canonical JSON already)."""
        ev_rows: list[tuple[Any, ...]] = []
        for dn, ev_id, dossier_id, kind, at_text, actor, hlc, payload_text in ev_part:
            chain = self.chains[dn]
            chain.seq += 1
            prev = chain.last_hash
            h = canonical_row_hash(prev, {
                "id": ev_id, "dossier_id": dossier_id, "kind": kind, "occurred_at": at_text,
                "actor": actor, "desk_id": chain.desk_id, "desk_epoch": chain.epoch,
                "desk_seq": chain.seq, "hlc": hlc, "commune_code": self.commune_code,
                "payload": payload_text})
            chain.last_hash = h
            ev_rows.append((ev_id, dossier_id, kind, at_text, actor, chain.desk_id, chain.epoch,
                            chain.seq, hlc, self.commune_code, payload_text, prev, h))
            if chain.local and hlc > self.local_max_hlc:
                self.local_max_hlc = hlc
        return ev_rows


FTS_INSERT_TRIGGER = (
    "CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN "
    "INSERT INTO dossier_fts(rowid, search_text) VALUES (new.num, new.search_text); END"
)


def _save_positions(cur: Any, chain: _Chain | None, last_hlc: str, counters: dict[str, int]) -> None:
    """Move the local desk's sequence, hash head, clock and code counters with each batch."""
    if chain is None:
        return
    cur.execute(
        "UPDATE desk SET next_seq = ?, last_hash = ?, last_hlc = max(last_hlc, ?) WHERE id = 1",
        (chain.seq + 1, chain.last_hash, last_hlc),
    )
    cur.executemany(
        "INSERT INTO code_counters (day, last_seq) VALUES (?, ?) "
        "ON CONFLICT(day) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
        list(counters.items()),
    )
