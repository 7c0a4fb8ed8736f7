"""Plain inputs of the paper builders: frozen dataclasses, display-ready, no ORM and no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Issuer:
    """Who issues a paper: the heading's left column and the place on the date line."""

    body: str  # bold line, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    parent_body: str = ""  # regular line above it, e.g. "UBND XÃ NGHĨA ĐÀN"
    place: str = ""  # "Nghĩa Đàn" on the place/date line
    symbol: str = "TTPVHCC"  # issuing body's abbreviation in "Số: 12/GTN-TTPVHCC"
    address: str = ""
    phone: str = ""
    sentence_name: str = ""  # as it reads in a sentence: "Trung tâm … xã Nghĩa Đàn", case kept


@dataclass(frozen=True)
class Signer:
    """A signature block: authority lines (e.g. "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") and the name."""

    lines: tuple[str, ...]
    name: str = ""
    note: str = "(Ký và ghi rõ họ tên)"


@dataclass(frozen=True)
class Applicant:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class DocumentItem:
    name: str
    original: bool = True
    count: int = 1


@dataclass(frozen=True)
class ReceiptData:
    """Form 01: receipt and appointment."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    documents: tuple[DocumentItem, ...]
    sets: int
    limit_text: str
    received_at: datetime
    due_at: datetime
    deadline_explanation: tuple[str, ...] = ()
    return_method: str = "Tại Bộ phận Một cửa"
    fee_text: str = ""
    ledger_book: str = ""
    ledger_entry: str = ""
    receiver: Signer = field(default_factory=lambda: Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",)))
    issued_on: date | None = None  # defaults to the receipt day
    online: bool = False  # submitted online: no applicant signature at a counter
    lookup_address: str = ""  # the QR's lookup address with the code; "" = the bare code
    doc_number: str = ""
    form_set: str = "2025"
    paper: str = "A4"  # forms 01–05: "A4" or "A5" (a setting)


@dataclass(frozen=True)
class SupplementData:
    """Form 02: request to supplement or correct the dossier."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    received_at: datetime | None
    items: tuple[str, ...]
    reason: str
    legal_basis: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    officer: Signer = field(default_factory=lambda: Signer(("NGƯỜI HƯỚNG DẪN",)))
    issued_on: date | None = None
    doc_number: str = ""
    form_set: str = "2025"
    paper: str = "A4"  # forms 01–05: "A4" or "A5" (a setting)


@dataclass(frozen=True)
class RefusalData:
    """Form 03: refusal to accept or settle the dossier."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    reasons: tuple[str, ...]
    officer: Signer = field(default_factory=lambda: Signer(("NGƯỜI TIẾP NHẬN HỒ SƠ",)))
    issued_on: date | None = None
    doc_number: str = ""
    form_set: str = "2025"
    paper: str = "A4"  # forms 01–05: "A4" or "A5" (a setting)


@dataclass(frozen=True)
class ApologyData:
    """Form 04: apology and new appointment (extension)."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    received_at: datetime
    original_due_at: datetime
    new_due_at: datetime
    reason: str
    signer: Signer
    issued_on: date | None = None
    doc_number: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")
    form_set: str = "2025"
    paper: str = "A4"  # forms 01–05: "A4" or "A5" (a setting)


