"""Versioned form titles and numbers (the 2025 set by default), read from resources/forms/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from commune_desk.errors import UserError
from commune_desk.paths import resource

DEFAULT_SET = "2025"
FORM_NUMBERS = ("01", "02", "03", "04", "05", "06", "07")


class FormSetError(UserError, ValueError):
    """Unknown form set or form number (message in Vietnamese)."""


@dataclass(frozen=True)
class FormInfo:
    number: str  # our stable key "01".."07"
    code: str  # as printed, e.g. "Mẫu số 01"
    title: str  # capitals, as printed
    symbol: str  # short symbol used in the document number, e.g. "GTN"


@dataclass(frozen=True)
class FormSet:
    name: str
    effective_from: date
    effective_to: date | None
    source: str
    forms: dict[str, FormInfo]

    def form(self, number: str) -> FormInfo:
        info = self.forms.get(number)
        if info is None:
            raise FormSetError(f"Bộ biểu mẫu {self.name} không có mẫu số {number}.")
        return info


@lru_cache(maxsize=8)
def load_form_set(name: str = DEFAULT_SET) -> FormSet:
    path = resource("forms", f"forms_{name}.json")
    if not path.is_file():
        raise FormSetError(f"Không có bộ biểu mẫu {name}.")
    raw = json.loads(path.read_text(encoding="utf-8"))
    forms = {
        key: FormInfo(number=key, code=v["code"], title=v["title"], symbol=v.get("symbol", ""))
        for key, v in raw["forms"].items()
    }
    end = raw.get("effective_to")
    return FormSet(
        name=raw["set"],
        effective_from=date.fromisoformat(raw["effective_from"]),
        effective_to=date.fromisoformat(end) if end else None,
        source=raw.get("source", ""),
        forms=forms,
    )


def form_set_for(day: date) -> FormSet:
    """The form set in force on ``day`` (the 2025 set from 01/7/2025, the 2018 set before)."""
    for name in (DEFAULT_SET, "2018"):
        fs = load_form_set(name)
        if fs.effective_from <= day and (fs.effective_to is None or day <= fs.effective_to):
            return fs
    return load_form_set(DEFAULT_SET)
