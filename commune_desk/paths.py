"""Where bundled resources and the user's data live: one module for a checkout, a wheel and a bundle."""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "CommuneDesk"

# The data that ships with the desk (fonts, translations, catalogue, calendar, forms, icons) is
# package data of ``commune_desk``: the same lookup works from a checkout, an installed wheel
# and the PyInstaller bundle (whose loader serves ``importlib.resources`` from _MEIPASS).
RESOURCES_PACKAGE = "commune_desk"
RESOURCES_FOLDER = "resources"

# Resources that are not plain files on disk (a zipped install) are extracted once and kept for
# the life of the process: reportlab and Qt want real file names.
_extracted = ExitStack()
atexit.register(_extracted.close)


def resources_root() -> Traversable:
    """The ``commune_desk/resources`` folder as importlib.resources sees it."""
    return files(RESOURCES_PACKAGE) / RESOURCES_FOLDER


def resource(*parts: str) -> Path:
    """A real file path for one bundled resource, e.g. ``resource("calendar", "vn_calendar.json")``.

    A missing file is not an error here: callers check ``is_file()`` and say in Vietnamese what
    is missing.
    """
    item = resources_root().joinpath(*parts)
    if isinstance(item, Path):
        return item
    if not item.is_file():  # pragma: no cover - only a zipped install gets here
        return Path(str(item))
    return _extracted.enter_context(as_file(item))  # pragma: no cover - zipped install


def data_dir() -> Path:
    """The user's data folder (database, backups, attachments); created on demand."""
    override = os.environ.get("COMMUNE_DESK_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The user's cache folder (things worked out once and kept between starts); may not exist."""
    override = os.environ.get("COMMUNE_DESK_CACHE_DIR")
    return Path(override) if override else Path(user_cache_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database the GUI opens when no ``--db`` is given."""
    return data_dir() / "commune_desk.sqlite3"
