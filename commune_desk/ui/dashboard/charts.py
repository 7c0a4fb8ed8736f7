"""Small charts painted with QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from commune_desk.ui.i18n import fmt_int


class BarChart(QWidget):
    """Vertical stacked bars: one group per label, one colour per series; values are counts.

    With ``clickable=True`` a click on a bar (or its label) emits ``bar_clicked(index)``.
    """

    bar_clicked = Signal(int)

    def __init__(self, title: str, series_names: Sequence[str], colours: Sequence[str],
                 parent: QWidget | None = None, *, horizontal: bool = False,
                 clickable: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.clickable = clickable
        self._hits: list[tuple[QRectF, int]] = []
        self.setAccessibleName(title)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Bấm vào một cột để xem các hồ sơ đó"))
        self.series_names = list(series_names)
        self.colours = [QColor(c) for c in colours]
        self.horizontal = horizontal
        self.labels: list[str] = []
        self.values: list[tuple[int, ...]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_data(self, labels: Sequence[str], values: Sequence[Sequence[int]]) -> None:
        self.labels = list(labels)
        self.values = [tuple(v) for v in values]
        self.update()

    def bar_at(self, point: QPointF) -> int | None:
        """The index of the bar (or bar label) under ``point``, from the last paint."""
        for rect, index in self._hits:
            if rect.contains(point):
                return int(index)
        return None

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self.bar_at(event.position()) if self.clickable else None
        if index is not None:
            self.bar_clicked.emit(index)
            return
        super().mousePressEvent(event)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        self._hits = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#d0d4da")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        fm = p.fontMetrics()
        title_font = QFont(p.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#202124"))
        p.drawText(QRectF(10, 6, self.width() - 20, fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        # legend
        x = 10.0
        y = 10.0 + fm.height() + 4
        for name, colour in zip(self.series_names, self.colours, strict=False):
            p.fillRect(QRectF(x, y + 3, 10, 10), colour)
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 14, y, 400, fm.height() + 2), Qt.AlignmentFlag.AlignLeft, name)
            x += 24 + fm.horizontalAdvance(name)
        top = y + fm.height() + 10
        if not self.values:
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—")
            return
        if self.horizontal:
            self._paint_horizontal(p, top)
        else:
            self._paint_vertical(p, top)

    def _paint_vertical(self, p: QPainter, top: float) -> None:
        fm = p.fontMetrics()
        left, right, bottom = 44.0, 10.0, float(fm.height() + 8)
        area_h = self.height() - top - bottom
        area_w = self.width() - left - right
        peak = max((sum(v) for v in self.values), default=0) or 1
        if isinstance(peak, int) and peak % 2:  # the middle line's label is a whole number
            peak += 1  # (a peak of 1 was labelled 0, 0, 1)
        p.setPen(QPen(QColor("#e3e6ea")))
        for frac in (0.0, 0.5, 1.0):
            yy = top + area_h * (1 - frac)
            p.drawLine(int(left), int(yy), int(left + area_w), int(yy))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(0, yy - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight, fmt_int(round(peak * frac)))
            p.setPen(QPen(QColor("#e3e6ea")))
        n = len(self.values)
        slot = area_w / n
        bar = max(2.0, slot * 0.7)
        step = max(1, int(fm.horizontalAdvance("00/00") * 1.3 / slot) + 1)
        for i, vals in enumerate(self.values):
            x = left + i * slot + (slot - bar) / 2
            self._hits.append((QRectF(left + i * slot, top, slot, area_h + fm.height() + 4), i))
            y = top + area_h
            for k, v in enumerate(vals):
                h = area_h * v / peak
                p.fillRect(QRectF(x, y - h, bar, h), self.colours[k % len(self.colours)])
                y -= h
            if i % step == 0:
                p.setPen(QColor("#444"))
                p.drawText(QRectF(left + i * slot - 20, top + area_h + 2, slot + 40, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, self.labels[i])

    def _paint_horizontal(self, p: QPainter, top: float) -> None:
        fm = p.fontMetrics()
        label_w = min(self.width() * 0.38, max((fm.horizontalAdvance(s) for s in self.labels),
                                               default=40) + 12)
        right = 60.0
        area_w = self.width() - label_w - right - 10
        rows = self.values[: max(1, int((self.height() - top - 6) // (fm.height() + 8)))]
        peak = max((sum(v) for v in rows), default=0) or 1
        row_h = fm.height() + 8
        for i, vals in enumerate(rows):
            y = top + i * row_h
            self._hits.append((QRectF(0, y, self.width(), row_h), i))
            p.setPen(QColor("#333"))
            text = fm.elidedText(self.labels[i], Qt.TextElideMode.ElideRight, int(label_w - 10))
            p.drawText(QRectF(6, y, label_w - 10, row_h), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignLeft, text)
            x = 6 + label_w
            for k, v in enumerate(vals):
                w = area_w * v / peak
                p.fillRect(QRectF(x, y + 3, w, row_h - 6), self.colours[k % len(self.colours)])
                x += w
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 4, y, right, row_h), Qt.AlignmentFlag.AlignVCenter,
                       fmt_int(sum(vals)))


class GaugeTile(QWidget):
    """An indicator: big percentage, caption, and the counts it comes from.

    The caption wraps (never cut): ``caption_rect`` is where it goes at the tile's width, and
    the tile asks for the height its texts need at that width (``heightForWidth``)."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setAccessibleName(caption)
        self.colour = QColor(colour)
        self.value: float | None = None
        self.detail = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(150)

    def _big_font(self) -> QFont:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.1)
        big.setBold(True)
        return big

    def _text_height(self, text: str, width: int) -> int:
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.fontMetrics().boundingRect(0, 0, max(1, width), 10_000, flags, text).height()

    def _layout(self, width: int) -> tuple[QRectF, QRectF, QRectF]:
        """Rectangles of the percentage, the caption and the detail at ``width``."""
        inner = max(1, width - 20)
        big_h = QFontMetrics(self._big_font()).height() + 4
        caption_h = self._text_height(self.caption, inner)
        detail_h = max(self._text_height(self.detail or "0 trên 0", inner),
                       2 * self.fontMetrics().height())
        value = QRectF(10, 6, inner, big_h)
        caption = QRectF(10, value.bottom() + 2, inner, caption_h)
        detail = QRectF(10, caption.bottom() + 2, inner, detail_h)
        return value, caption, detail

    def caption_rect(self) -> QRectF:
        return self._layout(self.width())[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._layout(width)[2].bottom()) + 10

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(150, self.heightForWidth(150))

    def set_value(self, value: float | None, detail: str) -> None:
        self.value = value
        self.detail = detail
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#d0d4da")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        value_rect, caption_rect, detail_rect = self._layout(self.width())
        text = "—" if self.value is None else f"{self.value * 100:.1f}%".replace(".", ",")
        p.setFont(self._big_font())
        p.setPen(self.colour)
        p.drawText(value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())
        p.setPen(QColor("#202124"))
        p.drawText(caption_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                   self.caption)
        p.setPen(QColor("#666"))
        p.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                   self.detail)
        # a thin progress bar along the bottom
        if self.value is not None:
            p.fillRect(QRectF(0, self.height() - 5, self.width(), 5), QColor("#eef0f3"))
            p.fillRect(QRectF(0, self.height() - 5, self.width() * min(1.0, self.value), 5),
                       self.colour)
