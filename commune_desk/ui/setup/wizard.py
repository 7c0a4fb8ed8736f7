"""First-run set-up wizard: province, commune, agency id, desk number, office hours, server.

Shown on a new database before the first administrator is created. Each step checks its
input and says what is wrong in Vietnamese; the final step calls ``services.setup.setup_desk``
on the task runner's write lane (enrolment talks to the network: never on the UI thread). An
unreachable server does not stop the set-up: the desk is configured and works offline.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.calendar import OfficeHours, OfficeSeason
from commune_desk.domain.identifiers import validate_agency_id
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError
from commune_desk.services import units
from commune_desk.services.setup import (
    AGENCY_ID_EXAMPLE,
    AGENCY_ID_HELP,
    DUPLICATE_NUMBER_WARNING,
    SetupRequest,
    SetupResult,
)
from commune_desk.ui.messages import tr_message, ui_message
from commune_desk.ui.settings.screen import parse_day_month, parse_sessions
from commune_desk.ui.workers import TaskRunner

DEFAULT_PROVINCE = "40"  # Nghệ An: the pilot province


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class SetupWizard(QDialog):
    """``SetupWizard(store, runner, parent=None)``; ``result_info`` holds the ``SetupResult``."""

    def __init__(self, store: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.result_info: SetupResult | None = None
        self.setWindowTitle(self.tr("Cài đặt máy lần đầu — Commune Desk"))
        self.setMinimumSize(640, 480)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._unit_page())
        self.pages.addWidget(self._desk_page())
        self.pages.addWidget(self._hours_page())
        self.pages.addWidget(self._server_page())
        self.pages.addWidget(self._done_page())
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Quay lại"), self)
        self.next_button = QPushButton(self.tr("Tiếp tục"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Thoát"), self)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_page(0)

    # ------------------------------------------------------------------ pages
    def _unit_page(self) -> QWidget:
        page = QWidget(self)
        self.province = QComboBox(page)
        for p in units.provinces():
            self.province.addItem(p.name, p.code)
        self.province.setCurrentIndex(self.province.findData(DEFAULT_PROVINCE))
        self.commune_search = QLineEdit(page)
        self.commune_search.setPlaceholderText(self.tr("gõ vài chữ, không cần dấu, ví dụ: my ly"))
        self.commune_list = QListWidget(page)
        self.commune_list.setObjectName("communes")
        self.commune_list.setAccessibleName(self.tr("Xã, phường"))
        self.province.currentIndexChanged.connect(self._refill_communes)
        self.commune_search.textChanged.connect(self._refill_communes)
        self.commune_list.currentItemChanged.connect(self._on_commune_chosen)
        self.commune_preview = _wrapped("", page)
        self.commune_preview.setStyleSheet("color: #1b5e20;")
        form = QFormLayout()
        form.addRow(self.tr("Tỉnh, thành phố"), self.province)
        form.addRow(self.tr("Tìm xã, phường"), self.commune_search)
        box = QVBoxLayout(page)
        box.addWidget(_wrapped(self.tr(
            "Chọn đơn vị theo danh mục chính thức từ 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, "
            "phường, đặc khu)."), page))
        box.addLayout(form)
        box.addWidget(self.commune_list, 1)
        box.addWidget(self.commune_preview)
        self._refill_communes()
        return page

    def _desk_page(self) -> QWidget:
        page = QWidget(self)
        self.agency_id = QLineEdit(page)
        self.agency_id.setPlaceholderText(AGENCY_ID_EXAMPLE)
        self.desk_number = QSpinBox(page)
        self.desk_number.setRange(1, 9)
        form = QFormLayout()
        form.addRow(self.tr("Mã định danh cơ quan"), self.agency_id)
        form.addRow("", _wrapped(self.tr(AGENCY_ID_HELP), page))
        form.addRow(self.tr("Số bàn của máy này (1–9)"), self.desk_number)
        warning = _wrapped(self.tr(DUPLICATE_NUMBER_WARNING), page)
        warning.setStyleSheet("background: #fff3cd; padding: 6px;")
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(warning)
        box.addStretch(1)
        return page

    def _hours_page(self) -> QWidget:
        page = QWidget(self)
        self.hours = QTableWidget(0, 3, page)
        self.hours.setObjectName("officeHours")
        self.hours.setAccessibleName(self.tr("3. Giờ làm việc"))
        self.hours.setHorizontalHeaderLabels([self.tr("Mùa"), self.tr("Từ ngày (ngày/tháng)"),
                                              self.tr("Các buổi (07:00-11:30, 13:30-17:00)")])
        self.hours.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):  # the header "Từ ngày (ngày/tháng)" was cut to "ngày (ngày/thá"
            self.hours.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.hours_note = _wrapped("", page)
        box = QVBoxLayout(page)
        box.addWidget(self.hours_note)
        box.addWidget(self.hours, 1)
        return page

    def _server_page(self) -> QWidget:
        page = QWidget(self)
        self.server_url = QLineEdit(page)
        self.server_url.setPlaceholderText("https://dongbo.nghean.gov.vn")
        self.token = QLineEdit(page)
        self.token.setPlaceholderText("CD1-…")
        form = QFormLayout()
        form.addRow(self.tr("Địa chỉ máy chủ đồng bộ"), self.server_url)
        form.addRow(self.tr("Mã đăng ký máy (dùng một lần)"), self.token)
        box = QVBoxLayout(page)
        box.addWidget(_wrapped(self.tr(
            "Không bắt buộc. Cán bộ tin học của tỉnh cấp địa chỉ và mã đăng ký cho từng máy. Bỏ "
            "trống nếu chưa có: máy vẫn làm việc bình thường và đăng ký sau trong Cài đặt. Nếu "
            "máy chủ không liên lạc được, việc cài đặt vẫn hoàn tất và máy làm việc ngoại "
            "tuyến."), page))
        box.addLayout(form)
        box.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = _wrapped("", page)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(page)
        box.addWidget(self.summary)
        box.addStretch(1)
        return page

    # ------------------------------------------------------------------ behaviour
    TITLES = (QT_TRANSLATE_NOOP("SetupWizard", "1. Đơn vị"),
              QT_TRANSLATE_NOOP("SetupWizard", "2. Mã cơ quan và số bàn"),
              QT_TRANSLATE_NOOP("SetupWizard", "3. Giờ làm việc"),
              QT_TRANSLATE_NOOP("SetupWizard", "4. Máy chủ đồng bộ"),
              QT_TRANSLATE_NOOP("SetupWizard", "Đã cài đặt xong"))

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.title.setText(self.tr(self.TITLES[index]))
        self.error.clear()
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(0 < index < self.pages.count() - 1)
        self.cancel_button.setVisible(not last)
        self.next_button.setText(self.tr("Bắt đầu làm việc") if last else
                                 self.tr("Cài đặt") if index == 3 else self.tr("Tiếp tục"))

    def _refill_communes(self, *_args: Any) -> None:
        self.commune_list.clear()
        for c in units.find_communes(self.commune_search.text(), self.province.currentData(),
                                     limit=200):
            item = QListWidgetItem(f"{c.name} ({c.code})")
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            self.commune_list.addItem(item)
        if self.commune_list.count() == 1 or self.commune_search.text().strip():
            self.commune_list.setCurrentRow(0)

    def chosen_commune(self) -> units.Commune | None:
        item = self.commune_list.currentItem()
        return units.commune(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _on_commune_chosen(self, *_args: Any) -> None:
        c = self.chosen_commune()
        self.commune_preview.setText(
            f"{c.names.committee} — {c.names.centre}" if c else "")

    def _fill_hours(self, hours: OfficeHours, province_name: str) -> None:
        self.hours_note.setText(self.tr(
            "Giờ làm việc mặc định của {0}; sửa nếu xã làm việc khác. Hạn giải quyết tính theo "
            "các buổi này.").format(province_name))
        self.hours.setRowCount(0)
        for s in hours.seasons:
            row = self.hours.rowCount()
            self.hours.insertRow(row)
            values = (s.name, f"{s.start[1]}/{s.start[0]}",
                      ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in s.sessions))
            for col, value in enumerate(values):
                self.hours.setItem(row, col, QTableWidgetItem(value))

    def office_hours(self) -> OfficeHours:
        seasons = []
        for row in range(self.hours.rowCount()):
            cells = [self.hours.item(row, c) for c in range(3)]
            name, start, sessions = (c.text() if c else "" for c in cells)
            seasons.append(OfficeSeason(parse_day_month(start), parse_sessions(sessions),
                                        name.strip()))
        return OfficeHours(tuple(seasons))

    def _on_back_clicked(self) -> None:
        self._show_page(self.pages.currentIndex() - 1)

    def _on_next_clicked(self) -> None:
        index = self.pages.currentIndex()
        try:
            if index == 0:
                c = self.chosen_commune()
                if c is None:
                    raise ValueError(self.tr("Hãy chọn xã, phường trong danh sách."))
                self._fill_hours(units.default_office_hours(c.province_code), c.province_name)
            elif index == 1:
                validate_agency_id(self.agency_id.text())
            elif index == 2:
                self.office_hours()
            elif index == 3:
                self._start_setup()
                return
            else:
                self.accept()
                return
        except (UserError, ValueError) as exc:  # each carries a Vietnamese message
            self.error.setText(tr_message(str(exc)))
            return
        self._show_page(index + 1)

    def request(self) -> SetupRequest:
        c = self.chosen_commune()
        assert c is not None
        url, token = self.server_url.text().strip(), self.token.text().strip()
        return SetupRequest(commune_code=c.code, agency_id=self.agency_id.text(),
                            desk_number=self.desk_number.value(),
                            office_hours=self.office_hours(),
                            server_url=url or None, token=token or None)

    def _start_setup(self) -> None:
        from commune_desk.services.setup import setup_desk

        req = self.request()
        if bool(req.server_url) != bool(req.token):
            self.error.setText(self.tr("Cần cả địa chỉ máy chủ và mã đăng ký (hoặc bỏ trống cả "
                                       "hai để đăng ký sau)."))
            return
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.error.setText(self.tr("Đang cài đặt…"))
        self.runner.submit(lambda _t: setup_desk(self.store, req), self._on_setup_done,
                           on_error=self._on_setup_failed, write=True)

    def _on_setup_failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.error.setText(ui_message(exc))

    def _on_setup_done(self, result: SetupResult) -> None:
        self.result_info = result
        self.next_button.setEnabled(True)
        lines = [
            f"<b>{result.committee}</b> ({result.commune_code}), {result.province_name}",
            self.tr("Đơn vị tiếp nhận: %1").replace("%1", result.receiving_unit),
            self.tr("Mã định danh cơ quan: %1; bàn số %2").replace("%1", result.agency_id)
            .replace("%2", str(result.desk_number)),
        ]
        if result.enrolled:
            lines.append(self.tr("Đã đăng ký với máy chủ đồng bộ %1.").replace("%1", str(result.server_url)))
        elif result.enrol_error:
            lines.append(f"<span style='color:#8a5300'>{result.enrol_error}</span>")
        else:
            lines.append(self.tr("Chưa đăng ký máy chủ đồng bộ: máy làm việc ngoại tuyến."))
        lines.append(self.tr("Bước tiếp theo: tạo tài khoản quản trị viên đầu tiên."))
        self.summary.setText("<br>".join(lines))
        self._show_page(4)
