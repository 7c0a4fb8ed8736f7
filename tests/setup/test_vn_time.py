"""Vietnam time whatever the PC's zone; a far-future stamp never drags the logical clock."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from commune_desk.domain.hlc import MAX_DRIFT_MS, HlcStamp, receive
from commune_desk.domain.permissions import Actor, Role
from commune_desk.domain.vntime import clock_offset_text, vn_now
from commune_desk.services.dossiers import Applicant, Intake, receive_dossier
from commune_desk.store import open_store

CLERK = Actor("canbo1", Role.ADMIN, "Nguyễn Thị Lan")


@pytest.fixture
def new_york() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_events_and_due_moments_are_vietnam_time_on_a_pc_set_to_new_york(
        new_york: None, tmp_path: Path) -> None:
    vn = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=7)
    assert abs((vn_now() - vn).total_seconds()) < 5
    assert abs((datetime.now() - vn).total_seconds()) > 3600  # the PC's zone is far off
    store = open_store(tmp_path / "a.sqlite3")
    result = receive_dossier(store, CLERK, Intake(procedure_code="1.001193",
                                                  applicant=Applicant(name="Trần Văn Bình")))
    with store.read() as s:
        occurred = s.execute(text("SELECT occurred_at FROM events")).scalar_one()
    assert abs((datetime.fromisoformat(occurred) - vn).total_seconds()) < 60
    received = result.dossier.received_at
    received_at = received if isinstance(received, datetime) else datetime.fromisoformat(received)
    assert abs((received_at - vn).total_seconds()) < 60
    store.close()


def test_a_stamp_in_2286_does_not_drag_the_clock() -> None:
    wall = int(time.time() * 1000)
    far = HlcStamp.parse("9999999999999-00000")  # year 2286
    after = receive(HlcStamp(wall - 5, 0), far, wall)
    assert after.ms <= wall + MAX_DRIFT_MS
    near = HlcStamp(wall + 60_000, 3)  # a minute ahead: followed as usual
    assert receive(HlcStamp(wall, 0), near, wall) == HlcStamp(wall + 60_000, 4)


def test_ingesting_a_far_future_event_keeps_the_desk_clock(tmp_path: Path) -> None:
    import uuid

    from commune_desk.domain.hlc import tick
    from commune_desk.store.events import desk_row, ingest_events, wall_ms

    store = open_store(tmp_path / "b.sqlite3")
    row = {"id": str(uuid.uuid4()), "dossier_id": str(uuid.uuid4()), "kind": "obstacle_reported",
           "occurred_at": "2286-11-20T10:00:00", "actor": "x",
           "desk_id": str(uuid.uuid4()), "desk_epoch": 1, "desk_seq": 1,
           "hlc": "9999999999999-00000", "commune_code": "00000", "payload": {},
           "prev_hash": "", "hash": "h"}
    with store.write() as s:
        ingest_events(s, [row])
        clock = HlcStamp.parse(desk_row(s).last_hlc)
        assert clock.ms <= wall_ms() + MAX_DRIFT_MS
        assert tick(clock, wall_ms()).ms < 9_999_999_999_999
    store.close()


def test_clock_offset_words() -> None:
    assert clock_offset_text(7200) == "nhanh 2 giờ"
    assert clock_offset_text(-12 * 60) == "chậm 12 phút"
    assert clock_offset_text(3 * 86400 + 300) == "nhanh 3 ngày 5 phút"
