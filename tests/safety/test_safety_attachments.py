"""Issue 15 item 7: scans are encrypted at rest, travel in backups and come back with a restore.

A thief with the data folder (database, WAL, backups) reads no byte of a scan; a restored desk
has its scans again. The sync upload of the same scans is in tests/server/test_attachments.py.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from commune_desk.domain.permissions import Actor, Role
from commune_desk.services import backup as bk
from commune_desk.services.attachments import attach_file, purge_plain_copies, scan_bytes
from commune_desk.store import crypto, open_store

CLERK = Actor("thu", Role.CLERK, "Nguyễn Thị Thu")
ADMIN = Actor("quantri", Role.ADMIN, "Quản Trị")
MARKER = "GIẤY KHAI SINH — Nguyễn Văn An — 040190001234 — Xóm Đông Hồ".encode()


def _scan(folder: Path, name: str = "giay-khai-sinh.pdf") -> tuple[Path, bytes]:
    """A scan outside the data folder: a PDF header, readable text and random pages."""
    folder.mkdir(parents=True, exist_ok=True)
    data = b"%PDF-1.4\n" + MARKER * 40 + os.urandom(300_000) + MARKER * 40
    path = folder / name
    path.write_bytes(data)
    return path, data


def _receive(store: Any) -> str:
    from commune_desk.services.dossiers import Applicant, Intake, receive_dossier

    return receive_dossier(store, CLERK, Intake(
        procedure_code="1.001193",
        applicant=Applicant(name="Nguyễn Văn An", id_number="040190001234",
                            birth_date=date(1990, 5, 1), address="Xóm Đông Hồ, xã Nghĩa Đàn"),
        received_at=datetime(2026, 4, 24, 8, 0),
    ), now=datetime(2026, 4, 24, 8, 0)).dossier.id


def _needles(data: bytes) -> list[bytes]:
    """Pieces of the scan a reader of plain bytes would find: the text and random samples."""
    middle = data[len(MARKER) * 40 + 9:-len(MARKER) * 40]
    samples = [middle[i:i + 24] for i in range(0, len(middle) - 24, len(middle) // 16)]
    return [MARKER, b"%PDF-1.4\n" + MARKER[:16], *samples]


def _plain_hits(folder: Path, data: bytes) -> list[str]:
    """Every file under ``folder`` that holds a piece of the scan in the clear."""
    hits = []
    needles = _needles(data)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes()
        if content == data or any(n in content for n in needles):
            hits.append(str(path.relative_to(folder)))
    return hits


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "du-lieu"
    folder.mkdir()
    return folder


def test_attached_scan_is_not_readable_in_the_data_folder_or_a_backup(
        data_dir: Path, tmp_path: Path) -> None:
    db = data_dir / "desk.sqlite3"
    key = crypto.resolve_key()
    store = open_store(db, key)
    dossier = _receive(store)
    source, data = _scan(tmp_path / "may-quet")
    sha = hashlib.sha256(data).hexdigest()
    attach_file(store, CLERK, dossier, source)
    source.unlink()  # the desk keeps its own copy: the scanner's file may go
    # While the app runs (the WAL not yet folded into the file) …
    assert any(p.name.endswith("-wal") for p in data_dir.iterdir())
    assert not (data_dir / "attachments").exists()
    assert _plain_hits(data_dir, data) == []
    assert scan_bytes(store, sha) == data
    # … in an automatic backup beside the database and in one on a USB stick.
    bk.make_backup(db, key)
    usb = tmp_path / "usb"
    bk.make_backup(db, key, dest_dir=usb)
    store.close()
    assert _plain_hits(data_dir, data) == []
    assert _plain_hits(usb, data) == []
    # The encryption is real: with the key the bytes are there, plain sqlite3 reads nothing.
    with crypto.opened(db, key) as conn:
        held = conn.execute("SELECT data FROM attachment_blobs WHERE sha256 = ?", (sha,)).fetchone()
    assert bytes(held[0]) == data
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_restore_brings_the_scans_back(data_dir: Path, tmp_path: Path) -> None:
    db = data_dir / "desk.sqlite3"
    key = crypto.resolve_key()
    store = open_store(db, key)
    dossier = _receive(store)
    source, data = _scan(tmp_path / "may-quet")
    sha = hashlib.sha256(data).hexdigest()
    attach_file(store, CLERK, dossier, source)
    store.close()
    usb = tmp_path / "usb"
    backup = bk.make_backup(db, key, dest_dir=usb).path
    # The disk dies: the database and its folder are gone; a new PC restores the USB copy.
    for path in list(data_dir.rglob("*"))[::-1]:
        path.unlink() if path.is_file() else path.rmdir()
    bk.restore(db, backup, key, ADMIN)
    store = open_store(db, key)
    try:
        assert scan_bytes(store, sha) == data
        from commune_desk.services.dossiers import get_events

        kinds = [e.kind for e in get_events(store, dossier)]
        assert "attachment_added" in kinds
    finally:
        store.close()
    assert _plain_hits(data_dir, data) == []


def test_the_detail_screen_attaches_into_the_encrypted_file(qtbot: Any, data_dir: Path,
                                                              tmp_path: Path) -> None:
    """The GUI path (detail screen → operations → service): nothing of the scan in clear."""
    pytest.importorskip("PySide6")
    from fake_pool import FakeThreadPool

    from commune_desk.app import make_context
    from commune_desk.ui.detail.screen import DetailScreen
    from commune_desk.ui.workers import TaskRunner

    db = data_dir / "desk.sqlite3"
    key = crypto.resolve_key()
    store = open_store(db, key)
    dossier = _receive(store)
    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    ctx = make_context(store, CLERK, runner)
    screen = DetailScreen(ctx)
    qtbot.addWidget(screen)
    screen.show_dossier(dossier)
    source, data = _scan(tmp_path / "may-quet", "to-khai.pdf")
    with qtbot.waitSignal(ctx.events.changed, timeout=5_000):
        screen.perform("attach", {"path": str(source)})
    assert screen.attachments.count() == 1
    assert scan_bytes(store, hashlib.sha256(data).hexdigest()) == data
    assert _plain_hits(data_dir, data) == []
    store.close()


def test_plain_scans_of_an_older_version_move_into_the_file(data_dir: Path,
                                                             tmp_path: Path) -> None:
    """A file from before migration 7a03 kept plain scans beside it: the upgrade reads them
    in, and the plain copies are deleted once the bytes are held inside the encrypted file."""
    db = data_dir / "desk.sqlite3"
    key = crypto.resolve_key()
    store = open_store(db, key)
    dossier = _receive(store)
    store.close()
    _src, data = _scan(tmp_path / "may-quet")
    sha = hashlib.sha256(data).hexdigest()
    old = data_dir / "attachments" / sha[:2] / f"{sha}.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(data)
    with crypto.opened(db, key) as conn:  # the file as the older version left it
        conn.execute("DROP TABLE attachment_blobs")
        conn.execute("UPDATE alembic_version SET version_num = '7a02'")
        conn.execute("INSERT INTO attachments (sha256, name, size, mime, stored_path) "
                     "VALUES (?, 'giay-khai-sinh.pdf', ?, 'application/pdf', ?)",
                     (sha, len(data), f"attachments/{sha[:2]}/{sha}.pdf"))
    store = open_store(db, key)
    try:
        with crypto.opened(db, key) as conn:
            assert conn.execute("SELECT stored_path FROM attachments").fetchone()[0] is None
        assert scan_bytes(store, sha) == data
        assert purge_plain_copies(store) == 1
        assert not (data_dir / "attachments").exists()
        hits = [h for h in _plain_hits(data_dir, data) if not h.startswith("backups/")]
        assert hits == []
    finally:
        store.close()
    assert dossier


def test_a_scan_too_large_or_missing_is_refused_with_a_message(data_dir: Path,
                                                                tmp_path: Path) -> None:
    from commune_desk.services import attachments
    from commune_desk.services.dossiers import ServiceError

    store = open_store(data_dir / "desk.sqlite3", crypto.resolve_key())
    dossier = _receive(store)
    try:
        with pytest.raises(ServiceError, match="Không tìm thấy tệp"):
            attach_file(store, CLERK, dossier, tmp_path / "khong-co.pdf")
        big = tmp_path / "lon.pdf"
        big.write_bytes(b"0" * 2048)
        old = attachments.MAX_SCAN_BYTES
        attachments.MAX_SCAN_BYTES = 1024
        try:
            with pytest.raises(ServiceError, match="lớn hơn"):
                attach_file(store, CLERK, dossier, big)
        finally:
            attachments.MAX_SCAN_BYTES = old
        with store.read() as s:
            from sqlalchemy import text

            assert s.execute(text("SELECT count(*) FROM attachment_blobs")).scalar_one() == 0
    finally:
        store.close()
