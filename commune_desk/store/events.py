"""Writing the log: append an event (desk sequence, HLC, hash chain) and refresh the projection."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from commune_desk.domain.audit import chain_hash, payload_problem
from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.hlc import HlcStamp, receive, tick
from commune_desk.domain.lifecycle import (
    PROJECTION_COLUMNS,
    DossierState,
    event_from_row,
    fold,
    fold_row,
)
from commune_desk.domain.lifecycle import Event as DomainEvent
from commune_desk.store.models import Desk, Dossier
from commune_desk.store.models import Event as EventRow

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "dossier_id", "kind", "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq",
    "hlc", "commune_code", "payload", "prev_hash", "hash",
)


def desk_row(session: Session) -> Desk:
    desk = session.get(Desk, 1)
    if desk is None:
        from commune_desk.store.engine import StoreError

        raise StoreError("Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk).")
    return desk


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def append_event(
    session: Session,
    *,
    dossier_id: str,
    kind: str,
    occurred_at: str,
    actor: str,
    payload: Mapping[str, Any],
    commune_code: str | None = None,
) -> DomainEvent:
    """Append one local event: next desk sequence number, HLC tick, hash chain link.

    The caller has already checked the transition; the projection is refreshed by
    ``refresh_projection`` in the same transaction.
    """
    desk = desk_row(session)
    stamp = tick(HlcStamp.parse(desk.last_hlc), wall_ms())
    fields: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "dossier_id": dossier_id,
        "kind": kind,
        "occurred_at": occurred_at,
        "actor": actor,
        "desk_id": desk.desk_id,
        "desk_epoch": desk.epoch,
        "desk_seq": desk.next_seq,
        "hlc": stamp.text,
        "commune_code": commune_code or desk.commune_code,
        "payload": canonical_json(payload),
    }
    fields["prev_hash"] = desk.last_hash
    fields["hash"] = chain_hash(desk.last_hash, {**fields, "payload": dict(payload)})
    session.add(EventRow(**fields))
    desk.next_seq += 1
    desk.last_hash = fields["hash"]
    desk.last_hlc = stamp.text
    session.flush()
    return event_from_row(fields)


def dossier_events(session: Session, dossier_id: str) -> list[DomainEvent]:
    """All events of one stream, in the total order (hlc, desk id, event id)."""
    rows = session.execute(
        select(EventRow).where(EventRow.dossier_id == dossier_id)
    ).scalars().all()
    return sorted((event_from_row(r) for r in rows), key=lambda e: e.order_key)


def refresh_projection(session: Session, dossier_id: str) -> dict[str, Any] | None:
    """Recompute one ``dossiers`` row from its events (insert, update or nothing)."""
    row = fold_row(dossier_events(session, dossier_id))
    if row is None:
        return None
    existing = session.get(Dossier, dossier_id)
    if existing is None:
        num = session.execute(text("SELECT coalesce(max(num), 0) + 1 FROM dossiers")).scalar_one()
        session.add(Dossier(num=num, **row))
    else:
        for name in PROJECTION_COLUMNS:
            if getattr(existing, name) != row[name]:
                setattr(existing, name, row[name])
    session.flush()
    return row


def dossier_state(session: Session, dossier_id: str) -> DossierState | None:
    """The folded DossierState of one dossier (None if it has no ``received`` event)."""
    return fold(dossier_events(session, dossier_id))


def ingest_events(session: Session, rows: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    """Store events recorded by other desks (from sync) as they are, then refresh projections.

    Events already held (same id) are skipped. The local HLC moves past every stamp seen, but
    never further than ``hlc.MAX_DRIFT_MS`` ahead of this PC's clock (a far-off PC cannot drag it).
    Returns (inserted, duplicates). Hash links are kept as the recording desk made them.
    """
    inserted = duplicates = 0
    touched: set[str] = set()
    desk = desk_row(session)
    clock = HlcStamp.parse(desk.last_hlc)
    for raw in rows:
        if session.get(EventRow, raw["id"]) is not None:
            duplicates += 1
            continue
        values = {name: raw[name] for name in EVENT_COLUMNS}
        if not isinstance(values["payload"], str):
            values["payload"] = canonical_json(values["payload"])
        problem = payload_problem(values["payload"])
        if problem is not None:
            from commune_desk.store.engine import StoreError

            raise StoreError(f"Sự kiện {values['id']} bị từ chối: {problem}.")
        session.add(EventRow(**values))
        clock = receive(clock, HlcStamp.parse(values["hlc"]), wall_ms())
        touched.add(values["dossier_id"])
        inserted += 1
    session.flush()
    desk.last_hlc = clock.text
    remember_desks(session, {str(r["desk_id"]) for r in rows}, "sync")
    for dossier_id in sorted(touched):
        refresh_projection(session, dossier_id)
    return inserted, duplicates


def chain_head(session: Session) -> str:
    """This desk's chain head for paper: "<events> sự kiện · <first 12 hex of the last hash>".

    Printed on the weekly brief and the ledger, it anchors the chain outside the file: a later
    truncation or a re-hashed history no longer matches what was printed.
    """
    desk = session.get(Desk, 1)
    if desk is None:
        return ""
    row = session.execute(
        text("SELECT count(*) FROM events WHERE desk_id = :d"), {"d": desk.desk_id}
    ).one()
    count = int(row[0])
    head = desk.last_hash or ""
    return f"{count:,}".replace(",", ".") + f" sự kiện · {head[:12] or '—'}"


def remember_desks(session: Session, desk_ids: Iterable[str], source: str) -> None:
    """Record other desks whose events this file legitimately holds (from the server, demo)."""
    local = desk_row(session).desk_id
    now = time.strftime("%Y-%m-%dT%H:%M:%S")
    for desk_id in set(desk_ids) - {local}:
        session.execute(
            text("INSERT OR IGNORE INTO known_desks (desk_id, source, first_seen_at) "
                 "VALUES (:d, :s, :t)"),
            {"d": desk_id, "s": source, "t": now},
        )
