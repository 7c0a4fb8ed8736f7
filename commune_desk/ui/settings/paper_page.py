"""Settings › paper: signers, slip size, lookup address, recipient, and the staff directory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import Action
from commune_desk.services.changes import Changes
from commune_desk.ui.context import DeskContext
from commune_desk.ui.messages import ui_message

LOGIN_ROLE = 256  # Qt.UserRole: the login a row was loaded with ("" for a new row)


class _SignerFields:
    """Authority line, title and full name of one signer."""

    def __init__(self, parent: QWidget, name: str, authority_hint: str, title_hint: str) -> None:
        self.authority = QLineEdit(parent)
        self.authority.setObjectName(f"{name}_authority")
        self.authority.setPlaceholderText(authority_hint)
        self.authority.setProperty("vietnamese_example", True)  # the paper is Vietnamese
        self.title = QLineEdit(parent)
        self.title.setObjectName(f"{name}_title")
        self.title.setPlaceholderText(title_hint)
        self.title.setProperty("vietnamese_example", True)  # the paper is Vietnamese
        self.name = QLineEdit(parent)
        self.name.setObjectName(f"{name}_name")

    def set(self, signer: Any) -> None:
        self.authority.setText(signer.authority)
        self.title.setText(signer.title)
        self.name.setText(signer.name)

    def value(self) -> Any:
        from commune_desk.services.paper_settings import SignerSetting

        return SignerSetting(" ".join(self.authority.text().split()),
                             " ".join(self.title.text().split()),
                             " ".join(self.name.text().split()))


class PaperSettingsPage(QWidget):
    """Administrators and leaders set what papers print; each save is one service call on the
    write lane, a refused one changes nothing and says why in Vietnamese."""

    saved = Signal(str)  # "settings" | "staff"

    COLUMNS = 4  # login, full name, phone, title

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("paperSettingsPage")
        self.settings: Any = None

        # --- paper settings ---
        self.slip_size = QComboBox(self)
        self.slip_size.setObjectName("paper_slip_size")
        self.slip_size.addItem(self.tr("A4 (mặc định)"), "A4")
        self.slip_size.addItem(self.tr("A5 (in thu nhỏ từ mẫu A4)"), "A5")
        self.lookup_url = QLineEdit(self)
        self.lookup_url.setObjectName("paper_lookup_url")
        self.lookup_url.setPlaceholderText("https://dichvucong.nghean.gov.vn/tra-cuu?ma={code}")
        self.lookup_url.setToolTip(self.tr(
            "Địa chỉ tra cứu hồ sơ trên Cổng dịch vụ công của tỉnh, in trong mã QR của Mẫu 01; "
            "{code} được thay bằng mã hồ sơ. Để trống: mã QR chỉ chứa mã hồ sơ."))
        self.report_recipient = QLineEdit(self)
        self.report_recipient.setObjectName("paper_report_recipient")
        self.report_recipient.setPlaceholderText("Ủy ban nhân dân tỉnh Nghệ An")
        self.report_recipient.setProperty("vietnamese_example", True)  # printed as typed
        self.report_signer = _SignerFields(self, "report_signer", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
        self.centre_signer = _SignerFields(self, "centre_signer", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
        self.report_preparer = QLineEdit(self)
        self.report_preparer.setObjectName("paper_report_preparer")
        self.save_settings = QPushButton(self.tr("Lưu cài đặt giấy tờ"), self)
        self.save_settings.setObjectName("paper_save_settings")

        box = QGroupBox(self.tr("Giấy tờ in"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Khổ phiếu Mẫu 01–05"), self.slip_size)
        form.addRow(self.tr("Địa chỉ tra cứu (mã QR)"), self.lookup_url)
        form.addRow(self.tr("Báo cáo gửi (Kính gửi)"), self.report_recipient)
        form.addRow(QLabel(self.tr("<b>Người ký báo cáo</b> (UBND xã)"), self))
        form.addRow(self.tr("Thẩm quyền ký"), self.report_signer.authority)
        form.addRow(self.tr("Chức vụ"), self.report_signer.title)
        form.addRow(self.tr("Họ và tên"), self.report_signer.name)
        form.addRow(QLabel(self.tr("<b>Người ký Mẫu 04, 05</b> (Trung tâm)"), self))
        form.addRow(self.tr("Thẩm quyền ký"), self.centre_signer.authority)
        form.addRow(self.tr("Chức vụ"), self.centre_signer.title)
        form.addRow(self.tr("Họ và tên"), self.centre_signer.name)
        form.addRow(self.tr("Người lập biểu (mặc định)"), self.report_preparer)
        form.addRow(self.save_settings)

        # --- staff directory ---
        self.staff = QTableWidget(0, self.COLUMNS, self)
        self.staff.setObjectName("paper_staff_table")
        self.staff.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"),
                                              self.tr("Số điện thoại"), self.tr("Chức vụ")])
        self.staff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.staff.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff.setMinimumHeight(160)
        self.add_staff = QPushButton(self.tr("Thêm người"), self)
        self.remove_staff = QPushButton(self.tr("Xóa người đã chọn"), self)
        self.save_staff = QPushButton(self.tr("Lưu danh bạ"), self)
        self.save_staff.setObjectName("paper_save_staff")
        staff_box = QGroupBox(self.tr("Danh bạ cán bộ in trên giấy tờ"), self)
        sl = QVBoxLayout(staff_box)
        hint = QLabel(self.tr(
            "Họ tên, số điện thoại in thay cho tên đăng nhập, kể cả cán bộ ở bàn khác (tỉnh "
            "gửi xuống khi đồng bộ). Tài khoản của bàn này dùng họ tên trong mục Tài khoản."),
            staff_box)
        hint.setWordWrap(True)
        sl.addWidget(hint)
        sl.addWidget(self.staff)
        row = QHBoxLayout()
        row.addWidget(self.add_staff)
        row.addWidget(self.remove_staff)
        row.addStretch(1)
        row.addWidget(self.save_staff)
        sl.addLayout(row)

        self.message = QLabel(self)
        self.message.setObjectName("paperMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(staff_box)
        layout.addWidget(self.message)

        self.save_settings.clicked.connect(self._on_save_settings_clicked)
        self.add_staff.clicked.connect(self._on_add_staff_clicked)
        self.remove_staff.clicked.connect(self._on_remove_staff_clicked)
        self.save_staff.clicked.connect(self._on_save_staff_clicked)

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store

        def job(_t: Any) -> Any:
            from commune_desk.services.paper_settings import paper_settings, staff_directory

            return paper_settings(store), staff_directory(store)

        self.ctx.runner.submit(job, self._on_loaded,
                               on_error=lambda e: self._say(ui_message(e), True))

    def _on_loaded(self, result: Any) -> None:
        settings, people = result
        self.settings = settings
        i = self.slip_size.findData(settings.slip_size)
        self.slip_size.setCurrentIndex(max(i, 0))
        self.lookup_url.setText(settings.lookup_url)
        self.report_recipient.setText(settings.report_recipient)
        self.report_signer.set(settings.report_signer)
        self.centre_signer.set(settings.centre_signer)
        self.report_preparer.setText(settings.report_preparer)
        self.staff.setRowCount(0)
        for p in people:
            self._add_row(p.login, p.full_name, p.phone, p.title)

    def _add_row(self, login: str = "", name: str = "", phone: str = "", title: str = "") -> int:
        row = self.staff.rowCount()
        self.staff.insertRow(row)
        for col, value in enumerate((login, name, phone, title)):
            item = QTableWidgetItem(value)
            item.setData(LOGIN_ROLE, login)
            self.staff.setItem(row, col, item)
        return row

    # --- saving ----------------------------------------------------------------------------
    def settings_from_fields(self) -> Any:
        from commune_desk.services.paper_settings import PaperSettings

        return PaperSettings(
            slip_size=str(self.slip_size.currentData()),
            lookup_url=self.lookup_url.text().strip(),
            report_recipient=" ".join(self.report_recipient.text().split())
            or PaperSettings().report_recipient,
            report_signer=self.report_signer.value(),
            centre_signer=self.centre_signer.value(),
            report_preparer=" ".join(self.report_preparer.text().split()),
        )

    def staff_from_table(self) -> list[dict[str, str]]:
        entries = []
        for row in range(self.staff.rowCount()):
            items = [self.staff.item(row, c) for c in range(self.COLUMNS)]
            cells = [" ".join(it.text().split()) if it is not None else "" for it in items]
            if not any(cells):
                continue
            entries.append(dict(zip(("login", "full_name", "phone", "title"), cells,
                                    strict=True)))
        return entries

    def _write(self, job: Any, done_text: str, what: str) -> None:
        def done(_r: Any) -> None:
            self._say(done_text)
            self.saved.emit(what)

        self.ctx.write(job, done, on_error=lambda e: self._say(ui_message(e), True),
                       changes=Changes(settings=True))

    def _on_save_settings_clicked(self) -> None:
        from commune_desk.services.paper_settings import save_settings

        store, actor, new = self.ctx.store, self.ctx.actor, self.settings_from_fields()
        self._write(lambda _t: save_settings(store, actor, new),
                    self.tr("Đã lưu cài đặt giấy tờ; giấy in từ nay theo cài đặt mới."),
                    "settings")

    def _on_add_staff_clicked(self) -> None:
        row = self._add_row()
        self.staff.setCurrentCell(row, 0)
        item = self.staff.item(row, 0)
        if item is not None:
            self.staff.editItem(item)

    def _on_remove_staff_clicked(self) -> None:
        row = self.staff.currentRow()
        if row < 0:
            self._say(self.tr("Hãy chọn một người trong danh bạ."), True)
            return
        item = self.staff.item(row, 0)
        login = str(item.data(LOGIN_ROLE) or "") if item else ""
        self.staff.removeRow(row)
        if not login:
            return
        from commune_desk.services.paper_settings import remove_staff_entry

        store, actor = self.ctx.store, self.ctx.actor
        self._write(lambda _t: remove_staff_entry(store, actor, login),
                    self.tr("Đã xóa %1 khỏi danh bạ.").replace("%1", login), "staff")

    def _on_save_staff_clicked(self) -> None:
        from commune_desk.services.paper_settings import import_staff_directory

        store, actor, entries = self.ctx.store, self.ctx.actor, self.staff_from_table()
        self._write(lambda _t: import_staff_directory(store, actor, entries),
                    self.tr("Đã lưu danh bạ (%1 người).").replace("%1", str(len(entries))),
                    "staff")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #26734d;")


def can_edit_paper(ctx: DeskContext) -> bool:
    return ctx.can(Action.EDIT_PAPER_SETTINGS)
