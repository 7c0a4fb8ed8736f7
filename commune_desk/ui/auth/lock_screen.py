"""Lock and sign-in screen laid over the main window: unlock, switch user, sign in after logging out.

The database stays open the whole time; only the person at the desk changes. A password is
checked by the ``sign_in(login, password)`` function the composition root hands in (the
accounts service's login: argon2 on the write lane, failures counted toward the lockout).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.permissions import ROLE_LABELS, Actor
from commune_desk.ui.messages import ui_message
from commune_desk.ui.textsize import scaled_px
from commune_desk.ui.workers import TaskRunner

UNLOCK = "unlock"  # the same user types their password again
SWITCH = "switch"  # another user signs in; "back" returns to what was there before
SIGNED_OUT = "signed_out"  # nobody is signed in: sign in, or quit


class LockScreen(QWidget):
    """Covers its parent window (opaque: nothing of the desk shows through).

    Emits ``signed_in(actor)`` once a password is right: the same actor after an unlock, or
    the person who signed in. ``back_requested`` when a switch is cancelled, ``quit_requested``
    from the signed-out screen.
    """

    signed_in = Signal(object)
    back_requested = Signal()
    quit_requested = Signal()

    def __init__(self, sign_in: Callable[[str, str], Any], runner: TaskRunner,
                 parent: QWidget, *, change_password: Any = None, desk_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #23364a; }"
                           " #lockPanel { background: #ffffff; border-radius: 8px; }")
        self._sign_in = sign_in
        self._change_password = change_password  # accounts (for a temporary password)
        self._runner = runner
        self.mode = SIGNED_OUT
        self.actor: Actor | None = None  # who the desk belongs to while locked
        self._back_mode: str | None = None
        self.busy = False

        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(scaled_px(440))  # wider with large text
        self.desk_label = QLabel(f"<b>{desk_name or self.tr('Bàn làm việc một cửa')}</b>", panel)
        self.desk_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(panel)
        self.title.setObjectName("lockTitle")
        self.title.setStyleSheet(f"font-size: {scaled_px(18)}px; font-weight: 600;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.note = QLabel(panel)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.login_edit = QLineEdit(panel)
        self.login_edit.setObjectName("lockLogin")
        self.login_edit.setPlaceholderText(self.tr("tên đăng nhập"))
        self.login_edit.setAccessibleName(self.tr("Tên đăng nhập"))
        self.password_edit = QLineEdit(panel)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Mật khẩu"))
        self.login_label = QLabel(self.tr("Tên đăng nhập:"), panel)
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        self.error = QLabel(panel)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.ok_button = QPushButton(panel)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("Đổi người dùng"), panel)
        self.switch_button.clicked.connect(lambda: self.show_switch())
        self.back_button = QPushButton(self.tr("Quay lại"), panel)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.quit_button = QPushButton(self.tr("Thoát phần mềm"), panel)
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        for b in (self.switch_button, self.back_button, self.quit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.desk_label)
        inner.addWidget(self.title)
        inner.addWidget(self.note)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        self.hide()

    # --- modes ---------------------------------------------------------------------------------
    def show_unlock(self, actor: Actor, *, reason: str = "") -> None:
        """The desk is locked for ``actor``: their password opens it again."""
        self.actor = actor
        self._set_mode(UNLOCK)
        name = actor.full_name or actor.login
        self.title.setText(self.tr("Bàn làm việc đã khóa"))
        self.note.setText((reason + "\n" if reason else "")
                          + self.tr("Đang làm việc: %1 (%2, %3). Nhập mật khẩu để mở khóa.")
                          .replace("%1", name).replace("%2", actor.login)
                          .replace("%3", QCoreApplication.translate(
                              "labels", ROLE_LABELS[actor.role])))
        self.ok_button.setText(self.tr("Mở khóa"))
        self.password_edit.setFocus()

    def show_switch(self, *, from_desk: bool = False) -> None:
        """Another person signs in: from the menu (``from_desk``: "Quay lại" returns to the
        desk) or from the lock screen ("Quay lại" returns to the lock)."""
        if from_desk:
            self._back_mode = None
        elif self.mode != SWITCH:
            self._back_mode = self.mode
        self._set_mode(SWITCH)
        self.title.setText(self.tr("Đổi người dùng"))
        current = self.actor
        self.note.setText(self.tr("Người dùng khác đăng nhập để làm việc trên bàn này. "
                                  "Cơ sở dữ liệu vẫn mở, không cần nhập lại mật khẩu dữ liệu.")
                          + ("" if current is None else "\n" + self.tr(
                              "Người đang làm việc: %1.").replace(
                              "%1", current.full_name or current.login)))
        self.ok_button.setText(self.tr("Đăng nhập"))
        self.login_edit.setFocus()

    def show_signed_out(self, *, note: str = "") -> None:
        """Nobody is signed in: the sign-in form (or quit)."""
        self.actor = None
        self._back_mode = None
        self._set_mode(SIGNED_OUT)
        self.title.setText(self.tr("Đăng nhập"))
        self.note.setText(note or self.tr("Đã đăng xuất. Đăng nhập để làm việc."))
        self.ok_button.setText(self.tr("Đăng nhập"))
        self.login_edit.setFocus()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        asks_login = mode != UNLOCK
        self.login_label.setVisible(asks_login)
        self.login_edit.setVisible(asks_login)
        self.login_edit.clear()
        self.password_edit.clear()
        self.error.hide()
        self.switch_button.setVisible(mode == UNLOCK)
        self.back_button.setVisible(mode == SWITCH)
        self.quit_button.setVisible(mode == SIGNED_OUT)
        self._set_busy(False)
        self.cover()

    def cover(self) -> None:
        """Lay over the whole parent window and take the keyboard."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_back_clicked(self) -> None:
        back, self._back_mode = self._back_mode, None
        if back == UNLOCK and self.actor is not None:
            self.show_unlock(self.actor)
        elif back == SIGNED_OUT:
            self.show_signed_out()
        else:
            self.back_requested.emit()

    # --- checking the password -------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        login = (self.actor.login if self.mode == UNLOCK and self.actor is not None
                 else self.login_edit.text().strip())
        password = self.password_edit.text()
        if not login or not password:
            self.show_error(self.tr("Hãy nhập mật khẩu.") if self.mode == UNLOCK
                            else self.tr("Hãy nhập tên đăng nhập và mật khẩu."))
            return
        self._set_busy(True)
        self.error.hide()
        sign_in = self._sign_in
        self._runner.submit(lambda _t: sign_in(login, password), self._on_checked,
                            on_error=self._on_failed, write=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.ok_button, self.switch_button, self.back_button, self.quit_button,
                  self.password_edit, self.login_edit):
            w.setEnabled(not busy)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.show_error(ui_message(exc))
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_checked(self, result: Any) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        actor = result.actor
        if getattr(result, "must_change_password", False) and self._change_password is not None:
            from commune_desk.ui.auth.login_dialog import ChangePasswordDialog

            dialog = ChangePasswordDialog(
                self._change_password, self._runner, actor.login, self,
                reason=self.tr("Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn."))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.show_error(self.tr("Cần đổi mật khẩu trước khi làm việc."))
                return
        self.hide()
        self.signed_in.emit(actor)
