"""Walk every screen and dialog of the desk and collect what a user can read (test helper).

Used by test_desk_language_walk.py (no Vietnamese in the English UI, no Qt English in the
Vietnamese UI) and the accessibility walk (every control has a name).
"""

from __future__ import annotations

import contextlib
import json
import re
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

VIETNAMESE_ONLY = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ"
    "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
_TAG = re.compile(r"<[^>]+>")


def qt_source_strings() -> set[str]:
    """Every English source string of Qt's own widgets (read from qtbase_de.qm, Qt 6's newest)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    data = path.read_bytes()
    out: set[str] = set()
    pos = 16
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        pos += 5
        if tag == 0x69:  # the messages block
            block, i = data[pos:pos + length], 0
            while i < len(block):
                t = block[i]
                i += 1
                if t in (1, 5):  # end of a message / obsolete marker
                    continue
                n = struct.unpack(">I", block[i:i + 4])[0]
                i += 4
                if n == 0xFFFFFFFF:
                    n = 0
                if t == 6:  # source text
                    out.add(block[i:i + n].decode("utf-8", "replace"))
                i += n
        pos += length
    return out


def widgets(top: QWidget) -> Iterator[QWidget]:
    """``top`` and its children that are shown (or would be, once ``top`` is shown)."""
    yield top
    for child in top.findChildren(QWidget):
        if child.isVisibleTo(top) and not child.isWindow():
            yield child


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text in ``top``: titles, labels, buttons,
    placeholders, tooltips, combo items, tab and header labels, toolbar/menu actions.
    Cell contents of item views are data and are left out."""
    out: list[tuple[str, str]] = []

    def add(w: QWidget, kind: str, text: Any) -> None:
        if isinstance(text, str) and text.strip():
            out.append((f"{type(w).__name__}:{w.objectName()}:{kind}", text))

    add(top, "windowTitle", top.windowTitle())
    for w in widgets(top):
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        if isinstance(w, QLabel):
            add(w, "text", _TAG.sub(" ", w.text()))
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit) and not w.property("vietnamese_example"):
            # (a field marked "vietnamese_example" shows an example of what is printed, as
            # typed, on a Vietnamese paper: "KT. CHỦ TỊCH" — data, not interface text)
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, "item", w.itemText(i))
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, "tab", w.tabText(i))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                add(w, "header", model.headerData(c, Qt.Orientation.Horizontal))
        for action in w.actions():
            add(w, "action", action.text())
            add(w, "actionTip", action.toolTip())
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(top, "menu", action.text())
            menu = action.menu()
            if menu is not None:
                for sub in menu.actions():
                    add(top, "menuItem", sub.text())
    return out


def data_strings(store: Any) -> list[str]:
    """Every text stored in the database (names, addresses, procedures, units, notes…), longest
    first: what the desk shows from its data is not interface text."""
    from sqlalchemy import text as sql

    found: set[str] = set()

    def take(value: Any) -> None:
        if isinstance(value, str):
            if VIETNAMESE_ONLY.search(value):
                found.add(value)
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    take(json.loads(value))
        elif isinstance(value, dict):
            for v in value.values():
                take(v)
        elif isinstance(value, list):
            for v in value:
                take(v)

    with store.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'"))]
        for table in tables:
            for row in conn.execute(sql(f'SELECT * FROM "{table}"')):
                for value in row:
                    take(value)
    # Names of the administrative units (the set-up wizard lists them from the units package).
    from commune_desk.services import units

    for province in units.provinces():
        take(getattr(province, "name", str(province)))
    return sorted(found, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    """``text`` with every stored value (and every piece of one split on separators) removed."""
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text
