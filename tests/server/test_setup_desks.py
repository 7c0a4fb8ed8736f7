"""Issue 12 end to end through the command line: `setup` desks of one Nghệ An commune against a
real server, offline work on each, sync; duplicate desk numbers refused before anything is
pushed; re-enrolment that cannot hijack a desk; a lost enrolment reply retried; desks listed
with their clocks; a stolen desk revoked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from serverkit import Admin, FaultyTransport, ServerProcess

from commune_desk.cli import main

MY_LY = "16816"
AGENCY = "000.00.04.H40"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def token(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> str:
    code, out, err = cli(capsys, "server", "issue-token", "--db", url, "--code", MY_LY, *extra)
    assert code == 0, err
    return out.strip()


def open_desk(path: Path) -> Any:
    from commune_desk.cli.common import database_key
    from commune_desk.store import open_store

    key = database_key(path, create=False)
    return open_store(path, key, create=False)


def codes(path: Path) -> list[str]:
    from sqlalchemy import text

    store = open_desk(path)
    try:
        with store.read() as s:
            return list(s.execute(text("SELECT code FROM dossiers")).scalars())
    finally:
        store.close()


def server_digest(path: Path, server: ServerProcess) -> dict[str, Any]:
    from commune_desk.services.sync import client_for

    store = open_desk(path)
    try:
        with client_for(store) as client:
            return client.digest()
    finally:
        store.close()


def test_two_desks_of_one_commune_from_setup_to_equal_digests(
        server: ServerProcess, admin: Admin, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.db_url
    code, out, err = cli(capsys, "server", "add-commune", "--db", url, "--code", MY_LY)
    assert code == 0 and "Xã Mỹ Lý" in out, err
    a, b, c = (tmp_path / f"ban{n}.sqlite3" for n in (1, 2, 3))
    for path, number in ((a, 1), (b, 2)):
        code, out, err = cli(capsys, "setup", "--db", str(path), "--commune", MY_LY,
                             "--agency-id", AGENCY, "--desk", str(number),
                             "--server", server.url, "--token", token(capsys, url), "--json")
        assert code == 0, err
        data = json.loads(out)
        assert data["enrolled"] and data["desk_number"] == number
        assert data["receiving_unit"] == "Trung tâm Phục vụ hành chính công xã Mỹ Lý"

    # A third desk asking for number 2: refused at enrolment, in Vietnamese, nothing kept.
    t3 = token(capsys, url)
    code, _out, err = cli(capsys, "setup", "--db", str(c), "--commune", MY_LY, "--agency-id",
                          AGENCY, "--desk", "2", "--server", server.url, "--token", t3)
    assert code == 2
    assert "Số bàn 2 của xã 16816 đã thuộc máy" in err and "mã đăng ký chưa bị dùng" in err
    assert not c.exists()
    # The same token still works with a free number.
    code, _out, err = cli(capsys, "setup", "--db", str(c), "--commune", MY_LY, "--agency-id",
                          AGENCY, "--desk", "3", "--server", server.url, "--token", t3)
    assert code == 0, err

    # Offline work on both desks (same days: only the desk number keeps codes apart).
    for path, number in ((a, 1), (b, 2)):
        code, _out, err = cli(capsys, "demo", "--db", str(path), "--dossiers", "60",
                              "--months", "1", "--seed", str(number), "--desk", str(number))
        assert code == 0, err
    assert admin.count(MY_LY) == 0
    for path in (a, b, a, c):
        code, out, err = cli(capsys, "sync", "--db", str(path), "--json")
        assert code == 0, err
        report = json.loads(out)
        assert report["complete"] and report["quarantined"] == 0 and report["rejected"] == 0
        assert report["clock_warning"] is None
    all_codes = codes(a)
    assert len(all_codes) == 120 and len(set(all_codes)) == 120
    assert sorted(codes(b)) == sorted(all_codes) == sorted(codes(c))
    assert {code.rsplit("-", 1)[1][0] for code in all_codes} == {"1", "2"}
    digests = set()
    for path in (a, b, c):
        code, out, _err = cli(capsys, "check", "--db", str(path), "--json")
        check = json.loads(out)
        assert code == 0 and check["ok"] and check["dossiers"] == 120
        digests.add(check["digest"])
    assert len(digests) == 1
    assert server_digest(a, server)["digest"] in digests

    # The province sees every desk with its number, last sync and clock.
    code, out, _err = cli(capsys, "server", "desks", "--db", url, "--code", MY_LY, "--json")
    desks = json.loads(out)
    assert [d["desk_number"] for d in desks] == [1, 2, 3]
    assert all(d["last_sync_at"] and abs(d["clock_offset_s"]) < 60 and not d["clock_off"]
               for d in desks)


def test_equal_number_set_up_offline_is_refused_at_enrolment_and_first_sync(
        sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_server.db_url
    assert cli(capsys, "server", "add-commune", "--db", url, "--code", MY_LY)[0] == 0
    a, d = tmp_path / "a.sqlite3", tmp_path / "d.sqlite3"
    assert cli(capsys, "setup", "--db", str(a), "--commune", MY_LY, "--agency-id", AGENCY,
               "--desk", "1", "--server", sqlite_server.url, "--token", token(capsys, url))[0] == 0
    # Desk d was set up without a server, with the same number, and worked offline.
    assert cli(capsys, "setup", "--db", str(d), "--commune", MY_LY, "--agency-id", AGENCY,
               "--desk", "1")[0] == 0
    assert cli(capsys, "demo", "--db", str(d), "--dossiers", "5", "--months", "1")[0] == 0
    code, _out, err = cli(capsys, "enroll", "--db", str(d), "--server", sqlite_server.url,
                          "--token", token(capsys, url))
    assert code == 2 and "Số bàn 1 của xã 16816 đã thuộc máy" in err
    assert admin.count(MY_LY) == 0

    # A desk enrolled as number 2 whose number is later changed to 1 (Settings): its next
    # sync is refused by the server before any event is pushed.
    from commune_desk.domain.permissions import Actor, Role
    from commune_desk.services.desk import configure_desk

    b = tmp_path / "b.sqlite3"
    assert cli(capsys, "setup", "--db", str(b), "--commune", MY_LY, "--agency-id", AGENCY,
               "--desk", "2", "--server", sqlite_server.url, "--token", token(capsys, url))[0] == 0
    store = open_desk(b)
    configure_desk(store, Actor("qt", Role.ADMIN, "Quản trị"), desk_number=1)
    store.close()
    code, _out, err = cli(capsys, "sync", "--db", str(b))
    assert code == 2 and "Số bàn 1 của xã 16816 đã thuộc máy" in err and "chưa gửi gì" in err
    assert admin.count(MY_LY) == 0


def _desk_id(path: Path) -> str:
    from commune_desk.services.desk import desk_info

    store = open_desk(path)
    try:
        return desk_info(store).desk_id
    finally:
        store.close()


def test_reenrolment_cannot_hijack_a_desk_and_a_lost_reply_is_retried(
        sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    from commune_desk.services.sync import enroll_desk, sync_round
    from commune_desk.sync.client import SyncClient, SyncOffline, SyncRefused

    url = sqlite_server.db_url
    assert cli(capsys, "server", "add-commune", "--db", url, "--code", MY_LY)[0] == 0
    a = tmp_path / "a.sqlite3"
    assert cli(capsys, "setup", "--db", str(a), "--commune", MY_LY, "--agency-id", AGENCY,
               "--desk", "1")[0] == 0
    # The reply of the enrolment is lost after the server committed it.
    store = open_desk(a)
    t1 = token(capsys, url)

    def lossy(base: str) -> SyncClient:
        return SyncClient(base, transport=FaultyTransport(["after"]))

    with pytest.raises(SyncOffline):
        enroll_desk(store, sqlite_server.url, t1, client_factory=lossy)
    enroll_desk(store, sqlite_server.url, t1)  # same token, same desk: answered again
    assert sync_round(store).complete
    with pytest.raises(SyncRefused) as err:  # once the desk used its credential: spent
        enroll_desk(store, sqlite_server.url, t1)
    assert err.value.status == 401
    store.close()

    # Another PC copies desk a's id and presents a fresh token: refused, token not spent,
    # desk a keeps working.
    thief_path = tmp_path / "thief.sqlite3"
    assert cli(capsys, "setup", "--db", str(thief_path), "--commune", MY_LY, "--desk", "5")[0] == 0
    thief = open_desk(thief_path)
    with thief.write() as s:
        s.execute(text("UPDATE desk SET desk_id = :d"), {"d": _desk_id(a)})
    t2 = token(capsys, url)
    with pytest.raises(SyncRefused) as err:
        enroll_desk(thief, sqlite_server.url, t2)
    assert err.value.status == 409 and "--desk" in str(err.value)
    thief.close()
    store = open_desk(a)
    assert sync_round(store).complete
    # A token issued for desk a (reinstalled PC) re-keys it; another desk id cannot use it.
    t3 = token(capsys, url, "--desk", _desk_id(a))
    other = open_desk(tmp_path / "thief.sqlite3")
    with other.write() as s:
        s.execute(text("UPDATE desk SET desk_id = '00000000-0000-4000-8000-000000000001'"))
    with pytest.raises(SyncRefused) as err:
        enroll_desk(other, sqlite_server.url, t3)
    assert err.value.status == 409
    other.close()
    enroll_desk(store, sqlite_server.url, t3)
    assert sync_round(store).complete
    store.close()


def test_revoke_desk_cuts_it_off_and_frees_its_number(
        sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_server.db_url
    assert cli(capsys, "server", "add-commune", "--db", url, "--code", MY_LY)[0] == 0
    a = tmp_path / "a.sqlite3"
    assert cli(capsys, "setup", "--db", str(a), "--commune", MY_LY, "--desk", "4",
               "--server", sqlite_server.url, "--token", token(capsys, url))[0] == 0
    assert cli(capsys, "sync", "--db", str(a))[0] == 0
    code, out, _err = cli(capsys, "server", "desks", "--db", url, "--code", MY_LY)
    assert code == 0 and "bàn 4" in out and "hoạt động" in out
    code, out, err = cli(capsys, "server", "revoke-desk", "--db", url, "--desk", _desk_id(a)[:8])
    assert code == 0 and "Đã thu hồi" in out, err
    code, _out, err = cli(capsys, "sync", "--db", str(a))
    assert code == 2 and "thu hồi" in err
    code, out, _err = cli(capsys, "server", "desks", "--db", url, "--code", MY_LY)
    assert "ĐÃ THU HỒI" in out
    b = tmp_path / "b.sqlite3"
    assert cli(capsys, "setup", "--db", str(b), "--commune", MY_LY, "--desk", "4",
               "--server", sqlite_server.url, "--token", token(capsys, url))[0] == 0
    code, _out, err = cli(capsys, "server", "revoke-desk", "--db", url, "--desk", "khongco")
    assert code == 2 and "Không có máy" in err


def test_far_off_pc_clock_is_reported_to_clerk_and_province(
        sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import commune_desk.services.sync as sync_service
    from commune_desk.domain.vntime import utc_ms

    url = sqlite_server.db_url
    assert cli(capsys, "server", "add-commune", "--db", url, "--code", MY_LY)[0] == 0
    a = tmp_path / "a.sqlite3"
    assert cli(capsys, "setup", "--db", str(a), "--commune", MY_LY, "--desk", "1",
               "--server", sqlite_server.url, "--token", token(capsys, url))[0] == 0
    two_hours = 2 * 3600 * 1000
    monkeypatch.setattr(sync_service, "utc_ms", lambda: utc_ms() + two_hours)
    code, out, err = cli(capsys, "sync", "--db", str(a), "--json")
    assert code == 0, err
    assert "nhanh 2 giờ" in json.loads(out)["clock_warning"]
    code, _out, err = cli(capsys, "sync", "--db", str(a))
    assert "Đồng hồ máy này nhanh 2 giờ" in err
    code, out, _err = cli(capsys, "server", "desks", "--db", url, "--code", MY_LY, "--json")
    row = json.loads(out)[0]
    assert row["clock_off"] and 7100 < row["clock_offset_s"] < 7300
    # … and on the province dashboard.
    from commune_desk.server import store

    store.add_officer(admin.sessions, "canbo.tinh", "Cán bộ tỉnh", "mat-khau-dai-du")
    with httpx.Client(base_url=sqlite_server.url) as web:
        web.post("/dashboard/login", data={"login": "canbo.tinh", "password": "mat-khau-dai-du"})
        page = web.get("/dashboard").text
    assert "Máy có đồng hồ lệch quá 10 phút (1)" in page
    assert "Xã Mỹ Lý — bàn số 1: đồng hồ nhanh 2 giờ" in page


def test_session_cookie_is_secure_behind_a_tls_proxy(sqlite_server: ServerProcess,
                                                     admin: Admin) -> None:
    from commune_desk.server import store

    store.add_officer(admin.sessions, "canbo.tinh", "Cán bộ tỉnh", "mat-khau-dai-du")
    form = {"login": "canbo.tinh", "password": "mat-khau-dai-du"}
    plain = httpx.post(sqlite_server.url + "/dashboard/login", data=form)
    proxied = httpx.post(sqlite_server.url + "/dashboard/login", data=form,
                         headers={"X-Forwarded-Proto": "https"})
    assert "secure" not in plain.headers["set-cookie"].lower()
    assert "secure" in proxied.headers["set-cookie"].lower()
