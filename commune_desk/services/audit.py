"""Verify the per-desk hash chains of the events table in a database file or connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from commune_desk.domain.audit import CHAINED_COLUMNS, BrokenLink, ChainReport, verify_desk_chain

_COLUMNS = (*CHAINED_COLUMNS, "prev_hash", "hash")


def verify_connection(
    conn: Any, *, progress: Callable[[int, int], None] | None = None
) -> ChainReport:
    """Walk every desk's chain on a DB-API connection (sqlite3 / sqlcipher3); stop each desk
    at its first broken link. Memory stays flat: rows stream desk by desk."""
    has_events = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'"
    ).fetchone()
    if not has_events:
        return ChainReport(0, 0, ())
    total = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    desks = [r[0] for r in conn.execute("SELECT DISTINCT desk_id FROM events ORDER BY desk_id")]
    local = None
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='desk'").fetchone():
        row = conn.execute("SELECT desk_id FROM desk LIMIT 1").fetchone()
        local = row[0] if row else None
    broken: list[BrokenLink] = []
    seen = 0
    cols = ", ".join(_COLUMNS)
    for desk_id in desks:
        cur = conn.execute(
            f"SELECT {cols} FROM events WHERE desk_id = ? ORDER BY desk_epoch, desk_seq",
            (desk_id,),
        )

        def rows(cur: Any = cur) -> Iterator[dict[str, Any]]:
            nonlocal seen
            while True:
                chunk = cur.fetchmany(2000)
                if not chunk:
                    return
                for r in chunk:
                    seen += 1
                    yield dict(zip(_COLUMNS, r, strict=True))
                if progress is not None:
                    progress(seen, total)

        def earlier(value: str, desk_id: Any = desk_id) -> bool:
            # Only asked at an epoch boundary (after a restore): rare, so a scan is fine.
            return conn.execute(
                "SELECT 1 FROM events WHERE desk_id = ? AND hash = ? LIMIT 1", (desk_id, value)
            ).fetchone() is not None

        # This desk's own chain must start at the genesis; another desk's events may have
        # arrived from a later point of its chain (sync), so its first held event is trusted.
        _count, link = verify_desk_chain(str(desk_id), rows(), is_earlier_hash=earlier,
                                         trust_first=desk_id != local)
        cur.close()
        if link is not None:
            broken.append(link)
    if progress is not None:
        progress(total, total)
    return ChainReport(total, len(desks), tuple(broken))


def verify_file(path: Path, key: Any, **kwargs: Any) -> ChainReport:
    """Open ``path`` (keyed with a ``DbKey``, or ``None`` for a plain file) and verify it."""
    from commune_desk.store import crypto

    with crypto.opened(path, key) as conn:
        return verify_connection(conn, **kwargs)
