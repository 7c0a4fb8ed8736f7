"""Builds the working calendar from the holidays package, the bundled file and overrides."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from commune_desk.domain.calendar import (
    CalendarEntry,
    CalendarError,
    EntryKind,
    OfficeHours,
    WorkingCalendar,
)
from commune_desk.paths import resource

CALENDAR_FILE = ("calendar", "vn_calendar.json")
FILE_FORMAT = "commune-desk-calendar/1"


def parse_calendar_document(doc: Any, *, origin: str = "") -> tuple[dict[str, Any], list[CalendarEntry]]:
    """Validate a calendar document (the bundled file, or one delivered by the province)."""
    where = f" trong {origin}" if origin else ""
    if not isinstance(doc, dict) or doc.get("format") != FILE_FORMAT:
        raise CalendarError(f"Tệp lịch{where} không đúng định dạng {FILE_FORMAT}.")
    entries: list[CalendarEntry] = []
    for i, raw in enumerate(doc.get("entries", []), start=1):
        try:
            kind = EntryKind(raw["kind"])
            day = date.fromisoformat(raw["date"])
            name = str(raw["name"]).strip()
        except (KeyError, ValueError, TypeError) as exc:
            raise CalendarError(f"Dòng lịch thứ {i}{where} không hợp lệ: {exc}.") from None
        if not name:
            raise CalendarError(f"Dòng lịch thứ {i}{where} thiếu tên ngày.")
        entries.append(
            CalendarEntry(day, kind, name, str(raw.get("source", "")), bool(raw.get("provisional")))
        )
    return doc, entries


@lru_cache(maxsize=1)
def _bundled() -> tuple[dict[str, Any], tuple[CalendarEntry, ...]]:
    path: Path = resource(*CALENDAR_FILE)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CalendarError(f"Không đọc được tệp lịch {path}: {exc}") from None
    meta, entries = parse_calendar_document(doc, origin=str(path))
    return meta, tuple(entries)


@lru_cache(maxsize=1)
def _vietnam_holidays() -> Any:
    """The package's Vietnam class, without importing its ~250 other countries.

    ``holidays.countries.vietnam`` lives in a package whose ``__init__`` imports every country
    (~0.8 s at start-up); when that package is not imported yet, the one module is loaded from
    its file under its own name (it imports only shared ``holidays`` modules)."""
    import importlib.util
    import sys

    name = "holidays.countries.vietnam"
    module = sys.modules.get(name)
    if module is None and "holidays.countries" not in sys.modules:
        import holidays.holiday_base

        source = Path(holidays.holiday_base.__file__).parent / "countries" / "vietnam.py"
        # A frozen bundle keeps modules compiled in its archive, not as files: import normally.
        spec = importlib.util.spec_from_file_location(name, source) if source.is_file() else None
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
    if module is None:
        import importlib

        module = importlib.import_module(name)
    return module.Vietnam


@lru_cache(maxsize=4)
def _package_entries(first: int, last: int, official_through: int) -> tuple[CalendarEntry, ...]:
    """Holidays, compensatory and swapped days, make-up Saturdays from the `holidays` package."""
    vn = _vietnam_holidays()(years=range(first, last + 1), language="vi")
    result: list[CalendarEntry] = []
    for day, name in sorted(vn.items()):
        kind = EntryKind.DAY_OFF if ("nghỉ bù" in name or "thay cho" in name) else EntryKind.HOLIDAY
        result.append(
            CalendarEntry(day, kind, name, "Thư viện holidays (dự kiến)", day.year > official_through)
        )
    for day in sorted(getattr(vn, "weekend_workdays", ())):
        if first <= day.year <= last:
            result.append(
                CalendarEntry(day, EntryKind.MAKEUP_WORKDAY, "Ngày làm bù",
                              "Thư viện holidays (dự kiến)", day.year > official_through)
            )
    return tuple(result)


def load_calendar(
    overrides: Iterable[CalendarEntry] = (),
    office_hours: OfficeHours | None = None,
    *,
    first_year: int | None = None,
    last_year: int | None = None,
) -> WorkingCalendar:
    """The calendar as the law applies it here: package base < bundled file < overrides.

    Years after the file's ``official_through`` are flagged provisional ("chưa chính thức").
    """
    meta, official = _bundled()
    covered = meta.get("covered_years", [2015, 2035])
    first = first_year or int(covered[0])
    last = last_year or int(covered[1])
    official_through = int(meta.get("official_through", 0))
    entries = list(_package_entries(first, last, official_through))
    entries.extend(official)
    entries.extend(overrides)
    return WorkingCalendar(
        entries,
        office_hours or OfficeHours.nghe_an(),
        first_year=first,
        last_year=last,
        provisional_from_year=official_through + 1,
    )
