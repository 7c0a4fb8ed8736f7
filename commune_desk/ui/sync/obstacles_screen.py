"""Obstacles screen: record a difficulty for the province, list them with answers until closed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.obstacles import BLOCKER_LABELS, Blocker
from commune_desk.ui.messages import ui_message


def _vn_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return text


class ObstaclesScreen(QWidget):
    """``ObstaclesScreen(store, runner, actor, parent)``: writes on the runner's write lane."""

    def __init__(self, store: Any, runner: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.actor = actor
        self.items: list[Any] = []
        self.field_edit = QLineEdit(self)
        self.procedure_edit = QLineEdit(self)
        self.blocker_combo = QComboBox(self)
        for b in Blocker:
            self.blocker_combo.addItem(QCoreApplication.translate("labels", BLOCKER_LABELS[b]), b.value)
        self.since_edit = QDateEdit(QDate.currentDate(), self)
        self.since_edit.setDisplayFormat("dd/MM/yyyy")
        self.since_edit.setCalendarPopup(True)
        self.dossiers_spin = QSpinBox(self)
        self.dossiers_spin.setRange(0, 100_000)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setPlaceholderText(self.tr("Mô tả vướng mắc, việc cần tỉnh hỗ trợ…"))
        self.record_button = QPushButton(self.tr("Ghi và gửi lên tỉnh"), self)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color:#a00000")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lĩnh vực:"), self.field_edit)
        form.addRow(self.tr("Thủ tục:"), self.procedure_edit)
        form.addRow(self.tr("Vướng mắc do:"), self.blocker_combo)
        form.addRow(self.tr("Từ ngày:"), self.since_edit)
        form.addRow(self.tr("Số hồ sơ bị ảnh hưởng:"), self.dossiers_spin)
        form.addRow(self.tr("Mô tả:"), self.description_edit)
        box = QGroupBox(self.tr("Báo vướng mắc mới"), self)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.error_label, 1)
        row.addWidget(self.record_button)
        inner.addLayout(row)
        self.show_closed = QCheckBox(self.tr("Hiện cả vướng mắc đã đóng"), self)
        self.show_closed.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Các vướng mắc"))
        self.table.setHorizontalHeaderLabels([self.tr("Từ ngày"), self.tr("Vướng mắc do"),
                                              self.tr("Lĩnh vực"), self.tr("Mô tả"),
                                              self.tr("Trả lời của tỉnh")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.close_button = QPushButton(self.tr("Đóng vướng mắc đã xong"), self)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        top = QHBoxLayout()
        top.addWidget(self.show_closed)
        top.addStretch(1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        from commune_desk.services.obstacles import list_obstacles

        store, closed = self.store, self.show_closed.isChecked()
        self.runner.submit(lambda _t: list_obstacles(store, include_closed=closed),
                           self._on_list_done)

    def _on_list_done(self, items: list[Any]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, o in enumerate(items):
            answers = "\n".join(f"{a.text} ({a.by})" for a in o.answers) or self.tr("Chờ tỉnh trả lời")
            if o.closed:
                answers = self.tr("Đã đóng.") + " " + answers
            values = [_vn_date(o.since), o.blocker_label, o.field
                      + (f" / {o.procedure}" if o.procedure else ""), o.description, answers]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def _on_record_button_clicked(self) -> None:
        from commune_desk.services.obstacles import record_obstacle

        since = self.since_edit.date().toPython()
        values: dict[str, Any] = dict(actor=self.actor.login if self.actor else "", field=self.field_edit.text(),
                      procedure=self.procedure_edit.text(),
                      blocker=str(self.blocker_combo.currentData()), since=since,
                      dossiers_held=self.dossiers_spin.value(),
                      description=self.description_edit.toPlainText())
        store = self.store

        def failed(exc: BaseException) -> None:
            self.error_label.setText(ui_message(exc))

        self.error_label.setText("")
        self.runner.submit(lambda _t: record_obstacle(store, **values), self._on_recorded,
                           on_error=failed, write=True)

    def _on_recorded(self, _obstacle_id: str) -> None:
        self.field_edit.clear()
        self.procedure_edit.clear()
        self.description_edit.clear()
        self.dossiers_spin.setValue(0)
        self.refresh()

    def _on_close_button_clicked(self) -> None:
        from commune_desk.services.obstacles import close_obstacle

        row = self.table.currentRow()
        if row < 0 or row >= len(self.items) or self.items[row].closed:
            self.error_label.setText(self.tr("Hãy chọn một vướng mắc đang mở để đóng."))
            return
        obstacle_id, store = self.items[row].id, self.store
        actor = self.actor.login if self.actor else ""
        self.runner.submit(lambda _t: close_obstacle(store, obstacle_id, actor=actor),
                           lambda _r: self.refresh(), write=True)
