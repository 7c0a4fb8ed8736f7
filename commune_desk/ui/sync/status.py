"""Status-bar widget: online/offline and the number of events waiting for the server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.ui.sync.loop import HELD, NOT_ENROLLED, OFFLINE, ONLINE, SYNCING, SyncLoop

STATE_TEXT = {
    ONLINE: (QT_TRANSLATE_NOOP("SyncStatusWidget", "Trực tuyến"), "#1e7b34"),
    OFFLINE: (QT_TRANSLATE_NOOP("SyncStatusWidget", "Ngoại tuyến"), "#a15c00"),
    SYNCING: (QT_TRANSLATE_NOOP("SyncStatusWidget", "Đang đồng bộ"), "#2f6fb0"),
    HELD: (QT_TRANSLATE_NOOP("SyncStatusWidget", "Tạm dừng đồng bộ"), "#a00000"),
    NOT_ENROLLED: (QT_TRANSLATE_NOOP("SyncStatusWidget", "Chưa đăng ký máy chủ"), "#666666"),
    "refused": (QT_TRANSLATE_NOOP("SyncStatusWidget", "Lỗi đồng bộ"), "#a00000"),
}


def may_enrol(actor: Any) -> bool:
    """Enrolling the desk with a sync server is an administrator's job (the panel's form)."""
    from commune_desk.domain.permissions import Action, can

    return actor is None or can(actor, Action.MANAGE_USERS)


def enrol_needs_admin_text() -> str:
    """What a clerk is told on a desk that is not enrolled: who enrols it, and how."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "SyncPanel",
        "Máy này chưa được đăng ký với máy chủ đồng bộ, nên chưa gửi và nhận hồ sơ (hồ sơ vẫn "
        "được ghi trên máy này và sẽ gửi lên sau khi đăng ký). Chỉ quản trị viên được đăng ký "
        "máy: quản trị viên đăng nhập (Hệ thống › Đổi người dùng…), mở màn hình Đồng bộ "
        "(Ctrl+5) rồi nhập địa chỉ máy chủ và mã đăng ký máy do tỉnh cấp, bấm “Đăng ký”.")


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class SyncStatusWidget(QWidget):
    """Constructor-injected: ``SyncStatusWidget(store, runner, actor, parent, loop=loop,
    events=events)``.

    It watches the desk's one ``SyncLoop``, built by the composition root (``app.py``), and
    the desk's bus (``DeskEvents.changed``): after every local write and every sync round the
    "chờ gửi" count is read again on a worker. "Đồng bộ ngay" on a desk that is not enrolled
    emits ``enrol_requested`` (the main window opens the sync panel and its enrolment form)."""

    enrol_requested = Signal()

    def __init__(self, store: Any, runner: Any = None, actor: Any = None,
                 parent: QWidget | None = None, *, loop: SyncLoop, events: Any = None) -> None:
        super().__init__(parent)
        self.loop = loop
        self._store = store
        self._runner = runner
        self.enrolled: bool | None = None  # unknown until the first summary
        self.state_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.sync_button = QToolButton(self)
        self.sync_button.setText(self.tr("Đồng bộ ngay"))
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        # Writes come in bursts (a save announces once per dossier): one read per burst.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.sync_button)
        self.loop.state_changed.connect(self._on_loop_state_changed, Qt.ConnectionType.QueuedConnection)
        self.loop.summary_changed.connect(self._on_loop_summary_changed,
                                          Qt.ConnectionType.QueuedConnection)
        self.loop.round_finished.connect(self._on_round_finished,
                                         Qt.ConnectionType.QueuedConnection)
        if events is not None:
            events.changed.connect(self._on_desk_changed)
        self._on_loop_state_changed(self.loop.state, "")
        self.pending = 0
        self.refresh()

    def refresh(self) -> None:
        """Read ``sync_summary`` again on a worker; the label changes when it arrives."""
        if self._runner is None:
            return
        from commune_desk.services.sync import sync_summary

        store, clock = self._store, self.loop.clock
        self._runner.submit(lambda _t: sync_summary(store, clock), self._on_loop_summary_changed)

    def _on_desk_changed(self, _changes: Any) -> None:
        self._refresh_timer.start()

    def _on_round_finished(self, _report: Any) -> None:
        self._refresh_timer.start()

    def _on_sync_button_clicked(self) -> None:
        if self.enrolled is False or self.loop.state == NOT_ENROLLED:
            self.enrol_requested.emit()  # nothing to sync with yet: enrol first
            return
        self.loop.sync_now()

    def _on_loop_state_changed(self, state: str, message: str) -> None:
        text, colour = STATE_TEXT.get(state, (state, "#000000"))
        text = self.tr(text)
        self.state_label.setText(f'<span style="color:{colour}">●</span> {text}')
        self.state_label.setToolTip(message)
        self.state = state

    def _on_loop_summary_changed(self, summary: Any) -> None:
        self.pending = int(summary.pending)
        self.enrolled = bool(getattr(summary, "enrolled", True))
        clock = getattr(summary, "clock_warning", None)
        self.pending_label.setText(self.tr("%1 chờ gửi").replace("%1", vn_int(summary.pending))
                                   + (" · " + self.tr("%1 bị giữ lại").replace(
                                       "%1", vn_int(summary.quarantined))
                                      if summary.quarantined else "")
                                   + (" · " + self.tr("đồng hồ máy lệch") if clock else ""))
        self.pending_label.setToolTip(clock or "")
