"""Backups: online backup API copies, verified, rotated; restore into a new epoch with a sync hold."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from commune_desk.domain.permissions import Action, Actor, require
from commune_desk.domain.vntime import vn_now
from commune_desk.errors import UserError
from commune_desk.store import crypto
from commune_desk.store.backup_file import BACKUP_SUFFIX as BACKUP_SUFFIX
from commune_desk.store.backup_file import Progress as Progress
from commune_desk.store.backup_file import backup_dir_for as backup_dir_for
from commune_desk.store.backup_file import copy_connection, unique_name
from commune_desk.store.crypto import DbKey

_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>[a-z-]+)\.sqlite3$"
)

KIND_LABELS = {
    "manual": "thủ công",
    "close": "khi đóng phần mềm",
    "daily": "hằng ngày",
    "pre-restore": "trước khi khôi phục",
    "pre-migrate": "trước khi nâng cấp",
    "pre-encrypt": "trước khi mã hóa",
    "damaged": "bản hỏng giữ lại",
}
DEFAULT_KEEP = {
    "close": 10, "daily": 14, "pre-restore": 5, "pre-migrate": 5, "pre-encrypt": 3, "damaged": 3,
}


class BackupError(UserError):
    """A backup or restore that could not be done; the message is Vietnamese."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created_at: datetime | None
    size: int
    events: int
    dossiers: int
    encrypted: bool


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    restored_from: Path
    safety_copy: Path | None
    epoch: int
    events: int
    dossiers: int


@dataclass(frozen=True)
class StartupCheck:
    """What the app found when it opened the file, and the way out when it is damaged."""

    ok: bool
    message: str
    latest_good_backup: Path | None


def _os_message(exc: BaseException, where: Path) -> str:
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return f"Ổ đĩa chứa {where} đã đầy. Hãy giải phóng chỗ trống hoặc chọn nơi khác."
    if code == errno.EFBIG:
        return f"Tệp ghi vào {where} vượt giới hạn kích thước tệp của hệ thống hoặc ổ đĩa."
    if (code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text
            or "read-only" in text or "unable to open" in text):
        return f"Không có quyền ghi vào {where} (tệp hoặc thư mục chỉ đọc)."
    return f"Lỗi khi ghi {where}: {exc}."


def _counts(conn: Any) -> tuple[int, int]:
    out = []
    for table in ("events", "dossiers"):
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
        out.append(int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) if exists else 0)
    return out[0], out[1]


