"""A province server no desk, stolen credential or stranger can take down (issue 16): poison
events, broken chains, blob squatting and cross-commune reads, officer sign-in lockout.
Every test runs on SQLite and on PostgreSQL against a real server process."""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import time
import uuid
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from serverkit import Admin, FaultyTransport, ServerProcess, clerk, enroll, make_desk, receive

from commune_desk.domain.audit import chain_hash
from commune_desk.sync.protocol import WireEvent

PASSWORD = "mat-khau-tinh-2026"


class ChainDesk:
    """A desk speaking raw HTTP, building its own hash chain (so tests can forge and break it)."""

    numbers: ClassVar[dict[tuple[str, str], int]] = {}

    @classmethod
    def next_number(cls, server: ServerProcess, commune: str) -> int:
        """Desk numbers from 9 down (real desks in these tests take 1 and 2)."""
        key = (server.url, commune)
        cls.numbers[key] = cls.numbers.get(key, 10) - 1
        return cls.numbers[key]

    def __init__(self, server: ServerProcess, admin: Admin, commune: str = "40001") -> None:
        self.server, self.commune = server, commune
        self.desk_id = str(uuid.uuid4())
        r = httpx.post(server.url + "/api/v1/enroll", timeout=30, json={
            "schema_version": 1, "token": admin.token(commune), "desk_id": self.desk_id,
            "desk_number": ChainDesk.next_number(server, commune), "commune_code": commune})
        assert r.status_code == 200, r.text
        self.token = r.json()["desk_token"]
        self.seq, self.prev, self.ms = 0, "", 1_790_000_000_000

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def event(self, kind: str, payload: dict[str, Any], dossier: str | None = None, *,
              prev: str | None = None, seq: int | None = None) -> WireEvent:
        self.seq = seq or self.seq + 1
        self.ms += 1
        fields = {"id": str(uuid.uuid4()), "dossier_id": dossier or str(uuid.uuid4()),
                  "kind": kind, "occurred_at": "2026-11-02T08:00:00", "actor": "canbo1",
                  "desk_id": self.desk_id, "desk_epoch": 1, "desk_seq": self.seq,
                  "hlc": f"{self.ms:013d}-00000", "commune_code": self.commune,
                  "payload": payload}
        link = self.prev if prev is None else prev
        ev = WireEvent(**fields, prev_hash=link, hash=chain_hash(link, fields))
        self.prev = ev.hash or ""
        return ev

    def push(self, events: list[WireEvent]) -> dict[str, Any]:
        body = {"schema_version": 1, "desk_id": self.desk_id, "desk_epoch": 1,
                "events": [e.model_dump(mode="json") for e in events]}
        r = httpx.post(self.server.url + "/api/v1/push", json=body, headers=self.auth,
                       timeout=30)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull_ids(self) -> set[str]:
        r = httpx.get(self.server.url + "/api/v1/pull", params={"epoch": 1}, headers=self.auth,
                      timeout=30)
        return {e["id"] for e in r.json()["events"]}


def received_payload(n: int = 1, **over: Any) -> dict[str, Any]:
    return {"code": f"000.00.00.H41-261102-{n:04d}", "procedure_code": "1.001193",
            "applicant": {"name": "Nguyễn Văn An"}, "received_at": "2026-11-02T08:00:00",
            "due_at": "2026-11-05T17:00:00", **over}


def obstacle_payload(**over: Any) -> dict[str, Any]:
    return {"field": "Đất đai", "procedure": "", "blocker": "mang", "since": "2026-10-01",
            "dossiers_held": 3, "description": "Mất mạng cả tuần.", **over}


def officer(admin: Admin) -> httpx.Client:
    from commune_desk.server import store

    store.add_officer(admin.sessions, "canbo.tinh", "Phạm Minh Tuấn", PASSWORD)
    return httpx.Client(timeout=30)


def sign_in(server: ServerProcess) -> httpx.Client:
    web = httpx.Client(base_url=server.url, timeout=30)
    r = web.post("/dashboard/login", data={"login": "canbo.tinh", "password": PASSWORD})
    assert r.status_code == 303, r.text
    return web


