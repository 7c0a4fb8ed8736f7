"""Reporting periods: Decree 09/2019 art. 12 cut-off windows, ISO weeks and custom windows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError


class PeriodError(UserError, ValueError):
    """A period text or window that cannot be used (message in Vietnamese)."""


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"  # 6 months
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    WEEK = "week"
    CUSTOM = "custom"


KIND_LABELS: dict[PeriodKind, str] = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("labels", "Tháng"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("labels", "Quý"),
    PeriodKind.HALF: QT_TRANSLATE_NOOP("labels", "6 tháng"),
    PeriodKind.NINE_MONTHS: QT_TRANSLATE_NOOP("labels", "9 tháng"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("labels", "Năm"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("labels", "Tuần"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("labels", "Tùy chọn"),
}

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
CUTOFF_DAY = 14  # Decree 09/2019: windows run from the 15th to the 14th


@dataclass(frozen=True)
class Period:
    """A closed window of days [start, end] with its key ("2026-Q3") and Vietnamese label."""

    kind: PeriodKind
    key: str
    label: str
    start: date
    end: date

    @property
    def start_moment(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def end_moment(self) -> datetime:
        """The first moment after the window (exclusive bound)."""
        return datetime.combine(self.end + timedelta(days=1), time.min)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def is_closed(self, today: date) -> bool:
        """True once the cut-off day has passed, so the figures may be frozen."""
        return today > self.end

    def is_future(self, today: date) -> bool:
        return self.start > today

    def previous(self) -> Period:
        """The window just before (same kind; a custom window shifts by its own length)."""
        if self.kind is PeriodKind.WEEK:
            return week_period(self.start - timedelta(days=7))
        if self.kind is PeriodKind.MONTH:
            y, m = _month_key(self.key)
            return month_period(y - 1, 12) if m == 1 else month_period(y, m - 1)
        if self.kind is PeriodKind.QUARTER:
            y, q = int(self.key[:4]), int(self.key[-1])
            return quarter_period(y - 1, 4) if q == 1 else quarter_period(y, q - 1)
        if self.kind in (PeriodKind.HALF, PeriodKind.NINE_MONTHS, PeriodKind.YEAR):
            return parse_period(f"{int(self.key[:4]) - 1}{self.key[4:]}")
        return custom_period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


def _day_before_15(year: int, month: int) -> date:
    return date(year, month, CUTOFF_DAY)


def _window_start(year: int, month: int) -> date:
    """The 15th of the month before ``month`` (December of the previous year for January)."""
    if month == 1:
        return date(year - 1, 12, CUTOFF_DAY + 1)
    return date(year, month - 1, CUTOFF_DAY + 1)


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise PeriodError(f"Năm {year} nằm ngoài khoảng hỗ trợ (2000–2100).")


def month_period(year: int, month: int) -> Period:
    _check_year(year)
    if not 1 <= month <= 12:
        raise PeriodError(f"Tháng {month} không hợp lệ (1–12).")
    return Period(PeriodKind.MONTH, f"{year}-{month:02d}", f"Tháng {month} năm {year}",
                  _window_start(year, month), _day_before_15(year, month))


def quarter_period(year: int, quarter: int) -> Period:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise PeriodError(f"Quý {quarter} không hợp lệ (1–4).")
    last = quarter * 3
    return Period(PeriodKind.QUARTER, f"{year}-Q{quarter}", f"Quý {_ROMAN[quarter]} năm {year}",
                  _window_start(year, last - 2), _day_before_15(year, last))


def half_period(year: int) -> Period:
    _check_year(year)
    return Period(PeriodKind.HALF, f"{year}-H1", f"6 tháng đầu năm {year}",
                  _window_start(year, 1), _day_before_15(year, 6))


def nine_months_period(year: int) -> Period:
    _check_year(year)
    return Period(PeriodKind.NINE_MONTHS, f"{year}-9M", f"9 tháng năm {year}",
                  _window_start(year, 1), _day_before_15(year, 9))


def year_period(year: int) -> Period:
    _check_year(year)
    return Period(PeriodKind.YEAR, f"{year}", f"Năm {year}",
                  _window_start(year, 1), _day_before_15(year, 12))


def week_period(day: date) -> Period:
    """The ISO week (Monday to Sunday) that holds ``day``."""
    iso = day.isocalendar()
    start = day - timedelta(days=iso.weekday - 1)
    return Period(PeriodKind.WEEK, f"{iso.year}-W{iso.week:02d}",
                  f"Tuần {iso.week} năm {iso.year}", start, start + timedelta(days=6))


def iso_week_period(year: int, week: int) -> Period:
    _check_year(year)
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise PeriodError(f"Năm {year} không có tuần {week}.") from None
    return week_period(monday)


def custom_period(start: date, end: date) -> Period:
    if end < start:
        raise PeriodError(
            f"Ngày bắt đầu {start:%d/%m/%Y} sau ngày kết thúc {end:%d/%m/%Y}."
        )
    _check_year(start.year)
    _check_year(end.year)
    return Period(PeriodKind.CUSTOM, f"{start.isoformat()}..{end.isoformat()}",
                  f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}", start, end)


def parse_vn_date(text: str) -> date:
    """"05/02/2026" (also 5/2/2026) -> date; Vietnamese error otherwise."""
    m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", text or "")
    if not m:
        raise PeriodError(f"Ngày '{text}' không đúng dạng dd/mm/yyyy.")
    d, mo, y = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise PeriodError(f"Ngày '{text}' không tồn tại.") from None


def _month_key(key: str) -> tuple[int, int]:
    return int(key[:4]), int(key[5:7])


_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(\d{4})-(\d{1,2})", "month"),
    (r"(\d{4})-Q([1-4])", "quarter"),
    (r"(\d{4})-H1", "half"),
    (r"(\d{4})-6M", "half"),
    (r"(\d{4})-9M", "nine"),
    (r"(\d{4})", "year"),
    (r"(\d{4})-W(\d{1,2})", "week"),
)


def parse_period(text: str) -> Period:
    """Parse "2026-05", "2026-Q3", "2026-H1", "2026-9M", "2026" or "2026-W48"."""
    raw = (text or "").strip().upper()
    for pattern, kind in _PATTERNS:
        m = re.fullmatch(pattern, raw)
        if not m:
            continue
        year = int(m.group(1))
        if kind == "month":
            return month_period(year, int(m.group(2)))
        if kind == "quarter":
            return quarter_period(year, int(m.group(2)))
        if kind == "half":
            return half_period(year)
        if kind == "nine":
            return nine_months_period(year)
        if kind == "year":
            return year_period(year)
        return iso_week_period(year, int(m.group(2)))
    raise PeriodError(
        f"Không hiểu kỳ báo cáo '{text}'. Dùng: 2026-05 (tháng), 2026-Q3 (quý), "
        "2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm) hoặc 2026-W48 (tuần)."
    )


def periods_of_year(kind: PeriodKind, year: int) -> list[Period]:
    """Every period of one kind attributed to ``year`` (for choosers in the UI)."""
    if kind is PeriodKind.MONTH:
        return [month_period(year, m) for m in range(1, 13)]
    if kind is PeriodKind.QUARTER:
        return [quarter_period(year, q) for q in range(1, 5)]
    if kind is PeriodKind.HALF:
        return [half_period(year)]
    if kind is PeriodKind.NINE_MONTHS:
        return [nine_months_period(year)]
    if kind is PeriodKind.YEAR:
        return [year_period(year)]
    if kind is PeriodKind.WEEK:
        weeks = date(year, 12, 28).isocalendar().week
        return [iso_week_period(year, w) for w in range(1, weeks + 1)]
    raise PeriodError("Kỳ tùy chọn không có danh sách sẵn.")


def current_period(kind: PeriodKind, today: date) -> Period:
    """The period of ``kind`` whose window holds ``today``."""
    if kind is PeriodKind.WEEK:
        return week_period(today)
    y = today.year
    # After the 14th of December the next reporting year has begun.
    ref_year = y + 1 if (today.month == 12 and today.day > CUTOFF_DAY) else y
    for p in periods_of_year(kind, ref_year):
        if p.start <= today <= p.end:
            return p
    # 6- and 9-month windows do not cover the whole year: take the next one.
    for p in periods_of_year(kind, ref_year):
        if today < p.start:
            return p
    return periods_of_year(kind, ref_year + 1)[0]
