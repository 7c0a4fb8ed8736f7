"""Read-side queries over the projection and the log, returning frozen dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commune_desk.domain.lifecycle import (
    RUNNING_STATUSES,
    STATUS_LABELS,
    in_status_order,
)
from commune_desk.domain.text import fts_query
from commune_desk.store.models import Dossier


@dataclass(frozen=True)
class DossierView:
    """One projection row, display-ready (no lazy loading, safe on any thread)."""

    id: str
    num: int
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
    applicant_name: str
    applicant_id_number: str | None
    applicant_phone: str | None
    applicant_address: str | None
    paused_since: str | None
    reschedule_count: int
    supplement_count: int
    rating: str | None
    digitised: bool
    fee_amount: int | None
    fee_method: str | None
    last_event_at: str
    event_count: int
    conflict_count: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


VIEW_COLUMNS: tuple[str, ...] = tuple(DossierView.__dataclass_fields__)


def view_from_row(row: Any) -> DossierView:
    if isinstance(row, Dossier):
        values = {c: getattr(row, c) for c in VIEW_COLUMNS}
    else:
        values = dict(zip(VIEW_COLUMNS, row, strict=True))
    values["digitised"] = bool(values["digitised"])
    return DossierView(**values)


def dossier_by_id(session: Session, dossier_id: str) -> DossierView | None:
    row = session.get(Dossier, dossier_id)
    return None if row is None else view_from_row(row)


def dossier_by_code(session: Session, code: str) -> DossierView | None:
    row = session.execute(select(Dossier).where(Dossier.code == code.strip().upper())).scalar()
    return None if row is None else view_from_row(row)


def dossier_rows(session: Session, ids: Sequence[str]) -> list[DossierView]:
    """Rows for these ids, in the order given (the paging model's fetch)."""
    if not ids:
        return []
    cols = ", ".join(VIEW_COLUMNS)
    marks = ", ".join("?" for _ in ids)
    rows = session.connection().exec_driver_sql(
        f"SELECT {cols} FROM dossiers WHERE id IN ({marks})", tuple(ids)
    ).fetchall()
    by_id = {r[0]: view_from_row(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class SearchHit:
    id: str
    code: str
    applicant_name: str
    applicant_id_number: str | None
    applicant_phone: str | None
    procedure_name: str
    status: str
    received_at: str
    due_at: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


SEARCH_SQL = (
    "SELECT d.id, d.code, d.applicant_name, d.applicant_id_number, d.applicant_phone, "
    "d.procedure_name, d.status, d.received_at, d.due_at "
    "FROM (SELECT rowid AS r FROM dossier_fts WHERE dossier_fts MATCH ? "
    "ORDER BY rowid DESC LIMIT ?) AS f JOIN dossiers AS d ON d.num = f.r ORDER BY d.num DESC"
)
RAW_FTS_SQL = (
    "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
)


def search_dossiers(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Dossiers whose applicant name, ID, phone, code (prefix) or procedure match, newest first.

    Case and diacritics do not matter ("nguyen thi dao" finds "Nguyễn Thị Đào").
    """
    match = fts_query(query)
    if match is None:
        return []
    rows = session.connection().exec_driver_sql(SEARCH_SQL, (match, max(1, limit))).fetchall()
    return [SearchHit(*r) for r in rows]


def overdue_page(session: Session, now_iso: str, limit: int = 50, offset: int = 0) -> list[str]:
    """Ids of open dossiers past their due moment, most overdue first (uses status+due index)."""
    running = in_status_order(RUNNING_STATUSES)  # the clock runs (not waiting for a supplement)
    marks = ", ".join("?" for _ in running)
    rows = session.connection().exec_driver_sql(
        f"SELECT id FROM dossiers WHERE status IN ({marks}) AND due_at < ? "
        "ORDER BY due_at LIMIT ? OFFSET ?",
        (*running, now_iso, limit, offset),
    ).fetchall()
    return [r[0] for r in rows]
