"""Sign-in dialog, first-administrator setup and change-password dialog (argon2 runs on a worker)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import Actor
from commune_desk.ui.messages import ui_message
from commune_desk.ui.workers import TaskRunner


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class _BusyDialog(QDialog):
    """A dialog whose OK runs one task on the write lane and shows the Vietnamese error."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _on_ok(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _run(self, fn: Any, on_done: Any) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self._runner.submit(lambda _t: fn(), on_done, on_error=self._on_failed, write=True)

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_error(ui_message(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()  # the dialog grows: a long message wraps and shows whole


class LoginDialog(_BusyDialog):
    """Asks for login and password; ``actor`` is set when accepted.

    ``accounts`` is a ``services.accounts.Accounts`` (or anything with ``login(login, password)``
    returning ``LoginResult`` and ``change_password(login, old, new)``).
    """

    def __init__(self, accounts: Any, runner: TaskRunner, parent: QWidget | None = None,
                 *, desk_name: str = "") -> None:
        super().__init__(runner, parent)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập — Commune Desk"))
        self.setMinimumWidth(420)  # room for a wrapped error message
        default_name = self.tr("Bàn làm việc một cửa")
        title = QLabel(f"<b>{desk_name or default_name}</b>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("tên đăng nhập"))
        self.password_edit = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.login_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng nhập"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))

    def _on_ok(self) -> None:
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login or not password:
            self.show_error(self.tr("Hãy nhập tên đăng nhập và mật khẩu."))
            return
        self._run(lambda: self._accounts.login(login, password), self._on_logged_in)

    def _on_logged_in(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        if result.must_change_password:
            dialog = ChangePasswordDialog(
                self._accounts, self._runner, result.actor.login, self,
                reason=self.tr("Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn."),
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.show_error(self.tr("Cần đổi mật khẩu trước khi làm việc."))
                return
        self.actor = result.actor
        self.accept()


class ChangePasswordDialog(_BusyDialog):
    """A user changes their own password (current one required)."""

    def __init__(self, accounts: Any, runner: TaskRunner, login: str,
                 parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(runner, parent)
        self._accounts = accounts
        self._login = login
        self.setWindowTitle(self.tr("Đổi mật khẩu"))
        self.old_edit = _password_field()
        self.new_edit = _password_field()
        self.again_edit = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu hiện tại:"), self.old_edit)
        form.addRow(self.tr("Mật khẩu mới:"), self.new_edit)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.again_edit)
        layout = QVBoxLayout(self)
        if reason:
            note = QLabel(reason)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        if self.new_edit.text() != self.again_edit.text():
            self.show_error(self.tr("Hai lần nhập mật khẩu mới không giống nhau."))
            return
        old, new = self.old_edit.text(), self.new_edit.text()
        self._run(lambda: self._accounts.change_password(self._login, old, new),
                  lambda _r: self.accept())


class FirstAdminDialog(_BusyDialog):
    """On a new database: create the first administrator account."""

    def __init__(self, accounts: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._accounts = accounts
        self.created_login: str | None = None
        self.setWindowTitle(self.tr("Tạo tài khoản quản trị đầu tiên"))
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = _password_field()
        self.again_edit = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.login_edit)
        form.addRow(self.tr("Họ và tên:"), self.name_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.again_edit)
        note = QLabel(self.tr(
            "Chưa có tài khoản nào. Tài khoản quản trị quản lý người dùng, lịch làm việc, "
            "danh mục thủ tục và sao lưu."
        ))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.show_error(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        login, name, pw = self.login_edit.text(), self.name_edit.text(), self.password_edit.text()
        self._run(lambda: self._accounts.add_user(None, login, "admin", pw, name), self._on_done)

    def _on_done(self, row: Any) -> None:
        self.created_login = row.login
        self.accept()
