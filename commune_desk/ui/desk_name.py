"""The desk's display name kept outside its encrypted file, for the login that opens the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

_GROUP = "desk_names"


def _key(db_path: str | Path) -> str:
    # QSettings keys treat "/" as groups: one key per database file, named by a digest of its path.
    resolved = str(Path(db_path).expanduser().resolve())
    return f"{_GROUP}/{hashlib.sha256(resolved.encode()).hexdigest()[:24]}"


def remember_desk_name(db_path: str | Path, name: str) -> None:
    """Keep ``name`` (the commune's name, printed on every paper: not secret) for ``db_path``."""
    if name.strip():
        QSettings().setValue(_key(db_path), name.strip())


def remembered_desk_name(db_path: str | Path) -> str:
    """The name last seen for ``db_path`` when it was open, or "" if never."""
    value = QSettings().value(_key(db_path), "")
    return value if isinstance(value, str) else ""
