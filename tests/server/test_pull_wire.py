"""Pulls served from each event's stored wire JSON (issue 16, throughput): what a desk pulls is
what was pushed, rows stored before migration s017 are pulled alike, a page is a window of the
commune's log that moves past the asking desk's own events, and ``last_seen_at`` is written at
most once a minute. Both engines; the first test goes through a real server process."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from serverkit import Admin, ServerProcess
from sqlalchemy import select, update

from commune_desk.domain.audit import chain_hash
from commune_desk.domain.canonical import canonical_json
from commune_desk.server import ingest, store
from commune_desk.server.db import open_db
from commune_desk.server.models import Desk, Event
from commune_desk.sync.protocol import EnrollRequest, PushRequest, WireEvent, wire_text

TRICKY = [{"ghi_chu": 'Trích "nguyên văn"\\ dòng 1\ndòng 2\ttab', "so": -5, "thuc": 1.5},
          {"applicant": {"name": "Nguyễn Thị Ánh", "ids": [1, 2, None, True]}},
          {}, {"emoji": "📄", "ctrl": "\u0001\u001f", "dau": "ẩ ỗ ữ"}]


def _events(desk_id: str, n: int, commune: str = "40001", start: int = 1,
            prev: str = "") -> list[WireEvent]:
    out = []
    for seq in range(start, start + n):
        fields = {"id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()), "kind": "note",
                  "occurred_at": "2026-11-02T08:00:00", "actor": "canbo1", "desk_id": desk_id,
                  "desk_epoch": 1, "desk_seq": seq, "hlc": f"{1_790_000_000_000 + seq:013d}-00000",
                  "commune_code": commune, "payload": TRICKY[seq % len(TRICKY)]}
        digest = chain_hash(prev, fields)
        out.append(WireEvent(**fields, prev_hash=prev, hash=digest))
        prev = digest
    return out


def _enrol(sessions: Any, number: int) -> store.DeskInfo:
    desk_id = str(uuid.uuid4())
    resp = store.enroll(sessions, EnrollRequest(schema_version=1, token=store.issue_token(
        sessions, "40001"), desk_id=desk_id, desk_number=number))
    return store.authenticate_desk(sessions, resp.desk_token)


def _push(sessions: Any, desk: store.DeskInfo, events: list[WireEvent]) -> None:
    resp = ingest.push(sessions, desk, PushRequest(schema_version=1, desk_id=desk.desk_id,
                                                   desk_epoch=1, events=events))
    assert {r.status for r in resp.results} == {"accepted"}, resp.results


def _pull_all(sessions: Any, desk: store.DeskInfo, limit: int) -> tuple[list[dict[str, Any]],
                                                                       int]:
    cursor, seen, pages = "", [], 0
    while True:
        page = json.loads(store.pull_json(sessions, desk, cursor=cursor, epoch=1, limit=limit))
        pages += 1
        assert len(page["events"]) <= limit
        seen += page["events"]
        cursor = page["cursor"]
        if not page["more"]:
            return seen, pages


@pytest.fixture
def db(server_url: str) -> Any:
    engine, sessions = open_db(server_url, pool_size=2)
    store.add_commune(sessions, "40001", "Xã Hưng Nguyên")
    yield sessions
    engine.dispose()


def test_pulled_event_is_the_pushed_event(server: ServerProcess, admin: Admin) -> None:
    """Through HTTP: text with quotes, backslashes, control characters and Vietnamese letters
    comes back to the other desk exactly; the stored wire text is the model's own JSON."""
    tokens = []
    for number in (1, 2):
        r = httpx.post(server.url + "/api/v1/enroll", timeout=30, json={
            "schema_version": 1, "token": admin.token(), "desk_id": str(uuid.uuid4()),
            "desk_number": number})
        assert r.status_code == 200, r.text
        tokens.append((r.json()["desk_id"], r.json()["desk_token"]))
    (desk_a, token_a), (_desk_b, token_b) = tokens
    sent = _events(desk_a, 9)
    r = httpx.post(server.url + "/api/v1/push", timeout=30,
                   headers={"Authorization": f"Bearer {token_a}"},
                   content=PushRequest(schema_version=1, desk_id=desk_a, desk_epoch=1,
                                       events=sent).model_dump_json())
    assert r.status_code == 200 and r.json()["acked_seq"] == 9, r.text
    r = httpx.get(server.url + "/api/v1/pull", timeout=30, params={"epoch": 1},
                  headers={"Authorization": f"Bearer {token_b}"})
    assert r.status_code == 200
    pulled = [WireEvent.model_validate(e) for e in r.json()["events"]]
    assert pulled == sent
    with admin.sessions() as s:
        stored = {row.id: row.wire for row in s.execute(select(Event.id, Event.wire))}
    for ev in sent:
        assert json.loads(stored[ev.id]) == ev.model_dump(mode="json")
        assert stored[ev.id] == wire_text(ev, canonical_json(ev.payload))


