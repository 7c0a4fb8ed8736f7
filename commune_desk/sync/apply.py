"""Applying what a pull brings: other desks' events (through the store's ingest) and reference data."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commune_desk.domain.vntime import vn_now
from commune_desk.sync.protocol import ReferenceVersion, WireEvent

PROVINCE_SOURCE = "[tỉnh]"


@dataclass(frozen=True)
class ApplyResult:
    inserted: int
    duplicates: int
    quarantined: int
    dossier_ids: tuple[str, ...] = ()  # dossiers whose projection the new events changed


def _row(e: WireEvent) -> dict[str, Any]:
    row = e.model_dump()
    row["prev_hash"] = row["prev_hash"] or ""
    row["hash"] = row["hash"] or ""
    return row


def quarantine_incoming(session: Session, e: WireEvent, reason: str) -> None:
    session.execute(text(
        "INSERT OR IGNORE INTO sync_quarantine(event_id, direction, dossier_id, kind, reason, at,"
        " event_json) VALUES (:id, 'in', :d, :k, :r, :at, :j)"),
        {"id": e.id, "d": e.dossier_id, "k": e.kind, "r": reason,
         "at": vn_now().replace(microsecond=0).isoformat(),
         "j": e.model_dump_json()})


def apply_events(session: Session, events: Sequence[WireEvent]) -> ApplyResult:
    """Insert events recorded elsewhere and refold the dossiers they touch, in the caller's
    transaction. An event that cannot be stored as it is (its desk slot already holds another
    event here, or its dossier's projection refuses it) is kept in quarantine with a reason."""
    from commune_desk.store.events import ingest_events
    from commune_desk.store.models import Event as EventRow

    if not events:
        return ApplyResult(0, 0, 0)
    ids = [e.id for e in events]
    held = set(session.scalars(select(EventRow.id).where(EventRow.id.in_(ids))))
    fresh: list[WireEvent] = []
    quarantined = 0
    for e in events:
        if e.id in held:
            continue
        slot = session.scalar(select(EventRow.id).where(
            EventRow.desk_id == e.desk_id, EventRow.desk_epoch == e.desk_epoch,
            EventRow.desk_seq == e.desk_seq))
        if slot is not None and slot != e.id:
            quarantine_incoming(session, e, "Số thứ tự của sự kiện trùng với một sự kiện khác đã "
                                            "có trên máy này (có thể do sao chép máy).")
            quarantined += 1
            continue
        fresh.append(e)
    inserted = 0
    refused: set[str] = set()
    try:
        with session.begin_nested():
            inserted, _dups = ingest_events(session, [_row(e) for e in fresh])
    except IntegrityError:
        # Find the culprit one by one; the rest still goes in.
        for e in fresh:
            try:
                with session.begin_nested():
                    n, _ = ingest_events(session, [_row(e)])
                    inserted += n
            except IntegrityError as exc:
                quarantine_incoming(session, e, _integrity_reason(e, exc))
                refused.add(e.id)
                quarantined += 1
    _advance_code_counters(session, [e for e in fresh if e.kind == "received"])
    touched = tuple(dict.fromkeys(e.dossier_id for e in fresh if e.id not in refused))
    return ApplyResult(inserted, len(events) - len(fresh) - quarantined, quarantined, touched)


def _advance_code_counters(session: Session, received: Sequence[WireEvent]) -> None:
    """A returning dossier whose code lies in this desk's part of the daily range (this desk's
    own work lost in a restore, or a clone) moves the day's counter past it, so the desk never
    prints that code again."""
    from commune_desk.domain.identifiers import IdentifierError, parse_dossier_code, sequence_range
    from commune_desk.store.events import desk_row
    from commune_desk.store.models import CodeCounter

    if not received:
        return
    mine = sequence_range(desk_row(session).desk_number)
    for e in received:
        try:
            code = parse_dossier_code(str(e.payload.get("code", "")))
        except IdentifierError:
            continue
        if code.sequence not in mine:
            continue
        counter = session.get(CodeCounter, code.day.isoformat())
        if counter is None:
            session.add(CodeCounter(day=code.day.isoformat(), last_seq=code.sequence))
        elif counter.last_seq < code.sequence:
            counter.last_seq = code.sequence
    session.flush()


def _integrity_reason(e: WireEvent, exc: IntegrityError) -> str:
    if "dossiers.code" in str(exc.orig):
        return (f"Mã hồ sơ {e.payload.get('code', '')} đã được dùng cho một hồ sơ khác trên máy "
                "này (hai hồ sơ cùng mã, thường do máy cấp lại mã sau khi khôi phục). Sự kiện "
                "được giữ lại ở đây để cán bộ xử lý.")
    return f"Không ghi được vào sổ của máy này: {exc.orig}"


def apply_reference(session: Session, ref: ReferenceVersion) -> str:
    """Apply one whole version of province reference data; returns a Vietnamese summary."""
    if ref.kind == "catalog":
        from commune_desk.domain.catalog import load_catalog_document
        from commune_desk.store.models import CatalogVersionRow
        from commune_desk.store.seed import install_catalog

        source_tag = f"{PROVINCE_SOURCE} {ref.version}"
        if session.scalar(select(CatalogVersionRow.version)
                          .where(CatalogVersionRow.source == source_tag)) is not None:
            return f"Danh mục thủ tục phiên bản {ref.version} đã có."
        name, effective, _source, procs = load_catalog_document(ref.content)
        number = install_catalog(session, name, effective, procs, source_tag)
        return f"Đã nhận danh mục thủ tục {ref.version} (phiên bản {number} trên máy)."
    if ref.kind == "staff":
        return _apply_staff(session, ref)
    from commune_desk.store.models import CalendarOverride

    entries = ref.content.get("entries", []) if isinstance(ref.content, dict) else []
    session.execute(text("DELETE FROM calendar_overrides WHERE source LIKE :p"),
                    {"p": PROVINCE_SOURCE + "%"})
    for entry in entries:
        day = date.fromisoformat(str(entry["day"])).isoformat()
        kind = str(entry["kind"])
        if kind not in ("holiday", "day_off", "makeup_workday"):
            raise ValueError(f"Loại ngày không hợp lệ trong lịch của tỉnh: {kind}")
        row = session.get(CalendarOverride, day)
        if row is None:
            row = CalendarOverride(day=day)
            session.add(row)
        row.kind = kind
        row.name = str(entry.get("name", ""))
        row.source = f"{PROVINCE_SOURCE} {ref.version}: {entry.get('source', '')}".strip()
        row.provisional = bool(entry.get("provisional", False))
    session.flush()
    return f"Đã nhận lịch làm việc {ref.version} ({len(entries)} ngày)."


def _apply_staff(session: Session, ref: ReferenceVersion) -> str:
    """The province's staff directory: this commune's people (full name, phone, title), so
    papers name the actors of events recorded on other desks (issue 14)."""
    desk = session.execute(text("SELECT commune_code FROM desk WHERE id = 1")).first()
    commune = str(desk[0]) if desk else ""
    entries = ref.content.get("entries", []) if isinstance(ref.content, dict) else []
    from commune_desk.store.staff import upsert_staff

    mine = [e for e in entries
            if isinstance(e, dict) and str(e.get("commune_code") or commune) == commune]
    n = upsert_staff(session, mine, str(ref.published_at))
    return f"Đã nhận danh bạ cán bộ {ref.version} ({n} người của xã)."


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
