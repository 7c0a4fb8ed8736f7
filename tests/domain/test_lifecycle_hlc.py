"""Hybrid logical clock stamps: monotonic per desk, above every remote stamp seen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commune_desk.domain.hlc import ZERO, HlcStamp, receive, tick


def test_text_form_sorts_like_the_stamp() -> None:
    a, b = HlcStamp(1_700_000_000_000, 3), HlcStamp(1_700_000_000_001, 0)
    assert a.text == "1700000000000-00003" and a.text < b.text and a < b
    assert HlcStamp.parse(a.text) == a
    with pytest.raises(ValueError, match="HLC"):
        HlcStamp.parse("12-3")


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 5)),
                max_size=60))
def test_clock_never_goes_back(steps: list[tuple[bool, int, int, int]]) -> None:
    clock = ZERO
    for is_remote, wall, remote_ms, remote_counter in steps:
        before = clock
        if is_remote:
            remote = HlcStamp(remote_ms, remote_counter)
            clock = receive(clock, remote, wall)
            assert clock > remote
        else:
            clock = tick(clock, wall)
        assert clock > before
        assert clock.ms >= wall
