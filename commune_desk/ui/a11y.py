"""Accessible names: every control says what it is (screen readers, UI automation)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
               QPlainTextEdit, QTextEdit)
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's text as a name: no markup, mnemonics, trailing colon or required-field star."""
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "\0").replace("&", "")
    text = " ".join(text.replace("\0", "&").split())
    return text.rstrip(" :*").strip()


def _controls(item_widget: QWidget | None, layout: QLayout | None) -> list[QWidget]:
    found: list[QWidget] = []
    if item_widget is not None:
        if isinstance(item_widget, INTERACTIVE):
            return [item_widget]
        found += [w for w in item_widget.findChildren(QWidget) if isinstance(w, INTERACTIVE)
                  and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]
    if layout is not None:
        for i in range(layout.count()):
            sub = layout.itemAt(i)
            if sub is not None:
                found += _controls(sub.widget(), sub.layout())
    return found


def name_form_fields(form: QFormLayout) -> None:
    """Give the first unnamed control of each row its row label's text (and make the label its
    buddy, so Alt+letter works). Controls already named keep their name."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label = label_item.widget()
        if not isinstance(label, QLabel) or not plain(label.text()):
            continue
        controls = _controls(field_item.widget(), field_item.layout())
        if not controls:
            continue
        first = controls[0]
        if not first.accessibleName():
            first.setAccessibleName(plain(label.text()))
        if label.buddy() is None:
            label.setBuddy(first)


def name_all_forms(root: QWidget) -> None:
    """``name_form_fields`` for every form layout inside ``root``."""
    for layout in root.findChildren(QFormLayout):
        name_form_fields(layout)
    if isinstance(root.layout(), QFormLayout):
        name_form_fields(root.layout())  # type: ignore[arg-type]


def name(widget: QWidget, text: str) -> None:
    """Set ``widget``'s accessible name (plain text of ``text``)."""
    widget.setAccessibleName(plain(text))
