"""Opening a database file: engine and sessions (WAL, synchronous=FULL), backup, migrations."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_DRIVER_ERRORS: tuple[type[BaseException], ...] = (OperationalError, sqlite3.OperationalError)
try:  # SQLCipher's driver has its own exception classes (not sqlite3's)
    from sqlcipher3 import dbapi2 as _sqlcipher

    _DRIVER_ERRORS += (_sqlcipher.OperationalError,)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
    pass


class StoreError(Exception):
    """An environment problem with the database file a user can act on (Vietnamese message)."""


@dataclass(eq=False)  # identity semantics: hashable, usable as a weak key
class Store:
    """An open database: the engine and the two session factories (read and write)."""

    path: Path
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    backup_path: Path | None = None  # the copy made before the last upgrade, if any
    upgraded_from: str | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): commit on success, rollback on error.

        A full disk or a read-only file becomes a ``StoreError`` with a Vietnamese message;
        the transaction is rolled back first, so nothing is half-written.
        """
        try:
            with self.writer.begin() as session:
                yield session
        except _DRIVER_ERRORS as exc:
            message = write_failure_message(self.path, exc)
            if message is None:
                raise
            raise StoreError(message) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (deferred transaction); nothing is committed."""
        session = self.reader()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

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


def _engine_url(path: Path, key: str | None) -> Any:
    """The URL built from parts, never pasted: a ``?`` or ``#`` in the path stays part of the
    file name (pasted into a URL string it started a query and named another file)."""
    from sqlalchemy.engine import URL

    if key is None:
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=key, database=str(path))


def make_engine(path: Path, *, key: str | None = None, bulk: bool = False) -> Engine:
    """An engine whose connections use WAL, ``synchronous=FULL`` and foreign keys."""
    engine = create_engine(_engine_url(path, key), connect_args={"timeout": 30})

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
            cur.execute("PRAGMA cache_size=-64000")
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


def backup_copy(path: Path, label: str) -> Path:
    """A consistent copy of the database beside it (SQLite online backup), before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.truoc-nang-cap-{label}-{stamp}.bak")
    try:
        src = sqlite3.connect(str(path))
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError:
        # Encrypted files cannot be read without the key: copy the bytes (after a checkpoint).
        shutil.copy2(path, target)
    return target


def open_store(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    key: str | None = None,
    seed: bool = True,
    bulk: bool = False,
) -> Store:
    """Open (or create) a database file, upgrade it to this version, and seed a new one.

    A file made by a newer version is refused; before an upgrade a backup copy is made.
    ``key`` opens an SQLCipher-encrypted file. ``seed`` fills a new file's desk row and the
    bundled procedure catalogue. Raises StoreError with a Vietnamese message.
    """
    from commune_desk.store import migration

    db = Path(path).expanduser().resolve()
    existed = _check_file(db, create, key is not None)
    engine = make_engine(db, key=key, bulk=bulk)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            conn.rollback()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        msg = str(exc.orig) if hasattr(exc, "orig") else str(exc)
        if "not a database" in msg or "encrypted" in msg:
            raise StoreError(
                f"Tệp “{db}” không phải cơ sở dữ liệu SQLite hoặc đã được mã hóa bằng khóa khác."
            ) from None
        raise StoreError(f"Không mở được tệp cơ sở dữ liệu “{db}”: {msg}.") from None
    store = Store(
        db,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(engine.execution_options(immediate=True), expire_on_commit=False),
    )
    try:
        current = migration.current_revision(engine)
        head = migration.head_revision()
        if current != head:
            if current is not None and not migration.is_known(current):
                raise StoreError(
                    f"Tệp “{db}” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ {current}). "
                    "Hãy cài phiên bản mới nhất của phần mềm để mở tệp này; tệp không bị thay đổi."
                )
            if current is None and existed and migration.has_foreign_tables(engine):
                raise StoreError(f"Tệp “{db}” không phải cơ sở dữ liệu của Commune Desk.")
            if current is not None:
                store.backup_path = backup_copy(db, current)
                store.upgraded_from = current
            migration.upgrade(engine)
        problems = migration.foreign_key_problems(engine)
        if problems:
            raise StoreError(
                f"Cơ sở dữ liệu “{db}” có {problems} dòng vi phạm ràng buộc khóa ngoại; "
                "hãy chạy lệnh kiểm tra (commune-desk check)."
            )
        if seed:
            from commune_desk.services.desk import ensure_seeded

            ensure_seeded(store)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(f"Lỗi khi mở cơ sở dữ liệu “{db}”: {exc.orig}.") from None
    return store


def raw_connection(store: Store) -> Any:
    """A DB-API connection from the pool (bulk paths: executemany without ORM overhead)."""
    return store.engine.raw_connection()


def sqlite_version(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(text("select sqlite_version()")).scalar())
