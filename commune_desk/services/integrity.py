"""Soundness check: SQLite integrity, foreign keys, FTS index, events unaltered, projection = fold."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commune_desk.domain.audit import GENESIS_HASH, payload_problem
from commune_desk.domain.lifecycle import (
    PROJECTION_COLUMNS,
    event_from_row,
    fold_row,
    projection_digest_line,
)
from commune_desk.domain.lifecycle import Event as DomainEvent
from commune_desk.store.guards import trigger_problems

if TYPE_CHECKING:
    from commune_desk.store.engine import Store

MAX_LISTED = 20


@dataclass(frozen=True)
class CheckReport:
    """The outcome of ``check_store``; ``problems`` are Vietnamese lines."""

    ok: bool
    dossiers: int
    events: int
    digest: str
    problems: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "dossiers": self.dossiers,
            "events": self.events,
            "digest": self.digest,
            "problems": list(self.problems),
        }


def _canonical_event(row: tuple[Any, ...], payload: Any) -> str:
    data = {
        "id": row[0], "dossier_id": row[1], "kind": row[2], "occurred_at": row[3],
        "actor": row[4], "desk_id": row[5], "desk_epoch": row[6], "desk_seq": row[7],
        "hlc": row[8], "commune_code": row[9], "payload": payload,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_json_cache: dict[str, str] = {}


def _quoted(value: str) -> str:
    cached = _json_cache.get(value)
    if cached is None:
        cached = json.dumps(value, ensure_ascii=False)
        if len(_json_cache) < 10_000:
            _json_cache[value] = cached
    return cached


def _fast_canonical(row: tuple[Any, ...]) -> str:
    """The canonical form built from the stored text (which our writers store canonical).

    When it does not match, the caller falls back to re-encoding the decoded payload, so a
    payload stored with other key order or spacing is still judged by its content.
    """
    return str(
        '{"actor":' + _quoted(row[4]) + ',"commune_code":' + _quoted(row[9])
        + ',"desk_epoch":' + str(row[6]) + ',"desk_id":' + _quoted(row[5])
        + ',"desk_seq":' + str(row[7]) + ',"dossier_id":' + _quoted(row[1])
        + ',"hlc":' + _quoted(row[8]) + ',"id":"' + row[0] + '","kind":' + _quoted(row[2])
        + ',"occurred_at":"' + row[3] + '","payload":' + row[10] + "}"
    )


def _earlier_link(cur: Any, desk_id: str, epoch: int, link: str) -> bool:
    """Whether a new epoch's first link names an event of an earlier epoch of the same desk.

    After a restore the new epoch continues from the backup's last event, which may be older
    than epoch events that came back from the server later: the same rule as
    ``domain.audit.verify_desk_chain`` (``is_earlier_hash``), looked up in the database.
    """
    if link == GENESIS_HASH:
        return True
    row = cur.execute(
        "SELECT 1 FROM events WHERE desk_id = ? AND desk_epoch < ? AND hash = ? LIMIT 1",
        (desk_id, epoch, link),
    ).fetchone()
    return row is not None


def unknown_desk_problems(cur: Any) -> list[str]:
    """Desks (other than this one) whose events are here without ever coming from the server.

    A forged dossier written into the file under a made-up desk id has a perfectly valid
    chain of its own; what gives it away is that no sync (or demo generation) brought it.
    """
    has_known = cur.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'known_desks'"
    ).fetchone()
    if not has_known:
        return []
    rows = cur.execute(
        "SELECT e.desk_id, count(*) FROM events e "
        "WHERE e.desk_id NOT IN (SELECT desk_id FROM desk) "
        "AND e.desk_id NOT IN (SELECT desk_id FROM known_desks) GROUP BY e.desk_id"
    ).fetchall()
    return [
        f"Có {n} sự kiện của bàn lạ {desk_id}: không phải bàn này và chưa từng nhận từ máy "
        "chủ (có thể là hồ sơ giả ghi thẳng vào tệp)."
        for desk_id, n in rows
    ]


def check_store(
    store: Store, *, progress: Callable[[str, int], None] | None = None
) -> CheckReport:
    """Check everything a clerk relies on; read-only (nothing is repaired or written).

    A file too damaged for SQLite to walk is a failed check with a Vietnamese line, never an
    exception (``check`` on a corrupt database printed a traceback).
    """
    try:
        return _check_store(store, progress)
    except Exception as exc:
        if "malformed" not in str(exc) and "not a database" not in str(exc) and (
            "DatabaseError" not in type(exc).__name__
        ):
            raise
        return CheckReport(
            ok=False, dossiers=0, events=0, digest="",
            problems=(
                f"SQLite không đọc được cơ sở dữ liệu: tệp bị hỏng ({getattr(exc, 'orig', exc)}). "
                "Hãy khôi phục bản sao lưu tốt gần nhất (commune-desk restore).",
            ),
        )


def _check_store(
    store: Store, progress: Callable[[str, int], None] | None
) -> CheckReport:
    problems: list[str] = []

    def note(line: str) -> None:
        if len(problems) < MAX_LISTED:
            problems.append(line)
        elif len(problems) == MAX_LISTED:
            problems.append("… (còn lỗi khác, chỉ liệt kê 20 lỗi đầu)")

    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        # 1. SQLite's own structure check and foreign keys.
        result = [r[0] for r in cur.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            for line in result:
                note(f"SQLite báo lỗi cấu trúc: {line}")
        fk = cur.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            note(f"{len(fk)} dòng vi phạm ràng buộc khóa ngoại (bảng {fk[0][0]} …).")
        if progress:
            progress("sqlite", 0)
        # 2. Append-only guards present and unchanged (definitions, not only names), and no
        # other desk's events unless they came from the server (or the demo generator).
        stored_triggers = {
            r[0]: r[1]
            for r in cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        }
        for line in trigger_problems(stored_triggers):
            note(line)
        for line in unknown_desk_problems(cur):
            note(line)
        # 3. Hash chain links, per desk and epoch, in numbering order.
        prev_key: tuple[str, int] | None = None
        last_hash = GENESIS_HASH
        last_desk: str | None = None
        last_seq = 0
        lookup = raw.cursor()
        local = cur.execute("SELECT desk_id FROM desk WHERE id = 1").fetchone()
        local_desk = local[0] if local else None
        for desk_id, epoch, seq, prev_hash, h in cur.execute(
            "SELECT desk_id, desk_epoch, desk_seq, prev_hash, hash FROM events "
            "ORDER BY desk_id, desk_epoch, desk_seq"
        ):
            if desk_id != last_desk:
                # This desk's own chain must start at the genesis; another desk's events may
                # have arrived from its first held event on (sync), so that one is trusted.
                last_hash = GENESIS_HASH if desk_id == local_desk else (prev_hash or GENESIS_HASH)
                last_desk = desk_id
                prev_key = None
            key = (desk_id, epoch)
            if prev_key == key and seq != last_seq + 1:
                note(f"Bàn {desk_id} kỳ {epoch}: số thứ tự nhảy từ {last_seq} lên {seq} (mất sự kiện).")
            elif prev_key is None and seq != 1 and desk_id == local_desk:
                note(f"Bàn {desk_id} kỳ {epoch}: sự kiện đầu tiên có số {seq}, không phải 1.")
            link = prev_hash or GENESIS_HASH
            if link != last_hash and not (
                prev_key is not None and prev_key != key and _earlier_link(lookup, desk_id, epoch, link)
            ):
                note(f"Bàn {desk_id} kỳ {epoch} số {seq}: mắt xích trước không khớp (sự kiện bị xóa, chèn hoặc đổi thứ tự).")
            last_hash, last_seq, prev_key = h, seq, key
        lookup.close()
        # 4. Every event's content against its hash; projection against the fold.
        proj_cols = ", ".join(PROJECTION_COLUMNS)
        proj_cur = raw.cursor()
        proj_iter = iter(proj_cur.execute(f"SELECT {proj_cols} FROM dossiers ORDER BY id"))
        proj_next = next(proj_iter, None)
        digest = hashlib.sha256()
        n_events = n_dossiers = 0
        bool_index = PROJECTION_COLUMNS.index("digitised")

        def compare(dossier_id: str, events: list[DomainEvent]) -> None:
            nonlocal proj_next, n_dossiers
            row = fold_row(events)
            while proj_next is not None and proj_next[0] < dossier_id:
                note(f"Hồ sơ {proj_next[1]} có trong bảng hồ sơ nhưng không có sự kiện nào.")
                proj_next = next(proj_iter, None)
            stored = None
            if proj_next is not None and proj_next[0] == dossier_id:
                stored = proj_next
                proj_next = next(proj_iter, None)
            if row is None:
                if stored is not None:
                    note(f"Hồ sơ {stored[1]} không có sự kiện tiếp nhận nhưng có trong bảng hồ sơ.")
                return
            n_dossiers += 1
            digest.update(projection_digest_line(row))
            if stored is None:
                note(f"Hồ sơ {row['code']} có sự kiện nhưng thiếu trong bảng hồ sơ.")
                return
            expected = tuple(row[c] for c in PROJECTION_COLUMNS)
            actual = list(stored)
            actual[bool_index] = bool(actual[bool_index])
            if tuple(actual) != expected:
                diff = [c for c, a, b in zip(PROJECTION_COLUMNS, actual, expected, strict=True) if a != b]
                note(f"Hồ sơ {row['code']}: bảng hồ sơ khác kết quả gộp sự kiện ở cột {', '.join(diff)}.")

        current: str | None = None
        batch: list[DomainEvent] = []
        for row in cur.execute(
            "SELECT id, dossier_id, kind, occurred_at, actor, desk_id, desk_epoch, desk_seq, hlc, "
            "commune_code, payload, prev_hash, hash FROM events ORDER BY dossier_id, hlc"
        ):
            n_events += 1
            problem = payload_problem(row[10])
            if problem is not None:
                note(f"Sự kiện {row[0]} (bàn {row[5]}, số {row[7]}): {problem}.")
                if problem.startswith("nội dung JSON của sự kiện hỏng") or not isinstance(
                    row[10], str
                ):
                    continue
            payload = json.loads(row[10])
            if not isinstance(payload, dict):
                continue
            prev = row[11] or GENESIS_HASH
            expected_hash = hashlib.sha256((prev + _fast_canonical(row)).encode("utf-8")).hexdigest()
            if expected_hash != row[12]:
                expected_hash = hashlib.sha256(
                    (prev + _canonical_event(row, payload)).encode("utf-8")
                ).hexdigest()
            if expected_hash != row[12]:
                note(f"Sự kiện {row[0]} (bàn {row[5]}, số {row[7]}) đã bị sửa: mã băm không khớp.")
            if row[1] != current:
                if current is not None:
                    compare(current, batch)
                current, batch = row[1], []
            batch.append(event_from_row((*row[:10], payload)))
            if progress and n_events % 200_000 == 0:
                progress("events", n_events)
        if current is not None:
            compare(current, batch)
        while proj_next is not None:
            note(f"Hồ sơ {proj_next[1]} có trong bảng hồ sơ nhưng không có sự kiện nào.")
            proj_next = next(proj_iter, None)
        proj_cur.close()
        # 5. The full-text index agrees with the projection.
        try:
            cur.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
        except Exception as exc:  # sqlite3.DatabaseError: the index is corrupt or out of date
            note(f"Chỉ mục tìm kiếm không khớp bảng hồ sơ: {exc}. Hãy dựng lại chỉ mục.")
        cur.execute("ROLLBACK")
    finally:
        raw.close()
    return CheckReport(
        ok=not problems,
        dossiers=n_dossiers,
        events=n_events,
        digest=digest.hexdigest(),
        problems=tuple(problems),
    )
