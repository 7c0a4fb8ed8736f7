"""Every screen and dialog in both languages: no Vietnamese interface text in the English UI
(data — names, addresses, procedures, units stored in the database — excepted) and none of Qt's
own English words in the Vietnamese UI, Qt's file, print and message dialogs included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from desk_helpers import add_people, desk_key, make_actor, receive_one
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from screen_walk import (
    VIETNAMESE_ONLY,
    data_strings,
    qt_source_strings,
    visible_texts,
    without_data,
)

from commune_desk.ui import i18n

SCREENS = ("worklist", "dossiers", "intake", "dashboard", "reports", "sync", "obstacles",
           "users", "settings")


def _accounts(store: Any) -> Any:
    from argon2 import PasswordHasher

    from commune_desk.services.accounts import Accounts

    return Accounts(engine=store.engine,
                    hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def walk(qtbot: Any, store: Any, runner: Any, prefs: Any) -> Iterator[tuple[str, QWidget]]:
    """(name, widget) for every screen of the main window and every dialog the desk opens."""
    from commune_desk.app import build_main_window
    from commune_desk.store.crypto import NO_KEYRING_MESSAGE
    from commune_desk.ui.auth import BackupDialog
    from commune_desk.ui.auth.login_dialog import (
        ChangePasswordDialog,
        FirstAdminDialog,
        LoginDialog,
    )
    from commune_desk.ui.auth.passphrase_dialog import NoKeyringDialog
    from commune_desk.ui.auth.users_screen import UserFormDialog
    from commune_desk.ui.detail.actions import ACTIONS, ActionDialog
    from commune_desk.ui.messages import tr_message
    from commune_desk.ui.setup.wizard import SetupWizard

    view = receive_one(store)  # before any account exists: the services accept any actor then
    add_people(store)
    accounts = _accounts(store)
    window = build_main_window(store, make_actor("admin", "quantri"), runner=runner,
                               prefs=prefs, accounts=accounts, db_key=desk_key())
    qtbot.addWidget(window)
    window._quiet = True
    window.resize(1366, 768)
    window.show()
    window.start()
    for key in SCREENS:
        window.nav_actions[key].trigger()
        assert window.current_screen() == key
        yield key, window
    # The intake's own messages: every field's error, the appointment and its explanation, a
    # saved dossier's confirmation.
    window.nav_actions["intake"].trigger()
    intake = window.intake
    intake.save()
    yield "intake errors", window
    intake.email.setText("khong-phai-thu")
    intake.phone.setText("12")
    intake.id_number.setText("123")
    intake.birth_date.setText("31/02/1990")
    for edit in (intake.email, intake.phone, intake.id_number, intake.birth_date):
        edit.setFocus()
        intake.name.setFocus()
    intake.save()
    yield "intake bad values", window
    intake.email.setText("")
    intake.phone.setText("0912 345 678")
    intake.name.setText("Nguyễn Thị Hồng Đào")
    intake.id_number.setText("040190012345")
    intake.birth_date.setText("12/03/1990")
    intake.address.setText("Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An")
    intake.picker.edit.setFocus()
    qtbot.keyClicks(intake.picker.edit, "xac nhan tinh trang")
    qtbot.keyClick(intake.picker.edit, Qt.Key.Key_Return)
    assert intake.picker.procedure is not None
    yield "intake appointment", window
    intake.documents.item(0, 0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(intake.saved, timeout=3000):
        intake.save()
    yield "intake saved", window
    window.ctx.events.open_dossier.emit(view.id)
    assert window.current_screen() == "detail"
    yield "detail", window
    for spec in ACTIONS:
        dialog = ActionDialog(spec, {}, window)
        qtbot.addWidget(dialog)
        yield f"action {spec.key}", dialog
    window.open_backup_dialog()
    backups = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog)]
    assert backups
    yield "backup", backups[-1]
    assert window.lock(QCoreApplication.translate("MainWindow",
                                                  "Đã tự khóa sau %1 phút không dùng."))
    yield "lock", window
    for name, dialog in (
        ("login", LoginDialog(accounts, runner)),
        ("first admin", FirstAdminDialog(accounts, runner)),
        ("change password", ChangePasswordDialog(accounts, runner, "quantri")),
        ("user form", UserFormDialog()),
        ("passphrase", NoKeyringDialog(new_file=True, reason=tr_message(NO_KEYRING_MESSAGE),
                                       make_key=lambda _p: None)),
    ):
        qtbot.addWidget(dialog)
        yield name, dialog
    wizard = SetupWizard(store, runner)
    qtbot.addWidget(wizard)
    for page in range(4):
        wizard._show_page(page)
        yield f"setup page {page + 1}", wizard
    files = QFileDialog(None, QCoreApplication.translate("PdfPreviewDialog", "Lưu thành"))
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    yield "file dialog", files
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    yield "print dialog", printing
    more = [b for b in printing.findChildren(QPushButton) if b.text().endswith(">>")]
    assert more  # "Options >>": copies, page range, duplex, colour
    more[0].click()
    yield "print dialog options", printing
    box = QMessageBox(QMessageBox.Icon.Question, "Commune Desk", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    yield "message box", box


@pytest.fixture
def native_dialogs_off() -> Iterator[None]:
    """As app.make_qapplication does: Qt's own dialogs, which take the desk's translations."""
    before = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def _texts(qtbot: Any, store: Any, runner: Any, prefs: Any) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []
    for name, widget in walk(qtbot, store, runner, prefs):
        seen += [(name, where, text) for where, text in visible_texts(widget)]
    assert len({name for name, _w, _t in seen}) >= 30
    return seen


def test_english_ui_has_no_vietnamese(qtbot: Any, desk_store: Any, desk_runner: Any,
                                      desk_prefs: Any, native_dialogs_off: None) -> None:
    app = QApplication.instance()
    i18n.install_translators(app, "en")
    try:
        seen = _texts(qtbot, desk_store, desk_runner, desk_prefs)
        # Data (the signed-in user's name too), and each language's own name in the language
        # menu ("Tiếng Việt").
        data = [*data_strings(desk_store), make_actor().full_name, *i18n.LANGUAGES.values()]
        assert any("Nguyễn Văn An" in d for d in data)
        bad = sorted({f"{name} / {where}: {text!r}" for name, where, text in seen
                      if VIETNAMESE_ONLY.search(without_data(text, data))})
        assert bad == [], "\n".join(bad)
    finally:
        i18n.remove_translators(app)


def test_vietnamese_ui_has_no_qt_english(qtbot: Any, desk_store: Any, desk_runner: Any,
                                         desk_prefs: Any, native_dialogs_off: None) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from qt_words_vi import QT_VI

    same = {s for table in QT_VI.values() for s, v in table.items() if s == v}
    english = {s.replace("&", "") for s in qt_source_strings() - same if len(s) > 1}
    english |= {"Cancel", "Open", "Save", "Yes", "No", "OK", "Look in:", "File name:", "Close",
                "Print", "Apply", "Back"}
    app = QApplication.instance()
    i18n.install_translators(app, "vi")
    try:
        seen = _texts(qtbot, desk_store, desk_runner, desk_prefs)
        bad = sorted({f"{name} / {where}: {text!r}" for name, where, text in seen
                      if text.replace("&", "").strip() in english})
        assert bad == [], "\n".join(bad)
    finally:
        i18n.remove_translators(app)
