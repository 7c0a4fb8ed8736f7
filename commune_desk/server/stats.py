"""Province dashboard figures: per-commune backlog, overdue, on-time rate, last sync, obstacles."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from commune_desk.server.models import Commune, Desk, Event
from commune_desk.server.store import Sessions, now_text

LIFECYCLE = ("received", "rescheduled", "resolved", "refused", "withdrawn", "returned")
OBSTACLE_KINDS = ("obstacle_reported", "obstacle_answered", "obstacle_closed")


@dataclass
class CommuneFigures:
    code: str
    name: str
    received: int = 0
    backlog: int = 0
    overdue: int = 0
    finished: int = 0
    on_time: int = 0
    last_sync: str | None = None
    desks: int = 0
    open_obstacles: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.finished if self.finished else None


@dataclass
class ObstacleView:
    id: str
    commune_code: str
    reported_at: str
    payload: dict[str, Any]
    answers: list[dict[str, Any]] = field(default_factory=list)
    closed: bool = False


def commune_figures(sessions: Sessions, now: str | None = None) -> list[CommuneFigures]:
    """Fold every commune's lifecycle events in the shared total order."""
    now = now or now_text()
    with sessions() as s:
        figures = {c.code: CommuneFigures(c.code, c.name)
                   for c in s.scalars(select(Commune).order_by(Commune.code))}
        for code, last, n in s.execute(select(Desk.commune_code, func.max(Desk.last_seen_at),
                                              func.count()).group_by(Desk.commune_code)):
            if code in figures:
                figures[code].last_sync = last
                figures[code].desks = n
        state: dict[str, dict[str, Any]] = {}
        rows = s.execute(select(Event.commune_code, Event.dossier_id, Event.kind,
                                Event.occurred_at, Event.payload)
                         .where(Event.kind.in_(LIFECYCLE))
                         .order_by(Event.hlc, Event.desk_id, Event.id))
        for code, dossier, kind, occurred, payload_text in rows:
            payload = json.loads(payload_text)
            d = state.setdefault(dossier, {"commune": code, "due": None, "finished": None,
                                           "withdrawn": False, "seen": False})
            if kind == "received":
                d["seen"] = True
                d["due"] = payload.get("due_at")
            elif kind == "rescheduled" and payload.get("new_due_at"):
                d["due"] = payload["new_due_at"]
            elif kind in ("resolved", "refused") and d["finished"] is None:
                d["finished"] = payload.get("ready_at") or occurred
            elif kind == "withdrawn" and d["finished"] is None:
                d["finished"] = occurred
                d["withdrawn"] = True
        for d in state.values():
            f = figures.get(d["commune"])
            if f is None or not d["seen"]:
                continue
            f.received += 1
            if d["finished"] is None:
                f.backlog += 1
                if d["due"] and d["due"] < now:
                    f.overdue += 1
            elif not d["withdrawn"]:
                f.finished += 1
                if not d["due"] or d["finished"] <= d["due"]:
                    f.on_time += 1
        for o in obstacles(sessions):
            if not o.closed and o.commune_code in figures:
                figures[o.commune_code].open_obstacles += 1
    return list(figures.values())


def obstacles(sessions: Sessions, *, open_only: bool = False) -> list[ObstacleView]:
    with sessions() as s:
        rows = s.execute(select(Event.dossier_id, Event.commune_code, Event.kind,
                                Event.occurred_at, Event.payload)
                         .where(Event.kind.in_(OBSTACLE_KINDS))
                         .order_by(Event.hlc, Event.desk_id, Event.id))
        views: dict[str, ObstacleView] = {}
        for oid, code, kind, occurred, payload_text in rows:
            payload = json.loads(payload_text)
            if kind == "obstacle_reported":
                views[oid] = ObstacleView(oid, code, occurred, payload)
            elif oid in views and kind == "obstacle_answered":
                views[oid].answers.append({**payload, "at": occurred})
            elif oid in views and kind == "obstacle_closed":
                views[oid].closed = True
    out = list(views.values())
    if open_only:
        out = [o for o in out if not o.closed]
    return sorted(out, key=lambda o: o.reported_at, reverse=True)
