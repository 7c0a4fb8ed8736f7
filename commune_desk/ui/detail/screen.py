"""Dossier detail: header, due moment and remaining working time, timeline, allowed actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.lifecycle import vn_moment
from commune_desk.domain.permissions import ACTION_LABELS, ROLE_LABELS, Action, Role, can_role
from commune_desk.domain.text import fold
from commune_desk.services.changes import Changes
from commune_desk.ui import labels, operations
from commune_desk.ui.context import DeskContext
from commune_desk.ui.detail.actions import ACTIONS, ACTIONS_BY_KEY, ActionDialog, ActionSpec, tr
from commune_desk.ui.detail.timeline import TimelineModel
from commune_desk.ui.i18n import (
    QT_TRANSLATE_NOOP,
    fmt_date,
    fmt_money,
    fmt_working_minutes,
    parse_vn_date,
)
from commune_desk.ui.messages import tr_message, ui_message
from commune_desk.ui.textsize import scaled_px

# Action key → (service function name, how the dialog's values become its arguments).
SERVICE_CALLS: dict[str, str] = {
    "assign": "assign_dossier",
    "request_supplement": "request_supplement",
    "receive_supplement": "receive_supplement",
    "refuse": "refuse_dossier",
    "reschedule": "reschedule_dossier",
    "resolve": "resolve_dossier",
    "return": "return_result",
    "withdraw": "withdraw_dossier",
    "rate": "rate_dossier",
    "correct": "correct_applicant",
}
APPLICANT_KEYS = ("name", "id_number", "birth_date", "phone", "address", "email")


# Titles of the forms (as services.printing names them; not imported: it pulls reportlab in).
FORM_LABELS = {
    "01": QT_TRANSLATE_NOOP("forms", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    "02": QT_TRANSLATE_NOOP("forms", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "03": QT_TRANSLATE_NOOP("forms", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "04": QT_TRANSLATE_NOOP("forms", "Văn bản xin lỗi và hẹn lại ngày trả kết quả"),
    "05": QT_TRANSLATE_NOOP("forms", "Thông báo dừng giải quyết hồ sơ"),
    "06": QT_TRANSLATE_NOOP("forms", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
    "07": QT_TRANSLATE_NOOP("forms", "Sổ theo dõi hồ sơ (dòng của hồ sơ này)"),
    "TL": QT_TRANSLATE_NOOP("forms", "Văn bản trả lời (không giải quyết hồ sơ)"),
}
# The paper each action asks for (Nghị định 61/2018 forms): offered once the event is saved.
# Action fields that name a person, and what that person's role must allow (None: any active user).
PERSON_FIELDS: dict[str, Action | None] = {
    "to": None, "second_request_approved_by": Action.APPROVE_SECOND_SUPPLEMENT,
    "signed_by": Action.SIGN_APOLOGY,
}
FORM_AFTER = {"request_supplement": "02", "refuse": "03", "reschedule": "04", "withdraw": "05"}


def form_after(key: str, values: dict[str, Any], handed_over: bool) -> str | None:
    """The paper an action asks for. A refusal after the dossier was handed over, or a
    resolution "denied", is a decision not to grant: the reply letter (TL), not form 03."""
    if key == "resolve":
        return "TL" if values.get("outcome") == "denied" else None
    if key == "refuse" and handed_over:
        return "TL"
    return FORM_AFTER.get(key)


class DetailScreen(QWidget):
    """Shows one dossier; every action runs on the write lane and then reloads this dossier."""

    loaded = Signal(object)  # operations.DossierDetail
    action_done = Signal(str)  # action key
    action_failed = Signal(str, str)  # action key, Vietnamese message
    back_requested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dossier_id: str | None = None
        self.detail: operations.DossierDetail | None = None
        self._generation = 0
        self._busy = False
        self.people: list[Any] | None = None  # services.accounts.UserRow, loaded on a worker

        self.back_button = QPushButton(self.tr("← Danh sách (Alt+←)"), self)
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.clicked.connect(self.back_requested)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("detailCode")
        self.code_label.setStyleSheet(f"font-size: {scaled_px(20)}px; font-weight: 600;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("detailStatus")
        self.status_label.setStyleSheet(f"font-size: {scaled_px(15)}px; font-weight: 600; padding: 2px 8px;"
                                        " border-radius: 4px; background: #e8f0fe;")
        self.procedure_label = QLabel(self)
        self.procedure_label.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("detailDue")
        self.due_label.setStyleSheet(f"font-size: {scaled_px(16)}px; font-weight: 600;")
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("detailRemaining")
        self.due_note = QLabel(self)
        self.due_note.setWordWrap(True)
        self.due_note.setStyleSheet("color: #444;")

        self.info = QFormLayout()
        self.info_labels: dict[str, QLabel] = {}
        for key, caption in (("applicant", self.tr("Người nộp")),
                             ("id_number", self.tr("Số định danh")),
                             ("birth_date", self.tr("Ngày sinh")),
                             ("phone", self.tr("Điện thoại")),
                             ("address", self.tr("Địa chỉ")),
                             ("email", self.tr("Thư điện tử")),
                             ("channel", self.tr("Hình thức nộp")),
                             ("units", self.tr("Tiếp nhận / giải quyết")),
                             ("fee", self.tr("Phí, lệ phí")),
                             ("assignee", self.tr("Người đang xử lý")),
                             ("rating", self.tr("Đánh giá"))):
            lab = QLabel(self)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_labels[key] = lab
            self.info.addRow(caption, lab)
        info_box = QGroupBox(self.tr("Thông tin hồ sơ"), self)
        info_box.setLayout(self.info)

        self.timeline = TimelineModel(self)
        self.timeline_view = QTableView(self)
        self.timeline_view.setObjectName("detailTimeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setWordWrap(True)
        th = self.timeline_view.horizontalHeader()
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        th.setStretchLastSection(True)
        timeline_box = QGroupBox(self.tr("Quá trình giải quyết"), self)
        QVBoxLayout(timeline_box).addWidget(self.timeline_view)

        self.attachments = QListWidget(self)
        self.attachments.setObjectName("detailAttachments")
        self.attachments.setMaximumHeight(90)
        attach_box = QGroupBox(self.tr("Bản quét đính kèm"), self)
        QVBoxLayout(attach_box).addWidget(self.attachments)

        self.action_buttons: dict[str, QPushButton] = {}
        actions_box = QGroupBox(self.tr("Thao tác"), self)
        grid = QGridLayout(actions_box)
        for i, spec in enumerate(ACTIONS):
            button = QPushButton(f"{tr(spec.label)}  ({spec.shortcut})", self)
            button.setObjectName(f"action_{spec.key}")
            if spec.shortcut:
                button.setShortcut(QKeySequence(spec.shortcut))
            button.clicked.connect(lambda _=False, k=spec.key: self.open_action(k))
            grid.addWidget(button, i // 2, i % 2)
            self.action_buttons[spec.key] = button
        self.print_buttons: dict[str, QPushButton] = {}
        for form_no, caption in (("01", self.tr("In giấy tiếp nhận (01)")),
                                 ("06", self.tr("In phiếu kiểm soát (06)"))):
            b = QPushButton(caption, self)
            b.setObjectName(f"print_{form_no}")
            b.setEnabled(False)  # until a dossier is shown
            b.clicked.connect(lambda _=False, f=form_no: self._print(f))
            grid.addWidget(b, (len(ACTIONS) + 1) // 2, 0 if form_no == "01" else 1)
            self.print_buttons[form_no] = b
        self.forms_button = QPushButton(self.tr("In mẫu…"), self)  # forms 01–07 and TL
        self.forms_button.setObjectName("printForms")
        self.forms_menu = QMenu(self.forms_button)
        self.form_actions: dict[str, QAction] = {}
        for form_no in FORM_LABELS:
            act = self.forms_menu.addAction(
                f"{form_no} — " + QCoreApplication.translate("forms", FORM_LABELS[form_no]))
            act.triggered.connect(lambda _=False, f=form_no: self._print(f))
            self.form_actions[form_no] = act
        self.forms_button.setMenu(self.forms_menu)
        self.forms_button.setEnabled(False)
        grid.addWidget(self.forms_button, (len(ACTIONS) + 1) // 2 + 1, 0, 1, 2)
        self.message = QLabel(self)
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)
        # After an action that has its paper (02, 03, 04, 05) the form is offered right here.
        self.form_offer = QPushButton(self)
        self.form_offer.setObjectName("formOffer")
        self.form_offer.setVisible(False)
        self.form_offer.clicked.connect(self._on_form_offer_clicked)
        self.offered_form: str | None = None
        # An overdue dossier says what the law asks next and offers it.
        self.overdue_hint = QLabel(self)
        self.overdue_hint.setObjectName("detailOverdue")
        self.overdue_hint.setWordWrap(True)
        self.overdue_hint.setStyleSheet("color: #b00020; font-weight: 600;")
        self.overdue_hint.setVisible(False)
        self.overdue_button = QPushButton(self.tr("Lập văn bản xin lỗi, hẹn lại (mẫu 04)…"), self)
        self.overdue_button.setObjectName("overdueApology")
        self.overdue_button.setVisible(False)
        self.overdue_button.clicked.connect(lambda: self.open_action("reschedule"))

        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addSpacing(10)
        head.addWidget(self.code_label)
        head.addWidget(self.status_label)
        head.addStretch(1)
        due_box = QVBoxLayout()
        due_box.addWidget(self.due_label)
        due_box.addWidget(self.remaining_label)
        due_box.addWidget(self.due_note)
        due_box.addWidget(self.overdue_hint)
        due_box.addWidget(self.overdue_button)
        left = QVBoxLayout()
        left.addWidget(self.procedure_label)
        left.addLayout(due_box)
        left.addWidget(info_box)
        left.addWidget(attach_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(actions_box)
        right.addWidget(self.message)
        right.addWidget(self.form_offer)
        right.addWidget(timeline_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        ctx.events.changed.connect(self._on_events_changed)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------
    def load_people(self) -> None:
        """The active accounts (hand-over, approvals, signatures), read on a worker."""
        from commune_desk.services.accounts import Accounts

        store = self.ctx.store
        self.ctx.runner.submit(lambda _t: Accounts(engine=store.engine).colleagues(),
                               self._on_people_loaded, on_error=lambda _exc: None)

    def _on_people_loaded(self, people: list[Any]) -> None:
        self.people = list(people)

    def people_for(self, key: str) -> list[Any]:
        action = PERSON_FIELDS[key]
        return [p for p in self.people or []
                if action is None or can_role(p.role, action)]

    @staticmethod
    def person_text(p: Any) -> str:
        return f"{p.full_name} ({p.login})"

    def resolve_person(self, key: str, text: str) -> str | None:
        """The login a typed or picked name stands for, among the users allowed for ``key``."""
        text = " ".join(str(text).split())
        candidates = self.people_for(key)
        for p in candidates:
            if text in (p.login, self.person_text(p), p.full_name):
                return str(p.login)
        folded = fold(text)
        hits = [p for p in candidates if folded and folded in fold(self.person_text(p))]
        return str(hits[0].login) if len(hits) == 1 else None

    def show_dossier(self, dossier_id: str) -> None:
        if self.people is None:
            self.load_people()
        self.dossier_id = dossier_id
        self.message.setText("")
        self.reload()

    def reload(self) -> None:
        if self.dossier_id is None:
            return
        self._generation += 1
        gen = self._generation
        dossier_id = self.dossier_id
        self.ctx.runner.submit(lambda _t: operations.load_detail(self.ctx, dossier_id),
                               lambda d: self._on_loaded(gen, d),
                               on_error=lambda exc: self._on_load_failed(gen, exc))

    def _on_load_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._set_message(ui_message(exc), error=True)

    def _on_loaded(self, gen: int, detail: operations.DossierDetail) -> None:
        if gen != self._generation:
            return
        self.detail = detail
        s = detail.state
        a = s.applicant
        self.code_label.setText(s.code)
        self.status_label.setText(labels.label(labels.STATUS, s.status))
        self.procedure_label.setText(f"<b>{s.procedure_name}</b> — {s.field}")
        if s.due_at:
            self.due_label.setText(self.tr("Hẹn trả: %1").replace("%1", vn_moment(s.due_at)))
        else:
            self.due_label.setText(self.tr("Chưa có ngày hẹn"))
        notes = []
        if s.original_due_at and s.original_due_at != s.due_at:
            notes.append(self.tr("Hẹn ban đầu: %1 (đã hẹn lại %2 lần)")
                         .replace("%1", vn_moment(s.original_due_at))
                         .replace("%2", str(s.reschedule_count)))
        if s.paused_since:
            notes.append(self.tr("Đang dừng tính thời gian từ %1 (chờ bổ sung).")
                         .replace("%1", vn_moment(s.paused_since)))
        if s.finished_at:
            notes.append(self.tr("Kết thúc lúc %1 — %2").replace("%1", vn_moment(s.finished_at))
                         .replace("%2", labels.label(labels.VERDICT, s.verdict)))
        rule = detail.received_payload.get("due_rule")
        if rule:
            notes.append(str(rule))
        self.due_note.setText(tr_message("\n".join(notes)))
        if detail.remaining_minutes is not None:
            text = fmt_working_minutes(detail.remaining_minutes)
            colour = "#b00020" if detail.remaining_minutes < 0 else (
                "#a15c00" if detail.remaining_minutes <= 480 else "#26734d")
            self.remaining_label.setText(text + self.tr(" (giờ làm việc)"))
            self.remaining_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        else:
            self.remaining_label.setText("")
        overdue = (detail.remaining_minutes is not None and detail.remaining_minutes < 0
                   and not s.finished_at)
        self.overdue_hint.setVisible(overdue)
        if overdue:
            self.overdue_hint.setText(self.tr(
                "Quá hạn. Việc phải làm: gửi công dân văn bản xin lỗi và hẹn lại ngày trả kết quả "
                "(Mẫu số 04, Nghị định 61/2018/NĐ-CP), do người đứng đầu cơ quan giải quyết ký, "
                "ghi ngày hẹn mới."))
        self.overdue_button.setVisible(
            overdue and ACTIONS_BY_KEY["reschedule"].allowed(s, self.ctx.actor.role))
        birth = a.get("birth_date") or ""
        fee_method = labels.label(labels.PAYMENT, s.fee_method) if s.fee_method else ""
        values = {
            "applicant": a.get("name", ""),
            "id_number": a.get("id_number", ""),
            "birth_date": fmt_date(dt.date.fromisoformat(birth)) if birth else "",
            "phone": a.get("phone", ""),
            "address": a.get("address", ""),
            "email": a.get("email", ""),
            "channel": labels.label(labels.CHANNEL, s.channel) + " → " + labels.label(
                labels.RETURN_METHOD, detail.received_payload.get("return_method")),
            "units": f"{s.receiving_unit or ''} / {s.deciding_unit or ''}",
            "fee": fmt_money(s.fee_amount) + (f" ({fee_method})" if fee_method and s.fee_amount
                                               else ""),
            "assignee": s.assignee or self.tr("(chưa phân công)"),
            "rating": labels.label(labels.RATING, s.rating) or self.tr("(chưa đánh giá)"),
        }
        for key, lab in self.info_labels.items():
            lab.setText(values.get(key, ""))
        self.timeline.set_entries(detail.timeline)
        self.timeline_view.scrollToBottom()
        self.attachments.clear()
        for att in detail.attachments:
            self.attachments.addItem(f"{att.get('name', '')} · {int(att.get('size', 0)) // 1024} KB"
                                     f" · sha256 {str(att.get('sha256', ''))[:12]}…")
        self._update_buttons()
        self.loaded.emit(detail)

    def _update_buttons(self) -> None:
        state = self.detail.state if self.detail else None
        for key, button in self.action_buttons.items():
            spec = ACTIONS_BY_KEY[key]
            allowed = state is not None and spec.allowed(state, self.ctx.actor.role) and not self._busy
            button.setEnabled(allowed)
            button.setToolTip(self._why_disabled(spec, state) if not allowed else tr(spec.label))
        for b in self.print_buttons.values():
            b.setEnabled(state is not None)
        self.forms_button.setEnabled(state is not None)

    def _why_disabled(self, spec: ActionSpec, state: Any) -> str:
        """The tooltip of a disabled action: who may do it, or why not now."""
        what = tr(spec.label).lower()
        if state is None:
            return self.tr("Mở một hồ sơ để %1.").replace("%1", what)
        if self._busy:
            return self.tr("Đang lưu thao tác trước…")
        roles = [r for r in Role if spec.allowed(state, r)]
        if roles and self.ctx.actor.role not in roles:
            if roles == [Role.LEADER]:
                return self.tr("Chỉ lãnh đạo được %1.").replace("%1", what)
            names = ", ".join(QCoreApplication.translate("labels", ROLE_LABELS[r]).lower()
                              for r in roles)
            return self.tr("Chỉ %1 được %2.").replace("%1", names).replace("%2", what)
        return (self.tr("Hồ sơ đang ở trạng thái “%1”: không thể %2.")
                .replace("%1", labels.label(labels.STATUS, state.status)).replace("%2", what))

    def _on_form_offer_clicked(self) -> None:
        if self.offered_form is not None:
            self._print(self.offered_form)

    def allowed_actions(self) -> list[str]:
        return [k for k, b in self.action_buttons.items() if b.isEnabled()]

    # --- actions ----------------------------------------------------------------------------
    def _initial(self, spec: ActionSpec) -> dict[str, Any]:
        assert self.detail is not None
        s = self.detail.state
        if spec.key == "correct":
            a = dict(s.applicant)
            if a.get("birth_date"):
                a["birth_date"] = fmt_date(dt.date.fromisoformat(a["birth_date"]))
            return a
        if spec.key == "reschedule" and s.due_at and self.ctx.calendar:
            try:
                cal = self.ctx.calendar()
                return {"new_due": cal.add_working_days(dt.date.fromisoformat(s.due_at[:10]), 2),
                        "signed_by": ""}
            except ValueError:
                return {}
        if spec.key == "return":
            return {"method": self.detail.received_payload.get("return_method", "counter")}
        return {}

    def check_values(self, key: str, values: dict[str, Any]) -> str | None:
        """Checks the desk makes before calling the service (the calendar for a new date)."""
        if key == "reschedule":
            day = values.get("new_due")
            if not isinstance(day, dt.date):
                return self.tr("Chưa chọn ngày hẹn mới.")
            if self.ctx.calendar is not None:
                try:
                    cal = self.ctx.calendar()
                    if not cal.is_working_day(day):
                        reason = cal.day_reason(day) or self.tr("ngày nghỉ")
                        return (self.tr("Ngày %1 là ngày nghỉ (%2); hãy chọn ngày làm việc.")
                                .replace("%1", fmt_date(day)).replace("%2", reason))
                except ValueError as exc:  # CalendarError: a year the data does not cover
                    return ui_message(exc)
            state = self.detail.state if self.detail else None
            if state is not None and state.due_at and day <= dt.date.fromisoformat(state.due_at[:10]):
                return (self.tr("Ngày hẹn mới phải sau ngày hẹn hiện tại (%1).")
                        .replace("%1", vn_moment(state.due_at)))
        if key == "correct":
            birth = str(values.get("birth_date") or "")
            if birth and parse_vn_date(birth) is None:
                return self.tr("Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.")
        return None

    def open_action(self, key: str) -> None:
        if self.detail is None or self._busy:
            return
        spec = ACTIONS_BY_KEY[key]
        if not spec.allowed(self.detail.state, self.ctx.actor.role):
            return
        if key == "attach":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn bản quét"), "",
                self.tr("Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)"))
            if path:
                self.perform("attach", {"path": path})
            return
        dialog = ActionDialog(spec, self._initial(spec), self,
                              check=lambda vals: self.check_values(key, vals))
        for field_key in PERSON_FIELDS:
            editor = dialog.editors.get(field_key)
            if isinstance(editor, QLineEdit):
                completer = QCompleter([self.person_text(p) for p in self.people_for(field_key)],
                                       editor)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                editor.setCompleter(completer)
                editor.setPlaceholderText(self.tr("Gõ vài chữ của họ tên, chọn trong danh sách"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.perform(key, dialog.values())

    def _service_kwargs(self, key: str, values: dict[str, Any]) -> dict[str, Any]:
        assert self.detail is not None
        if key == "reschedule":
            day: dt.date = values["new_due"]
            closing = None
            if self.ctx.calendar is not None:
                closing = self.ctx.calendar().closing(day)
            new_due = closing or dt.datetime.combine(day, dt.time(17, 0))
            return {"reason": values["reason"], "new_due_at": new_due,
                    "signed_by": values["signed_by"],
                    "signer_password": values.get("signer_password") or None}
        if key == "correct":
            current = self.detail.state.applicant
            changes: dict[str, str] = {}
            for k in APPLICANT_KEYS:
                value = str(values.get(k, "")).strip()
                if k == "birth_date" and value:
                    parsed = parse_vn_date(value)
                    value = parsed.isoformat() if parsed else value
                if value != (current.get(k) or ""):
                    changes[k] = value
            return {"changes": changes, "reason": values["reason"]}
        if key == "request_supplement":
            kwargs = {"items": values["items"], "reason": values["reason"],
                      "legal_basis": values.get("legal_basis", "")}
            if values.get("second_request_approved_by"):
                kwargs["second_request_approved_by"] = values["second_request_approved_by"]
                kwargs["approver_password"] = values.get("approver_password") or None
            return kwargs
        return dict(values)

    def perform(self, key: str, values: dict[str, Any]) -> None:
        """Run one action on the write lane with the given inputs (dialogs and tests call this)."""
        if self.detail is None or self.dossier_id is None:
            return
        dossier_id = self.dossier_id
        message = self.check_values(key, values)
        if message:
            self._fail(key, message)
            return
        values = dict(values)
        for field_key in PERSON_FIELDS:
            typed = str(values.get(field_key) or "").strip()
            if field_key not in values or (not typed and field_key == "second_request_approved_by"):
                continue
            login = self.resolve_person(field_key, typed)
            if login is None:
                needed = PERSON_FIELDS[field_key]
                who = (self.tr("người dùng đang hoạt động") if needed is None
                       else self.tr("người dùng có quyền %1").replace(
                           "%1", QCoreApplication.translate("labels", ACTION_LABELS[needed])))
                self._fail(key, self.tr("“%1” không phải %2; hãy gõ vài chữ của họ tên rồi chọn "
                                        "trong danh sách.").replace("%1", typed).replace("%2", who))
                return
            values[field_key] = login
        if key == "attach":
            def job(token: Any) -> Any:
                return operations.attach_file(self.ctx, dossier_id, values["path"], token)
        else:
            kwargs = self._service_kwargs(key, values)
            if key == "correct" and not kwargs["changes"]:
                self._fail(key, self.tr("Không có thông tin nào thay đổi."))
                return
            name = SERVICE_CALLS[key]

            def job(token: Any) -> Any:
                return operations.run_action(self.ctx, name, dossier_id, **kwargs)

        self._busy = True
        self._update_buttons()
        self._set_message(self.tr("Đang lưu…"))
        # The service's Changes go on the bus after success: this screen reloads with the rest.
        handed_over = self.detail is not None and any(
            e.kind == "assigned" for e in self.detail.timeline)
        offer = form_after(key, values, handed_over)
        self.ctx.write(job, lambda _r: self._on_action_done(key, offer),
                       on_error=lambda exc: self._fail(key, ui_message(exc)),
                       changes=Changes(dossier_ids=(dossier_id,)))

    def _on_action_done(self, key: str, form_no: str | None = None) -> None:
        self._busy = False
        spec = ACTIONS_BY_KEY[key]
        self._set_message(self.tr("Đã ghi: %1.").replace("%1", tr(spec.label)))
        self.offered_form = form_no
        if form_no == "TL":
            self.form_offer.setText(self.tr("Xem và in %1").replace(
                "%1", QCoreApplication.translate("forms", FORM_LABELS[form_no])))
        elif form_no is not None:
            self.form_offer.setText(self.tr("Xem và in mẫu số %1 — %2").replace("%1", form_no)
                                    .replace("%2", QCoreApplication.translate(
                                        "forms", FORM_LABELS[form_no])))
        self.form_offer.setVisible(form_no is not None)
        if form_no is not None:  # keyboard first: Space (or Alt+M, "mẫu") opens the offered form
            self.form_offer.setShortcut(QKeySequence("Alt+M"))  # after setText, which resets it
            self.form_offer.setFocus()
        self.action_done.emit(key)

    def _fail(self, key: str, message: str) -> None:
        self._busy = False
        self._update_buttons()
        self._set_message(message, error=True)
        self.action_failed.emit(key, message)

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #26734d;")

    def _on_events_changed(self, changes: Changes) -> None:
        # Its own action, another screen's, a colleague's event pulled by sync, a new calendar
        # (the time left moves): all reload this dossier.
        if changes.touches(self.dossier_id) or (self.dossier_id and changes.calendar):
            self.reload()

    def _print(self, form_no: str) -> None:
        if self.detail is not None:
            operations.open_receipt_preview(self, self.ctx, self.detail.state.code, form_no)