def make_backup(
    db_path: Path,
    key: DbKey | None,
    *,
    dest_dir: Path | None = None,
    kind: str = "manual",
    progress: Progress | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> BackupInfo:
    """Back up the live database (other connections may keep writing) and verify the copy.

    The copy is written under a ``.partial`` name, fsynced, opened again with the key and
    checked (``integrity_check``, row counts); only then is it renamed to its final name, so a
    full disk or a pulled USB stick never leaves a file that looks like a good backup.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(f"Không tìm thấy tệp cơ sở dữ liệu {db_path}.")
    folder = Path(dest_dir) if dest_dir is not None else backup_dir_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(_os_message(exc, folder)) from exc
    final = unique_name(folder, db_path.stem, kind, now())
    partial = final.with_name(final.name + ".partial")
    try:  # a write-protected stick or folder: say so before SQLite's vaguer "unable to open"
        partial.open("wb").close()
        partial.unlink()
    except OSError as exc:
        raise BackupError(_os_message(exc, folder)) from exc
    try:
        source_key = None if crypto.is_plain_sqlite(db_path) else key
        with crypto.opened(db_path, source_key) as src:
            copy_connection(src, partial, key, progress)
        crypto.fsync_path(partial)
        info = verify_backup(partial, key, kind=kind)
        os.replace(partial, final)
        crypto.fsync_path(final)
    except crypto.WrongKey as exc:
        _remove(partial)
        raise BackupError(str(exc)) from exc
    except BackupError:
        _remove(partial)
        raise
    except Exception as exc:  # OSError and sqlcipher3 errors (disk full, read-only)
        _remove(partial)
        raise BackupError(_os_message(exc, folder)) from exc
    return BackupInfo(final, kind, _stamp_of(final), final.stat().st_size, info.events,
                      info.dossiers, info.encrypted)


def verify_backup(path: Path, key: DbKey | None, *, kind: str | None = None) -> BackupInfo:
    """Open a backup with the key and check it; raises ``BackupError`` when it is not usable."""
    path = Path(path)
    if not path.exists():
        raise BackupError(f"Không tìm thấy tệp sao lưu {path}.")
    encrypted = not crypto.is_plain_sqlite(path)
    try:
        with crypto.opened(path, key if encrypted else None) as conn:
            ok, detail = crypto.integrity_ok(conn)
            if not ok:
                raise BackupError(f"Bản sao lưu {path.name} bị hỏng: {detail}.")
            events, dossiers = _counts(conn)
    except crypto.WrongKey as exc:
        raise BackupError(
            f"Không mở được bản sao lưu {path.name}: sai khóa mã hóa hoặc tệp hỏng."
        ) from exc
    except BackupError:
        raise
    except Exception as exc:
        raise BackupError(f"Không đọc được bản sao lưu {path.name}: {exc}.") from exc
    parsed = _NAME_RE.match(path.name.removesuffix(".partial"))
    return BackupInfo(
        path,
        kind or (parsed.group("kind") if parsed else "manual"),
        _stamp_of(path),
        path.stat().st_size,
        events,
        dossiers,
        encrypted,
    )


def _stamp_of(path: Path) -> datetime | None:
    m = _NAME_RE.match(path.name.removesuffix(".partial"))
    if not m:
        return None
    return datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def list_backups(folder: Path, stem: str | None = None) -> list[tuple[Path, str, datetime]]:
    """Finished backups in ``folder`` (optionally of one database), newest first."""
    out: list[tuple[Path, str, datetime]] = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = _NAME_RE.match(path.name)
        if not m or (stem is not None and m.group("stem") != stem):
            continue
        out.append((path, m.group("kind"), datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")))
    out.sort(key=lambda t: (t[2], t[0].name), reverse=True)
    return out


def rotate(folder: Path, stem: str, keep: dict[str, int] | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep`` per kind; manual ones stay."""
    limits = DEFAULT_KEEP if keep is None else keep
    removed: list[Path] = []
    seen: dict[str, int] = {}
    for path, kind, _when in list_backups(folder, stem):
        if kind not in limits:
            continue
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] > limits[kind]:
            _remove(path)
            removed.append(path)
    # Leftovers of an interrupted backup are never useful.
    for path in folder.glob(f"{stem}-*.partial"):
        _remove(path)
    return removed


def backup_on_close(db_path: Path, key: DbKey | None, **kwargs: Any) -> BackupInfo:
    info = make_backup(db_path, key, kind="close", **kwargs)
    rotate(info.path.parent, Path(db_path).stem)
    return info


def daily_backup_if_due(
    db_path: Path, key: DbKey | None, *, now: Callable[[], datetime] = datetime.now, **kwargs: Any
) -> BackupInfo | None:
    """Make today's daily backup unless one already exists; rotate the old ones."""
    folder = backup_dir_for(db_path)
    today = now().date()
    for _path, kind, when in list_backups(folder, Path(db_path).stem):
        if kind == "daily" and when.date() == today:
            return None
    info = make_backup(db_path, key, kind="daily", now=now, **kwargs)
    rotate(folder, Path(db_path).stem)
    return info


def latest_good_backup(db_path: Path, key: DbKey | None) -> Path | None:
    """The newest automatic or manual backup in the default folder that opens and checks ok."""
    for path, _kind, _when in list_backups(backup_dir_for(db_path), Path(db_path).stem):
        try:
            verify_backup(path, key)
        except BackupError:
            continue
        return path
    return None


