"""#13 defect 8: typed dates are taken as typed, typing over a part works, Tab leaves the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from commune_desk.ui.datefield import DateField


def make(qtbot: Any) -> tuple[QWidget, DateField, QLineEdit]:
    holder = QWidget()
    lay = QVBoxLayout(holder)
    field = DateField(QDate(2026, 12, 3), holder)
    after = QLineEdit(holder)
    lay.addWidget(field)
    lay.addWidget(after)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, field, after


def focus_and_select(qtbot: Any, field: DateField) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()


def test_typed_date_is_taken_as_typed(qtbot: Any) -> None:
    _h, field, _after = make(qtbot)
    focus_and_select(qtbot, field)
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    qtbot.keyClicks(field, "01/01/2027")
    assert field.text() == "01/01/2027"
    assert field.date().toPython() == dt.date(2027, 1, 1)
    assert seen[-1] == QDate(2027, 1, 1)
    focus_and_select(qtbot, field)
    qtbot.keyClicks(field, "15082025")  # the separators may be left out
    assert field.date().toPython() == dt.date(2025, 8, 15)


def test_typing_over_a_part(qtbot: Any) -> None:
    _h, field, _after = make(qtbot)
    field.setFocus()
    field.setSelection(3, 2)  # the month
    qtbot.keyClicks(field, "07")
    assert field.text() == "03/07/2026"
    assert field.date().toPython() == dt.date(2026, 7, 3)


def test_tab_goes_to_the_next_field(qtbot: Any) -> None:
    _h, field, after = make(qtbot)
    focus_and_select(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_impossible_date_is_refused_and_shown(qtbot: Any) -> None:
    _h, field, after = make(qtbot)
    focus_and_select(qtbot, field)
    qtbot.keyClicks(field, "31/02/2027")
    after.setFocus()
    qtbot.waitUntil(after.hasFocus)
    assert not field.is_valid()
    assert field.date().toPython() == dt.date(2026, 12, 3)  # the last valid date stays
    assert "c0392b" in field.styleSheet()


def test_action_dialog_and_search_use_typed_dates(qtbot: Any, desk_ctx: Any) -> None:
    from commune_desk.ui.dossiers.screen import DossierListScreen as DossiersScreen

    screen = DossiersScreen(desk_ctx)
    qtbot.addWidget(screen)
    assert isinstance(screen.date_from, DateField)
    screen.date_from.setDate(dt.date(2026, 1, 1))
    assert screen.date_from.text() == "01/01/2026"
