"""Alembic run programmatically: current and head revisions, upgrade, post-upgrade checks."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from commune_desk.store.engine import MIGRATIONS_DIR

# SQLite's FTS5 virtual table and its shadow tables are made by raw DDL in a migration and
# cannot be declared as SQLAlchemy tables; schema comparisons leave them out.
NOT_MODELLED_PREFIXES = ("dossier_fts",)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: every table but the FTS ones is compared with the models."""
    if type_ == "table" and name is not None:
        return not name.startswith(NOT_MODELLED_PREFIXES)
    return True


def compare_server_default(
    _context: Any, _inspected_column: Any, _metadata_column: Any, inspected_default: str | None,
    _metadata_default: Any, rendered_metadata_default: str | None,
) -> bool | None:
    """Alembic hook: an empty-string default reads back as ``('')`` or ``''`` on SQLite, which
    Alembic's own comparison takes for a change; every other default is compared by Alembic."""
    def empty(value: str | None) -> bool:
        return value is not None and value.strip("()") in ("''", '""', "")

    if empty(inspected_default) and empty(rendered_metadata_default):
        return False
    return None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # alembic raises several types for an unknown id
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
    return rev


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` in one transaction."""
    cfg = alembic_config()
    with engine.execution_options(immediate=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def foreign_key_problems(engine: Engine) -> int:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.rollback()
    return len(rows)
