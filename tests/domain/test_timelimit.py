"""Parsing time limits as Vietnamese catalogues write them."""

from __future__ import annotations

import contextlib
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.timelimit import LimitUnit, TimeLimit, TimeLimitError, parse_time_limit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("03 ngày làm việc", 3, LimitUnit.WORKING_DAYS),
        ("5 ngày làm việc", 5, LimitUnit.WORKING_DAYS),
        ("Không quá 02 ngày làm việc", 2, LimitUnit.WORKING_DAYS),
        ("05 NGÀY LÀM VIỆC", 5, LimitUnit.WORKING_DAYS),
        ("3 ngay lam viec", 3, LimitUnit.WORKING_DAYS),
        ("Trong ngày", 1, LimitUnit.SAME_DAY),
        ("Ngay trong ngày", 1, LimitUnit.SAME_DAY),
        ("trong ngày làm việc", 1, LimitUnit.SAME_DAY),
        ("30 ngày", 30, LimitUnit.CALENDAR_DAYS),
        ("Trong thời hạn 15 ngày", 15, LimitUnit.CALENDAR_DAYS),
        ("8 giờ làm việc", 8, LimitUnit.WORKING_HOURS),
        ("08 giờ", 8, LimitUnit.WORKING_HOURS),
    ],
)
def test_parse(text: str, value: int, unit: LimitUnit) -> None:
    limit = parse_time_limit(text)
    assert (limit.value, limit.unit) == (value, unit)


def test_extension_and_cutoff() -> None:
    limit = parse_time_limit("03 ngày làm việc (+05 ngày làm việc nếu cần xác minh)")
    assert limit.extension == 5 and limit.value == 3
    limit = parse_time_limit("Trong ngày (sau 15:00)")
    assert limit.unit is LimitUnit.SAME_DAY and limit.cutoff == time(15, 0)
    limit = parse_time_limit("Trong ngày; gia hạn 2 ngày làm việc")
    assert limit.extension == 2
    assert parse_time_limit("Trong ngày", cutoff=time(16, 0)).cutoff == time(16, 0)


@pytest.mark.parametrize("text", ["", "   ", "năm ngày", "0 ngày làm việc", "3 tuần",
                                  "ngày làm việc", "99999 ngày", "Trong ngày (sau 25:00)"])
def test_unreadable_limits_are_refused_in_vietnamese(text: str) -> None:
    with pytest.raises(TimeLimitError) as info:
        parse_time_limit(text)
    assert any(ch in str(info.value) for ch in "ờđạ")


@given(st.sampled_from(list(LimitUnit)), st.integers(1, 99), st.integers(0, 10))
def test_text_round_trips(unit: LimitUnit, value: int, extension: int) -> None:
    limit = TimeLimit(1 if unit is LimitUnit.SAME_DAY else value, unit, extension)
    assert parse_time_limit(limit.text) == limit


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes(text: str) -> None:
    with contextlib.suppress(TimeLimitError):
        parse_time_limit(text)
