"""Opening a database file: the one opener, engine and sessions (WAL, synchronous=FULL), upgrades.

``open_store(path, key)`` is how the GUI, the command line, the tools and the tests open a
desk database. Every connection goes through ``sqlcipher3`` (``crypto.connect``), encrypted
or not; the standard ``sqlite3`` module never touches the file.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The SQLite dialect is what ``create_engine`` loads for every store: imported with this module,
# so the GUI gets it before Qt (see ``app.py`` on import order), not inside ``open_store``.
import sqlalchemy.dialects.sqlite  # noqa: F401
import sqlcipher3.dbapi2 as _sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

if TYPE_CHECKING:  # the ORM is imported on the first session, after the first paint
    from sqlalchemy.orm import Session, sessionmaker

from commune_desk.errors import UserError
from commune_desk.store import crypto
from commune_desk.store.crypto import DbKey

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# SQLAlchemy wraps the driver's errors, but a raw DB-API connection raises them as they are.
_DRIVER_ERRORS: tuple[type[BaseException], ...] = (OperationalError, _sqlcipher.OperationalError)

# Connections kept open per engine: opening one costs a key derivation in passphrase mode, so
# they are pooled; the GUI uses a few reader threads, one writer lane and the sync loop.
POOL_SIZE = 5
POOL_OVERFLOW = 10


class StoreError(UserError):
    """An environment problem with the database file a user can act on (Vietnamese message)."""


@dataclass(eq=False)  # identity semantics: hashable, usable as a weak key
class Store:
    """An open database: the engine and the two session factories (read and write).

    The session factories are made on first use: SQLAlchemy's ORM and the table classes are
    imported then, not by opening the file, so the first paint (which reads through
    ``snapshot()``) does not wait for them.
    """

    path: Path
    engine: Engine
    reader: sessionmaker[Session] | None = None
    writer: sessionmaker[Session] | None = None
    backup_path: Path | None = None  # the copy made before the last upgrade, if any
    upgraded_from: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _sessions(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        with self._lock:
            if self.reader is None or self.writer is None:
                from sqlalchemy.orm import sessionmaker

                self.reader = sessionmaker(self.engine, expire_on_commit=False)
                self.writer = sessionmaker(self.engine.execution_options(immediate=True),
                                           expire_on_commit=False)
            return self.reader, self.writer

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): commit on success, rollback on error.

        A full disk or a read-only file becomes a ``StoreError`` with a Vietnamese message;
        the transaction is rolled back first, so nothing is half-written.
        """
        writer = self._sessions()[1]
        try:
            with writer.begin() as session:
                yield session
        except _DRIVER_ERRORS as exc:
            message = write_failure_message(self.path, exc)
            if message is None:
                raise
            raise StoreError(message) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (deferred transaction); nothing is committed."""
        session = self._sessions()[0]()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only snapshot on a Core connection (SQL text, no ORM); nothing is committed.

        For the reads before the first paint (desk identity, calendar, worklist counts): they
        need neither the ORM nor the table classes, whose import would delay that paint."""
        with self.engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()

    def close(self) -> None:
        self.engine.dispose()


def write_failure_message(path: Path, exc: BaseException) -> str | None:
    """A Vietnamese message for a write refused by the disk (full, read-only); else None.

    ``exc`` may be SQLAlchemy's wrapper or the driver's own error (sqlite3 or sqlcipher3).
    """
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    if "database or disk is full" in text_:
        return (
            f"Ổ đĩa chứa cơ sở dữ liệu “{path}” đã đầy nên thao tác vừa rồi chưa được lưu "
            "(không có dữ liệu nào bị ghi dở). Hãy giải phóng dung lượng ổ đĩa rồi thử lại."
        )
    if "readonly database" in text_ or "read-only database" in text_:
        return (
            f"Không ghi được vào cơ sở dữ liệu “{path}” vì tệp (hoặc thư mục chứa nó) chỉ cho "
            "phép đọc; thao tác vừa rồi chưa được lưu. Hãy nhờ quản trị cấp quyền ghi rồi thử lại."
        )
    return None


