"""Window geometry restored where it was saved, without Qt's guess at a title bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QRect
from PySide6.QtWidgets import QApplication, QStyle, QWidget

_MAGIC = 0x1D9D0CB  # QWidget::saveGeometry's header


def saved_rects(data: QByteArray | bytes) -> tuple[QRect, QRect] | None:
    """The frame and client ("normal") rectangles inside ``QWidget.saveGeometry()`` data."""
    raw = QByteArray(data)
    stream = QDataStream(raw)
    stream.setVersion(QDataStream.Version.Qt_4_0)
    if raw.size() < 40 or stream.readUInt32() != _MAGIC:
        return None
    stream.readUInt16()  # major
    stream.readUInt16()  # minor
    # QRect streams as left, top, right, bottom.
    frame, normal = ([stream.readInt32() for _ in range(4)] for _ in range(2))
    return (QRect(frame[0], frame[1], frame[2] - frame[0] + 1, frame[3] - frame[1] + 1),
            QRect(normal[0], normal[1], normal[2] - normal[0] + 1, normal[3] - normal[1] + 1))


def restore_window_geometry(window: QWidget, data: QByteArray | bytes) -> bool:
    """``window.restoreGeometry(data)``, then undo Qt's title-bar guard where it is wrong.

    Qt moves a restored window down to at least "top of the screen + title-bar height" so that
    a title bar stays reachable. Without a window manager (a kiosk, Xvfb) there is no title bar,
    the saved client top is 0 and the window came back ~25 px lower each start, its bottom off
    screen. When the saved frame's top was on the screen and Qt only shifted the window down
    by at most a title bar, the saved top is put back. Returns restoreGeometry's answer.
    """
    if not window.restoreGeometry(data):
        return False
    rects = saved_rects(data)
    if rects is None or window.isMaximized() or window.isFullScreen():
        return True
    frame, normal = rects
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return True
    room = screen.availableGeometry()
    now = window.geometry()
    style = QApplication.style()
    title_bar = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window) if style else 20
    shifted = now.height() == normal.height() and 0 < now.y() - normal.y() <= title_bar + 4
    if shifted and frame.top() >= room.top() and frame.intersects(room):
        window.setGeometry(now.x(), normal.y(), now.width(), now.height())
    return True
