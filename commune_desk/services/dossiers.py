"""Dossier use cases: one function per user action, one transaction each, plain data back."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from commune_desk.domain.deadlines import compute_due
from commune_desk.domain.fees import Exemption, FeeError, compute_fee
from commune_desk.domain.identifiers import (
    IdentifierError,
    format_dossier_code,
    next_sequence,
    normalize_phone,
    validate_personal_id,
)
from commune_desk.domain.lifecycle import (
    CHANNELS,
    DossierState,
    Event,
    EventKind,
    TransitionError,
    check_transition,
    iso,
    parse_iso,
)
from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError
from commune_desk.services.authority import acting
from commune_desk.services.changes import Changes
from commune_desk.store.events import append_event, dossier_state, refresh_projection
from commune_desk.store.models import CodeCounter, Desk
from commune_desk.store.queries import DossierView, dossier_by_code, dossier_by_id

if TYPE_CHECKING:
    from commune_desk.domain.calendar import WorkingCalendar
    from commune_desk.domain.catalog import Procedure
    from commune_desk.domain.deadlines import CountingMode, Deadline
    from commune_desk.domain.fees import FeeQuote
    from commune_desk.services.desk import CalendarProvider
    from commune_desk.store.engine import Store


class ServiceError(UserError):
    """A refused action, explained in Vietnamese; nothing was written."""


class DossierNotFound(ServiceError):
    pass


@dataclass(frozen=True)
class Applicant:
    name: str
    id_number: str = ""
    birth_date: date | None = None
    phone: str = ""
    address: str = ""
    email: str = ""
    old_id_number: str = ""  # the 9-digit ID of before the chip card (from its QR), if any
    sex: str = ""  # "Nam" / "Nữ" as read from the ID card, or chosen at the counter


@dataclass(frozen=True)
class DocumentItem:
    name: str
    original: bool = False
    count: int = 1


@dataclass(frozen=True)
class Intake:
    """What the clerk typed at the counter for a new dossier.

    The intake form builds this very object (``ui/intake``): what the clerk sees is what the
    service receives. Empty units fall back to the desk's settings.
    """

    procedure_code: str
    applicant: Applicant
    documents: tuple[DocumentItem, ...] = ()
    sets: int = 1
    channel: str = "in_person"
    return_method: str = "counter"
    deciding_unit: str | None = None
    receiving_unit: str | None = None
    submitted_at: datetime | None = None
    received_at: datetime | None = None  # default: now
    with_extension: bool = False  # verification needed / bulk certification
    copies: int = 1
    pages: int = 1
    fee_exemption: Exemption | None = None
    fee_method: str = "cash"
    provincial_fee: int | None = None
    assignee: str | None = None


@dataclass(frozen=True)
class ActionResult:
    dossier: DossierView
    event_id: str
    changes: Changes
    due_rule: str = ""
    due_explanation: tuple[str, ...] = field(default=())


def _now(now: datetime | None) -> datetime:
    return (now or vn_now()).replace(microsecond=0)


def _calendar(session: Session, provider: CalendarProvider | None = None) -> WorkingCalendar:
    """The desk's calendar as this transaction sees it (the provider's copy when it is current)."""
    from commune_desk.services.desk import working_calendar

    return working_calendar(session, provider)


def _counting_mode(session: Session) -> Any:
    from commune_desk.domain.deadlines import CountingMode

    desk = session.get(Desk, 1)
    return CountingMode(desk.counting_mode if desk else "end_of_day")


def _state(session: Session, dossier_id: str) -> DossierState:
    state = dossier_state(session, dossier_id)
    if state is None:
        raise DossierNotFound(f"Không tìm thấy hồ sơ {dossier_id}.")
    return state


def _resolve_id(session: Session, ref: str) -> str:
    """Accept a dossier id or its code."""
    if dossier_by_id(session, ref) is not None:
        return ref
    view = dossier_by_code(session, ref)
    if view is None:
        raise DossierNotFound(f"Không tìm thấy hồ sơ “{ref}”.")
    return view.id


def _record(
    session: Session,
    actor: Actor,
    dossier_id: str,
    kind: EventKind,
    occurred_at: datetime,
    payload: dict[str, Any],
    before: DossierState | None,
) -> ActionResult:
    at = iso(occurred_at)
    try:
        check_transition(before, kind.value, at, payload)
    except TransitionError as exc:
        raise ServiceError(str(exc)) from None
    event = append_event(
        session, dossier_id=dossier_id, kind=kind.value, occurred_at=at, actor=actor.login,
        payload=payload,
    )
    refresh_projection(session, dossier_id)
    view = dossier_by_id(session, dossier_id)
    assert view is not None
    changes = Changes(
        dossier_ids=(dossier_id,),
        kinds=(kind.value,),
        status_changed=before is None or before.status != view.status,
        due_changed=before is None or before.due_at != view.due_at,
        search_changed=kind in (EventKind.RECEIVED, EventKind.CORRECTED),
    )
    return ActionResult(view, event.id, changes)


def _transition(
    store: Store,
    actor: Actor,
    action: Action,
    dossier_ref: str,
    kind: EventKind,
    now: datetime | None,
    build: Callable[[Session, DossierState, datetime], dict[str, Any]],
) -> ActionResult:
    at = _now(now)
    with acting(store, actor, action) as session:
        dossier_id = _resolve_id(session, dossier_ref)
        before = _state(session, dossier_id)
        payload = build(session, before, at)
        return _record(session, actor, dossier_id, kind, at, payload, before)


def _text(value: str | None, message: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ServiceError(message)
    return text


# --- intake ------------------------------------------------------------------------------------


def _allocate_code(session: Session, desk: Desk, day: date) -> str:
    """Next free code of this desk's daily range; a code already held (e.g. synced back after a
    restore rolled the counter back) is skipped, so a code is never given twice."""
    counter = session.get(CodeCounter, day.isoformat())
    last = counter.last_seq if counter else None
    while True:
        try:
            seq = next_sequence(desk.desk_number, last)
        except IdentifierError as exc:
            raise ServiceError(str(exc)) from None
        if dossier_by_code(session, format_dossier_code(desk.agency_id, day, seq)) is None:
            break
        last = seq
    if counter is None:
        session.add(CodeCounter(day=day.isoformat(), last_seq=seq))
    else:
        counter.last_seq = seq
    return format_dossier_code(desk.agency_id, day, seq)


def _applicant_payload(a: Applicant) -> dict[str, str]:
    name = " ".join(a.name.split())
    if not name:
        raise ServiceError("Chưa nhập họ tên người nộp hồ sơ.")
    data = {"name": name}
    try:
        if a.id_number.strip():
            data["id_number"] = validate_personal_id(a.id_number, birth_date=a.birth_date).number
        if a.phone.strip():
            data["phone"] = normalize_phone(a.phone)
    except IdentifierError as exc:
        raise ServiceError(str(exc)) from None
    if a.birth_date is not None:
        data["birth_date"] = a.birth_date.isoformat()
    if a.address.strip():
        data["address"] = " ".join(a.address.split())
    if a.email.strip():
        if "@" not in a.email or " " in a.email.strip():
            raise ServiceError(f"Thư điện tử “{a.email}” không hợp lệ.")
        data["email"] = a.email.strip()
    old_id = "".join(a.old_id_number.split())
    if old_id:
        if not (old_id.isdigit() and len(old_id) == 9):
            raise ServiceError(f"Số CMND cũ “{a.old_id_number}” phải có 9 chữ số.")
        data["old_id_number"] = old_id
    if a.sex.strip():
        data["sex"] = a.sex.strip()
    return data


def quote_fee(proc: Procedure, intake: Intake) -> FeeQuote:
    """The fee of ``intake`` for ``proc``: what the form shows and what the service records."""
    return compute_fee(
        proc.fee, copies=intake.copies, pages=intake.pages, exemption=intake.fee_exemption,
        provincial_amount=intake.provincial_fee,
    )


def appointment(
    proc: Procedure, received_at: datetime, calendar: WorkingCalendar, mode: CountingMode,
    *, with_extension: bool = False,
) -> Deadline:
    """The due moment of a dossier received at ``received_at``: the intake preview and the
    saved dossier both come from here."""
    return compute_due(received_at, proc.time_limit(), calendar, with_extension=with_extension,
                       mode=mode)


def intake_hold(session: Any) -> str | None:
    """Why this desk may not hand out a new dossier code now (Vietnamese), or None.

    A desk restored from a backup may have printed codes after that backup; they come back
    only with the server's copy of its events. So intake waits while sync is held, and, for a
    desk enrolled with a server, until the first successful sync after the restore (the pull
    moves the code counters past every code this desk issued).
    """
    from sqlalchemy import text

    from commune_desk.store.events import desk_row

    desk = desk_row(session)
    if desk.sync_hold:
        return ("Máy vừa được khôi phục từ bản sao lưu: tạm dừng tiếp nhận hồ sơ mới (để không "
                "cấp lại mã hồ sơ đã in cho người khác) cho đến khi quản trị viên cho phép đồng "
                "bộ lại và máy đồng bộ xong với máy chủ.")
    if desk.epoch > 1:
        row = session.execute(text(
            "SELECT server_url, last_success_at FROM sync_state WHERE id = 1")).first()
        if row is not None and row[0] and not row[1]:
            return ("Máy vừa được khôi phục từ bản sao lưu: hãy đồng bộ với máy chủ một lần "
                    "(lấy lại các mã hồ sơ đã cấp sau bản sao lưu) trước khi tiếp nhận hồ sơ mới.")
    return None


def receive_dossier(
    store: Store, actor: Actor, intake: Intake, *, now: datetime | None = None,
    calendar: CalendarProvider | None = None,
) -> ActionResult:
    """Accept a complete dossier: new code, appointment from the deadline engine, form 01 data."""
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.services.catalog import find_procedure

    require(actor, Action.RECEIVE)  # again on the accounts' word, in the transaction below
    at = _now(now)
    received_at = (intake.received_at or at).replace(microsecond=0)
    if received_at > at:
        raise ServiceError("Thời điểm tiếp nhận không được ở tương lai.")
    if intake.submitted_at is not None and intake.submitted_at > received_at:
        raise ServiceError("Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận.")
    if intake.channel not in CHANNELS:
        raise ServiceError(f"Hình thức nộp “{intake.channel}” không hợp lệ.")
    if intake.sets < 1:
        raise ServiceError("Số bộ hồ sơ phải từ 1 trở lên.")
    applicant = _applicant_payload(intake.applicant)
    with acting(store, actor, Action.RECEIVE) as session:
        hold = intake_hold(session)
        if hold is not None:
            raise ServiceError(hold)
        try:
            version, proc = find_procedure(session, intake.procedure_code)
        except CatalogError as exc:
            raise ServiceError(str(exc)) from None
        if not proc.active:
            raise ServiceError(f"Thủ tục “{proc.name}” không còn áp dụng.")
        limit = proc.time_limit()
        try:
            deadline = appointment(proc, received_at, _calendar(session, calendar),
                                   _counting_mode(session), with_extension=intake.with_extension)
        except CalendarError as exc:
            raise ServiceError(str(exc)) from None
        try:
            quote = quote_fee(proc, intake)
        except FeeError as exc:
            raise ServiceError(str(exc)) from None
        desk = session.get(Desk, 1)
        assert desk is not None
        code = _allocate_code(session, desk, received_at.date())
        dossier_id = str(uuid.uuid4())
        fee: dict[str, Any] = {
            "amount": quote.amount,
            "method": "exempt" if quote.exemption or quote.amount == 0 else intake.fee_method,
        }
        if quote.exemption:
            fee["exemption"] = quote.exemption.value
        payload: dict[str, Any] = {
            "code": code,
            "procedure_code": proc.code,
            "catalog_version": version,
            "procedure_name": proc.name,
            "field": proc.field,
            "limit": limit.text,
            "with_extension": intake.with_extension,
            "applicant": applicant,
            "documents": [
                {"name": d.name, "original": d.original, "count": d.count} for d in intake.documents
            ],
            "sets": intake.sets,
            "channel": intake.channel,
            "return_method": intake.return_method,
            "receiving_unit": (intake.receiving_unit or "").strip() or desk.receiving_unit
            or desk.commune_name,
            "deciding_unit": (intake.deciding_unit or "").strip() or desk.commune_name,
            "fee": fee,
            "received_at": iso(received_at),
            "due_at": iso(deadline.due),
            "due_rule": deadline.rule,
        }
        if intake.submitted_at is not None:
            payload["submitted_at"] = iso(intake.submitted_at)
        result = _record(session, actor, dossier_id, EventKind.RECEIVED, received_at, payload, None)
        if intake.assignee:
            from commune_desk.services.approvals import check_colleague

            to = check_colleague(session, intake.assignee, Action.ASSIGN, step="nhận hồ sơ")
            before = _state(session, dossier_id)
            result = _record(
                session, actor, dossier_id, EventKind.ASSIGNED, received_at,
                {"to": to, "note": ""}, before,
            )
        return ActionResult(
            result.dossier, result.event_id,
            Changes((dossier_id,), result.changes.kinds, True, True, True),
            deadline.rule, deadline.explanation,
        )


# --- transitions ----------------------------------------------------------------------------


def assign_dossier(
    store: Store, actor: Actor, dossier_id: str, to: str, note: str = "",
    *, now: datetime | None = None,
) -> ActionResult:
    """Hand the dossier over to ``to`` (the giver is the acting user): an active account whose
    role may pass the dossier on (``services.approvals``)."""
    from commune_desk.services.approvals import check_colleague

    return _transition(
        store, actor, Action.ASSIGN, dossier_id, EventKind.ASSIGNED, now,
        lambda s, st, at: {"to": check_colleague(s, to, Action.ASSIGN, step="nhận hồ sơ"),
                           "note": note.strip()},
    )


def request_supplement(
    store: Store, actor: Actor, dossier_id: str, items: Sequence[str], reason: str,
    legal_basis: str = "", second_request_approved_by: str | None = None,
    *, approver_password: str | None = None, now: datetime | None = None,
) -> ActionResult:
    """Form 02: the clock pauses until the supplement arrives (time already used counts).

    A second request needs a leader's approval: ``second_request_approved_by`` is the login of
    an active user who may approve it, confirming with ``approver_password`` unless they are
    the acting user (``services.approvals``)."""
    from commune_desk.services.approvals import (
        check_colleague,
        confirm_colleague,
        require_confirmation,
    )

    step = "duyệt yêu cầu bổ sung lần hai"
    approver = (second_request_approved_by or "").strip()
    confirmed = confirm_colleague(store, actor, approver, approver_password,
                                  Action.APPROVE_SECOND_SUPPLEMENT, step=step)

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "items": [i.strip() for i in items if i.strip()],
            "reason": reason.strip(),
            "legal_basis": legal_basis.strip(),
        }
        if st.supplement_count >= 1 and approver:
            check_colleague(s, approver, Action.APPROVE_SECOND_SUPPLEMENT, step=step)
            require_confirmation(actor, approver, confirmed, Action.APPROVE_SECOND_SUPPLEMENT,
                                 step=step)
            payload["second_request_approved_by"] = approver
        return payload

    return _transition(
        store, actor, Action.REQUEST_SUPPLEMENT, dossier_id, EventKind.SUPPLEMENT_REQUESTED, now, build
    )


def receive_supplement(
    store: Store, actor: Actor, dossier_id: str, note: str = "", *, now: datetime | None = None,
    calendar: CalendarProvider | None = None,
) -> ActionResult:
    """The supplement arrived: the clock resumes and the due moment moves by the paused time."""
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.domain.catalog import CatalogError
    from commune_desk.domain.deadlines import Pause
    from commune_desk.services.catalog import find_procedure

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        payload: dict[str, Any] = {"note": note.strip()}
        if st.paused_since is None or st.original_due_at is None:
            return payload
        cal = _calendar(s, calendar)
        pauses = [Pause(parse_iso(p.start), parse_iso(p.end)) for p in st.pauses if p.end]
        pauses.append(Pause(parse_iso(st.paused_since), at))
        try:
            _, proc = find_procedure(s, st.procedure_code, st.catalog_version)
            events_payload = _received_payload(s, st.id)
            deadline = compute_due(
                parse_iso(st.received_at), proc.time_limit(), cal, pauses=pauses,
                with_extension=bool(events_payload.get("with_extension")),
                mode=_counting_mode(s), explain=False,
            )
            new_original = deadline.due
            if st.reschedule_count and st.due_at:
                paused_minutes = cal.office_minutes_between(parse_iso(st.paused_since), at)
                new_due = cal.add_office_minutes(parse_iso(st.due_at), paused_minutes)
            else:
                new_due = new_original
        except (CalendarError, CatalogError) as exc:
            raise ServiceError(str(exc)) from None
        payload["original_due_at"] = iso(new_original)
        payload["due_at"] = iso(new_due)
        return payload

    return _transition(
        store, actor, Action.RECEIVE_SUPPLEMENT, dossier_id, EventKind.SUPPLEMENT_RECEIVED, now, build
    )


def _received_payload(session: Session, dossier_id: str) -> Mapping[str, Any]:
    from commune_desk.store.events import dossier_events

    for e in dossier_events(session, dossier_id):
        if e.kind == EventKind.RECEIVED:
            return e.payload
    return {}


def refuse_dossier(
    store: Store, actor: Actor, dossier_id: str, reasons: str, *, now: datetime | None = None
) -> ActionResult:
    """Form 03: refusal with the specific reasons."""
    return _transition(
        store, actor, Action.REFUSE, dossier_id, EventKind.REFUSED, now,
        lambda s, st, at: {"reasons": reasons.strip()},
    )


def reschedule_dossier(
    store: Store, actor: Actor, dossier_id: str, reason: str, new_due_at: datetime,
    signed_by: str, *, signer_password: str | None = None, now: datetime | None = None,
) -> ActionResult:
    """Form 04: apology and a new appointment, before the current one passes.

    ``signed_by``: the login of an active user who may sign the apology, confirming with
    ``signer_password`` unless they are the acting user (``services.approvals``)."""
    from commune_desk.services.approvals import (
        check_colleague,
        confirm_colleague,
        require_confirmation,
    )

    step = "ký văn bản xin lỗi"
    signer = _text(signed_by, "Cần ghi người ký văn bản xin lỗi.")
    confirmed = confirm_colleague(store, actor, signer, signer_password, Action.SIGN_APOLOGY,
                                  step=step)

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        check_colleague(s, signer, Action.SIGN_APOLOGY, step=step)
        require_confirmation(actor, signer, confirmed, Action.SIGN_APOLOGY, step=step)
        return {"reason": reason.strip(), "new_due_at": iso(new_due_at), "signed_by": signer}

    return _transition(store, actor, Action.RESCHEDULE, dossier_id, EventKind.RESCHEDULED, now, build)


def resolve_dossier(
    store: Store, actor: Actor, dossier_id: str, outcome: str, note: str = "",
    ready_at: datetime | None = None, *, now: datetime | None = None,
) -> ActionResult:
    """The result is ready (approved) or the request is denied with a written reason."""

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        payload: dict[str, Any] = {"outcome": outcome, "note": note.strip()}
        payload["ready_at"] = iso(ready_at or at)
        if ready_at is not None and ready_at > at:
            raise ServiceError("Thời điểm có kết quả không được ở tương lai.")
        return payload

    return _transition(store, actor, Action.RESOLVE, dossier_id, EventKind.RESOLVED, now, build)


def return_result(
    store: Store, actor: Actor, dossier_id: str, method: str = "counter", note: str = "",
    *, now: datetime | None = None,
) -> ActionResult:
    return _transition(
        store, actor, Action.RETURN_RESULT, dossier_id, EventKind.RETURNED, now,
        lambda s, st, at: {"method": method, "note": note.strip()},
    )


def withdraw_dossier(
    store: Store, actor: Actor, dossier_id: str, reason: str, grounds: str = "citizen_request",
    papers_fees: str = "", *, now: datetime | None = None,
) -> ActionResult:
    """Form 05: processing stopped at the citizen's request or for a legal reason."""
    return _transition(
        store, actor, Action.WITHDRAW, dossier_id, EventKind.WITHDRAWN, now,
        lambda s, st, at: {"reason": reason.strip(), "grounds": grounds, "papers_fees": papers_fees.strip()},
    )


