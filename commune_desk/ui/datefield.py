"""A typed date field (dd/MM/yyyy): what is typed is what is taken; Tab leaves for the next field.

Replaces ``QDateEdit``, whose sections auto-advance and wrap (typing 01/01/2027 gave 05/01/2027),
ignore typing over a part and catch Tab to walk day → month → year. This is a plain line edit with
an input mask and a validator of whole dates; it keeps ``QDateEdit``'s small API (``date()``,
``setDate()``, ``dateChanged``) so screens swap it in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fff6f5; }"


def _qdate(day: QDate | dt.date) -> QDate:
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    """dd/MM/yyyy typed in place; ``dateChanged(QDate)`` once a whole valid date stands there."""

    dateChanged = Signal(QDate)

    def __init__(self, day: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99/99/9999;_")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self._date = _qdate(day) if day is not None else QDate.currentDate()
        self._min = QDate(1900, 1, 1)
        self._max = QDate(2200, 12, 31)
        self.setText(self._date.toString("dd/MM/yyyy"))
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)
        self.setToolTip(self.tr("Gõ ngày dạng ngày/tháng/năm, ví dụ 05/02/2026"))

    # QDateEdit's API, as the screens use it --------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate | dt.date) -> None:
        q = _qdate(day)
        self.setText(q.toString("dd/MM/yyyy"))
        self._accept(q)

    def setMinimumDate(self, day: QDate | dt.date) -> None:
        self._min = _qdate(day)

    def setMaximumDate(self, day: QDate | dt.date) -> None:
        self._max = _qdate(day)

    def setDisplayFormat(self, _fmt: str) -> None:
        return

    def setCalendarPopup(self, _on: bool) -> None:
        return

    # typing ------------------------------------------------------------------------------
    def typed_date(self) -> QDate | None:
        """The date standing in the field, or None while it is incomplete or not a date."""
        parts = self.text().split("/")
        if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
            return None
        q = QDate(int(parts[2]), int(parts[1]), int(parts[0]))
        if not q.isValid() or q < self._min or q > self._max:
            return None
        return q

    def is_valid(self) -> bool:
        return self.typed_date() is not None

    def _accept(self, q: QDate) -> None:
        self.setStyleSheet("")
        if q != self._date:
            self._date = q
            self.dateChanged.emit(QDate(q))

    def _on_text_edited(self, _text: str) -> None:
        q = self.typed_date()
        if q is not None:
            self._accept(q)

    def _on_editing_finished(self) -> None:
        q = self.typed_date()
        if q is None:
            self.setStyleSheet(_INVALID_STYLE)  # the field keeps its last valid date
        else:
            self._accept(q)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # typing a whole date replaces the old one
