"""Vietnamese display formats for printed papers: numbers 1.234.567, dd/mm/yyyy, the place/date line."""

from __future__ import annotations

from datetime import date, datetime


def vn_number(value: int | float, decimals: int = 0) -> str:
    """1234567 -> "1.234.567"; 12.5 with decimals=1 -> "12,5"."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_percent(ratio: float | None, decimals: int = 1) -> str:
    if ratio is None:
        return "—"
    return vn_number(ratio * 100, decimals) + "%"


def vn_money(amount: int | None) -> str:
    if amount is None:
        return ""
    return vn_number(amount) + " đồng"


def d2(n: int) -> str:
    return f"{n:02d}"


def dmy(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def hm(value: datetime) -> str:
    """"08:30"."""
    return f"{value.hour:02d}:{value.minute:02d}"


def hm_dmy(value: datetime | None) -> str:
    """"08 giờ 30 phút, ngày 05/02/2026"."""
    if value is None:
        return ""
    return f"{value.hour:02d} giờ {value.minute:02d} phút, ngày {dmy(value)}"


def hm_long(value: datetime | None) -> str:
    """"08 giờ 30 phút, ngày 05 tháng 02 năm 2026" (form 01 spells the date out)."""
    if value is None:
        return ""
    return f"{value.hour:02d} giờ {value.minute:02d} phút, {long_date(value.date())}"


def short_dt(value: datetime | None) -> str:
    """"08:30 05/02/2026" for narrow table cells."""
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d} {dmy(value)}"


def month_text(month: int) -> str:
    """Decree 30/2020: months 1 and 2 take a leading zero, others do not."""
    return f"{month:02d}" if month < 3 else str(month)


def long_date(day: date) -> str:
    """"ngày 05 tháng 02 năm 2026"."""
    return f"ngày {day.day:02d} tháng {month_text(day.month)} năm {day.year}"


def place_date(place: str, day: date) -> str:
    """"Nghĩa Đàn, ngày 05 tháng 02 năm 2026"."""
    return f"{place}, {long_date(day)}"
