"""Administrator's users screen: list, add, disable/enable, reset password, change role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import ROLE_LABELS, Action, Actor, Role, can
from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.ui.messages import ui_message
from commune_desk.ui.workers import TaskRunner

HEADERS = (
    QT_TRANSLATE_NOOP("UsersScreen", "Tên đăng nhập"),
    QT_TRANSLATE_NOOP("UsersScreen", "Họ và tên"),
    QT_TRANSLATE_NOOP("UsersScreen", "Vai trò"),
    QT_TRANSLATE_NOOP("UsersScreen", "Trạng thái"),
    QT_TRANSLATE_NOOP("UsersScreen", "Đăng nhập gần nhất"),
)

_ROLE_VALUES = {r.value for r in Role}


def role_label(role: Role) -> str:
    """The role's name in the desk's language."""
    return QCoreApplication.translate("labels", ROLE_LABELS[role])


class UserFormDialog(QDialog):
    """Login, name, role and a password typed twice (for add or reset)."""

    def __init__(self, parent: QWidget | None = None, *, login: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đặt lại mật khẩu") if login else self.tr("Thêm tài khoản"))
        self.login_edit = QLineEdit(login or "")
        self.login_edit.setReadOnly(login is not None)
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.login_edit)
        if login is None:
            form.addRow(self.tr("Họ và tên:"), self.name_edit)
            form.addRow(self.tr("Vai trò:"), self.role_combo)
        form.addRow(self.tr("Mật khẩu (tạm):"), self.password_edit)
        form.addRow(self.tr("Nhập lại:"), self.again_edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, str]:
        return {
            "login": self.login_edit.text(),
            "full_name": self.name_edit.text(),
            "role": str(self.role_combo.currentData()),
            "password": self.password_edit.text(),
        }


class UsersScreen(QWidget):
    """Users list for an administrator; every change goes through ``Accounts`` on the write lane.

    Dependencies: ``accounts`` (services.accounts.Accounts), a ``TaskRunner``, the signed-in
    ``actor``; ``form_factory`` lets tests supply a pre-filled form instead of a modal.
    """

    def __init__(self, accounts: Any, runner: TaskRunner, actor: Actor,
                 parent: QWidget | None = None, *, form_factory: Any = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._actor = actor
        self._runner = runner
        self._form_factory = form_factory or (lambda login=None: UserFormDialog(self, login=login))
        self.rows: list[Any] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(self.tr("Tài khoản"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("UsersScreen", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setObjectName("usersTable")
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Every column as wide as its header and contents; the full name takes what is left,
        # so the table fills its width instead of leaving two thirds empty.
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.toggle_button = QPushButton(self.tr("Khóa / mở khóa"))
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("Đổi vai trò"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.add_button, self.toggle_button, self.reset_button, self.role_combo,
                  self.role_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        allowed = can(actor, Action.MANAGE_USERS)
        for w in (self.add_button, self.toggle_button, self.reset_button, self.role_button):
            w.setVisible(allowed)
        self.role_combo.setVisible(allowed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.role_button.clicked.connect(self._on_role_clicked)
        if allowed:
            self.refresh()
        else:
            self.message.setText(self.tr("Chỉ quản trị viên xem và quản lý được tài khoản."))

    # ------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.submit(lambda _t: self._accounts.list_users(self._actor), self._fill,
                            on_error=self._show_error)

    def _fill(self, rows: list[Any]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            state = self.tr("Đã khóa") if r.disabled else self.tr("Hoạt động")
            if r.locked_until is not None:
                state = self.tr("Tạm khóa đến %1").replace("%1", f"{r.locked_until:%H:%M %d/%m/%Y}")
            last = f"{r.last_login_at:%H:%M %d/%m/%Y}" if r.last_login_at else ""
            role = role_label(Role(r.role)) if getattr(r, "role", None) in _ROLE_VALUES else r.role_label
            for j, text in enumerate((r.login, r.full_name, role, state, last)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def selected_login(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].login if 0 <= row < len(self.rows) else None

    def _write(self, fn: Any, done_text: str) -> None:
        def finished(_result: Any) -> None:
            self.message.setText(done_text)
            self.refresh()

        self._runner.submit(lambda _t: fn(), finished, on_error=self._show_error, write=True)

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(ui_message(exc))

    def _need_selection(self) -> str | None:
        login = self.selected_login()
        if login is None:
            self.message.setText(self.tr("Hãy chọn một tài khoản trong danh sách."))
        return login

    # ------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        form = self._form_factory()
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        v = form.values()
        self._write(
            lambda: self._accounts.add_user(self._actor, v["login"], v["role"], v["password"],
                                            v["full_name"]),
            self.tr("Đã thêm tài khoản %1.").replace("%1", v["login"].strip().lower()),
        )

    def _on_toggle_clicked(self) -> None:
        login = self._need_selection()
        if login is None:
            return
        row = next(r for r in self.rows if r.login == login)
        self._write(
            lambda: self._accounts.disable_user(self._actor, login, disabled=not row.disabled),
            (self.tr("Đã mở khóa tài khoản %1.") if row.disabled
             else self.tr("Đã khóa tài khoản %1.")).replace("%1", login),
        )

    def _on_reset_clicked(self) -> None:
        login = self._need_selection()
        if login is None:
            return
        form = self._form_factory(login)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        pw = form.values()["password"]
        self._write(lambda: self._accounts.reset_password(self._actor, login, pw),
                    self.tr("Đã đặt lại mật khẩu của %1.").replace("%1", login))

    def _on_role_clicked(self) -> None:
        login = self._need_selection()
        if login is None:
            return
        role = str(self.role_combo.currentData())
        self._write(lambda: self._accounts.set_role(self._actor, login, role),
                    self.tr("Đã đổi vai trò của %1 thành %2.").replace("%1", login)
                    .replace("%2", role_label(Role(role))))
