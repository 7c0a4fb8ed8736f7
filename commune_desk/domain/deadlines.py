"""Due moments from receipt moments and time limits, pauses, verdicts, and their explanations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from commune_desk.domain.calendar import CalendarError, WorkingCalendar
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.domain.timelimit import LimitUnit, TimeLimit


class CountingMode(StrEnum):
    """How a limit in working days is counted (a setting; domain.md §2)."""

    END_OF_DAY = "end_of_day"  # ▶ close of the N-th working day after the receipt day
    HOURS = "hours"  # N × (office hours per day) of office time from the receipt moment


class Verdict(StrEnum):
    EARLY = "truoc_han"
    ON_TIME = "dung_han"
    LATE = "qua_han"
    WITHIN = "trong_han"
    OVERDUE = "qua_han_chua_xong"


VERDICT_LABELS: dict[str, str] = {
    Verdict.EARLY: QT_TRANSLATE_NOOP("labels", "Trước hạn"),
    Verdict.ON_TIME: QT_TRANSLATE_NOOP("labels", "Đúng hạn"),
    Verdict.LATE: QT_TRANSLATE_NOOP("labels", "Quá hạn"),
    Verdict.WITHIN: QT_TRANSLATE_NOOP("labels", "Trong hạn"),
    Verdict.OVERDUE: QT_TRANSLATE_NOOP("labels", "Quá hạn"),
}
"""What each verdict is called, everywhere (desk, forms, reports); the desk translates."""

HOURS_PER_WORKING_DAY = 8


@dataclass(frozen=True, slots=True)
class Pause:
    """The clock stopped (supplement requested) from ``start`` to ``end`` (None: still paused)."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A computed due moment and how it came about."""

    received_at: datetime
    start: datetime  # the moment the clock started (next opening for a receipt out of hours)
    due: datetime
    rule: str  # one line: the rule that produced the appointment
    explanation: tuple[str, ...] = ()
    paused: bool = False  # an open pause: the due moment will move further when it ends
    provisional: bool = False  # a counted day is only projected, not officially announced