def check_at_start(db_path: Path, key: DbKey | None, *, full: bool = False) -> StartupCheck:
    """Open the file and run SQLite's check (``quick_check``, or ``integrity_check`` when
    ``full``); when it fails, name the latest good backup so the UI can offer to restore it."""
    db_path = Path(db_path)
    if not db_path.exists():
        return StartupCheck(True, "Chưa có cơ sở dữ liệu; sẽ tạo mới.", None)
    try:
        with crypto.opened(db_path, key if not crypto.is_plain_sqlite(db_path) else None) as conn:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if len(rows) == 1 and rows[0][0] == "ok":
                return StartupCheck(True, "Cơ sở dữ liệu nguyên vẹn.", None)
            detail = "; ".join(str(r[0]) for r in rows[:3])
    except crypto.WrongKey as exc:
        detail = str(exc)
    except Exception as exc:  # "database disk image is malformed" and friends
        detail = str(exc)
    good = latest_good_backup(db_path, key)
    way_out = (
        f" Có thể khôi phục bản sao lưu tốt gần nhất: {good.name}."
        if good
        else " Không tìm thấy bản sao lưu tốt trong thư mục sao lưu; hãy chọn một tệp sao lưu "
        "(ví dụ trên USB)."
    )
    return StartupCheck(False, f"Cơ sở dữ liệu {db_path.name} bị hỏng ({detail}).{way_out}", good)


def _desk_state(conn: Any) -> tuple[int, bool] | None:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='desk'").fetchone()
    if not exists:
        return None
    row = conn.execute("SELECT epoch FROM desk LIMIT 1").fetchone()
    return (int(row[0]), True) if row else None


def _max_epoch(conn: Any) -> int:
    """The highest epoch this desk has used, from the desk row and its own events."""
    state = _desk_state(conn)
    if state is None:
        return 0
    epoch = state[0]
    has_events = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'"
    ).fetchone()
    if has_events:
        row = conn.execute(
            "SELECT max(desk_epoch) FROM events WHERE desk_id = (SELECT desk_id FROM desk LIMIT 1)"
        ).fetchone()
        epoch = max(epoch, int(row[0] or 0))
    return epoch


def restore(
    db_path: Path,
    backup_file: Path,
    key: DbKey | None,
    actor: Actor,
    *,
    progress: Progress | None = None,
    now: Callable[[], datetime] = vn_now,
    other_desk: bool = False,
) -> RestoreResult:
    """Replace the database with a verified backup; the desk starts a new epoch and holds sync.

    Only a Commune Desk backup this version can open is accepted, of the same desk as the
    current file (``other_desk``: an administrator's explicit choice, e.g. a new PC taking
    over another desk's data) and always of the same commune. A current file that opens but
    is not a Commune Desk database (a foreign or empty file) is never overwritten.

    The current file (when it still opens) is first saved as a ``pre-restore`` backup and its
    epoch is read, so the new epoch is above every epoch this desk ever used. The restored copy
    is prepared beside the database, checked, and only then renamed over it.
    """
    require(actor, Action.MANAGE_BACKUPS)
    db_path = Path(db_path)
    backup_file = Path(backup_file)
    if db_path.exists() and not db_path.is_file():
        raise BackupError(f"“{db_path}” không phải là tệp cơ sở dữ liệu; không khôi phục.")
    if backup_file.exists() and not backup_file.is_file():
        raise BackupError(f"“{backup_file}” không phải là tệp sao lưu.")
    info = verify_backup(backup_file, key)
    source_desk = _backup_identity(backup_file, key if info.encrypted else None)
    _check_restore_target(db_path, key, source_desk, other_desk=other_desk)
    safety: Path | None = None
    current_epoch = 0
    accounts = _newest_accounts(db_path, key, backup_file)
    if db_path.exists():
        try:
            with crypto.opened(db_path, key if not crypto.is_plain_sqlite(db_path) else None) as c:
                current_epoch = _max_epoch(c)
        except Exception:
            current_epoch = 0  # unreadable: the backup's own epoch is the floor
        safety = _safety_copy(db_path, key, now)
    tmp = db_path.with_name(db_path.name + ".restoring")
    _remove(tmp)
    try:
        with crypto.opened(backup_file, key if info.encrypted else None) as src:
            copy_connection(src, tmp, key if info.encrypted or key is not None else None, progress)
        with crypto.opened(tmp, key if not crypto.is_plain_sqlite(tmp) else None) as conn:
            new_epoch = max(current_epoch, _max_epoch(conn)) + 1
            if _desk_state(conn) is not None:
                conn.execute("BEGIN IMMEDIATE")
                cols = {r[1] for r in conn.execute("PRAGMA table_info(desk)")}
                sets = ["epoch = ?", "sync_hold = 1"]
                if "next_seq" in cols:
                    sets.append("next_seq = 1")
                conn.execute(f"UPDATE desk SET {', '.join(sets)}", (new_epoch,))
                # The backup's "last successful sync" is history: until this restored desk has
                # synced again it may not know codes it printed after the backup, so intake
                # waits (services.dossiers.intake_hold).
                if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                "AND name = 'sync_state'").fetchone():
                    conn.execute("UPDATE sync_state SET last_success_at = NULL")
                _fresh_code_range(conn, now().date())
                kept = _carry_accounts(conn, accounts)
                _log_restore(conn, actor, backup_file, safety, new_epoch, now(), kept)
                conn.execute("COMMIT")
            # The pages were copied from a backup that just passed integrity_check.
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if len(rows) != 1 or rows[0][0] != "ok":
                raise BackupError(f"Bản khôi phục không nguyên vẹn: {rows[0][0]}.")
            conn.execute("PRAGMA journal_mode=WAL")
        crypto.fsync_path(tmp)
        for suffix in ("-wal", "-shm"):
            _remove(db_path.with_name(db_path.name + suffix))
        os.replace(tmp, db_path)
        crypto.fsync_path(db_path)
    except BackupError:
        _remove(tmp)
        raise
    except Exception as exc:
        _remove(tmp)
        raise BackupError(_os_message(exc, db_path.parent)) from exc
    return RestoreResult(db_path, backup_file, safety, new_epoch, info.events, info.dossiers)


