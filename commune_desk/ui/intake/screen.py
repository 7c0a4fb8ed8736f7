"""Intake screen: applicant, procedure, documents, fee and the appointment, saved in one go.

Keyboard first: Tab or Enter moves to the next field, Ctrl+S (or Ctrl+Enter) saves, Ctrl+P
prints the receipt of the dossier just saved, Ctrl+Shift+N clears. Values that rarely change between two
citizens (channel, return method, payment, units) are remembered.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.catalog import Procedure
from commune_desk.domain.fees import EXEMPTION_LABELS, Exemption, FeeError, FeeKind, FeeQuote
from commune_desk.domain.idcard import parse_idcard_qr
from commune_desk.domain.identifiers import IdentifierError
from commune_desk.services.addresses import convert_old_address
from commune_desk.services.changes import Changes
from commune_desk.services.dossiers import (
    ActionResult,
    Applicant,
    DocumentItem,
    Intake,
    quote_fee,
)
from commune_desk.ui import a11y, labels, operations
from commune_desk.ui.context import DeskContext
from commune_desk.ui.i18n import fmt_datetime, fmt_money, parse_vn_date
from commune_desk.ui.intake import validation as v
from commune_desk.ui.intake.picker import ProcedurePicker
from commune_desk.ui.messages import tr_message, ui_message
from commune_desk.ui.textsize import scaled_px

# Converted once on a worker when the intake first gets its data, so the library's slow first
# use (1–3 s: its tables load) is over before a clerk scans a card and saves a few seconds later
# (seen by scripts/clerk_morning.py: the saved address had no current unit).
WARM_UP_ADDRESS = "xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An"
_ERROR_STYLE = "QLineEdit, QComboBox { border: 1px solid #c0392b; background: #fff6f5; }"
REMEMBERED = ("channel", "return_method", "fee_method", "receiving_unit", "deciding_unit")


class IntakeScreen(QWidget):
    """Emits ``saved(dossier_id, code)`` after the transaction commits."""

    saved = Signal(str, str)
    open_dossier = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *,
                 prefs: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = prefs if prefs is not None else QSettings()
        self.reference: operations.IntakeReference | None = None
        self.last_saved: ActionResult | None = None
        self._touched: set[str] = set()
        self._saving = False
        self.errors: dict[str, str] = {}
        self._summary_counts = False  # the summary shows the validation errors (kept current)
        self.error_labels: dict[str, QLabel] = {}

        groups = (self._build_applicant(), self._build_procedure(), self._build_documents(),
                  self._build_route(), self._build_fee(), self._build_appointment())
        self._build_actions()
        self._lay_out(*groups)
        a11y.name_all_forms(self)  # each field is named by its row label
        self._set_keyboard_flow()
        self._connect_signals()
        self._refresh_appointment()
        self._update_fee()

    # --- construction: one group box each ----------------------------------------------------
    def _build_applicant(self) -> QGroupBox:
        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)  # no max length: a scanner types the whole QR here
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText("dd/mm/yyyy")
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        self.email = QLineEdit(self)
        self.fields: dict[str, QLineEdit] = {
            "name": self.name, "id_number": self.id_number, "birth_date": self.birth_date,
            "phone": self.phone, "address": self.address, "email": self.email,
        }
        for key, w in self.fields.items():
            w.setObjectName(f"intake_{key}")
        self.old_id = QLineEdit(self)
        self.old_id.setObjectName("intake_old_id")
        self.old_id.setMaximumWidth(120)
        self.sex = QComboBox(self)
        self.sex.setObjectName("intake_sex")
        self.sex.addItem("", "")
        self.sex.addItem(self.tr("Nam"), "Nam")
        self.sex.addItem(self.tr("Nữ"), "Nữ")
        self.address_unit = QLabel(self)  # the current unit of a pre-merger address
        self.address_unit.setObjectName("intakeAddressUnit")
        self.address_unit.setWordWrap(True)
        self.address_unit.setStyleSheet("color: #1a5fb4;")
        self.address_update: Any = None  # services.addresses.AddressUpdate for the typed text
        box = QGroupBox(self.tr("Người nộp hồ sơ (quét mã QR thẻ căn cước để điền sẵn)"), self)
        form = QFormLayout(box)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Họ và tên *"), self._with_error("name", self.name))
        form.addRow(self.tr("Số định danh cá nhân *"), self._pair(
            self._with_error("id_number", self.id_number), self.tr("CMND cũ"), self.old_id))
        form.addRow(self.tr("Ngày sinh"), self._pair(
            self._with_error("birth_date", self.birth_date), self.tr("Giới tính"), self.sex))
        form.addRow(self.tr("Điện thoại"), self._with_error("phone", self.phone))
        form.addRow(self.tr("Địa chỉ *"), self._with_error("address", self.address))
        form.addRow("", self.address_unit)
        self.address_unit.setVisible(False)  # a line only when there is a current unit to show
        form.addRow(self.tr("Thư điện tử"), self._with_error("email", self.email))
        return box

    def _pair(self, first: QWidget, caption: str, second: QWidget) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        label = QLabel(caption, holder)
        label.setBuddy(second)
        a11y.name(second, caption)
        row.addWidget(label)
        row.addWidget(second)
        return holder

    def _build_procedure(self) -> QGroupBox:
        self.picker = ProcedurePicker(self)
        box = QGroupBox(self.tr("Thủ tục hành chính *"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self._with_error("procedure", self.picker))
        self.procedure_info = QLabel(self)
        self.procedure_info.setWordWrap(True)
        self.procedure_info.setStyleSheet("color: #333;")
        layout.addWidget(self.procedure_info)
        return box

    def _build_documents(self) -> QGroupBox:
        self.documents = QTableWidget(0, 3, self)
        self.documents.setObjectName("intakeDocuments")
        a11y.name(self.documents, self.tr("Giấy tờ đã nhận"))
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Giấy tờ đã nhận"), self.tr("Bản chính"), self.tr("Số lượng")])
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.verticalHeader().setVisible(False)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setTabKeyNavigation(False)
        self.documents.setMinimumHeight(76)
        self.sets = QSpinBox(self)
        self.sets.setRange(1, 99)
        self.sets.setObjectName("intake_sets")
        box = QGroupBox(self.tr("Giấy tờ (Dấu cách để đánh dấu)"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self._with_error("documents", self.documents))
        sets_row = QHBoxLayout()
        sets_row.addWidget(QLabel(self.tr("Số bộ hồ sơ:"), self))
        sets_row.addWidget(self.sets)
        sets_row.addStretch(1)
        layout.addLayout(sets_row)
        return box

    def _build_route(self) -> QGroupBox:
        self.channel = self._combo(labels.CHANNEL, "intake_channel")
        self.return_method = self._combo(labels.RETURN_METHOD, "intake_return_method")
        self.receiving_unit = QLineEdit(self)
        self.receiving_unit.setObjectName("intake_receiving_unit")
        self.deciding_unit = QLineEdit(self)
        self.deciding_unit.setObjectName("intake_deciding_unit")
        box = QGroupBox(self.tr("Tiếp nhận và trả kết quả"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Hình thức nộp"), self.channel)
        form.addRow(self.tr("Hình thức trả kết quả"), self.return_method)
        form.addRow(self.tr("Đơn vị tiếp nhận *"),
                    self._with_error("receiving_unit", self.receiving_unit))
        form.addRow(self.tr("Cơ quan giải quyết *"),
                    self._with_error("deciding_unit", self.deciding_unit))
        return box

    def _build_fee(self) -> QGroupBox:
        self.fee_rule = QLabel(self)
        self.fee_rule.setWordWrap(True)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 999)
        self.copies.setObjectName("intake_copies")
        self.pages = QSpinBox(self)
        self.pages.setRange(1, 9999)
        self.pages.setObjectName("intake_pages")
        self.exemption = QComboBox(self)
        self.exemption.setObjectName("intake_exemption")
        self.provincial_amount = QSpinBox(self)
        self.provincial_amount.setRange(0, 100_000_000)
        self.provincial_amount.setSingleStep(1000)
        self.provincial_amount.setGroupSeparatorShown(True)
        self.provincial_amount.setSuffix(" " + QCoreApplication.translate("format", "đ"))
        self.fee_method = self._combo({k: v_ for k, v_ in labels.PAYMENT.items() if k != "exempt"},
                                      "intake_fee_method")
        self.fee_amount = QLabel(self)
        self.fee_amount.setObjectName("intakeFeeAmount")
        self.fee_amount.setStyleSheet("font-weight: 600;")
        box = QGroupBox(self.tr("Phí, lệ phí"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Quy định"), self.fee_rule)
        form.addRow(self.tr("Số bản"), self.copies)
        form.addRow(self.tr("Số trang mỗi bản"), self.pages)
        form.addRow(self.tr("Mức của tỉnh"), self.provincial_amount)
        form.addRow(self.tr("Miễn phí"), self.exemption)
        form.addRow(self.tr("Số tiền"), self.fee_amount)
        form.addRow(self.tr("Hình thức nộp phí"), self.fee_method)
        return box

    def _build_appointment(self) -> QGroupBox:
        self.appointment = QLabel(self)
        self.appointment.setObjectName("intakeAppointment")
        self.appointment.setStyleSheet(f"font-size: {scaled_px(16)}px; font-weight: 600; color: #1a5fb4;")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("intakeExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Hẹn trả kết quả (tính trước khi lưu)"), self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.appointment)
        layout.addWidget(self.explanation)
        return box

    def _build_actions(self) -> None:
        self.save_button = QPushButton(self.tr("Lưu hồ sơ (Ctrl+S)"), self)
        self.save_button.setObjectName("intakeSave")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.print_button = QPushButton(self.tr("In giấy tiếp nhận (Ctrl+P)"), self)
        self.print_button.setObjectName("intakePrint")
        self.print_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Mở hồ sơ vừa lưu (Ctrl+O)"), self)
        self.open_button.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Xóa trắng (Ctrl+Shift+N)"), self)
        self.status = QLabel(self)
        self.status.setObjectName("intakeStatus")
        self.status.setWordWrap(True)
        self.error_summary = QLabel(self)
        self.error_summary.setObjectName("intakeErrors")
        self.error_summary.setWordWrap(True)
        self.error_summary.setStyleSheet("color: #b00020;")

    def _lay_out(self, applicant: QWidget, procedure: QWidget, documents: QWidget,
                 route: QWidget, fee: QWidget, appointment: QWidget) -> None:
        """Two columns (who and what | how, fee, appointment) above the buttons, scrollable."""
        left = QVBoxLayout()
        left.addWidget(applicant)
        left.addWidget(procedure)
        left.addWidget(documents, 1)
        right = QVBoxLayout()
        right.addWidget(route)
        right.addWidget(fee)
        right.addWidget(appointment)
        right.addStretch(1)
        cols = QHBoxLayout()
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)
        inner = QWidget(self)
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 0, 0)
        il.addLayout(cols)
        scroll = QScrollArea(self)  # scrolls only on a screen smaller than 1366×768
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._form_scroll = scroll
        # Wherever the cursor goes (Tab, Enter, a scan, the first error), the form scrolls so
        # that field is whole in view on a short screen (1024×600).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        # The buttons, the errors and the saved confirmation (code, appointment, print) sit
        # below the scrolled form, always in view.
        self.bottom_bar = QWidget(self)
        self.bottom_bar.setObjectName("intakeBottomBar")
        bar = QVBoxLayout(self.bottom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.error_summary)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        bar.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 6, 2)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.bottom_bar)

    def _set_keyboard_flow(self) -> None:
        """Tab order follows the clerk's reading order; Enter moves on; the shortcuts."""
        chain: list[QWidget] = [self.name, self.id_number, self.birth_date, self.phone,
                                self.address, self.email, self.old_id, self.sex, self.picker.edit, self.documents,
                                self.sets, self.channel, self.return_method, self.receiving_unit,
                                self.deciding_unit, self.copies, self.pages,
                                self.provincial_amount, self.exemption, self.fee_method,
                                self.save_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        for w in [*self.fields.values(), self.old_id, self.picker.edit, self.receiving_unit,
                  self.deciding_unit]:
            w.installEventFilter(self)
        self.documents.installEventFilter(self)
        for seq, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.save),
                          ("Ctrl+Enter", self.save), ("Ctrl+P", self.print_receipt),
                          ("Ctrl+Shift+N", self.clear), ("Ctrl+O", self._on_open_button_clicked),
                          ("Alt+T", self.picker.edit.setFocus)):
            QShortcut(QKeySequence(seq), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect_signals(self) -> None:
        for key, w in self.fields.items():
            w.textEdited.connect(lambda _t, k=key: self._on_field_edited(k))
        self.receiving_unit.textEdited.connect(lambda _t: self._on_field_edited("receiving_unit"))
        self.deciding_unit.textEdited.connect(lambda _t: self._on_field_edited("deciding_unit"))
        self.picker.chosen.connect(self._on_picker_chosen)
        for spin in (self.copies, self.pages, self.provincial_amount):
            spin.valueChanged.connect(self._update_fee)
        self.exemption.currentIndexChanged.connect(self._update_fee)
        self.channel.currentIndexChanged.connect(self._update_fee)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_receipt)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.clear_button.clicked.connect(self.clear)
        self.ctx.events.changed.connect(self._on_events_changed)
        self._address_timer = QTimer(self)
        self._address_timer.setSingleShot(True)
        self._address_timer.setInterval(600)
        self._address_timer.timeout.connect(self.lookup_address_now)
        self.address.textChanged.connect(lambda _t: self._schedule_address_lookup())

    # --- construction helpers -------------------------------------------------------------
    def _combo(self, table: dict[str, str], name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for key in table:
            box.addItem(labels.label(table, key), key)
        return box

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel(holder)
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(f"color: #b00020; font-size: {scaled_px(11)}px;")
        err.setWordWrap(True)
        err.setVisible(False)
        lay.addWidget(err)
        self.error_labels[key] = err
        return holder

    # --- reference data ------------------------------------------------------------------
    def load_reference(self) -> None:
        """Fetch the catalogue and the desk's units on a worker."""
        self.ctx.runner.submit(lambda _t: operations.intake_reference(self.ctx),
                               self.set_reference)

    def set_reference(self, ref: operations.IntakeReference) -> None:
        first = self.reference is None
        if first:  # the address library's first conversion takes 1–3 s: not on the first scan
            self.ctx.runner.submit(lambda _t: convert_old_address(WARM_UP_ADDRESS),
                                   lambda _r: None, on_error=lambda _exc: None)
        self.reference = ref
        self.picker.set_procedures(ref.procedures)
        if first:  # later (a new catalogue, new settings) never overwrite what is typed
            self._restore_remembered()
        self._refresh_appointment()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.catalog or changes.settings:  # procedures, units, counting mode
            self.load_reference()
        elif changes.calendar:  # the provider was refreshed before this slot ran
            self._refresh_appointment()

    def _restore_remembered(self) -> None:
        assert self.reference is not None
        for key in ("channel", "return_method", "fee_method"):
            box: QComboBox = getattr(self, key)
            value = self.prefs.value(f"intake/{key}")
            idx = box.findData(value) if value else -1
            box.setCurrentIndex(max(0, idx))
        self.receiving_unit.setText(str(self.prefs.value("intake/receiving_unit", "") or "")
                                    or self.reference.receiving_unit)
        self.deciding_unit.setText(str(self.prefs.value("intake/deciding_unit", "") or "")
                                   or self.reference.deciding_unit)

    def _remember(self) -> None:
        for key in ("channel", "return_method", "fee_method"):
            self.prefs.setValue(f"intake/{key}", getattr(self, key).currentData())
        self.prefs.setValue("intake/receiving_unit", self.receiving_unit.text().strip())
        self.prefs.setValue("intake/deciding_unit", self.deciding_unit.text().strip())

    # --- keyboard flow ---------------------------------------------------------------------
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        form = self._form_scroll.widget()
        if new is None or not self.isVisible() or form is None or not form.isAncestorOf(new):
            return
        # The whole field, not only its text cursor (QScrollArea.ensureWidgetVisible's rule,
        # which leaves a spin box half under the bottom edge).
        bar = self._form_scroll.verticalScrollBar()
        view = self._form_scroll.viewport().height()
        top = new.mapTo(form, QPoint(0, 0)).y() - 8
        bottom = top + new.height() + 16
        if top < bar.value() or bottom - top > view:
            bar.setValue(top)
        elif bottom > bar.value() + view:
            bar.setValue(bottom - view)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if obj is self.documents and key == Qt.Key.Key_Space:
                row = self.documents.currentRow()
                col = self.documents.currentColumn() if self.documents.currentColumn() in (0, 1) else 0
                item = self.documents.item(row, col) if row >= 0 else None
                if item is not None:
                    item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                                       == Qt.CheckState.Checked else Qt.CheckState.Checked)
                    self._validate_field("documents")
                    return True
            if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(obj, QLineEdit)
                    and self._take_scan(obj)):
                return True
            if obj is self.picker.edit:
                return super().eventFilter(obj, event)  # the picker handles its own Enter
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(obj, QLineEdit):
                self.focusNextChild()  # Enter moves on like Tab
                return True
        if (event.type() == QEvent.Type.FocusOut and isinstance(obj, QLineEdit)
                and obj is not self.picker.edit):
            edits: list[tuple[str, QLineEdit]] = [
                *self.fields.items(), ("receiving_unit", self.receiving_unit),
                ("deciding_unit", self.deciding_unit)]
            for name, w in edits:
                if w is obj:
                    if w.text().strip():
                        self._touched.add(name)
                    if name in self._touched or name in self.errors:
                        self._validate_field(name)  # untouched empty fields stay quiet
        return super().eventFilter(obj, event)

    # --- chip ID card scan -----------------------------------------------------------------
    def _take_scan(self, edit: QLineEdit) -> bool:
        """If ``edit`` received a scanner's QR text, take it out and fill the applicant.

        A scanner types where the cursor is and ends with Enter. No field ever holds "|", so
        text with two or more of them is a scan: it is removed from the field (what was typed
        before stays), then parsed; all fields are filled, or none with a message."""
        text = edit.text()
        if text.count("|") < 2:
            return False
        start = text.index("|")
        while start > 0 and text[start - 1].isdigit() and text.index("|") - start < 12:
            start -= 1  # the personal ID in front of the first "|" has 12 digits
        edit.setText(text[:start].rstrip() if start else "")
        if edit is self.picker.edit:
            self.picker.restore_previous()
        self.apply_idcard_scan(text[start:])
        return True

    def apply_idcard_scan(self, qr_text: str) -> bool:
        """Fill ID, old ID, name, birth date, sex and address from the QR text (all or nothing)."""
        self.error_summary.setText("")
        self._summary_counts = False
        try:
            card = parse_idcard_qr(qr_text)
        except IdentifierError as exc:
            self.error_summary.setText(
                self.tr("Không đọc được thẻ căn cước, chưa điền gì: %1").replace("%1", tr_message(str(exc))))
            return False
        self.name.setText(card.full_name)
        self.id_number.setText(card.personal_id)
        self.old_id.setText(card.old_id)
        self.birth_date.setText(card.birth_date.strftime("%d/%m/%Y"))
        self.sex.setCurrentIndex(max(0, self.sex.findData(card.sex_label)))
        self.address.setText(card.address)
        for key in ("name", "id_number", "birth_date", "address"):
            self._touched.add(key)
            self._validate_field(key)
        self._refresh_summary()
        self.status.setText(self.tr("Đã điền từ thẻ căn cước của %1.").replace("%1", card.full_name))
        self.status.setStyleSheet("color: #26734d;")
        self._schedule_address_lookup()
        self.phone.setFocus()
        return True

    # --- pre-merger addresses ----------------------------------------------------------------
    def _schedule_address_lookup(self) -> None:
        self.address_unit.setText("")
        self.address_unit.setVisible(False)
        self.address_update = None
        self._address_timer.start()

    def lookup_address_now(self) -> None:
        """Convert the typed address on a worker (the library's first use takes ~0.3 s)."""
        self._address_timer.stop()
        text = " ".join(self.address.text().split())
        if not text:
            return
        self.ctx.runner.submit(lambda _t: convert_old_address(text),
                               lambda update: self._on_address_converted(text, update),
                               on_error=lambda _exc: None)

    def _on_address_converted(self, text: str, update: Any) -> None:
        if text != " ".join(self.address.text().split()):
            return  # typed on since: a newer lookup is on its way
        self.address_update = update
        self.address_unit.setVisible(update is not None)
        if update is None:
            self.address_unit.setText("")
            return
        line = update.unit_text
        if update.alternatives:
            line += " " + self.tr("(có thể là: %1 — hỏi người nộp)").replace(
                "%1", ", ".join(update.alternatives))
        self.address_unit.setText(line)

    def _stored_address(self) -> str:
        """The typed address; a pre-merger one keeps its wording and the current unit."""
        text = " ".join(self.address.text().split())
        update = self.address_update
        if update is not None and update.original == text:
            return str(update.stored_form())
        return text

    # --- live validation ------------------------------------------------------------------
    def _on_field_edited(self, key: str) -> None:
        if key in self._touched or key in self.errors:
            self._validate_field(key)
        if key == "birth_date" and "id_number" in self._touched:
            self._validate_field("id_number")

    def _check(self, key: str) -> str | None:
        today = self.ctx.clock().date()
        if key == "name":
            return v.check_name(self.name.text())
        if key == "id_number":
            return v.check_personal_id(self.id_number.text(), self.birth_date.text())
        if key == "birth_date":
            return v.check_birth_date(self.birth_date.text(), today)
        if key == "phone":
            return v.check_phone(self.phone.text())
        if key == "email":
            return v.check_email(self.email.text())
        if key == "address":
            return v.check_address(self.address.text())
        if key == "receiving_unit":
            return v.check_unit(self.receiving_unit.text(), self.tr("đơn vị tiếp nhận"))
        if key == "deciding_unit":
            return v.check_unit(self.deciding_unit.text(), self.tr("cơ quan giải quyết"))
        if key == "procedure":
            return None if self.picker.procedure else self.tr("Chưa chọn thủ tục hành chính.")
        if key == "documents":
            if self.picker.procedure is None or self.documents.rowCount() == 0:
                return None
            return None if self._checked_documents() else self.tr("Chưa đánh dấu giấy tờ nào đã nhận.")
        return None

    def _validate_field(self, key: str) -> str | None:
        message = self._check(key)
        if message:
            self.errors[key] = message
        else:
            self.errors.pop(key, None)
        label = self.error_labels.get(key)
        if label is not None:
            label.setText(message or "")
            label.setVisible(bool(message))
        widget = self.fields.get(key) or {"receiving_unit": self.receiving_unit,
                                          "deciding_unit": self.deciding_unit,
                                          "procedure": self.picker.edit}.get(key)
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE if message else "")
        self._refresh_summary()
        return message

    def _refresh_summary(self) -> None:
        """The "not saved" summary follows the errors: fewer as they are fixed, gone at none."""
        if not self._summary_counts:
            return
        if not self.errors:
            self.error_summary.setText("")
            self._summary_counts = False
            return
        first = next((k for k in (*self.ORDER, "fee") if k in self.errors), None)
        if first is not None:
            self.error_summary.setText(
                self.tr("Chưa lưu được — còn %1 lỗi: %2").replace("%1", str(len(self.errors)))
                .replace("%2", self.errors[first]))

    ORDER = ("name", "id_number", "birth_date", "phone", "address", "email", "procedure",
             "documents", "receiving_unit", "deciding_unit")

    def validate_all(self) -> dict[str, str]:
        for key in self.ORDER:
            self._validate_field(key)
        fee_error = self._fee_error()
        if fee_error:
            self.errors["fee"] = fee_error
        else:
            self.errors.pop("fee", None)
        return dict(self.errors)

    # --- procedure, documents, fee, appointment --------------------------------------------
    def _on_picker_chosen(self, proc: Procedure | None) -> None:
        self.documents.setRowCount(0)
        self.exemption.blockSignals(True)
        self.exemption.clear()
        self.exemption.addItem(self.tr("Không"), None)
        if proc is not None:
            self.procedure_info.setText(
                self.tr("Lĩnh vực: %1 · Thời hạn: %2 · Mã: %3")
                .replace("%1", proc.field).replace("%2", proc.limit_text).replace("%3", proc.code)
                + (f" · {proc.limit_note}" if proc.limit_note else ""))
            for name in proc.documents:
                row = self.documents.rowCount()
                self.documents.insertRow(row)
                check = QTableWidgetItem(name)
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                check.setCheckState(Qt.CheckState.Unchecked)  # nothing received until ticked
                original = QTableWidgetItem()
                original.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                  | Qt.ItemFlag.ItemIsSelectable)
                original.setCheckState(Qt.CheckState.Unchecked)
                count = QTableWidgetItem("1")
                self.documents.setItem(row, 0, check)
                self.documents.setItem(row, 1, original)
                self.documents.setItem(row, 2, count)
            for ex in proc.fee.exemptions:
                self.exemption.addItem(tr_message(EXEMPTION_LABELS[ex]), ex.value)
            self.fee_rule.setText(tr_message(proc.fee.text))
            if self.documents.rowCount():
                self.documents.setCurrentCell(0, 0)
        else:
            self.procedure_info.setText("")
            self.fee_rule.setText("")
        self.exemption.blockSignals(False)
        kind = proc.fee.kind if proc else None
        self.copies.setEnabled(kind in (FeeKind.PER_COPY, FeeKind.PER_PAGE))
        self.pages.setEnabled(kind == FeeKind.PER_PAGE)
        self.provincial_amount.setEnabled(kind == FeeKind.PROVINCIAL)
        if kind == FeeKind.PROVINCIAL and proc is not None:
            self.provincial_amount.setValue(proc.fee.amount)
        if proc is not None or "procedure" in self._touched:
            self._validate_field("procedure")
        self.errors.pop("documents", None)
        self.error_labels["documents"].setVisible(False)
        self._update_fee()
        self._refresh_appointment()

    def _checked_documents(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.documents.rowCount()):
            item = self.documents.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            original = self.documents.item(row, 1)
            count_item = self.documents.item(row, 2)
            count_text = (count_item.text() if count_item is not None else "1").strip()
            out.append({
                "name": item.text(),
                "original": bool(original and original.checkState() == Qt.CheckState.Checked),
                "count": int(count_text) if count_text.isdigit() and int(count_text) > 0 else 1,
            })
        return out

    def _exemption(self, proc: Procedure) -> Exemption | None:
        """The exemption chosen, or the online one when the dossier comes in online."""
        ex_value = self.exemption.currentData()
        if ex_value:
            return Exemption(ex_value)
        if self.channel.currentData() == "online" and Exemption.ONLINE in proc.fee.exemptions:
            return Exemption.ONLINE
        return None

    def _fee_quote(self) -> FeeQuote | None:
        """The fee as the service will record it (same function, same input)."""
        proc = self.picker.procedure
        if proc is None:
            return None
        return quote_fee(proc, self._intake(proc))

    def _fee_error(self) -> str | None:
        try:
            self._fee_quote()
        except FeeError as exc:
            return tr_message(str(exc))
        return None

    def _update_fee(self, *_args: object) -> None:
        try:
            quote = self._fee_quote()
        except FeeError as exc:
            self.fee_amount.setText(tr_message(str(exc)))
            return
        if quote is None:
            self.fee_amount.setText("—")
            self.fee_method.setEnabled(True)
            return
        self.fee_amount.setText(f"{fmt_money(quote.amount)} — {tr_message(quote.explanation)}")
        self.fee_method.setEnabled(quote.amount > 0)

    def received_at(self) -> dt.datetime:
        return self.ctx.clock().replace(microsecond=0)

    def _refresh_appointment(self) -> None:
        proc = self.picker.procedure
        if proc is None or self.ctx.calendar is None:
            self.appointment.setText(self.tr("Chọn thủ tục để tính ngày hẹn trả."))
            self.explanation.setText("")
            return
        try:
            mode = self.reference.counting_mode if self.reference else "end_of_day"
            deadline = operations.preview_due(self.ctx, proc, self.received_at(), mode)
        except ValueError as exc:  # CalendarError / TimeLimitError: Vietnamese messages
            self.appointment.setText(self.tr("Không tính được ngày hẹn"))
            self.explanation.setText(tr_message(str(exc)))
            return
        self.appointment.setText(self.tr("Hẹn trả: %1").replace("%1", fmt_datetime(deadline.due)))
        self.explanation.setText(tr_message("\n".join([deadline.rule, *deadline.explanation])))

    # --- saving ----------------------------------------------------------------------------
    def _intake(self, proc: Procedure) -> Intake:
        birth = parse_vn_date(self.birth_date.text())
        return Intake(
            procedure_code=proc.code,
            applicant=Applicant(
                name=" ".join(self.name.text().split()),
                id_number="".join(self.id_number.text().split()).replace(".", ""),
                birth_date=birth,
                phone=self.phone.text().strip(),  # the service normalises it
                address=self._stored_address(),
                email=self.email.text().strip(),
                old_id_number=self.old_id.text().strip(),
                sex=str(self.sex.currentData() or ""),
            ),
            documents=tuple(DocumentItem(d["name"], d["original"], d["count"])
                            for d in self._checked_documents()),
            sets=self.sets.value(),
            channel=str(self.channel.currentData()),
            return_method=str(self.return_method.currentData()),
            receiving_unit=self.receiving_unit.text().strip(),
            deciding_unit=self.deciding_unit.text().strip(),
            received_at=self.received_at(),
            copies=self.copies.value(),
            pages=self.pages.value(),
            fee_exemption=self._exemption(proc),
            fee_method=str(self.fee_method.currentData()),
            provincial_fee=self.provincial_amount.value()
            if proc.fee.kind == FeeKind.PROVINCIAL else None,
        )

    def draft(self) -> Intake:
        """What the clerk typed, as the service's own input (saved exactly as it is)."""
        proc = self.picker.procedure
        assert proc is not None
        return self._intake(proc)

    def save(self) -> None:
        """Check everything, then save on the write lane; nothing is saved when a check fails."""
        if self._saving:
            return
        self._touched.update(self.ORDER)
        errors = self.validate_all()
        if errors:
            first = next(k for k in (*self.ORDER, "fee") if k in errors)
            self._summary_counts = True
            self._refresh_summary()
            widget = self.fields.get(first) or {"procedure": self.picker.edit,
                                                "documents": self.documents,
                                                "receiving_unit": self.receiving_unit,
                                                "deciding_unit": self.deciding_unit}.get(first)
            if widget is not None:
                widget.setFocus()
            return
        self.error_summary.setText("")
        self._summary_counts = False
        intake = self.draft()
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đang lưu…"))
        self.ctx.write(lambda _t: operations.receive(self.ctx, intake), self._on_saved,
                       on_error=self._on_save_failed)

    def _on_saved(self, result: ActionResult) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.last_saved = result
        self._remember()
        self.status.setText(
            self.tr("Đã lưu hồ sơ %1 — hẹn trả %2.").replace("%1", result.dossier.code)
            .replace("%2", fmt_datetime(operations.moment(result.dossier.due_at))))
        self.status.setStyleSheet(f"color: #1e6b45; font-weight: 700; font-size: {scaled_px(15)}px;"
                                  " background: #e6f4ea; border: 1px solid #26734d;"
                                  " border-radius: 4px; padding: 4px 8px;")
        self.print_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.saved.emit(result.dossier.id, result.dossier.code)
        self._clear_applicant()
        self.name.setFocus()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText("")
        self.error_summary.setText(self.tr("Chưa lưu được: %1").replace(
            "%1", ui_message(exc)))

    def print_receipt(self) -> None:
        if self.last_saved is None:
            return
        operations.open_receipt_preview(self, self.ctx, self.last_saved.dossier.code)

    def _on_open_button_clicked(self) -> None:
        if self.last_saved is not None:
            self.open_dossier.emit(self.last_saved.dossier.id)

    def _clear_applicant(self) -> None:
        for w in self.fields.values():
            w.clear()
            w.setStyleSheet("")
        self.old_id.clear()
        self.sex.setCurrentIndex(0)
        self.address_unit.setText("")
        self.address_update = None
        for label in self.error_labels.values():
            label.setVisible(False)
        self.errors.clear()
        self._summary_counts = False
        self._touched.clear()
        self.picker.clear()
        self.sets.setValue(1)
        self.copies.setValue(1)
        self.pages.setValue(1)
        self.error_summary.setText("")

    def has_unsaved(self) -> bool:
        """True when the clerk has typed or chosen something not yet saved."""
        return (any(w.text().strip() for w in self.fields.values()) or bool(self.old_id.text())
                or self.picker.procedure is not None or bool(self._checked_documents()))

    def confirm_discard(self) -> bool:
        """Ask before unsaved intake is thrown away; True when it may go (or there is none)."""
        if not self.has_unsaved() or self._saving:
            return not self._saving
        answer = QMessageBox.question(
            self, self.tr("Hồ sơ chưa lưu"),
            self.tr("Hồ sơ đang nhập chưa được lưu. Bỏ những gì đã nhập?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def clear(self) -> None:
        """Start a new dossier (Ctrl+Shift+N); the remembered values stay."""
        if not self.confirm_discard():
            return
        self._clear_applicant()
        self.status.setText("")
        self.status.setStyleSheet("")
        self.name.setFocus()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._refresh_appointment()
        if not self.name.text():
            self.name.setFocus()
