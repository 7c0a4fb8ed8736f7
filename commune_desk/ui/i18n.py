"""Language of the desk: translators (ours and Qt's own), Vietnamese dates, numbers and money."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from commune_desk.domain.text import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # re-exported
from commune_desk.paths import resource

log = logging.getLogger(__name__)



LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Install the desk's translation and Qt's own for ``language``; returns the files loaded.

    Source strings are Vietnamese, so Vietnamese needs our .qm only for Qt's own dialog words
    (OK, Cancel, …) that PySide6 ships no Vietnamese file for; English loads ``_en.qm``.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English, QLocale.Country.Vietnam
                               if language == "vi" else QLocale.Country.UnitedKingdom))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidates = [
        qt_dir / f"qtbase_{language}.qm",
        resource("translations", f"commune_desk_{language}.qm"),
    ]
    for path in candidates:
        if not path.is_file():
            continue
        tr = QTranslator(app)
        if tr.load(str(path)):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(path.name)
        else:  # pragma: no cover - a corrupt file in a broken install
            log.warning("could not load translation %s", path)
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    """Undo ``install_translators`` (tests)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def tr(context: str, text: str) -> str:
    """Translate a string outside a QObject (Vietnamese source text)."""
    return QCoreApplication.translate(context, text)


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """dd/mm/yyyy, or an empty string."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def fmt_datetime(value: dt.datetime | None) -> str:
    """HH:MM dd/mm/yyyy, the way forms write a moment."""
    if value is None:
        return ""
    return value.strftime("%H:%M %d/%m/%Y")


def parse_iso(value: str | dt.datetime | None) -> dt.datetime | None:
    """A stored ISO moment (or None) as a naive local datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def fmt_int(value: int) -> str:
    """Vietnamese grouping: 1.234.567."""
    text = f"{abs(int(value)):,}".replace(",", ".")
    return f"-{text}" if value < 0 else text


def fmt_money(value: int | None) -> str:
    """1.234.567 đ; 'Miễn phí' for zero."""
    if not value:
        return QCoreApplication.translate("format", "Miễn phí")
    return f"{fmt_int(value)} {QCoreApplication.translate('format', 'đ')}"


def fmt_percent(numerator: int, denominator: int) -> str:
    """'87,5%' (Vietnamese decimal comma) or an em dash when nothing to divide."""
    if denominator <= 0:
        return "—"
    return f"{100.0 * numerator / denominator:.1f}%".replace(".", ",")


def fmt_working_minutes(minutes: int, minutes_per_day: int = 480) -> str:
    """Remaining working time: 'còn 2 ngày 3 giờ' / 'quá hạn 1 giờ 20 phút'."""
    over = minutes < 0
    m = abs(minutes)
    days, rest = divmod(m, minutes_per_day)
    hours, mins = divmod(rest, 60)
    parts: list[str] = []
    if days:
        parts.append(QCoreApplication.translate("format", "%n ngày", "", days).replace("%n", str(days)))
    if hours:
        parts.append(QCoreApplication.translate("format", "%n giờ", "", hours).replace("%n", str(hours)))
    if mins and not days:
        parts.append(QCoreApplication.translate("format", "%n phút", "", mins).replace("%n", str(mins)))
    body = " ".join(parts) or QCoreApplication.translate("format", "0 phút")
    return (QCoreApplication.translate("format", "quá hạn %1") if over else QCoreApplication.translate("format", "còn %1")).replace("%1", body)


def parse_vn_date(text: str) -> dt.date | None:
    """Parse dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy); None if it is not a date."""
    cleaned = text.strip().replace("-", "/").replace(".", "/")
    parts = cleaned.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        return None
    try:
        return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


# Qt's own words in its dialogs and menus. PySide6 ships no qtbase_vi.qm, so these entries (in
# Qt's own contexts) are translated in our commune_desk_vi.ts; lupdate finds them here.
QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
)
