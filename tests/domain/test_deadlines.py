"""Due moments: worked cases from domain.md, the 15:00 rule, pauses, verdicts, properties."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from commune_desk.domain.calendar import WorkingCalendar
from commune_desk.domain.deadlines import (
    CountingMode,
    Pause,
    Verdict,
    compute_due,
    format_remaining,
    is_due_soon,
    remaining_working_minutes,
    verdict_for,
)
from commune_desk.domain.timelimit import LimitUnit, TimeLimit
from commune_desk.services.calendar_source import load_calendar

CAL: WorkingCalendar = load_calendar()


def wd(n: int, **kw: object) -> TimeLimit:
    return TimeLimit(n, LimitUnit.WORKING_DAYS, **kw)  # type: ignore[arg-type]


SAME_DAY = TimeLimit(1, LimitUnit.SAME_DAY)


def test_worked_case_2026_giỗ_tổ_and_may_day() -> None:
    result = compute_due(datetime(2026, 4, 24, 10, 0), wd(5), CAL)
    assert result.due == datetime(2026, 5, 6, 17, 0)
    text = "\n".join(result.explanation)
    assert "Giỗ Tổ" in text and "30/04" in text and "01/05" in text
    assert "Hẹn trả kết quả: 17:00 thứ Tư 06/05/2026." in text


def test_worked_case_2025_makeup_saturday() -> None:
    result = compute_due(datetime(2025, 4, 24, 10, 0), wd(3), CAL)
    assert result.due == datetime(2025, 4, 28, 17, 0)
    assert any("26/04/2025 là ngày làm việc" in line for line in result.explanation)


@pytest.mark.parametrize(
    ("received", "n", "due"),
    [
        # New Year 2026: Fri 02/01 swapped, Sat 10/01 worked
        (datetime(2025, 12, 31, 9, 0), 1, datetime(2026, 1, 5, 17, 0)),
        (datetime(2026, 1, 8, 9, 0), 2, datetime(2026, 1, 10, 17, 0)),
        # Tết 2026: 14/02 – 22/02
        (datetime(2026, 2, 13, 9, 0), 1, datetime(2026, 2, 23, 17, 0)),
        # Tết 2025: 25/01 – 02/02
        (datetime(2025, 1, 24, 14, 0), 3, datetime(2025, 2, 5, 17, 0)),
        # National Day 2026: Sat 22/08 worked; 29/08 – 02/09 off
        (datetime(2026, 8, 21, 9, 0), 1, datetime(2026, 8, 22, 17, 0)),
        (datetime(2026, 8, 28, 9, 0), 1, datetime(2026, 9, 3, 17, 0)),
        # National Day 2025: 30/08 – 02/09
        (datetime(2025, 8, 29, 9, 0), 1, datetime(2025, 9, 3, 17, 0)),
        # Culture Day 2026
        (datetime(2026, 11, 23, 9, 0), 1, datetime(2026, 11, 25, 17, 0)),
        # winter office hours end at 17:00 too; year boundary
        (datetime(2026, 12, 30, 16, 0), 3, datetime(2027, 1, 5, 17, 0)),
    ],
)
def test_official_calendar_cases(received: datetime, n: int, due: datetime) -> None:
    assert compute_due(received, wd(n), CAL).due == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (datetime(2026, 5, 5, 14, 59), datetime(2026, 5, 5, 17, 0)),
        (datetime(2026, 5, 5, 15, 0), datetime(2026, 5, 5, 17, 0)),
        (datetime(2026, 5, 5, 15, 1), datetime(2026, 5, 6, 17, 0)),
        # Friday after the cut-off: Monday
        (datetime(2026, 5, 8, 15, 1), datetime(2026, 5, 11, 17, 0)),
        # Saturday counter: counts from Monday's opening
        (datetime(2026, 5, 9, 9, 0), datetime(2026, 5, 11, 17, 0)),
        # a holiday: 30/04/2026 → next opening Mon 04/05
        (datetime(2026, 4, 30, 9, 0), datetime(2026, 5, 4, 17, 0)),
        # after close: next opening 07:00 ≤ 15:00 → that day
        (datetime(2026, 5, 5, 17, 30), datetime(2026, 5, 6, 17, 0)),
        # Friday 09/01/2026 after 15:00 → make-up Saturday 10/01
        (datetime(2026, 1, 9, 15, 1), datetime(2026, 1, 10, 17, 0)),
    ],
)
def test_same_day_cutoff(received: datetime, due: datetime) -> None:
    assert compute_due(received, SAME_DAY, CAL).due == due


def test_custom_cutoff() -> None:
    limit = TimeLimit(1, LimitUnit.SAME_DAY, cutoff=time(16, 0))
    assert compute_due(datetime(2026, 5, 5, 15, 30), limit, CAL).due == datetime(2026, 5, 5, 17, 0)


def test_receipt_outside_office_hours_counts_from_next_opening() -> None:
    result = compute_due(datetime(2026, 5, 9, 9, 0), wd(1), CAL)  # Saturday
    assert result.start == datetime(2026, 5, 11, 7, 0)
    assert result.due == datetime(2026, 5, 12, 17, 0)
    assert any("ngoài giờ" in line for line in result.explanation)


def test_calendar_days_roll_to_working_day() -> None:
    # 30 days from Fri 20/11/2026 → Sun 20/12 → Mon 21/12
    result = compute_due(datetime(2026, 11, 20, 9, 0), TimeLimit(30, LimitUnit.CALENDAR_DAYS), CAL)
    assert result.due == datetime(2026, 12, 21, 17, 0)
    # 15 days from Mon 02/11/2026 → Tue 17/11 (working) stays
    result = compute_due(datetime(2026, 11, 2, 9, 0), TimeLimit(15, LimitUnit.CALENDAR_DAYS), CAL)
    assert result.due == datetime(2026, 11, 17, 17, 0)


def test_working_hours() -> None:
    # 8 h from Fri 16:00 (winter) = 1 h Friday + 7 h Monday from 07:30 → 16:00
    result = compute_due(datetime(2026, 11, 27, 16, 0), TimeLimit(8, LimitUnit.WORKING_HOURS), CAL)
    assert result.due == datetime(2026, 11, 30, 16, 0)
    # 4 h from 10:00 in summer: 1 h 30 morning, then 13:30 + 2 h 30 → 16:00
    result = compute_due(datetime(2026, 5, 5, 10, 0), TimeLimit(4, LimitUnit.WORKING_HOURS), CAL)
    assert result.due == datetime(2026, 5, 5, 16, 0)


def test_hours_mode_for_working_days() -> None:
    result = compute_due(datetime(2026, 5, 5, 10, 0), wd(2), CAL, mode=CountingMode.HOURS)
    assert result.due == datetime(2026, 5, 7, 10, 0)


def test_extension_for_verification() -> None:
    limit = wd(3, extension=5)
    base = compute_due(datetime(2026, 5, 4, 9, 0), limit, CAL)
    longer = compute_due(datetime(2026, 5, 4, 9, 0), limit, CAL, with_extension=True)
    assert base.due == datetime(2026, 5, 7, 17, 0)
    assert longer.due == datetime(2026, 5, 14, 17, 0)


def test_pause_moves_due_by_office_time_covered() -> None:
    # paused Tue 28/04 09:00 → Wed 29/04 09:00 = 8 office hours → one more working day
    result = compute_due(datetime(2026, 4, 24, 10, 0), wd(5), CAL,
                         pauses=[Pause(datetime(2026, 4, 28, 9, 0), datetime(2026, 4, 29, 9, 0))])
    assert result.due == datetime(2026, 5, 7, 17, 0)
    # a pause over a weekend and holiday covers no office time
    result = compute_due(datetime(2026, 4, 24, 10, 0), wd(5), CAL,
                         pauses=[Pause(datetime(2026, 4, 25, 8, 0), datetime(2026, 4, 27, 20, 0))])
    assert result.due == datetime(2026, 5, 6, 17, 0)


def test_open_pause_is_reported() -> None:
    result = compute_due(datetime(2026, 5, 4, 9, 0), wd(3), CAL,
                         pauses=[Pause(datetime(2026, 5, 5, 9, 0), None)])
    assert result.paused
    moved = compute_due(datetime(2026, 5, 4, 9, 0), wd(3), CAL,
                        pauses=[Pause(datetime(2026, 5, 5, 9, 0), None)],
                        now=datetime(2026, 5, 6, 9, 0))
    assert moved.due > result.due


def test_verdicts() -> None:
    due = datetime(2026, 5, 6, 17, 0)
    assert verdict_for(due, datetime(2026, 5, 5, 16, 0), due) is Verdict.EARLY
    assert verdict_for(due, datetime(2026, 5, 6, 8, 0), due) is Verdict.ON_TIME
    assert verdict_for(due, datetime(2026, 5, 6, 17, 30), due) is Verdict.ON_TIME
    assert verdict_for(due, datetime(2026, 5, 7, 8, 0), due) is Verdict.LATE
    assert verdict_for(due, None, datetime(2026, 5, 6, 16, 59)) is Verdict.WITHIN
    assert verdict_for(due, None, datetime(2026, 5, 6, 17, 1)) is Verdict.OVERDUE


def test_remaining_and_due_soon() -> None:
    due = datetime(2026, 5, 6, 17, 0)
    assert remaining_working_minutes(datetime(2026, 5, 6, 13, 0), due, CAL) == 3 * 60 + 30  # lunch break not counted
    assert remaining_working_minutes(datetime(2026, 5, 7, 8, 0), due, CAL) == -60
    assert format_remaining(2 * 480 + 180) == "còn 2 ngày 3 giờ làm việc"
    assert format_remaining(-45) == "quá hạn 45 phút làm việc"
    assert is_due_soon(datetime(2026, 5, 5, 9, 0), due, CAL)
    assert not is_due_soon(datetime(2026, 5, 4, 9, 0), due, CAL)
    assert not is_due_soon(datetime(2026, 5, 7, 9, 0), due, CAL)
    # Friday before a weekend: Monday is within one working day
    assert is_due_soon(datetime(2026, 5, 8, 9, 0), datetime(2026, 5, 11, 17, 0), CAL)


# ----- properties -----------------------------------------------------------------------
moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 6, 30)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
limits = st.one_of(
    st.integers(1, 60).map(lambda n: TimeLimit(n, LimitUnit.WORKING_DAYS)),
    st.integers(1, 60).map(lambda n: TimeLimit(n, LimitUnit.CALENDAR_DAYS)),
    st.integers(1, 80).map(lambda n: TimeLimit(n, LimitUnit.WORKING_HOURS)),
    st.just(SAME_DAY),
)


@settings(max_examples=300, deadline=None)
@given(moments, limits)
def test_due_never_precedes_receipt_and_falls_in_office_time(received: datetime,
                                                             limit: TimeLimit) -> None:
    result = compute_due(received, limit, CAL, explain=False)
    assert result.due > received
    assert result.due >= result.start >= received
    assert CAL.is_working_day(result.due.date())
    sessions = CAL.sessions(result.due.date())
    assert any(a < result.due <= b for a, b in sessions)


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(1, 40), st.integers(1, 20))
def test_monotone_in_the_limit(received: datetime, n: int, extra: int) -> None:
    for unit in (LimitUnit.WORKING_DAYS, LimitUnit.CALENDAR_DAYS, LimitUnit.WORKING_HOURS):
        shorter = compute_due(received, TimeLimit(n, unit), CAL, explain=False).due
        longer = compute_due(received, TimeLimit(n + extra, unit), CAL, explain=False).due
        assert longer >= shorter
        if unit is not LimitUnit.CALENDAR_DAYS:
            assert longer > shorter


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(1, 40))
def test_n_working_days_span_exactly_n_working_days(received: datetime, n: int) -> None:
    result = compute_due(received, TimeLimit(n, LimitUnit.WORKING_DAYS), CAL, explain=False)
    receipt_day = result.start.date()
    assert CAL.working_days_between(receipt_day, result.due.date()) == n
    assert result.due == CAL.closing(result.due.date())


@settings(max_examples=200, deadline=None)
@given(moments, limits, st.integers(0, 30 * 24 * 60), st.integers(0, 10 * 24 * 60))
def test_pause_never_makes_due_earlier(received: datetime, limit: TimeLimit, offset: int,
                                       length: int) -> None:
    start = received + timedelta(minutes=offset)
    pause = Pause(start, start + timedelta(minutes=length))
    plain = compute_due(received, limit, CAL, explain=False).due
    paused = compute_due(received, limit, CAL, pauses=[pause], explain=False).due
    assert paused >= plain


@settings(max_examples=150, deadline=None)
@given(moments)
def test_same_day_rule_around_cutoff(received: datetime) -> None:
    start = CAL.next_opening(received)
    assume(start.date() == received.date())
    due = compute_due(received, SAME_DAY, CAL, explain=False).due
    if start.time() <= time(15, 0):
        assert due.date() == start.date()
    else:
        assert due.date() == CAL.next_working_day(start.date())


@settings(max_examples=100, deadline=None)
@given(moments, limits)
def test_explanation_names_the_due_moment(received: datetime, limit: TimeLimit) -> None:
    result = compute_due(received, limit, CAL)
    assert result.explanation[-1].startswith("Hẹn trả kết quả") or "chưa chính thức" in result.explanation[-1]
    assert any(f"{result.due:%d/%m/%Y}" in line for line in result.explanation)
