"""Build form 01–07 for one dossier from the store: its events become the form's plain data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from commune_desk.domain.deadlines import VERDICT_LABELS, finish_verdict
from commune_desk.reports import data as rd
from commune_desk.reports.formatting import hm_dmy
from commune_desk.reports.ledger import ledger_book, ledger_entry
from commune_desk.services.reporting import ReportError, issuers

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from commune_desk.domain.lifecycle import DossierState
    from commune_desk.domain.lifecycle import Event as DomainEvent
    from commune_desk.store.engine import Store

FORM_NUMBERS = ("01", "02", "03", "04", "05", "06", "07", "TL")
FORM_LABELS = {
    "01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "03": "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "04": "Văn bản xin lỗi và hẹn lại ngày trả kết quả",
    "05": "Thông báo dừng giải quyết hồ sơ",
    "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "07": "Sổ theo dõi hồ sơ (dòng của hồ sơ này)",
    "TL": "Văn bản trả lời (không giải quyết hồ sơ)",
}
RETURN_METHODS = {
    "counter": "Nhận trực tiếp tại Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)",
    "post": "Qua dịch vụ bưu chính công ích",
    "online": "Trực tuyến (Cổng Dịch vụ công)",
}
FEE_METHODS = {"cash": "tiền mặt", "transfer": "chuyển khoản", "online": "thanh toán trực tuyến",
               "exempt": "miễn"}
GROUNDS = {"citizen_request": "Đề nghị dừng giải quyết của cá nhân, tổ chức",
           "legal": "Quy định của pháp luật"}


class FormError(ReportError):
    """The form does not apply to this dossier (e.g. form 03 for a dossier never refused)."""


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _step_verdict(at: datetime, due: datetime | None) -> str:
    """Domain.md §1.7, per step: before the appointment's date, on it, or after it."""
    return VERDICT_LABELS[finish_verdict(at, due)] if due is not None else ""


class _Ctx:
    """What every form of one dossier needs, read in one session."""

    def __init__(self, session: Session, code: str) -> None:
        from commune_desk.store.events import dossier_events, dossier_state
        from commune_desk.store.queries import dossier_by_code

        view = dossier_by_code(session, code)
        if view is None:
            raise FormError(f"Không tìm thấy hồ sơ có mã “{code}”.")
        self.session = session
        self.view = view
        self.events: list[DomainEvent] = dossier_events(session, view.id)
        state = dossier_state(session, view.id)
        assert state is not None
        self.state: DossierState = state
        from commune_desk.services.paper_settings import load_settings, staff_people
        from commune_desk.services.reporting import desk_units

        self.centre, self.commune = issuers(session)
        self.units = desk_units(session)
        self.people = staff_people(session)
        self.names = {login: p.full_name for login, p in self.people.items()}
        self.settings = load_settings(session)
        self.received: Mapping[str, Any] = next(
            (e.payload for e in self.events if e.kind == "received"), {})

    def name(self, login: str | None) -> str:
        """The person's full name from the accounts or the synced staff directory."""
        if not login:
            return ""
        return self.names.get(login, login)

    def phone(self, login: str | None) -> str:
        person = self.people.get(login or "")
        return person.phone if person else ""

    def handed_over(self) -> bool:
        return any(e.kind == "assigned" for e in self.events)

    def last(self, kind: str) -> DomainEvent:
        for e in reversed(self.events):
            if e.kind == kind:
                return e
        from commune_desk.domain.lifecycle import EVENT_KIND_LABELS

        label = EVENT_KIND_LABELS.get(kind, kind)
        raise FormError(f"Hồ sơ {self.view.code} chưa có bước “{label}” nên không lập được "
                        "mẫu này.")

    def applicant(self) -> rd.Applicant:
        a = self.state.applicant
        return rd.Applicant(name=a.get("name", self.view.applicant_name),
                            address=a.get("address", ""), phone=a.get("phone", ""),
                            email=a.get("email", ""), id_number=a.get("id_number", ""))


