"""The working calendar against the official 2025–2026 days off (domain.md §3)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from commune_desk.domain.calendar import (
    CalendarEntry,
    CalendarError,
    EntryKind,
    OfficeHours,
    OfficeSeason,
    WorkingCalendar,
)
from commune_desk.services.calendar_source import load_calendar, parse_calendar_document


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return load_calendar()


def d(text: str) -> date:
    day, month, year = (int(x) for x in text.split("/"))
    return date(year, month, day)


def span(first: str, last: str) -> list[date]:
    a, b = d(first), d(last)
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


# Every row of domain.md §3: (days off including weekends, make-up working day or None).
OFFICIAL = [
    ("New Year 2025", span("01/01/2025", "01/01/2025"), None),
    ("Tết 2025", span("25/01/2025", "02/02/2025"), None),
    ("Giỗ Tổ 2025", span("07/04/2025", "07/04/2025"), None),
    ("30/4–1/5 2025", span("30/04/2025", "04/05/2025"), "26/04/2025"),
    ("National Day 2025", span("30/08/2025", "02/09/2025"), None),
    ("New Year 2026", span("01/01/2026", "04/01/2026"), "10/01/2026"),
    ("Tết 2026", span("14/02/2026", "22/02/2026"), None),
    ("Giỗ Tổ 2026", span("26/04/2026", "27/04/2026"), None),
    ("30/4–1/5 2026", span("30/04/2026", "03/05/2026"), None),
    ("National Day 2026", span("29/08/2026", "02/09/2026"), "22/08/2026"),
    ("Culture Day 2026", span("24/11/2026", "24/11/2026"), None),
]


@pytest.mark.parametrize(("occasion", "days_off", "makeup"), OFFICIAL, ids=[o[0] for o in OFFICIAL])
def test_official_days_off(cal: WorkingCalendar, occasion: str, days_off: list[date],
                           makeup: str | None) -> None:
    for day in days_off:
        assert not cal.is_working_day(day), f"{occasion}: {day} must be a day off"
        assert cal.day_reason(day)
    # the working days right around the break are working days
    before, after = days_off[0] - timedelta(days=1), days_off[-1] + timedelta(days=1)
    for day in (before, after):
        if day.weekday() < 5 and not any(day in o[1] for o in OFFICIAL):
            assert cal.is_working_day(day), f"{occasion}: {day} should be a working day"
    if makeup:
        assert cal.is_working_day(d(makeup)), f"{occasion}: make-up Saturday {makeup}"
        assert d(makeup).weekday() == 5


def test_working_day_counts_2025_2026(cal: WorkingCalendar) -> None:
    # weekdays minus weekday days off plus make-up Saturdays, counted by hand from §3
    def count(year: int) -> int:
        return cal.working_days_between(date(year - 1, 12, 31), date(year, 12, 31))

    weekdays_2026 = sum(1 for day in span("01/01/2026", "31/12/2026") if day.weekday() < 5)
    weekday_offs_2026 = [d("01/01/2026"), d("02/01/2026"), *span("16/02/2026", "20/02/2026"),
                         d("27/04/2026"), d("30/04/2026"), d("01/05/2026"), d("31/08/2026"),
                         d("01/09/2026"), d("02/09/2026"), d("24/11/2026")]
    assert count(2026) == weekdays_2026 - len(weekday_offs_2026) + 2
    weekdays_2025 = sum(1 for day in span("01/01/2025", "31/12/2025") if day.weekday() < 5)
    weekday_offs_2025 = [d("01/01/2025"), *span("27/01/2025", "31/01/2025"), d("07/04/2025"),
                         d("30/04/2025"), d("01/05/2025"), d("02/05/2025"), d("01/09/2025"),
                         d("02/09/2025")]
    assert count(2025) == weekdays_2025 - len(weekday_offs_2025) + 1


def test_culture_day_only_from_2026(cal: WorkingCalendar) -> None:
    assert cal.is_working_day(d("24/11/2025"))  # Monday, before the resolution
    assert not cal.is_working_day(d("24/11/2026"))
    assert not cal.is_working_day(d("24/11/2027"))  # Wednesday, projected by the package


def test_lunar_holidays_projected_and_flagged(cal: WorkingCalendar) -> None:
    # Tết 2027 (lunar) comes from the package's projection and is flagged provisional.
    assert not cal.is_working_day(d("08/02/2027"))
    assert cal.is_provisional(d("08/02/2027"))
    assert not cal.is_provisional(d("17/02/2026"))


def test_overrides_win(cal: WorkingCalendar) -> None:
    extra_off = CalendarEntry(d("25/11/2026"), EntryKind.DAY_OFF, "Nghỉ bão", "QĐ 12/QĐ-UBND")
    extra_work = CalendarEntry(d("28/11/2026"), EntryKind.MAKEUP_WORKDAY, "Làm bù", "QĐ 12/QĐ-UBND")
    local = load_calendar([extra_off, extra_work])
    assert cal.is_working_day(d("25/11/2026")) and not local.is_working_day(d("25/11/2026"))
    assert local.day_reason(d("25/11/2026")) == "Nghỉ bão"
    assert local.is_working_day(d("28/11/2026"))


def test_uncovered_year_is_an_error(cal: WorkingCalendar) -> None:
    with pytest.raises(CalendarError, match="chưa có dữ liệu cho năm 2050"):
        cal.is_working_day(date(2050, 1, 3))


def test_office_hours_seasons(cal: WorkingCalendar) -> None:
    summer = cal.sessions(d("05/05/2026"))
    winter = cal.sessions(d("05/11/2026"))
    assert summer[0][0].time() == time(7, 0) and summer[0][1].time() == time(11, 30)
    assert winter[0][0].time() == time(7, 30) and winter[0][1].time() == time(12, 0)
    assert cal.sessions(d("15/04/2026"))[0][0].time() == time(7, 30)  # winter until 15/4
    assert cal.sessions(d("16/04/2026"))[0][0].time() == time(7, 0)
    assert cal.office_minutes_on(d("05/05/2026")) == 8 * 60
    assert cal.sessions(d("25/04/2026")) == ()


def test_office_hours_validation() -> None:
    with pytest.raises(CalendarError):
        OfficeSeason((4, 16), ((time(13, 0), time(12, 0)),))
    with pytest.raises(CalendarError):
        OfficeSeason((13, 1), ((time(7, 0), time(11, 0)),))
    with pytest.raises(CalendarError):
        OfficeHours(())


def test_next_opening_and_minutes(cal: WorkingCalendar) -> None:
    assert cal.next_opening(datetime(2026, 5, 5, 12, 0)) == datetime(2026, 5, 5, 13, 30)
    assert cal.next_opening(datetime(2026, 5, 5, 18, 0)) == datetime(2026, 5, 6, 7, 0)
    assert cal.next_opening(datetime(2026, 5, 8, 18, 0)) == datetime(2026, 5, 11, 7, 0)
    assert cal.office_minutes_between(datetime(2026, 5, 5, 11, 0), datetime(2026, 5, 5, 14, 0)) == 60
    assert cal.add_office_minutes(datetime(2026, 5, 5, 11, 0), 60) == datetime(2026, 5, 5, 14, 0)


def test_calendar_document_validation() -> None:
    with pytest.raises(CalendarError, match="định dạng"):
        parse_calendar_document({"format": "x"})
    with pytest.raises(CalendarError, match="thứ 1"):
        parse_calendar_document(
            {"format": "commune-desk-calendar/1",
             "entries": [{"date": "2026-13-01", "kind": "holiday", "name": "x"}]})
    with pytest.raises(CalendarError, match="thứ 1"):
        parse_calendar_document(
            {"format": "commune-desk-calendar/1",
             "entries": [{"date": "2026-01-05", "kind": "party", "name": "x"}]})


def test_bundled_file_has_every_official_entry() -> None:
    import json

    from commune_desk.paths import resource

    doc = json.loads(resource("calendar", "vn_calendar.json").read_text(encoding="utf-8"))
    _, entries = parse_calendar_document(doc)
    by_day = {e.day: e for e in entries}
    for day in ("2026-01-02", "2025-05-02", "2026-04-27", "2026-08-31"):
        assert by_day[date.fromisoformat(day)].kind is EntryKind.DAY_OFF
    for day in ("2025-04-26", "2026-01-10", "2026-08-22"):
        assert by_day[date.fromisoformat(day)].kind is EntryKind.MAKEUP_WORKDAY
    assert all(e.source for e in entries)


def test_package_entries_are_cached_between_starts(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The holidays package's entries are worked out once and read back from the user's cache
    folder at the next start (no import of the package); a damaged cache is computed again."""
    from commune_desk.services import calendar_source as cs

    monkeypatch.setenv("COMMUNE_DESK_CACHE_DIR", str(tmp_path))
    fresh = cs._compute_package_entries(2015, 2035, 2026)
    cs._package_entries.cache_clear()
    try:
        assert cs._package_entries(2015, 2035, 2026) == fresh  # computed, then written
        [cached] = tmp_path.glob("holidays-vn-*.json")
        cs._package_entries.cache_clear()
        with monkeypatch.context() as m:
            m.setattr(cs, "_compute_package_entries", lambda *_a: pytest.fail("recomputed"))
            assert cs._package_entries(2015, 2035, 2026) == fresh  # read back
        cached.write_text("{not json", encoding="utf-8")
        cs._package_entries.cache_clear()
        assert cs._package_entries(2015, 2035, 2026) == fresh  # computed again, rewritten
        assert cs._read_package_cache(cs._package_cache_key(2015, 2035, 2026) or "") == fresh
    finally:
        cs._package_entries.cache_clear()
