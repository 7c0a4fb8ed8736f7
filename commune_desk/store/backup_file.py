"""Consistent copies of a live database file through SQLCipher's backup API: names, copy, verify.

Both the store (the copy before an upgrade) and ``services/backup.py`` (manual, daily, on
close, before a restore) copy files here, so every copy goes through the one driver that
also runs the engine (``sqlcipher3``): a second SQLite library in the same process would
not see the engine's locks and could checkpoint and delete the WAL under it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from commune_desk.store import crypto
from commune_desk.store.crypto import DbKey

Progress = Callable[[int, int], None]

BACKUP_SUFFIX = ".sqlite3"
PRE_MIGRATE = "pre-migrate"


def backup_dir_for(db_path: Path) -> Path:
    """Automatic backups live in ``backups/`` beside the database."""
    return Path(db_path).resolve().parent / "backups"


def unique_name(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    """``<stem>-<YYYYmmdd-HHMMSS>[-n]-<kind>.sqlite3`` in ``folder``, not yet taken."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-{stamp}-{kind}{BACKUP_SUFFIX}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{stamp}-{n}-{kind}{BACKUP_SUFFIX}"
    return path


def is_plain_conn(conn: Any) -> bool:
    """True when the open connection's main file is a plain (unencrypted) SQLite file."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    return bool(path) and crypto.is_plain_sqlite(Path(path))


def copy_connection(src: Any, target: Path, key: DbKey | None,
                    progress: Progress | None = None) -> None:
    """Copy the open ``src`` into ``target``: backup API page by page (keyed like the source),
    or ``sqlcipher_export`` when a plain source is backed up encrypted."""
    if key is not None and is_plain_conn(src):
        crypto.export_encrypted(src, target, key)
        if progress is not None:
            progress(1, 1)
        return
    dst = crypto.connect(target, key)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=512, progress=step)
        # One self-contained file on the USB stick: no -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()


def copy_before_upgrade(src: Any, db_path: Path, key: DbKey | None, *,
                        now: Callable[[], datetime] = datetime.now) -> Path:
    """The verified ``pre-migrate`` copy of an open file, made before any migration runs.

    ``src`` is the only connection of this process to the file (the engine is not open yet).
    The WAL is folded into the main file first, then the pages are copied under a
    ``.partial`` name, fsynced, checked with the key and renamed. Raises ``OSError`` or the
    driver's error; the caller turns them into a Vietnamese message and does not upgrade.
    """
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    final = unique_name(folder, Path(db_path).stem, PRE_MIGRATE, now())
    partial = final.with_name(final.name + ".partial")
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        copy_connection(src, partial, key)
        crypto.fsync_path(partial)
        expected = crypto.table_counts(src)
        with crypto.opened(partial, key) as copy:
            ok, detail = crypto.integrity_ok(copy)
            if not ok or crypto.table_counts(copy) != expected:
                raise crypto.CryptoError(
                    f"Bản sao lưu trước khi nâng cấp {final.name} không khớp với bản gốc ({detail})."
                )
        os.replace(partial, final)
        crypto.fsync_path(final)
    except BaseException:
        if partial.exists():
            partial.unlink()
        raise
    return final
