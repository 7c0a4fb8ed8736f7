"""Accessibility: every control a user can reach has a name a screen reader says (its own
accessible name, its text, or the label it is the buddy of), on every screen and dialog; overdue
is said in words as well as in colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from screen_walk import widgets
from test_desk_language_walk import walk

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
               QPlainTextEdit, QTextEdit)


def spoken_name(w: QWidget) -> str:
    """What assistive technology announces for ``w`` (Qt falls back on text and buddy label)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def test_every_control_has_an_accessible_name(qtbot: Any, desk_store: Any, desk_runner: Any,
                                              desk_prefs: Any) -> None:
    QAccessible.setActive(True)
    missing: set[str] = set()
    checked = 0
    for name, top in walk(qtbot, desk_store, desk_runner, desk_prefs):
        for w in widgets(top):
            if not isinstance(w, INTERACTIVE) or w.focusPolicy().value == 0:
                continue
            if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox,
                                                                     QAbstractSpinBox)):
                continue  # the editor inside a combo or spin box: the box carries the name
            checked += 1
            if not spoken_name(w):
                missing.add(f"{name}: {type(w).__name__} {w.objectName()!r}")
    assert checked > 150
    assert sorted(missing) == [], "\n".join(sorted(missing))


def test_overdue_is_said_in_words(qtbot: Any, desk_ctx: Any) -> None:
    """Red is never alone: the overdue card is titled and named "Quá hạn", an overdue row of the
    list says "quá hạn …" in its remaining-time column, the detail screen says "Quá hạn."."""
    import datetime as dt

    from desk_helpers import DESK_NOW, receive_one

    from commune_desk.ui.detail.screen import DetailScreen
    from commune_desk.ui.dossiers.model import format_rows
    from commune_desk.ui.worklist.screen import WorklistScreen

    view = receive_one(desk_ctx.store, now=dt.datetime(2026, 10, 1, 9, 0))  # overdue by 17/11
    worklist = WorklistScreen(desk_ctx)
    qtbot.addWidget(worklist)
    worklist.reload()
    card = worklist.cards["overdue"]
    assert "Quá hạn" in card.title.text()
    assert card.accessibleName() == "Quá hạn: 1"

    row = type("Row", (), {"due_at": DESK_NOW.isoformat(), "status": "received",
                           "verdict": None, "code": "X", "applicant_name": "A",
                           "procedure_name": "P", "field": "F", "received_at": None,
                           "assignee": None, "id": "d1"})()
    shown = format_rows({1: row}, DESK_NOW, lambda _now, _due: -90)[1]  # type: ignore[dict-item]
    assert shown.tone == "overdue" and shown.cells[7].startswith("quá hạn")

    detail = DetailScreen(desk_ctx)
    qtbot.addWidget(detail)
    detail.show_dossier(view.id)
    assert not detail.overdue_hint.isHidden()
    assert detail.overdue_hint.text().startswith("Quá hạn.")
