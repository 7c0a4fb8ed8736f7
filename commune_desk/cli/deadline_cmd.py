"""`deadline` and `calendar` subcommands: the legal due moment and the year's working calendar."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from commune_desk.cli.common import CliError, add_json_option, print_json
from commune_desk.cli.vi_argparse import bounded_int

DATE_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M")


def parse_moment(text: str, what: str = "thời điểm") -> datetime:
    """A local moment typed as ``DD/MM/YYYY HH:MM`` (also ISO); Vietnamese error otherwise."""
    cleaned = " ".join(text.split())
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    raise CliError(f"Không đọc được {what} '{text}'. Hãy viết dạng DD/MM/YYYY HH:MM, ví dụ 24/04/2026 10:00.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("deadline", help="tính hạn giải quyết theo luật",
                       description="Tính thời điểm hẹn trả kết quả từ thời điểm nhận và thời hạn.")
    p.add_argument("--received", required=True, metavar="'DD/MM/YYYY HH:MM'",
                   help="thời điểm nhận hồ sơ hợp lệ")
    p.add_argument("--limit", required=True, metavar="THỜI_HẠN",
                   help="ví dụ '5 ngày làm việc', 'Trong ngày', '30 ngày', '8 giờ làm việc'")
    p.add_argument("--pause", nargs=2, action="append", default=[], metavar=("TỪ", "ĐẾN"),
                   help="khoảng tạm dừng (chờ bổ sung), có thể lặp lại")
    p.add_argument("--cutoff", metavar="HH:MM", help="giờ chốt cho thủ tục trong ngày (mặc định 15:00)")
    p.add_argument("--with-extension", action="store_true", help="cộng thời gian gia hạn xác minh")
    p.add_argument("--mode", choices=("end_of_day", "hours"), default="end_of_day",
                   help="cách tính ngày làm việc (mặc định: cuối ngày làm việc thứ N)")
    add_json_option(p)
    p.set_defaults(func=run_deadline)

    c = sub.add_parser("calendar", help="lịch ngày nghỉ và ngày làm bù của một năm")
    c.add_argument("--year", type=bounded_int(1, 9999, "năm"), default=date.today().year)
    add_json_option(c)
    c.set_defaults(func=run_calendar)


def run_deadline(args: argparse.Namespace) -> int:
    from commune_desk.domain.calendar import CalendarError
    from commune_desk.domain.deadlines import CountingMode, Pause, compute_due
    from commune_desk.domain.timelimit import TimeLimitError, parse_time_limit
    from commune_desk.services.calendar_source import load_calendar

    received = parse_moment(args.received, "thời điểm nhận")
    cutoff = None
    if args.cutoff:
        try:
            cutoff = datetime.strptime(args.cutoff, "%H:%M").time()
        except ValueError:
            raise CliError(f"Giờ chốt '{args.cutoff}' không hợp lệ (HH:MM).") from None
    try:
        limit = parse_time_limit(args.limit, cutoff=cutoff)
    except TimeLimitError as exc:
        raise CliError(str(exc)) from None
    pauses = []
    for start_text, end_text in args.pause:
        start = parse_moment(start_text, "thời điểm bắt đầu tạm dừng")
        end = parse_moment(end_text, "thời điểm kết thúc tạm dừng")
        if end < start:
            raise CliError(f"Khoảng tạm dừng {start_text} → {end_text} kết thúc trước khi bắt đầu.")
        if start < received:
            raise CliError("Khoảng tạm dừng không thể bắt đầu trước thời điểm nhận hồ sơ.")
        pauses.append(Pause(start, end))
    try:
        cal = load_calendar()
        result = compute_due(received, limit, cal, pauses=pauses,
                             with_extension=args.with_extension, mode=CountingMode(args.mode))
    except CalendarError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(
            {
                "received": received.strftime("%Y-%m-%dT%H:%M"),
                "start": result.start.strftime("%Y-%m-%dT%H:%M"),
                "due": result.due.strftime("%Y-%m-%dT%H:%M"),
                "limit": limit.text,
                "rule": result.rule,
                "explanation": list(result.explanation),
                "provisional": result.provisional,
            }
        )
    else:
        print(f"Hạn trả kết quả: {result.due:%H:%M} {cal.describe_day(result.due.date())}")
        print(f"Quy tắc: {result.rule}")
        for line in result.explanation:
            print(f"  - {line}")
    return 0


def run_calendar(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from commune_desk.domain.calendar import CalendarError
    from commune_desk.services.calendar_source import load_calendar

    cal = load_calendar()
    year = args.year
    if not 1 <= year <= 9999:
        raise CliError(f"Năm {year} không hợp lệ.")
    try:
        day = date(year, 1, 1)
        cal.is_working_day(day)
        cal.is_working_day(date(year, 12, 31))
    except CalendarError as exc:
        raise CliError(str(exc)) from None
    off: list[dict[str, object]] = []
    makeup: list[dict[str, object]] = []
    while day.year == year:
        entry = cal.entry(day)
        if day.weekday() < 5 and not cal.is_working_day(day):
            off.append({
                "date": day.isoformat(), "weekday": cal.describe_day(day).rsplit(" ", 1)[0],
                "name": cal.day_reason(day), "source": entry.source if entry else "",
                "provisional": cal.is_provisional(day),
            })
        elif day.weekday() >= 5 and cal.is_working_day(day):
            makeup.append({
                "date": day.isoformat(), "weekday": cal.describe_day(day).rsplit(" ", 1)[0],
                "name": entry.name if entry else "Ngày làm bù",
                "source": entry.source if entry else "", "provisional": cal.is_provisional(day),
            })
        day += timedelta(days=1)
    working = cal.working_days_between(date(year - 1, 12, 31), date(year, 12, 31)) \
        if cal.covers(date(year - 1, 12, 31)) else None
    if args.json:
        print_json({"year": year, "working_days": working, "days_off": off, "makeup_workdays": makeup,
                    "provisional": cal.is_provisional(date(year, 1, 1))})
        return 0
    status = " (chưa chính thức — dự kiến)" if cal.is_provisional(date(year, 1, 1)) else ""
    print(f"Lịch làm việc năm {year}{status}: {working if working is not None else '?'} ngày làm việc")
    print("Ngày nghỉ rơi vào ngày thường:")
    for row in off:
        flag = " [dự kiến]" if row["provisional"] else ""
        print(f"  {_vn(row['date'])} {row['weekday']:<8} {row['name']}{flag}  — {row['source']}")
    print("Ngày làm bù (thứ Bảy, Chủ nhật đi làm):")
    if not makeup:
        print("  (không có)")
    for row in makeup:
        flag = " [dự kiến]" if row["provisional"] else ""
        print(f"  {_vn(row['date'])} {row['weekday']:<8} {row['name']}{flag}  — {row['source']}")
    return 0


def _vn(iso: object) -> str:
    return date.fromisoformat(str(iso)).strftime("%d/%m/%Y")