# --------------------------------------------------------------------------- defect 1
POISON = [
    ("received", lambda d: received_payload(due_at=5)),
    ("received", lambda d: received_payload(catalog_version="mới nhất")),
    ("resolved", lambda d: {"outcome": "approved", "ready_at": [1, 2]}),
    ("obstacle_reported", lambda d: obstacle_payload(dossiers_held="nhiều")),
    ("obstacle_answered", lambda d: {"answer": {"x": 1}, "answered_by": "tỉnh"}),
    ("attachment_added", lambda d: {"sha256": "a" * 64, "name": "scan.pdf", "size": "lớn"}),
]


def test_poison_events_are_refused_at_push(server: ServerProcess, admin: Admin) -> None:
    desk = ChainDesk(server, admin)
    dossier = str(uuid.uuid4())
    good = desk.event("received", received_payload(), dossier)
    assert desk.push([good])["results"][0]["status"] == "accepted"
    before = admin.count()
    for kind, make in POISON:
        ev = desk.event(kind, make(dossier), dossier)
        result = desk.push([ev])["results"][0]
        assert result["status"] == "rejected", (kind, result)
        assert "không hợp lệ" in result["reason"] or "cấp tỉnh" in result["reason"], result
    assert admin.count() == before  # nothing stored, nothing forwarded
    # a new desk's unknown kind is still stored (and never read by the dashboard)
    ev = desk.event("future_kind", {"anything": [1, {"x": None}]}, dossier)
    assert desk.push([ev])["results"][0]["status"] == "accepted"
    officer(admin)
    page = sign_in(server).get("/dashboard")
    assert page.status_code == 200 and "Xã Hưng Nguyên" in page.text


def test_dashboard_survives_poison_rows_already_stored(server: ServerProcess,
                                                      admin: Admin) -> None:
    """Rows stored before validation existed (or written around it) are skipped and listed;
    the page renders with the figures of every readable dossier."""
    from sqlalchemy import insert

    from commune_desk.server.models import Event

    desk = ChainDesk(server, admin)
    ok = str(uuid.uuid4())
    desk.push([desk.event("received", received_payload(), ok),
               desk.event("obstacle_reported", obstacle_payload())])
    rows = []
    for i, (kind, make) in enumerate(POISON):
        dossier = str(uuid.uuid4())
        payload = make(dossier)
        if kind in ("resolved", "attachment_added"):  # needs a dossier to act on
            rows.append((dossier, "received", received_payload(100 + i)))
        if kind == "obstacle_answered":  # answers an obstacle that exists
            rows.append((dossier, "obstacle_reported", obstacle_payload()))
        rows.append((dossier, kind, payload))
    rows.append((str(uuid.uuid4()), "obstacle_reported", "không phải JSON"))
    with admin.sessions.begin() as s:
        n = 10_000
        for dossier, kind, payload in rows:
            n += 1
            text = payload if isinstance(payload, str) else json.dumps(payload)
            s.execute(insert(Event).values(
                id=str(uuid.uuid4()), commune_code="40001", commune_seq=n, log_hash="x",
                dossier_id=dossier, kind=kind, occurred_at="2026-11-02T09:00:00", actor="x",
                desk_id=str(uuid.uuid4()), desk_epoch=1, desk_seq=n, hlc=f"{1_800_000_000_000 + n}-00000",
                payload=text, prev_hash="", hash="0" * 64, stored_at="2026-11-02T09:00:00"))
    officer(admin)
    web = sign_in(server)
    page = web.get("/dashboard")
    assert page.status_code == 200, page.text[:500]
    assert 'id="problems"' in page.text and "bỏ qua" in page.text
    assert "Mất mạng cả tuần." in page.text  # the good obstacle is still there
    from commune_desk.server.stats import commune_figures

    problems: list[str] = []
    figures = {f.code: f for f in commune_figures(admin.sessions, problems=problems)}
    assert figures["40001"].received >= 1
    assert len(problems) >= 3


