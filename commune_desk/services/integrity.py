"""Soundness check: SQLite integrity, foreign keys, FTS index, events unaltered, projection = fold."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from commune_desk.domain.audit import describe
from commune_desk.domain.lifecycle import (
    PROJECTION_COLUMNS,
    event_from_row,
    fold_row,
    projection_digest_line,
)
from commune_desk.domain.lifecycle import Event as DomainEvent
from commune_desk.services.audit import verify_connection
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
        # 2. Append-only guards present and unchanged (definitions, not only names).
        stored_triggers = {
            r[0]: r[1]
            for r in cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        }
        for line in trigger_problems(stored_triggers):
            note(line)
        # 3. Every desk's hash chain: each event's content against its hash, the links, the
        # numbering, canonical payloads, and no desk that never came from the server (the one
        # verifier, ``domain.audit.verify_desk_chain`` through ``services.audit``).
        for link in verify_connection(raw).broken:
            note(describe(link))
        # 4. The projection against the fold of the events.
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
            "commune_code, payload FROM events ORDER BY dossier_id, hlc"
        ):
            n_events += 1
            try:
                payload = json.loads(row[10])
            except ValueError:
                note(f"Sự kiện {row[0]}: nội dung JSON hỏng.")
                continue
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
