"""Sync panel: server, what is pending, recent failures, and quarantined events with reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.ui.messages import ui_message
from commune_desk.ui.sync.loop import SyncLoop
from commune_desk.ui.sync.status import STATE_TEXT, enrol_needs_admin_text, may_enrol, vn_int

KIND_TEXT = {"received": QT_TRANSLATE_NOOP("SyncPanel", "Tiếp nhận"),
             "assigned": QT_TRANSLATE_NOOP("SyncPanel", "Chuyển xử lý"),
             "resolved": QT_TRANSLATE_NOOP("SyncPanel", "Có kết quả"),
             "returned": QT_TRANSLATE_NOOP("SyncPanel", "Trả kết quả"),
             "refused": QT_TRANSLATE_NOOP("SyncPanel", "Từ chối"),
             "withdrawn": QT_TRANSLATE_NOOP("SyncPanel", "Rút hồ sơ"),
             "obstacle_reported": QT_TRANSLATE_NOOP("SyncPanel", "Báo vướng mắc"),
             "obstacle_answered": QT_TRANSLATE_NOOP("SyncPanel", "Tỉnh trả lời"),
             "obstacle_closed": QT_TRANSLATE_NOOP("SyncPanel", "Đóng vướng mắc")}


def vn_moment(text: str | None) -> str:
    if not text:
        return "—"
    date, _, clock = text.partition("T")
    y, m, d = date.split("-")
    return f"{clock[:5]} {d}/{m}/{y}"


class SyncPanel(QWidget):
    """``SyncPanel(store, runner, actor, parent, loop=loop)``; reads go through ``runner``.

    The loop is the desk's one ``SyncLoop``, built by the composition root (``app.py``)."""

    def __init__(self, store: Any, runner: Any, actor: Any = None,
                 parent: QWidget | None = None, *, loop: SyncLoop) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.loop = loop
        self.state_label = QLabel(self)
        self.server_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_label = QLabel(self)
        self.hold_label = QLabel(self)
        self.hold_label.setWordWrap(True)
        self.hold_label.setStyleSheet("color:#a00000")
        form = QFormLayout()
        form.addRow(self.tr("Tình trạng:"), self.state_label)
        form.addRow(self.tr("Máy chủ:"), self.server_label)
        form.addRow(self.tr("Chờ gửi:"), self.pending_label)
        form.addRow(self.tr("Đồng bộ xong gần nhất:"), self.last_label)
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"), self)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.failures = QListWidget(self)
        self.failures.setAccessibleName(self.tr("Lần đồng bộ không thành công gần đây:"))
        self.quarantine = QTableWidget(0, 4, self)
        self.quarantine.setAccessibleName(self.tr("Sự kiện bị giữ lại (không mất, cần cán bộ xem xét):"))
        self.quarantine.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Chiều"),
                                                   self.tr("Loại sự kiện"), self.tr("Lý do")])
        self.quarantine.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.quarantine.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        # Enrolment after an offline set-up (administrator): same token the province issued.
        self.enrol_box = QGroupBox(self.tr("Đăng ký máy với máy chủ đồng bộ"), self)
        self.enrol_url = QLineEdit(self.enrol_box)
        self.enrol_url.setPlaceholderText("https://dongbo.nghean.gov.vn")
        self.enrol_token = QLineEdit(self.enrol_box)
        self.enrol_token.setPlaceholderText("CD1-…")
        self.enrol_button = QPushButton(self.tr("Đăng ký"), self.enrol_box)
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.enrol_message = QLabel(self.enrol_box)
        self.enrol_message.setWordWrap(True)
        ef = QFormLayout(self.enrol_box)
        ef.addRow(self.tr("Địa chỉ máy chủ"), self.enrol_url)
        ef.addRow(self.tr("Mã đăng ký máy"), self.enrol_token)
        ef.addRow("", self.enrol_button)
        ef.addRow(self.enrol_message)
        self.enrol_box.setVisible(False)
        self._may_enrol = may_enrol(actor)
        self.enrolled: bool | None = None  # unknown until the first summary
        # Others see who enrols the desk and how, instead of a panel with no form.
        self.enrol_help = QLabel(enrol_needs_admin_text(), self)
        self.enrol_help.setObjectName("enrolHelp")
        self.enrol_help.setWordWrap(True)
        self.enrol_help.setStyleSheet("background: #fff4e0; border: 1px solid #e0b060;"
                                      " padding: 8px;")
        self.enrol_help.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.enrol_help)
        layout.addWidget(self.hold_label)
        layout.addWidget(QLabel(self.tr("Lần đồng bộ không thành công gần đây:"), self))
        layout.addWidget(self.failures, 1)
        layout.addWidget(QLabel(self.tr("Sự kiện bị giữ lại (không mất, cần cán bộ xem xét):"), self))
        layout.addWidget(self.quarantine, 2)
        self.loop.state_changed.connect(self._on_loop_state_changed,
                                        Qt.ConnectionType.QueuedConnection)
        self.loop.summary_changed.connect(self._on_loop_summary_changed,
                                          Qt.ConnectionType.QueuedConnection)
        self._on_loop_state_changed(self.loop.state, "")
        self.refresh()

    def refresh(self) -> None:
        """Read the summary and the quarantine on a worker; fill the panel when they arrive."""
        from commune_desk.services.sync import quarantined_events, sync_summary

        store, clock = self.store, self.loop.clock
        self.runner.submit(lambda _t: (sync_summary(store, clock), quarantined_events(store)),
                           self._on_refresh_done)

    def _on_refresh_done(self, result: Any) -> None:
        summary, quarantined = result
        self._on_loop_summary_changed(summary)
        self.quarantine.setRowCount(len(quarantined))
        for row, q in enumerate(quarantined):
            values = [vn_moment(q.at),
                      self.tr("Máy chủ từ chối") if q.direction == "out"
                      else self.tr("Nhận về không ghi được"),
                      self.tr(KIND_TEXT[q.kind]) if q.kind in KIND_TEXT else (q.kind or ""),
                      q.reason]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(self.tr("Mã sự kiện: %1\nHồ sơ: %2").replace("%1", str(q.event_id))
                                .replace("%2", str(q.dossier_id)))
                self.quarantine.setItem(row, col, item)
        self._fill_failures()

    def _fill_failures(self) -> None:
        self.failures.clear()
        for at, message in reversed(self.loop.failures):
            self.failures.addItem(f"{at} — {message}")

    def _on_sync_button_clicked(self) -> None:
        if self.enrolled is False:  # no server yet: enrolling comes first
            self.enrol_box.setVisible(self._may_enrol)
            self.enrol_help.setVisible(not self._may_enrol)
            if self._may_enrol:
                self.enrol_message.setText(self.tr("Máy chưa đăng ký: nhập địa chỉ máy chủ và "
                                                   "mã đăng ký máy rồi bấm “Đăng ký”."))
                self.enrol_url.setFocus()
            return
        self.loop.sync_now()

    def _on_enrol_button_clicked(self) -> None:
        from commune_desk.services.sync import enroll_desk

        url, token = self.enrol_url.text().strip(), self.enrol_token.text().strip()
        if not url or not token:
            self.enrol_message.setText(self.tr("Cần cả địa chỉ máy chủ và mã đăng ký máy."))
            return
        store = self.store
        self.enrol_button.setEnabled(False)
        self.enrol_message.setText(self.tr("Đang đăng ký…"))
        self.runner.submit(lambda _t: enroll_desk(store, url, token), self._on_enrolled,
                           on_error=self._on_enrol_failed, write=True)

    def _on_enrol_failed(self, exc: BaseException) -> None:

        self.enrol_button.setEnabled(True)
        self.enrol_message.setText(ui_message(exc))

    def _on_enrolled(self, info: Any) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_message.setText(self.tr("Đã đăng ký với máy chủ {0}.").format(info["server_url"]))
        if not self.loop.isRunning():
            self.loop.start()  # stopped with the window / at quit by the composition root
        else:
            self.loop.sync_now()
        self.refresh()

    def _on_loop_state_changed(self, state: str, message: str) -> None:
        text, _colour = STATE_TEXT.get(state, (state, ""))
        text = QCoreApplication.translate("SyncStatusWidget", text)
        self.state_label.setText(f"{text}{' — ' + message if message else ''}")
        self._fill_failures()

    def _on_loop_summary_changed(self, summary: Any) -> None:
        self.server_label.setText(summary.server_url or self.tr("chưa đăng ký (commune-desk enroll)"))
        self.enrolled = bool(summary.enrolled)
        self.enrol_box.setVisible(not summary.enrolled and self._may_enrol)
        self.enrol_help.setVisible(not summary.enrolled and not self._may_enrol)
        self.pending_label.setText(self.tr("%1 sự kiện").replace("%1", vn_int(summary.pending)))
        self.last_label.setText(vn_moment(summary.last_success_at))
        notices = []
        if summary.held:
            notices.append(self.tr("Máy vừa được khôi phục từ bản sao lưu: đồng bộ tạm dừng chờ "
                                   "quản trị viên cho phép."))
        if getattr(summary, "clock_warning", None):
            notices.append(summary.clock_warning)
        self.hold_label.setText("\n".join(notices))
        if summary.quarantined != self.quarantine.rowCount():
            self.refresh()