@dataclass(frozen=True)
class _AccountState:
    """The accounts and their log as the newest readable file holds them (issue 15 item 8)."""

    source: str
    user_columns: tuple[str, ...]
    users: tuple[tuple[Any, ...], ...]
    log_columns: tuple[str, ...]
    log: tuple[tuple[Any, ...], ...]
    from_backup: bool = False


def _read_accounts(path: Path, key: DbKey | None, *, from_backup: bool = False
                   ) -> _AccountState | None:
    """The ``users`` and ``account_log`` rows of a desk file, or None when it cannot be read."""
    try:
        with crypto.opened(path, key if not crypto.is_plain_sqlite(path) else None) as conn:
            names = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"users", "account_log"} <= names:
                return None
            users = conn.execute("SELECT * FROM users")
            user_columns = tuple(d[0] for d in users.description)
            user_rows = tuple(tuple(r) for r in users.fetchall())
            log = conn.execute("SELECT * FROM account_log")
            log_columns = tuple(d[0] for d in log.description)
            log_rows = tuple(tuple(r) for r in log.fetchall())
    except Exception:
        return None
    return _AccountState(path.name, user_columns, user_rows, log_columns, log_rows, from_backup)


def _newest_accounts(db_path: Path, key: DbKey | None, chosen: Path) -> _AccountState | None:
    """Where the newest account state is: the file being replaced (it is newer than any
    backup of it); when it cannot be read (damaged), the newest backup beside it that can."""
    if db_path.exists():
        state = _read_accounts(db_path, key)
        if state is not None:
            return state
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return None
    for path, _kind, _stamp in list_backups(folder, db_path.stem):  # newest first
        if path.resolve() == chosen.resolve():
            continue
        state = _read_accounts(path, key, from_backup=True)
        if state is not None:
            return state
    return None


