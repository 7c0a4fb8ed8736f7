"""Soundness check: SQLite integrity, foreign keys, FTS index, events unaltered, projection = fold."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
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

    One read transaction, five checks in turn: SQLite's own structure and foreign keys, the
    append-only guard, every desk's hash chain, the projection against the fold of the events
    (which also gives the digest desks and server compare), the full-text index.
    """
    try:
        return _check(store, progress)
    except Exception as exc:  # a file too damaged for SQLite to walk: a failed check, no trace
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


def _check(store: Store, progress: Callable[[str, int], None] | None) -> CheckReport:
    problems = _Problems()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        _check_sqlite(cur, problems.note)
        if progress:
            progress("sqlite", 0)
        _check_append_only_guard(cur, problems.note)
        # The one chain verifier (``domain.audit.verify_desk_chain``): each event's content
        # against its hash, the links, the numbering, canonical payloads, and no desk that
        # never came from the server.
        for link in verify_connection(raw).broken:
            problems.note(describe(link))
        projection = _ProjectionCheck(raw.cursor(), problems.note)
        events = _EventsByDossier(cur, problems.note, progress)
        for dossier_id, dossier_events in events:
            projection.compare(dossier_id, dossier_events)
        projection.finish()
        _check_search_index(cur, problems.note)
        cur.execute("ROLLBACK")
    finally:
        raw.close()
    return CheckReport(
        ok=not problems.lines,
        dossiers=projection.dossiers,
        events=events.count,
        digest=projection.digest.hexdigest(),
        problems=tuple(problems.lines),
    )


class _Problems:
    """The Vietnamese lines of a check; only the first ``MAX_LISTED`` are kept."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def note(self, line: str) -> None:
        if len(self.lines) < MAX_LISTED:
            self.lines.append(line)
        elif len(self.lines) == MAX_LISTED:
            self.lines.append("… (còn lỗi khác, chỉ liệt kê 20 lỗi đầu)")


Note = Callable[[str], None]


def _check_sqlite(cur: Any, note: Note) -> None:
    """SQLite's own structure check and the foreign keys."""
    result = [r[0] for r in cur.execute("PRAGMA integrity_check(20)")]
    if result != ["ok"]:
        for line in result:
            note(f"SQLite báo lỗi cấu trúc: {line}")
    fk = cur.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        note(f"{len(fk)} dòng vi phạm ràng buộc khóa ngoại (bảng {fk[0][0]} …).")


def _check_append_only_guard(cur: Any, note: Note) -> None:
    """The guard triggers (append-only, no REPLACE, canonical payloads) are there and are still
    what the schema installed: definitions are compared, not names (``store.guards``)."""
    stored = {r[0]: r[1] for r in cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    for line in trigger_problems(stored):
        note(line)


class _EventsByDossier:
    """The event log read once in fold order, one dossier's events at a time; an event whose
    payload is not JSON is reported and left out. ``count`` is every event read."""

    def __init__(self, cur: Any, note: Note,
                 progress: Callable[[str, int], None] | None) -> None:
        self._cur = cur
        self._note = note
        self._progress = progress
        self.count = 0

    def __iter__(self) -> Iterator[tuple[str, list[DomainEvent]]]:
        current: str | None = None
        batch: list[DomainEvent] = []
        for row in self._cur.execute(
            "SELECT id, dossier_id, kind, occurred_at, actor, desk_id, desk_epoch, desk_seq, "
            "hlc, commune_code, payload FROM events ORDER BY dossier_id, hlc"
        ):
            self.count += 1
            try:
                payload = json.loads(row[10])
            except ValueError:
                self._note(f"Sự kiện {row[0]}: nội dung JSON hỏng.")
                continue
            if row[1] != current:
                if current is not None:
                    yield current, batch
                current, batch = row[1], []
            batch.append(event_from_row((*row[:10], payload)))
            if self._progress and self.count % 200_000 == 0:
                self._progress("events", self.count)
        if current is not None:
            yield current, batch


class _ProjectionCheck:
    """Walks the ``dossiers`` table by id alongside the folded events: each stored row must be
    the fold of its dossier's events, and no row may lack events. Also builds the digest."""

    def __init__(self, proj_cur: Any, note: Note) -> None:
        self._cur = proj_cur
        self._note = note
        cols = ", ".join(PROJECTION_COLUMNS)
        self._rows = iter(proj_cur.execute(f"SELECT {cols} FROM dossiers ORDER BY id"))
        self._next = next(self._rows, None)
        self._bool_index = PROJECTION_COLUMNS.index("digitised")
        self.digest = hashlib.sha256()
        self.dossiers = 0

    def _advance(self) -> None:
        self._next = next(self._rows, None)

    def compare(self, dossier_id: str, events: list[DomainEvent]) -> None:
        note = self._note
        row = fold_row(events)
        while self._next is not None and self._next[0] < dossier_id:
            note(f"Hồ sơ {self._next[1]} có trong bảng hồ sơ nhưng không có sự kiện nào.")
            self._advance()
        stored = None
        if self._next is not None and self._next[0] == dossier_id:
            stored = self._next
            self._advance()
        if row is None:
            if stored is not None:
                note(f"Hồ sơ {stored[1]} không có sự kiện tiếp nhận nhưng có trong bảng hồ sơ.")
            return
        self.dossiers += 1
        self.digest.update(projection_digest_line(row))
        if stored is None:
            note(f"Hồ sơ {row['code']} có sự kiện nhưng thiếu trong bảng hồ sơ.")
            return
        expected = tuple(row[c] for c in PROJECTION_COLUMNS)
        actual = list(stored)
        actual[self._bool_index] = bool(actual[self._bool_index])
        if tuple(actual) != expected:
            diff = [c for c, a, b in zip(PROJECTION_COLUMNS, actual, expected, strict=True) if a != b]
            note(f"Hồ sơ {row['code']}: bảng hồ sơ khác kết quả gộp sự kiện ở cột {', '.join(diff)}.")

    def finish(self) -> None:
        """Rows left after the last dossier with events have no events at all."""
        while self._next is not None:
            self._note(f"Hồ sơ {self._next[1]} có trong bảng hồ sơ nhưng không có sự kiện nào.")
            self._advance()
        self._cur.close()


def _check_search_index(cur: Any, note: Note) -> None:
    """FTS5's own integrity check: the search index agrees with the projection."""
    try:
        cur.execute("INSERT INTO dossier_fts(dossier_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # sqlite3.DatabaseError: the index is corrupt or out of date
        note(f"Chỉ mục tìm kiếm không khớp bảng hồ sơ: {exc}. Hãy dựng lại chỉ mục.")
