"""Decree 09/2019 reporting windows, ISO weeks, custom windows and their parsing."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.periods import (
    PeriodError,
    PeriodKind,
    current_period,
    custom_period,
    month_period,
    parse_period,
    parse_vn_date,
    periods_of_year,
    quarter_period,
    year_period,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026-05", date(2026, 4, 15), date(2026, 5, 14), "Tháng 5 năm 2026"),
        ("2026-01", date(2025, 12, 15), date(2026, 1, 14), "Tháng 1 năm 2026"),
        ("2026-12", date(2026, 11, 15), date(2026, 12, 14), "Tháng 12 năm 2026"),
        ("2026-Q1", date(2025, 12, 15), date(2026, 3, 14), "Quý I năm 2026"),
        ("2026-Q2", date(2026, 3, 15), date(2026, 6, 14), "Quý II năm 2026"),
        ("2026-Q3", date(2026, 6, 15), date(2026, 9, 14), "Quý III năm 2026"),
        ("2026-Q4", date(2026, 9, 15), date(2026, 12, 14), "Quý IV năm 2026"),
        ("2026-H1", date(2025, 12, 15), date(2026, 6, 14), "6 tháng đầu năm 2026"),
        ("2026-9M", date(2025, 12, 15), date(2026, 9, 14), "9 tháng năm 2026"),
        ("2026", date(2025, 12, 15), date(2026, 12, 14), "Năm 2026"),
        ("2026-W48", date(2026, 11, 23), date(2026, 11, 29), "Tuần 48 năm 2026"),
        ("2026-w01", date(2025, 12, 29), date(2026, 1, 4), "Tuần 1 năm 2026"),
        ("2026-W53", date(2026, 12, 28), date(2027, 1, 3), "Tuần 53 năm 2026"),
        ("2024-02", date(2024, 1, 15), date(2024, 2, 14), "Tháng 2 năm 2024"),
    ],
)
def test_decree_09_windows(text: str, start: date, end: date, label: str) -> None:
    p = parse_period(text)
    assert (p.start, p.end, p.label) == (start, end, label)


@pytest.mark.parametrize("bad", ["", "2026-13", "2026-00", "2026-Q5", "2025-W53", "Q3-2026",
                                 "abc", "1999", "2026-W00", "2026/05"])
def test_bad_period_text_is_refused_in_vietnamese(bad: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(bad)
    assert any(ch in str(info.value) for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ")


def test_months_tile_the_reporting_year_without_gap_or_overlap() -> None:
    for year in (2024, 2025, 2026, 2027):
        months = periods_of_year(PeriodKind.MONTH, year)
        assert months[0].start == year_period(year).start
        assert months[-1].end == year_period(year).end
        for a, b in itertools.pairwise(months):
            assert b.start == a.end + timedelta(days=1)
        assert sum(m.days for m in months) == year_period(year).days
        quarters = periods_of_year(PeriodKind.QUARTER, year)
        assert [q.end for q in quarters] == [months[i].end for i in (2, 5, 8, 11)]


def test_consecutive_years_meet_at_the_december_cutoff() -> None:
    assert year_period(2027).start == year_period(2026).end + timedelta(days=1)
    assert parse_period("2027-01").start == date(2026, 12, 15)


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_is_in_exactly_one_month_window(day: date) -> None:
    p = current_period(PeriodKind.MONTH, day)
    assert p.start <= day <= p.end
    assert p.previous().end + timedelta(days=1) == p.start
    q = current_period(PeriodKind.QUARTER, day)
    assert q.start <= day <= q.end
    w = current_period(PeriodKind.WEEK, day)
    assert w.start <= day <= w.end and w.start.weekday() == 0 and w.days == 7


def test_previous_across_year_boundaries() -> None:
    assert month_period(2026, 1).previous().key == "2025-12"
    assert quarter_period(2026, 1).previous().key == "2025-Q4"
    assert parse_period("2026-W01").previous().key == "2025-W52"
    assert parse_period("2026-H1").previous().key == "2025-H1"
    assert year_period(2026).previous().key == "2025"


def test_december_after_cutoff_belongs_to_next_year() -> None:
    assert current_period(PeriodKind.YEAR, date(2026, 12, 20)).key == "2027"
    assert current_period(PeriodKind.YEAR, date(2026, 12, 14)).key == "2026"
    assert current_period(PeriodKind.QUARTER, date(2026, 12, 15)).key == "2027-Q1"


def test_custom_window_and_dates() -> None:
    p = custom_period(parse_vn_date("01/05/2026"), parse_vn_date("31/05/2026"))
    assert p.days == 31 and p.label == "Từ ngày 01/05/2026 đến ngày 31/05/2026"
    assert p.end_moment.isoformat() == "2026-06-01T00:00:00"
    with pytest.raises(PeriodError, match="sau ngày kết thúc"):
        custom_period(date(2026, 5, 2), date(2026, 5, 1))
    for bad in ("31/02/2026", "2026-05-01", "1/13/2026", ""):
        with pytest.raises(PeriodError):
            parse_vn_date(bad)


def test_closed_and_future() -> None:
    p = parse_period("2026-Q3")
    assert not p.is_closed(date(2026, 9, 14)) and p.is_closed(date(2026, 9, 15))
    assert p.is_future(date(2026, 6, 14)) and not p.is_future(date(2026, 6, 15))
