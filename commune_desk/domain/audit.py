"""The per-desk hash chain over events: canonical form, link hash and verification (pure)."""

from __future__ import annotations

import hashlib
import json
import json.encoder
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from commune_desk.domain.canonical import canonical_json

GENESIS_HASH = ""
"""``prev_hash`` of the first event a desk records."""

CHAINED_COLUMNS: tuple[str, ...] = (
    "id",
    "dossier_id",
    "kind",
    "occurred_at",
    "actor",
    "desk_id",
    "desk_epoch",
    "desk_seq",
    "hlc",
    "commune_code",
    "payload",
)
"""Every events column except ``prev_hash`` and ``hash`` (docs/contracts.md)."""


def chain_text(fields: Mapping[str, Any]) -> str:
    """Canonical JSON (``domain.canonical``) of the chained columns.

    ``payload`` may be given as the stored JSON text or as the decoded object; either way it
    is hashed as the decoded object, so the key order of the stored text does not matter.
    """
    data: dict[str, Any] = {}
    for name in CHAINED_COLUMNS:
        value = fields.get(name)
        if name == "payload" and isinstance(value, str | bytes):
            value = json.loads(value) if value else {}
        data[name] = value
    return canonical_json(data)


def payload_problem(text: Any) -> str | None:
    """Why a stored payload is not canonical JSON (Vietnamese), or None when it is.

    Canonical = the text ``domain.canonical.canonical_json`` gives for its own decoded value.
    A duplicate key cannot survive the round trip (decoding keeps one of them), so
    "re-serialisation equals the stored text" also rules out duplicates, which Python and
    SQLite's ``json_extract`` read differently.
    """
    if not isinstance(text, str):
        return "nội dung sự kiện không phải văn bản JSON"
    try:
        value = json.loads(text)
    except ValueError:
        return "nội dung JSON của sự kiện hỏng"
    if not isinstance(value, dict):
        return "nội dung JSON của sự kiện không phải một đối tượng"
    if canonical_json(value) != text:
        return (
            "nội dung JSON của sự kiện không ở dạng chuẩn (khóa trùng, sai thứ tự hoặc có "
            "khoảng trắng): phần mềm và báo cáo có thể đọc ra hai giá trị khác nhau"
        )
    return None


def chain_hash(prev_hash: str | None, fields: Mapping[str, Any]) -> str:
    """``sha256(prev_hash + canonical JSON of the other columns)`` as lowercase hex."""
    material = (prev_hash or GENESIS_HASH) + chain_text(fields)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


# "payload" sorts last among the chained columns, so the canonical text of a row ends with it.
assert max(CHAINED_COLUMNS) == "payload"
_HEAD_COLUMNS = CHAINED_COLUMNS[:-1]
# ('{"actor":', "actor"), (',"commune_code":', "commune_code"), … in canonical (sorted) order.
_HEAD_MEMBERS: tuple[tuple[str, str], ...] = tuple(
    (("{" if i == 0 else ",") + canonical_json(name) + ":", name)
    for i, name in enumerate(sorted(_HEAD_COLUMNS))
)
_quote = json.encoder.encode_basestring  # what canonical_json (ensure_ascii=False) uses


def canonical_row_hash(prev_hash: str | None, row: Mapping[str, Any]) -> str:
    """``chain_hash`` of a row whose ``payload`` is already canonical JSON text (our writers').

    The canonical text of a row is the other columns' canonical JSON with the payload text
    spliced in as the last member, so the payload is neither decoded nor encoded again: the
    fast path of the demo generator and of verification.
    """
    parts = [prev_hash or GENESIS_HASH]
    for prefix, name in _HEAD_MEMBERS:  # canonical_json, quicker for str and int
        value = row[name]
        parts.append(prefix)
        parts.append(_quote(value) if type(value) is str
                     else str(value) if type(value) is int else canonical_json(value))
    parts.append(',"payload":')
    parts.append(row["payload"])
    parts.append("}")
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()


def stored_chain_hash(prev_hash: str | None, row: Mapping[str, Any]) -> str:
    """``chain_hash`` of a stored row, without decoding its payload when it is stored canonical.

    When ``canonical_row_hash`` does not give the stored hash (a payload stored with other
    spacing or key order), the payload is decoded and the row hashed by its content, as
    ``chain_hash`` does.
    """
    payload = row.get("payload")
    if isinstance(payload, str) and payload:
        fast = canonical_row_hash(prev_hash, row)
        if fast == row.get("hash"):
            return fast
    return chain_hash(prev_hash, row)