# --------------------------------------------------------------------------- defect 3
def test_broken_links_are_refused_and_never_forwarded(server: ServerProcess,
                                                      admin: Admin) -> None:
    a, b = ChainDesk(server, admin), ChainDesk(server, admin)
    first = [a.event("received", received_payload(i)) for i in (1, 2)]
    assert a.push(first)["acked_seq"] == 2
    forged = a.event("received", received_payload(3), prev="f" * 64)  # a valid hash, a wrong link
    reply = a.push([forged])
    assert reply["results"][0]["status"] == "rejected"
    assert "chuỗi kiểm toán" in reply["results"][0]["reason"]
    assert reply["acked_seq"] == 3  # the number is settled: the honest log moves on
    # A gap: number 6 arrives before 4 and 5; it is held back, not forwarded, until they come.
    a.prev = forged.hash or ""  # the desk's own chain goes on from what it recorded
    e4 = a.event("received", received_payload(4))
    e5 = a.event("received", received_payload(5))
    e6 = a.event("received", received_payload(6))
    e7_forged = a.event("received", received_payload(7), prev="e" * 64)
    late = a.push([e6, e7_forged])
    assert {r["status"] for r in late["results"]} == {"accepted"} and late["acked_seq"] == 3
    assert e6.id not in b.pull_ids()
    done = a.push([e4, e5])
    assert done["acked_seq"] == 7  # 4, 5, 6 stored; 7 refused when its link was checked
    seen = b.pull_ids()
    assert {e.id for e in first} | {e4.id, e5.id, e6.id} <= seen
    assert forged.id not in seen and e7_forged.id not in seen
    # the refusals are kept with their reasons (the desk sees them in quarantine)
    from sqlalchemy import select

    from commune_desk.server.models import Rejection

    with admin.sessions() as s:
        reasons = dict(s.execute(select(Rejection.desk_seq, Rejection.reason).where(
            Rejection.desk_id == a.desk_id)).all())
    assert set(reasons) == {3, 7}


def test_real_desks_verify_after_a_forgery_attempt(server: ServerProcess, admin: Admin,
                                                   tmp_path: Path) -> None:
    """The forged event of the issue: pushed with a desk's token, it never reaches the other
    desk, whose audit verification and check stay clean."""
    from commune_desk.services.sync import client_for, sync_round

    a = make_desk(tmp_path / "a.sqlite3", 1)
    b = make_desk(tmp_path / "b.sqlite3", 2)
    enroll(a, server, admin)
    enroll(b, server, admin)
    receive(a, "Trần Văn Bình")
    assert sync_round(a).complete
    from sqlalchemy import text

    with a.read() as s:
        row = s.execute(text("SELECT * FROM events ORDER BY desk_seq DESC LIMIT 1")).one()
    last = WireEvent.from_row(row)
    fields = {**last.model_dump(exclude={"prev_hash", "hash"}), "id": str(uuid.uuid4()),
              "desk_seq": last.desk_seq + 1, "dossier_id": str(uuid.uuid4()),
              "payload": received_payload(77)}
    forged = WireEvent(**fields, prev_hash="0" * 64, hash=chain_hash("0" * 64, fields))
    client = client_for(a)
    from commune_desk.sync.protocol import PushRequest

    reply = client.push(PushRequest(schema_version=1, desk_id=last.desk_id,
                                    desk_epoch=last.desk_epoch, events=[forged]))
    assert reply.results[0].status == "rejected"
    assert sync_round(b).complete
    from commune_desk.services.audit import verify_connection

    with b.engine.connect() as conn:
        report = verify_connection(conn.connection.driver_connection)
    assert report.ok and report.events >= 1, report
    with b.read() as s:
        assert s.execute(text("SELECT count(*) FROM events WHERE id = :i"),
                         {"i": forged.id}).scalar() == 0


# --------------------------------------------------------------------------- defect 5
def test_blobs_belong_to_their_commune(server: ServerProcess, admin: Admin,
                                       tmp_path: Path) -> None:
    from commune_desk.services.sync import client_for

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, server, admin)
    other = ChainDesk(server, admin, "40002")
    data = os.urandom(200_000)
    sha = hashlib.sha256(data).hexdigest()
    # Another commune squats the hash with a wrong size before the honest upload.
    r = httpx.put(f"{server.url}/api/v1/blobs/{sha}", params={"offset": 0, "total": 999},
                  content=b"x", headers=other.auth, timeout=30)
    assert r.status_code == 200
    transport = FaultyTransport()
    client = client_for(a, transport=transport)
    assert client.upload_blob(sha, data, chunk=64_000) == len(data)
    assert len(transport.seen) <= 6  # status + 4 chunks: no loop
    # The other commune learns nothing of it: its own view of the hash is its own upload.
    status = httpx.get(f"{server.url}/api/v1/blobs/{sha}", headers=other.auth).json()
    assert status == {"sha256": sha, "received": 1, "complete": False, "size": 999}
    unknown = hashlib.sha256(b"never uploaded").hexdigest()
    assert httpx.get(f"{server.url}/api/v1/blobs/{unknown}", headers=other.auth).json() == {
        "sha256": unknown, "received": 0, "complete": False, "size": None}
    # ... nor can it read it by naming the hash in its own attachment event.
    dossier = str(uuid.uuid4())
    reply = other.push([other.event("received", received_payload(), dossier),
                        other.event("attachment_added",
                                    {"sha256": sha, "name": "lay-cap.pdf", "size": len(data)},
                                    dossier)])
    assert reply["acked_seq"] == 2
    r = httpx.get(f"{server.url}/api/v1/blobs/{sha}/content", headers=other.auth)
    assert r.status_code == 404
    # The owner's commune reads it once its dossier refers to it.
    from commune_desk.services.dossiers import add_attachment
    from commune_desk.services.sync import sync_round

    add_attachment(a, clerk(), receive(a), sha, "giay-to.pdf", len(data), "application/pdf")
    assert sync_round(a).complete
    assert client_for(a).download_blob(sha) == data


