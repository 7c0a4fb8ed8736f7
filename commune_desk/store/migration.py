"""Alembic run programmatically: current and head revisions, upgrade, post-upgrade checks.

Alembic itself is imported only to upgrade or compare: an ordinary start (a file already at
the head) reads the revision graph from the migration files' own ``revision`` lines, which
keeps Alembic's import off the path to the first paint.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


@lru_cache(maxsize=1)
def _graph() -> tuple[frozenset[str], str]:
    """(every revision, the head) read from the migration files; Alembic's own answer when a
    file does not follow the one-parent layout (a merge revision)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text("utf-8")
        rev, down = _REVISION_RE.search(source), _DOWN_RE.search(source)
        if rev is None:
            continue
        if down is None:  # a tuple of parents: let Alembic read it
            return _graph_from_alembic()
        revisions.add(rev.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        return _graph_from_alembic()
    return frozenset(revisions), heads.pop()


def _graph_from_alembic() -> tuple[frozenset[str], str]:
    script = script_directory()
    head = script.get_current_head()
    assert head is not None
    return frozenset(r.revision for r in script.walk_revisions()), head


def head_revision() -> str:
    return _graph()[1]


def is_known(revision: str) -> bool:
    return revision in _graph()[0]


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the file (None for a file without Alembic's version table)."""
    with engine.connect() as conn:
        has = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first() if has else None
        conn.rollback()
    return None if row is None else str(row[0])


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` in one transaction."""
    from alembic import command

    cfg = alembic_config()
    with engine.execution_options(immediate=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def foreign_key_problems(engine: Engine) -> int:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.rollback()
    return len(rows)
