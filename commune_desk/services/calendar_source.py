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
    """Holidays, compensatory and swapped days, make-up Saturdays from the `holidays` package.

    Worked out once per package version and kept in the user's cache folder: importing the
    package and computing 21 years costs every start tens of milliseconds before the first
    paint. The cache is keyed by the package's version and the Vietnam module's file (size,
    time); anything unreadable is simply computed again."""
    key = _package_cache_key(first, last, official_through)
    if key is not None:
        cached = _read_package_cache(key)
        if cached is not None:
            return cached
    entries = _compute_package_entries(first, last, official_through)
    if key is not None:
        _write_package_cache(key, entries)
    return entries


def _compute_package_entries(first: int, last: int,
                             official_through: int) -> tuple[CalendarEntry, ...]:
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


PACKAGE_CACHE_FORMAT = "commune-desk-holidays-cache/1"


def _package_cache_key(first: int, last: int, official_through: int) -> str | None:
    """What the package's entries depend on, without importing it; None when the package is
    not plain files (a frozen bundle: computed every time)."""
    import importlib.util
    from importlib.metadata import PackageNotFoundError, version

    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        return None
    module_file = Path(next(iter(spec.submodule_search_locations))) / "countries" / "vietnam.py"
    try:
        stat = module_file.stat()
        package_version = version("holidays")
    except (OSError, PackageNotFoundError):
        return None
    return (f"{PACKAGE_CACHE_FORMAT}|{package_version}|{stat.st_size}|{stat.st_mtime_ns}|"
            f"{first}|{last}|{official_through}")


def _package_cache_file(key: str) -> Path:
    import hashlib

    from commune_desk.paths import cache_dir

    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return cache_dir() / f"holidays-vn-{digest}.json"


def _read_package_cache(key: str) -> tuple[CalendarEntry, ...] | None:
    try:
        doc = json.loads(_package_cache_file(key).read_text(encoding="utf-8"))
        if doc.get("key") != key:
            return None
        return tuple(CalendarEntry(date.fromisoformat(d), EntryKind(k), n, s, bool(p))
                     for d, k, n, s, p in doc["entries"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write_package_cache(key: str, entries: tuple[CalendarEntry, ...]) -> None:
    import os
    import tempfile

    path = _package_cache_file(key)
    doc = {"key": key, "entries": [[e.day.isoformat(), e.kind.value, e.name, e.source,
                                    e.provisional] for e in entries]}
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
        os.replace(tmp, path)  # readers see the old file or the whole new one
    except OSError:  # a read-only home: computed again next time
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


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
