"""Dossier lifecycle: the state of a dossier is the fold of its events; transitions are checked."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.deadlines import finish_verdict
from commune_desk.domain.payloads import PayloadError, check_payload
from commune_desk.domain.permissions import Action, Role, can_role
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.domain.text import fold as fold_text
from commune_desk.errors import UserError


class EventKind(StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    SUPPLEMENT_RECEIVED = "supplement_received"
    REFUSED = "refused"
    RESCHEDULED = "rescheduled"
    RESOLVED = "resolved"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"
    RATED = "rated"
    CORRECTED = "corrected"
    ATTACHMENT_ADDED = "attachment_added"


EVENT_KIND_LABELS: dict[str, str] = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("labels", "Tiếp nhận hồ sơ"),
    EventKind.ASSIGNED: QT_TRANSLATE_NOOP("labels", "Phân công / chuyển hồ sơ"),
    EventKind.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("labels", "Yêu cầu bổ sung"),
    EventKind.SUPPLEMENT_RECEIVED: QT_TRANSLATE_NOOP("labels", "Nhận hồ sơ bổ sung"),
    EventKind.REFUSED: QT_TRANSLATE_NOOP("labels", "Từ chối"),
    EventKind.RESCHEDULED: QT_TRANSLATE_NOOP("labels", "Xin lỗi, hẹn lại"),
    EventKind.RESOLVED: QT_TRANSLATE_NOOP("labels", "Có kết quả"),
    EventKind.RETURNED: QT_TRANSLATE_NOOP("labels", "Trả kết quả"),
    EventKind.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Dừng giải quyết, rút hồ sơ"),
    EventKind.RATED: QT_TRANSLATE_NOOP("labels", "Đánh giá mức độ hài lòng"),
    EventKind.CORRECTED: QT_TRANSLATE_NOOP("labels", "Đính chính thông tin"),
    EventKind.ATTACHMENT_ADDED: QT_TRANSLATE_NOOP("labels", "Đính kèm bản quét"),
}
"""What each event kind is called, everywhere (timeline, history, CLI); the desk translates."""


class Status(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    WAITING_SUPPLEMENT = "waiting_supplement"
    RESOLVED = "resolved"
    REFUSED = "refused"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


STATUS_LABELS: dict[str, str] = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("labels", "Đã tiếp nhận"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("labels", "Đang giải quyết"),
    Status.WAITING_SUPPLEMENT: QT_TRANSLATE_NOOP("labels", "Chờ bổ sung"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("labels", "Đã có kết quả"),
    Status.REFUSED: QT_TRANSLATE_NOOP("labels", "Từ chối"),
    Status.RETURNED: QT_TRANSLATE_NOOP("labels", "Đã trả kết quả"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Dừng, rút hồ sơ"),
}
"""What each status is called, everywhere (desk, CLI, reports); the desk translates."""

OPEN_STATUSES: frozenset[str] = frozenset(
    {Status.RECEIVED, Status.IN_PROGRESS, Status.WAITING_SUPPLEMENT}
)
FINISHED_STATUSES: frozenset[str] = frozenset(
    {Status.RESOLVED, Status.REFUSED, Status.RETURNED, Status.WITHDRAWN}
)
RUNNING_STATUSES: frozenset[str] = frozenset({Status.RECEIVED, Status.IN_PROGRESS})
"""Open and not paused: the clock runs (a supplement request stops it)."""


def in_status_order(statuses: Iterable[str]) -> tuple[str, ...]:
    """``statuses`` as plain strings in the lifecycle's order (for filters, lists, SQL)."""
    wanted = set(statuses)
    return tuple(str(s) for s in Status if s in wanted)

APPLICANT_FIELDS: tuple[str, ...] = ("name", "id_number", "birth_date", "phone", "address", "email")
APPLICANT_FIELD_LABELS: dict[str, str] = {
    "name": "họ tên",
    "id_number": "số định danh cá nhân",
    "birth_date": "ngày sinh",
    "phone": "số điện thoại",
    "address": "địa chỉ",
    "email": "thư điện tử",
}
OUTCOMES = ("approved", "denied")
CHANNELS = ("in_person", "post", "online")
RATING_LEVELS = ("satisfied", "acceptable", "unsatisfied")
WITHDRAW_GROUNDS = ("citizen_request", "legal")

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class TransitionError(UserError, ValueError):
    """A command that the dossier's current state does not allow (Vietnamese message)."""


