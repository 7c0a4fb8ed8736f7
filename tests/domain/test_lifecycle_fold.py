"""The lifecycle fold: transitions, refusals, conflicts and hypothesis properties."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commune_desk.domain.lifecycle import (
    Event,
    Status,
    TransitionError,
    apply_event,
    check_transition,
    fold,
    fold_row,
    projection_row,
)

T0 = datetime(2026, 3, 2, 8, 0)
RECEIVED = {
    "code": "000.00.04.H40-260302-1001",
    "procedure_code": "XA-HT-04",
    "catalog_version": 1,
    "procedure_name": "Xác nhận tình trạng hôn nhân",
    "field": "Hộ tịch",
    "applicant": {"name": "Nguyễn Thị Đào", "phone": "0912345678"},
    "channel": "in_person",
    "received_at": "2026-03-02T08:00:00",
    "due_at": "2026-03-05T17:00:00",
    "fee": {"amount": 0, "method": "exempt"},
}


class Log:
    """Builds events for one dossier with increasing clock stamps."""

    def __init__(self, dossier_id: str = "d1", desk: str = "desk-a") -> None:
        self.dossier_id = dossier_id
        self.desk = desk
        self.events: list[Event] = []
        self.n = 0

    def make(self, kind: str, at: datetime, payload: dict[str, Any], actor: str = "u1") -> Event:
        self.n += 1
        ms = int(at.timestamp() * 1000)
        return Event(f"e{self.n:04d}-{self.desk}", self.dossier_id, kind, at.isoformat(), actor,
                     self.desk, 1, self.n, f"{ms:013d}-{self.n:05d}", "40001", payload)

    def add(self, kind: str, at: datetime, payload: dict[str, Any], actor: str = "u1") -> Event:
        e = self.make(kind, at, payload, actor)
        self.events.append(e)
        return e


def test_full_path_states() -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    log.add("assigned", T0 + timedelta(minutes=5), {"to": "cv1"})
    log.add("supplement_requested", T0 + timedelta(days=1), {"items": ["CCCD"], "reason": "Thiếu"})
    s = fold(log.events)
    assert s is not None and s.status == Status.WAITING_SUPPLEMENT
    assert s.paused_since == (T0 + timedelta(days=1)).isoformat()
    log.add("supplement_received", T0 + timedelta(days=2),
            {"note": "", "due_at": "2026-03-06T17:00:00", "original_due_at": "2026-03-06T17:00:00"})
    log.add("resolved", T0 + timedelta(days=3), {"outcome": "approved", "ready_at": "2026-03-05T09:00:00"})
    log.add("returned", T0 + timedelta(days=3, hours=1), {"method": "counter"})
    log.add("rated", T0 + timedelta(days=3, hours=2), {"level": "satisfied"})
    s = fold(log.events)
    assert s is not None
    assert s.status == Status.RETURNED
    assert s.due_at == "2026-03-06T17:00:00" and s.original_due_at == "2026-03-06T17:00:00"
    assert s.verdict == "truoc_han"  # ready 05/03, appointment 06/03
    assert s.supplement_count == 1 and s.pauses[0].end is not None
    assert s.handovers[0].receiver == "cv1"
    assert s.rating == "satisfied" and s.conflicts == ()
    assert projection_row(s) == fold_row(log.events)


def test_verdict_by_appointment_date() -> None:
    for ready, verdict in (("2026-03-04T10:00:00", "truoc_han"), ("2026-03-05T16:59:00", "dung_han"),
                           ("2026-03-06T07:30:00", "qua_han")):
        log = Log()
        log.add("received", T0, RECEIVED)
        log.add("resolved", T0 + timedelta(hours=1), {"outcome": "approved", "ready_at": ready})
        s = fold(log.events)
        assert s is not None and s.verdict == verdict


def test_reschedule_keeps_original_appointment() -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    log.add("rescheduled", T0 + timedelta(days=2),
            {"reason": "Cần xác minh", "new_due_at": "2026-03-10T17:00:00", "signed_by": "ld"})
    log.add("resolved", T0 + timedelta(days=7), {"outcome": "approved", "ready_at": "2026-03-09T10:00:00"})
    s = fold(log.events)
    assert s is not None
    assert s.due_at == "2026-03-10T17:00:00" and s.original_due_at == "2026-03-05T17:00:00"
    assert s.reschedule_count == 1 and s.verdict == "qua_han"


@pytest.mark.parametrize(
    ("kind", "payload", "message"),
    [
        ("returned", {"method": "counter"}, "chưa thể trả kết quả"),
        ("supplement_received", {}, "không có yêu cầu bổ sung"),
        ("rated", {"level": "satisfied"}, "chưa thể đánh giá"),
        ("resolved", {"outcome": "maybe"}, "Kết quả giải quyết"),
        ("refused", {"reasons": " "}, "lý do từ chối"),
        ("withdrawn", {"reason": "x", "grounds": "whim"}, "căn cứ dừng"),
        ("rescheduled", {"reason": "x", "new_due_at": "2026-03-04T17:00:00"}, "phải sau"),
        ("assigned", {"to": ""}, "người nhận"),
        ("corrected", {"reason": "x"}, "Không có thông tin"),
        ("attachment_added", {"sha256": "xyz", "name": "a.pdf"}, "SHA-256"),
        ("received", RECEIVED, "đã được tiếp nhận"),
        ("teleported", {}, "không được hỗ trợ"),
    ],
)
def test_invalid_transitions_are_refused_with_vietnamese_messages(
    kind: str, payload: dict[str, Any], message: str
) -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    state = fold(log.events)
    event = log.make(kind, T0 + timedelta(hours=1), payload)
    with pytest.raises(TransitionError, match=message):
        check_transition(state, kind, event.occurred_at, payload)
    with pytest.raises(TransitionError):
        apply_event(state, event)
    assert fold(log.events) == state  # refused: nothing changed


def test_event_before_receipt_and_without_receipt() -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    state = fold(log.events)
    with pytest.raises(TransitionError, match="trước lúc tiếp nhận"):
        check_transition(state, "assigned", (T0 - timedelta(hours=1)).isoformat(), {"to": "cv"})
    with pytest.raises(TransitionError, match="chưa được tiếp nhận"):
        check_transition(None, "assigned", T0.isoformat(), {"to": "cv"})


def test_second_supplement_needs_leader_approval() -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    log.add("supplement_requested", T0 + timedelta(hours=1), {"items": ["a"], "reason": "r"})
    log.add("supplement_received", T0 + timedelta(hours=2), {})
    state = fold(log.events)
    with pytest.raises(TransitionError, match="lãnh đạo phê duyệt"):
        check_transition(state, "supplement_requested", (T0 + timedelta(hours=3)).isoformat(),
                         {"items": ["b"], "reason": "r"})
    check_transition(state, "supplement_requested", (T0 + timedelta(hours=3)).isoformat(),
                     {"items": ["b"], "reason": "r", "second_request_approved_by": "ld"})


def test_merged_conflict_is_kept_and_listed() -> None:
    """Two desks return the same result offline: the later one in the total order is a conflict."""
    a, b = Log(desk="desk-a"), Log(desk="desk-b")
    a.add("received", T0, RECEIVED)
    a.add("resolved", T0 + timedelta(hours=1), {"outcome": "approved"})
    ra = a.add("returned", T0 + timedelta(hours=2), {"method": "counter"})
    rb = b.make("returned", T0 + timedelta(hours=3), {"method": "post"})
    s = fold([*a.events, rb])
    assert s is not None and s.status == Status.RETURNED
    assert s.conflicts == (rb.id,)
    assert ra.id not in s.conflicts


def test_obstacle_events_are_not_folded() -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    log.add("obstacle_reported", T0 + timedelta(hours=1), {"text": "mất điện"})
    s = fold(log.events)
    assert s is not None and s.event_count == 1 and s.conflicts == ()


COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("assigned", {"to": "cv1"}),
    ("assigned", {"to": "cv2"}),
    ("supplement_requested", {"items": ["CCCD"], "reason": "Thiếu giấy tờ"}),
    ("supplement_requested", {"items": ["Ảnh"], "reason": "Lần hai", "second_request_approved_by": "ld"}),
    ("supplement_received", {"note": "", "due_at": "2026-03-09T17:00:00", "original_due_at": "2026-03-09T17:00:00"}),
    ("refused", {"reasons": "Không thuộc thẩm quyền"}),
    ("rescheduled", {"reason": "Xác minh", "new_due_at": "2026-03-20T17:00:00", "signed_by": "ld"}),
    ("resolved", {"outcome": "approved"}),
    ("resolved", {"outcome": "denied", "note": "Không đủ điều kiện"}),
    ("returned", {"method": "counter"}),
    ("withdrawn", {"reason": "Xin rút", "grounds": "citizen_request"}),
    ("rated", {"level": "satisfied"}),
    ("corrected", {"name": "Nguyễn Thị Đào Hoa", "reason": "Sai tên"}),
    ("corrected", {"phone": "0987654321", "reason": "Đổi số"}),
    ("attachment_added", {"sha256": "a" * 64, "name": "scan.pdf", "size": 10, "mime": "application/pdf"}),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(COMMANDS) - 1), st.integers(1, 600)), max_size=25))
def test_any_command_sequence_projection_equals_fold(steps: list[tuple[int, int]]) -> None:
    log = Log()
    log.add("received", T0, RECEIVED)
    state = fold(log.events)
    at = T0
    for index, minutes in steps:
        at += timedelta(minutes=minutes)
        kind, payload = COMMANDS[index]
        event = log.make(kind, at, payload)
        try:
            check_transition(state, kind, event.occurred_at, payload)
        except TransitionError:
            # A refused command changes nothing.
            with pytest.raises(TransitionError):
                apply_event(state, event)
            continue
        state = apply_event(state, event)
        log.events.append(event)
    assert state == fold(log.events)
    assert state is not None and state.conflicts == ()
    assert projection_row(state) == fold_row(log.events)
    # Folding is independent of the order events arrive in.
    shuffled = list(log.events)
    random.Random(len(steps)).shuffle(shuffled)
    assert fold(shuffled) == state
