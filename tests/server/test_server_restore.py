"""A server restored from an older backup keeps the province's answers (issue 16, defect 4):
desks hand back the province's sealed events they hold; a forged one is refused. PostgreSQL
is backed up with the real ``pg_dump -Fc`` and restored with ``pg_restore``; SQLite by its
backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from pathlib import Path

from serverkit import (
    Admin,
    ServerProcess,
    add_officer,
    answer_on_dashboard,
    dump_server,
    enroll,
    make_desk,
    officer_web,
    receive,
    restore_server,
)

from commune_desk.services.obstacles import list_obstacles, record_obstacle
from commune_desk.services.sync import client_for, sync_round


def _dashboard(server: ServerProcess) -> str:
    with contextlib.closing(officer_web(server)) as web:
        return web.get("/dashboard").text


def test_restore_keeps_the_provinces_answers(server: ServerProcess, admin: Admin,
                                             tmp_path: Path) -> None:
    add_officer(admin)
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, server, admin)
    receive(desk)
    oid = record_obstacle(desk, actor="canbo1", field="Hộ tịch", procedure="",
                          blocker="mang", since=dt.date(2026, 10, 1), dossiers_held=4,
                          description="Đường truyền chập chờn.")
    assert sync_round(desk).complete
    backup = dump_server(server, tmp_path / "server.backup")
    answer_on_dashboard(server, oid, "Viễn thông tỉnh sẽ kéo cáp mới trong tuần.")
    assert sync_round(desk).complete
    (ob,) = list_obstacles(desk)
    assert [a.text for a in ob.answers] == ["Viễn thông tỉnh sẽ kéo cáp mới trong tuần."]

    restore_server(server, admin, backup)
    before = _dashboard(server)
    assert "Đường truyền chập chờn." in before
    assert "Viễn thông tỉnh" not in before  # lost with the restore ...
    report = sync_round(desk)
    assert report.complete and report.province_returned == 1
    after = _dashboard(server)
    assert "Viễn thông tỉnh sẽ kéo cáp mới trong tuần." in after  # ... and handed back
    kinds = [e.kind for e in Admin(server.db_url).events()]
    assert kinds.count("obstacle_answered") == 1
    # The province answers again after the restore: a new epoch of its chain; the desk's
    # audit verification accepts it (the new epoch links to an earlier province event).
    answer_on_dashboard(server, oid, "Đã kéo cáp xong.")
    assert sync_round(desk).complete
    (ob,) = list_obstacles(desk)
    assert len(ob.answers) == 2
    from commune_desk.services.audit import verify_connection

    with desk.engine.connect() as conn:
        assert verify_connection(conn.connection.driver_connection).ok
    assert sync_round(desk).province_returned == 0  # handed back once, not every round


def test_forged_province_events_are_refused(server: ServerProcess, admin: Admin,
                                            tmp_path: Path) -> None:
    from commune_desk.domain.audit import chain_hash
    from commune_desk.sync.protocol import WireEvent

    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, server, admin)
    from commune_desk.server.models import ServerIdentity

    with admin.sessions() as s:
        ident = s.get(ServerIdentity, 1)
        assert ident is not None
        province = ident.desk_id
    fields = {"id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()),
              "kind": "obstacle_answered", "occurred_at": "2026-11-02T08:00:00",
              "actor": "tinh:gia", "desk_id": province, "desk_epoch": 1, "desk_seq": 1,
              "hlc": "1790000000000-00000", "commune_code": "40001",
              "payload": {"answer": "Giả mạo", "answered_by": "Không ai", "seal": "0" * 64}}
    forged = WireEvent(**fields, prev_hash="", hash=chain_hash("", fields))
    before = admin.count()
    (result,) = client_for(desk).restore_province([forged])
    assert result.status == "rejected" and "cấp tỉnh" in (result.reason or "")
    assert admin.count() == before