def make_engine(path: Path, *, key: DbKey | None = None, bulk: bool = False) -> Engine:
    """An engine whose connections use WAL, ``synchronous=FULL`` and foreign keys.

    Connections come from ``crypto.connect`` (keyed when ``key`` is given), pooled by an
    explicit ``QueuePool`` shared by all threads (SQLAlchemy's default for the SQLCipher
    dialect is a per-thread pool that closes connections other threads still use).
    """
    db = Path(path)

    def connect() -> Any:
        return crypto.connect(db, key, timeout=30.0, check_same_thread=False)

    engine = create_engine(
        f"sqlite:///{db}", module=_sqlcipher, creator=connect,
        poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_timeout=60,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is lax).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        if bulk:
            cur.execute("PRAGMA cache_size=-400000")
        else:
            # 16 MB a connection: on a 1,000,000-dossier file the list's sorts and filters are
            # as fast as with 64 MB, and the desk stays under 300 MB (bench/bench_ui.py).
            cur.execute("PRAGMA cache_size=-16000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("immediate") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _check_file(path: Path, create: bool, encrypted: bool = False) -> bool:
    """Return whether the file exists; raise StoreError for a path that cannot be used."""
    if path.exists():
        if not path.is_file():
            raise StoreError(f"“{path}” không phải là tệp cơ sở dữ liệu.")
        if not os.access(path, os.R_OK):
            raise StoreError(f"Không có quyền đọc tệp cơ sở dữ liệu “{path}”.")
        # The owner-write bit counts too: a file marked read-only stays so even for root.
        writable = os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)
        if not writable or not os.access(path.parent, os.W_OK):
            raise StoreError(
                f"Tệp cơ sở dữ liệu “{path}” (hoặc thư mục chứa nó) chỉ cho phép đọc; "
                "hãy chép sang thư mục có quyền ghi hoặc nhờ quản trị cấp quyền."
            )
        with path.open("rb") as fh:
            header = fh.read(16)
        if header and not encrypted and header != b"SQLite format 3\x00":
            raise StoreError(f"Tệp “{path}” không phải cơ sở dữ liệu SQLite của Commune Desk.")
        return True
    if not create:
        raise StoreError(f"Không tìm thấy tệp cơ sở dữ liệu “{path}”.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Không tạo được thư mục “{path.parent}”: {exc.strerror}.") from None
    if not os.access(path.parent, os.W_OK):
        raise StoreError(f"Không có quyền ghi vào thư mục “{path.parent}”.")
    return False


def open_store(
    path: str | os.PathLike[str],
    key: DbKey | None = None,
    *,
    create: bool = True,
    seed: bool = True,
    bulk: bool = False,
) -> Store:
    """Open (or create) a desk database, upgrade it to this version, and seed a new one.

    The one opener for the GUI, the command line and the tools. ``key`` opens an
    SQLCipher-encrypted file (``None``: a legacy plain file, or a plain test file). A file made
    by a newer version is refused untouched. Before an upgrade, and before the engine opens,
    a verified copy is made through SQLCipher's backup API (``backups/*-pre-migrate.sqlite3``);
    without it there is no upgrade. ``seed`` fills a new file's desk row and the bundled
    procedure catalogue. Raises StoreError with a Vietnamese message.
    """
    from commune_desk.store import migration

    db = Path(path).expanduser().resolve()
    existed = _check_file(db, create, key is not None)
    head = migration.head_revision()
    probe, backup_path, upgraded_from = (
        _prepare_existing(db, key, head) if existed else (None, None, None)
    )
    engine = make_engine(db, key=key, bulk=bulk)
    store = Store(db, engine, backup_path=backup_path, upgraded_from=upgraded_from)
    try:
        try:
            current = migration.current_revision(engine)
        finally:
            # Closed only once the engine holds a connection: closing the last connection
            # would checkpoint the WAL at every start (slow on a big WAL, and on a nearly
            # full disk it spends the space the next write needs).
            if probe is not None:
                probe.close()
        if current != head:
            migration.upgrade(engine)
        problems = migration.foreign_key_problems(engine)
        if problems:
            raise StoreError(
                f"Cơ sở dữ liệu “{db}” có {problems} dòng vi phạm ràng buộc khóa ngoại; "
                "hãy chạy lệnh kiểm tra (commune-desk check)."
            )
        if seed and not _is_seeded(engine):
            # Only a new (or never completed) file: a set-up file is not written to here,
            # and the seeding code and table classes stay off the path to the first paint.
            from commune_desk.store.seed import ensure_seeded

            ensure_seeded(store)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(f"Lỗi khi mở cơ sở dữ liệu “{db}”: {getattr(exc, 'orig', exc)}.") from None
    return store


