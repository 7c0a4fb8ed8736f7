"""The working calendar: working days, holidays, swapped days, make-up Saturdays, office hours."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError

WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("labels", "thứ Hai"), QT_TRANSLATE_NOOP("labels", "thứ Ba"),
                 QT_TRANSLATE_NOOP("labels", "thứ Tư"), QT_TRANSLATE_NOOP("labels", "thứ Năm"),
                 QT_TRANSLATE_NOOP("labels", "thứ Sáu"), QT_TRANSLATE_NOOP("labels", "thứ Bảy"),
                 QT_TRANSLATE_NOOP("labels", "Chủ nhật"))


class CalendarError(UserError, ValueError):
    """A date the calendar data does not cover, or bad calendar data; message in Vietnamese."""


class EntryKind(StrEnum):
    HOLIDAY = "holiday"  # public holiday (ngày lễ, Tết)
    DAY_OFF = "day_off"  # compensatory or swapped day off (nghỉ bù, hoán đổi)
    MAKEUP_WORKDAY = "makeup_workday"  # a Saturday or Sunday worked to make up (làm bù)


ENTRY_KIND_LABELS = {
    EntryKind.HOLIDAY: QT_TRANSLATE_NOOP("labels", "Ngày lễ, Tết"),
    EntryKind.DAY_OFF: QT_TRANSLATE_NOOP("labels", "Ngày nghỉ bù, hoán đổi"),
    EntryKind.MAKEUP_WORKDAY: QT_TRANSLATE_NOOP("labels", "Ngày làm bù"),
}


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One dated record of the calendar, with the document it comes from."""

    day: date
    kind: EntryKind
    name: str
    source: str = ""
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class OfficeSeason:
    """Office sessions from ``start`` (month, day) until the next season starts."""

    start: tuple[int, int]
    sessions: tuple[tuple[time, time], ...]
    name: str = ""

    def __post_init__(self) -> None:
        month, day = self.start
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise CalendarError(f"Ngày bắt đầu mùa {self.start} không hợp lệ.")
        if not self.sessions:
            raise CalendarError("Mỗi mùa phải có ít nhất một buổi làm việc.")
        previous_end = time(0, 0)
        for begin, end in self.sessions:
            if not begin < end or begin < previous_end:
                raise CalendarError(
                    "Giờ làm việc phải tăng dần và không chồng lấn "
                    f"({begin:%H:%M}–{end:%H:%M})."
                )
            previous_end = end


@dataclass(frozen=True, slots=True)
class OfficeHours:
    """Office hours by season; the defaults are Nghệ An's (summer 16/4, winter 16/10)."""

    seasons: tuple[OfficeSeason, ...]

    def __post_init__(self) -> None:
        if not self.seasons:
            raise CalendarError("Cần ít nhất một mùa giờ làm việc.")
        starts = [s.start for s in self.seasons]
        if len(set(starts)) != len(starts):
            raise CalendarError("Hai mùa giờ làm việc không được bắt đầu cùng một ngày.")

    def sessions_for(self, day: date) -> tuple[tuple[time, time], ...]:
        ordered = sorted(self.seasons, key=lambda s: s.start)
        key = (day.month, day.day)
        current = ordered[-1]  # before the first start of the year: last season of the year
        for season in ordered:
            if season.start <= key:
                current = season
        return current.sessions

    @classmethod
    def nghe_an(cls) -> OfficeHours:
        return cls(
            (
                OfficeSeason((4, 16), ((time(7, 0), time(11, 30)), (time(13, 30), time(17, 0))),
                             "Mùa hè"),
                OfficeSeason((10, 16), ((time(7, 30), time(12, 0)), (time(13, 30), time(17, 0))),
                             "Mùa đông"),
            )
        )


@dataclass(frozen=True, slots=True)
class _DayInfo:
    working: bool
    reason: str | None  # why a weekday is off, or why a weekend day is worked
    provisional: bool


