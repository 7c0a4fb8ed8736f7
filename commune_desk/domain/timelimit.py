"""Legal time limits of procedures (value + unit + extension + cut-off), parsed from Vietnamese."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from commune_desk.errors import UserError

DEFAULT_CUTOFF = time(15, 0)


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"
    SAME_DAY = "same_day"


UNIT_LABELS: dict[LimitUnit, str] = {
    LimitUnit.WORKING_DAYS: "ngày làm việc",
    LimitUnit.WORKING_HOURS: "giờ làm việc",
    LimitUnit.CALENDAR_DAYS: "ngày",
    LimitUnit.SAME_DAY: "trong ngày",
}


class TimeLimitError(UserError, ValueError):
    """A time limit that cannot be read; the message is Vietnamese."""


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """A procedure's legal time limit.

    ``extension`` is the extra working days allowed when the dossier needs verification
    (or a bulk certification); ``cutoff`` applies to same-day procedures only.
    """

    value: int
    unit: LimitUnit
    extension: int = 0
    cutoff: time = DEFAULT_CUTOFF

    def __post_init__(self) -> None:
        if self.unit is LimitUnit.SAME_DAY:
            if self.value not in (0, 1):
                raise TimeLimitError("Thời hạn 'trong ngày' không có số lượng.")
        elif self.value <= 0:
            raise TimeLimitError("Thời hạn giải quyết phải là số dương.")
        if self.value > 3650:
            raise TimeLimitError(f"Thời hạn {self.value} quá lớn (tối đa 3650).")
        if self.extension < 0 or self.extension > 365:
            raise TimeLimitError("Thời gian gia hạn xác minh phải từ 0 đến 365 ngày làm việc.")

    @property
    def text(self) -> str:
        """The limit as Vietnamese catalogues write it, e.g. ``03 ngày làm việc``."""
        if self.unit is LimitUnit.SAME_DAY:
            base = "Trong ngày"
        else:
            base = f"{self.value:02d} {UNIT_LABELS[self.unit]}"
        if self.extension:
            base += f" (+{self.extension:02d} ngày làm việc nếu cần xác minh)"
        return base

    def __str__(self) -> str:
        return self.text


def _fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d so that typing without marks also parses."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


_PREFIX = r"(?:(?:khong qua|toi da|trong thoi han|trong vong|trong|thoi han)\s+)?"
_NUM = r"(\d{1,4})"
_PATTERNS: tuple[tuple[re.Pattern[str], LimitUnit], ...] = (
    (re.compile(rf"^{_PREFIX}{_NUM}\s*ngay\s+lam\s+viec$"), LimitUnit.WORKING_DAYS),
    (re.compile(rf"^{_PREFIX}{_NUM}\s*(?:gio|h)\s+lam\s+viec$"), LimitUnit.WORKING_HOURS),
    (re.compile(rf"^{_PREFIX}{_NUM}\s*gio$"), LimitUnit.WORKING_HOURS),
    (re.compile(rf"^{_PREFIX}{_NUM}\s*ngay(?:\s+(?:lich|ke\s+tu\s+ngay\s+nhan.*))?$"),
     LimitUnit.CALENDAR_DAYS),
)
_SAME_DAY = re.compile(
    r"^(?:ngay\s+)?trong\s+ngay(?:\s+lam\s+viec)?$|^ngay$|^giai\s+quyet\s+ngay$"
)
_EXTENSION = re.compile(
    r"[(;,]?\s*(?:\+|gia\s+han|keo\s+dai\s+them|them)\s*(?:khong\s+qua\s+)?"
    r"(\d{1,3})\s*ngay(?:\s+lam\s+viec)?[^)]*\)?\s*$"
)
_CUTOFF = re.compile(r"[(;,]?\s*(?:sau|cat)\s*(\d{1,2})[:h](\d{2})?\s*(?:gio)?\)?\s*$")


def parse_time_limit(text: str, *, cutoff: time | None = None) -> TimeLimit:
    """Read a limit as catalogues write it: "03 ngày làm việc", "Trong ngày", "30 ngày",
    "8 giờ làm việc", optionally followed by a verification extension
    ("3 ngày làm việc (+5 ngày làm việc nếu cần xác minh)") or a cut-off ("Trong ngày (sau 15:00)").
    """
    if not isinstance(text, str) or not text.strip():
        raise TimeLimitError("Chưa nhập thời hạn giải quyết.")
    folded = " ".join(_fold(text).replace(".", " ").split())
    extension = 0
    found_cutoff = cutoff
    m = _CUTOFF.search(folded)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour > 23 or minute > 59:
            raise TimeLimitError(f"Giờ chốt trong '{text.strip()}' không hợp lệ.")
        found_cutoff = time(hour, minute)
        folded = folded[: m.start()].strip()
    m = _EXTENSION.search(folded)
    if m:
        extension = int(m.group(1))
        folded = folded[: m.start()].strip()
    folded = folded.strip(" ;,()")
    kwargs: dict[str, time] = {"cutoff": found_cutoff} if found_cutoff else {}
    if _SAME_DAY.match(folded):
        return TimeLimit(1, LimitUnit.SAME_DAY, extension, **kwargs)
    for pattern, unit in _PATTERNS:
        m = pattern.match(folded)
        if m:
            value = int(m.group(1))
            if value == 0:
                raise TimeLimitError(f"Thời hạn '{text.strip()}' phải lớn hơn 0.")
            return TimeLimit(value, unit, extension, **kwargs)
    raise TimeLimitError(
        f"Không đọc được thời hạn '{text.strip()}'. Viết như: '03 ngày làm việc', "
        "'Trong ngày', '30 ngày' hoặc '8 giờ làm việc'."
    )
