"""Wire models of the sync protocol (version 1), shared by the desk client and the server."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH = 500  # events per push request
MAX_BODY_BYTES = 4 * 1024 * 1024  # a push body larger than this is refused with 413
MAX_PULL = 1000
INT64_MAX = 2**63 - 1  # numbers the server stores in BIGINT columns

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HLC = re.compile(r"^\d{13}-\d{5}$")
_COMMUNE = re.compile(r"^[0-9A-Za-z._-]{1,32}$")


def is_uuid(text: str) -> bool:
    return bool(_UUID.match(text))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireEvent(_Model):
    """One event as it travels: the columns of the ``events`` table, payload as an object."""

    id: str = Field(max_length=36)
    dossier_id: str = Field(max_length=36)
    kind: str = Field(min_length=1, max_length=40)
    occurred_at: str = Field(max_length=32)
    actor: str = Field(max_length=100)
    desk_id: str = Field(max_length=36)
    desk_epoch: int = Field(ge=1, le=INT64_MAX)
    desk_seq: int = Field(ge=1, le=INT64_MAX)
    hlc: str = Field(max_length=19)
    commune_code: str = Field(max_length=32)
    payload: dict[str, Any]
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

    @field_validator("id", "dossier_id", "desk_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        if not is_uuid(value):
            raise ValueError("không phải UUID")
        return value

    @field_validator("hlc")
    @classmethod
    def _hlc(cls, value: str) -> str:
        if not _HLC.match(value):
            raise ValueError("dấu thời gian HLC sai dạng")
        return value

    @field_validator("commune_code")
    @classmethod
    def _commune(cls, value: str) -> str:
        if not _COMMUNE.match(value):
            raise ValueError("mã xã sai dạng")
        return value

    def order_key(self) -> tuple[str, str, str]:
        """The total order every desk and the server fold in."""
        return (self.hlc, self.desk_id, self.id)


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
