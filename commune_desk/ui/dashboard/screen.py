"""Dashboard screen: on-time rate, backlog by field, overdue trend, intake, satisfaction, digitisation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commune_desk.services.changes import Changes
from commune_desk.services.dashboard import DashboardFigures, dashboard_figures, dashboard_window
from commune_desk.ui.context import DeskContext
from commune_desk.ui.dashboard.charts import BarChart, GaugeTile
from commune_desk.ui.i18n import fmt_date, fmt_int
from commune_desk.ui.messages import tr_message
from commune_desk.ui.textsize import scaled_px


class DashboardScreen(QWidget):
    """Figures are computed on a worker; each reload carries a generation number."""

    figures_loaded = Signal(object)
    # A bar was clicked: the list should open on exactly those dossiers. The dict holds the
    # keyword arguments of DossiersScreen.show_filtered.
    list_requested = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.figures: DashboardFigures | None = None
        self.heading = QLabel(self.tr("Tổng quan chỉ số"), self)
        self.heading.setStyleSheet(f"font-size: {scaled_px(20)}px; font-weight: 600;")
        self.window_label = QLabel(self)
        self.window_label.setStyleSheet("color: #444;")
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"), self)
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.clicked.connect(self.reload)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("dashboardPeriod")
        self.period_box.setAccessibleName(self.tr("Kỳ xem chỉ số"))
        for key, text in (("week", self.tr("Tuần này")), ("month", self.tr("Tháng này (kỳ báo cáo)")),
                          ("quarter", self.tr("Quý này (kỳ báo cáo)")),
                          ("year", self.tr("Năm nay (kỳ báo cáo)")),
                          ("last12", self.tr("12 tháng gần nhất")), ("custom", self.tr("Tùy chọn…"))):
            self.period_box.addItem(text, key)
        self.period_box.setCurrentIndex(self.period_box.findData("last12"))
        today = QDate.currentDate()
        self.custom_from = QDateEdit(today.addMonths(-1), self)
        self.custom_to = QDateEdit(today, self)
        for edit, name in ((self.custom_from, self.tr("Từ ngày")), (self.custom_to, self.tr("Đến ngày"))):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._on_custom_date_changed)
        self.period_box.currentIndexChanged.connect(self._on_period_box_changed)
        self.on_time = GaugeTile(self.tr("Tỷ lệ giải quyết đúng hạn"), "#26734d", self)
        self.satisfaction = GaugeTile(self.tr("Tỷ lệ hài lòng"), "#1a5fb4", self)
        self.digitisation = GaugeTile(self.tr("Tỷ lệ số hóa hồ sơ"), "#6d3fb0", self)
        self.online = GaugeTile(self.tr("Tỷ lệ hồ sơ trực tuyến"), "#c25e00", self)
        self.online_pay = GaugeTile(self.tr("Tỷ lệ thanh toán trực tuyến"), "#8a6d00", self)
        self.backlog = BarChart(self.tr("Hồ sơ đang giải quyết theo lĩnh vực"),
                                [self.tr("Trong hạn"), self.tr("Quá hạn")],
                                ["#7fb3d5", "#c0392b"], self, horizontal=True, clickable=True)
        self.officers = BarChart(self.tr("Hồ sơ đang giải quyết theo người xử lý"),
                                 [self.tr("Trong hạn"), self.tr("Quá hạn")],
                                 ["#7fb3d5", "#c0392b"], self, horizontal=True, clickable=True)
        self.trend = BarChart(self.tr("Hồ sơ đã giải quyết theo tháng"),
                              [self.tr("Trước/đúng hạn"), self.tr("Quá hạn")],
                              ["#58a55c", "#c0392b"], self)
        self.intake = BarChart(self.tr("Hồ sơ tiếp nhận 30 ngày gần nhất"),
                               [self.tr("Số hồ sơ")], ["#1a5fb4"], self, clickable=True)
        self.backlog.bar_clicked.connect(self._on_backlog_bar_clicked)
        self.officers.bar_clicked.connect(self._on_officers_bar_clicked)
        self.intake.bar_clicked.connect(self._on_intake_bar_clicked)
        self.ratings = BarChart(self.tr("Đánh giá mức độ hài lòng"),
                                [self.tr("Số lượt")], ["#1a5fb4"], self, horizontal=True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.period_box)
        top.addWidget(self.custom_from)
        top.addWidget(self.custom_to)
        top.addWidget(self.refresh_button)
        tiles = QHBoxLayout()
        for t in (self.on_time, self.satisfaction, self.digitisation, self.online, self.online_pay):
            tiles.addWidget(t)
        grid = QGridLayout()
        grid.addWidget(self.trend, 0, 0, 1, 2)
        grid.addWidget(self.backlog, 0, 2)
        grid.addWidget(self.intake, 1, 0)
        grid.addWidget(self.officers, 1, 1)
        grid.addWidget(self.ratings, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        # Tiles and charts scroll inside the screen when the window is short (1024×600, large
        # text): each keeps its minimum size, so nothing overlaps and no title is cut, and the
        # screen does not force a minimum height on the main window.
        body = QWidget(self)
        body.setObjectName("dashboardBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(tiles)
        body_layout.addLayout(grid, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addWidget(self.window_label)
        layout.addWidget(self.scroll_area, 1)
        ctx.events.changed.connect(self._on_events_changed)
        self._stale = True

    def period_window(self) -> tuple[dt.date, dt.date]:
        """The days the figures cover, from the period box (custom: the two dates as typed)."""
        choice = str(self.period_box.currentData())
        today = self.ctx.clock().date()
        if choice == "custom":
            start: dt.date = self.custom_from.date().toPython()  # type: ignore[assignment]
            end: dt.date = self.custom_to.date().toPython()  # type: ignore[assignment]
            return dashboard_window(choice, today, start, end)
        return dashboard_window(choice, today)

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        now = self.ctx.clock()
        try:
            start, end = self.period_window()
        except ValueError as exc:  # PeriodError: a custom window back to front
            self.window_label.setText(tr_message(str(exc)))
            return
        self.window_label.setText(self.tr("Đang tính…"))
        self.ctx.runner.submit(
            lambda _t: dashboard_figures(self.ctx.store, now=now, start=start, end=end),
            lambda figs: self._on_figures(gen, figs))

    def _on_period_box_changed(self, _index: int) -> None:
        custom = self.period_box.currentData() == "custom"
        self.custom_from.setVisible(custom)
        self.custom_to.setVisible(custom)
        self.reload()

    def _on_custom_date_changed(self, _date: QDate) -> None:
        if self.period_box.currentData() == "custom":
            self.reload()

    def _on_backlog_bar_clicked(self, index: int) -> None:
        if self.figures is not None and 0 <= index < len(self.figures.backlog):
            name = self.figures.backlog[index].field
            self.list_requested.emit({"field": None if name == "—" else name, "open_only": True})

    def _on_officers_bar_clicked(self, index: int) -> None:
        if self.figures is not None and 0 <= index < len(self.figures.officers):
            login = self.figures.officers[index].login
            self.list_requested.emit({"assignee": login or None, "open_only": True})

    def _on_intake_bar_clicked(self, index: int) -> None:
        if self.figures is not None and 0 <= index < len(self.figures.intake_per_day):
            self.list_requested.emit({"received_on": self.figures.intake_per_day[index][0]})

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _on_events_changed(self, changes: Changes) -> None:
        if not (changes.dossiers or changes.calendar):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_figures(self, gen: int, f: DashboardFigures) -> None:
        if gen != self._generation:
            return
        self.figures = f
        self.window_label.setText(
            self.tr("Từ ngày %1 đến ngày %2 · Tiếp nhận %3 · Đã giải quyết %4 · Đang giải quyết %5 (quá hạn %6)")
            .replace("%1", fmt_date(f.start)).replace("%2", fmt_date(f.end))
            .replace("%3", fmt_int(f.received)).replace("%4", fmt_int(f.finished))
            .replace("%5", fmt_int(f.open_total)).replace("%6", fmt_int(f.open_overdue)))
        self.on_time.set_value(f.on_time_rate, self.tr("%1 trước/đúng hạn trên %2 đã giải quyết")
                               .replace("%1", fmt_int(f.finished_early + f.finished_on_time))
                               .replace("%2", fmt_int(f.finished)))
        total_ratings = sum(f.ratings.values())
        self.satisfaction.set_value(f.satisfaction_rate, self.tr("%1 hài lòng trên %2 lượt")
                                    .replace("%1", fmt_int(f.ratings.get("satisfied", 0)))
                                    .replace("%2", fmt_int(total_ratings)))
        self.digitisation.set_value(f.digitisation_rate, self.tr("%1 trên %2 hồ sơ tiếp nhận")
                                    .replace("%1", fmt_int(f.digitised))
                                    .replace("%2", fmt_int(f.received)))
        self.online.set_value(f.online_rate, self.tr("%1 trên %2 hồ sơ tiếp nhận")
                              .replace("%1", fmt_int(f.received_online))
                              .replace("%2", fmt_int(f.received)))
        self.online_pay.set_value(f.online_payment_rate, self.tr("%1 trên %2 lượt nộp phí")
                                  .replace("%1", fmt_int(f.fee_paid_online))
                                  .replace("%2", fmt_int(f.fee_paid)))
        self.backlog.set_data([b.field for b in f.backlog],
                              [(b.open - b.overdue, b.overdue) for b in f.backlog])
        self.officers.set_data([o.name or self.tr("(chưa phân công)") for o in f.officers],
                               [(o.open - o.overdue, o.overdue) for o in f.officers])
        self.trend.set_data([f"{m.month[5:]}/{m.month[2:4]}" for m in f.months],
                            [(m.finished - m.late, m.late) for m in f.months])
        self.intake.set_data([d.strftime("%d/%m") for d, _ in f.intake_per_day],
                             [(n,) for _, n in f.intake_per_day])
        self.ratings.set_data([self.tr("Hài lòng"), self.tr("Chấp nhận được"),
                               self.tr("Không hài lòng")],
                              [(f.ratings.get("satisfied", 0),), (f.ratings.get("acceptable", 0),),
                               (f.ratings.get("unsatisfied", 0),)])
        self.figures_loaded.emit(f)
