"""Worklist screen: overdue, due today, due within one working day, waiting, assigned to me."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commune_desk.domain.calendar import WEEKDAY_NAMES
from commune_desk.domain.listing import WorklistCounts
from commune_desk.services import listing
from commune_desk.services.changes import Changes
from commune_desk.ui.context import DeskContext
from commune_desk.ui.i18n import QT_TRANSLATE_NOOP, fmt_date, fmt_int
from commune_desk.ui.textsize import scaled_px

BUCKETS: tuple[tuple[str, str, str, str], ...] = (
    # key, title, hint, colour
    ("overdue", QT_TRANSLATE_NOOP("WorklistScreen", "Quá hạn"),
     QT_TRANSLATE_NOOP("WorklistScreen", "Đã qua hẹn trả, chưa có kết quả"), "#b00020"),
    ("due_today", QT_TRANSLATE_NOOP("WorklistScreen", "Đến hạn hôm nay"),
     QT_TRANSLATE_NOOP("WorklistScreen", "Hẹn trả trong ngày hôm nay"), "#c25e00"),
    ("due_soon", QT_TRANSLATE_NOOP("WorklistScreen", "Đến hạn trong 1 ngày làm việc"),
     QT_TRANSLATE_NOOP("WorklistScreen", "Hẹn trả đến hết ngày làm việc kế tiếp"), "#8a6d00"),
    ("waiting_supplement", QT_TRANSLATE_NOOP("WorklistScreen", "Chờ bổ sung"),
     QT_TRANSLATE_NOOP("WorklistScreen", "Đang dừng tính thời gian, chờ công dân bổ sung"),
     "#1a5fb4"),
    ("mine", QT_TRANSLATE_NOOP("WorklistScreen", "Được giao cho tôi"),
     QT_TRANSLATE_NOOP("WorklistScreen", "Hồ sơ đang mở tôi phụ trách"), "#26734d"),
)

# A leader's "assigned to me" are the dossiers handed to them to approve or sign.
LEADER_MINE = (QT_TRANSLATE_NOOP("WorklistScreen", "Chờ tôi duyệt/ký"),
               QT_TRANSLATE_NOOP("WorklistScreen", "Hồ sơ được chuyển đến tôi để duyệt, ký kết quả"))


class _Card(QPushButton):
    """A big clickable tile: count and title."""

    def __init__(self, key: str, title: str, hint: str, colour: str, shortcut: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setMinimumSize(220, 120)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"QPushButton {{ text-align: left; padding: 12px; border: 1px solid #c9ccd1;"
            f" border-left: 6px solid {colour}; border-radius: 6px; background: #ffffff; }}"
            f" QPushButton:focus {{ border: 2px solid {colour}; border-left: 6px solid {colour}; }}"
            f" QPushButton:hover {{ background: #f3f5f8; }}")
        inner = QVBoxLayout(self)
        self.count = QLabel("…", self)
        self.count.setStyleSheet(f"font-size: {scaled_px(30)}px; font-weight: 600; color: {colour};"
                                 " border: none; background: transparent;")
        self.title = QLabel(f"{title}&nbsp; <span style='color:#888'>({shortcut})</span>", self)
        self.title_text = title
        self.setAccessibleName(title)
        self.title.setWordWrap(True)  # a narrow window (1024×600, large text): two lines, not cut
        self.title.setStyleSheet(f"font-size: {scaled_px(15)}px; font-weight: 600; border: none;"
                                 " background: transparent;")
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555; border: none; background: transparent;")
        for w in (self.count, self.title, self.hint):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(w)

    # The tile is as tall as its wrapped title and hint need at its width (large text, narrow
    # window), not the button's one-line text size.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return max(self.minimumHeight(), layout.totalHeightForWidth(width) if layout else 0)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalSizeHint() if layout else super().sizeHint()
        return hint.expandedTo(self.minimumSize())


class WorklistScreen(QWidget):
    """Counts refresh after writes and once a minute (a dossier becomes overdue by itself)."""

    bucket_chosen = Signal(str)
    intake_requested = Signal()
    counts_loaded = Signal(object)
    # Emitted once, queued after the first paint that showed the counts: what waits for the
    # first paint (the other screens, the sync machinery) starts then. A queued timer from
    # ``counts_loaded`` is not enough: Qt posts repaints at low priority, so it ran before.
    counts_painted = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.counts: WorklistCounts | None = None
        self._counts_painted = False
        self.heading = QLabel(self)
        self.heading.setObjectName("worklistHeading")
        self.heading.setStyleSheet(f"font-size: {scaled_px(20)}px; font-weight: 600;")
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #444;")
        grid = QGridLayout()
        grid.setSpacing(14)
        self.cards: dict[str, _Card] = {}
        leader = getattr(ctx.actor.role, "value", ctx.actor.role) == "leader"
        for i, (key, title, hint, colour) in enumerate(BUCKETS):
            if key == "mine" and leader:
                title, hint = LEADER_MINE
            card = _Card(key, self.tr(title), self.tr(hint), colour, f"Alt+{i + 1}", self)
            card.clicked.connect(lambda _=False, k=key: self.bucket_chosen.emit(k))
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, card.click)
            grid.addWidget(card, i // 3, i % 3)
            self.cards[key] = card
            card.count.installEventFilter(self)
        self.intake_button = QPushButton(self.tr("+  Tiếp nhận hồ sơ mới (Ctrl+N)"), self)
        self.intake_button.setObjectName("intakeButton")
        self.intake_button.setMinimumHeight(48)
        self.intake_button.setStyleSheet(f"font-size: {scaled_px(16)}px; font-weight: 600;")
        self.intake_button.clicked.connect(self.intake_requested)
        grid.addWidget(self.intake_button, 1, 2)
        self.totals = QLabel(self)
        self.totals.setStyleSheet("color: #444;")
        frame = QFrame(self)
        frame.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(10)
        layout.addWidget(frame)
        layout.addWidget(self.totals)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        ctx.events.changed.connect(self._on_events_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._counts_painted and self.counts is not None
                and event.type() == QEvent.Type.Paint):
            self._counts_painted = True
            QTimer.singleShot(0, self.counts_painted.emit)
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        now = self.ctx.clock()
        try:
            cal = self.ctx.calendar() if self.ctx.calendar else None
            horizon = cal.next_working_day(now.date()) if cal else now.date()
            day_text = (QCoreApplication.translate("labels", WEEKDAY_NAMES[now.weekday()]) + " "
                        + fmt_date(now))
            working = cal.is_working_day(now.date()) if cal else True
            reason = None if working or cal is None else cal.day_reason(now.date())
        except ValueError:
            horizon, day_text, working, reason = now.date(), fmt_date(now), True, None
        self.heading.setText(self.tr("Việc cần làm — %1").replace("%1", day_text))
        self.subheading.setText(
            self.tr("Hôm nay là ngày làm việc.") if working
            else self.tr("Hôm nay là ngày nghỉ (%1).").replace("%1", reason or "")
        )
        login = self.ctx.actor.login
        self.ctx.runner.submit(
            lambda _t: listing.worklist_counts(
                self.ctx.store, now=now, soon_horizon=horizon, login=login),
            lambda counts: self._on_counts(gen, counts))

    def _on_counts(self, gen: int, counts: WorklistCounts) -> None:
        if gen != self._generation:
            return
        self.counts = counts
        for key, card in self.cards.items():
            card.count.setText(fmt_int(getattr(counts, key)))
            card.setAccessibleName(f"{card.title_text}: {fmt_int(getattr(counts, key))}")
        self.totals.setText(
            self.tr("Đang mở: %1 hồ sơ · Toàn bộ lưu trữ: %2 hồ sơ")
            .replace("%1", fmt_int(counts.open_total)).replace("%2", fmt_int(counts.total)))
        self.counts_loaded.emit(counts)

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.dossiers or changes.calendar:
            self.reload()