def _deadline_explanation(ctx: _Ctx) -> tuple[str, ...]:
    """The rule that produced the appointment, recomputed with the same calendar and limit."""
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.domain.deadlines import CountingMode, compute_due
    from commune_desk.domain.timelimit import TimeLimitError
    from commune_desk.services.catalog import find_procedure
    from commune_desk.services.desk import working_calendar
    from commune_desk.store.models import Desk

    p = ctx.received
    due = p.get("due_at")
    try:
        _, proc = find_procedure(ctx.session, ctx.view.procedure_code, ctx.view.catalog_version)
        desk = ctx.session.get(Desk, 1)
        mode = CountingMode(desk.counting_mode if desk else "end_of_day")
        dl = compute_due(datetime.fromisoformat(str(p.get("received_at"))), proc.time_limit(),
                         working_calendar(ctx.session),
                         with_extension=bool(p.get("with_extension")), mode=mode)
    except (CalendarError, CatalogError, TimeLimitError, ValueError, LookupError):
        dl = None
    if dl is not None and due and dl.due.isoformat() == str(due):
        # The rule first (as the ``deadline`` command prints it), then the counting.
        return (f"Quy tắc: {dl.rule}.", *dl.explanation)
    rule = str(p.get("due_rule") or "")
    return (rule,) if rule else ()


def receipt_data(ctx: _Ctx) -> rd.ReceiptData:
    p = ctx.received
    fee = p.get("fee") or {}
    fee_text = ""
    if isinstance(fee, Mapping):
        from commune_desk.reports.formatting import vn_money

        amount = int(fee.get("amount") or 0)
        method = str(fee.get("method") or "")
        if method == "exempt" or amount == 0:
            fee_text = ("Được miễn phí, lệ phí" if method == "exempt"
                        else "Không thu phí, lệ phí")
        else:
            fee_text = f"{vn_money(amount)} ({FEE_METHODS.get(method, method)})"
    docs = tuple(rd.DocumentItem(str(d.get("name", "")), bool(d.get("original")),
                                 int(d.get("count") or 1)) for d in p.get("documents") or ())
    received_at = datetime.fromisoformat(str(p.get("received_at") or ctx.view.received_at))
    due_at = _dt(p.get("due_at")) or received_at
    clerk = next((e.actor for e in ctx.events if e.kind == "received"), "")
    online = (ctx.view.channel or p.get("channel")) == "online"
    method = str(p.get("return_method") or "counter")
    if online and method == "counter":
        # The intake form's default; an online dossier's result goes back online (its
        # receipt is never "at the counter" unless the citizen chose the post).
        method = "online"
    return rd.ReceiptData(
        issuer=ctx.centre, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name, documents=docs, sets=int(p.get("sets") or 1),
        limit_text=str(p.get("limit") or ""), received_at=received_at, due_at=due_at,
        deadline_explanation=_deadline_explanation(ctx),
        return_method=RETURN_METHODS.get(method, method),
        fee_text=fee_text, ledger_book=ledger_book(received_at),
        ledger_entry=ledger_entry(ctx.view.code),
        receiver=rd.Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",), ctx.name(clerk)),
        online=online, lookup_address=ctx.settings.lookup_address(ctx.view.code),
        paper=ctx.settings.slip_size,
    )


def supplement_data(ctx: _Ctx) -> rd.SupplementData:
    e = ctx.last("supplement_requested")
    p = e.payload
    items = tuple(str(i) for i in p.get("items") or ())
    at = datetime.fromisoformat(e.occurred_at)
    return rd.SupplementData(
        issuer=ctx.centre, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name, received_at=_dt(ctx.view.received_at),
        items=items or ("(không ghi nội dung)",), reason=str(p.get("reason") or ""),
        legal_basis=str(p.get("legal_basis") or ""), contact_name=ctx.name(e.actor),
        contact_phone=ctx.phone(e.actor),
        officer=rd.Signer(("NGƯỜI HƯỚNG DẪN",), ctx.name(e.actor)), issued_on=at.date(),
        paper=ctx.settings.slip_size,
    )


