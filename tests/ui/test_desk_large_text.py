"""Large text (Cài đặt › Cỡ chữ 100/125/150 %): remembered, applied at start and live, and at
150 % the worklist and the intake at 1366×768 still show every label whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from desk_helpers import add_people, make_actor, receive_one
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from commune_desk.ui.textsize import SETTING, apply_text_scale, current_scale, saved_scale


@pytest.fixture
def app() -> Iterator[QApplication]:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    font = qapp.font()
    yield qapp
    apply_text_scale(qapp, 100)
    qapp.setFont(font)


def _clipped(screen: QWidget) -> list[str]:
    """Visible labels drawn in less room than their text needs (width, or height for its width
    when wrapped). Labels inside a scroll area may scroll and count only across."""
    out = []
    for label in screen.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        hint = label.sizeHint()
        scrolls = any(isinstance(p, QScrollArea) for p in _parents(label))
        if label.wordWrap():
            short = label.height() + 1 < label.heightForWidth(label.width())
            short = short and not scrolls
        else:
            short = label.width() + 1 < hint.width() or (
                label.height() + 1 < hint.height() and not scrolls)
        if short:
            out.append(f"{label.objectName() or label.text()[:40]!r} {label.width()}×"
                       f"{label.height()} < {hint.width()}×{hint.height()}")
    return out


def _parents(w: QWidget) -> Iterator[QWidget]:
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def test_text_scale_is_remembered_and_applied_live(qtbot: Any, app: QApplication,
                                                   desk_ctx: Any, desk_prefs: QSettings) -> None:
    from commune_desk.ui.settings.screen import SettingsScreen

    assert saved_scale(desk_prefs) == 100
    before = app.font().pointSizeF()
    screen = SettingsScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    combo = screen.text_scale
    assert [combo.itemData(i) for i in range(combo.count())] == [100, 125, 150]
    combo.setCurrentIndex(combo.findData(150))
    QApplication.processEvents()  # Qt delivers the font change to widgets as an event
    assert saved_scale(desk_prefs) == 150 and str(desk_prefs.value(SETTING)) == "150"
    assert current_scale(app) == 150
    assert app.font().pointSizeF() == pytest.approx(before * 1.5)
    assert screen.font().pointSizeF() == pytest.approx(before * 1.5)  # live, no restart
    combo.setCurrentIndex(combo.findData(100))
    assert app.font().pointSizeF() == pytest.approx(before)  # back, never compounded


def test_start_applies_the_saved_scale(app: QApplication, monkeypatch: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from commune_desk import app as desk_app

    QCoreApplication.setOrganizationName(desk_app.ORGANIZATION)  # make_qapplication's names
    QCoreApplication.setApplicationName(desk_app.APPLICATION)
    QSettings().setValue(SETTING, 125)
    before = app.font().pointSizeF()
    desk_app.make_qapplication(language="vi")
    assert current_scale(app) == 125
    assert app.font().pointSizeF() == pytest.approx(before * 1.25)


def test_150_percent_worklist_and_intake_whole_at_1366x768(qtbot: Any, app: QApplication,
                                                           desk_store: Any, desk_runner: Any,
                                                           desk_prefs: Any) -> None:
    from commune_desk.app import build_main_window
    from commune_desk.services.accounts import Accounts

    for i in range(3):
        receive_one(desk_store, name=f"Nguyễn Văn Thử {i}", id_number=f"04009000010{i}")
    add_people(desk_store)
    apply_text_scale(app, 150)
    window = build_main_window(desk_store, make_actor("admin", "quantri"), runner=desk_runner,
                               prefs=desk_prefs, accounts=Accounts(engine=desk_store.engine))
    qtbot.addWidget(window)
    window._quiet = True
    window.resize(1366, 768)
    window.show()
    window.start()
    for key in ("worklist", "intake"):
        window.nav_actions[key].trigger()
        QApplication.processEvents()
        qtbot.wait(30)
        screen = window.screens[key]
        assert screen.font().pointSizeF() >= 1.45 * 9 or current_scale(app) == 150
        assert _clipped(screen) == [], key
    # Headings and tiles set their size in pixels: they grow with the setting too.
    assert "font-size: 22px" in window.worklist.cards["overdue"].title.styleSheet()
    for card in window.worklist.cards.values():
        title = card.title
        assert title.heightForWidth(title.width()) <= title.height() + 1

