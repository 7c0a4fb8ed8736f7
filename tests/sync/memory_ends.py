"""In-memory server and desk that follow the real protocol core (``commune_desk.sync.core``).

Test doubles for the hypothesis stateful test and the client tests; the product never uses them.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from commune_desk.sync.core import (
    advance_contiguous,
    classify,
    hash_matches,
    make_cursor,
    next_log_hash,
    outbox,
    parse_cursor,
)
from commune_desk.sync.protocol import EventResult, WireEvent


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
