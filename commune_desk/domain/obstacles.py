"""Obstacles a commune reports to the province: kinds of blocker, validation, and the fold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from commune_desk.domain.text import QT_TRANSLATE_NOOP
from commune_desk.errors import UserError


class Blocker(StrEnum):
    OVERLAP = "chong_cheo"
    GUIDANCE = "thieu_huong_dan"
    STAFF = "nhan_luc"
    EQUIPMENT = "thiet_bi"
    NETWORK = "mang"
    OTHER = "khac"


BLOCKER_LABELS: dict[Blocker, str] = {
    Blocker.OVERLAP: QT_TRANSLATE_NOOP("labels", "Chồng chéo trách nhiệm"),
    Blocker.GUIDANCE: QT_TRANSLATE_NOOP("labels", "Thiếu hướng dẫn"),
    Blocker.STAFF: QT_TRANSLATE_NOOP("labels", "Thiếu nhân lực"),
    Blocker.EQUIPMENT: QT_TRANSLATE_NOOP("labels", "Thiếu trang thiết bị"),
    Blocker.NETWORK: QT_TRANSLATE_NOOP("labels", "Mạng, đường truyền"),
    Blocker.OTHER: QT_TRANSLATE_NOOP("labels", "Khác"),
}


class ObstacleError(UserError, ValueError):
    """Bad obstacle input; the message is Vietnamese."""


@dataclass(frozen=True)
class ObstacleInput:
    field: str
    procedure: str
    blocker: Blocker
    since: dt.date
    dossiers_held: int
    description: str

    def payload(self) -> dict[str, Any]:
        return {"field": self.field, "procedure": self.procedure, "blocker": self.blocker.value,
                "since": self.since.isoformat(), "dossiers_held": self.dossiers_held,
                "description": self.description}


def blocker_from_text(text: str) -> Blocker:
    value = text.strip().lower()
    for b in Blocker:
        if value in (b.value, b.name.lower()):
            return b
    choices = ", ".join(f"{b.value} ({BLOCKER_LABELS[b]})" for b in Blocker)
    raise ObstacleError(f"Loại vướng mắc không hợp lệ: {text!r}. Chọn một trong: {choices}.")


def validate_obstacle(field: str, procedure: str, blocker: str | Blocker, since: dt.date,
                      dossiers_held: int, description: str, today: dt.date) -> ObstacleInput:
    b = blocker if isinstance(blocker, Blocker) else blocker_from_text(blocker)
    if not field.strip():
        raise ObstacleError("Cần ghi lĩnh vực.")
    if not description.strip():
        raise ObstacleError("Cần mô tả vướng mắc.")
    if len(description) > 4000:
        raise ObstacleError("Mô tả quá dài (tối đa 4.000 ký tự).")
    if since > today:
        raise ObstacleError("Ngày bắt đầu vướng mắc không được sau hôm nay.")
    if dossiers_held < 0 or dossiers_held > 1_000_000:
        raise ObstacleError("Số hồ sơ bị ảnh hưởng không hợp lệ.")
    return ObstacleInput(field.strip(), procedure.strip(), b, since, dossiers_held,
                         description.strip())


@dataclass(frozen=True)
class Answer:
    text: str
    by: str
    at: str


@dataclass(frozen=True)
class Obstacle:
    id: str
    reported_at: str
    reported_by: str
    field: str
    procedure: str
    blocker: str
    since: str
    dossiers_held: int
    description: str
    answers: tuple[Answer, ...]
    closed: bool

    @property
    def blocker_label(self) -> str:
        try:
            return BLOCKER_LABELS[Blocker(self.blocker)]
        except ValueError:
            return self.blocker


def fold_obstacles(events: list[dict[str, Any]]) -> list[Obstacle]:
    """Obstacles from their events (dicts with id, dossier_id, kind, occurred_at, actor, hlc,
    desk_id, payload), folded in the shared total order."""
    ordered = sorted(events, key=lambda e: (e["hlc"], e["desk_id"], e["id"]))
    found: dict[str, dict[str, Any]] = {}
    for e in ordered:
        oid, kind, p = e["dossier_id"], e["kind"], e["payload"]
        if kind == "obstacle_reported":
            found[oid] = {"id": oid, "reported_at": e["occurred_at"], "reported_by": e["actor"],
                          "field": p.get("field", ""), "procedure": p.get("procedure", ""),
                          "blocker": p.get("blocker", ""), "since": p.get("since", ""),
                          "dossiers_held": int(p.get("dossiers_held", 0) or 0),
                          "description": p.get("description", ""), "answers": [],
                          "closed": False}
        elif oid in found and kind == "obstacle_answered":
            found[oid]["answers"].append(Answer(p.get("answer", ""), p.get("answered_by", ""),
                                                e["occurred_at"]))
        elif oid in found and kind == "obstacle_closed":
            found[oid]["closed"] = True
    return [Obstacle(**{**v, "answers": tuple(v["answers"])}) for v in found.values()]