def _carry_accounts(conn: Any, state: _AccountState | None) -> int:
    """Re-apply the newest account state on the restored copy, in its transaction: a restore
    brings back dossiers, never a disabled account, an old password or a removed role, and
    never erases an entry of the account log. Returns how many accounts were carried over.

    A backup's state is taken only when it is at least as new as the restored file's own:
    its log holds every entry of the restored file's log (a damaged current file whose newest
    readable backup is older than the one restored gives nothing)."""
    if state is None:
        return 0
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"users", "account_log"} <= names:
        return 0
    id_at = state.log_columns.index("id")
    if state.from_backup:  # the log is append-only: a newer state holds every entry of an older
        theirs = {row[id_at] for row in state.log}
        if any(r[0] not in theirs for r in conn.execute("SELECT id FROM account_log")):
            return 0
    user_cols = {r[1] for r in conn.execute("PRAGMA table_info(users)")}
    cols = [c for c in state.user_columns if c in user_cols]
    index = [state.user_columns.index(c) for c in cols]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "login")
    for row in state.users:
        conn.execute(
            f"INSERT INTO users ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT(login) DO UPDATE SET {sets}", [row[i] for i in index])
    log_cols = {r[1] for r in conn.execute("PRAGMA table_info(account_log)")}
    lcols = [c for c in state.log_columns if c in log_cols]
    lindex = [state.log_columns.index(c) for c in lcols]
    held = {r[0] for r in conn.execute("SELECT id FROM account_log")}
    for row in state.log:
        if row[id_at] not in held:
            conn.execute(f"INSERT INTO account_log ({', '.join(lcols)}) "
                         f"VALUES ({', '.join('?' for _ in lcols)})", [row[i] for i in lindex])
    return len(state.users)


def _log_restore(conn: Any, actor: Actor, source: Path, safety: Path | None, epoch: int,
                 at: datetime, kept: int = 0) -> None:
    """The restore is written into the restored file's append-only account log, so the record
    survives the restore itself: who, from which backup, the new epoch, where the old file is."""
    import uuid

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'account_log'").fetchone():
        return
    detail = f"kỳ đồng bộ {epoch}" + (f"; bản trước khi khôi phục: {safety.name}" if safety else "")
    if kept:
        detail += f"; giữ nguyên {kept} tài khoản như trước khi khôi phục"
    conn.execute(
        "INSERT INTO account_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), at.strftime("%Y-%m-%dT%H:%M:%S"), actor.login, "restored",
         source.name, detail),
    )


RESTORE_CODE_GAP = 100
"""After a restore, the last week's daily code counters jump this far: codes printed after the
backup and never synced (lost with the disk) are not handed out again."""


def _fresh_code_range(conn: Any, today: Any) -> None:
    """The new epoch takes codes from a fresh part of the desk's daily range (the last 7 days
    and tomorrow, by the Vietnam date that intake uses)."""
    from datetime import timedelta

    from commune_desk.domain.identifiers import sequence_range

    cols = {r[1] for r in conn.execute("PRAGMA table_info(desk)")}
    if "desk_number" not in cols or not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'code_counters'"
    ).fetchone():
        return
    number = conn.execute("SELECT desk_number FROM desk LIMIT 1").fetchone()[0]
    try:
        allowed = sequence_range(int(number))
    except Exception:  # an odd desk number: the ordinary counters stay
        return
    # Intake numbers codes by the Vietnam date (``vn_now``); tomorrow too, in case the PC's
    # clock is near midnight or set to another zone.
    for back in range(-1, 8):
        day = (today - timedelta(days=back)).isoformat()
        row = conn.execute("SELECT last_seq FROM code_counters WHERE day = ?", (day,)).fetchone()
        last = max(int(row[0]) if row else allowed.start - 1, allowed.start - 1)
        jumped = min(last + RESTORE_CODE_GAP, allowed.stop - 1)
        conn.execute(
            "INSERT INTO code_counters (day, last_seq) VALUES (?, ?) "
            "ON CONFLICT(day) DO UPDATE SET last_seq = excluded.last_seq", (day, jumped))