def iso(moment: datetime) -> str:
    """Local naive moment → ``YYYY-MM-DDTHH:MM:SS`` (the stored form)."""
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def vn_moment(text: str | None) -> str:
    """``2026-04-24T15:30:00`` → ``15:30 24/04/2026``."""
    if not text:
        return ""
    return f"{text[11:16]} {text[8:10]}/{text[5:7]}/{text[0:4]}"


@dataclass(frozen=True)
class Event:
    """One event of the log, decoded (``payload`` is a mapping, ``occurred_at`` ISO text)."""

    id: str
    dossier_id: str
    kind: str
    occurred_at: str
    actor: str
    desk_id: str
    desk_epoch: int
    desk_seq: int
    hlc: str
    commune_code: str
    payload: Mapping[str, Any]

    @property
    def order_key(self) -> tuple[str, str, str]:
        """The total order every desk and the server fold in."""
        return (self.hlc, self.desk_id, self.id)


EVENT_FIELDS: tuple[str, ...] = (
    "id", "dossier_id", "kind", "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq",
    "hlc", "commune_code", "payload",
)
"""The columns of a stored event that make a domain ``Event`` (in the ``events`` table order)."""


def event_from_row(row: Any) -> Event:
    """The one converter from a stored or received event to ``Event``.

    ``row`` may be an ORM object or any object with those attributes, a mapping, an SQLAlchemy
    ``Row`` or a plain tuple in ``EVENT_FIELDS`` order; the payload may be the stored JSON text
    or already decoded.
    """
    if isinstance(row, Mapping):
        values = [row[name] for name in EVENT_FIELDS]
    elif hasattr(row, "_mapping"):  # an SQLAlchemy Row: by name, whatever the select order
        mapping = row._mapping
        values = [mapping[name] for name in EVENT_FIELDS]
    elif isinstance(row, tuple | list):
        values = list(row[: len(EVENT_FIELDS)])
    else:
        values = [getattr(row, name) for name in EVENT_FIELDS]
    payload = values[10]
    if isinstance(payload, str | bytes):
        payload = json.loads(payload) if payload else {}
    return Event(values[0], values[1], values[2], values[3], values[4], values[5],
                 int(values[6]), int(values[7]), values[8], values[9], payload)


@dataclass(frozen=True)
class PauseRecord:
    start: str
    end: str | None
    reason: str
    by: str


@dataclass(frozen=True)
class Handover:
    at: str
    giver: str
    receiver: str
    note: str


@dataclass(frozen=True)
class DossierState:
    """A dossier as its events make it; ``projection_row`` turns it into a ``dossiers`` row."""

    id: str
    code: str
    commune_code: str
    procedure_code: str
    procedure_name: str
    catalog_version: int | None
    field: str
    status: str
    submitted_at: str | None
    received_at: str
    due_at: str | None
    original_due_at: str | None
    ready_at: str | None
    finished_at: str | None
    returned_at: str | None
    assignee: str | None
    outcome: str | None
    verdict: str | None
    channel: str | None
    receiving_unit: str | None
    deciding_unit: str | None
    applicant: Mapping[str, str]
    paused_since: str | None
    reschedule_count: int
    supplement_count: int
    rating: str | None
    attachments: int
    fee_amount: int | None
    fee_method: str | None
    last_event_at: str
    event_count: int
    pauses: tuple[PauseRecord, ...] = ()
    handovers: tuple[Handover, ...] = ()
    conflicts: tuple[str, ...] = ()  # ids of events invalid in the merged order

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


