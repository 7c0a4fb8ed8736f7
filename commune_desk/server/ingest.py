"""Push: a desk's batch checked (hash, payload shape, chain link per desk and epoch) and stored in
one transaction with a few set-based statements (COPY on PostgreSQL), never one per event."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    Connection,
    String,
    Table,
    any_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from commune_desk.domain.audit import GENESIS_HASH, canonical_row_hash
from commune_desk.domain.canonical import canonical_json
from commune_desk.domain.payloads import PayloadError, check_payload
from commune_desk.server.models import Commune, DeskEpoch, Event, ParkedEvent, Rejection
from commune_desk.server.store import (
    DeskInfo,
    ServerError,
    Sessions,
    check_push,
    now_text,
    seen_stale,
    touch_desk,
)
from commune_desk.sync.core import classify, next_log_hash
from commune_desk.sync.protocol import (
    EventResult,
    PushRequest,
    PushResponse,
    WireEvent,
    wire_text,
)

REASON_BROKEN_LINK = ("Sự kiện số {seq} (lượt {epoch}) không nối đúng vào sự kiện trước nó của "
                      "máy (prev_hash khác dấu băm của sự kiện số {prev}): chuỗi kiểm toán bị "
                      "sửa hoặc giả mạo.")
REASON_BAD_PAYLOAD = "Nội dung sự kiện không hợp lệ: {why}"
REASON_PROVINCE_ONLY = "Chỉ cấp tỉnh mới ghi được sự kiện loại “{kind}”."
PROVINCE_KINDS = frozenset({"obstacle_answered"})

EVENT_COLUMNS = ("id", "commune_code", "commune_seq", "log_hash", "dossier_id", "kind",
                 "occurred_at", "actor", "desk_id", "desk_epoch", "desk_seq", "hlc", "payload",
                 "prev_hash", "hash", "stored_at", "wire")


@dataclass
class _Checked:
    """One pushed event with what can be decided before taking any lock."""

    event: WireEvent
    payload_text: str
    hash_ok: bool
    refusal: str | None  # payload or kind refused (content-level), with the reason


def _precheck(ev: WireEvent) -> _Checked:
    payload_text = canonical_json(ev.payload)
    # The payload's canonical text is spliced into the chained form, not encoded twice.
    hash_ok = ev.hash == canonical_row_hash(ev.prev_hash, {**ev.__dict__, "payload": payload_text})
    refusal = None
    if ev.kind in PROVINCE_KINDS:
        refusal = REASON_PROVINCE_ONLY.format(kind=ev.kind)
    else:
        try:
            check_payload(ev.kind, ev.payload)
        except PayloadError as exc:
            refusal = REASON_BAD_PAYLOAD.format(why=exc)
    return _Checked(ev, payload_text, hash_ok, refusal)


def push(sessions: Sessions, desk: DeskInfo, req: PushRequest) -> PushResponse:
    """Store a desk's batch; answer per event and with the contiguous acknowledged number."""
    check_push(desk, req)
    # Hashing and payload checks need no lock: done before the transaction.
    checked = {c.event.desk_seq: c for c in map(_precheck, req.events)}
    stamp = now_text()
    with sessions.write() as conn:
        # Lock the commune row: pushes of one commune are serialised, so commune_seq values
        # become visible in order and no pull cursor can step over a late commit.
        head = conn.execute(select(Commune.next_seq, Commune.log_hash)
                            .where(Commune.code == desk.commune_code).with_for_update()).first()
        if head is None:
            raise ServerError(404, "Xã của máy không còn trên máy chủ.")
        acked = conn.scalar(select(DeskEpoch.acked_seq).where(
            DeskEpoch.desk_id == desk.desk_id, DeskEpoch.epoch == req.desk_epoch)
            .with_for_update())
        batch = _Batch(conn, desk, req.desk_epoch, head, acked or 0, stamp)
        results = batch.run(req.events, checked)
        if acked is None:  # the commune lock above keeps a second insert of it out
            conn.execute(insert(DeskEpoch).values(desk_id=desk.desk_id, epoch=req.desk_epoch,
                                                  acked_seq=batch.acked))
        elif batch.acked != acked:
            conn.execute(update(DeskEpoch).where(DeskEpoch.desk_id == desk.desk_id,
                                                 DeskEpoch.epoch == req.desk_epoch)
                         .values(acked_seq=batch.acked))
        if seen_stale(desk, stamp):
            touch_desk(conn, desk, stamp)
    # The reply leaves only after the commit above: the acknowledgement is durable.
    return PushResponse(results=results, acked_seq=batch.acked)


