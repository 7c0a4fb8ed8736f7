"""Pure protocol core: the rules both ends follow, free of SQL and HTTP so they can be model-checked.

The real server (``commune_desk.server.store``) and the desk's sync round
(``commune_desk.services.sync``) call these functions; ``MemoryServer`` and ``MemoryDesk`` are
in-memory ends used by the hypothesis stateful test with a lossy network between them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from commune_desk.sync.protocol import EventResult, WireEvent

# Reasons are shown to the clerk as they are: Vietnamese.
REASON_SLOT_TAKEN = "Số thứ tự {seq} của máy (lượt {epoch}) đã được dùng cho một sự kiện khác."
REASON_ID_REUSED = "Mã sự kiện đã có trên máy chủ với nội dung khác."
REASON_WRONG_DESK = "Sự kiện không thuộc máy đang gửi."
REASON_UNKNOWN_KIND = "Loại sự kiện không được hỗ trợ: {kind}."
REASON_BAD_HASH = "Dấu băm của sự kiện không khớp nội dung (dữ liệu bị sửa hoặc hỏng)."

# Any well-formed kind is stored: a newer desk's new kind must not be refused by an older
# server (a refusal settles the number for good); folds ignore kinds they do not know.
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def identity(event: WireEvent) -> tuple[object, ...]:
    """What must match for a resent event to count as the same event (a duplicate)."""
    return (event.id, event.desk_id, event.desk_epoch, event.desk_seq, event.hash,
            event.dossier_id, event.kind)


def classify(
    event: WireEvent,
    *,
    sender_desk: str,
    sender_epoch: int,
    same_id: WireEvent | None,
    same_slot_id: str | None,
    rejected_reason: str | None,
    hash_ok: bool = True,
) -> EventResult:
    """The server's verdict on one pushed event, given what it already holds.

    ``same_id``: the stored event with this id, if any; ``same_slot_id``: id of the stored event
    at (desk, epoch, seq), if any; ``rejected_reason``: the reason this slot was rejected before.
    """
    def result(status: str, reason: str | None = None) -> EventResult:
        return EventResult(id=event.id, desk_seq=event.desk_seq, status=status,  # type: ignore[arg-type]
                           reason=reason)

    if event.desk_id != sender_desk or event.desk_epoch != sender_epoch:
        return result("rejected", REASON_WRONG_DESK)
    if rejected_reason is not None:
        return result("rejected", rejected_reason)
    if same_id is not None:
        if identity(same_id) == identity(event):
            return result("duplicate")
        return result("rejected", REASON_ID_REUSED)
    if same_slot_id is not None:
        return result("rejected", REASON_SLOT_TAKEN.format(seq=event.desk_seq,
                                                           epoch=event.desk_epoch))
    if not hash_ok:
        return result("rejected", REASON_BAD_HASH)
    if not _KIND.match(event.kind):
        return result("rejected", REASON_UNKNOWN_KIND.format(kind=event.kind))
    return result("accepted")


def hash_matches(event: WireEvent) -> bool:
    """The event's hash is the chain hash of its own columns (its content was not altered)."""
    from commune_desk.domain.audit import chain_hash

    fields = event.model_dump(exclude={"prev_hash", "hash"})
    return event.hash == chain_hash(event.prev_hash, fields)


def advance_contiguous(acked: int, settled: Iterable[int]) -> int:
    """Highest n ≥ ``acked`` with every number acked+1..n in ``settled``."""
    present = set(settled)
    while acked + 1 in present:
        acked += 1
    return acked


def outbox(events: Iterable[WireEvent], acked: Mapping[int, int], limit: int) -> list[WireEvent]:
    """The next batch: one epoch's events above its acknowledged number, in order."""
    pending = sorted((e for e in events if e.desk_seq > acked.get(e.desk_epoch, 0)),
                     key=lambda e: (e.desk_epoch, e.desk_seq))
    if not pending:
        return []
    epoch = pending[0].desk_epoch
    return [e for e in pending if e.desk_epoch == epoch][:limit]


def next_log_hash(prev: str, event_id: str) -> str:
    """The commune log's running digest after appending ``event_id``."""
    import hashlib

    return hashlib.sha256(f"{prev}|{event_id}".encode()).hexdigest()


def parse_cursor(text: str | None) -> tuple[int, str | None]:
    """A pull cursor is ``"<commune_seq>:<log digest at that seq>"``; empty means the start.

    The digest covers the whole log up to that point, so a cursor is honoured only by a server
    whose log has exactly the same prefix; any other answers ``reset`` and the desk re-reads."""
    if not text:
        return 0, None
    seq_text, _, event_id = text.partition(":")
    try:
        seq = int(seq_text)
    except ValueError:
        return 0, None
    if not 0 < seq <= 2**63 - 1:  # no log is that long: a cursor from nowhere, start over
        return 0, None
    return seq, event_id or None


def make_cursor(seq: int, log_hash: str | None) -> str:
    return f"{seq}:{log_hash}" if seq > 0 and log_hash else ""


