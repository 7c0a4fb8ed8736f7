"""SQLAlchemy 2 typed models: every table of a desk database, declared once (Alembic creates them)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Event(Base):
    """One thing that happened; never updated or deleted (triggers refuse it)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[str] = mapped_column(String(19))
    actor: Mapped[str] = mapped_column(String(100))
    desk_id: Mapped[str] = mapped_column(String(36))
    desk_epoch: Mapped[int] = mapped_column(Integer)
    desk_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(19))
    commune_code: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("desk_id", "desk_epoch", "desk_seq", name="uq_events_desk_seq"),
        Index("ix_events_dossier_hlc", "dossier_id", "hlc"),
    )


class Dossier(Base):
    """The projection: one row per dossier, the fold of its events (never edited by hand)."""

    __tablename__ = "dossiers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Stable integer key for the FTS index (a TEXT primary key table's rowid can change on VACUUM).
    num: Mapped[int] = mapped_column(Integer, unique=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    commune_code: Mapped[str] = mapped_column(String(20))
    procedure_code: Mapped[str] = mapped_column(String(40))
    procedure_name: Mapped[str] = mapped_column(Text)
    catalog_version: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[str | None] = mapped_column(String(19))
    received_at: Mapped[str] = mapped_column(String(19))
    due_at: Mapped[str | None] = mapped_column(String(19))
    original_due_at: Mapped[str | None] = mapped_column(String(19))
    ready_at: Mapped[str | None] = mapped_column(String(19))
    finished_at: Mapped[str | None] = mapped_column(String(19))
    returned_at: Mapped[str | None] = mapped_column(String(19))
    assignee: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(20))
    verdict: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(20))
    receiving_unit: Mapped[str | None] = mapped_column(Text)
    deciding_unit: Mapped[str | None] = mapped_column(Text)
    applicant_name: Mapped[str] = mapped_column(Text)
    applicant_id_number: Mapped[str | None] = mapped_column(String(20))
    applicant_phone: Mapped[str | None] = mapped_column(String(20))
    applicant_address: Mapped[str | None] = mapped_column(Text)
    paused_since: Mapped[str | None] = mapped_column(String(19))
    reschedule_count: Mapped[int] = mapped_column(Integer, default=0)
    supplement_count: Mapped[int] = mapped_column(Integer, default=0)
    rating: Mapped[str | None] = mapped_column(String(20))
    digitised: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_amount: Mapped[int | None] = mapped_column(Integer)
    fee_method: Mapped[str | None] = mapped_column(String(20))
    last_event_at: Mapped[str] = mapped_column(String(19))
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_dossiers_status_due", "status", "due_at"),
        Index("ix_dossiers_received_at", "received_at"),
        Index("ix_dossiers_procedure_received", "procedure_code", "received_at"),
        Index("ix_dossiers_field_received", "field", "received_at"),
        Index("ix_dossiers_assignee_status", "assignee", "status"),
        Index("ix_dossiers_finished_at", "finished_at"),
    )


class Desk(Base):
    """This desk's identity and settings: a single row (id = 1)."""

    __tablename__ = "desk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(36))
    desk_number: Mapped[int] = mapped_column(Integer)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    commune_code: Mapped[str] = mapped_column(String(20))
    commune_name: Mapped[str] = mapped_column(Text)
    agency_id: Mapped[str] = mapped_column(String(40))
    receiving_unit: Mapped[str] = mapped_column(Text, default="")
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    last_hlc: Mapped[str] = mapped_column(String(19), default="0000000000000-00000")
    sync_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    office_hours: Mapped[str | None] = mapped_column(Text)  # JSON; None = Nghệ An defaults
    counting_mode: Mapped[str] = mapped_column(String(20), default="end_of_day")
    created_at: Mapped[str] = mapped_column(String(19))

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("desk_number BETWEEN 1 AND 9", name="desk_number_range"),
    )


class CodeCounter(Base):
    """Last daily sequence used by this desk for dossier codes (never goes down)."""

    __tablename__ = "code_counters"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO date
    last_seq: Mapped[int] = mapped_column(Integer)


class CalendarOverride(Base):
    """A calendar record entered or delivered here; overrides the bundled calendar."""

    __tablename__ = "calendar_overrides"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("kind IN ('holiday', 'day_off', 'makeup_workday')", name="kind"),
    )


