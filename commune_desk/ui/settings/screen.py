"""Settings screen: desk identity, office hours by season, calendar overrides, catalogue, language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.calendar import (
    ENTRY_KIND_LABELS,
    CalendarEntry,
    CalendarError,
    EntryKind,
    OfficeHours,
    OfficeSeason,
)
from commune_desk.domain.permissions import Action
from commune_desk.errors import UserError
from commune_desk.services.changes import Changes
from commune_desk.ui.context import DeskContext
from commune_desk.ui.desk_name import remember_desk_name
from commune_desk.ui.i18n import LANGUAGES, fmt_date
from commune_desk.ui.messages import ui_message
from commune_desk.ui.session import IDLE_MINUTES_KEY
from commune_desk.ui.textsize import SCALES, apply_text_scale, saved_scale
from commune_desk.ui.textsize import SETTING as TEXT_SCALE_SETTING


def parse_sessions(text: str) -> tuple[tuple[dt.time, dt.time], ...]:
    """'07:00-11:30, 13:30-17:00' → sessions; UserError when malformed."""
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip().replace("–", "-")
        if not part:
            continue
        try:
            a, b = (x.strip() for x in part.split("-"))
            out.append((dt.time.fromisoformat(a.zfill(5)), dt.time.fromisoformat(b.zfill(5))))
        except ValueError:
            raise UserError(QCoreApplication.translate("SettingsScreen", "Buổi làm việc “%1” phải có dạng 07:00-11:30.").replace("%1", part)) from None
    if not out:
        raise UserError(QCoreApplication.translate("SettingsScreen", "Mỗi mùa phải có ít nhất một buổi làm việc."))
    return tuple(out)


def parse_day_month(text: str) -> tuple[int, int]:
    parts = text.strip().split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UserError(QCoreApplication.translate("SettingsScreen", "Ngày bắt đầu mùa “%1” phải có dạng ngày/tháng, ví dụ 16/4.").replace("%1", text))
    return int(parts[1]), int(parts[0])


class SettingsScreen(QWidget):
    """Every change is one service call on the write lane; failures leave nothing changed."""

    idle_minutes_changed = Signal(int)  # the desk locks after this many minutes without input

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *,
                 prefs: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs if prefs is not None else QSettings()
        admin = ctx.can(Action.MANAGE_USERS)

        # --- desk identity ---
        self.commune_name = QLineEdit(self)
        self.commune_code = QLineEdit(self)
        # The name follows the official code (services.units); it is never typed by hand.
        self.commune_name.setReadOnly(True)
        self.commune_code.editingFinished.connect(self._on_commune_code_edited)
        self.agency_id = QLineEdit(self)
        self.agency_id.setPlaceholderText("000.00.04.H40")
        self.desk_number = QSpinBox(self)
        self.desk_number.setRange(1, 9)
        self.receiving_unit = QLineEdit(self)
        self.save_desk = QPushButton(self.tr("Lưu thông tin bàn làm việc"), self)
        self.save_desk.setEnabled(admin)
        desk_box = QGroupBox(self.tr("Đơn vị và bàn làm việc"), self)
        df = QFormLayout(desk_box)
        df.addRow(self.tr("Tên xã, phường"), self.commune_name)
        df.addRow(self.tr("Mã xã (5 chữ số)"), self.commune_code)
        df.addRow(self.tr("Mã định danh cơ quan"), self.agency_id)
        df.addRow(self.tr("Số bàn (1–9)"), self.desk_number)
        df.addRow(self.tr("Đơn vị tiếp nhận"), self.receiving_unit)
        df.addRow("", self.save_desk)

        # --- office hours ---
        self.hours = QTableWidget(0, 3, self)
        self.hours.setObjectName("officeHours")
        self.hours.setHorizontalHeaderLabels([self.tr("Mùa"), self.tr("Từ ngày (ngày/tháng)"),
                                              self.tr("Các buổi (07:00-11:30, 13:30-17:00)")])
        self.hours.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.hours.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.hours.setMaximumHeight(130)
        self.add_season = QPushButton(self.tr("Thêm mùa"), self)
        self.save_hours = QPushButton(self.tr("Lưu giờ làm việc"), self)
        self.save_hours.setEnabled(admin)
        hours_box = QGroupBox(self.tr("Giờ làm việc theo mùa"), self)
        hl = QVBoxLayout(hours_box)
        hl.addWidget(self.hours)
        hb = QHBoxLayout()
        hb.addWidget(self.add_season)
        hb.addWidget(self.save_hours)
        hb.addStretch(1)
        hl.addLayout(hb)

        # --- calendar overrides ---
        can_cal = ctx.can(Action.EDIT_CALENDAR)
        self.overrides = QTableWidget(0, 4, self)
        self.overrides.setObjectName("calendarOverrides")
        self.overrides.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Loại"),
                                                  self.tr("Tên"), self.tr("Văn bản căn cứ")])
        self.overrides.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.overrides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.override_day = QDateEdit(QDate.currentDate(), self)
        self.override_day.setDisplayFormat("dd/MM/yyyy")
        self.override_day.setCalendarPopup(True)
        self.override_kind = QComboBox(self)
        for kind, text in ENTRY_KIND_LABELS.items():
            text = QCoreApplication.translate("labels", text)
            self.override_kind.addItem(text, kind.value)
        self.override_name = QLineEdit(self)
        self.override_name.setPlaceholderText(self.tr("ví dụ: Nghỉ bù Quốc khánh"))
        self.override_source = QLineEdit(self)
        self.override_source.setPlaceholderText(self.tr("ví dụ: Thông báo 123/TB-UBND ngày 01/8/2026"))
        self.add_override = QPushButton(self.tr("Thêm ngày"), self)
        self.remove_override = QPushButton(self.tr("Xóa ngày đã chọn"), self)
        for w in (self.add_override, self.remove_override):
            w.setEnabled(can_cal)
        cal_box = QGroupBox(self.tr("Lịch làm việc: ngày nghỉ, ngày làm bù"), self)
        cl = QVBoxLayout(cal_box)
        cl.addWidget(self.overrides)
        form = QFormLayout()
        form.addRow(self.tr("Ngày"), self.override_day)
        form.addRow(self.tr("Loại"), self.override_kind)
        form.addRow(self.tr("Tên"), self.override_name)
        form.addRow(self.tr("Văn bản căn cứ *"), self.override_source)
        cl.addLayout(form)
        cb = QHBoxLayout()
        cb.addWidget(self.add_override)
        cb.addWidget(self.remove_override)
        cb.addStretch(1)
        cl.addLayout(cb)

        # --- catalogue & language ---
        self.catalog_label = QLabel(self)
        self.catalog_label.setWordWrap(True)
        self.import_catalog = QPushButton(self.tr("Nhập danh mục thủ tục từ tệp Excel…"), self)
        self.import_catalog.setEnabled(ctx.can(Action.EDIT_CATALOG))
        cat_box = QGroupBox(self.tr("Danh mục thủ tục hành chính"), self)
        catl = QVBoxLayout(cat_box)
        catl.addWidget(self.catalog_label)
        catl.addWidget(self.import_catalog)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.prefs.value("ui/language", "vi"))))
        lang_box = QGroupBox(self.tr("Ngôn ngữ giao diện"), self)
        ll = QFormLayout(lang_box)
        ll.addRow(self.tr("Ngôn ngữ (áp dụng khi mở lại)"), self.language)
        self.text_scale = QComboBox(self)
        self.text_scale.setObjectName("settingsTextScale")
        for scale in SCALES:
            self.text_scale.addItem(f"{scale} %", scale)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(saved_scale(self.prefs))))
        ll.addRow(self.tr("Cỡ chữ (chữ lớn cho người khó nhìn)"), self.text_scale)

        # --- session: lock after idle (this machine, remembered like the language) ---
        from commune_desk.ui.session import IDLE_MINUTES_RANGE, idle_minutes

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" phút"))
        self.idle_minutes.setValue(idle_minutes(self.prefs))
        self.idle_minutes.setAccessibleName(self.tr("Tự khóa màn hình sau số phút không dùng"))
        session_box = QGroupBox(self.tr("Phiên làm việc"), self)
        sl = QFormLayout(session_box)
        sl.addRow(self.tr("Tự khóa khi không dùng sau"), self.idle_minutes)
        idle_note = QLabel(self.tr("Mở khóa bằng mật khẩu của người đang làm việc; không cần "
                                   "mật khẩu dữ liệu."), self)
        idle_note.setWordWrap(True)
        sl.addRow(idle_note)

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        if not admin:
            self.message.setText(self.tr("Chỉ quản trị viên được sửa thông tin bàn làm việc và "
                                         "giờ làm việc; lịch và danh mục theo quyền của tài "
                                         "khoản."))
        left = QVBoxLayout()
        left.addWidget(desk_box)
        left.addWidget(hours_box)
        left.addWidget(cat_box)
        left.addWidget(lang_box)
        left.addWidget(session_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(cal_box)
        # Paper settings and the staff directory: administrators and leaders only.
        from commune_desk.ui.settings.paper_page import PaperSettingsPage, can_edit_paper

        self.paper = PaperSettingsPage(ctx, self) if can_edit_paper(ctx) else None
        if self.paper is not None:
            right.addWidget(self.paper)
        cols = QHBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        inner = QWidget(self)
        il = QVBoxLayout(inner)
        il.addWidget(self.message)
        il.addLayout(cols)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

        self.save_desk.clicked.connect(self._on_save_desk_clicked)
        self.add_season.clicked.connect(self._on_add_season_clicked)
        self.save_hours.clicked.connect(self._on_save_hours_clicked)
        self.add_override.clicked.connect(self._on_add_override_clicked)
        self.remove_override.clicked.connect(self._on_remove_override_clicked)
        self.import_catalog.clicked.connect(self._on_import_catalog_clicked)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes_changed)
        self.text_scale.currentIndexChanged.connect(self._on_text_scale_changed)
        self._loaded = False
        ctx.events.changed.connect(self._on_events_changed)

    # --- loading ---------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        def job(_t: Any) -> Any:
            from commune_desk.services.catalog import catalog_versions
            from commune_desk.services.desk import desk_info, list_calendar_overrides

            return (desk_info(self.ctx.store), list_calendar_overrides(self.ctx.store),
                    catalog_versions(self.ctx.store))

        self.ctx.runner.submit(job, self._on_loaded)
        if self.paper is not None:
            self.paper.reload()

    def _on_loaded(self, result: Any) -> None:
        info, overrides, versions = result
        self.info = info
        # A changed commune is the login's heading from the next start on (ui/desk_name.py).
        remember_desk_name(self.ctx.store.path, info.commune_name)
        self.commune_name.setText(info.commune_name)
        self.commune_code.setText(info.commune_code)
        self.agency_id.setText(info.agency_id)
        self.desk_number.setValue(info.desk_number)
        self.receiving_unit.setText(info.receiving_unit)
        self.hours.setRowCount(0)
        for season in info.office_hours.seasons:
            self._add_season_row(season.name, f"{season.start[1]}/{season.start[0]}",
                                 ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in season.sessions))
        self.overrides.setRowCount(0)
        for e in overrides:
            row = self.overrides.rowCount()
            self.overrides.insertRow(row)
            for col, text in enumerate((fmt_date(e.day), QCoreApplication.translate("labels", ENTRY_KIND_LABELS[e.kind]), e.name,
                                        e.source)):
                item = QTableWidgetItem(text)
                item.setData(256, e.day.isoformat())
                self.overrides.setItem(row, col, item)
        if versions:
            v = max(versions, key=lambda s: s.version)
            self.catalog_label.setText(
                self.tr("Đang dùng: %1 (phiên bản %2, hiệu lực từ %3, %4 thủ tục)")
                .replace("%1", v.name).replace("%2", str(v.version))
                .replace("%3", fmt_date(v.effective_from)).replace("%4", str(v.procedures)))
        self._loaded = True

    def _add_season_row(self, name: str, start: str, sessions: str) -> None:
        row = self.hours.rowCount()
        self.hours.insertRow(row)
        for col, text in enumerate((name, start, sessions)):
            self.hours.setItem(row, col, QTableWidgetItem(text))

    # --- saving ----------------------------------------------------------------------------
    def _run(self, job: Any, done_text: str, changes: Changes) -> None:
        """One service call on the write lane; what it changed goes on the desk's bus (this
        screen reloads from there too, as after a sync that brings a province calendar)."""
        self.ctx.write(job, lambda _r: self._say(done_text),
                       on_error=lambda e: self._say(ui_message(e), True), changes=changes)

    def _on_events_changed(self, changes: Changes) -> None:
        if self._loaded and (changes.calendar or changes.catalog or changes.settings):
            self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #26734d;")

    def _on_commune_code_edited(self) -> None:
        """Show the official name of the typed code (looked up on a worker: the first lookup
        loads the unit list)."""
        from commune_desk.services.units import commune

        code = self.commune_code.text()
        self.ctx.runner.submit(lambda _t: commune(code).name, self.commune_name.setText,
                               on_error=lambda exc: self._say(ui_message(exc), True))

    def _on_save_desk_clicked(self) -> None:
        from commune_desk.services.desk import configure_desk

        code = self.commune_code.text()
        agency, number = self.agency_id.text(), self.desk_number.value()
        unit = self.receiving_unit.text()
        if not code.strip():
            self._say(self.tr("Mã xã không được để trống."), True)
            return
        # The name is the official one for the code (services.units), set by the service.
        self._run(lambda _t: configure_desk(
            self.ctx.store, self.ctx.actor, commune_code=code,
            agency_id=agency, desk_number=number, receiving_unit=unit),
            self.tr("Đã lưu thông tin bàn làm việc."), Changes(settings=True))

    def office_hours_from_table(self) -> OfficeHours:
        seasons = []
        for row in range(self.hours.rowCount()):
            items = [self.hours.item(row, c) for c in range(3)]
            cells = [item.text() if item is not None else "" for item in items]
            seasons.append(OfficeSeason(parse_day_month(cells[1]), parse_sessions(cells[2]),
                                        cells[0].strip()))
        return OfficeHours(tuple(seasons))

    def _on_add_season_clicked(self) -> None:
        self._add_season_row(self.tr("Mùa mới"), "1/1", "07:30-11:30, 13:30-17:00")

    def _on_save_hours_clicked(self) -> None:
        from commune_desk.services.desk import configure_desk

        try:
            hours = self.office_hours_from_table()
        except (UserError, CalendarError) as exc:
            self._say(ui_message(exc), True)
            return
        self._run(lambda _t: configure_desk(self.ctx.store, self.ctx.actor, office_hours=hours),
                  self.tr("Đã lưu giờ làm việc."), Changes(settings=True, calendar=True))

    def new_override(self) -> CalendarEntry:
        name = self.override_name.text().strip()
        source = self.override_source.text().strip()
        if not name:
            raise UserError(self.tr("Chưa nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh)."))
        if not source:
            raise UserError(self.tr("Chưa nhập văn bản căn cứ (số, ngày của thông báo)."))
        kind = EntryKind(self.override_kind.currentData())
        qd = self.override_day.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        if kind is EntryKind.MAKEUP_WORKDAY and day.weekday() < 5:
            raise UserError(self.tr("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."))
        return CalendarEntry(day, kind, name, source)

    def _on_add_override_clicked(self) -> None:
        from commune_desk.services.desk import set_calendar_override

        try:
            entry = self.new_override()
        except UserError as exc:
            self._say(ui_message(exc), True)
            return
        self._run(lambda _t: set_calendar_override(self.ctx.store, self.ctx.actor, entry),
                  self.tr("Đã thêm ngày %1 vào lịch.").replace("%1", fmt_date(entry.day)),
                  Changes(calendar=True))

    def _on_remove_override_clicked(self) -> None:
        from commune_desk.services.desk import remove_calendar_override

        row = self.overrides.currentRow()
        item = self.overrides.item(row, 0) if row >= 0 else None
        if item is None:
            self._say(self.tr("Hãy chọn một ngày trong bảng."), True)
            return
        day = dt.date.fromisoformat(item.data(256))
        self._run(lambda _t: remove_calendar_override(self.ctx.store, self.ctx.actor, day),
                  self.tr("Đã xóa ngày %1 khỏi lịch.").replace("%1", fmt_date(day)),
                  Changes(calendar=True))

    def _on_import_catalog_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh mục"), "",
                                              self.tr("Tệp Excel (*.xlsx)"))
        if path:
            self.import_catalog_file(path)

    def import_catalog_file(self, path: str) -> None:
        from commune_desk.services.catalog import import_catalog_xlsx

        self._say(self.tr("Đang nhập danh mục…"))
        self._run(lambda _t: import_catalog_xlsx(self.ctx.store, self.ctx.actor, path),
                  self.tr("Đã nhập danh mục thủ tục."), Changes(catalog=True))

    def _on_idle_minutes_changed(self, minutes: int) -> None:
        self.prefs.setValue(IDLE_MINUTES_KEY, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _on_text_scale_changed(self, _i: int) -> None:
        scale = int(self.text_scale.currentData())
        self.prefs.setValue(TEXT_SCALE_SETTING, scale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, scale)
        self._say(self.tr("Cỡ chữ %1 % đã được áp dụng.").replace("%1", str(scale)))

    def _on_language_changed(self, _i: int) -> None:
        self.prefs.setValue("ui/language", self.language.currentData())
        self._say(self.tr("Ngôn ngữ sẽ được áp dụng khi mở lại phần mềm."))
