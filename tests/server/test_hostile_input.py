"""Hostile input never makes a server error (issue 16, defect 7): deep JSON without a token,
lone surrogates, integers beyond 64 bits, huge cursors — each a Vietnamese 4xx, nothing written."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from serverkit import Admin, ServerProcess


@pytest.fixture
def token(server: ServerProcess, admin: Admin) -> str:
    r = httpx.post(server.url + "/api/v1/enroll", timeout=30, json={
        "schema_version": 1, "token": admin.token(), "desk_id": str(uuid.uuid4()),
        "desk_number": 1})
    assert r.status_code == 200, r.text
    return str(r.json()["desk_token"])


def _post(server: ServerProcess, path: str, body: bytes, token: str | None = None) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(server.url + path, content=body, headers=headers, timeout=30)


def _event(desk_id: str, **over: Any) -> dict[str, Any]:
    ev = {"id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()), "kind": "note",
          "occurred_at": "2026-11-02T08:00:00", "actor": "canbo1", "desk_id": desk_id,
          "desk_epoch": 1, "desk_seq": 1, "hlc": "1790000000000-00000", "commune_code": "40001",
          "payload": {}, "prev_hash": "", "hash": "0" * 64}
    ev.update(over)
    return ev


def _desk_id(server: ServerProcess, token: str) -> str:
    r = httpx.get(server.url + "/api/v1/status", headers={"Authorization": f"Bearer {token}"})
    return str(r.json()["desk_id"])


def test_deeply_nested_json_to_enroll_without_token(server: ServerProcess, admin: Admin,
                                                    token: str) -> None:
    before = admin.count()
    for depth in (40, 30_000):
        r = _post(server, "/api/v1/enroll", b"[" * depth + b"]" * depth)
        assert r.status_code == 400, (depth, r.status_code)
        assert "lồng nhau quá sâu" in r.json()["detail"]
    r = _post(server, "/api/v1/push", b"[" * 1_000_000 + b"]" * 1_000_000, token)
    assert r.status_code == 400 and "lồng nhau quá sâu" in r.json()["detail"]
    nested: Any = {}
    for _ in range(60):
        nested = {"a": nested}
    r = _post(server, "/api/v1/enroll", json.dumps({"schema_version": 1, "x": nested}).encode())
    assert r.status_code == 400
    assert admin.count() == before


def test_lone_surrogate_in_a_push_payload(server: ServerProcess, admin: Admin, token: str) -> None:
    desk = _desk_id(server, token)
    before = admin.count()
    body = json.dumps({"schema_version": 1, "desk_id": desk, "desk_epoch": 1,
                       "events": [_event(desk, payload={"ghi_chu": "\ud800"})]})
    assert "\\ud800" in body
    r = _post(server, "/api/v1/push", body.encode(), token)
    assert r.status_code == 400 and "Unicode" in r.json()["detail"]
    # as a key, too, and in the enrolment label
    body = json.dumps({"schema_version": 1, "desk_id": desk, "desk_epoch": 1,
                       "events": [_event(desk, payload={"\udfff": 1})]})
    assert _post(server, "/api/v1/push", body.encode(), token).status_code == 400
    r = _post(server, "/api/v1/enroll", json.dumps({
        "schema_version": 1, "token": "CD1-" + "x" * 20, "desk_id": desk, "desk_number": 1,
        "label": "\ud83d"}).encode())
    assert r.status_code == 400
    assert admin.count() == before


def test_integers_beyond_64_bits(server: ServerProcess, admin: Admin, token: str) -> None:
    desk = _desk_id(server, token)
    before = admin.count()
    for field in ("desk_epoch", "desk_seq"):
        ev = _event(desk, **{field: 2**64 + 5})
        body = {"schema_version": 1, "desk_id": desk, "desk_epoch": ev["desk_epoch"],
                "events": [ev]}
        r = _post(server, "/api/v1/push", json.dumps(body).encode(), token)
        assert r.status_code in (400, 422) and "64 bit" in r.json()["detail"], r.text
    # exactly 2^63 (one past BIGINT)
    ev = _event(desk, desk_seq=2**63)
    body = {"schema_version": 1, "desk_id": desk, "desk_epoch": 1, "events": [ev]}
    r = _post(server, "/api/v1/push", json.dumps(body).encode(), token)
    assert r.status_code == 400, r.text
    r = _post(server, "/api/v1/push", b'{"schema_version": 1, "x": ' + b"9" * 5000 + b"}", token)
    assert r.status_code == 400
    r = _post(server, "/api/v1/push", b'{"schema_version": NaN}', token)
    assert r.status_code == 400
    assert admin.count() == before


def test_payload_numbers_beyond_what_readers_share(server: ServerProcess, admin: Admin,
                                                   token: str) -> None:
    """Numbers inside a payload that pydantic's fast parser reads but PostgreSQL, the desk or
    canonical JSON would read otherwise: refused with a Vietnamese reason, nothing stored."""
    desk = _desk_id(server, token)
    before = admin.count()
    cases = {b"18446744073709551621": "64 bit", b"-9223372036854775809": "64 bit",
             b"NaN": "NaN", b"Infinity": "Infinity", b"-Infinity": "Infinity",
             b"1e400": "vô hạn", b"[1, {\"x\": 1e999}]": "vô hạn"}
    for number, reason in cases.items():
        body = json.dumps({"schema_version": 1, "desk_id": desk, "desk_epoch": 1,
                           "events": [_event(desk, payload={"so": "@"})]}).encode()
        body = body.replace(b'"@"', number)
        r = _post(server, "/api/v1/push", body, token)
        assert r.status_code == 400, (number, r.status_code, r.text)
        assert reason in r.json()["detail"], (number, r.text)
    assert admin.count() == before


def test_huge_pull_parameters(server: ServerProcess, admin: Admin, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}

    def pull(**params: Any) -> httpx.Response:
        return httpx.get(server.url + "/api/v1/pull", params=params, headers=auth, timeout=30)

    assert pull(epoch=1).status_code == 200
    for params in ({"epoch": 1, "reference_cursor": 2**31 + 1},
                   {"epoch": 1, "reference_cursor": 2**62},
                   {"epoch": 1, "cursor": f"{2**31 + 7}:abc"},
                   {"epoch": 1, "cursor": f"{2**62}:abc"},
                   {"epoch": 1, "cursor": f"{2**70}:abc"},
                   {"epoch": 1, "cursor": "-5:x"},
                   {"epoch": 2**40}):
        r = pull(**params)
        assert r.status_code == 200, (params, r.text)
    for params in ({"epoch": 2**64}, {"epoch": 1, "reference_cursor": 2**64},
                   {"epoch": 1, "limit": 2**70}, {"epoch": 1, "cursor": "9" * 5000},
                   {"epoch": -1}):
        r = pull(**params)
        assert r.status_code == 422, (params, r.text)
        assert "không đúng mẫu" in r.json()["detail"]
    # a PC clock far in the future (found by schemathesis: the offset overflowed on PostgreSQL)
    for ms in (2**62, 2_999_999_999_999):
        r = httpx.get(server.url + "/api/v1/status", params={"desk_time_ms": ms}, headers=auth)
        assert r.status_code in (200, 422), r.text
    for path in ("/api/v1/blobs/" + "0" * 64 + "?offset=0&total=" + str(2**64),
                 "/api/v1/blobs/" + "0" * 64 + f"?offset={2**64}&total=5"):
        r = httpx.put(server.url + path, content=b"abc", headers=auth, timeout=30)
        assert r.status_code == 422, r.text
