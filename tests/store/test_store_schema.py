"""Defect #11.3: every table is declared once (store/models.py) and made only by migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from commune_desk.store import Store, migration, open_store
from commune_desk.store.crypto import DbKey, KeyMode
from commune_desk.store.engine import make_engine
from commune_desk.store.models import Base
from commune_desk.store.seed import ensure_seeded

KEY = DbKey("c0" * 32, KeyMode.RAW)
PREVIOUS_HEAD = "e14a"  # the head before the sync bookkeeping moved into a migration

# What services/sync.py ran (inside read paths) before revision c011: files in the field
# hold these tables, some with rows.
LEGACY_SYNC_DDL = (
    """CREATE TABLE IF NOT EXISTS sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT, commune_code TEXT, enrolled_at TEXT,
        pull_cursor TEXT NOT NULL DEFAULT '', reference_cursor INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT, last_success_at TEXT, last_error TEXT)""",
    """CREATE TABLE IF NOT EXISTS sync_acks (
        desk_epoch INTEGER PRIMARY KEY, acked_seq INTEGER NOT NULL DEFAULT 0,
        sent_seq INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS sync_blobs (
        sha256 TEXT PRIMARY KEY, uploaded_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS sync_quarantine (
        event_id TEXT PRIMARY KEY, direction TEXT NOT NULL, dossier_id TEXT, kind TEXT,
        reason TEXT NOT NULL, at TEXT NOT NULL, event_json TEXT)""",
)


def _differences(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "compare_server_default": migration.compare_server_default,
            "include_name": migration.include_name})
        diffs = compare_metadata(context, Base.metadata)
        conn.rollback()
    return list(diffs)


def _file_at_previous_head(path: Path, *, legacy_sync_rows: bool) -> None:
    """A file as the previous version left it: migrated to ``PREVIOUS_HEAD`` and seeded,
    optionally with the sync tables its sync screens made and filled."""
    from sqlalchemy.orm import sessionmaker

    engine = make_engine(path, key=KEY)
    migration.upgrade(engine, PREVIOUS_HEAD)
    store = Store(path, engine, sessionmaker(engine), sessionmaker(engine))
    ensure_seeded(store)
    if legacy_sync_rows:
        with engine.begin() as conn:
            for ddl in LEGACY_SYNC_DDL:
                conn.exec_driver_sql(ddl)
            conn.exec_driver_sql("INSERT OR IGNORE INTO sync_state(id) VALUES (1)")
            conn.exec_driver_sql(
                "UPDATE sync_state SET server_url = 'http://127.0.0.1:8765', "
                "pull_cursor = '42:abc', reference_cursor = 7 WHERE id = 1")
            conn.exec_driver_sql("INSERT INTO sync_acks VALUES (1, 120, 125)")
            conn.exec_driver_sql("INSERT INTO sync_blobs VALUES ('ab' , '2026-11-20T08:00:00')")
            conn.exec_driver_sql(
                "INSERT INTO sync_quarantine VALUES ('e1', 'out', 'd1', 'received', "
                "'Dấu băm không khớp.', '2026-11-20T08:30:00', NULL)")
    engine.dispose()


def test_freshly_migrated_file_matches_the_models(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk.sqlite3", KEY)
    try:
        assert _differences(store) == []
        with store.read() as s:  # the sync bookkeeping exists from the start, with its row
            assert s.execute(text("SELECT count(*) FROM sync_state")).scalar_one() == 1
    finally:
        store.close()


@pytest.mark.parametrize("legacy_sync_rows", [True, False], ids=["with-legacy-sync", "plain"])
def test_file_from_previous_head_upgrades_cleanly(tmp_path: Path, legacy_sync_rows: bool) -> None:
    path = tmp_path / "old.sqlite3"
    _file_at_previous_head(path, legacy_sync_rows=legacy_sync_rows)
    store = open_store(path, KEY)
    try:
        assert store.upgraded_from == PREVIOUS_HEAD
        assert migration.current_revision(store.engine) == migration.head_revision()
        assert _differences(store) == []
        with store.read() as s:
            state = s.execute(text("SELECT server_url, pull_cursor, reference_cursor "
                                   "FROM sync_state")).all()
            acks = s.execute(text("SELECT * FROM sync_acks")).all()
            quarantined = s.execute(text("SELECT count(*) FROM sync_quarantine")).scalar_one()
        if legacy_sync_rows:  # kept as they were
            assert state == [("http://127.0.0.1:8765", "42:abc", 7)]
            assert acks == [(1, 120, 125)]
            assert quarantined == 1
        else:
            assert state == [(None, "", 0)]
            assert acks == [] and quarantined == 0
    finally:
        store.close()


def test_sync_reads_open_no_write_transaction(tmp_path: Path) -> None:
    """Status reads (status bar, sync panel, list badges) never write: no store.write()."""
    from commune_desk.services import sync

    store = open_store(tmp_path / "desk.sqlite3", KEY)

    class NoWrites:
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError("a read path opened a write transaction")

        begin = __call__

    store.writer = NoWrites()  # type: ignore[assignment]
    try:
        summary = sync.sync_summary(store)
        assert not summary.enrolled and summary.quarantined == 0
        assert sync.quarantined_events(store) == []
        assert sync.dossier_sync_status(store, []) == {}
        assert sync.sync_state(store)["pull_cursor"] == ""
    finally:
        store.close()


def test_no_module_outside_the_migrations_creates_tables() -> None:
    """No ``CREATE TABLE`` and no private MetaData outside store/models.py and the migrations."""
    root = Path(__file__).resolve().parents[2] / "commune_desk"
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("store/migrations/", "server/")) or rel == "store/models.py":
            continue  # the server's own database has its own models and migrations
        source = path.read_text("utf-8")
        if "CREATE TABLE" in source.upper() or "MetaData(" in source or "create_all(" in source:
            offenders.append(rel)
    assert offenders == []


def test_revision_graph_read_without_alembic_is_alembics() -> None:
    script = migration.script_directory()
    assert migration.head_revision() == script.get_current_head()
    assert all(migration.is_known(r.revision) for r in script.walk_revisions())
    assert not migration.is_known("9999_future")


def test_opening_a_file_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    """Start-up: a file already at the head opens without loading Alembic at all."""
    import subprocess
    import sys

    db = tmp_path / "desk.sqlite3"
    open_store(db, KEY).close()
    code = (
        "import sys\n"
        "from commune_desk.store import open_store\n"
        "from commune_desk.store.crypto import DbKey, KeyMode\n"
        f"open_store({str(db)!r}, DbKey({'c0' * 32!r}, KeyMode.RAW)).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=root, env={**__import__("os").environ, "PYTHONPATH": str(root)},
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
