"""Dossier states in every status, folded from synthetic events (shared by domain and UI tests)."""

from __future__ import annotations

from typing import Any

from commune_desk.domain.lifecycle import DossierState, Event, fold

RECEIVED_PAYLOAD: dict[str, Any] = {
    "code": "000.00.04.H40-260302-1001",
    "procedure_code": "XA-HT-04",
    "procedure_name": "Xác nhận tình trạng hôn nhân",
    "field": "Hộ tịch",
    "applicant": {"name": "Nguyễn Thị Đào", "phone": "0912345678"},
    "channel": "in_person",
    "received_at": "2026-03-02T08:00:00",
    "due_at": "2026-03-05T17:00:00",
}

STEPS: dict[str, dict[str, Any]] = {
    "assigned": {"to": "chuyenvien1"},
    "supplement_requested": {"items": ["Bản sao giấy khai sinh"], "reason": "Thiếu giấy tờ"},
    "resolved": {"outcome": "approved"},
    "refused": {"reasons": "Không đủ điều kiện"},
    "returned": {"method": "counter"},
    "withdrawn": {"grounds": "citizen_request", "reason": "Công dân xin rút"},
    "rated": {"level": "satisfied"},
}

PATHS: dict[str, tuple[str, ...]] = {
    "received": (),
    "in_progress": ("assigned",),
    "waiting_supplement": ("supplement_requested",),
    "resolved": ("resolved",),
    "refused": ("refused",),
    "returned": ("resolved", "returned"),
    "withdrawn": ("withdrawn",),
}


def state_in(status: str, *, rated: bool = False) -> DossierState:
    """A dossier in ``status`` (optionally rated afterwards), all events on 02/03/2026."""
    kinds = ("received", *PATHS[status], *(("rated",) if rated else ()))
    events = [
        Event(id=f"e{i:03d}", dossier_id="d1", kind=kind,
              occurred_at=f"2026-03-02T{8 + i:02d}:00:00", actor="canbo1", desk_id="desk-a",
              desk_epoch=1, desk_seq=i + 1, hlc=f"{i:020d}", commune_code="04001",
              payload=RECEIVED_PAYLOAD if kind == "received" else STEPS[kind])
        for i, kind in enumerate(kinds)
    ]
    state = fold(events)
    assert state is not None and state.status == status and not state.conflicts
    return state


def every_state() -> list[DossierState]:
    """One dossier in each status, plus each finished status once rated."""
    states = [state_in(s) for s in PATHS]
    states += [state_in(s, rated=True) for s in ("resolved", "refused", "returned", "withdrawn")]
    return states
