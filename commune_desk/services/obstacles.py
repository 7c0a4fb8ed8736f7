"""Obstacles: record one (an event that syncs upward), list them with the province's answers, close."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from commune_desk.domain.obstacles import (
    Obstacle,
    ObstacleError,
    fold_obstacles,
    validate_obstacle,
)
from commune_desk.domain.permissions import Action
from commune_desk.domain.vntime import vn_now
from commune_desk.services.authority import acting_login

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

KINDS = ("obstacle_reported", "obstacle_answered", "obstacle_closed")


def _now() -> str:
    return vn_now().replace(microsecond=0).isoformat()


def record_obstacle(store: Store, *, actor: str, field: str, procedure: str, blocker: str,
                    since: dt.date, dossiers_held: int, description: str) -> str:
    from commune_desk.store.events import append_event

    data = validate_obstacle(field, procedure, blocker, since, dossiers_held, description,
                             today=vn_now().date())
    obstacle_id = str(uuid.uuid4())
    with acting_login(store, actor, Action.REPORT_OBSTACLE) as s:
        append_event(s, dossier_id=obstacle_id, kind="obstacle_reported", occurred_at=_now(),
                     actor=actor, payload=data.payload())
    return obstacle_id


def list_obstacles(store: Store, *, include_closed: bool = False) -> list[Obstacle]:
    from commune_desk.store.models import Event

    with store.read() as s:
        rows = s.execute(select(Event).where(Event.kind.in_(KINDS))).scalars().all()
        events = [{"id": r.id, "dossier_id": r.dossier_id, "kind": r.kind,
                   "occurred_at": r.occurred_at, "actor": r.actor, "hlc": r.hlc,
                   "desk_id": r.desk_id, "payload": json.loads(r.payload)} for r in rows]
    items = fold_obstacles(events)
    if not include_closed:
        items = [o for o in items if not o.closed]
    return sorted(items, key=lambda o: o.reported_at, reverse=True)


def close_obstacle(store: Store, obstacle_id: str, *, actor: str, note: str = "") -> None:
    from commune_desk.store.events import append_event

    found = {o.id: o for o in list_obstacles(store, include_closed=True)}
    obstacle = found.get(obstacle_id.strip())
    if obstacle is None:
        raise ObstacleError("Không tìm thấy vướng mắc này trên máy.")
    if obstacle.closed:
        raise ObstacleError("Vướng mắc này đã đóng.")
    with acting_login(store, actor, Action.REPORT_OBSTACLE) as s:
        append_event(s, dossier_id=obstacle.id, kind="obstacle_closed", occurred_at=_now(),
                     actor=actor, payload={"note": note.strip()})
