"""The desk on a small screen (#13 defect 3): every screen at 1024×600 and 1366×768, nothing cut."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import add_people, make_actor, receive_one
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

SIZES = ((1024, 600), (1366, 768))


@pytest.fixture
def window(qtbot: Any, desk_store: Any, desk_runner: Any, desk_prefs: Any) -> Any:
    from commune_desk.app import build_main_window
    from commune_desk.services.accounts import Accounts

    for i in range(6):  # before the accounts exist (the helper's actor has none)
        receive_one(desk_store, name=f"Nguyễn Văn Thử {i}", id_number=f"04009000010{i}")
    add_people(desk_store)
    accounts = Accounts(engine=desk_store.engine)
    w = build_main_window(desk_store, make_actor("admin", "quantri"), runner=desk_runner,
                          prefs=desk_prefs, accounts=accounts)
    qtbot.addWidget(w)
    w._quiet = True
    w.show()
    w.start()
    return w


def _settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(30)


def _squeezed(screen: QWidget) -> list[str]:
    """Visible widgets laid out smaller than their minimum: what a squeezed layout cuts or
    overlaps. Widgets inside a scroll area's content count against the content, not the view."""
    found = []
    for w in screen.findChildren(QWidget):
        if not w.isVisible() or w.parentWidget() is None or w.parentWidget().layout() is None:
            continue
        if isinstance(w.parentWidget(), QAbstractScrollArea):
            continue
        # What the widget needs: its minimum, capped by a maximum the code set on purpose
        # (a three-row list), and for wrapped text the height its width asks for.
        need = w.minimumSize().expandedTo(w.minimumSizeHint()).boundedTo(w.maximumSize())
        if w.hasHeightForWidth():
            need.setHeight(max(w.minimumHeight(), w.heightForWidth(w.width())))
        if w.width() + 1 < need.width() or w.height() + 1 < need.height():
            found.append(f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()!s:.30}) "
                         f"{w.width()}×{w.height()} < {need.width()}×{need.height()}")
    return found


def test_the_window_does_not_force_more_than_600_px(window: Any) -> None:
    for key, action in window.nav_actions.items():
        if action.isEnabled():
            window.show_screen(key)
    assert window.minimumSizeHint().height() <= 560  # room for a title bar on a 600 px screen
    assert window.minimumSizeHint().width() <= 1000


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_without_cutting(qtbot: Any, window: Any, size: tuple[int, int]) -> None:
    window.resize(*size)
    problems: dict[str, list[str]] = {}
    shown = []
    for key, action in window.nav_actions.items():
        if not action.isEnabled():
            continue
        window.show_screen(key)
        _settle(qtbot)
        assert (window.width(), window.height()) == size, key
        screen = window.screens[key]
        assert screen.isVisible()
        shown.append(key)
        bad = _squeezed(screen)
        if bad:
            problems[key] = bad
    assert {"worklist", "dossiers", "intake", "dashboard", "reports", "sync", "users",
            "settings"} <= set(shown)
    assert problems == {}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dashboard_charts_apart_and_titles_whole(qtbot: Any, window: Any,
                                                 size: tuple[int, int]) -> None:
    from commune_desk.ui.dashboard.charts import BarChart, GaugeTile

    window.resize(*size)
    window.show_screen("dashboard")
    _settle(qtbot)
    dash = window.dashboard
    assert dash.figures is not None
    body = dash.scroll_area.widget()
    parts = body.findChildren(BarChart) + body.findChildren(GaugeTile)
    assert len(parts) == 10
    rects = [QRect(p.mapTo(body, p.rect().topLeft()), p.size()) for p in parts]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)
    for chart in body.findChildren(BarChart):
        assert chart.height() >= chart.minimumHeight()
    for tile in body.findChildren(GaugeTile):
        caption = tile.caption_rect()
        need = tile.fontMetrics().boundingRect(
            0, 0, int(caption.width()), 10_000, 0x1 | 0x1000, tile.caption)  # left, word wrap
        assert need.width() <= caption.width() and need.height() <= caption.height()
        assert tile.height() >= tile.heightForWidth(tile.width()), tile.caption
    # What does not fit a short window scrolls inside the dashboard, never under the status bar.
    view = dash.scroll_area.viewport()
    assert view.mapTo(window, view.rect().bottomLeft()).y() < window.statusBar().y()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_worklist_card_titles_whole(qtbot: Any, window: Any, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show_screen("worklist")
    _settle(qtbot)
    for card in window.worklist.cards.values():
        title: QLabel = card.title
        assert title.height() >= title.heightForWidth(title.width()), title.text()
        assert title.width() >= title.minimumSizeHint().width()


def test_size_position_and_last_screen_come_back(qtbot: Any, window: Any, desk_store: Any,
                                                 desk_runner: Any, desk_prefs: Any) -> None:
    from commune_desk.app import build_main_window

    # The offscreen screen is 800×600 and the window at least 835 wide: x stays at 0 (a window
    # wider than the screen is moved back onto it); y and the height show the restore.
    window.setGeometry(0, 47, 835, 520)
    window.show_screen("dashboard")
    _settle(qtbot)
    geometry = window.geometry()
    window._closing = True
    assert window.close()
    assert desk_prefs.value("window/screen") == "dashboard"
    again = build_main_window(desk_store, window.ctx.actor, runner=desk_runner, prefs=desk_prefs)
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "_closing", True))
    again.show()
    again.start()
    _settle(qtbot)
    assert again.geometry() == geometry  # size and position
    assert again.current_screen() == "dashboard"  # the screen the user left the desk on


