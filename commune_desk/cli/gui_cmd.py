"""The default command: start the desktop application."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="mở ứng dụng (mặc định khi không có lệnh)")
    p.add_argument("--db", metavar="PATH", default=None, help="tệp cơ sở dữ liệu SQLite")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    """A first window: today's working-day status (the desk UI replaces this)."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication, QLabel

    from commune_desk.domain.deadlines import compute_due
    from commune_desk.domain.timelimit import TimeLimit, LimitUnit
    from commune_desk.services.calendar_source import load_calendar

    app = QApplication.instance() or QApplication([])
    cal = load_calendar()
    now = datetime.now()
    today = now.date()
    status = "ngày làm việc" if cal.is_working_day(today) else f"ngày nghỉ ({cal.day_reason(today)})"
    due = compute_due(now, TimeLimit(3, LimitUnit.WORKING_DAYS), cal)
    label = QLabel(
        f"<h2>Bàn làm việc một cửa cấp xã</h2><p>Hôm nay, {cal.describe_day(today)}: {status}.</p>"
        f"<p>Hồ sơ 03 ngày làm việc nhận lúc này hẹn trả: <b>{due.due:%H:%M %d/%m/%Y}</b></p>"
    )
    label.setMargin(24)
    label.setWindowTitle("Commune Desk")
    label.show()
    return int(app.exec())
