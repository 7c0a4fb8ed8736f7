"""The detail screen's actions: the event each records and the form it asks for.

Which actions a dossier's state and the user's role allow is the domain's answer
(``lifecycle.allowed_actions``), never decided here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.lifecycle import EventKind, allowed_actions
from commune_desk.domain.permissions import Role
from commune_desk.ui import labels
from commune_desk.ui.datefield import DateField
from commune_desk.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | multiline | choice | date | lines | password
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (value, label source text)
    # No preselected choice: the person must pick one (a citizen's rating must never be a
    # default that Enter accepts — it would inflate the Decision 766 satisfaction figure).
    explicit: bool = False


@dataclass(frozen=True)
class ActionSpec:
    key: str
    label: str
    kind: EventKind  # the event the action records
    fields: tuple[FieldSpec, ...] = ()
    shortcut: str = ""

    def allowed(self, state: Any, role: Role) -> bool:
        return self.kind in allowed_actions(state, role)


def _choices(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(table.items())


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("assign", QT_TRANSLATE_NOOP("actions", "Chuyển / phân công"), EventKind.ASSIGNED, (
        FieldSpec("to", QT_TRANSLATE_NOOP("actions", "Chuyển cho (tên đăng nhập)"), required=True),
        FieldSpec("note", QT_TRANSLATE_NOOP("actions", "Ghi chú")),
    ), "Alt+G"),
    ActionSpec("request_supplement", QT_TRANSLATE_NOOP("actions", "Yêu cầu bổ sung"), EventKind.SUPPLEMENT_REQUESTED,
               (
        FieldSpec("items", QT_TRANSLATE_NOOP("actions", "Nội dung cần bổ sung (mỗi dòng một mục)"), "lines", True),
        FieldSpec("reason", QT_TRANSLATE_NOOP("actions", "Lý do"), required=True),
        FieldSpec("legal_basis", QT_TRANSLATE_NOOP("actions", "Căn cứ pháp lý")),
        FieldSpec("second_request_approved_by",
                  QT_TRANSLATE_NOOP("actions", "Lãnh đạo duyệt yêu cầu lần hai (nếu có)")),
        FieldSpec("approver_password",
                  QT_TRANSLATE_NOOP("actions", "Mật khẩu của lãnh đạo duyệt (nếu không phải bạn)"),
                  "password"),
    ), "Alt+B"),
    ActionSpec("receive_supplement", QT_TRANSLATE_NOOP("actions", "Nhận hồ sơ bổ sung"), EventKind.SUPPLEMENT_RECEIVED,
               (FieldSpec("note", QT_TRANSLATE_NOOP("actions", "Ghi chú")),), "Alt+N"),
    ActionSpec("refuse", QT_TRANSLATE_NOOP("actions", "Từ chối"), EventKind.REFUSED, (
        FieldSpec("reasons", QT_TRANSLATE_NOOP("actions", "Lý do từ chối"), "multiline", True),
    ), "Alt+C"),
    ActionSpec("reschedule", QT_TRANSLATE_NOOP("actions", "Xin lỗi, hẹn lại"), EventKind.RESCHEDULED, (
        FieldSpec("new_due", QT_TRANSLATE_NOOP("actions", "Ngày hẹn mới"), "date", True),
        FieldSpec("reason", QT_TRANSLATE_NOOP("actions", "Lý do chậm trễ"), "multiline", True),
        FieldSpec("signed_by", QT_TRANSLATE_NOOP("actions", "Người ký văn bản xin lỗi"), required=True),
        FieldSpec("signer_password",
                  QT_TRANSLATE_NOOP("actions", "Mật khẩu của người ký (nếu không phải bạn)"),
                  "password"),
    ), "Alt+H"),
    ActionSpec("resolve", QT_TRANSLATE_NOOP("actions", "Có kết quả"), EventKind.RESOLVED, (
        FieldSpec("outcome", QT_TRANSLATE_NOOP("actions", "Kết quả"), "choice", True, _choices(labels.OUTCOME)),
        FieldSpec("note", QT_TRANSLATE_NOOP("actions", "Ghi chú")),
    ), "Alt+K"),
    ActionSpec("return", QT_TRANSLATE_NOOP("actions", "Trả kết quả"), EventKind.RETURNED, (
        FieldSpec("method", QT_TRANSLATE_NOOP("actions", "Hình thức trả"), "choice", True,
                  _choices(labels.RETURN_METHOD)),
        FieldSpec("note", QT_TRANSLATE_NOOP("actions", "Ghi chú")),
    ), "Alt+T"),
    ActionSpec("withdraw", QT_TRANSLATE_NOOP("actions", "Dừng / rút hồ sơ"), EventKind.WITHDRAWN, (
        FieldSpec("grounds", QT_TRANSLATE_NOOP("actions", "Căn cứ"), "choice", True,
                  (("citizen_request", QT_TRANSLATE_NOOP("actions", "Theo đề nghị của công dân")),
                   ("legal", QT_TRANSLATE_NOOP("actions", "Theo quy định của pháp luật")))),
        FieldSpec("reason", QT_TRANSLATE_NOOP("actions", "Lý do"), "multiline", True),
        FieldSpec("papers_fees", QT_TRANSLATE_NOOP("actions", "Xử lý giấy tờ, phí đã nộp")),
    ), "Alt+D"),
    ActionSpec("rate", QT_TRANSLATE_NOOP("actions", "Đánh giá hài lòng"), EventKind.RATED, (
        FieldSpec("level", QT_TRANSLATE_NOOP("actions", "Mức độ"), "choice", True, _choices(labels.RATING),
                  explicit=True),
        FieldSpec("note", QT_TRANSLATE_NOOP("actions", "Ghi chú")),
    ), "Alt+J"),
    ActionSpec("correct", QT_TRANSLATE_NOOP("actions", "Đính chính thông tin"), EventKind.CORRECTED, (
        FieldSpec("name", QT_TRANSLATE_NOOP("actions", "Họ và tên")),
        FieldSpec("id_number", QT_TRANSLATE_NOOP("actions", "Số định danh cá nhân")),
        FieldSpec("birth_date", QT_TRANSLATE_NOOP("actions", "Ngày sinh (dd/mm/yyyy)")),
        FieldSpec("phone", QT_TRANSLATE_NOOP("actions", "Điện thoại")),
        FieldSpec("address", QT_TRANSLATE_NOOP("actions", "Địa chỉ")),
        FieldSpec("email", QT_TRANSLATE_NOOP("actions", "Thư điện tử")),
        FieldSpec("reason", QT_TRANSLATE_NOOP("actions", "Lý do đính chính"), required=True),
    ), "Alt+E"),
    ActionSpec("attach", QT_TRANSLATE_NOOP("actions", "Đính kèm bản quét…"), EventKind.ATTACHMENT_ADDED, (), "Alt+S"),
)
ACTIONS_BY_KEY = {a.key: a for a in ACTIONS}


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


class ActionDialog(QDialog):
    """Asks for an action's inputs; checks required fields before closing (Vietnamese messages)."""

    def __init__(self, spec: ActionSpec, initial: dict[str, Any] | None = None,
                 parent: QWidget | None = None,
                 check: Callable[[dict[str, Any]], str | None] | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._check = check
        self.setWindowTitle(tr(spec.label))
        self.setMinimumWidth(480)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        initial = initial or {}
        for f in spec.fields:
            editor: QWidget
            if f.kind in ("multiline", "lines"):
                editor = QPlainTextEdit(self)
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(90)
                editor.setPlainText(str(initial.get(f.key, "")))
            elif f.kind == "choice":
                editor = QComboBox(self)
                if f.explicit:
                    editor.addItem(QCoreApplication.translate("actions", "— Chọn —"), None)
                for value, text in f.choices:
                    editor.addItem(QCoreApplication.translate("labels", text)
                                   if value in labels.OUTCOME or value in labels.RETURN_METHOD
                                   or value in labels.RATING else tr(text), value)
                if f.key in initial:
                    editor.setCurrentIndex(max(0, editor.findData(initial[f.key])))
            elif f.kind == "date":
                editor = DateField(None, self)
                editor.setDisplayFormat("dd/MM/yyyy")
                editor.setCalendarPopup(True)
                day = initial.get(f.key)
                editor.setDate(QDate(day) if isinstance(day, dt.date) else QDate.currentDate())
            elif f.kind == "password":  # the approver or signer confirms at this desk
                editor = QLineEdit(self)
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            else:
                editor = QLineEdit(self)
                editor.setText(str(initial.get(f.key, "")))
            editor.setObjectName(f"action_{f.key}")
            self.editors[f.key] = editor
            form.addRow(tr(f.label) + (" *" if f.required else ""), editor)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            w = self.editors[f.key]
            if isinstance(w, QPlainTextEdit):
                text = w.toPlainText().strip()
                out[f.key] = [line.strip() for line in text.splitlines() if line.strip()] \
                    if f.kind == "lines" else text
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentData()
            elif isinstance(w, DateField):
                out[f.key] = w.date().toPython()
            elif isinstance(w, QLineEdit):
                out[f.key] = w.text() if f.kind == "password" else w.text().strip()
        return out

    def problem(self) -> str | None:
        vals = self.values()
        for f in self.spec.fields:
            if f.required and not vals.get(f.key):
                return QCoreApplication.translate("actions", "Chưa nhập: %1").replace("%1", tr(f.label))
        return self._check(vals) if self._check else None

    def _on_buttons_accepted(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            return
        self.accept()