def _prepare_existing(
    db: Path, key: DbKey | None, head: str
) -> tuple[Any, Path | None, str | None]:
    """Check an existing file with one driver connection (no engine yet) and, when it needs
    an upgrade, back it up. Returns (the open connection, backup path, revision upgraded
    from); the caller closes the connection once the engine has opened its own."""
    from commune_desk.store import backup_file, migration

    try:
        conn = crypto.connect(db, key)
    except crypto.WrongKey:
        raise StoreError(
            f"Tệp “{db}” không phải cơ sở dữ liệu SQLite hoặc đã được mã hóa bằng khóa khác."
        ) from None
    except crypto.CryptoError as exc:
        raise StoreError(f"Không mở được tệp cơ sở dữ liệu “{db}”: {exc}") from None
    try:
        current = _file_revision(conn)
        if current == head:
            return conn, None, None
        if current is None:
            if _has_tables(conn):
                raise StoreError(f"Tệp “{db}” không phải cơ sở dữ liệu của Commune Desk.")
            return conn, None, None  # an empty file is built like a new one
        if not migration.is_known(current):
            raise StoreError(
                f"Tệp “{db}” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ {current}). "
                "Hãy cài phiên bản mới nhất của phần mềm để mở tệp này; tệp không bị thay đổi."
            )
        try:
            backup = backup_file.copy_before_upgrade(conn, db, key)
        except (OSError, _sqlcipher.Error, crypto.CryptoError) as exc:
            detail = write_failure_message(db, exc) or str(exc)
            raise StoreError(
                f"Chưa nâng cấp tệp “{db}” lên phiên bản này vì không sao lưu được nó trước "
                f"(thư mục {backup_file.backup_dir_for(db)}): {detail} Tệp không bị thay đổi."
            ) from None
        return conn, backup, current
    except StoreError:
        conn.close()
        raise
    except _sqlcipher.DatabaseError as exc:
        conn.close()
        raise StoreError(f"Không đọc được tệp cơ sở dữ liệu “{db}”: {exc}.") from None


def _is_seeded(engine: Engine) -> bool:
    """Whether the file has its desk row and a procedure catalogue (what ``ensure_seeded``
    adds to a new file); read with SQL, without importing the seeding code."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM desk WHERE id = 1), "
            "EXISTS (SELECT 1 FROM catalog_versions)"
        ).one()
        conn.rollback()
    return bool(row[0]) and bool(row[1])


def _file_revision(conn: Any) -> str | None:
    """The Alembic revision stored in the file, or None when it has no version table."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _has_tables(conn: Any) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
    ).fetchone()
    return row is not None


def raw_connection(store: Store) -> Any:
    """A DB-API connection from the pool (bulk paths: executemany without ORM overhead)."""
    return store.engine.raw_connection()


def sqlite_version(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(text("select sqlite_version()")).scalar())
