"""Obstacles flow up and answers flow down; province reference data arrives as whole versions;
the dashboard: officers sign in, desks never can."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from serverkit import Admin, ServerProcess, add_officer, enroll, make_desk, officer_web, receive

from commune_desk.services.obstacles import close_obstacle, list_obstacles, record_obstacle
from commune_desk.services.sync import client_for, sync_round


def test_obstacle_up_answer_down_until_closed(sqlite_server: ServerProcess, admin: Admin,
                                             tmp_path: Path) -> None:
    add_officer(admin)
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    receive(desk)
    oid = record_obstacle(desk, actor="canbo1", field="Đất đai", procedure="Đăng ký biến động",
                          blocker="thieu_huong_dan", since=dt.date(2026, 10, 1),
                          dossiers_held=12, description="Chưa có hướng dẫn về bản đồ mới.")
    assert sync_round(desk).complete
    web = officer_web(sqlite_server)
    page = web.get("/dashboard").text
    assert "Chưa có hướng dẫn về bản đồ mới." in page and "Thiếu hướng dẫn" in page
    assert '<svg id="chart"' in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    # A forged form (no CSRF) is refused and writes nothing.
    r = web.post(f"/dashboard/obstacles/{oid}/answer", data={"answer": "x", "csrf": "sai"})
    assert r.status_code == 403
    r = web.post(f"/dashboard/obstacles/{oid}/answer",
                 data={"answer": "Sở TN&MT sẽ gửi hướng dẫn trước 15/11.", "csrf": csrf})
    assert r.status_code == 303
    assert sync_round(desk).complete
    (ob,) = list_obstacles(desk)
    assert ob.answers[0].text == "Sở TN&MT sẽ gửi hướng dẫn trước 15/11."
    assert ob.answers[0].by == "Phạm Minh Tuấn" and not ob.closed
    close_obstacle(desk, oid, actor="canbo1", note="Đã nhận hướng dẫn")
    assert list_obstacles(desk) == []
    assert sync_round(desk).complete
    page = web.get("/dashboard").text
    assert "Không có vướng mắc nào đang mở." in page
    from commune_desk.services.integrity import check_store

    report = check_store(desk)
    assert report.ok, report.problems
    web.close()
    desk.close()


def test_desks_never_sign_in_to_the_dashboard(sqlite_server: ServerProcess, admin: Admin,
                                              tmp_path: Path) -> None:
    add_officer(admin)
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    token = client_for(desk).token
    r = httpx.get(sqlite_server.url + "/dashboard", headers={"Authorization": f"Bearer {token}"},
                  follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dashboard/login"
    r = httpx.post(sqlite_server.url + "/dashboard/login",
                   data={"login": "canbo.tinh", "password": token})
    assert r.status_code == 401 and "Sai tên đăng nhập" in r.text
    r = httpx.post(sqlite_server.url + f"/dashboard/obstacles/{'0' * 8}/answer",
                   headers={"Authorization": f"Bearer {token}"}, data={"answer": "x"})
    assert r.status_code == 401
    desk.close()


def _catalog_doc() -> dict[str, Any]:
    from commune_desk.paths import resource

    doc = json.loads(Path(resource("catalog", "commune_catalog.json")).read_text("utf-8"))
    doc["name"] = "Danh mục tỉnh Nghệ An 11/2026"
    doc["procedures"][0]["limit_value"] = 2
    doc["procedures"][0]["limit_unit"] = "working_days"
    return doc


def test_reference_data_applied_as_whole_versions(sqlite_server: ServerProcess, admin: Admin,
                                                  tmp_path: Path) -> None:
    from sqlalchemy import text

    from commune_desk.cli import main

    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps(_catalog_doc(), ensure_ascii=False), "utf-8")
    cal = tmp_path / "cal.json"
    cal.write_text(json.dumps({"entries": [
        {"day": "2026-12-31", "kind": "day_off", "name": "Nghỉ bù", "source": "QĐ 1/2026"},
        {"day": "2027-01-09", "kind": "makeup_workday", "name": "Làm bù"}]}), "utf-8")
    url = sqlite_server.db_url
    assert main(["server", "publish", "--db", url, "--kind", "catalog", "--version", "2026.11",
                 "--file", str(cat)]) == 0
    assert main(["server", "publish", "--db", url, "--kind", "calendar", "--version", "2026-a",
                 "--file", str(cal)]) == 0
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    report = sync_round(desk)
    assert len(report.references) == 2
    with desk.read() as s:
        versions = s.execute(text("SELECT source FROM catalog_versions")).scalars().all()
        days = dict(s.execute(text("SELECT day, kind FROM calendar_overrides")).all())
    assert "[tỉnh] 2026.11" in versions
    assert days == {"2026-12-31": "day_off", "2027-01-09": "makeup_workday"}
    # A newer calendar replaces the province's days as a whole.
    cal.write_text(json.dumps({"entries": [{"day": "2027-02-01", "kind": "holiday",
                                            "name": "Tết"}]}), "utf-8")
    assert main(["server", "publish", "--db", url, "--kind", "calendar", "--version", "2026-b",
                 "--file", str(cal)]) == 0
    assert sync_round(desk).references == ["Đã nhận lịch làm việc 2026-b (1 ngày)."]
    with desk.read() as s:
        days = dict(s.execute(text("SELECT day, kind FROM calendar_overrides")).all())
    assert days == {"2027-02-01": "holiday"}
    assert sync_round(desk).references == []  # applied once
    desk.close()


@pytest.mark.parametrize("bad", ["{", '{"entries": 3}'])
def test_publish_rejects_bad_files(sqlite_url: str, tmp_path: Path, bad: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from commune_desk.cli import main

    f = tmp_path / "bad.json"
    f.write_text(bad, "utf-8")
    assert main(["server", "publish", "--db", sqlite_url, "--kind", "calendar",
                 "--version", "x", "--file", str(f)]) == 2
    assert "Lỗi:" in capsys.readouterr().err
