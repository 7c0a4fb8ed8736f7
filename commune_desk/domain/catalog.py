"""Procedure catalogue: one procedure, one catalogue version, and the JSON document format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from commune_desk.domain.fees import FeeError, FeeRule
from commune_desk.errors import UserError

if TYPE_CHECKING:
    from commune_desk.domain.timelimit import TimeLimit


@dataclass(frozen=True)
class Procedure:
    """A procedure the commune handles, as published by the province (one catalogue row)."""

    code: str  # national code (e.g. 1.001193) or a local code when unknown
    name: str
    field: str  # lĩnh vực
    limit_value: int
    limit_unit: str  # LimitUnit value: working_days, working_hours, calendar_days, same_day
    fee: FeeRule
    extension: int = 0  # extra working days when verification is needed
    cutoff: time = time(15, 0)
    national_code: str | None = None
    documents: tuple[str, ...] = ()
    legal_basis: str = ""
    effective_from: date | None = None
    limit_note: str = ""  # e.g. "sau 15 ngày niêm yết"
    active: bool = True

    def time_limit(self) -> TimeLimit:
        from commune_desk.domain.timelimit import LimitUnit, TimeLimit

        return TimeLimit(self.limit_value, LimitUnit(self.limit_unit), self.extension, self.cutoff)

    @property
    def limit_text(self) -> str:
        return self.time_limit().text


@dataclass(frozen=True)
class CatalogVersion:
    """A whole catalogue as one version; dossiers keep the version they were received under."""

    version: int
    name: str
    effective_from: date
    procedures: tuple[Procedure, ...]
    source: str = ""

    def procedure(self, code: str) -> Procedure | None:
        for proc in self.procedures:
            if proc.code == code:
                return proc
        return None


# --- the JSON catalogue format (the bundled file, province deliveries) ---------------------

CATALOG_FORMAT = "commune-desk-catalog/1"


class CatalogError(UserError, ValueError):
    """A catalogue that cannot be used; ``errors`` lists row-by-row Vietnamese messages."""

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.errors = tuple(errors)

    def report(self) -> str:
        return "\n".join([str(self), *(f"  - {e}" for e in self.errors)])


def _validate_procedure(p: Procedure) -> None:
    from commune_desk.domain.timelimit import TimeLimitError

    try:
        p.time_limit()
    except (TimeLimitError, ValueError) as exc:
        raise CatalogError(str(exc)) from None


def procedure_from_dict(data: dict[str, Any]) -> Procedure:
    """One procedure of the JSON catalogue format (the bundled file, province deliveries)."""
    try:
        p = Procedure(
            code=str(data["code"]).strip(),
            name=str(data["name"]).strip(),
            field=str(data["field"]).strip(),
            limit_value=int(data["limit_value"]),
            limit_unit=str(data["limit_unit"]),
            fee=FeeRule.from_dict(data["fee"]),
            extension=int(data.get("extension") or 0),
            cutoff=time.fromisoformat(data.get("cutoff") or "15:00"),
            national_code=data.get("national_code") or None,
            documents=tuple(str(d) for d in data.get("documents", ())),
            legal_basis=str(data.get("legal_basis", "")),
            effective_from=date.fromisoformat(data["effective_from"]) if data.get("effective_from") else None,
            limit_note=str(data.get("limit_note", "")),
            active=bool(data.get("active", True)),
        )
    except (KeyError, TypeError, ValueError, FeeError) as exc:
        raise CatalogError(f"Thủ tục {data.get('code', '?')} không hợp lệ: {exc}") from None
    _validate_procedure(p)
    return p


def load_catalog_document(doc: Any) -> tuple[str, date, str, list[Procedure]]:
    if not isinstance(doc, dict) or doc.get("format") != CATALOG_FORMAT:
        raise CatalogError(f"Tệp danh mục không đúng định dạng {CATALOG_FORMAT}.")
    procs = [procedure_from_dict(p) for p in doc.get("procedures", [])]
    return (
        str(doc.get("name", "Danh mục thủ tục")),
        date.fromisoformat(doc.get("effective_from", "2025-07-01")),
        str(doc.get("source", "")),
        procs,
    )