def test_intake_at_1024x600_scrolls_to_the_field_being_typed(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    window.resize(1024, 600)
    window.show_screen("intake")
    _settle(qtbot)
    intake = window.intake
    scroll = intake.findChild(QScrollArea)
    assert scroll.verticalScrollBar().maximum() > 0  # the form is taller than the window here
    view = scroll.viewport()
    intake.name.setFocus()
    seen = set()
    for _ in range(40):  # Tab through the form: the field with the cursor is always in view
        focus = QApplication.focusWidget()
        if focus is None or not scroll.widget().isAncestorOf(focus):
            break
        seen.add(focus)
        top_left = focus.mapTo(view, focus.rect().topLeft())
        rect = QRect(top_left, focus.size())
        assert view.rect().intersects(rect), type(focus).__name__
        visible = view.rect().intersected(rect)
        assert visible.height() >= min(rect.height(), view.height()) - 1, focus.objectName()
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        _settle(qtbot)
    assert len(seen) >= 8
    # The save button and the confirmation area stay below the form, always in view.
    for w in (intake.save_button, intake.status):
        assert w.visibleRegion().boundingRect().height() >= w.height() - 1 or not w.isVisible()


def test_a_window_saved_at_the_top_of_the_screen_comes_back_there(
        qtbot: Any, window: Any, desk_store: Any, desk_runner: Any, desk_prefs: Any) -> None:
    """Qt's restoreGeometry moves a window down to leave room for a title bar; without a
    window manager (no title bar) the desk came back ~25 px lower each start, its bottom off
    screen (clerk-morning walk). A window saved with its frame at the top comes back there."""
    from commune_desk.app import build_main_window

    window.setGeometry(0, 2, 835, 520)  # the offscreen frame is 2 px: the frame's top is 0
    _settle(qtbot)
    geometry = window.geometry()
    assert window.frameGeometry().top() == 0
    window._closing = True
    assert window.close()
    again = build_main_window(desk_store, window.ctx.actor, runner=desk_runner, prefs=desk_prefs)
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "_closing", True))
    again.show()
    again.start()
    _settle(qtbot)
    # Was 25 (Qt's title-bar room). x may move by Qt's own fit of a window wider than the
    # 800 px offscreen screen, with or without this fix.
    assert (again.geometry().top(), again.size()) == (geometry.top(), geometry.size())


def test_the_title_bar_guard_stays_for_a_window_saved_off_the_top(qtbot: Any) -> None:
    """Only Qt's small downward shift of a window whose frame was on screen is undone: a frame
    saved above the screen's top still comes back below it (its title bar reachable)."""
    from PySide6.QtWidgets import QMainWindow

    from commune_desk.ui.geometry import restore_window_geometry, saved_rects

    top = QMainWindow()  # a window that fits the screen comes back exactly where it was
    qtbot.addWidget(top)
    top.setGeometry(5, 2, 600, 400)
    top.show()
    qtbot.waitExposed(top)
    kept = top.geometry()
    back = QMainWindow()
    qtbot.addWidget(back)
    assert restore_window_geometry(back, top.saveGeometry())
    back.show()
    qtbot.waitExposed(back)
    assert back.geometry() == kept
    first = QMainWindow()
    qtbot.addWidget(first)
    first.setGeometry(10, -30, 400, 300)  # frame above the screen
    first.show()
    data = first.saveGeometry()
    rects = saved_rects(data)
    assert rects is not None and rects[1] == first.geometry()
    second = QMainWindow()
    qtbot.addWidget(second)
    assert restore_window_geometry(second, data)
    assert second.geometry().top() > 0
    assert saved_rects(b"not a geometry") is None