@dataclass(frozen=True)
class BrokenLink:
    """The first place where the chain does not hold, with a Vietnamese explanation."""

    desk_id: str
    event_id: str
    desk_epoch: int
    desk_seq: int
    position: int
    reason: str


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying every desk's chain."""

    events: int
    desks: int
    broken: tuple[BrokenLink, ...]

    @property
    def ok(self) -> bool:
        return not self.broken


def verify_desk_chain(
    desk_id: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    start_prev: str | None = None,
    is_earlier_hash: Callable[[str], bool] | None = None,
    trust_first: bool = False,
) -> tuple[int, BrokenLink | None]:
    """Walk one desk's events in (desk_epoch, desk_seq) order; return (count, first broken link).

    A link is broken when its ``prev_hash`` is not the previous event's ``hash`` (an event was
    removed, inserted or reordered), when its ``hash`` does not match its content (an event was
    edited), or when the numbering skips or repeats within an epoch.

    A new epoch (after a restore) continues from the restored file's last event, which may be
    older than events of the previous epoch that came back later from the server: its first
    event may link to any earlier event of this desk. ``is_earlier_hash`` answers whether a
    hash belongs to an event already walked (a database lookup); without it the hashes seen
    are kept in memory.

    ``trust_first``: another desk's events may reach this file from some point of its chain
    on (sync), so the first one's ``prev_hash`` and number are taken as the starting point.
    """
    prev = start_prev if start_prev is not None else GENESIS_HASH
    seen: set[str] | None = {prev} if is_earlier_hash is None else None
    last_epoch: int | None = None
    last_seq = 0
    count = 0
    for position, row in enumerate(rows, start=1):
        count += 1
        epoch = int(row["desk_epoch"])
        seq = int(row["desk_seq"])
        event_id = str(row["id"])

        def broken(reason: str, epoch: int = epoch, seq: int = seq, eid: str = event_id,
                   pos: int = position) -> BrokenLink:
            return BrokenLink(desk_id, eid, epoch, seq, pos, reason)

        new_epoch = last_epoch is not None and epoch != last_epoch
        if last_epoch is None and trust_first:
            prev = row.get("prev_hash") or GENESIS_HASH
            if seen is not None:
                seen.add(prev)
            last_seq = seq - 1
        if last_epoch is not None and epoch == last_epoch and seq != last_seq + 1:
            return count, broken(
                f"số thứ tự nhảy từ {last_seq} lên {seq} trong kỳ {epoch}: "
                "có sự kiện bị xóa hoặc chèn"
            )
        if ((last_epoch is None and not trust_first) or new_epoch) and seq != 1:
            return count, broken(
                f"kỳ {epoch} bắt đầu từ số {seq} thay vì 1: có sự kiện bị xóa"
            )
        payload = row.get("payload")
        if isinstance(payload, str | bytes):
            problem = payload_problem(payload)
            if problem is not None:
                return count, broken(problem)
        link = row.get("prev_hash") or GENESIS_HASH
        if link != prev:
            fork_ok = new_epoch and (
                link in seen if seen is not None
                else (link == GENESIS_HASH or bool(is_earlier_hash and is_earlier_hash(link)))
            )
            if not fork_ok:
                return count, broken(
                    "mắt xích trước không khớp (prev_hash): có sự kiện bị xóa, chèn hoặc đổi "
                    "thứ tự"
                )
        expected = stored_chain_hash(link, row)
        if row.get("hash") != expected:
            return count, broken("nội dung sự kiện đã bị sửa ngoài phần mềm (hash không khớp)")
        prev = expected
        if seen is not None:
            seen.add(expected)
        last_epoch, last_seq = epoch, seq
    return count, None


def describe(link: BrokenLink) -> str:
    """One Vietnamese line naming the first broken link."""
    return (
        f"Chuỗi kiểm toán của bàn {link.desk_id} bị đứt tại sự kiện {link.event_id} "
        f"(kỳ {link.desk_epoch}, số {link.desk_seq}, vị trí {link.position}): {link.reason}."
    )
