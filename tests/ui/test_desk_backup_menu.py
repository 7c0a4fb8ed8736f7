"""The backup/restore dialog is reachable from the main window's menu for administrators
(#13 "Missing": it existed in code, reachable from nothing)."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import DESK_NOW, desk_key, make_actor, receive_one

pytest.importorskip("PySide6")


def _window(qtbot: Any, store: Any, runner: Any, prefs: Any, role: str) -> Any:
    from commune_desk.app import build_main_window

    window = build_main_window(store, make_actor(role, "canbo1"), runner=runner, prefs=prefs,
                               clock=lambda: DESK_NOW, db_key=desk_key())
    window._quiet = True
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def _menu_action(window: Any, text: str) -> Any:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() == text:
                return action
    return None


def test_admin_backs_up_and_restores_from_the_menu(qtbot: Any, desk_store: Any, desk_runner: Any,
                                                  desk_prefs: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from commune_desk.ui.auth import BackupDialog

    receive_one(desk_store)
    window = _window(qtbot, desk_store, desk_runner, desk_prefs, "admin")
    action = _menu_action(window, "Sao lưu, khôi phục…")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    assert dialog.restore_button.isVisibleTo(dialog)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert "Đã sao lưu" in dialog.status.text()
    # Restore the backup just made: the store is closed first, the file replaced, and the
    # desk closes itself (its screens cannot keep working on the replaced file).
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert "Đã khôi phục" in window.statusBar().currentMessage()


def test_clerk_has_no_backup_entry(qtbot: Any, desk_store: Any, desk_runner: Any,
                                   desk_prefs: Any) -> None:
    window = _window(qtbot, desk_store, desk_runner, desk_prefs, "clerk")
    try:
        action = _menu_action(window, "Sao lưu, khôi phục…")
        assert action is not None and not action.isEnabled()
        assert "quản trị viên" in action.toolTip()
        window.open_backup_dialog()
        assert window.backup_dialog is None
    finally:
        window.close()
