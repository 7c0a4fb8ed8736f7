"""Verify the per-desk hash chains of the events table in a database file or connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
    known: set[str] | None = None
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='known_desks'"
    ).fetchone():
        known = {r[0] for r in conn.execute("SELECT desk_id FROM known_desks")}
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
        elif known is not None and desk_id != local and desk_id not in known:
            first = conn.execute(
                "SELECT id, desk_epoch, desk_seq FROM events WHERE desk_id = ? "
                "ORDER BY desk_epoch, desk_seq LIMIT 1", (desk_id,)
            ).fetchone()
            broken.append(BrokenLink(
                str(desk_id), str(first[0]), int(first[1]), int(first[2]), 1,
                "bàn lạ: không phải bàn này và chưa từng nhận từ máy chủ (có thể là hồ sơ giả "
                "ghi thẳng vào tệp)",
            ))
    if progress is not None:
        progress(total, total)
    return ChainReport(total, len(desks), tuple(broken))


def verify_file(path: Path, key: Any, **kwargs: Any) -> ChainReport:
    """Open ``path`` (keyed with a ``DbKey``, or ``None`` for a plain file) and verify it."""
    from commune_desk.store import crypto

    with crypto.opened(path, key) as conn:
        return verify_connection(conn, **kwargs)


@dataclass(frozen=True)
class AnchorReport:
    """This desk's chain compared with the heads the province server acknowledged."""

    online: bool
    problems: tuple[str, ...]
    message: str
    head: str  # "N sự kiện · hash" (what the weekly brief and the ledger print)

    @property
    def ok(self) -> bool:
        return not self.problems


def _local_desk(conn: Any) -> tuple[str, int] | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='desk'").fetchone():
        return None
    row = conn.execute("SELECT desk_id, epoch FROM desk LIMIT 1").fetchone()
    return (str(row[0]), int(row[1])) if row else None


def chain_head_text(conn: Any) -> str:
    """The paper anchor of a DB-API connection: "<count> sự kiện · <12 hex>"."""
    local = _local_desk(conn)
    if local is None:
        return "0 sự kiện · —"
    count = int(conn.execute("SELECT count(*) FROM events WHERE desk_id = ?",
                             (local[0],)).fetchone()[0])
    head = conn.execute("SELECT last_hash FROM desk LIMIT 1").fetchone()[0] or ""
    return f"{count:,}".replace(",", ".") + f" sự kiện · {head[:12] or '—'}"


def compare_heads(conn: Any, acked: dict[str, int], heads: dict[str, str]) -> list[str]:
    """Problems (Vietnamese) between the file's own chain and the server's acknowledged heads.

    The server acknowledged event number ``acked[epoch]`` with hash ``heads[epoch]``: that event
    must still be in the file with the same hash. A missing one in the current epoch means the
    newest events were deleted; a different hash means the history was rewritten and re-hashed.
    An older epoch's events may be missing after a restore until sync brings them back.
    """
    local = _local_desk(conn)
    if local is None:
        return ["Tệp không có thông tin bàn làm việc (desk) để đối chiếu với máy chủ."]
    desk_id, current_epoch = local
    problems: list[str] = []
    for epoch_text, seq in sorted(acked.items(), key=lambda kv: int(kv[0])):
        epoch = int(epoch_text)
        if seq <= 0:
            continue
        row = conn.execute(
            "SELECT hash FROM events WHERE desk_id = ? AND desk_epoch = ? AND desk_seq = ?",
            (desk_id, epoch, seq),
        ).fetchone()
        if row is None:
            if epoch < current_epoch:
                continue  # lost with a restore; comes back from the server at the next sync
            top = conn.execute(
                "SELECT max(desk_seq) FROM events WHERE desk_id = ? AND desk_epoch = ?",
                (desk_id, epoch),
            ).fetchone()[0] or 0
            problems.append(
                f"Máy chủ đã xác nhận sự kiện đến số {seq} của kỳ {epoch}, nhưng tệp chỉ còn đến "
                f"số {top}: các sự kiện mới nhất đã bị xóa khỏi tệp."
            )
            continue
        expected = heads.get(epoch_text)
        if expected and row[0] != expected:
            problems.append(
                f"Sự kiện số {seq} của kỳ {epoch} khác với bản máy chủ đã xác nhận "
                f"(mã băm {row[0][:12]} ≠ {expected[:12]}): lịch sử đã bị viết lại trong tệp."
            )
    return problems


