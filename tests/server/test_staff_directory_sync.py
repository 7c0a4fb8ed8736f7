"""The province's staff directory comes down with sync, so papers name actors of other desks."""

from __future__ import annotations

import subprocess
from pathlib import Path

from serverkit import Admin, ServerProcess, enroll, make_desk, receive

from commune_desk.services import dossiers as svc
from commune_desk.services import printing
from commune_desk.services.sync import sync_round


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


def test_staff_directory_reference_names_the_clerk(sqlite_server: ServerProcess, admin: Admin,
                                                   tmp_path: Path) -> None:
    from commune_desk.server import store as server_store

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    code = svc.get_dossier(desk, receive(desk)).code
    assert "canbo1" in _text(printing.print_form(desk, code, "01"))  # nobody named it yet
    server_store.publish_reference(admin.sessions, "staff", "2026-12", {"entries": [
        {"login": "canbo1", "full_name": "Nguyễn Thị Lan", "phone": "0238 3844 120",
         "title": "Công chức Văn phòng - Thống kê", "commune_code": "40001"},
        {"login": "canbo1", "full_name": "Người xã khác", "commune_code": "40002"},
    ]})
    report = sync_round(desk)
    assert report.complete
    assert any("danh bạ cán bộ" in r for r in report.references)
    text = _text(printing.print_form(desk, code, "01"))
    assert "Nguyễn Thị Lan" in text and "canbo1" not in text and "Người xã khác" not in text
    desk.close()
