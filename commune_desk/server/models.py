"""SQLAlchemy models of the server's database (SQLite for a hub or demo, PostgreSQL by URL)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Commune(Base):
    __tablename__ = "communes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Per-commune log counter; pushes lock this row, so numbers commit in order and a pull
    # cursor can never skip an event committed late.
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)
    # Running digest of the commune's log (sha256 over the previous digest and each event id):
    # a pull cursor carries it, so a server restored to an older backup is always noticed.
    log_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[str] = mapped_column(String(32))


class EnrolToken(Base):
    __tablename__ = "enrol_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"))
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # Set for a token that re-enrols one existing desk (reinstalled PC): only that desk id may
    # use it. A plain token never re-keys a desk that is already enrolled.
    for_desk: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Desk(Base):
    __tablename__ = "desks"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    desk_number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[str] = mapped_column(String(32))
    last_seen_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # The desk's PC clock minus the server's at its last status call (seconds; + = ahead).
    clock_offset_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clock_checked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class DeskEpoch(Base):
    __tablename__ = "desk_epochs"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Event(Base):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune_code: Mapped[str] = mapped_column(String(32))
    commune_seq: Mapped[int] = mapped_column(BigInteger)
    log_hash: Mapped[str] = mapped_column(String(64))
    dossier_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    desk_id: Mapped[str] = mapped_column(String(36))
    desk_epoch: Mapped[int] = mapped_column(BigInteger)
    desk_seq: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(String(19))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    stored_at: Mapped[str] = mapped_column(String(32))
    # The event's wire JSON (``sync.protocol.wire_text``), written once when it is stored: a
    # pull sends it as it is. NULL for events stored before migration s017 (built when pulled).
    wire: Mapped[str | None] = mapped_column(Text, nullable=True)
    __table_args__ = (
        UniqueConstraint("desk_id", "desk_epoch", "desk_seq", name="uq_events_desk_slot"),
        UniqueConstraint("commune_code", "commune_seq", name="uq_events_commune_seq"),
        Index("ix_events_commune_kind", "commune_code", "kind"),
    )


class Rejection(Base):
    """A pushed event the server refused; it settles its number so the desk's log moves on."""

    __tablename__ = "rejections"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_epoch: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    desk_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))
    # The event's own hash when its content matched it: the next event may link to it.
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ParkedEvent(Base):
    """An event that arrived before its predecessor (a gap in the desk's numbering): held here,
    unseen by pulls, until the gap is filled and its link to the predecessor is verified."""

    __tablename__ = "parked_events"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_epoch: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    desk_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    commune_code: Mapped[str] = mapped_column(String(32))
    dossier_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100))
    hlc: Mapped[str] = mapped_column(String(19))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    stored_at: Mapped[str] = mapped_column(String(32))


class ReferenceVersionRow(Base):
    __tablename__ = "reference_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[str] = mapped_column(String(100))
    published_at: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_reference_versions_kind"),)


class Officer(Base):
    __tablename__ = "officers"
    login: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    # Lockout as on the desk: wrong passwords in a row, and the moment the lock ends.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[str | None] = mapped_column(String(32), nullable=True)


class OfficerSession(Base):
    __tablename__ = "officer_sessions"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    login: Mapped[str] = mapped_column(ForeignKey("officers.login"))
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[str] = mapped_column(String(32))


class ServerIdentity(Base):
    """The province's own 'desk': answers to obstacles travel down as its events."""

    __tablename__ = "server_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(BigInteger)
    next_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_hlc: Mapped[str] = mapped_column(String(19))
    # Secret of the province's seal on its own events: desks hand sealed events back after
    # the server was restored from an older backup (the key is in every backup).
    seal_key: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Blob(Base):
    """A scanned file of one commune, addressed by its sha256; once complete it is never
    overwritten. Each commune has its own copy: no commune can block, read or probe another's."""

    __tablename__ = "commune_blobs"
    commune_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    uploaded_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32))


class BlobChunk(Base):
    __tablename__ = "commune_blob_chunks"
    commune_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    __table_args__ = (
        ForeignKeyConstraint(["commune_code", "sha256"],
                             ["commune_blobs.commune_code", "commune_blobs.sha256"]),
    )
