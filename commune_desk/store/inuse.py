"""A lock beside the database that says "the app has this file open" (shared), so a CLI restore
(exclusive) is refused instead of replacing the file under the running app."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".in-use")


def hold_in_use(db_path: Path) -> IO[Any] | None:
    """Take a shared lock for as long as the returned file stays open (the app keeps it).

    POSIX ``flock``; elsewhere (Windows) nothing is held and None is returned.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        fh = open(lock_path(db_path), "a+b")  # noqa: SIM115 - held for the app's lifetime
    except OSError:
        return None
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        return None
    return fh


@contextlib.contextmanager
def exclusive(db_path: Path) -> Any:
    """Yield True when nobody holds the in-use lock (and keep others out meanwhile), else False."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield True
        return
    path = lock_path(db_path)
    if not Path(db_path).parent.is_dir():
        yield True
        return
    try:  # no lock file: the app never held this database (nothing is created here)
        fd = os.open(path, os.O_RDWR)
    except OSError:
        yield True
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
