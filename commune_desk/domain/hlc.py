"""Hybrid logical clock: stamps that order events across desks even when wall clocks drift."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class HlcStamp:
    """A clock stamp; its text form ``f"{ms:013d}-{counter:05d}"`` sorts like the stamp."""

    ms: int
    counter: int

    @property
    def text(self) -> str:
        return f"{self.ms:013d}-{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        try:
            ms_text, counter_text = text.split("-")
            if len(ms_text) != 13 or len(counter_text) != 5:
                raise ValueError(text)
            return cls(int(ms_text), int(counter_text))
        except ValueError as exc:
            raise ValueError(f"Dấu thời gian HLC không hợp lệ: {text!r}") from exc


ZERO = HlcStamp(0, 0)
MAX_COUNTER = 99_999


def tick(last: HlcStamp, wall_ms: int) -> HlcStamp:
    """The stamp for a local event, given the last stamp issued and the wall clock (UTC ms)."""
    if wall_ms > last.ms:
        return HlcStamp(wall_ms, 0)
    if last.counter >= MAX_COUNTER:
        return HlcStamp(last.ms + 1, 0)
    return HlcStamp(last.ms, last.counter + 1)


# A remote stamp further ahead of this desk's wall clock than this is not followed: one PC
# whose clock says 2286 must not drag every desk's logical clock (and all later events) there.
# Within the bound the clock follows as usual; the far-off PC is reported at sync instead.
MAX_DRIFT_MS = 10 * 60 * 1000


def bounded(remote: HlcStamp, wall_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> HlcStamp:
    """``remote``, or the furthest stamp the local clock may follow (wall + drift bound)."""
    limit = wall_ms + max_drift_ms
    return remote if remote.ms <= limit else HlcStamp(limit, 0)


def receive(last: HlcStamp, remote: HlcStamp, wall_ms: int,
            max_drift_ms: int = MAX_DRIFT_MS) -> HlcStamp:
    """The clock after seeing a remote stamp: above the local past and the remote stamp, but
    never more than ``max_drift_ms`` ahead of the wall clock because of a remote stamp."""
    remote = bounded(remote, wall_ms, max_drift_ms)
    top = max(last.ms, remote.ms, wall_ms)
    if top == last.ms == remote.ms:
        counter = max(last.counter, remote.counter) + 1
    elif top == last.ms:
        counter = last.counter + 1
    elif top == remote.ms:
        counter = remote.counter + 1
    else:
        counter = 0
    if counter > MAX_COUNTER:
        return HlcStamp(top + 1, 0)
    return HlcStamp(top, counter)
