"""Server database: engine for a URL (SQLite or PostgreSQL), Alembic upgrade, sessions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from commune_desk.errors import UserError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ServerDbError(UserError):
    """The server database cannot be used (bad URL, unreachable, newer schema)."""


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and ``postgresql://`` for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ServerDbError(f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url}") from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers take the lock at once (no deadlock when two readers both want to write);
            # readers stay deferred and, under WAL, never wait.
            immediate = conn.get_execution_options().get("immediate")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_size=pool_size, max_overflow=pool_size,
                             pool_pre_ping=True)
    raise ServerDbError("Chỉ hỗ trợ SQLite hoặc PostgreSQL cho máy chủ.")


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema; refuse one written by a newer server."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:
        raise ServerDbError(f"Không kết nối được cơ sở dữ liệu máy chủ: {exc}") from exc
    script = ScriptDirectory.from_config(alembic_config(None))
    if current is not None and script.get_revision(current) is None:
        raise ServerDbError("Cơ sở dữ liệu do phiên bản máy chủ mới hơn tạo ra; hãy nâng cấp.")
    if current == script.get_current_head():
        return
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


class ServerSessions:
    """Session factories: ``db()`` opens a read session, ``db.begin()`` a write transaction;
    ``db.read()`` and ``db.write()`` the same as plain Core connections, for the hot paths
    (push, pull, desk sign-in) where the ORM's bookkeeping would cost more than the SQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(immediate=True)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(self._writer, expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self) -> Any:
        return self._write.begin()

    def read(self) -> Any:
        """A Core connection for reading (``with db.read() as conn``)."""
        return self.engine.connect()

    def write(self) -> Any:
        """A Core connection in one write transaction, committed when the block ends."""
        return self._writer.begin()


def open_db(url: str, *, pool_size: int = 10) -> tuple[Engine, ServerSessions]:
    engine = make_engine(url, pool_size=pool_size)
    migrate(engine)
    return engine, ServerSessions(engine)
