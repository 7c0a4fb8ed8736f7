"""Pure protocol core: the rules both ends follow, free of SQL and HTTP so they can be model-checked.

The real server (``commune_desk.server.store``) and the desk's sync round
(``commune_desk.services.sync``) call these functions; the in-memory ends the hypothesis
stateful test drives over a lossy network live in ``tests/sync/memory_ends.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

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
        # pydantic-core checks these four fields faster than model_construct skips the check.
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
