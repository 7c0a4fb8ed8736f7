"""Scans attached to a dossier: kept inside the encrypted database by content hash, then recorded.

The bytes live in the ``attachment_blobs`` table of the SQLCipher file (issue 15 item 7): they
are encrypted at rest with the database key, travel in every backup and come back with every
restore; nothing of a scan is written beside the database. The ``attachments`` row keeps the
name, size and type, and the ``attachment_added`` event says which scan belongs to which
dossier. The sync uploads every held scan the server does not have yet.

Versions before migration ``7a03`` kept plain files in ``attachments/`` beside the database;
the migration reads them in and ``purge_plain_copies`` deletes the plain copies afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.services.dossiers import ActionResult, ServiceError, add_attachment

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

ATTACHMENTS = "attachments"
MAX_SCAN_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20


def attachments_dir(store: Store) -> Path:
    """Where versions before 7a03 kept plain scans: beside the database file."""
    return Path(store.path).parent / ATTACHMENTS


def stored_file(store: Store, stored_path: str) -> Path:
    """The plain file an old row's ``stored_path`` names (relative to the database folder)."""
    return Path(store.path).parent / stored_path


def _read_scan(src: Path, check: Callable[[], None] | None) -> tuple[bytes, str]:
    """The file's bytes and sha256, read in chunks (the clerk may cancel a long read)."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    size = 0
    with src.open("rb") as inp:
        while chunk := inp.read(_CHUNK):
            if check is not None:
                check()
            size += len(chunk)
            if size > MAX_SCAN_BYTES:
                raise ServiceError(
                    f"Tệp “{src.name}” lớn hơn {MAX_SCAN_BYTES // (1024 * 1024)} MB; hãy quét "
                    "với độ phân giải thấp hơn hoặc chia thành nhiều tệp.")
            digest.update(chunk)
            parts.append(chunk)
    return b"".join(parts), digest.hexdigest()


def attach_file(
    store: Store, actor: Actor, dossier_id: str, source: str | Path, *,
    now: datetime | None = None, check: Callable[[], None] | None = None,
) -> ActionResult:
    """Read a scanned file and record it on the dossier, its bytes inside the encrypted file.

    The bytes, the attachment row and the ``attachment_added`` event are written in one
    transaction: the sync finds the bytes of every recorded scan, and the source file may go.
    """
    require(actor, Action.ATTACH)
    src = Path(source)
    if not src.is_file():
        raise ServiceError(f"Không tìm thấy tệp “{src}”.")
    try:
        data, sha = _read_scan(src, check)
    except OSError as exc:
        raise ServiceError(f"Không đọc được tệp “{src.name}”: {exc.strerror or exc}.") from None
    mime = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
    result = add_attachment(store, actor, dossier_id, sha, src.name, len(data), mime, now=now,
                            data=data)
    purge_plain_copies(store)
    return result


def scan_bytes(store: Store, sha256: str) -> bytes | None:
    """The bytes of a held scan (None when this desk does not hold them)."""
    with store.read() as s:
        row = s.execute(text("SELECT data FROM attachment_blobs WHERE sha256 = :h"),
                        {"h": sha256.lower()}).first()
        if row is not None:
            return bytes(row[0])
        stored = s.execute(text("SELECT stored_path FROM attachments WHERE sha256 = :h"),
                           {"h": sha256.lower()}).scalar()
    if stored:  # a plain file the upgrade could not read in (kept where it was)
        try:
            data = stored_file(store, stored).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256.lower() else None
    return None


def purge_plain_copies(store: Store) -> int:
    """Delete the plain scans an older version left beside the database once their bytes are
    held inside the encrypted file (named by their sha256); returns how many went."""
    root = attachments_dir(store)
    if not root.is_dir():
        return 0
    with store.read() as s:
        held = {str(r[0]) for r in s.execute(text("SELECT sha256 FROM attachment_blobs"))}
        kept = {str(r[0]) for r in s.execute(text(
            "SELECT stored_path FROM attachments WHERE stored_path IS NOT NULL"))}
    removed = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(Path(store.path).parent).as_posix()
        name = path.name.split(".", 1)[0]
        if rel in kept:
            continue
        if name in held or path.name.startswith(".copy-"):
            try:
                path.unlink()
                removed += 1
            except OSError:
                continue
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()
    return removed