PROJECTION_COLUMNS: tuple[str, ...] = (
    "id", "code", "commune_code", "procedure_code", "procedure_name", "catalog_version",
    "field", "status", "submitted_at", "received_at", "due_at", "original_due_at", "ready_at",
    "finished_at", "returned_at", "assignee", "outcome", "verdict", "channel", "receiving_unit",
    "deciding_unit", "applicant_name", "applicant_id_number", "applicant_phone",
    "applicant_address", "paused_since", "reschedule_count", "supplement_count", "rating",
    "digitised", "fee_amount", "fee_method", "last_event_at", "event_count", "conflict_count",
    "search_text",
)
"""Columns of the ``dossiers`` projection that the fold determines (all but ``num``)."""


class _Builder:
    """Mutable state while folding (a frozen dataclass per event would be too slow in bulk)."""

    __slots__ = (
        "applicant",
        "assignee",
        "attachments",
        "catalog_version",
        "channel",
        "code",
        "commune_code",
        "conflicts",
        "deciding_unit",
        "due_at",
        "event_count",
        "fee_amount",
        "fee_method",
        "field",
        "finished_at",
        "handovers",
        "id",
        "last_event_at",
        "original_due_at",
        "outcome",
        "paused_since",
        "pauses",
        "procedure_code",
        "procedure_name",
        "rating",
        "ready_at",
        "received_at",
        "receiving_unit",
        "reschedule_count",
        "returned_at",
        "status",
        "submitted_at",
        "supplement_count",
        "verdict",
    )

    def __init__(self, dossier_id: str) -> None:
        self.id = dossier_id
        self.code = ""
        self.commune_code = ""
        self.procedure_code = ""
        self.procedure_name = ""
        self.catalog_version: int | None = None
        self.field = ""
        self.status = ""
        self.submitted_at: str | None = None
        self.received_at = ""
        self.due_at: str | None = None
        self.original_due_at: str | None = None
        self.ready_at: str | None = None
        self.finished_at: str | None = None
        self.returned_at: str | None = None
        self.assignee: str | None = None
        self.outcome: str | None = None
        self.verdict: str | None = None
        self.channel: str | None = None
        self.receiving_unit: str | None = None
        self.deciding_unit: str | None = None
        self.applicant: dict[str, str] = {}
        self.paused_since: str | None = None
        self.reschedule_count = 0
        self.supplement_count = 0
        self.rating: str | None = None
        self.attachments = 0
        self.fee_amount: int | None = None
        self.fee_method: str | None = None
        self.last_event_at = ""
        self.event_count = 0
        self.pauses: list[PauseRecord] = []
        self.handovers: list[Handover] = []
        self.conflicts: list[str] = []

    @classmethod
    def from_state(cls, state: DossierState) -> _Builder:
        b = cls(state.id)
        for name in cls.__slots__:
            value = getattr(state, name)
            if name == "applicant":
                value = dict(value)
            elif name in ("pauses", "handovers", "conflicts"):
                value = list(value)
            setattr(b, name, value)
        return b

    def freeze(self) -> DossierState:
        values = {name: getattr(self, name) for name in self.__slots__}
        values["applicant"] = dict(self.applicant)
        values["pauses"] = tuple(self.pauses)
        values["handovers"] = tuple(self.handovers)
        values["conflicts"] = tuple(self.conflicts)
        return DossierState(**values)

    def row(self) -> dict[str, Any]:
        a = self.applicant
        return {
            "id": self.id,
            "code": self.code,
            "commune_code": self.commune_code,
            "procedure_code": self.procedure_code,
            "procedure_name": self.procedure_name,
            "catalog_version": self.catalog_version,
            "field": self.field,
            "status": self.status,
            "submitted_at": self.submitted_at,
            "received_at": self.received_at,
            "due_at": self.due_at,
            "original_due_at": self.original_due_at,
            "ready_at": self.ready_at,
            "finished_at": self.finished_at,
            "returned_at": self.returned_at,
            "assignee": self.assignee,
            "outcome": self.outcome,
            "verdict": self.verdict,
            "channel": self.channel,
            "receiving_unit": self.receiving_unit,
            "deciding_unit": self.deciding_unit,
            "applicant_name": a.get("name", ""),
            "applicant_id_number": a.get("id_number") or None,
            "applicant_phone": a.get("phone") or None,
            "applicant_address": a.get("address") or None,
            "paused_since": self.paused_since,
            "reschedule_count": self.reschedule_count,
            "supplement_count": self.supplement_count,
            "rating": self.rating,
            "digitised": self.attachments > 0,
            "fee_amount": self.fee_amount,
            "fee_method": self.fee_method,
            "last_event_at": self.last_event_at,
            "event_count": self.event_count,
            "conflict_count": len(self.conflicts),
            "search_text": search_text(
                a.get("name", ""), a.get("id_number", ""), a.get("phone", ""), self.code,
                self.procedure_name,
            ),
        }


