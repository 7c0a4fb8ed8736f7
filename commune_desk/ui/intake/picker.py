"""Type-ahead procedure picker: a line edit over a short list, matched without diacritics."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from commune_desk.domain.catalog import Procedure
from commune_desk.domain.text import fold


class ProcedurePicker(QWidget):
    """Type a few letters of the name (with or without accents) or the code; Up/Down, Enter.

    The catalogue of a commune is a few hundred procedures at most, so filtering in Python on
    every keystroke is instant.
    """

    chosen = Signal(object)  # Procedure | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("procedureEdit")
        self.edit.setAccessibleName(self.tr("Thủ tục hành chính"))
        self.edit.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, chung thuc"))
        self.list = QListWidget(self)
        self.list.setObjectName("procedureList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(3 * (self.fontMetrics().height() + 4) + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self._procedures: list[Procedure] = []
        self._keys: list[str] = []
        self._current: Procedure | None = None
        self._previous: Procedure | None = None  # the choice that typing just cleared
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.installEventFilter(self)
        self.list.itemClicked.connect(self._on_list_item_clicked)

    def set_procedures(self, procedures: Sequence[Procedure]) -> None:
        self._procedures = [p for p in procedures if p.active]
        self._keys = [fold(f"{p.name} {p.code} {p.national_code or ''} {p.field}")
                      for p in self._procedures]
        self._filter(self.edit.text())

    @property
    def procedure(self) -> Procedure | None:
        return self._current

    def choose(self, code: str) -> bool:
        """Pick a procedure by code (remembered last value, tests)."""
        for p in self._procedures:
            if p.code == code:
                self._set_current(p)
                return True
        return False

    def restore_previous(self) -> None:
        """Take back the choice a scanner's typing cleared (the field shows its name again)."""
        previous = self._previous
        if self._current is None and previous is not None and self.edit.text() in ("", previous.name):
            self._set_current(previous)

    def clear(self) -> None:
        self._current = None
        self.edit.clear()
        self._filter("")
        self.chosen.emit(None)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        self.list.clear()
        for p, key in zip(self._procedures, self._keys, strict=True):
            if all(w in key for w in words):
                item = QListWidgetItem(f"{p.name}  —  {p.field} · {p.limit_text}")
                item.setData(Qt.ItemDataRole.UserRole, p.code)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _on_edit_text_edited(self, text: str) -> None:
        if self._current is not None:
            self._previous = self._current
            self._current = None
            self.chosen.emit(None)
        self._filter(text)

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose(str(item.data(Qt.ItemDataRole.UserRole)))
        self.edit.setFocus()

    def _set_current(self, p: Procedure) -> None:
        self._current = p
        self.edit.setText(p.name)
        self._filter("")
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == p.code:
                self.list.setCurrentRow(row)
                break
        self.chosen.emit(p)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                row = self.list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is None:
                item = self.list.currentItem()
                if item is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.choose(str(item.data(Qt.ItemDataRole.UserRole)))
                    return True
        return super().eventFilter(obj, event)
