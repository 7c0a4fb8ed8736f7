"""Helpers shared by the safety tests: an encrypted store with a desk row and a few events."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from commune_desk.store import crypto, open_store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
NAMES = ("Nguyễn Thị Hường", "Trần Văn Bình", "Lê Thị Bích Ngọc", "Phạm Quốc Đạt")


def new_store(path: Path, key: Any = "keyring") -> Any:
    """An encrypted (keyring key) store on ``path`` with its desk row; ``key=None`` → plain."""
    from commune_desk.store.seed import ensure_desk

    if key == "keyring":
        key = crypto.resolve_key()
    store = open_store(path, key, seed=False)
    with store.write() as session:
        ensure_desk(session)
    return store


def add_events(store: Any, n: int, *, actor: str = "thu.nguyen") -> list[str]:
    """Append ``n`` raw ``received``-like events (one stream each) through the store's writer."""
    from commune_desk.store.events import append_event

    ids = []
    with store.write() as session:
        for i in range(n):
            dossier_id = str(uuid.uuid4())
            append_event(
                session,
                dossier_id=dossier_id,
                kind="note",
                occurred_at="2026-04-24T08:00:00",
                actor=actor,
                payload={"applicant": {"name": NAMES[i % len(NAMES)]}, "i": i},
            )
            ids.append(dossier_id)
    return ids


# ---------------------------------------------------------------------------- hostile disks
import contextlib  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from collections.abc import Iterator  # noqa: E402


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextlib.contextmanager
def tiny_disk(path: Path, size_kb: int) -> Iterator[Path | None]:
    """A real, small tmpfs at ``path`` (root with CAP_SYS_ADMIN); yields None when unavailable."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount") or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)
    ):
        yield None
        return
    try:
        yield path
    finally:
        _run("umount", "-l", str(path))


@contextlib.contextmanager
def read_only_dir(path: Path) -> Iterator[str | None]:
    """Make ``path`` unwritable even for root; yields the method used, or None if impossible."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555)
        for child in path.iterdir():
            child.chmod(0o444)
        try:
            yield "chmod"
        finally:
            path.chmod(mode)
            for child in path.iterdir():
                child.chmod(0o644)
        return
    if shutil.which("chattr") and _run("chattr", "+i", str(path)):
        try:
            yield "chattr"
        finally:
            _run("chattr", "-i", str(path))
        return
    if _run("mount", "--bind", "-o", "ro", str(path), str(path)):
        # a bind mount onto itself, then remount read-only
        _run("mount", "-o", "remount,bind,ro", str(path))
        try:
            yield "mount-ro"
        finally:
            _run("umount", "-l", str(path))
        return
    yield None
