"""Register the bundled Liberation Serif family so every PDF embeds it and never falls back to Helvetica."""

from __future__ import annotations

import threading

from commune_desk.errors import UserError
from commune_desk.paths import resource

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_done = False


class FontMissingError(UserError, RuntimeError):
    """The bundled font files are not where the application expects them."""


def register_fonts() -> None:
    """Register the four faces once per process and make them reportlab's defaults.

    reportlab starts every canvas and every graphics string in Helvetica, which is never
    embedded and has no Vietnamese letters; switching the defaults keeps it out of the PDF.
    """
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        from reportlab import rl_config
        from reportlab.graphics import shapes
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FontMissingError(f"Thiếu tệp phông chữ {path}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        rl_config.canvas_basefontname = SERIF
        shapes.STATE_DEFAULTS["fontName"] = SERIF
        # Table cells that hold plain strings (not Paragraphs) start in this font.
        from reportlab.platypus.tables import CellStyle

        CellStyle.fontname = SERIF
        _done = True
