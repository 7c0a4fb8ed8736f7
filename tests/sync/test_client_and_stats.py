"""Unit checks: backoff, the client's error mapping, cursors, and the dashboard figures."""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from commune_desk.services.sync import Backoff
from commune_desk.sync.client import SyncClient, SyncOffline, SyncRefused
from commune_desk.sync.core import advance_contiguous, make_cursor, outbox, parse_cursor


def test_backoff_grows_caps_and_resets() -> None:
    b = Backoff(base=2, cap=300, rng=random.Random(1))
    delays = [b.next_delay() for _ in range(12)]
    assert 1 <= delays[0] <= 2 and delays[3] > delays[0]
    assert max(delays) <= 300 and delays[-1] >= 150
    b.reset()
    assert b.next_delay() <= 2


def _client(handler: Any) -> SyncClient:
    return SyncClient("http://127.0.0.1:1", "tok", transport=httpx.MockTransport(handler))


def test_client_maps_errors() -> None:
    def refuse(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"detail": "Sự kiện thuộc xã khác."})

    with pytest.raises(SyncRefused) as err:
        _client(refuse).status()
    assert err.value.status == 403 and str(err.value) == "Sự kiện thuộc xã khác."

    def broken(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="bad gateway")

    with pytest.raises(SyncOffline):
        _client(broken).status()

    def garbage(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>cổng mạng khách sạn</html>")

    with pytest.raises(SyncOffline):
        _client(garbage).status()
    with pytest.raises(SyncOffline):
        SyncClient("http://127.0.0.1:1", "tok", timeout=2).status()


def test_core_helpers() -> None:
    assert advance_contiguous(0, [1, 2, 4]) == 2
    assert advance_contiguous(2, [4, 3, 5]) == 5
    assert parse_cursor(make_cursor(7, "ab")) == (7, "ab")
    assert parse_cursor("") == (0, None) and parse_cursor("rác") == (0, None)
    assert make_cursor(0, None) == ""


def test_outbox_goes_epoch_by_epoch() -> None:
    from memory_ends import MemoryDesk

    d = MemoryDesk(desk_id=str(uuid.uuid4()), commune="40001")
    for i in range(3):
        d.record(str(uuid.uuid4()), str(uuid.uuid4()), f"{1_700_000_000_000 + i:013d}-00000")
    d.epoch, d.next_seq = 2, 1
    d.record(str(uuid.uuid4()), str(uuid.uuid4()), "1700000000009-00000")
    batch = outbox(d.own.values(), {1: 1}, 10)
    assert [(e.desk_epoch, e.desk_seq) for e in batch] == [(1, 2), (1, 3)]
    assert [(e.desk_epoch, e.desk_seq) for e in outbox(d.own.values(), {1: 3}, 10)] == [(2, 1)]


def test_dashboard_figures(tmp_path: Path) -> None:
    from commune_desk.domain.audit import chain_hash
    from commune_desk.server import ingest, store
    from commune_desk.server.db import open_db
    from commune_desk.server.stats import commune_figures
    from commune_desk.sync.protocol import EnrollRequest, PushRequest, WireEvent

    engine, sessions = open_db(str(tmp_path / "s.sqlite3"))
    store.add_commune(sessions, "40001", "Xã Hưng Nguyên")
    desk_id = str(uuid.uuid4())
    store.enroll(sessions, EnrollRequest(schema_version=1, token=store.issue_token(sessions, "40001"),
                                         desk_id=desk_id, desk_number=1))
    desk = store.DeskInfo(desk_id, "40001", 1)
    events: list[WireEvent] = []
    prev = ""

    def add(dossier: str, kind: str, at: str, payload: dict[str, Any]) -> None:
        nonlocal prev
        fields = {"id": str(uuid.uuid4()), "dossier_id": dossier, "kind": kind,
                  "occurred_at": at, "actor": "canbo1", "desk_id": desk_id, "desk_epoch": 1,
                  "desk_seq": len(events) + 1, "hlc": f"{1_700_000_000_000 + len(events):013d}-00000",
                  "commune_code": "40001", "payload": payload}
        h = chain_hash(prev, fields)
        events.append(WireEvent(**fields, prev_hash=prev, hash=h))
        prev = h

    on_time, late, open_overdue, open_ok = (str(uuid.uuid4()) for _ in range(4))

    def received(dossier: str, n: int, due: str) -> None:
        # A complete receipt, as a desk records it (the server folds with the domain fold).
        add(dossier, "received", "2026-11-02T08:00:00", {
            "code": f"000.00.04.H40-261102-{1000 + n}", "procedure_code": "1.001193",
            "applicant": {"name": "Nguyễn Văn An"}, "received_at": "2026-11-02T08:00:00",
            "due_at": due})

    received(on_time, 1, "2026-11-04T17:00:00")
    add(on_time, "resolved", "2026-11-03T10:00:00",
        {"outcome": "approved", "ready_at": "2026-11-03T10:00:00"})
    received(late, 2, "2026-11-03T17:00:00")
    add(late, "resolved", "2026-11-05T10:00:00",
        {"outcome": "approved", "ready_at": "2026-11-05T10:00:00"})
    received(open_overdue, 3, "2026-11-03T17:00:00")
    received(open_ok, 4, "2026-12-30T17:00:00")
    resp = ingest.push(sessions, desk, PushRequest(schema_version=1, desk_id=desk_id,
                                                  desk_epoch=1, events=events))
    assert resp.acked_seq == len(events)
    (f,) = commune_figures(sessions, now="2026-11-10T08:00:00")
    assert (f.received, f.backlog, f.overdue, f.finished, f.on_time) == (4, 2, 1, 2, 1)
    assert f.on_time_rate == 0.5 and f.last_sync is not None and f.desks == 1
    from commune_desk.server.dashboard import vn_percent

    assert vn_percent(f.on_time_rate) == "50,0%"
    engine.dispose()


def test_classify_verdicts() -> None:
    from memory_ends import MemoryDesk

    from commune_desk.sync.core import classify, hash_matches

    d = MemoryDesk(desk_id=str(uuid.uuid4()), commune="40001")
    e = d.record(str(uuid.uuid4()), str(uuid.uuid4()), "1700000000000-00000", kind="fee_paid")
    assert hash_matches(e)

    def verdict(ev: Any, **kw: Any) -> Any:
        base = {"sender_desk": d.desk_id, "sender_epoch": 1, "same_id": None,
                "same_slot_id": None, "rejected_reason": None, "hash_ok": hash_matches(ev)}
        return classify(ev, **{**base, **kw})

    assert verdict(e).status == "accepted"  # a kind this server does not know is still kept
    assert verdict(e, same_id=e).status == "duplicate"
    other = e.model_copy(update={"hash": "0" * 64})
    assert verdict(e, same_id=other).reason and "nội dung khác" in verdict(e, same_id=other).reason
    assert "đã được dùng" in (verdict(e, same_slot_id=str(uuid.uuid4())).reason or "")
    assert verdict(e, sender_desk=str(uuid.uuid4())).status == "rejected"
    bad = e.model_copy(update={"kind": "Xoá Bảng"})
    assert verdict(bad, hash_ok=True).status == "rejected"
    assert "băm" in (verdict(e.model_copy(update={"payload": {"x": 1}})).reason or "")
