"""Scans attached to a dossier: copied into the desk's store by content hash, then recorded.

The bytes live beside the database (``attachments/ab/abcdef….pdf``, named by their sha256);
the ``attachments`` row keeps where (relative to the database folder, so a moved data folder
keeps its scans) and the ``attachment_added`` event says which file belongs to which dossier.
The sync uploads every row with a stored file the server does not hold yet.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.services.dossiers import ActionResult, ServiceError, add_attachment

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

ATTACHMENTS = "attachments"
_CHUNK = 1 << 20


def attachments_dir(store: Store) -> Path:
    """Where this desk keeps its scans: beside the database file."""
    return Path(store.path).parent / ATTACHMENTS


def stored_file(store: Store, stored_path: str) -> Path:
    """The file a row's ``stored_path`` names (relative to the database folder, or absolute)."""
    return Path(store.path).parent / stored_path


def _copy_by_hash(src: Path, root: Path, check: Callable[[], None] | None) -> tuple[str, int, Path]:
    """Copy ``src`` into ``root`` under its sha256 (fsynced; an existing copy is kept as is)."""
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".copy-")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            while chunk := inp.read(_CHUNK):
                if check is not None:
                    check()  # the clerk may cancel a long copy
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = root / sha[:2] / (sha + src.suffix.lower())
        final.parent.mkdir(exist_ok=True)
        if final.exists():  # same content already held: content-addressed, never overwritten
            os.unlink(tmp_name)
        else:
            shutil.move(tmp_name, final)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return sha, size, final


def attach_file(
    store: Store, actor: Actor, dossier_id: str, source: str | Path, *,
    now: datetime | None = None, check: Callable[[], None] | None = None,
) -> ActionResult:
    """Copy a scanned file into the desk's store and record it on the dossier.

    The copy comes first (a file nothing refers to is harmless); the attachment row, with the
    stored path and hash, and the ``attachment_added`` event are then written in one
    transaction, so the sync finds the bytes of every recorded scan.
    """
    require(actor, Action.ATTACH)
    src = Path(source)
    if not src.is_file():
        raise ServiceError(f"Không tìm thấy tệp “{src}”.")
    try:
        sha, size, final = _copy_by_hash(src, attachments_dir(store), check)
    except OSError as exc:
        raise ServiceError(f"Không sao chép được tệp “{src.name}”: {exc.strerror or exc}.") from None
    mime = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
    stored = final.relative_to(Path(store.path).parent).as_posix()
    return add_attachment(store, actor, dossier_id, sha, src.name, size, mime, now=now,
                          stored_path=stored)