def test_rows_stored_before_the_wire_column_are_pulled_alike(db: Any) -> None:
    desk_a, desk_b = _enrol(db, 1), _enrol(db, 2)
    _push(db, desk_a, _events(desk_a.desk_id, 12))
    before = store.pull_json(db, desk_b, cursor="", epoch=1, limit=100)
    with db.begin() as s:  # as an upgraded server holds its older rows
        s.execute(update(Event).where(Event.commune_seq % 3 == 0).values(wire=None))
        assert s.scalar(select(Event.id).where(Event.wire.is_(None)).limit(1))
    assert store.pull_json(db, desk_b, cursor="", epoch=1, limit=100) == before


def test_an_s016_database_upgrades_and_its_rows_are_pulled(tmp_path: Path) -> None:
    """A server database written before s017 (no wire column) upgrades on start; its events
    are then pulled as the model writes them."""
    from alembic import command
    from sqlalchemy import text

    from commune_desk.server.db import alembic_config, make_engine

    url = str(tmp_path / "old.sqlite3")
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "s016")
    ev = _events(str(uuid.uuid4()), 1)[0]
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO communes (code, name, next_seq, log_hash, created_at) "
                          "VALUES ('40001', 'Xã Hưng Nguyên', 2, 'h1', '2026-11-02T08:00:00')"))
        row = {**ev.model_dump(), "payload": canonical_json(ev.payload), "commune_seq": 1,
               "log_hash": "h1", "stored_at": "2026-11-02T08:00:00"}
        conn.execute(text(f"INSERT INTO events ({', '.join(row)}) "
                          f"VALUES ({', '.join(':' + k for k in row)})"), row)
    engine.dispose()
    engine, sessions = open_db(url)  # migrates to the head
    try:
        desk = _enrol(sessions, 2)
        page = json.loads(store.pull_json(sessions, desk, cursor="", epoch=1))
        assert [WireEvent.model_validate(e) for e in page["events"]] == [ev]
    finally:
        engine.dispose()


def test_a_page_is_a_window_that_moves_past_the_desks_own_events(db: Any) -> None:
    desk_a, desk_b = _enrol(db, 1), _enrol(db, 2)
    a_events, b_events = _events(desk_a.desk_id, 40), _events(desk_b.desk_id, 25)
    # interleaved in the commune's log: 10 of A, 5 of B, …
    for i in range(5):
        _push(db, desk_a, a_events[i * 8:(i + 1) * 8])
        _push(db, desk_b, b_events[i * 5:(i + 1) * 5])
    seen, pages = _pull_all(db, desk_a, limit=7)
    assert [e["id"] for e in seen] == [e.id for e in b_events]  # each once, in order
    assert pages == -(-65 // 7)  # the window walks the whole log, own events included
    seen_b, _ = _pull_all(db, desk_b, limit=1000)
    assert [e["id"] for e in seen_b] == [e.id for e in a_events]
    # a cursor at the end: nothing more, the cursor stays
    end = json.loads(store.pull_json(db, desk_a, cursor="", epoch=1, limit=1000))["cursor"]
    page = json.loads(store.pull_json(db, desk_a, cursor=end, epoch=1, limit=1000))
    assert page["events"] == [] and page["cursor"] == end and page["more"] is False


def test_last_seen_is_written_once_a_minute(db: Any) -> None:
    desk = _enrol(db, 1)
    events = _events(desk.desk_id, 4)
    _push(db, desk, events[:2])
    minute = store.now_text()[:16]
    with db.begin() as s:
        s.execute(update(Desk).where(Desk.desk_id == desk.desk_id)
                  .values(last_seen_at=minute + ":00"))
    _push(db, desk, events[2:])
    store.pull_json(db, desk, cursor="", epoch=1)
    with db() as s:
        seen = s.scalar(select(Desk.last_seen_at).where(Desk.desk_id == desk.desk_id))
    if store.now_text()[:16] == minute:  # still the same minute: not rewritten
        assert seen == minute + ":00"
    with db.begin() as s:
        s.execute(update(Desk).where(Desk.desk_id == desk.desk_id)
                  .values(last_seen_at="2026-01-01T00:00:00"))
    store.pull_json(db, desk, cursor="", epoch=1)
    with db() as s:
        seen = s.scalar(select(Desk.last_seen_at).where(Desk.desk_id == desk.desk_id))
    assert seen is not None and seen[:16] >= minute


def test_malformed_ids_are_refused_in_vietnamese(server: ServerProcess, admin: Admin) -> None:
    r = httpx.post(server.url + "/api/v1/enroll", timeout=30, json={
        "schema_version": 1, "token": admin.token(), "desk_id": str(uuid.uuid4()),
        "desk_number": 1})
    desk_id, token = r.json()["desk_id"], r.json()["desk_token"]
    good = _events(desk_id, 1)[0].model_dump()
    for field, value, words in (("id", "abc", "không phải UUID"),
                                ("dossier_id", str(uuid.uuid4()) + "\n", "không phải UUID"),
                                ("hlc", "17900000-1", "HLC sai dạng"),
                                ("commune_code", "40 001", "mã xã sai dạng")):
        body = {"schema_version": 1, "desk_id": desk_id, "desk_epoch": 1,
                "events": [{**good, field: value}]}
        r = httpx.post(server.url + "/api/v1/push", timeout=30, json=body,
                       headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 422, r.text
        assert words in r.json()["detail"] and field in r.json()["detail"], r.text
    assert admin.count() == 0
