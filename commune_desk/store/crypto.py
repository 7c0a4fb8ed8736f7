"""Encryption at rest: SQLCipher keys from the OS keyring or a typed passphrase, and plain→encrypted migration."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from commune_desk.errors import UserError

# One key per operating-system account: every database and backup of this user on this
# machine shares it, so a backup restores without a second secret. Moving data to another
# machine uses passphrase mode (the passphrase travels in the administrator's head).
KEYRING_SERVICE = "commune-desk"
KEYRING_ENTRY = "database-key"
PASSPHRASE_ENV = "COMMUNE_DESK_DB_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 10

SQLITE_HEADER = b"SQLite format 3\x00"


class KeyMode(StrEnum):
    RAW = "raw"  # 32 random bytes from the keyring, used without a KDF
    PASSPHRASE = "passphrase"  # typed at start; SQLCipher derives the key (PBKDF2-SHA512)


class CryptoError(UserError):
    """A problem with the database key or encryption; the message is Vietnamese."""


class NoKeyringAvailable(CryptoError):
    """The OS has no usable keyring: the administrator must choose passphrase mode or stop."""


class WrongKey(CryptoError):
    """The key does not open the file (or the file is not a database at all)."""


NO_KEYRING_MESSAGE = (
    "Máy này không có kho khóa (keyring) của hệ điều hành nên không thể cất khóa mã hóa "
    "cơ sở dữ liệu. Quản trị viên hãy chọn: dùng mật khẩu cơ sở dữ liệu nhập mỗi lần khởi "
    f"động (biến môi trường {PASSPHRASE_ENV} hoặc hộp thoại khi mở phần mềm), hoặc không "
    "mở phần mềm. Phần mềm không bao giờ tự lưu dữ liệu ở dạng không mã hóa."
)


@dataclass(frozen=True)
class DbKey:
    """A SQLCipher key: the value given to ``PRAGMA key``; never printed."""

    value: str
    mode: KeyMode

    def pragma_value(self) -> str:
        """The text inside ``PRAGMA key = "<here>"``: ``x'hex'`` for a raw key."""
        if self.mode is KeyMode.RAW:
            return f"x'{self.value}'"
        return self.value

    def __repr__(self) -> str:  # keep keys out of logs and tracebacks
        return f"DbKey(mode={self.mode.value!r}, value=<hidden>)"

    __str__ = __repr__


def passphrase_key(passphrase: str) -> DbKey:
    """A key from a typed passphrase; refuses one too short to resist guessing."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise CryptoError(
            f"Mật khẩu cơ sở dữ liệu phải có ít nhất {MIN_PASSPHRASE_LENGTH} ký tự."
        )
    return DbKey(passphrase, KeyMode.PASSPHRASE)


def _keyring() -> Any:
    import keyring

    return keyring


def keyring_key(*, create: bool) -> DbKey | None:
    """The key kept in the OS keyring; a fresh random one when ``create`` and none exists.

    Raises ``NoKeyringAvailable`` when the OS has no keyring (never falls back to a file).
    """
    kr = _keyring()
    from keyring.errors import KeyringError, NoKeyringError

    try:
        value = kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
    except NoKeyringError as exc:
        raise NoKeyringAvailable(NO_KEYRING_MESSAGE) from exc
    except KeyringError as exc:
        raise NoKeyringAvailable(f"{NO_KEYRING_MESSAGE} (Chi tiết: {exc})") from exc
    if refuses_plaintext_backend(kr):
        raise NoKeyringAvailable(NO_KEYRING_MESSAGE)
    if value:
        return DbKey(value, KeyMode.RAW)
    if not create:
        return None
    value = secrets.token_bytes(32).hex()
    try:
        kr.set_password(KEYRING_SERVICE, KEYRING_ENTRY, value)
    except KeyringError as exc:
        raise NoKeyringAvailable(f"{NO_KEYRING_MESSAGE} (Chi tiết: {exc})") from exc
    if kr.get_password(KEYRING_SERVICE, KEYRING_ENTRY) != value:
        raise NoKeyringAvailable(NO_KEYRING_MESSAGE)
    return DbKey(value, KeyMode.RAW)


def refuses_plaintext_backend(kr: Any) -> bool:
    """True when the active backend is keyrings.alt's plain-text or 'encrypted' file store."""
    backend = kr.get_keyring()
    names = [type(backend).__module__]
    names += [type(b).__module__ for b in getattr(backend, "backends", ())]
    return any(name.startswith("keyrings.alt") for name in names)


def resolve_key(*, passphrase: str | None = None, create: bool = True) -> DbKey:
    """The key to open the database: a given passphrase, the env passphrase, or the keyring.

    Passphrase mode is the administrator's explicit choice (a typed passphrase or the
    ``COMMUNE_DESK_DB_PASSPHRASE`` variable set for the session); without it and without a
    keyring this raises ``NoKeyringAvailable`` — there is no plain-text fallback.
    """
    if passphrase is not None:
        return passphrase_key(passphrase)
    env = session_passphrase()
    if env:
        return passphrase_key(env)
    key = keyring_key(create=create)
    if key is None:
        raise CryptoError(
            "Kho khóa của hệ điều hành không có khóa của cơ sở dữ liệu này. Nếu tệp được "
            "mã hóa bằng mật khẩu, hãy nhập mật khẩu đó."
        )
    return key