def search_text(name: str, id_number: str, phone: str, code: str, procedure_name: str) -> str:
    """The folded text the FTS index holds for one dossier."""
    return fold_text(f"{name} {id_number or ''} {phone or ''} {code} {procedure_name}")


def _verdict(due: str | None, finished: str | None) -> str | None:
    """The stored verdict of a finished dossier (``deadlines.finish_verdict``), if it had a due."""
    if due is None or finished is None:
        return None
    return finish_verdict(finished, due).value


def _text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


def _require_time(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TransitionError(f"Thiếu {what}.")
    try:
        return iso(datetime.fromisoformat(value))
    except ValueError:
        raise TransitionError(f"{what[:1].upper()}{what[1:]} “{value}” không hợp lệ.") from None


# --- transitions: one validator per event kind -------------------------------------------------
# Each rule says in which statuses the event may happen (and what the refusal says otherwise),
# what else the dossier's state must allow (``blocked``), and what the payload must hold
# (``validate``). ``_check`` applies them; ``allowed_actions`` answers the UI from the same table.
Validator = Callable[["_Builder", str, Mapping[str, Any]], None]
Blocker = Callable[[Any], "str | None"]  # state (builder or DossierState) → refusal or None


@dataclass(frozen=True)
class TransitionRule:
    """What one event kind requires of the dossier and of its payload."""

    statuses: frozenset[str]
    refusal: str  # "…, {refusal}." when the status does not allow it
    permission: Action
    validate: Validator | None = None
    blocked: Blocker | None = None


def _check_received(payload: Mapping[str, Any], occurred_at: str) -> None:
    if not _text(payload, "code"):
        raise TransitionError("Thiếu mã hồ sơ.")
    if not _text(payload, "procedure_code"):
        raise TransitionError("Thiếu thủ tục hành chính.")
    applicant = payload.get("applicant")
    if not isinstance(applicant, Mapping) or not _text(applicant, "name"):
        raise TransitionError("Thiếu họ tên người nộp hồ sơ.")
    _require_time(payload.get("received_at", occurred_at), "thời điểm tiếp nhận")
    if payload.get("due_at") is not None:
        _require_time(payload.get("due_at"), "thời điểm hẹn trả")
    if payload.get("channel") not in (None, *CHANNELS):
        raise TransitionError(f"Hình thức nộp “{payload.get('channel')}” không hợp lệ.")


def _check_assigned(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    to = _text(payload, "to")
    if not to:
        raise TransitionError("Chưa chọn người nhận hồ sơ.")
    if to == b.assignee:
        raise TransitionError(f"Hồ sơ {b.code} đang do {to} xử lý.")


def _check_supplement_requested(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    items = payload.get("items")
    if not isinstance(items, list | tuple) or not [i for i in items if str(i).strip()]:
        raise TransitionError("Cần ghi rõ nội dung phải bổ sung, hoàn thiện.")
    if not _text(payload, "reason"):
        raise TransitionError("Cần ghi rõ lý do yêu cầu bổ sung.")
    if b.supplement_count >= 1 and not _text(payload, "second_request_approved_by"):
        raise TransitionError(
            "Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt."
        )


def _check_refused(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    if not _text(payload, "reasons"):
        raise TransitionError("Cần ghi rõ lý do từ chối.")


def _check_rescheduled(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    new_due = _require_time(payload.get("new_due_at"), "ngày hẹn mới")
    if not _text(payload, "reason"):
        raise TransitionError("Cần ghi rõ lý do chậm trễ.")
    if b.due_at is not None:
        if new_due <= b.due_at:
            raise TransitionError(
                f"Ngày hẹn mới ({vn_moment(new_due)}) phải sau ngày hẹn hiện tại "
                f"({vn_moment(b.due_at)})."
            )
        if occurred_at > b.due_at:
            raise TransitionError(
                "Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn "
                f"({vn_moment(b.due_at)})."
            )


def _check_resolved(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    if payload.get("outcome") not in OUTCOMES:
        raise TransitionError("Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”.")
    if payload.get("ready_at") is not None:
        ready = _require_time(payload.get("ready_at"), "thời điểm có kết quả")
        if ready < b.received_at:
            raise TransitionError("Thời điểm có kết quả trước lúc tiếp nhận hồ sơ.")


def _check_withdrawn(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    if payload.get("grounds") not in WITHDRAW_GROUNDS:
        raise TransitionError("Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định.")
    if not _text(payload, "reason"):
        raise TransitionError("Cần ghi rõ lý do dừng giải quyết.")


def _rated_already(state: Any) -> str | None:
    return f"Hồ sơ {state.code} đã được đánh giá." if state.rating is not None else None


def _check_rated(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    if payload.get("level") not in RATING_LEVELS:
        raise TransitionError("Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng.")


def _check_corrected(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    changes = [k for k in APPLICANT_FIELDS if k in payload]
    if not changes:
        raise TransitionError("Không có thông tin nào được đính chính.")
    if "name" in payload and not _text(payload, "name"):
        raise TransitionError("Họ tên người nộp không được để trống.")
    if all(str(payload[k]) == b.applicant.get(k, "") for k in changes):
        raise TransitionError("Thông tin đính chính trùng với thông tin hiện có.")


def _check_attachment_added(b: _Builder, occurred_at: str, payload: Mapping[str, Any]) -> None:
    if not _SHA256_RE.match(str(payload.get("sha256", ""))):
        raise TransitionError("Mã băm SHA-256 của tệp đính kèm không hợp lệ.")
    if not _text(payload, "name"):
        raise TransitionError("Thiếu tên tệp đính kèm.")


ALL_STATUSES: frozenset[str] = OPEN_STATUSES | FINISHED_STATUSES

TRANSITIONS: dict[str, TransitionRule] = {
    EventKind.ASSIGNED: TransitionRule(
        OPEN_STATUSES, "không thể chuyển xử lý", Action.ASSIGN, _check_assigned),
    EventKind.SUPPLEMENT_REQUESTED: TransitionRule(
        RUNNING_STATUSES, "không thể yêu cầu bổ sung", Action.REQUEST_SUPPLEMENT,
        _check_supplement_requested),
    EventKind.SUPPLEMENT_RECEIVED: TransitionRule(
        frozenset({Status.WAITING_SUPPLEMENT}), "không có yêu cầu bổ sung nào đang chờ",
        Action.RECEIVE_SUPPLEMENT),
    EventKind.REFUSED: TransitionRule(
        OPEN_STATUSES, "không thể từ chối", Action.REFUSE, _check_refused),
    EventKind.RESCHEDULED: TransitionRule(
        OPEN_STATUSES, "không thể hẹn lại", Action.RESCHEDULE, _check_rescheduled),
    EventKind.RESOLVED: TransitionRule(
        RUNNING_STATUSES, "không thể ghi nhận kết quả", Action.RESOLVE, _check_resolved),
    EventKind.RETURNED: TransitionRule(
        frozenset({Status.RESOLVED}), "chưa thể trả kết quả", Action.RETURN_RESULT),
    EventKind.WITHDRAWN: TransitionRule(
        OPEN_STATUSES, "không thể dừng giải quyết", Action.WITHDRAW, _check_withdrawn),
    EventKind.RATED: TransitionRule(
        FINISHED_STATUSES, "chưa thể đánh giá", Action.RATE, _check_rated, _rated_already),
    EventKind.CORRECTED: TransitionRule(
        ALL_STATUSES, "không thể đính chính", Action.CORRECT, _check_corrected),
    EventKind.ATTACHMENT_ADDED: TransitionRule(
        ALL_STATUSES, "không thể đính kèm", Action.ATTACH, _check_attachment_added),
}
"""Every event kind but ``received`` (which creates the dossier), with what it requires."""


def _check(b: _Builder | None, kind: str, occurred_at: str, payload: Mapping[str, Any]) -> None:
    """Raise TransitionError when ``kind`` may not happen now; pure, writes nothing."""
    _check_state(b, kind, occurred_at, payload)
    try:  # then every field's type: the same check the server makes at push
        check_payload(kind, payload)
    except PayloadError as exc:
        raise TransitionError(str(exc)) from None


def _check_state(b: _Builder | None, kind: str, occurred_at: str,
                 payload: Mapping[str, Any]) -> None:
    if kind == EventKind.RECEIVED:
        if b is not None:
            raise TransitionError(f"Hồ sơ {b.code} đã được tiếp nhận trước đó.")
        _check_received(payload, occurred_at)
        return
    rule = TRANSITIONS.get(kind)
    if rule is None:
        raise TransitionError(f"Loại sự kiện “{kind}” không được hỗ trợ.")
    if b is None:
        raise TransitionError("Hồ sơ chưa được tiếp nhận.")
    if occurred_at < b.received_at:
        raise TransitionError(
            f"Thời điểm {vn_moment(occurred_at)} trước lúc tiếp nhận hồ sơ "
            f"({vn_moment(b.received_at)})."
        )
    if b.status not in rule.statuses:
        label = STATUS_LABELS.get(b.status, b.status)
        raise TransitionError(
            f"Hồ sơ {b.code} đang ở trạng thái “{label}”, {rule.refusal}.")
    refusal = rule.blocked(b) if rule.blocked is not None else None
    if refusal is not None:
        raise TransitionError(refusal)
    if rule.validate is not None:
        rule.validate(b, occurred_at, payload)


def allowed_actions(state: DossierState, role: Role) -> frozenset[str]:
    """The event kinds ``role`` may record on a dossier in ``state`` (the detail screen's buttons).

    The same table ``_check`` enforces: the status allows the kind, nothing in the state blocks
    it (a dossier is rated once), and the role holds the permission. The payload is checked
    only when the event is recorded.
    """
    return frozenset(
        kind for kind, rule in TRANSITIONS.items()
        if state.status in rule.statuses
        and (rule.blocked is None or rule.blocked(state) is None)
        and can_role(role, rule.permission)
    )


def _apply(b: _Builder | None, e: Event) -> _Builder:
    """Check and apply one event; returns the (same or new) builder."""
    kind, at, p = e.kind, e.occurred_at, e.payload
    _check(b, kind, at, p)
    if b is None:
        b = _Builder(e.dossier_id)
        applicant = p.get("applicant") or {}
        b.code = str(p["code"])
        b.commune_code = e.commune_code
        b.procedure_code = str(p["procedure_code"])
        b.procedure_name = str(p.get("procedure_name", ""))
        version = p.get("catalog_version")
        b.catalog_version = int(version) if version is not None else None
        b.field = str(p.get("field", ""))
        b.status = Status.RECEIVED
        b.submitted_at = p.get("submitted_at")
        b.received_at = str(p.get("received_at") or at)
        b.due_at = p.get("due_at")
        b.original_due_at = p.get("due_at")
        b.channel = p.get("channel")
        b.receiving_unit = p.get("receiving_unit")
        b.deciding_unit = p.get("deciding_unit")
        b.applicant = {k: str(v) for k, v in applicant.items() if k in APPLICANT_FIELDS and v}
        fee = p.get("fee")
        if isinstance(fee, Mapping):
            b.fee_amount = int(fee.get("amount") or 0)
            b.fee_method = fee.get("method")
    elif kind == EventKind.ASSIGNED:
        to = str(p["to"]).strip()
        b.handovers.append(Handover(at, b.assignee or e.actor, to, _text(p, "note")))
        b.assignee = to
        if b.status == Status.RECEIVED:
            b.status = Status.IN_PROGRESS
    elif kind == EventKind.SUPPLEMENT_REQUESTED:
        b.status = Status.WAITING_SUPPLEMENT
        b.paused_since = at
        b.supplement_count += 1
        b.pauses.append(PauseRecord(at, None, _text(p, "reason"), e.actor))
    elif kind == EventKind.SUPPLEMENT_RECEIVED:
        b.status = Status.IN_PROGRESS
        b.paused_since = None
        if b.pauses:
            last = b.pauses[-1]
            b.pauses[-1] = PauseRecord(last.start, at, last.reason, last.by)
        if p.get("due_at"):
            b.due_at = str(p["due_at"])
        if p.get("original_due_at"):
            b.original_due_at = str(p["original_due_at"])
    elif kind == EventKind.REFUSED:
        b.status = Status.REFUSED
        b.finished_at = at
        b.paused_since = None
        b.verdict = _verdict(b.original_due_at, at)
    elif kind == EventKind.RESCHEDULED:
        b.due_at = _require_time(p["new_due_at"], "ngày hẹn mới")
        b.reschedule_count += 1
    elif kind == EventKind.RESOLVED:
        b.status = Status.RESOLVED
        b.outcome = str(p["outcome"])
        ready = _require_time(p.get("ready_at") or at, "thời điểm có kết quả")
        b.ready_at = ready
        b.finished_at = ready
        b.verdict = _verdict(b.original_due_at, ready)
    elif kind == EventKind.RETURNED:
        b.status = Status.RETURNED
        b.returned_at = at
    elif kind == EventKind.WITHDRAWN:
        b.status = Status.WITHDRAWN
        b.finished_at = at
        b.paused_since = None
    elif kind == EventKind.RATED:
        b.rating = str(p["level"])
    elif kind == EventKind.CORRECTED:
        for key in APPLICANT_FIELDS:
            if key in p:
                value = str(p[key] or "").strip()
                if value:
                    b.applicant[key] = value
                else:
                    b.applicant.pop(key, None)
    elif kind == EventKind.ATTACHMENT_ADDED:
        b.attachments += 1
    b.last_event_at = max(b.last_event_at, at)
    b.event_count += 1
    return b


# Obstacle streams (``obstacle_*``) and other non-dossier kinds are not folded here.
_DOSSIER_KINDS = frozenset(k.value for k in EventKind)


def _fold_builder(events: Iterable[Event]) -> _Builder | None:
    b: _Builder | None = None
    conflicts: list[str] = []
    for e in sorted(events, key=lambda ev: ev.order_key):
        if e.kind not in _DOSSIER_KINDS:
            continue
        try:
            b = _apply(b, e)
        except TransitionError:
            # Invalid in the merged order (e.g. two desks returning the same result): kept in
            # the log, skipped by the fold, listed for a person to settle.
            conflicts.append(e.id)
    if b is not None:
        b.conflicts = conflicts
    return b


def fold(events: Iterable[Event]) -> DossierState | None:
    """The state of one dossier from all its events (any order; sorted by the total order).

    Returns ``None`` when no ``received`` event is among them.
    """
    b = _fold_builder(events)
    return None if b is None else b.freeze()


def fold_row(events: Iterable[Event]) -> dict[str, Any] | None:
    """The ``dossiers`` projection row for one dossier's events (bulk path of ``fold``)."""
    b = _fold_builder(events)
    return None if b is None else b.row()


def projection_row(state: DossierState) -> dict[str, Any]:
    return _Builder.from_state(state).row()


def projection_digest_line(row: Mapping[str, Any]) -> bytes:
    """One projection row as a line of the digest that desk and server compare (``check``)."""
    return (canonical_json(row) + "\n").encode()


def check_transition(
    state: DossierState | None, kind: str, occurred_at: str, payload: Mapping[str, Any]
) -> None:
    """Raise TransitionError when the command may not be applied to ``state``."""
    _check(None if state is None else _Builder.from_state(state), kind, occurred_at, payload)


def apply_event(state: DossierState | None, event: Event) -> DossierState:
    """The state after one more event, appended in order; raises TransitionError if invalid."""
    b = None if state is None else _Builder.from_state(state)
    return _apply(b, event).freeze()
