"""Desk identity and settings (single ``desk`` row) and calendar overrides."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from commune_desk.domain.calendar import CalendarEntry, EntryKind, OfficeHours, OfficeSeason
from commune_desk.domain.identifiers import (
    DEFAULT_COMMUNE_CODE,
    validate_agency_id,
    validate_desk_number,
)
from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.domain.vntime import vn_now_text
from commune_desk.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from commune_desk.domain.calendar import WorkingCalendar
    from commune_desk.store.engine import Store
    from commune_desk.store.models import CalendarOverride

# The reads the first paint needs (desk identity, calendar) are SQL on a Core snapshot; the
# table classes (and SQLAlchemy's ORM) are imported by the functions that write.



@dataclass(frozen=True)
class DeskInfo:
    """This desk as the rest of the program sees it."""

    desk_id: str
    desk_number: int
    epoch: int
    commune_code: str
    commune_name: str
    agency_id: str
    receiving_unit: str
    next_seq: int
    last_hash: str
    last_hlc: str
    sync_hold: bool
    counting_mode: str
    office_hours: OfficeHours
    configured: bool


def office_hours_from_json(text: str | None) -> OfficeHours:
    if not text:
        return OfficeHours.nghe_an()
    data = json.loads(text)
    seasons = []
    for s in data["seasons"]:
        sessions = tuple(
            (time.fromisoformat(a), time.fromisoformat(b)) for a, b in s["sessions"]
        )
        seasons.append(OfficeSeason((int(s["start"][0]), int(s["start"][1])), sessions, s.get("name", "")))
    return OfficeHours(tuple(seasons))


def office_hours_to_json(hours: OfficeHours) -> str:
    return json.dumps(
        {
            "seasons": [
                {
                    "start": list(s.start),
                    "name": s.name,
                    "sessions": [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in s.sessions],
                }
                for s in hours.seasons
            ]
        },
        ensure_ascii=False,
    )


def _info(desk: Any) -> DeskInfo:
    """A ``desk`` row (the ORM object or a Core row: same attribute names) as ``DeskInfo``."""
    return DeskInfo(
        desk_id=desk.desk_id,
        desk_number=desk.desk_number,
        epoch=desk.epoch,
        commune_code=desk.commune_code,
        commune_name=desk.commune_name,
        agency_id=desk.agency_id,
        receiving_unit=desk.receiving_unit,
        next_seq=desk.next_seq,
        last_hash=desk.last_hash,
        last_hlc=desk.last_hlc,
        sync_hold=bool(desk.sync_hold),
        counting_mode=desk.counting_mode,
        office_hours=office_hours_from_json(desk.office_hours),
        configured=desk.commune_code != DEFAULT_COMMUNE_CODE,
    )


def desk_info(store: Store) -> DeskInfo:
    with store.snapshot() as conn:
        desk = conn.execute(text("SELECT * FROM desk WHERE id = 1")).first()
        if desk is None:
            raise UserError("Cơ sở dữ liệu chưa có thông tin bàn làm việc.")
        return _info(desk)


def configure_desk(
    store: Store,
    actor: Actor,
    *,
    commune_code: str | None = None,
    commune_name: str | None = None,
    agency_id: str | None = None,
    desk_number: int | None = None,
    receiving_unit: str | None = None,
    office_hours: OfficeHours | None = None,
    counting_mode: str | None = None,
) -> DeskInfo:
    """Change the desk's identity and settings (administrator).

    On a configured desk every change is recorded as a ``desk_configured`` event (who, when,
    each field's old and new value) in the same transaction: settings are never edited
    silently. The commune is the official list's (``services.units``) and cannot change once
    the desk has recorded anything.
    """
    from sqlalchemy import func, select

    from commune_desk.services.authority import acting
    from commune_desk.store.models import Event
    from commune_desk.store.seed import ensure_desk

    require(actor, Action.MANAGE_USERS)
    if commune_code is not None:
        from commune_desk.services.units import commune as official_commune

        unit = official_commune(commune_code)
        commune_code = unit.code
        if commune_name is not None and " ".join(commune_name.split()) != unit.name:
            raise UserError(f"Mã {unit.code} là “{unit.name}” ({unit.province_name}) trong danh "
                            f"mục chính thức, không phải “{commune_name.strip()}”.")
        commune_name = unit.name
    with acting(store, actor, Action.MANAGE_USERS) as session:
        desk = ensure_desk(session)
        before = {
            "commune_code": desk.commune_code, "commune_name": desk.commune_name,
            "agency_id": desk.agency_id, "desk_number": desk.desk_number,
            "receiving_unit": desk.receiving_unit, "office_hours": desk.office_hours,
            "counting_mode": desk.counting_mode,
        }
        if commune_code is not None and commune_code != desk.commune_code:
            held = session.execute(select(func.count()).select_from(Event).where(
                Event.desk_id == desk.desk_id)).scalar_one()
            if held:
                raise UserError("Máy đã có dữ liệu của xã hiện tại: không thể đổi sang xã khác. "
                                 "Hãy cài đặt một tệp mới cho xã kia.")
            desk.commune_code = commune_code
        if commune_name is not None:
            if not commune_name.strip():
                raise UserError("Tên xã không được để trống.")
            desk.commune_name = commune_name.strip()
        if agency_id is not None:
            desk.agency_id = validate_agency_id(agency_id)
        if desk_number is not None:
            desk.desk_number = validate_desk_number(desk_number)
        if receiving_unit is not None:
            desk.receiving_unit = receiving_unit.strip()
        if office_hours is not None:
            desk.office_hours = office_hours_to_json(office_hours)
        if counting_mode is not None:
            from commune_desk.domain.deadlines import CountingMode

            desk.counting_mode = CountingMode(counting_mode).value
        changes = {k: {"from": v, "to": getattr(desk, k)} for k, v in before.items()
                   if getattr(desk, k) != v}
        if changes:
            _record_setting(session, actor, changes)
        session.flush()
        return _info(desk)


DESK_CONFIGURED = "desk_configured"


def settings_history(store: Store) -> list[dict[str, Any]]:
    """Every recorded settings change of this desk, newest first (who, when, what)."""
    from sqlalchemy import select

    from commune_desk.store.models import Desk, Event

    with store.read() as session:
        desk = session.get(Desk, 1)
        if desk is None:
            return []
        rows = session.execute(select(Event).where(
            Event.kind == DESK_CONFIGURED, Event.desk_id == desk.desk_id)
            .order_by(Event.hlc.desc())).scalars().all()
        return [{"at": r.occurred_at, "actor": r.actor, **json.loads(r.payload)} for r in rows]


# --- calendar overrides ------------------------------------------------------------------


def calendar_overrides(session: Session | Connection) -> list[CalendarEntry]:
    """This desk's calendar entries by day (SQL: also on a Core snapshot before the first paint)."""
    if not isinstance(session, Connection):
        session.flush()  # a session's pending rows count, as an ORM query would autoflush them
    rows = session.execute(text(
        "SELECT day, kind, name, source, provisional FROM calendar_overrides ORDER BY day"))
    return [
        CalendarEntry(date.fromisoformat(r.day), EntryKind(r.kind), r.name, r.source, bool(r.provisional))
        for r in rows
    ]


def list_calendar_overrides(store: Store) -> list[CalendarEntry]:
    """The local and province calendar entries of this desk, by day (the settings screen)."""
    with store.snapshot() as conn:
        return calendar_overrides(conn)


def _override_dict(row: CalendarOverride | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"kind": row.kind, "name": row.name, "source": row.source,
            "provisional": bool(row.provisional)}


def _record_setting(session: Session, actor: Actor, changes: dict[str, Any]) -> None:
    """A settings change as a ``desk_configured`` event, on a configured desk (same transaction)."""
    from commune_desk.store.events import append_event
    from commune_desk.store.seed import ensure_desk

    desk = ensure_desk(session)
    if desk.commune_code == DEFAULT_COMMUNE_CODE:
        return
    append_event(session, dossier_id=desk.desk_id, kind=DESK_CONFIGURED,
                 occurred_at=vn_now_text(), actor=actor.login, payload={"changes": changes})


def set_calendar_override(store: Store, actor: Actor, entry: CalendarEntry) -> None:
    from commune_desk.services.authority import acting
    from commune_desk.store.models import CalendarOverride

    key = entry.day.isoformat()
    with acting(store, actor, Action.EDIT_CALENDAR) as session:
        row = session.get(CalendarOverride, key)
        before = _override_dict(row)
        if row is None:
            row = CalendarOverride(day=key)
            session.add(row)
        row.kind = entry.kind.value
        row.name = entry.name
        row.source = entry.source
        row.provisional = entry.provisional
        after = _override_dict(row)
        if before != after:
            _record_setting(session, actor, {f"calendar:{key}": {"from": before, "to": after}})


def remove_calendar_override(store: Store, actor: Actor, day: date) -> bool:
    from commune_desk.services.authority import acting
    from commune_desk.store.models import CalendarOverride

    key = day.isoformat()
    with acting(store, actor, Action.EDIT_CALENDAR) as session:
        row = session.get(CalendarOverride, key)
        if row is None:
            return False
        before = _override_dict(row)
        session.delete(row)
        _record_setting(session, actor, {f"calendar:{key}": {"from": before, "to": None}})
    return True


def _calendar_key(session: Session | Connection) -> tuple[tuple[CalendarEntry, ...], str | None]:
    """What the desk's calendar is made of besides the bundled data (a few rows: cheap)."""
    overrides = tuple(calendar_overrides(session))
    hours = session.execute(text("SELECT office_hours FROM desk WHERE id = 1")).scalar()
    return overrides, (str(hours) if hours is not None else None)


def _build_calendar(key: tuple[tuple[CalendarEntry, ...], str | None]) -> WorkingCalendar:
    from commune_desk.services.calendar_source import load_calendar

    overrides, hours_json = key
    return load_calendar(overrides=overrides, office_hours=office_hours_from_json(hours_json))


class CalendarProvider:
    """The desk's one working calendar (bundled data + this database's overrides and hours).

    The composition root builds one per open store and passes it down: screens call it for
    previews, services hand it to ``working_calendar`` inside their transaction. A service
    compares the provider's copy with what its transaction sees and rebuilds it when they
    differ, so what is saved and what is shown never come from two calendars; screens call
    ``invalidate()`` when a change (settings, a synced province calendar) says so.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._key: tuple[tuple[CalendarEntry, ...], str | None] | None = None
        self._cal: WorkingCalendar | None = None

    def __call__(self) -> WorkingCalendar:
        with self._lock:
            cal = self._cal
        if cal is not None:
            return cal
        with self._store.snapshot() as conn:
            return self.for_session(conn)

    def for_session(self, session: Session | Connection) -> WorkingCalendar:
        """The calendar as ``session`` sees it (the cached copy when nothing has changed)."""
        key = _calendar_key(session)
        with self._lock:
            if self._cal is not None and key == self._key:
                return self._cal
        cal = _build_calendar(key)
        with self._lock:
            self._key, self._cal = key, cal
        return cal

    def invalidate(self) -> None:
        with self._lock:
            self._key, self._cal = None, None


def working_calendar(session: Session | Connection, provider: CalendarProvider | None = None) -> WorkingCalendar:
    """The working calendar for this desk: bundled data + this database's overrides.

    Without a provider (CLI, reports, tests) it is built afresh (a few ms)."""
    if provider is not None:
        return provider.for_session(session)
    return _build_calendar(_calendar_key(session))


def store_calendar(store: Store) -> WorkingCalendar:
    with store.snapshot() as conn:
        return working_calendar(conn)
