"""Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) whatever the PC's time zone.

Every stored moment (event ``occurred_at``, due moments, report cut-offs) is naive Vietnam wall
time. ``datetime.now()`` would give the PC's zone: a laptop set to UTC or Bangkok would stamp a
dossier received at 08:00 in Nghệ An as 01:00. Vietnam has kept UTC+7 without DST since 1975,
so a fixed offset is exact and needs no tz database (Windows has none).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

VN_OFFSET = timedelta(hours=7)
VN_TZ = timezone(VN_OFFSET, "ICT")
# A PC clock further than this from the server's at sync is reported to the clerk and on the
# province dashboard.
CLOCK_WARNING_SECONDS = 600


def vn_now() -> datetime:
    """Now, as naive Vietnam wall time, to the microsecond."""
    return datetime.now(UTC).replace(tzinfo=None) + VN_OFFSET


def vn_now_seconds() -> datetime:
    """Now, as naive Vietnam wall time, to the second (what events store)."""
    return vn_now().replace(microsecond=0)


def vn_now_text() -> str:
    return vn_now_seconds().isoformat()


def utc_ms() -> int:
    """The PC's clock as UTC milliseconds (for the hybrid logical clock)."""
    return time.time_ns() // 1_000_000


def to_vn(moment: datetime) -> datetime:
    """An aware moment (any zone) → naive Vietnam wall time; a naive one is returned as is."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(VN_TZ).replace(tzinfo=None)


def clock_offset_text(seconds: float) -> str:
    """"nhanh 2 giờ 5 phút" / "chậm 12 phút" — how far a PC clock is from the server's."""
    ahead = seconds > 0
    total = round(abs(seconds) / 60)
    days, rest = divmod(total, 1440)
    hours, minutes = divmod(rest, 60)
    parts = ([f"{days} ngày"] if days else []) + ([f"{hours} giờ"] if hours else []) + (
        [f"{minutes} phút"] if minutes or not (days or hours) else [])
    return ("nhanh " if ahead else "chậm ") + " ".join(parts)
