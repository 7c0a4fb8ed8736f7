"""Status-bar widget: online/offline and the number of events waiting for the server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from commune_desk.ui.sync.loop import HELD, NOT_ENROLLED, OFFLINE, ONLINE, SYNCING, SyncLoop

STATE_TEXT = {
    ONLINE: ("Trực tuyến", "#1e7b34"),
    OFFLINE: ("Ngoại tuyến", "#a15c00"),
    SYNCING: ("Đang đồng bộ", "#2f6fb0"),
    HELD: ("Tạm dừng đồng bộ", "#a00000"),
    NOT_ENROLLED: ("Chưa đăng ký máy chủ", "#666666"),
    "refused": ("Lỗi đồng bộ", "#a00000"),
}


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class SyncStatusWidget(QWidget):
    """Constructor-injected: ``SyncStatusWidget(store, runner, actor, parent, loop=loop)``.

    It watches the desk's one ``SyncLoop``, built by the composition root (``app.py``)."""

    def __init__(self, store: Any, runner: Any = None, actor: Any = None,
                 parent: QWidget | None = None, *, loop: SyncLoop) -> None:
        super().__init__(parent)
        self.loop = loop
        self.state_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.sync_button = QToolButton(self)
        self.sync_button.setText("Đồng bộ ngay")
        self.sync_button.clicked.connect(self.loop.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.sync_button)
        self.loop.state_changed.connect(self._on_loop_state_changed, Qt.ConnectionType.QueuedConnection)
        self.loop.summary_changed.connect(self._on_loop_summary_changed,
                                          Qt.ConnectionType.QueuedConnection)
        self._on_loop_state_changed(self.loop.state, "")
        self.pending = 0
        if runner is not None:
            from commune_desk.services.sync import sync_summary

            runner.submit(lambda _t: sync_summary(store), self._on_loop_summary_changed)

    def _on_loop_state_changed(self, state: str, message: str) -> None:
        text, colour = STATE_TEXT.get(state, (state, "#000000"))
        self.state_label.setText(f'<span style="color:{colour}">●</span> {text}')
        self.state_label.setToolTip(message)
        self.state = state

    def _on_loop_summary_changed(self, summary: Any) -> None:
        self.pending = int(summary.pending)
        clock = getattr(summary, "clock_warning", None)
        self.pending_label.setText(f"{vn_int(summary.pending)} chờ gửi"
                                   + (f" · {vn_int(summary.quarantined)} bị giữ lại"
                                      if summary.quarantined else "")
                                   + (" · " + self.tr("đồng hồ máy lệch") if clock else ""))
        self.pending_label.setToolTip(clock or "")