@dataclass
class WorkingCalendar:
    """Which days are working days, and the office sessions of each, for a range of years.

    Entries are applied in order: later ones override earlier ones for the same date, so the
    caller passes the package's base, then the official file, then local and province overrides.
    Lookups over the covered range are O(1) through precomputed tables.
    """

    entries: Iterable[CalendarEntry]
    office_hours: OfficeHours = field(default_factory=OfficeHours.nghe_an)
    first_year: int = 2015
    last_year: int = 2035
    provisional_from_year: int | None = None  # years from here on are projections

    def __post_init__(self) -> None:
        if self.first_year > self.last_year:
            raise CalendarError("Khoảng năm của lịch không hợp lệ.")
        self._first = date(self.first_year, 1, 1)
        self._last = date(self.last_year, 12, 31)
        self._base = self._first.toordinal()
        by_day: dict[date, CalendarEntry] = {}
        for entry in self.entries:
            if self._first <= entry.day <= self._last:
                by_day[entry.day] = entry
        self._entries = by_day
        self.entries = tuple(sorted(by_day.values(), key=lambda e: e.day))
        size = self._last.toordinal() - self._base + 1
        working = bytearray(size)
        cum = [0] * size  # working days up to and including that day
        days: list[int] = []  # ordinals of working days
        count = 0
        for i in range(size):
            d = date.fromordinal(self._base + i)
            found = by_day.get(d)
            if found is not None:
                is_working = found.kind is EntryKind.MAKEUP_WORKDAY
            else:
                is_working = d.weekday() < 5
            if is_working:
                working[i] = 1
                count += 1
                days.append(self._base + i)
            cum[i] = count
        self._working = working
        self._cum = cum
        self._days = days
        self._session_cache: dict[int, tuple[tuple[datetime, datetime], ...]] = {}

    # ----- coverage ---------------------------------------------------------------------
    def covers(self, day: date) -> bool:
        return self._first <= day <= self._last

    def _index(self, day: date) -> int:
        if not self._first <= day <= self._last:
            raise CalendarError(
                f"Lịch làm việc chưa có dữ liệu cho năm {day.year} "
                f"(chỉ có từ {self.first_year} đến {self.last_year})."
            )
        return day.toordinal() - self._base

    def is_provisional(self, day: date) -> bool:
        """True when the day's status is only projected (not yet officially announced)."""
        entry = self._entries.get(day)
        if entry is not None and entry.provisional:
            return True
        return self.provisional_from_year is not None and day.year >= self.provisional_from_year

    # ----- days -------------------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        return bool(self._working[self._index(day)])

    def entry(self, day: date) -> CalendarEntry | None:
        return self._entries.get(day)

    def day_reason(self, day: date) -> str | None:
        """Why a day is not an ordinary one: the holiday's name, "thứ Bảy", "làm bù …"."""
        self._index(day)
        entry = self._entries.get(day)
        if entry is not None:
            if entry.kind is EntryKind.MAKEUP_WORKDAY and day.weekday() < 5:
                return None
            return entry.name
        if day.weekday() >= 5:
            return WEEKDAY_NAMES[day.weekday()]
        return None

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def working_day_on_or_after(self, day: date) -> date:
        if self.is_working_day(day):
            return day
        return self.add_working_days(day, 1)

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day strictly after ``day`` (n ≥ 1); the day itself never counts."""
        if n < 1:
            raise CalendarError("Số ngày làm việc phải từ 1 trở lên.")
        i = self._index(day)
        k = self._cum[i] + n - 1
        if k >= len(self._days):
            raise CalendarError(
                f"Lịch làm việc chưa có dữ liệu đến ngày hết hạn (sau năm {self.last_year})."
            )
        return date.fromordinal(self._days[k])

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d ≤ end (0 when end ≤ start)."""
        if end <= start:
            return 0
        return self._cum[self._index(end)] - self._cum[self._index(start)]

    # ----- hours ------------------------------------------------------------------------
    def sessions(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The office sessions of that day as moments; empty on a day off."""
        i = self._index(day)
        cached = self._session_cache.get(i)
        if cached is not None:
            return cached
        if not self._working[i]:
            result: tuple[tuple[datetime, datetime], ...] = ()
        else:
            result = tuple(
                (datetime.combine(day, a), datetime.combine(day, b))
                for a, b in self.office_hours.sessions_for(day)
            )
        self._session_cache[i] = result
        return result

    def opening(self, day: date) -> datetime:
        """Start of the first session of a working day."""
        return self.sessions(day)[0][0]

    def closing(self, day: date) -> datetime:
        """End of the last session of a working day."""
        return self.sessions(day)[-1][1]

    def office_minutes_on(self, day: date) -> int:
        return sum(int((b - a).total_seconds()) // 60 for a, b in self.sessions(day))

    def next_opening(self, moment: datetime) -> datetime:
        """``moment`` itself if the office is open then, otherwise the next session start."""
        day = moment.date()
        for begin, end in self.sessions(day):
            if moment < begin:
                return begin
            if moment < end:
                return moment
        return self.opening(self.next_working_day(day))

    def office_minutes_between(self, start: datetime, end: datetime) -> int:
        """Office time (minutes) covered by [start, end)."""
        if end <= start:
            return 0
        total = 0.0
        day = start.date()
        last = end.date()
        while day <= last:
            for begin, finish in self.sessions(day):
                lo = max(begin, start)
                hi = min(finish, end)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return int(total // 60)

    def add_office_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment reached after ``minutes`` of office time from ``start``.

        A result that falls exactly on a session end stays there (a due moment of 17:00 rather
        than the next morning's opening).
        """
        if minutes < 0:
            raise CalendarError("Số phút làm việc phải không âm.")
        remaining = timedelta(minutes=minutes)
        day = start.date()
        while True:
            for begin, finish in self.sessions(day):
                if finish <= start:
                    continue
                lo = max(begin, start)
                available = finish - lo
                if remaining <= available:
                    return lo + remaining
                remaining -= available
            day += timedelta(days=1)
            self._index(day)

    def describe_day(self, day: date) -> str:
        """``thứ Sáu 24/04/2026`` — a date as clerks read it."""
        return f"{WEEKDAY_NAMES[day.weekday()]} {day:%d/%m/%Y}"
