"""Large-text setting: the application font scaled to 100 %, 125 % or 150 % (kept in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

SCALES = (100, 125, 150)
SETTING = "ui/text_scale"
_BASE = "commune_desk_base_point_size"


def saved_scale(prefs: QSettings | None = None) -> int:
    """The remembered scale (100 when unset or not one of ``SCALES``)."""
    value = (prefs or QSettings()).value(SETTING, 100)
    try:
        scale = int(str(value))
    except ValueError:
        return 100
    return scale if scale in SCALES else 100


def apply_text_scale(app: QApplication, scale: int) -> None:
    """Scale the application font to ``scale`` % of the platform's own size (live).

    The platform size is remembered on the application the first time, so switching back
    and forth never compounds. Widgets that set their own font size in a style sheet keep it.
    """
    if scale not in SCALES:
        scale = 100
    base = app.property(_BASE)
    if not base:
        size = app.font().pointSizeF()
        base = size if size > 0 else 9.0
        app.setProperty(_BASE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale / 100.0)
    app.setFont(font)


def current_scale(app: QApplication) -> int:
    """The scale now applied (100 before any)."""
    base = app.property(_BASE)
    if not base:
        return 100
    return round(app.font().pointSizeF() * 100 / float(base))


def scaled_px(px: int) -> int:
    """A style sheet's pixel font size at the applied text scale (headings, tiles)."""
    app = QApplication.instance()
    scale = current_scale(app) if isinstance(app, QApplication) else 100
    return round(px * scale / 100)