_session_passphrase: str | None = None


def session_passphrase() -> str | None:
    """The database passphrase given for this process: the variable if it is (still) set, else
    the value ``take_passphrase_from_env`` kept when it removed it."""
    return os.environ.get(PASSPHRASE_ENV) or _session_passphrase


def take_passphrase_from_env() -> None:
    """Read ``COMMUNE_DESK_DB_PASSPHRASE`` once at start, keep it in memory and remove it from
    the process environment, so child processes do not inherit it and ``/proc/PID/environ``
    no longer shows it (the original bytes are overwritten where the C library allows)."""
    global _session_passphrase
    value = os.environ.get(PASSPHRASE_ENV)
    if not value:
        return
    _session_passphrase = value
    _wipe_initial_environ(PASSPHRASE_ENV)
    os.environ.pop(PASSPHRASE_ENV, None)


def forget_session_passphrase() -> None:
    """Tests: start again as a process that was given no passphrase."""
    global _session_passphrase
    _session_passphrase = None


def _wipe_initial_environ(name: str) -> None:
    """Overwrite ``NAME=value`` in the C environment block (what /proc/PID/environ shows)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        environ = ctypes.POINTER(ctypes.c_void_p).in_dll(libc, "environ")
    except (OSError, ValueError, AttributeError):  # not glibc/POSIX (Windows): nothing to wipe
        return
    prefix = name.encode() + b"="
    i = 0
    while environ[i]:
        addr = environ[i]
        entry = ctypes.string_at(addr)
        if entry.startswith(prefix):
            ctypes.memset(addr + len(prefix), ord("*"), len(entry) - len(prefix))
        i += 1


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with the plain SQLite header (not encrypted)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:  # missing, a directory, unreadable: not a plain database file
        return False


def connect(
    path: Path | str, key: DbKey | None, *, timeout: float = 30.0, check_same_thread: bool = True
) -> Any:
    """A raw DB-API connection (sqlcipher3) to ``path``, keyed when ``key`` is given.

    Every connection of the app to a desk database is made here (the store's engine too), so
    one SQLite library holds all the locks on the file. Raises ``WrongKey`` when the key does
    not open the file.
    """
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=None,
                              check_same_thread=check_same_thread)
    try:
        # SQLCipher logs a wrong key to stderr in English; our own Vietnamese message says it.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f'PRAGMA key = "{_escape(key.pragma_value())}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" not in str(exc):
            raise CryptoError(
                f"Không mở được tệp {path}: tệp hoặc thư mục chứa nó không đọc/ghi được "
                f"({exc})."
            ) from exc
        raise WrongKey(
            f"Không mở được tệp {path}: sai khóa mã hóa hoặc tệp không phải cơ sở dữ liệu "
            f"của phần mềm ({exc})."
        ) from exc
    return conn


def _escape(value: str) -> str:
    return value.replace('"', '""')


@contextlib.contextmanager
def opened(path: Path | str, key: DbKey | None) -> Iterator[Any]:
    conn = connect(path, key)
    try:
        yield conn
    finally:
        conn.close()


def table_counts(conn: Any) -> dict[str, int]:
    """Row count of every ordinary table (used to check a copy against its source)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
    ]
    out: dict[str, int] = {}
    for name in names:
        # FTS shadow tables are ordinary tables too; counting them is harmless.
        out[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
    return out


def integrity_ok(conn: Any) -> tuple[bool, str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    text = "; ".join(str(r[0]) for r in rows[:5])
    return (len(rows) == 1 and rows[0][0] == "ok"), text


def fsync_path(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
    with contextlib.suppress(OSError):  # directories cannot be opened on Windows
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def export_encrypted(source: Any, target: Path, key: DbKey) -> None:
    """Write an encrypted copy of the open ``source`` connection to ``target`` (sqlcipher_export)."""
    if target.exists():
        target.unlink()
    source.execute(
        f"ATTACH DATABASE ? AS cd_export KEY \"{_escape(key.pragma_value())}\"", (str(target),)
    )
    try:
        source.execute("SELECT sqlcipher_export('cd_export')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA cd_export.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE cd_export")


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    backup: Path
    tables: int
    rows: int


def encrypt_plain_database(
    path: Path,
    key: DbKey,
    backup_dir: Path,
    *,
    now: Callable[[], datetime] = datetime.now,
) -> EncryptResult:
    """Migrate a plain SQLite file to SQLCipher in place, after a verified (encrypted) backup.

    Steps: the plain file is copied, encrypted, to ``backup_dir`` and to a temporary file
    beside it; both copies are opened with the key and checked (integrity + row counts per
    table); only then does the temporary file atomically replace the plain one. If anything
    fails the plain file is untouched. Raises ``CryptoError`` with a Vietnamese message.
    """
    path = Path(path)
    if not path.exists():
        raise CryptoError(f"Không tìm thấy tệp cơ sở dữ liệu {path}.")
    if not is_plain_sqlite(path):
        raise CryptoError(f"Tệp {path} đã được mã hóa (hoặc không phải tệp SQLite).")
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now().strftime("%Y%m%d-%H%M%S")
    backup = backup_dir / f"{path.stem}-{stamp}-pre-encrypt.sqlite3"
    tmp = path.with_name(path.name + ".encrypting")
    try:
        with opened(path, None) as src:
            ok, detail = integrity_ok(src)
            if not ok:
                raise CryptoError(
                    f"Tệp {path} bị hỏng ({detail}); không mã hóa. Hãy khôi phục từ bản sao lưu."
                )
            # Fold the WAL into the main file so the copy and the counts see the same data.
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = table_counts(src)
            export_encrypted(src, backup, key)
            export_encrypted(src, tmp, key)
        for copy in (backup, tmp):
            if is_plain_sqlite(copy):
                raise CryptoError("Bản mã hóa vẫn ở dạng đọc được; dừng lại.")
            with opened(copy, key) as enc:
                ok, detail = integrity_ok(enc)
                if not ok or table_counts(enc) != expected:
                    raise CryptoError(f"Bản mã hóa {copy.name} không khớp với bản gốc ({detail}).")
            fsync_path(copy)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.unlink()
        os.replace(tmp, path)
        fsync_path(path)
    except CryptoError:
        _remove_quietly(tmp)
        raise
    except OSError as exc:
        _remove_quietly(tmp)
        raise CryptoError(f"Không mã hóa được {path}: {exc.strerror or exc}.") from exc
    except Exception as exc:  # sqlcipher errors: disk full, locked file
        _remove_quietly(tmp)
        raise CryptoError(f"Không mã hóa được {path}: {exc}.") from exc
    return EncryptResult(path, backup, len(expected), sum(expected.values()))


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def copy_file_atomically(src: Path, dst: Path) -> None:
    """Copy a file to ``dst`` through a temporary name, fsynced, then renamed."""
    tmp = dst.with_name(dst.name + ".partial")
    try:
        shutil.copyfile(src, tmp)
        fsync_path(tmp)
        os.replace(tmp, dst)
    except BaseException:
        _remove_quietly(tmp)
        raise


def key_for_database(
    path: Path,
    *,
    ask_passphrase: Callable[[bool, str], DbKey | None] | None = None,
    backup_dir: Path | None = None,
) -> DbKey:
    """The start-up key step for the composition root (GUI or CLI).

    1. ``COMMUNE_DESK_DB_PASSPHRASE`` set → passphrase mode.
    2. Otherwise the keyring key (created for a new or plain file).
    3. No keyring, or the keyring key does not open the file → ``ask_passphrase(new_file,
       reason)`` (the administrator's choice: a passphrase, or ``None`` to refuse → raises).
    An existing plain file is then encrypted in place after a verified encrypted backup.
    """
    path = Path(path)
    new_file = not path.exists()
    plain = not new_file and is_plain_sqlite(path)
    key: DbKey | None = None
    reason = NO_KEYRING_MESSAGE
    try:
        key = resolve_key(create=new_file or plain)
    except NoKeyringAvailable as exc:
        reason = str(exc)
    except CryptoError as exc:  # keyring works but holds no key for this encrypted file
        reason = str(exc)
    if key is not None and not new_file and not plain:
        try:
            connect(path, key).close()
        except WrongKey:
            reason = (
                "Khóa trong kho khóa của hệ điều hành không mở được tệp này; có thể tệp được "
                "mã hóa bằng mật khẩu. Hãy nhập mật khẩu cơ sở dữ liệu."
            )
            key = None
    if key is None:
        if ask_passphrase is None:
            raise NoKeyringAvailable(reason)
        key = ask_passphrase(new_file or plain, reason)
        if key is None:
            raise NoKeyringAvailable("Đã chọn không mở phần mềm khi không có khóa mã hóa.")
        if not new_file and not plain:
            connect(path, key).close()  # raises WrongKey for a wrong passphrase
    if plain:
        encrypt_plain_database(path, key, backup_dir or path.resolve().parent / "backups")
    return key


def key_without_login(path: Path | str) -> DbKey | None:
    """The key that opens the existing encrypted file at ``path`` without anyone logging in:
    the session passphrase or the OS keyring's key; None when neither does (then a user's
    login unwraps it from the key file, ``store.keyfile``). Never creates a key."""
    candidates: list[DbKey] = []
    env = session_passphrase()
    if env and len(env) >= MIN_PASSPHRASE_LENGTH:
        candidates.append(DbKey(env, KeyMode.PASSPHRASE))
    try:
        kr = keyring_key(create=False)
    except CryptoError:
        kr = None
    if kr is not None:
        candidates.append(kr)
    for key in candidates:
        try:
            connect(path, key).close()
        except WrongKey:
            continue
        return key
    return None