def _hm(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _moment(cal: WorkingCalendar, moment: datetime) -> str:
    return f"{_hm(moment)} {cal.describe_day(moment.date())}"


def _skipped(cal: WorkingCalendar, start: date, end: date) -> list[str]:
    """Non-working days in (start, end], grouped by reason, in Vietnamese."""
    lines: list[str] = []
    day = start + timedelta(days=1)
    groups: dict[str, list[date]] = {}
    order: list[str] = []
    while day <= end:
        if not cal.is_working_day(day):
            reason = cal.day_reason(day) or "ngày nghỉ"
            key = "cuối tuần" if reason in ("thứ Bảy", "Chủ nhật") else reason
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(day)
        day += timedelta(days=1)
    for key in order:
        days = ", ".join(f"{d:%d/%m}" for d in groups[key])
        lines.append(f"{key}: {days}")
    return lines


def _makeups(cal: WorkingCalendar, start: date, end: date) -> list[str]:
    result = []
    day = start + timedelta(days=1)
    while day <= end:
        if day.weekday() >= 5 and cal.is_working_day(day):
            entry = cal.entry(day)
            name = entry.name if entry else "ngày làm bù"
            result.append(f"{cal.describe_day(day)} là ngày làm việc ({name})")
        day += timedelta(days=1)
    return result


def _apply_pauses(
    cal: WorkingCalendar, start: datetime, due: datetime, pauses: Sequence[Pause],
    now: datetime | None,
) -> tuple[datetime, bool, list[str]]:
    """Move ``due`` forward by the office time each pause covered after the clock started."""
    notes: list[str] = []
    paused = False
    for pause in sorted(pauses, key=lambda p: p.start):
        end = pause.end
        if end is None:
            paused = True
            if now is None or now <= pause.start:
                notes.append(f"Đang tạm dừng từ {_moment(cal, pause.start)} (chờ bổ sung).")
                continue
            end = now
        if end <= pause.start:
            continue
        begin = max(pause.start, start)
        if begin >= due:
            continue  # a pause after the due moment cannot give back time already lost
        minutes = cal.office_minutes_between(begin, end)
        if minutes == 0:
            continue
        due = cal.add_office_minutes(due, minutes)
        hours, mins = divmod(minutes, 60)
        notes.append(
            f"Tạm dừng {_moment(cal, begin)} → {_moment(cal, end)}: "
            f"cộng {hours} giờ {mins:02d} phút làm việc."
        )
    return due, paused, notes


def compute_due(
    received_at: datetime,
    limit: TimeLimit,
    cal: WorkingCalendar,
    *,
    pauses: Sequence[Pause] = (),
    with_extension: bool = False,
    mode: CountingMode = CountingMode.END_OF_DAY,
    now: datetime | None = None,
    explain: bool = True,
) -> Deadline:
    """The due moment the law gives for a dossier received at ``received_at``.

    ``explain=False`` skips building the Vietnamese explanation (for bulk recomputation).
    Raises ``CalendarError`` when the calendar does not cover the dates involved.
    """
    start = cal.next_opening(received_at)
    receipt_day = start.date()
    lines: list[str] = []
    if explain:
        lines.append(f"Nhận hồ sơ lúc {_moment(cal, received_at)}.")
        if start != received_at:
            lines.append(f"Nhận ngoài giờ làm việc: tính từ {_moment(cal, start)}.")
        lines.append(f"Thời hạn giải quyết: {limit.text}.")

    unit = limit.unit
    if unit is LimitUnit.SAME_DAY:
        if start.time() <= limit.cutoff:
            due_day = receipt_day
            rule = f"Trong ngày: nhận trước {limit.cutoff:%H:%M} trả trong ngày làm việc"
        else:
            due_day = cal.next_working_day(receipt_day)
            rule = (f"Trong ngày: nhận sau {limit.cutoff:%H:%M} trả vào ngày làm việc tiếp theo")
        due = cal.closing(due_day)
    elif unit is LimitUnit.WORKING_DAYS and mode is CountingMode.END_OF_DAY:
        due_day = cal.add_working_days(receipt_day, limit.value)
        due = cal.closing(due_day)
        rule = (f"{limit.value:02d} ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm việc "
                f"của ngày làm việc thứ {limit.value}")
    elif unit is LimitUnit.WORKING_DAYS:
        due = cal.add_office_minutes(start, limit.value * HOURS_PER_WORKING_DAY * 60)
        rule = (f"{limit.value:02d} ngày làm việc = {limit.value * HOURS_PER_WORKING_DAY} giờ "
                "làm việc tính từ lúc nhận")
    elif unit is LimitUnit.WORKING_HOURS:
        due = cal.add_office_minutes(start, limit.value * 60)
        rule = f"{limit.value:02d} giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính"
    else:  # calendar days
        last = receipt_day + timedelta(days=limit.value)
        cal.is_working_day(last)  # raises CalendarError outside the covered years
        due_day = cal.working_day_on_or_after(last)
        due = cal.closing(due_day)
        rule = f"{limit.value:02d} ngày theo lịch, không tính ngày nhận"
        if due_day != last:
            rule += "; ngày cuối là ngày nghỉ nên lùi sang ngày làm việc kế tiếp"
    if with_extension and limit.extension:
        due = cal.closing(cal.add_working_days(due.date(), limit.extension))
        rule += f"; gia hạn xác minh {limit.extension:02d} ngày làm việc"

    base_due = due
    due, paused, pause_notes = _apply_pauses(cal, start, due, pauses, now)
    provisional = cal.is_provisional(due.date()) or cal.is_provisional(receipt_day)
    if explain:
        if unit is LimitUnit.CALENDAR_DAYS:
            last = receipt_day + timedelta(days=limit.value)
            lines.append(f"Ngày thứ {limit.value} kể từ ngày nhận: {cal.describe_day(last)}.")
            if not cal.is_working_day(last):
                lines.append(
                    f"Ngày đó là ngày nghỉ ({cal.day_reason(last) or 'ngày nghỉ'}): lùi sang "
                    f"{cal.describe_day(cal.working_day_on_or_after(last))}."
                )
        elif base_due.date() > receipt_day:
            if unit is LimitUnit.WORKING_DAYS and mode is CountingMode.END_OF_DAY:
                counted = cal.working_days_between(receipt_day, base_due.date())
                lines.append(
                    f"Tính {counted} ngày làm việc từ "
                    f"{receipt_day + timedelta(days=1):%d/%m/%Y} đến {base_due:%d/%m/%Y}."
                )
            skipped = _skipped(cal, receipt_day, base_due.date())
            if skipped:
                lines.append("Không tính: " + "; ".join(skipped) + ".")
            lines.extend(m + "." for m in _makeups(cal, receipt_day, base_due.date()))
        lines.extend(pause_notes)
        lines.append(f"Hẹn trả kết quả: {_moment(cal, due)}.")
        if provisional:
            lines.append("Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể thay đổi.")
    return Deadline(received_at, start, due, rule, tuple(lines), paused, provisional)


def finish_verdict(finished: date | str, due: date | str) -> Verdict:
    """▶ Done before the appointment's date: early; on that date: on time; after it: late.

    By calendar date only (domain.md §1.7). Takes dates, datetimes or ISO text (the stored
    form), so the fold, the printed forms and the deadline tools decide it the one same way.
    """
    done_day = finished[:10] if isinstance(finished, str) else finished.isoformat()[:10]
    due_day = due[:10] if isinstance(due, str) else due.isoformat()[:10]
    if done_day < due_day:
        return Verdict.EARLY
    if done_day == due_day:
        return Verdict.ON_TIME
    return Verdict.LATE


def verdict_for(due: datetime, finished_at: datetime | None, now: datetime) -> Verdict:
    """``finish_verdict`` for a finished dossier; open ones are within time until ``due``."""
    if finished_at is not None:
        return finish_verdict(finished_at, due)
    return Verdict.WITHIN if now <= due else Verdict.OVERDUE


def remaining_working_minutes(now: datetime, due: datetime, cal: WorkingCalendar) -> int:
    """Office minutes left until ``due`` (negative: office minutes overdue)."""
    if now <= due:
        return cal.office_minutes_between(now, due)
    return -cal.office_minutes_between(due, now)


def format_remaining(minutes: int) -> str:
    """``còn 2 ngày 3 giờ`` / ``quá hạn 45 phút`` in working time (8 h a day)."""
    prefix = "còn" if minutes >= 0 else "quá hạn"
    m = abs(minutes)
    days, rest = divmod(m, HOURS_PER_WORKING_DAY * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} ngày")
    if hours:
        parts.append(f"{hours} giờ")
    if mins and not days:
        parts.append(f"{mins} phút")
    return f"{prefix} {' '.join(parts) or '0 phút'} làm việc"


def is_due_soon(now: datetime, due: datetime, cal: WorkingCalendar) -> bool:
    """Not overdue, and due no later than the end of the next working day."""
    if due < now:
        return False
    try:
        horizon = cal.next_working_day(now.date())
    except CalendarError:
        return True
    return due.date() <= horizon