class _Batch:
    """The state of one push inside its transaction: what the server holds of the slots."""

    def __init__(self, conn: Connection, desk: DeskInfo, epoch: int, head: Any, acked: int,
                 stamp: str) -> None:
        self.conn, self.desk, self.epoch = conn, desk, epoch
        # The commune log's head (locked row), written back once, in ``write``.
        self.log_hash: str = head.log_hash
        self.next_seq: int = head.next_seq
        self.acked = acked
        self.stamp = stamp
        # slot -> hash held there (None: held without a verifiable hash, e.g. a rejected
        # event whose content did not match its hash)
        self.slot_hash: dict[int, str | None] = {}
        self.slot_id: dict[int, str] = {}
        self.rejected: dict[int, str] = {}
        self.parked: dict[int, dict[str, Any]] = {}
        self.rows: list[dict[str, Any]] = []
        self.new_rejections: list[dict[str, Any]] = []
        self.new_parked: list[dict[str, Any]] = []
        self.unparked: list[int] = []

    # -- what is held ---------------------------------------------------------------------
    def load(self, events: list[WireEvent]) -> dict[str, WireEvent]:
        """What the server holds of these ids and of the batch's slots (and the one before
        it, for the first event's link): three statements whatever the batch size."""
        conn, desk, epoch = self.conn, self.desk, self.epoch
        ids = [e.id for e in events]
        wanted = set(ids)
        lo = min(e.desk_seq for e in events) - 1
        hi = max(e.desk_seq for e in events)
        same_id: dict[str, WireEvent] = {}
        mine = (Event.desk_id == desk.desk_id) & (Event.desk_epoch == epoch)
        for r in conn.execute(select(Event.id, Event.dossier_id, Event.kind, Event.desk_id,
                                     Event.desk_epoch, Event.desk_seq, Event.hash)
                              .where(or_(_one_of(conn, Event.id, ids),
                                         mine & Event.desk_seq.between(lo, hi)))):
            if r.id in wanted:
                same_id[r.id] = _identity_event(r)
            if r.desk_id == desk.desk_id and r.desk_epoch == epoch and lo <= r.desk_seq <= hi:
                self.slot_id[r.desk_seq] = r.id
                self.slot_hash[r.desk_seq] = r.hash
        parked_cols = [c for c in ParkedEvent.__table__.c]
        for p in conn.execute(select(*parked_cols).where(or_(
                _one_of(conn, ParkedEvent.id, ids),
                (ParkedEvent.desk_id == desk.desk_id) & (ParkedEvent.desk_epoch == epoch)))):
            if p.id in wanted:
                same_id[p.id] = _identity_event(p)
            if p.desk_id == desk.desk_id and p.desk_epoch == epoch:
                self.parked[p.desk_seq] = dict(p._mapping)
        for seq, reason, digest in conn.execute(select(Rejection.desk_seq, Rejection.reason,
                                                       Rejection.hash).where(
                Rejection.desk_id == desk.desk_id, Rejection.desk_epoch == epoch,
                Rejection.desk_seq >= lo, Rejection.desk_seq <= hi)):
            self.rejected[seq] = reason
            self.slot_hash.setdefault(seq, digest)
        if self.acked and self.acked not in self.slot_hash:  # a batch far below the number
            row = conn.execute(select(Event.id, Event.hash).where(
                mine, Event.desk_seq == self.acked)).first()
            if row is not None:
                self.slot_id[self.acked] = row.id
                self.slot_hash[self.acked] = row.hash
            else:
                self.slot_hash[self.acked] = conn.scalar(select(Rejection.hash).where(
                    Rejection.desk_id == desk.desk_id, Rejection.desk_epoch == epoch,
                    Rejection.desk_seq == self.acked))
        return same_id

    def earlier_hash_known(self, link: str) -> bool:
        """The first event of a new epoch may link to any earlier event of this desk."""
        return self.conn.scalar(select(Event.id).where(Event.desk_id == self.desk.desk_id,
                                                       Event.hash == link).limit(1)) is not None

    def link_ok(self, seq: int, link: str | None) -> bool | None:
        """True/False when the link to the predecessor can be checked; None for a gap."""
        link = link or GENESIS_HASH
        if seq == 1:
            return link == GENESIS_HASH or (self.epoch > 1 and self.earlier_hash_known(link))
        if seq - 1 in self.slot_hash:
            held = self.slot_hash[seq - 1]
            return held is None or held == link  # None: the predecessor was refused unread
        return None

    # -- verdicts ---------------------------------------------------------------------------
    def run(self, events: list[WireEvent], checked: dict[int, _Checked]) -> list[EventResult]:
        if not events:
            return []
        same_id = self.load(events)
        verdicts: dict[str, EventResult] = {}
        for ev in sorted(events, key=lambda e: e.desk_seq):
            verdicts[ev.id] = self.one(ev, checked[ev.desk_seq], same_id)
            self.settle()
        self.write()
        return [verdicts[ev.id] for ev in events]

    def one(self, ev: WireEvent, c: _Checked, same_id: dict[str, WireEvent]) -> EventResult:
        seq = ev.desk_seq
        parked = self.parked.get(seq)
        verdict = classify(ev, sender_desk=self.desk.desk_id, sender_epoch=self.epoch,
                           same_id=same_id.get(ev.id),
                           same_slot_id=self.slot_id.get(seq) or (parked["id"] if parked else None),
                           rejected_reason=self.rejected.get(seq), hash_ok=c.hash_ok)
        if verdict.status == "accepted" and c.refusal is not None:
            verdict = EventResult(id=ev.id, desk_seq=seq, status="rejected", reason=c.refusal)
        if verdict.status == "accepted":
            link = self.link_ok(seq, ev.prev_hash)
            if link is False:
                verdict = EventResult(id=ev.id, desk_seq=seq, status="rejected",
                                      reason=REASON_BROKEN_LINK.format(seq=seq, epoch=self.epoch,
                                                                       prev=seq - 1))
            elif link is None:  # a gap before it: held back until the gap is filled
                self.park(ev, c)
                same_id[ev.id] = ev
                return verdict
        if verdict.status == "accepted":
            self.store(ev, c.payload_text)
            same_id[ev.id] = ev
        elif (verdict.status == "rejected" and seq not in self.slot_id
              and seq not in self.rejected and seq not in self.parked):
            self.reject(seq, ev.id, verdict.reason or "", ev.hash if c.hash_ok else None)
        return verdict

    def store(self, ev: Any, payload_text: str) -> None:
        """Append an accepted event (a ``WireEvent`` or a parked row) to the commune's log."""
        self.log_hash = next_log_hash(self.log_hash, ev.id)
        self.rows.append({
            "id": ev.id, "commune_code": ev.commune_code, "commune_seq": self.next_seq,
            "log_hash": self.log_hash, "dossier_id": ev.dossier_id, "kind": ev.kind,
            "occurred_at": ev.occurred_at, "actor": ev.actor, "desk_id": ev.desk_id,
            "desk_epoch": ev.desk_epoch, "desk_seq": ev.desk_seq, "hlc": ev.hlc,
            "payload": payload_text, "prev_hash": ev.prev_hash, "hash": ev.hash,
            "stored_at": self.stamp, "wire": wire_text(ev, payload_text)})
        self.next_seq += 1
        self.slot_id[ev.desk_seq] = ev.id
        self.slot_hash[ev.desk_seq] = ev.hash

    def reject(self, seq: int, event_id: str, reason: str, digest: str | None) -> None:
        self.new_rejections.append({"desk_id": self.desk.desk_id, "desk_epoch": self.epoch,
                                    "desk_seq": seq, "event_id": event_id, "reason": reason,
                                    "at": self.stamp, "hash": digest})
        self.rejected[seq] = reason
        self.slot_hash.setdefault(seq, digest)

    def park(self, ev: WireEvent, c: _Checked) -> None:
        row = {"desk_id": ev.desk_id, "desk_epoch": ev.desk_epoch, "desk_seq": ev.desk_seq,
               "id": ev.id, "commune_code": ev.commune_code, "dossier_id": ev.dossier_id,
               "kind": ev.kind, "occurred_at": ev.occurred_at, "actor": ev.actor, "hlc": ev.hlc,
               "payload": c.payload_text, "prev_hash": ev.prev_hash, "hash": ev.hash,
               "stored_at": self.stamp}
        self.new_parked.append(row)
        self.parked[ev.desk_seq] = row

    def settle(self) -> None:
        """Advance the acknowledged number; parked events next in line are checked and stored."""
        while True:
            nxt = self.acked + 1
            if nxt in self.slot_id or nxt in self.rejected:
                self.acked = nxt
                continue
            p = self.parked.get(nxt)
            if p is None or self.link_ok(nxt, p["prev_hash"]) is None:
                return
            self.parked.pop(nxt)
            self.unparked.append(nxt)
            if self.link_ok(nxt, p["prev_hash"]):
                self.store(SimpleNamespace(**p), p["payload"])
            else:
                self.reject(nxt, p["id"], REASON_BROKEN_LINK.format(seq=nxt, epoch=self.epoch,
                                                                    prev=nxt - 1), p["hash"])

    def write(self) -> None:
        conn = self.conn
        new_parked = [r for r in self.new_parked if r["desk_seq"] not in self.unparked]
        stored_from_new = {r["desk_seq"] for r in self.new_parked} & set(self.unparked)
        old_unparked = [q for q in self.unparked if q not in stored_from_new]
        if old_unparked:
            conn.execute(delete(ParkedEvent).where(ParkedEvent.desk_id == self.desk.desk_id,
                                                   ParkedEvent.desk_epoch == self.epoch,
                                                   ParkedEvent.desk_seq.in_(old_unparked)))
        if self.rows:
            insert_events(conn, self.rows)
            conn.execute(update(Commune).where(Commune.code == self.desk.commune_code)
                         .values(log_hash=self.log_hash, next_seq=self.next_seq))
        if self.new_rejections:
            conn.execute(insert(Rejection), self.new_rejections)
        if new_parked:
            conn.execute(insert(ParkedEvent), new_parked)


