"""Province dashboard figures: per-commune backlog, overdue, on-time rate, last sync, obstacles."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from sqlalchemy import func, select

from commune_desk.domain.lifecycle import DossierState, EventKind, event_from_row, fold
from commune_desk.domain.payloads import PayloadError, check_payload
from commune_desk.server.models import Commune, Desk, Event
from commune_desk.server.store import Sessions, now_text

log = logging.getLogger(__name__)
DOSSIER_KINDS = tuple(k.value for k in EventKind)
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


def _count(f: CommuneFigures, state: DossierState, now: str) -> None:
    """One dossier into its commune's figures, by the desk's own rules (the domain fold):
    the verdict is the fold's (the due moment moved by a received supplement counts);
    an open dossier is overdue only while its clock runs (not waiting for a supplement);
    a refusal at the counter (before any hand-over) is not a received dossier."""
    if state.status == "refused" and not state.handovers:
        return
    f.received += 1
    if state.is_open:
        f.backlog += 1
        if state.paused_since is None and state.due_at is not None and state.due_at < now:
            f.overdue += 1
    elif state.verdict is not None:
        f.finished += 1
        if state.verdict in ("truoc_han", "dung_han"):
            f.on_time += 1


def _skipped(problems: list[str] | None, what: str, exc: Exception) -> None:
    """A stored row the figures cannot read: skipped, logged, and reported on the page."""
    log.warning("Bảng điều hành bỏ qua %s: %s", what, exc, exc_info=exc)
    if problems is not None:
        problems.append(f"Bỏ qua {what}: {exc}")


def commune_figures(sessions: Sessions, now: str | None = None, *,
                    problems: list[str] | None = None) -> list[CommuneFigures]:
    """Fold every commune's dossiers with the domain fold the desks use, in the shared order.
    A dossier whose events cannot be read is skipped and named in ``problems``."""
    now = (now or now_text())[:19]
    with sessions() as s:
        figures = {c.code: CommuneFigures(c.code, c.name)
                   for c in s.scalars(select(Commune).order_by(Commune.code))}
        for code, last, n in s.execute(select(Desk.commune_code, func.max(Desk.last_seen_at),
                                              func.count()).group_by(Desk.commune_code)):
            if code in figures:
                figures[code].last_sync = last
                figures[code].desks = n
        rows = s.execute(select(Event.id, Event.commune_code, Event.dossier_id, Event.kind,
                                Event.occurred_at, Event.actor, Event.desk_id, Event.desk_epoch,
                                Event.desk_seq, Event.hlc, Event.payload)
                         .where(Event.kind.in_(DOSSIER_KINDS))
                         .order_by(Event.dossier_id, Event.hlc, Event.desk_id, Event.id))
        for dossier_id, group in groupby(rows, key=lambda r: r.dossier_id):
            try:
                state = fold(event_from_row(r) for r in group)
                if state is None:
                    continue
                f = figures.get(state.commune_code)
                if f is not None:
                    _count(f, state, now)
            except Exception as exc:  # one unreadable dossier never takes the page down
                _skipped(problems, f"hồ sơ {dossier_id}", exc)
        for o in obstacles(sessions, problems=problems):
            if not o.closed and o.commune_code in figures:
                figures[o.commune_code].open_obstacles += 1
    return list(figures.values())


def obstacles(sessions: Sessions, *, open_only: bool = False,
              problems: list[str] | None = None) -> list[ObstacleView]:
    """Obstacles and their answers; a row whose payload does not have the expected shape
    (checked by the domain, as at push) is skipped and named in ``problems``."""
    with sessions() as s:
        rows = s.execute(select(Event.id, Event.dossier_id, Event.commune_code, Event.kind,
                                Event.occurred_at, Event.payload)
                         .where(Event.kind.in_(OBSTACLE_KINDS))
                         .order_by(Event.hlc, Event.desk_id, Event.id))
        views: dict[str, ObstacleView] = {}
        for event_id, oid, code, kind, occurred, payload_text in rows:
            try:
                payload = json.loads(payload_text)
                check_payload(kind, payload)
            except (ValueError, PayloadError) as exc:
                _skipped(problems, f"sự kiện {event_id} ({kind})", exc)
                continue
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
