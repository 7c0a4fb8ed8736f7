"""No OS keyring: the administrator chooses a database passphrase typed at start, or quits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commune_desk.errors import UserError
from commune_desk.ui.messages import tr_message


class NoKeyringDialog(QDialog):
    """Explains why there is no keyring and asks for the passphrase (twice on a new file).

    Accepted ⇒ ``key`` is what ``make_key`` built from the passphrase (the store's
    ``crypto.passphrase_key``, handed in by the composition root, which also says why there is
    no keyring in ``reason``); rejected ⇒ the app stops. There is no third button: the
    database is never opened or created unencrypted.
    """

    def __init__(self, parent: QWidget | None = None, *, new_file: bool, reason: str,
                 make_key: Callable[[str], Any],
                 opens_file: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mật khẩu cơ sở dữ liệu"))
        self.setMinimumWidth(460)
        self.key: Any = None
        self.attempts = 0  # wrong passphrases typed so far (each may be retried)
        self._new_file = new_file
        self._make_key = make_key
        # ``opens_file(key)`` (from the composition root) says whether the key opens the
        # existing database: a wrong passphrase is said here and typed again, never fatal.
        self._opens_file = opens_file
        intro = QLabel(reason)
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu cơ sở dữ liệu:"), self.passphrase_edit)
        if new_file:
            form.addRow(self.tr("Nhập lại:"), self.again_edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Dùng mật khẩu này"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Không mở phần mềm"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        text = self.passphrase_edit.text()
        if self._new_file and text != self.again_edit.text():
            self._show(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        try:
            key = self._make_key(text)
        except UserError as exc:  # too short: the store's rule, said in Vietnamese
            self._show(tr_message(str(exc)))
            return
        if not self._new_file and self._opens_file is not None and not self._opens_file(key):
            self.attempts += 1
            self._show(self.tr("Mật khẩu không đúng: không mở được cơ sở dữ liệu này (lần thử "
                               "thứ %1). Hãy nhập lại, hoặc chọn “Không mở phần mềm”.")
                       .replace("%1", str(self.attempts)))
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            return
        self.key = key
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()  # the dialog grows so the whole message shows