def _identity(conn: Any) -> tuple[str, str, str | None] | None:
    """(desk_id, commune_code, schema revision) of an open Commune Desk file, else None."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"alembic_version", "desk", "events"} <= names:
        return None
    row = conn.execute("SELECT desk_id, commune_code FROM desk LIMIT 1").fetchone()
    rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        return None
    return str(row[0]), str(row[1]), (str(rev[0]) if rev else None)


def _backup_identity(path: Path, key: DbKey | None) -> tuple[str, str, str | None]:
    """The desk and commune of a backup; refuses a file that is not a Commune Desk backup or
    one made by a newer version (the running one could not open what it restored)."""
    from commune_desk.store import migration

    with crypto.opened(path, key) as conn:
        ident = _identity(conn)
    if ident is None:
        raise BackupError(
            f"“{path.name}” không phải bản sao lưu của Commune Desk (thiếu bảng hồ sơ, sự kiện "
            "hoặc thông tin bàn làm việc); không khôi phục."
        )
    if ident[2] is None or not migration.is_known(ident[2]):
        raise BackupError(
            f"Bản sao lưu “{path.name}” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ "
            f"{ident[2]}); phiên bản đang chạy không mở được. Hãy cài phiên bản mới nhất."
        )
    return ident


def _check_restore_target(db_path: Path, key: DbKey | None,
                          source: tuple[str, str, str | None], *, other_desk: bool) -> None:
    """Same commune always; same desk unless the administrator chose otherwise; never over a
    file that opens but is not ours. A missing or unreadable (damaged) file may be replaced:
    it is kept aside first."""
    if not db_path.exists():
        return
    try:
        with crypto.opened(db_path, key if not crypto.is_plain_sqlite(db_path) else None) as c:
            names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            ident = _identity(c)
    except Exception:
        return  # damaged or another key: the restore is the way out; the bytes are kept
    if ident is None:
        if db_path.stat().st_size == 0 or names:
            raise BackupError(
                f"Tệp “{db_path}” không phải cơ sở dữ liệu Commune Desk; không ghi đè lên nó."
            )
        return
    desk_id, commune, _rev = ident
    if source[1] != commune:
        raise BackupError(
            f"Bản sao lưu thuộc xã {source[1]}, còn máy này làm việc cho xã {commune}; "
            "không khôi phục dữ liệu của xã khác."
        )
    if source[0] != desk_id and not other_desk:
        raise BackupError(
            "Bản sao lưu là của một bàn làm việc khác (mã bàn khác). Chỉ quản trị viên mới được "
            "chọn khôi phục dữ liệu của bàn khác (ví dụ máy mới thay máy cũ): dùng "
            "--other-desk."
        )


def _safety_copy(db_path: Path, key: DbKey | None, now: Callable[[], datetime]) -> Path:
    """Keep the current file before a restore: a verified backup, or (when it is too damaged
    to back up) its raw bytes for later inspection. If neither can be written, refuse."""
    try:
        return make_backup(db_path, key, kind="pre-restore", now=now).path
    except BackupError:
        pass
    folder = backup_dir_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = unique_name(folder, db_path.stem, "damaged", now())
        crypto.copy_file_atomically(db_path, target)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            crypto.copy_file_atomically(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise BackupError(
            "Không giữ lại được bản hiện tại trước khi khôi phục nên chưa khôi phục: "
            + _os_message(exc, folder)
        ) from exc
    return target


def sync_hold(db_path: Path, key: DbKey | None) -> bool:
    with crypto.opened(db_path, key if not crypto.is_plain_sqlite(db_path) else None) as conn:
        if _desk_state(conn) is None:
            return False
        return bool(conn.execute("SELECT sync_hold FROM desk LIMIT 1").fetchone()[0])


def release_sync_hold(db_path: Path, key: DbKey | None, actor: Actor) -> bool:
    """An administrator lets a restored desk sync again. Returns False when no hold was set."""
    require(actor, Action.APPROVE_SYNC)
    with crypto.opened(db_path, key if not crypto.is_plain_sqlite(db_path) else None) as conn:
        if _desk_state(conn) is None:
            raise BackupError("Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk).")
        held = bool(conn.execute("SELECT sync_hold FROM desk LIMIT 1").fetchone()[0])
        if held:
            conn.execute("UPDATE desk SET sync_hold = 0")
        return held
