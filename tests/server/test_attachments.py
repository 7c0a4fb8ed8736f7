"""Attachments travel by hash, in chunks that resume after a cut; the server never overwrites
a complete file and gives it only to desks of a commune whose dossier refers to it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, FaultyTransport, ServerProcess, clerk, enroll, make_desk, receive

from commune_desk.services.sync import client_for
from commune_desk.sync.client import SyncOffline, SyncRefused


def test_resumable_upload_by_hash(module_server: ServerProcess, admin: Admin,
                                  tmp_path: Path) -> None:
    from commune_desk.services.dossiers import add_attachment
    from commune_desk.services.sync import sync_round

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, module_server, admin, fresh_commune=True)
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    # the link drops after the second chunk has been stored
    flaky = client_for(a, transport=FaultyTransport(["ok", "ok", "after"], default="before"))
    with pytest.raises(SyncOffline):
        flaky.upload_blob(sha, data, chunk=64_000)
    client = client_for(a)
    status = client._raw("GET", f"/blobs/{sha}").json()
    assert status["received"] == 128_000 and not status["complete"]
    sent = client.upload_blob(sha, data, chunk=64_000)
    assert sent == len(data) - 128_000  # resumed, not restarted
    assert client.upload_blob(sha, data) == 0  # already complete: nothing sent, nothing replaced
    # A desk of the same commune may fetch it once a dossier refers to it; others may not.
    with pytest.raises(SyncRefused) as err:
        client.download_blob(sha)
    assert err.value.status == 404
    dossier = receive(a)
    add_attachment(a, clerk(), dossier, sha, "giay-khai-sinh.pdf", len(data), "application/pdf")
    assert sync_round(a).complete
    assert client.download_blob(sha) == data
    b = make_desk(tmp_path / "b.sqlite3", 1)
    from sqlalchemy import text

    with b.write() as s:
        s.execute(text("UPDATE desk SET commune_code = '40002', commune_name = 'Xã Nam Đàn'"))
    from commune_desk.services.sync import enroll_desk

    enroll_desk(b, module_server.url, admin.token("40002"))
    with pytest.raises(SyncRefused) as err:
        client_for(b).download_blob(sha)
    assert err.value.status == 404


def test_corrupt_upload_is_refused(module_server: ServerProcess, admin: Admin,
                                   tmp_path: Path) -> None:
    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, module_server, admin, fresh_commune=True)
    data = b"noi dung that" * 1000
    wrong = hashlib.sha256(b"khac").hexdigest()
    with pytest.raises(SyncRefused) as err:
        client_for(a).upload_blob(wrong, data)
    assert err.value.status == 422 and "không khớp mã băm" in str(err.value)
    status = client_for(a)._raw("GET", f"/blobs/{wrong}").json()
    assert status["received"] == 0  # nothing kept
    with pytest.raises(SyncRefused) as err:
        client_for(a).upload_blob("xyz", data)
    assert err.value.status == 400


def test_sync_round_uploads_stored_scans(module_server: ServerProcess, admin: Admin,
                                         tmp_path: Path) -> None:
    """The attachment service keeps the bytes in the encrypted file; the round uploads them once."""
    from sqlalchemy import text

    from commune_desk.services.attachments import attach_file, scan_bytes
    from commune_desk.services.sync import sync_round

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, module_server, admin)
    scan = tmp_path / "scan.png"
    scan_data = os.urandom(50_000)
    scan.write_bytes(scan_data)
    sha = hashlib.sha256(scan_data).hexdigest()
    dossier = receive(a)
    attach_file(a, clerk(), dossier, scan)
    scan.unlink()  # the desk keeps its own copy: the original may go
    with a.read() as s:
        stored = s.execute(text("SELECT stored_path FROM attachments WHERE sha256 = :h"),
                           {"h": sha}).scalar_one()
    assert stored is None  # issue 15 item 7: no plain file beside the database …
    assert not (tmp_path / "attachments").exists()
    assert scan_bytes(a, sha) == scan_data  # … the bytes are inside the encrypted file
    report = sync_round(a)
    assert report.complete and report.files_uploaded == 1
    assert hashlib.sha256(client_for(a).download_blob(sha)).hexdigest() == sha
    assert sync_round(a).files_uploaded == 0  # once


def test_scan_attached_on_the_detail_screen_reaches_the_server(
        qtbot: Any, sqlite_server: ServerProcess, admin: Admin, tmp_path: Path) -> None:
    """#11 defect 4: from the widget to the event payload, and on to the server's blob."""
    import json

    from fake_pool import FakeThreadPool
    from sqlalchemy import text

    from commune_desk.app import make_context
    from commune_desk.services.sync import sync_round
    from commune_desk.ui.detail.screen import DetailScreen
    from commune_desk.ui.workers import TaskRunner

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    dossier = receive(desk, "Phạm Thị Quét")
    runner = TaskRunner(read_pool=FakeThreadPool(), write_pool=FakeThreadPool())
    ctx = make_context(desk, clerk(), runner)
    screen = DetailScreen(ctx)
    qtbot.addWidget(screen)
    screen.show_dossier(dossier)
    scan = tmp_path / "giay-khai-sinh.pdf"
    data = b"%PDF-1.4 " + os.urandom(200_000)
    scan.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    with qtbot.waitSignal(ctx.events.changed, timeout=5_000) as announced:
        screen.perform("attach", {"path": str(scan)})
    assert announced.args[0].touches(dossier)  # the service's Changes went on the bus
    assert screen.attachments.count() == 1  # … and the screen redrew from it
    with desk.read() as s:
        payload = json.loads(s.execute(text(
            "SELECT payload FROM events WHERE dossier_id = :d AND kind = 'attachment_added'"),
            {"d": dossier}).scalar_one())
        stored = s.execute(text("SELECT stored_path FROM attachments WHERE sha256 = :h"),
                           {"h": sha}).scalar_one()
    assert payload == {"sha256": sha, "name": "giay-khai-sinh.pdf", "size": len(data),
                       "mime": "application/pdf"}
    assert stored is None and not (tmp_path / "attachments").exists()
    report = sync_round(desk)
    assert report.complete and report.files_uploaded == 1 and not report.files_missing
    assert client_for(desk).download_blob(sha) == data
    desk.close()
