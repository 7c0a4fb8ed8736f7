"""Procedure catalogue data types: one procedure row and one catalogue version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from commune_desk.domain.fees import FeeRule

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
