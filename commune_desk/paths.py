"""Where bundled resources and the user's data live, in a source tree and in a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CommuneDesk"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    override = os.environ.get("COMMUNE_DESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file, e.g. ``resource("calendar", "vn_calendar.json")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (database, backups, attachments); created on demand."""
    override = os.environ.get("COMMUNE_DESK_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database the GUI opens when no ``--db`` is given."""
    return data_dir() / "commune_desk.sqlite3"
