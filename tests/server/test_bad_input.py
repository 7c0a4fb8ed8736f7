"""Bad input to the real server: a clear 4xx in Vietnamese and nothing written."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from serverkit import Admin, ServerProcess, enroll, make_desk, receive

from commune_desk.services.sync import client_for
from commune_desk.sync.protocol import PushRequest, WireEvent


def _desk_events(store: Any) -> list[WireEvent]:
    from sqlalchemy import text


    with store.read() as s:
        rows = s.execute(text("SELECT * FROM events ORDER BY desk_seq")).all()
    return [WireEvent.from_row(r) for r in rows]


@pytest.fixture
def desk(module_server: ServerProcess, admin: Admin, tmp_path: Path) -> Any:
    store = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(store, module_server, admin, fresh_commune=True)
    receive(store)
    before = admin.count()
    yield store
    assert admin.count() == before, "a refused request wrote something"
    store.close()


def _post(server: ServerProcess, token: str, body: Any, *, raw: bytes | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    content = raw if raw is not None else json.dumps(body).encode()
    return httpx.post(server.url + "/api/v1/push", content=content, headers=headers, timeout=30)


def _token(store: Any) -> str:
    client = client_for(store)
    try:
        assert client.token
        return client.token
    finally:
        client.close()


def _body(events: list[WireEvent], **over: Any) -> dict[str, Any]:
    req = PushRequest(schema_version=1, desk_id=events[0].desk_id, desk_epoch=events[0].desk_epoch,
                      events=events)
    return {**req.model_dump(mode="json"), **over}


def test_forged_token(module_server: ServerProcess, admin: Admin, desk: Any) -> None:
    r = _post(module_server, "CDD-forged-" + "x" * 30, _body(_desk_events(desk)))
    assert r.status_code == 401
    assert "không hợp lệ" in r.json()["detail"]
    r = httpx.get(module_server.url + "/api/v1/pull", params={"epoch": 1})
    assert r.status_code == 401 and "Thiếu" in r.json()["detail"]


def test_expired_and_unknown_enrolment_tokens(module_server: ServerProcess, admin: Admin,
                                              tmp_path: Path) -> None:
    from sqlalchemy import update

    from commune_desk.server.models import EnrolToken
    from commune_desk.services.sync import enroll_desk
    from commune_desk.sync.client import SyncRefused

    token = admin.token()
    with admin.sessions.begin() as s:
        s.execute(update(EnrolToken).values(expires_at="2000-01-01T00:00:00"))
    store = make_desk(tmp_path / "b.sqlite3", 2)
    with pytest.raises(SyncRefused) as err:
        enroll_desk(store, module_server.url, token)
    assert err.value.status == 401 and "hết hạn" in str(err.value)
    with pytest.raises(SyncRefused) as err:
        enroll_desk(store, module_server.url, "CD1-" + "y" * 32)
    assert err.value.status == 401 and "không đúng" in str(err.value)
    store.close()


def test_other_communes_events_are_refused_whole(module_server: ServerProcess, admin: Admin,
                                                desk: Any) -> None:
    events = _desk_events(desk)
    forged = events[0].model_copy(update={"commune_code": "40002"})
    r = _post(module_server, _token(desk), _body([forged]))
    assert r.status_code == 403
    assert "40002" in r.json()["detail"]
    # A batch mixing good and foreign events is refused as a whole.
    r = _post(module_server, _token(desk), _body([*events, forged]))
    assert r.status_code == 403


def test_another_desks_events_are_refused(module_server: ServerProcess, admin: Admin,
                                          desk: Any) -> None:
    events = _desk_events(desk)
    other = events[0].model_copy(update={"desk_id": str(uuid.uuid4())})
    r = _post(module_server, _token(desk), _body([other], desk_id=other.desk_id))
    assert r.status_code == 403


def test_malformed_json(module_server: ServerProcess, admin: Admin, desk: Any) -> None:
    r = _post(module_server, _token(desk), None, raw=b'{"schema_version": 1, "events": [')
    assert r.status_code == 400
    assert "JSON" in r.json()["detail"]
    r = _post(module_server, _token(desk), {"schema_version": 1, "desk_id": "x", "events": "no"})
    assert r.status_code == 422
    assert "không đúng mẫu" in r.json()["detail"]


def test_oversized_batch(module_server: ServerProcess, admin: Admin, desk: Any) -> None:
    events = _desk_events(desk)
    body = _body(events)
    body["events"] = body["events"] * 501
    r = _post(module_server, _token(desk), body)
    assert r.status_code == 413
    assert "quá lớn" in r.json()["detail"]
    big = _body(events)
    big["events"][0]["payload"]["padding"] = "x" * (5 * 1024 * 1024)
    r = _post(module_server, _token(desk), big)
    assert r.status_code == 413


def test_wrong_schema_version(module_server: ServerProcess, admin: Admin, desk: Any) -> None:
    r = _post(module_server, _token(desk), _body(_desk_events(desk), schema_version=2))
    assert r.status_code == 400
    assert "Phiên bản giao thức" in r.json()["detail"]


def test_tampered_event_is_rejected_and_quarantined(module_server: ServerProcess, admin: Admin,
                                                   desk: Any) -> None:
    events = _desk_events(desk)
    tampered = events[0].model_copy(update={"payload": {**events[0].payload, "code": "GIẢ"}})
    r = _post(module_server, _token(desk), _body([tampered]))
    assert r.status_code == 200
    result = r.json()["results"][0]
    assert result["status"] == "rejected" and "băm" in result["reason"]
    assert r.json()["acked_seq"] == 1  # the number is settled: the log moves on
    # The genuine event with the same number is now refused too (the number was used).
    r = _post(module_server, _token(desk), _body(events))
    assert r.json()["results"][0]["status"] == "rejected"


def test_openapi_describes_v1(module_server: ServerProcess) -> None:
    spec = httpx.get(module_server.url + "/openapi.json", timeout=10).json()
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/enroll", "/api/v1/status"} <= set(spec["paths"])
    body = spec["paths"]["/api/v1/push"]["post"]["requestBody"]["content"]["application/json"]
    name = body["schema"]["$ref"].rsplit("/", 1)[1]
    assert "events" in json.dumps(spec["components"]["schemas"][name])