def anchor_file(path: Path, key: Any, *, status: Callable[[str, str], Any] | None = None,
                timeout: float = 5.0) -> AnchorReport:
    """Compare the file's chain with the server when it can be reached; else say how far the
    check went. ``status(url, desk_id)`` returns the server's ``StatusResponse`` (tests)."""
    from commune_desk.store import crypto

    with crypto.opened(path, key) as conn:
        head = chain_head_text(conn)
        local = _local_desk(conn)
        url = None
        if conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='sync_state'"
        ).fetchone():
            row = conn.execute("SELECT server_url FROM sync_state WHERE id = 1").fetchone()
            url = row[0] if row else None
        offline_tail = (
            f"Chỉ kiểm được chuỗi bên trong tệp (đầu chuỗi: {head}). Việc xóa các sự kiện mới "
            "nhất hoặc viết lại cả chuỗi chỉ lộ ra khi đối chiếu với máy chủ, hoặc với đầu "
            "chuỗi in trên báo cáo tuần và sổ theo dõi."
            + _unverified_desks_note(conn, local)
        )
        if local is None or not url:
            return AnchorReport(False, (), "Bàn làm việc chưa đăng ký với máy chủ. " + offline_tail,
                                head)
        try:
            if status is not None:
                answer = status(url, local[0])
            else:
                answer = _server_status(url, local[0], timeout)
        except Exception as exc:  # offline, refused, no token: say how far we got
            return AnchorReport(False, (), f"Không đối chiếu được với máy chủ ({exc}). "
                                + offline_tail, head)
        if getattr(answer, "desk_id", local[0]) != local[0]:
            return AnchorReport(True, ("Máy chủ trả lời cho một bàn khác: tệp đã bị thay.",),
                                "", head)
        problems = compare_heads(conn, dict(answer.acked), dict(getattr(answer, "heads", {})))
        commune_desks = getattr(answer, "commune_desks", None)
        desks_note = ""
        if commune_desks is None:
            desks_note = _unverified_desks_note(conn, local)
        else:
            problems += compare_desks(conn, local[0], set(commune_desks))
        anchored = sum(v for v in answer.acked.values())
        return AnchorReport(
            True, tuple(problems),
            f"Đã đối chiếu với máy chủ: {anchored} sự kiện máy chủ đã xác nhận"
            + (" khớp với tệp." if not problems else " — CÓ SAI KHÁC.") + desks_note,
            head,
        )


def _other_desks(conn: Any, own: str) -> tuple[set[str], set[str]]:
    """(desks of the events this file holds, desks listed in ``known_desks``), this one aside."""
    held = {str(r[0]) for r in conn.execute(
        "SELECT DISTINCT desk_id FROM events WHERE desk_id <> ?", (own,))}
    listed: set[str] = set()
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='known_desks'"
                    ).fetchone():
        listed = {str(r[0]) for r in conn.execute("SELECT desk_id FROM known_desks")} - {own}
    return held, listed


def compare_desks(conn: Any, own: str, commune_desks: set[str]) -> list[str]:
    """Problems (Vietnamese) between the other desks this file knows and the desks the server
    enrolled for the commune: a desk the server never enrolled — whose events the file holds,
    or which ``known_desks`` lists — was written into the file by hand (a forged desk, hidden
    from the local check by a ``known_desks`` row)."""
    held, listed = _other_desks(conn, own)
    problems = []
    for desk_id in sorted(held - commune_desks):
        count = conn.execute("SELECT count(*) FROM events WHERE desk_id = ?",
                             (desk_id,)).fetchone()[0]
        problems.append(f"Tệp có {count} sự kiện của bàn {desk_id} mà máy chủ chưa từng ghi "
                        "danh cho xã này: bàn lạ, có thể là hồ sơ giả mạo.")
    for desk_id in sorted(listed - commune_desks - held):
        problems.append(f"Danh sách bàn đã biết (known_desks) có bàn {desk_id} mà máy chủ chưa "
                        "từng ghi danh cho xã này.")
    return problems


def _unverified_desks_note(conn: Any, local: tuple[str, int] | None) -> str:
    """Offline (or an older server): the list of other desks was not compared with anyone."""
    if local is None:
        return ""
    held, listed = _other_desks(conn, local[0])
    others = held | listed
    if not others:
        return ""
    return (f" Danh sách {len(others)} bàn khác mà tệp ghi là đã biết (known_desks) chưa được "
            "đối chiếu với máy chủ: một bàn giả mạo được thêm vào danh sách đó sẽ chưa lộ ra.")


def _server_status(url: str, desk_id: str, timeout: float) -> Any:
    from commune_desk.sync import credentials
    from commune_desk.sync.client import SyncClient

    token = credentials.load_token(desk_id)
    if not token:
        raise RuntimeError("không có mã xác thực của máy trong kho khóa")
    with SyncClient(url, token, timeout=timeout) as client:
        return client.status()
