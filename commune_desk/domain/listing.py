"""What the dossier list asks for and shows: statuses, worklists, filters, sort keys, rows, counts.

Plain data shared by the store's list queries, the listing service and the list screens.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from commune_desk.domain import lifecycle
from commune_desk.domain.lifecycle import in_status_order

# The lifecycle's status sets, as ordered tuples for SQL parameters and filter boxes.
OPEN_STATUSES: tuple[str, ...] = in_status_order(lifecycle.OPEN_STATUSES)
RUNNING_STATUSES: tuple[str, ...] = in_status_order(lifecycle.RUNNING_STATUSES)  # clock runs
ALL_STATUSES: tuple[str, ...] = in_status_order(lifecycle.ALL_STATUSES)

# Worklist buckets shown on the front page (the list opens filtered by one of them).
WORKLISTS: tuple[str, ...] = ("overdue", "due_today", "due_soon", "waiting_supplement", "mine")

# Columns the list can sort by (each is backed by an index in the store; see list_queries).
SORTABLE: tuple[str, ...] = (
    "code", "received_at", "due_at", "status", "procedure_name", "field", "assignee",
)

_CODE_RE = re.compile(r"^[0-9A-Za-z.]+-\d{6}-\d{4}$")
_PERSONAL_ID_RE = re.compile(r"^(\d{12}|\d{9})$")


@dataclass(frozen=True)
class ListFilter:
    """What the dossier list shows. Empty fields mean 'any'."""

    statuses: tuple[str, ...] = ()
    procedure_code: str | None = None
    field: str | None = None
    assignee: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None  # inclusive
    text: str = ""  # free text, folded: diacritics- and case-insensitive
    worklist: str | None = None  # one of WORKLISTS
    now: dt.datetime | None = None  # the moment worklist buckets are computed at
    soon_horizon: dt.date | None = None  # last day counted as "due within one working day"
    login: str | None = None  # whose "assigned to me"


@dataclass(frozen=True)
class Sort:
    column: str = "received_at"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class DossierRow:
    """One row of the list, as stored (the UI formats it)."""

    rowid: int
    id: str
    code: str
    status: str
    procedure_name: str
    field: str
    applicant_name: str
    applicant_id_number: str
    received_at: str | None
    due_at: str | None
    finished_at: str | None
    assignee: str | None
    verdict: str | None
    paused_since: str | None
    reschedule_count: int


@dataclass(frozen=True)
class WorklistCounts:
    overdue: int
    due_today: int
    due_soon: int
    waiting_supplement: int
    mine: int
    open_total: int
    total: int


@dataclass(frozen=True)
class FilterChoices:
    """Distinct values offered by the list's filter boxes."""

    procedures: tuple[tuple[str, str], ...]  # (code, name)
    fields: tuple[str, ...]
    assignees: tuple[str, ...]


def looks_like_code(query: str) -> bool:
    return bool(_CODE_RE.match(query.strip()))


def looks_like_personal_id(query: str) -> bool:
    return bool(_PERSONAL_ID_RE.match(query.strip()))