def _one_of(conn: Connection, column: Any, values: list[str]) -> Any:
    """``column IN (values)`` for checked ids (UUIDs: no comma in them). On PostgreSQL one
    text parameter split by the database (``= ANY(string_to_array(…))``): a 500-id batch is
    neither 500 parameters compiled anew for each batch size nor an array dumped by Python."""
    if conn.dialect.name == "postgresql":
        return column == any_(func.string_to_array(
            bindparam("ids_text", ",".join(values), type_=String), ","))
    return column.in_(values)


def _identity_event(r: Any) -> WireEvent:
    """A stored event reduced to what ``classify`` compares (its identity)."""
    return WireEvent.model_construct(id=r.id, dossier_id=r.dossier_id, kind=r.kind,
                                     desk_id=r.desk_id, desk_epoch=int(r.desk_epoch),
                                     desk_seq=int(r.desk_seq), hash=r.hash)


def insert_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """All rows in one statement: COPY on PostgreSQL, a multi-row executemany on SQLite."""
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        assert raw is not None
        columns = ", ".join(EVENT_COLUMNS)
        with raw.cursor() as cur, cur.copy(f"COPY events ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in EVENT_COLUMNS])
        return
    conn.execute(insert(cast(Table, Event.__table__)), rows)  # Core executemany