def test_wrong_size_in_the_same_commune_never_blocks(server: ServerProcess, admin: Admin,
                                                     tmp_path: Path) -> None:
    from commune_desk.services.sync import client_for

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, server, admin)
    squatter = ChainDesk(server, admin, "40001")
    data = os.urandom(150_000)
    sha = hashlib.sha256(data).hexdigest()
    r = httpx.put(f"{server.url}/api/v1/blobs/{sha}", params={"offset": 0, "total": 5},
                  content=b"abc", headers=squatter.auth, timeout=30)
    assert r.status_code == 200
    transport = FaultyTransport()
    assert client_for(a, transport=transport).upload_blob(sha, data, chunk=50_000) == len(data)
    assert len(transport.seen) <= 5


def test_upload_retries_are_bounded(sqlite_server: ServerProcess, admin: Admin,
                                    tmp_path: Path) -> None:
    """A server that keeps refusing chunks (409) ends the upload after a few tries."""
    from commune_desk.services.sync import client_for
    from commune_desk.sync.client import SyncOffline

    a = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(a, sqlite_server, admin)
    client = client_for(a)
    calls = {"n": 0}

    def refuse(method: str, path: str, **kw: Any) -> Any:
        calls["n"] += 1
        if method == "PUT":
            from commune_desk.sync.client import SyncRefused

            raise SyncRefused(409, "khác")
        return httpx.Response(200, json={"received": 0, "complete": False, "size": None})

    client._raw = refuse  # type: ignore[method-assign]
    with pytest.raises(SyncOffline):
        client.upload_blob("a" * 64, b"x" * 10)
    assert calls["n"] <= 13


# --------------------------------------------------------------------------- defect 6
def test_officer_lockout_and_unknown_logins_in_constant_time(server: ServerProcess,
                                                             admin: Admin) -> None:
    officer(admin)
    web = httpx.Client(base_url=server.url, timeout=30)

    def attempt(login: str, password: str) -> tuple[int, float]:
        t0 = time.perf_counter()
        r = web.post("/dashboard/login", data={"login": login, "password": password})
        return r.status_code, time.perf_counter() - t0

    unknown = [attempt(f"khong.co.{i}", "sai-mat-khau-1") for i in range(4)]
    known = [attempt("canbo.tinh", "sai-mat-khau-1") for _ in range(4)]
    assert {s for s, _ in unknown + known} == {401}
    t_unknown = statistics.median(t for _, t in unknown)
    t_known = statistics.median(t for _, t in known)
    assert 0.5 < t_unknown / t_known < 2.0, (t_unknown, t_known)
    # the fifth wrong password locks the login: even the right one is then refused
    status, _ = attempt("canbo.tinh", "sai-mat-khau-1")
    assert status == 401
    status, _ = attempt("canbo.tinh", PASSWORD)
    assert status == 429
    r = web.post("/dashboard/login", data={"login": "canbo.tinh", "password": PASSWORD})
    assert "tạm khóa" in r.text
    # when the lock has passed, the right password works and the count starts again
    from sqlalchemy import update

    from commune_desk.server.models import Officer

    with admin.sessions.begin() as s:
        s.execute(update(Officer).values(locked_until="2000-01-01T00:00:00"))
    status, _ = attempt("canbo.tinh", PASSWORD)
    assert status == 303