def rate_dossier(
    store: Store, actor: Actor, dossier_id: str, level: str, note: str = "",
    *, now: datetime | None = None,
) -> ActionResult:
    return _transition(
        store, actor, Action.RATE, dossier_id, EventKind.RATED, now,
        lambda s, st, at: {"level": level, "note": note.strip()},
    )


def correct_applicant(
    store: Store, actor: Actor, dossier_id: str, changes: Mapping[str, str], reason: str,
    *, now: datetime | None = None,
) -> ActionResult:
    """A new event with the corrected applicant fields (the old values stay in history)."""

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        payload: dict[str, Any] = {"reason": _text(reason, "Cần ghi lý do đính chính.")}
        for key, value in changes.items():
            value = (value or "").strip()
            try:
                if key == "id_number" and value:
                    birth = st.applicant.get("birth_date")
                    value = validate_personal_id(
                        value, birth_date=date.fromisoformat(birth) if birth else None
                    ).number
                elif key == "phone" and value:
                    value = normalize_phone(value)
                elif key == "birth_date" and value:
                    value = date.fromisoformat(value).isoformat()
                elif key == "name":
                    value = " ".join(value.split())
            except (IdentifierError, ValueError) as exc:
                raise ServiceError(str(exc)) from None
            payload[key] = value
        return payload

    return _transition(store, actor, Action.CORRECT, dossier_id, EventKind.CORRECTED, now, build)


