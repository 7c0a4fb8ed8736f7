"""Refuse INSERT OR REPLACE on events and non-canonical payloads by trigger; record known desks."""

from __future__ import annotations

from alembic import op

revision = "7a02"
down_revision = "c011"
branch_labels = None
depends_on = None

# Kept identical to commune_desk/store/guards.py (check compares the stored definitions).
NO_REPLACE = (
    "CREATE TRIGGER events_no_replace BEFORE INSERT ON events "
    "WHEN EXISTS (SELECT 1 FROM events WHERE id = NEW.id) "
    "OR EXISTS (SELECT 1 FROM events WHERE desk_id = NEW.desk_id "
    "AND desk_epoch = NEW.desk_epoch AND desk_seq = NEW.desk_seq) "
    "BEGIN SELECT RAISE(ABORT, 'events are append-only: REPLACE refused'); END"
)
CANONICAL = (
    "CREATE TRIGGER events_payload_canonical BEFORE INSERT ON events "
    "WHEN CASE WHEN json_valid(NEW.payload) THEN "
    "json(NEW.payload) IS NOT NEW.payload "
    "OR (SELECT count(*) - count(DISTINCT fullkey) FROM json_tree(NEW.payload)) > 0 "
    "ELSE 1 END "
    "BEGIN SELECT RAISE(ABORT, 'event payload is not canonical JSON'); END"
)


def upgrade() -> None:
    op.execute(NO_REPLACE)
    op.execute(CANONICAL)
    # Desks whose events this file may hold: those that came from the province server (sync)
    # or the demo generator. Another desk's events that appear without such a record were
    # written into the file by hand (a forged dossier under a made-up desk id).
    op.execute(
        "CREATE TABLE known_desks (desk_id VARCHAR(36) NOT NULL PRIMARY KEY, "
        "source VARCHAR(20) NOT NULL, first_seen_at VARCHAR(19) NOT NULL)"
    )
    # Files synced before this version: the foreign desks they hold are taken as known.
    op.execute(
        "INSERT INTO known_desks (desk_id, source, first_seen_at) "
        "SELECT DISTINCT e.desk_id, 'upgrade', strftime('%Y-%m-%dT%H:%M:%S', 'now') "
        "FROM events e WHERE e.desk_id NOT IN (SELECT desk_id FROM desk)"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS known_desks")
    op.execute("DROP TRIGGER IF EXISTS events_payload_canonical")
    op.execute("DROP TRIGGER IF EXISTS events_no_replace")
