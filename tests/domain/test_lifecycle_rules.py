"""The domain owns the rules: labels, status sets, verdicts, allowed actions, one transition table."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from lifecycle_states import every_state, state_in

from commune_desk.domain import lifecycle
from commune_desk.domain.deadlines import VERDICT_LABELS, Verdict, finish_verdict, verdict_for
from commune_desk.domain.lifecycle import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    RUNNING_STATUSES,
    STATUS_LABELS,
    TRANSITIONS,
    EventKind,
    Status,
    TransitionError,
    allowed_actions,
    check_transition,
    in_status_order,
)
from commune_desk.domain.permissions import Role

# A payload each kind accepts on the states of ``every_state`` (events happen on 02/03 14:00,
# before the 05/03 appointment), so only the state and the role decide.
GOOD_PAYLOADS: dict[str, dict[str, Any]] = {
    EventKind.ASSIGNED: {"to": "chuyenvien9"},
    EventKind.SUPPLEMENT_REQUESTED: {"items": ["Tờ khai"], "reason": "Thiếu",
                                     "second_request_approved_by": "lanhdao1"},
    EventKind.SUPPLEMENT_RECEIVED: {},
    EventKind.REFUSED: {"reasons": "Không đủ điều kiện"},
    EventKind.RESCHEDULED: {"new_due_at": "2026-03-10T17:00:00", "reason": "Cần xác minh"},
    EventKind.RESOLVED: {"outcome": "approved"},
    EventKind.RETURNED: {"method": "counter"},
    EventKind.WITHDRAWN: {"grounds": "legal", "reason": "Theo quy định"},
    EventKind.RATED: {"level": "acceptable"},
    EventKind.CORRECTED: {"phone": "0987654321"},
    EventKind.ATTACHMENT_ADDED: {"sha256": "a" * 64, "name": "scan.pdf"},
}
LATER = "2026-03-02T20:00:00"


def test_every_event_kind_but_received_has_one_rule() -> None:
    assert set(TRANSITIONS) == {k.value for k in EventKind} - {EventKind.RECEIVED}
    assert set(GOOD_PAYLOADS) == set(TRANSITIONS)


@pytest.mark.parametrize("state", every_state(), ids=lambda s: f"{s.status}-{s.rating}")
def test_allowed_actions_are_exactly_what_the_fold_accepts(state: Any) -> None:
    """For an administrator (every permission) allowed ⇔ the transition check passes."""
    allowed = allowed_actions(state, Role.ADMIN)
    for kind, payload in GOOD_PAYLOADS.items():
        try:
            check_transition(state, kind, LATER, payload)
        except TransitionError:
            assert kind not in allowed, kind
        else:
            assert kind in allowed, kind


def test_allowed_actions_respect_the_role() -> None:
    received = state_in("received")
    assert allowed_actions(received, Role.CLERK) == {
        "assigned", "supplement_requested", "refused", "withdrawn", "corrected",
        "attachment_added"}
    assert allowed_actions(received, Role.OFFICER) == {
        "assigned", "supplement_requested", "refused", "rescheduled", "resolved", "withdrawn",
        "corrected", "attachment_added"}
    assert allowed_actions(state_in("resolved"), Role.CLERK) == {
        "returned", "rated", "corrected", "attachment_added"}
    assert allowed_actions(state_in("resolved"), Role.OFFICER) == {
        "corrected", "attachment_added"}
    assert "rated" not in allowed_actions(state_in("returned", rated=True), Role.ADMIN)
    assert allowed_actions(state_in("waiting_supplement"), Role.LEADER) == {
        "assigned", "supplement_received", "refused", "rescheduled", "withdrawn", "corrected",
        "attachment_added"}


def test_wrong_status_refusal_names_the_status_and_the_action() -> None:
    with pytest.raises(TransitionError, match="“Đã trả kết quả”, không thể chuyển xử lý"):
        check_transition(state_in("returned"), "assigned", LATER, {"to": "x"})
    with pytest.raises(TransitionError, match="đã được đánh giá"):
        check_transition(state_in("refused", rated=True), "rated", LATER, {"level": "satisfied"})
    with pytest.raises(TransitionError, match="không được hỗ trợ"):
        check_transition(state_in("received"), "teleported", LATER, {})


def test_status_labels_and_sets_are_the_domain_s() -> None:
    assert set(STATUS_LABELS) == {s.value for s in Status}
    assert STATUS_LABELS["received"] == "Đã tiếp nhận"  # one wording (the list said "Mới …")
    assert RUNNING_STATUSES < OPEN_STATUSES and not OPEN_STATUSES & FINISHED_STATUSES
    assert {s.value for s in Status} == OPEN_STATUSES | FINISHED_STATUSES
    assert in_status_order(OPEN_STATUSES) == ("received", "in_progress", "waiting_supplement")
    assert lifecycle.ALL_STATUSES == OPEN_STATUSES | FINISHED_STATUSES


def test_other_layers_use_the_domain_s_sets_and_labels() -> None:
    from commune_desk.domain import listing
    from commune_desk.services import dashboard

    assert in_status_order(OPEN_STATUSES) == listing.OPEN_STATUSES
    assert in_status_order(RUNNING_STATUSES) == listing.RUNNING_STATUSES
    assert tuple(s.value for s in Status) == listing.ALL_STATUSES
    assert dashboard.OPEN == "('received', 'in_progress', 'waiting_supplement')"
    assert dashboard.RUNNING == "('received', 'in_progress')"


@pytest.mark.parametrize(("finished", "due", "expected"), [
    ("2026-03-04T16:59:00", "2026-03-05T08:00:00", Verdict.EARLY),
    ("2026-03-05T17:30:00", "2026-03-05T08:00:00", Verdict.ON_TIME),  # same date, later hour
    ("2026-03-06T07:00:00", "2026-03-05T17:00:00", Verdict.LATE),
    (date(2026, 3, 5), datetime(2026, 3, 5, 17), Verdict.ON_TIME),
    (datetime(2026, 3, 4, 9), "2026-03-05T17:00:00", Verdict.EARLY),
])
def test_finish_verdict_is_by_date(finished: Any, due: Any, expected: Verdict) -> None:
    assert finish_verdict(finished, due) is expected


def test_fold_forms_and_deadline_tool_share_the_verdict() -> None:
    from commune_desk.services.printing import _step_verdict

    state = state_in("resolved")
    due = datetime.fromisoformat(state.original_due_at or "")
    ready = datetime.fromisoformat(state.ready_at or "")
    assert state.verdict == finish_verdict(ready, due) == verdict_for(due, ready, ready)
    assert _step_verdict(ready, due) == VERDICT_LABELS[finish_verdict(ready, due)]


def test_one_converter_from_any_event_row() -> None:
    import json
    from types import SimpleNamespace

    from commune_desk.domain.lifecycle import EVENT_FIELDS, event_from_row

    values = ("e1", "d1", "assigned", "2026-03-02T09:00:00", "canbo1", "desk-a", "1", 2,
              "00000000000000000001", "04001", json.dumps({"to": "chuyenvien1"}))
    as_mapping = dict(zip(EVENT_FIELDS, values, strict=True))
    expected = event_from_row(as_mapping)
    assert expected.payload == {"to": "chuyenvien1"} and expected.desk_epoch == 1
    assert event_from_row(values) == expected
    assert event_from_row(SimpleNamespace(**as_mapping, prev_hash="", hash="x")) == expected
    assert event_from_row({**as_mapping, "payload": {"to": "chuyenvien1"}}) == expected


def test_no_layer_builds_events_from_rows_itself() -> None:
    """Rows become events only through ``event_from_row`` / ``WireEvent.from_row``."""
    import re
    from pathlib import Path

    import commune_desk

    root = Path(commune_desk.__file__).parent
    copies = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"DomainEvent\(\s*(row|r)\b|DomainEvent\(\s*id=(get|row)|WireEvent\(id=row\.id",
                     text):
            copies.append(str(path.relative_to(root)))
    assert copies == []