@dataclass(frozen=True)
class StopData:
    """Form 05: notice that processing of the dossier has stopped."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    received_at: datetime
    stopped_at: datetime
    grounds: str  # "Theo đề nghị của cá nhân, tổ chức" or the legal reason
    reason: str
    papers_fees: str
    signer: Signer
    issued_on: date | None = None
    doc_number: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")
    form_set: str = "2025"
    paper: str = "A4"  # forms 01–05: "A4" or "A5" (a setting)


@dataclass(frozen=True)
class DenialData:
    """Reply letter: a decision not to grant, after processing (not the counter's form 03)."""

    issuer: Issuer
    code: str
    applicant: Applicant
    procedure_name: str
    received_at: datetime
    decided_at: datetime
    reasons: tuple[str, ...]
    signer: Signer
    issued_on: date | None = None
    doc_number: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")
    form_set: str = "2025"
    paper: str = "A4"


@dataclass(frozen=True)
class ControlStep:
    """One hand-over on form 06: giver → receiver at a moment, with the step's verdict."""

    giver: str
    receiver: str
    at: datetime
    verdict: str  # "Trước hạn" / "Đúng hạn" / "Quá hạn" / ""
    note: str = ""


@dataclass(frozen=True)
class ControlSlipData:
    """Form 06: process-control slip."""

    issuer: Issuer
    code: str
    applicant_name: str
    procedure_name: str
    receiving_unit: str
    deciding_unit: str
    received_at: datetime
    due_at: datetime  # the appointment every step is judged against (moved only by pauses)
    steps: tuple[ControlStep, ...]
    issued_on: date | None = None
    form_set: str = "2025"
    reappointed_at: datetime | None = None  # the last form-04 re-appointment, if any


@dataclass(frozen=True)
class LedgerRow:
    """One line of form 07, the tracking ledger."""

    seq: int
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    applicant_contact: str
    deciding_unit: str
    received_at: datetime
    due_at: datetime | None
    transferred_at: datetime | None = None
    result_in_at: datetime | None = None
    returned_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class LedgerData:
    issuer: Issuer
    date_from: date
    date_to: date
    rows: tuple[LedgerRow, ...]
    issued_on: date | None = None
    form_set: str = "2025"
    extract_of: str | None = None  # one dossier's row ("print --form 07"), not the whole book
    chain_head: str = ""  # "N sự kiện · hash" of this desk's audit chain (paper anchor)
    # The desk's own area as addresses end with it, longest first ("xã Nghĩa Đàn, tỉnh Nghệ
    # An", "xã Nghĩa Đàn, Nghệ An", "xã Nghĩa Đàn"): the PDF drops it from column (6) and says so.
    local_area: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldFigures:
    """One row of Biểu II.06a: the eleven counts of columns 3–13 for one field (lĩnh vực)."""

    field: str
    online: int = 0  # col 4
    offline: int = 0  # col 5: in person or by post
    carried: int = 0  # col 6: from the previous period
    early: int = 0  # col 8
    on_time: int = 0  # col 9
    late: int = 0  # col 10
    within: int = 0  # col 12
    overdue: int = 0  # col 13

    @property
    def received(self) -> int:  # col 3 = 4 + 5 + 6
        return self.online + self.offline + self.carried

    @property
    def resolved(self) -> int:  # col 7 = 8 + 9 + 10
        return self.early + self.on_time + self.late

    @property
    def pending(self) -> int:  # col 11 = 12 + 13
        return self.within + self.overdue

    @property
    def balanced(self) -> bool:
        """Circular 01/2020 check: col 3 = col 7 + col 11."""
        return self.received == self.resolved + self.pending

    def columns(self) -> tuple[int, ...]:
        """Columns 3 to 13 in order."""
        return (
            self.received, self.online, self.offline, self.carried,
            self.resolved, self.early, self.on_time, self.late,
            self.pending, self.within, self.overdue,
        )


def total_figures(rows: tuple[FieldFigures, ...], label: str = "Tổng cộng") -> FieldFigures:
    return FieldFigures(
        field=label,
        online=sum(r.online for r in rows),
        offline=sum(r.offline for r in rows),
        carried=sum(r.carried for r in rows),
        early=sum(r.early for r in rows),
        on_time=sum(r.on_time for r in rows),
        late=sum(r.late for r in rows),
        within=sum(r.within for r in rows),
        overdue=sum(r.overdue for r in rows),
    )


@dataclass(frozen=True)
class Indicators:
    """Base counts of the Decision 766/QĐ-TTg ratios for one window."""

    resolved: int = 0
    resolved_in_time: int = 0  # early + on time
    received: int = 0  # received in the window (cols 4 + 5)
    received_online: int = 0
    paid: int = 0  # dossiers with a paid fee
    paid_online: int = 0
    ratings: int = 0
    satisfied: int = 0
    digitised: int = 0
    results: int = 0  # results returned
    results_electronic: int = 0

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    @property
    def on_time_rate(self) -> float | None:
        return self._ratio(self.resolved_in_time, self.resolved)

    @property
    def online_rate(self) -> float | None:
        return self._ratio(self.received_online, self.received)

    @property
    def online_payment_rate(self) -> float | None:
        return self._ratio(self.paid_online, self.paid)

    @property
    def satisfaction_rate(self) -> float | None:
        return self._ratio(self.satisfied, self.ratings)

    @property
    def digitisation_rate(self) -> float | None:
        return self._ratio(self.digitised, self.received)

    @property
    def electronic_result_rate(self) -> float | None:
        return self._ratio(self.results_electronic, self.results)


@dataclass(frozen=True)
class PeriodicReportData:
    """Biểu 06 / II.06a for one window, plus the Decision 766 indicators page."""

    issuer: Issuer
    period_label: str  # "Quý III năm 2026"
    date_from: date
    date_to: date
    rows: tuple[FieldFigures, ...]
    indicators: Indicators
    issued_on: date
    doc_number: str = ""
    provisional: bool = False  # the window has not closed yet
    as_of: datetime | None = None  # provisional: the moment open dossiers were judged at
    snapshot_at: datetime | None = None  # when the figures were frozen
    signer: Signer = field(
        default_factory=lambda: Signer(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), note=""))
    preparer: str = ""
    recipient: str = "Ủy ban nhân dân tỉnh"  # "Kính gửi:" (Decree 30)
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")  # "Nơi nhận:"

    @property
    def total(self) -> FieldFigures:
        return total_figures(self.rows)


@dataclass(frozen=True)
class BriefDossier:
    code: str
    procedure_name: str
    applicant_name: str
    due_at: datetime | None
    assignee: str


@dataclass(frozen=True)
class WeekFigures:
    label: str  # "W48" or "23/11–29/11"
    received: int
    resolved: int
    resolved_in_time: int

    @property
    def on_time_rate(self) -> float | None:
        return self.resolved_in_time / self.resolved if self.resolved else None


@dataclass(frozen=True)
class BacklogLine:
    field: str
    open: int
    overdue: int


@dataclass(frozen=True)
class WeeklyBriefData:
    """The leader's one-page weekly brief."""

    issuer: Issuer
    week_label: str  # "Tuần 48 năm 2026"
    date_from: date
    date_to: date
    weeks: tuple[WeekFigures, ...]  # previous four then this week (last)
    backlog: tuple[BacklogLine, ...]
    overdue: tuple[BriefDossier, ...]
    due_soon: tuple[BriefDossier, ...]
    apologies: int
    ratings: int
    satisfied: int
    issued_on: date
    now: datetime | None = None
    overdue_total: int | None = None  # when the lists were cut short, the full counts
    due_soon_total: int | None = None
    chain_head: str = ""  # "N sự kiện · hash" of this desk's audit chain (paper anchor)

    @property
    def this_week(self) -> WeekFigures:
        return self.weeks[-1]