class CatalogVersionRow(Base):
    """One whole version of the procedure catalogue; rows are never edited once in use."""

    __tablename__ = "catalog_versions"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(String(19))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProcedureRow(Base):
    """One procedure of one catalogue version."""

    __tablename__ = "procedures"

    catalog_version: Mapped[int] = mapped_column(
        ForeignKey("catalog_versions.version"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    national_code: Mapped[str | None] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text)
    limit_value: Mapped[int] = mapped_column(Integer)
    limit_unit: Mapped[str] = mapped_column(String(20))
    extension: Mapped[int] = mapped_column(Integer, default=0)
    cutoff: Mapped[str] = mapped_column(String(5), default="15:00")
    limit_note: Mapped[str] = mapped_column(Text, default="")
    fee: Mapped[str] = mapped_column(Text)  # JSON of FeeRule.to_dict()
    documents: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    effective_from: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A scanned file referred to by an ``attachment_added`` event (content-addressed)."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    stored_path: Mapped[str | None] = mapped_column(Text)  # before 7a03: a plain file


class AttachmentBlob(Base):
    """The bytes of a scan, inside the encrypted database (so in every backup and restore)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class User(Base):
    """A desk account: argon2id hash and lockout state (``services/accounts.py``)."""

    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(32), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, server_default=false())
    must_change_password: Mapped[bool] = mapped_column(Boolean, server_default=false())
    failed_attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    locked_until: Mapped[str | None] = mapped_column(String(19))
    created_at: Mapped[str] = mapped_column(String(19))
    created_by: Mapped[str] = mapped_column(String(100))
    password_changed_at: Mapped[str | None] = mapped_column(String(19))
    last_login_at: Mapped[str | None] = mapped_column(String(19))
    phone: Mapped[str] = mapped_column(String(30), server_default="")

    __table_args__ = (
        CheckConstraint("role IN ('clerk', 'officer', 'leader', 'admin')", name="role"),
    )


class AccountLogEntry(Base):
    """One account operation; append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "account_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[str] = mapped_column(String(19))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_account_log_at", "at"),)


class ReportSnapshot(Base):
    """The figures of a closed reporting window, frozen at its cut-off (never updated)."""

    __tablename__ = "report_snapshots"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # "ii06a"
    period_key: Mapped[str] = mapped_column(String(40))
    start: Mapped[str] = mapped_column(String(19), primary_key=True)
    end: Mapped[str] = mapped_column(String(19), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # canonical JSON of the figures
    taken_at: Mapped[str] = mapped_column(String(19))
    sha256: Mapped[str] = mapped_column(String(64))


class PaperSetting(Base):
    """One paper setting (signers, slip size, lookup address) as JSON."""

    __tablename__ = "paper_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffMember(Base):
    """Someone who may appear on a paper: this desk's accounts and the commune's directory."""

    __tablename__ = "staff_directory"

    login: Mapped[str] = mapped_column(String(100), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String(30), server_default="")
    title: Mapped[str] = mapped_column(Text, server_default="")
    updated_at: Mapped[str] = mapped_column(String(19))


# Sync bookkeeping (``services/sync.py``). Column types are those of the tables older files
# already hold (made before migration c011 existed), so old and new files compare equal.
class SyncState(Base):
    """The desk's enrolment and cursors: a single row (id = 1)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    server_url: Mapped[str | None] = mapped_column(Text)
    commune_code: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[str | None] = mapped_column(Text)
    pull_cursor: Mapped[str] = mapped_column(Text, server_default="")
    reference_cursor: Mapped[int] = mapped_column(Integer, server_default="0")
    last_attempt_at: Mapped[str | None] = mapped_column(Text)
    last_success_at: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class SyncAck(Base):
    """Per epoch of this desk: the highest number the server acknowledged, and sent."""

    __tablename__ = "sync_acks"

    desk_epoch: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    acked_seq: Mapped[int] = mapped_column(Integer, server_default="0")
    sent_seq: Mapped[int] = mapped_column(Integer, server_default="0")


class SyncBlob(Base):
    """An attachment the server already holds (content hash)."""

    __tablename__ = "sync_blobs"

    sha256: Mapped[str] = mapped_column(Text, primary_key=True)
    uploaded_at: Mapped[str] = mapped_column(Text)


class SyncQuarantine(Base):
    """An event refused by the server ("out") or one of theirs not stored here ("in")."""

    __tablename__ = "sync_quarantine"

    event_id: Mapped[str] = mapped_column(Text, primary_key=True)
    direction: Mapped[str] = mapped_column(Text)
    dossier_id: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(Text)
    event_json: Mapped[str | None] = mapped_column(Text)


class KnownDesk(Base):
    """Another desk whose events this file may hold: brought by sync, or by the demo data.

    ``check`` and ``audit verify`` flag events of any other desk (a forged dossier under a
    made-up desk id).
    """

    __tablename__ = "known_desks"

    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    first_seen_at: Mapped[str] = mapped_column(String(19))