def add_attachment(
    store: Store, actor: Actor, dossier_id: str, sha256: str, name: str, size: int, mime: str,
    *, now: datetime | None = None, data: bytes | None = None,
) -> ActionResult:
    """Record a scanned file (content-addressed by sha256).

    ``data``: the scan's bytes, kept inside the encrypted database (``attachment_blobs``;
    ``services.attachments.attach_file`` reads the file and passes them); without it only the
    reference is recorded (the bytes travel separately). Row, bytes and event: one transaction."""

    def build(s: Session, st: DossierState, at: datetime) -> dict[str, Any]:
        from commune_desk.store.models import Attachment, AttachmentBlob

        if size < 0:
            raise ServiceError("Kích thước tệp không hợp lệ.")
        sha = sha256.lower()
        if data is not None:
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                raise ServiceError("Nội dung tệp không khớp mã băm hoặc kích thước đã ghi.")
            if s.get(AttachmentBlob, sha) is None:
                s.add(AttachmentBlob(sha256=sha, data=data))
        if s.get(Attachment, sha) is None and len(sha) == 64:
            s.add(Attachment(sha256=sha, name=name, size=size, mime=mime, stored_path=None))
        return {"sha256": sha, "name": name.strip(), "size": size, "mime": mime}

    return _transition(store, actor, Action.ATTACH, dossier_id, EventKind.ATTACHMENT_ADDED, now, build)


# --- reading ------------------------------------------------------------------------------------


def get_dossier(store: Store, dossier_ref: str) -> DossierView:
    with store.read() as session:
        view = dossier_by_id(session, dossier_ref) or dossier_by_code(session, dossier_ref)
        if view is None:
            raise DossierNotFound(f"Không tìm thấy hồ sơ “{dossier_ref}”.")
        return view


def get_state(store: Store, dossier_ref: str) -> DossierState:
    """The full folded state (pauses, hand-overs, conflicts) for the detail view and form 06."""
    with store.read() as session:
        return _state(session, _resolve_id(session, dossier_ref))


def get_events(store: Store, dossier_id: str) -> list[Event]:
    """Every event of one dossier in the fold's order (the detail screen's timeline)."""
    from commune_desk.store.events import dossier_events

    with store.read() as session:
        return dossier_events(session, dossier_id)


def search(store: Store, query: str, limit: int = 50) -> list[Any]:
    from commune_desk.store.queries import search_dossiers

    with store.read() as session:
        return list(search_dossiers(session, query, limit))