def _reasons(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(x.strip() for x in value.split("\n") if x.strip())
    return tuple(str(x) for x in value or ())


def refusal_data(ctx: _Ctx) -> rd.RefusalData:
    """Form 03: refusal at the counter, before the dossier was handed over for processing."""
    if any(e.kind == "resolved" and e.payload.get("outcome") == "denied" for e in ctx.events):
        raise FormError(
            f"Hồ sơ {ctx.view.code} có quyết định không giải quyết: in “Văn bản trả lời” "
            "(mẫu TL), không dùng Mẫu số 03.")
    e = ctx.last("refused")
    if ctx.handed_over():
        raise FormError(
            f"Hồ sơ {ctx.view.code} đã được chuyển xử lý trước khi bị từ chối: đây là quyết định "
            "không giải quyết, in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03.")
    reasons = e.payload.get("reasons") or ""
    lines = _reasons(reasons)
    return rd.RefusalData(
        issuer=ctx.centre, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name, reasons=lines or ("(không ghi lý do)",),
        officer=rd.Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",), ctx.name(e.actor)),
        issued_on=datetime.fromisoformat(e.occurred_at).date(), paper=ctx.settings.slip_size,
    )


def denial_data(ctx: _Ctx) -> rd.DenialData:
    """Reply letter: resolved with outcome "denied", or refused after the hand-over."""
    decision = None
    for e in reversed(ctx.events):
        if e.kind == "resolved" and e.payload.get("outcome") == "denied":
            decision = (e, _reasons(e.payload.get("note") or e.payload.get("reasons")))
            break
        if e.kind == "refused" and ctx.handed_over():
            decision = (e, _reasons(e.payload.get("reasons")))
            break
    if decision is None:
        raise FormError(f"Hồ sơ {ctx.view.code} không có quyết định không giải quyết nào "
                        "nên không lập Văn bản trả lời.")
    e, reasons = decision
    at = _dt(e.payload.get("ready_at")) or datetime.fromisoformat(e.occurred_at)
    return rd.DenialData(
        issuer=ctx.commune, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name,
        received_at=datetime.fromisoformat(ctx.view.received_at), decided_at=at,
        reasons=reasons or ("(không ghi lý do)",),
        signer=_report_signer(ctx), issued_on=at.date(), paper=ctx.settings.slip_size,
    )


def apology_data(ctx: _Ctx) -> rd.ApologyData:
    e = ctx.last("rescheduled")
    # The appointment this letter replaces: the previous re-appointment, or the original one.
    previous = ctx.received.get("due_at")
    for ev in ctx.events:
        if ev.id == e.id:
            break
        if ev.kind == "rescheduled":
            previous = ev.payload.get("new_due_at")
        elif ev.kind == "supplement_received" and ev.payload.get("due_at"):
            previous = ev.payload.get("due_at")
    signer = _centre_signer(ctx, str(e.payload.get("signed_by") or ""))
    return rd.ApologyData(
        issuer=ctx.centre, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name,
        received_at=datetime.fromisoformat(ctx.view.received_at),
        original_due_at=_dt(previous) or datetime.fromisoformat(ctx.view.received_at),
        new_due_at=datetime.fromisoformat(str(e.payload["new_due_at"])),
        reason=str(e.payload.get("reason") or ""),
        signer=signer, issued_on=datetime.fromisoformat(e.occurred_at).date(),
        paper=ctx.settings.slip_size,
    )


def _centre_signer(ctx: _Ctx, login: str = "") -> rd.Signer:
    """Forms 04/05: the configured signer (head of the centre or a deputy); the name of the
    person who signed the event when the setting names nobody."""
    s = ctx.settings.centre_signer
    return rd.Signer(s.lines() or ("GIÁM ĐỐC",), s.name or ctx.name(login), note="")


def _report_signer(ctx: _Ctx) -> rd.Signer:
    s = ctx.settings.report_signer
    return rd.Signer(s.lines() or ("CHỦ TỊCH",), s.name, note="")


def stop_data(ctx: _Ctx) -> rd.StopData:
    e = ctx.last("withdrawn")
    p = e.payload
    grounds = str(p.get("grounds") or "citizen_request")
    return rd.StopData(
        issuer=ctx.centre, code=ctx.view.code, applicant=ctx.applicant(),
        procedure_name=ctx.view.procedure_name,
        received_at=datetime.fromisoformat(ctx.view.received_at),
        stopped_at=datetime.fromisoformat(e.occurred_at), grounds=GROUNDS.get(grounds, grounds),
        reason=str(p.get("reason") or ""),
        papers_fees=str(p.get("papers_fees") or "Trả lại hồ sơ, giấy tờ đã nộp"),
        signer=_centre_signer(ctx, str(p.get("signed_by") or "")),
        issued_on=datetime.fromisoformat(e.occurred_at).date(), paper=ctx.settings.slip_size,
    )


def control_slip_data(ctx: _Ctx) -> rd.ControlSlipData:
    """Form 06: every step of the dossier; each verdict against the one appointment printed
    in the header (the original one, moved only by supplement pauses — domain.md §1.5/§1.7)."""
    due = _dt(ctx.view.original_due_at) or _dt(ctx.view.due_at)
    applicant = ctx.view.applicant_name
    centre = "Bộ phận Một cửa"
    steps = [rd.ControlStep(ctx.name(h.giver), ctx.name(h.receiver),
                            datetime.fromisoformat(h.at),
                            _step_verdict(datetime.fromisoformat(h.at), due),
                            h.note or "Chuyển hồ sơ")
             for h in ctx.state.handovers]
    reappointed: datetime | None = None
    for e in ctx.events:
        at = datetime.fromisoformat(e.occurred_at)
        who = ctx.name(e.actor)
        if e.kind == "resolved":
            ready = _dt(e.payload.get("ready_at")) or at
            note = ("Có kết quả: không giải quyết (văn bản trả lời)"
                    if e.payload.get("outcome") == "denied" else "Có kết quả giải quyết")
            steps.append(rd.ControlStep(who, centre, ready, _step_verdict(ready, due), note))
        elif e.kind == "returned":
            steps.append(rd.ControlStep(who, applicant, at, _step_verdict(at, due),
                                        "Trả kết quả cho người nộp"))
        elif e.kind == "supplement_requested":
            steps.append(rd.ControlStep(who, applicant, at, _step_verdict(at, due),
                                        "Yêu cầu bổ sung (Mẫu số 02)"))
        elif e.kind == "supplement_received":
            steps.append(rd.ControlStep(applicant, who, at, _step_verdict(at, due),
                                        "Nhận hồ sơ bổ sung"))
        elif e.kind == "rescheduled":
            reappointed = _dt(e.payload.get("new_due_at")) or reappointed
            signer = ctx.name(str(e.payload.get("signed_by") or "")) or who
            new = hm_dmy(reappointed) if reappointed else ""
            steps.append(rd.ControlStep(signer, applicant, at, _step_verdict(at, due),
                                        f"Xin lỗi, hẹn lại (Mẫu số 04): {new}"))
        elif e.kind == "withdrawn":
            steps.append(rd.ControlStep(who, applicant, at, _step_verdict(at, due),
                                        "Dừng giải quyết (Mẫu số 05)"))
        elif e.kind == "refused":
            steps.append(rd.ControlStep(who, applicant, at, _step_verdict(at, due),
                                        "Không giải quyết (văn bản trả lời)"
                                        if ctx.handed_over() else "Từ chối (Mẫu số 03)"))
    steps.sort(key=lambda st: st.at)
    return rd.ControlSlipData(
        issuer=ctx.centre, code=ctx.view.code, applicant_name=applicant,
        procedure_name=ctx.view.procedure_name,
        receiving_unit=ctx.units.receiving(ctx.view.receiving_unit, ctx.view.commune_code),
        deciding_unit=ctx.units.deciding(ctx.view.deciding_unit, ctx.view.commune_code),
        received_at=datetime.fromisoformat(ctx.view.received_at),
        due_at=due or datetime.fromisoformat(ctx.view.received_at),
        steps=tuple(steps), reappointed_at=reappointed,
    )


def ledger_row_data(ctx: _Ctx) -> rd.LedgerData:
    from commune_desk.domain.periods import custom_period
    from commune_desk.services.reporting import ledger_note
    from commune_desk.store import report_queries as q

    day = date.fromisoformat(ctx.view.received_at[:10])
    p = custom_period(day, day)
    lines = [ln for ln in q.ledger_lines(ctx.session, p.start_moment.isoformat(),
                                         p.end_moment.isoformat()) if ln.code == ctx.view.code]
    ln = lines[0]
    row = rd.LedgerRow(
        seq=1, code=ln.code, procedure_name=ln.procedure_name, sets=ln.sets,
        applicant_name=ln.applicant_name,
        applicant_contact="; ".join(x for x in (ln.applicant_address, ln.applicant_phone) if x),
        deciding_unit=ctx.units.deciding(ln.deciding_unit, ctx.view.commune_code),
        received_at=datetime.fromisoformat(ln.received_at),
        due_at=_dt(ln.due_at), transferred_at=_dt(ln.transferred_at),
        result_in_at=_dt(ln.ready_at), returned_at=_dt(ln.returned_at), note=ledger_note(ln))
    return rd.LedgerData(issuer=ctx.centre, date_from=day, date_to=day, rows=(row,),
                         issued_on=day, extract_of=ctx.view.code,
                         local_area=ctx.units.local_area())


_BUILDERS: dict[str, tuple[Callable[[_Ctx], Any], str]] = {
    "01": (receipt_data, "build_receipt"),
    "02": (supplement_data, "build_supplement_request"),
    "03": (refusal_data, "build_refusal"),
    "04": (apology_data, "build_apology"),
    "05": (stop_data, "build_stop_notice"),
    "06": (control_slip_data, "build_control_slip"),
    "07": (ledger_row_data, ""),
    "TL": (denial_data, "build_denial_letter"),
}


def normalize_form_number(form_no: str) -> str:
    value = str(form_no).strip().upper()
    if value.isdigit() and len(value) <= 2:
        value = value.zfill(2)
    if value not in _BUILDERS:
        raise FormError(f"Không có mẫu số “{form_no}”; chọn một trong 01–07 hoặc TL "
                        "(văn bản trả lời).")
    return value


def form_data(store: Store, code: str, form_no: str) -> Any:
    """The plain data of form ``form_no`` for the dossier ``code`` (FormError if it does not apply)."""
    number = normalize_form_number(form_no)
    with store.read() as session:
        ctx = _Ctx(session, code.strip().upper())
        return _BUILDERS[number][0](ctx)


def render_form(data: Any, form_no: str) -> bytes:
    number = normalize_form_number(form_no)
    if number == "07":
        from commune_desk.reports.ledger import build_ledger

        return build_ledger(data)
    from commune_desk.reports import forms

    builder: Callable[[Any], bytes] = getattr(forms, _BUILDERS[number][1])
    return builder(data)


def print_form(store: Store, code: str, form_no: str) -> bytes:
    """Form ``form_no`` of dossier ``code`` as PDF bytes."""
    return render_form(form_data(store, code, form_no), form_no)