# --------------------------------------------------------------------------- in-memory ends
@dataclass
class MemoryServer:
    """A server holding events in memory; same rules as the real one."""

    events: dict[str, WireEvent] = field(default_factory=dict)
    slots: dict[tuple[str, int, int], str] = field(default_factory=dict)
    rejected: dict[tuple[str, int, int], str] = field(default_factory=dict)
    acked: dict[tuple[str, int], int] = field(default_factory=dict)
    commune_log: dict[str, list[str]] = field(default_factory=dict)
    log_hashes: dict[str, list[str]] = field(default_factory=dict)

    def push(self, desk_id: str, epoch: int, commune: str,
             batch: list[WireEvent]) -> tuple[list[EventResult], int]:
        results = []
        for event in batch:
            key = (event.desk_id, event.desk_epoch, event.desk_seq)
            verdict = classify(event, sender_desk=desk_id, sender_epoch=epoch,
                               same_id=self.events.get(event.id),
                               same_slot_id=self.slots.get(key),
                               rejected_reason=self.rejected.get(key),
                               hash_ok=hash_matches(event))
            if verdict.status == "accepted":
                self.events[event.id] = event
                self.slots[key] = event.id
                hashes = self.log_hashes.setdefault(commune, [])
                hashes.append(next_log_hash(hashes[-1] if hashes else "", event.id))
                self.commune_log.setdefault(commune, []).append(event.id)
            elif verdict.status == "rejected" and key not in self.slots and event.desk_id == desk_id:
                self.rejected.setdefault(key, verdict.reason or "")
            results.append(verdict)
        settled = [s for (d, e, s) in list(self.slots) + list(self.rejected)
                   if d == desk_id and e == epoch]
        acked = advance_contiguous(self.acked.get((desk_id, epoch), 0), settled)
        self.acked[(desk_id, epoch)] = acked
        return results, acked

    def status(self, desk_id: str) -> dict[int, int]:
        return {e: a for (d, e), a in self.acked.items() if d == desk_id}

    def pull(self, commune: str, cursor: str | None, exclude: tuple[str, int],
             limit: int) -> tuple[list[WireEvent], str, bool, bool]:
        log = self.commune_log.get(commune, [])
        hashes = self.log_hashes.get(commune, [])
        seq, digest = parse_cursor(cursor)
        reset = False
        if seq and (seq > len(log) or hashes[seq - 1] != digest):
            seq, reset = 0, True
        chunk = log[seq:seq + limit]
        new_seq = seq + len(chunk)
        out = [self.events[i] for i in chunk
               if (self.events[i].desk_id, self.events[i].desk_epoch) != exclude]
        cursor_out = make_cursor(new_seq, hashes[new_seq - 1] if new_seq else None)
        return out, cursor_out, new_seq < len(log), reset

    def snapshot(self) -> MemoryServer:
        return copy.deepcopy(self)


@dataclass
class MemoryDesk:
    """A desk's log, acknowledgements, pull cursor and quarantine, in memory."""

    desk_id: str
    commune: str
    epoch: int = 1
    next_seq: int = 1
    own: dict[str, WireEvent] = field(default_factory=dict)
    foreign: dict[str, WireEvent] = field(default_factory=dict)
    acked: dict[int, int] = field(default_factory=dict)
    cursor: str = ""
    quarantine: dict[str, str] = field(default_factory=dict)
    hold: bool = False

    last_hash: str = ""

    def record(self, event_id: str, dossier_id: str, hlc: str, kind: str = "note") -> WireEvent:
        from commune_desk.domain.audit import chain_hash

        fields: dict[str, Any] = {"id": event_id, "dossier_id": dossier_id, "kind": kind,
                  "occurred_at": "2026-01-01T08:00:00", "actor": "clerk",
                  "desk_id": self.desk_id, "desk_epoch": self.epoch, "desk_seq": self.next_seq,
                  "hlc": hlc, "commune_code": self.commune, "payload": {}}
        digest = chain_hash(self.last_hash, fields)
        event = WireEvent(**fields, prev_hash=self.last_hash, hash=digest)
        self.last_hash = digest
        self.next_seq += 1
        self.own[event.id] = event
        return event

    def next_batch(self, limit: int) -> list[WireEvent]:
        return outbox(self.own.values(), self.acked, limit)

    def on_push_reply(self, epoch: int, results: list[EventResult], acked: int) -> None:
        for r in results:
            if r.status == "rejected":
                self.quarantine[r.id] = r.reason or ""
        # The cursor follows the server's word even downwards (a server restored from backup).
        self.acked[epoch] = acked

    def on_status(self, server_acked: Mapping[int, int]) -> None:
        """At the start of a round the server says what it holds; its word wins both ways
        (it may have been restored to an older backup and lost what it had acknowledged)."""
        for epoch in {e.desk_epoch for e in self.own.values()} | set(self.acked):
            self.acked[epoch] = server_acked.get(epoch, 0)

    def on_pull(self, events: list[WireEvent], cursor: str) -> None:
        for e in events:
            if e.id not in self.own:
                self.foreign.setdefault(e.id, e)
        self.cursor = cursor

    def restored_from(self, older: MemoryDesk) -> MemoryDesk:
        """This desk after its database was replaced by ``older``: a new epoch, held."""
        desk = copy.deepcopy(older)
        desk.epoch = max(self.epoch, older.epoch) + 1
        desk.next_seq = 1
        desk.hold = True
        return desk

    def all_ids(self) -> set[str]:
        return set(self.own) | set(self.foreign)
