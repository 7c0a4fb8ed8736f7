"""The composition root: self-test of the real app, the main window with the mounted parts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desk_helpers import make_actor, receive_one

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMMUNE_DESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "commune_desk", "gui", "--self-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Tự kiểm tra thành công" in done.stdout
    assert "ghi hồ sơ" in done.stdout
    assert not list(tmp_path.glob("*.sqlite3"))  # it used a temporary database, not the user's


def test_main_window_routes_and_mounts(qtbot: Any, desk_store: Any, desk_runner: Any,
                                       desk_prefs: Any) -> None:
    from commune_desk.app import build_main_window

    window = build_main_window(desk_store, make_actor("leader", "lanhdao1"), runner=desk_runner,
                               prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    window.start()
    assert window.current_screen() == "worklist"
    # The desk's name is remembered outside the file, for the login that opens it next time.
    from commune_desk.services.desk import desk_info
    from commune_desk.ui.desk_name import remembered_desk_name

    name = desk_info(desk_store).commune_name
    assert name and remembered_desk_name(desk_store.path) == name
    # The reports screen (paper part) is built on first use, off the start-up path.
    assert window.nav_actions["reports"].isEnabled()
    assert "reports" not in window.screens
    window.nav_actions["reports"].trigger()
    assert window.current_screen() == "reports"
    window.nav_actions["intake"].trigger()
    assert window.current_screen() == "intake"
    window.nav_actions["dashboard"].trigger()
    assert window.current_screen() == "dashboard"
    assert not window.nav_actions["users"].isEnabled()  # a leader does not manage accounts
    view = receive_one(desk_store)
    window.ctx.events.open_dossier.emit(view.id)
    assert window.current_screen() == "detail"
    assert window.detail.detail.state.code == view.code


def test_receipt_preview_opens_from_intake(qtbot: Any, desk_ctx: Any, desk_prefs: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from commune_desk.ui.intake.screen import IntakeScreen
    from commune_desk.ui.paper import PdfPreviewDialog

    screen = IntakeScreen(desk_ctx, prefs=desk_prefs)
    qtbot.addWidget(screen)
    screen.load_reference()
    screen.name.setText("Trần Văn Bình")
    screen.id_number.setText("040088001122")
    screen.address.setText("Xóm 2")
    screen.picker.choose(screen.reference.procedures[0].code)
    screen.documents.item(0, 0).setCheckState(Qt.CheckState.Checked)  # nothing pre-ticked
    screen.save()
    assert screen.last_saved is not None and screen.print_button.isEnabled()
    screen.print_receipt()

    def preview() -> Any:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PdfPreviewDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: preview() is not None, timeout=10_000)
    dialog = preview()
    assert screen.last_saved.dossier.code in dialog.windowTitle() or dialog.pdf.startswith(b"%PDF")
    dialog.close()


def test_keyboard_only_intake_to_detail(qtbot: Any, desk_store: Any, desk_runner: Any,
                                        desk_prefs: Any) -> None:
    """Ctrl+N opens intake, Tab/Enter move, Ctrl+S saves, Ctrl+O opens the saved dossier."""
    from PySide6.QtCore import Qt

    from commune_desk.app import build_main_window

    window = build_main_window(desk_store, make_actor("clerk", "tiepnhan1"), runner=desk_runner,
                               prefs=desk_prefs)
    qtbot.addWidget(window)
    window._quiet = True
    window.show()
    qtbot.waitExposed(window)
    window.start()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "intake"
    intake = window.intake
    intake.name.setFocus()
    intake.name.setText("Lê Thị Hoa")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    qtbot.keyClicks(intake.focusWidget(), "040195001234")
    qtbot.keyClick(intake.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.focusWidget(), "01/02/1995")
    intake.address.setFocus()
    intake.address.setText("Xóm 4")
    intake.picker.edit.setFocus()
    qtbot.keyClicks(intake.picker.edit, "khai sinh")
    qtbot.keyClick(intake.picker.edit, Qt.Key.Key_Return)
    assert intake.picker.procedure is not None
    intake.documents.setFocus()
    qtbot.keyClick(intake.documents, Qt.Key.Key_Space)  # tick the first document received
    with qtbot.waitSignal(intake.saved, timeout=5000) as blocker:
        qtbot.keyClick(intake.picker.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dossier_id = blocker.args[0]
    qtbot.keyClick(intake.name, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "detail"
    assert window.detail.dossier_id == dossier_id
    assert window.detail.detail.state.applicant["name"] == "Lê Thị Hoa"
