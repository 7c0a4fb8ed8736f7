"""Wire models of the sync protocol (version 1), shared by the desk client and the server."""

from __future__ import annotations

import json
import json.encoder
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH = 500  # events per push request
MAX_BODY_BYTES = 4 * 1024 * 1024  # a push body larger than this is refused with 413
MAX_PULL = 1000
INT64_MAX = 2**63 - 1  # numbers the server stores in BIGINT columns

_UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_UUID = re.compile(_UUID_PATTERN)
# Checked by pydantic's own (Rust) regex engine while the JSON is parsed: no Python call per
# field of a 500-event batch. The messages shown when one does not match, per field:
Uuid = Annotated[str, StringConstraints(pattern=_UUID_PATTERN)]
Hlc = Annotated[str, StringConstraints(pattern=r"^\d{13}-\d{5}$")]
CommuneCode = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z._-]{1,32}$")]
PATTERN_MESSAGES = {"id": "không phải UUID", "dossier_id": "không phải UUID",
                    "desk_id": "không phải UUID", "hlc": "dấu thời gian HLC sai dạng",
                    "commune_code": "mã xã sai dạng"}


def number_fault(value: Any) -> str | None:
    """Why a JSON number would be read differently by PostgreSQL, the desk or canonical JSON
    (an integer beyond 64 bits, NaN or an infinity such as ``1e400``), else None."""
    kind = type(value)
    if kind is int and not -INT64_MAX - 1 <= value <= INT64_MAX:
        return "Số nguyên vượt quá giới hạn 64 bit."
    if kind is float and not math.isfinite(value):
        return "JSON không được chứa số vô hạn."
    return None


def _plain_numbers(value: dict[str, Any]) -> dict[str, Any]:
    """A payload whose numbers every reader reads alike (``number_fault``); the server's
    careful reading then says which (``server.http``)."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif (kind is int or kind is float) and (fault := number_fault(item)):
            raise ValueError(fault)
    return value


Payload = Annotated[dict[str, Any], AfterValidator(_plain_numbers)]


def is_uuid(text: str) -> bool:
    return bool(_UUID.match(text))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireEvent(_Model):
    """One event as it travels: the columns of the ``events`` table, payload as an object."""

    id: Uuid
    dossier_id: Uuid
    kind: str = Field(min_length=1, max_length=40)
    occurred_at: str = Field(max_length=32)
    actor: str = Field(max_length=100)
    desk_id: Uuid
    desk_epoch: int = Field(ge=1, le=INT64_MAX)
    desk_seq: int = Field(ge=1, le=INT64_MAX)
    hlc: Hlc
    commune_code: CommuneCode
    payload: Payload
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)

    @classmethod
    def from_row(cls, row: Any) -> WireEvent:
        """The one converter from a stored event row (desk or server ORM object) to the wire."""
        return cls(id=row.id, dossier_id=row.dossier_id, kind=row.kind,
                   occurred_at=row.occurred_at, actor=row.actor, desk_id=row.desk_id,
                   desk_epoch=row.desk_epoch, desk_seq=row.desk_seq, hlc=row.hlc,
                   commune_code=row.commune_code, payload=json.loads(row.payload),
                   prev_hash=row.prev_hash, hash=row.hash)

    def order_key(self) -> tuple[str, str, str]:
        """The total order every desk and the server fold in."""
        return (self.hlc, self.desk_id, self.id)


_quote = json.encoder.encode_basestring


def _opt(value: str | None) -> str:
    return "null" if value is None else _quote(value)


def wire_text(row: Any, payload_text: str | None = None) -> str:
    """The JSON text of ``row``'s ``WireEvent`` (``row`` has its fields as attributes; the
    payload given, or ``row.payload``, as JSON text), written without building the model:
    the server stores it once per event and serves pulls from it."""
    payload = payload_text if payload_text is not None else row.payload
    return (f'{{"id":{_quote(row.id)},"dossier_id":{_quote(row.dossier_id)},'
            f'"kind":{_quote(row.kind)},"occurred_at":{_quote(row.occurred_at)},'
            f'"actor":{_quote(row.actor)},"desk_id":{_quote(row.desk_id)},'
            f'"desk_epoch":{int(row.desk_epoch)},"desk_seq":{int(row.desk_seq)},'
            f'"hlc":{_quote(row.hlc)},"commune_code":{_quote(row.commune_code)},'
            f'"payload":{payload or "{}"},"prev_hash":{_opt(row.prev_hash)},'
            f'"hash":{_opt(row.hash)}}}')


class EnrollRequest(_Model):
    schema_version: int
    token: str = Field(min_length=10, max_length=200)
    desk_id: str
    desk_number: int = Field(ge=1, le=9)
    label: str = Field(default="", max_length=100)
    # The commune the desk already works for (None for a fresh desk): the server refuses a
    # token of another commune before spending it.
    commune_code: str | None = Field(default=None, max_length=32)

    @field_validator("desk_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        if not is_uuid(value):
            raise ValueError("không phải UUID")
        return value


class EnrollResponse(_Model):
    schema_version: int = PROTOCOL_VERSION
    desk_token: str
    commune_code: str
    commune_name: str
    desk_id: str


EventStatus = Literal["accepted", "duplicate", "rejected"]


class EventResult(_Model):
    id: str
    desk_seq: int
    status: EventStatus
    reason: str | None = None


class PushRequest(_Model):
    """A batch of one desk's events of one epoch, in ascending ``desk_seq``."""

    schema_version: int
    desk_id: str
    desk_epoch: int = Field(ge=1, le=INT64_MAX)
    events: list[WireEvent] = Field(max_length=MAX_BATCH)


class ProvinceEventsRequest(_Model):
    """The province's own events a desk holds, handed back to a server restored from an older
    backup (the server takes back only those carrying its valid seal)."""

    schema_version: int
    events: list[WireEvent] = Field(max_length=MAX_BATCH)


class ProvinceEventsResponse(_Model):
    schema_version: int = PROTOCOL_VERSION
    results: list[EventResult]


class PushResponse(_Model):
    schema_version: int = PROTOCOL_VERSION
    results: list[EventResult]
    # Highest n such that 1..n of (desk, epoch) are durably settled (stored or rejected).
    acked_seq: int


class ReferenceVersion(_Model):
    """A whole version of province reference data, applied atomically by the desk."""

    id: int
    kind: Literal["catalog", "calendar", "staff"]
    version: str
    published_at: str
    content: Any


class PullResponse(_Model):
    schema_version: int = PROTOCOL_VERSION
    events: list[WireEvent]
    cursor: str  # opaque; send it back as ``cursor``
    more: bool
    reset: bool = False  # the server no longer knows the cursor (restored): desk re-reads all
    reference: list[ReferenceVersion] = []
    reference_cursor: int = 0


class StatusResponse(_Model):
    schema_version: int = PROTOCOL_VERSION
    desk_id: str
    commune_code: str
    acked: dict[str, int]  # epoch (as text) -> acked_seq
    # epoch (as text) -> hash of the acknowledged head event: the desk's chain anchored
    # outside its own file (``audit verify`` compares; a truncated or re-hashed chain differs)
    heads: dict[str, str] = {}
    # The server's clock (UTC ms) when it answered: the desk measures its own offset with it.
    server_time_ms: int | None = None
    # Every desk the server has enrolled for this commune: ``audit verify`` compares the desks
    # whose events the file holds (and its ``known_desks``) with it (None: an older server).
    commune_desks: list[str] | None = None


class ObstacleAnswerForm(_Model):
    obstacle_id: str
    answer: str = Field(min_length=1, max_length=4000)


class ErrorBody(_Model):
    detail: str
