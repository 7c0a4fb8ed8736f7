"""Sync bookkeeping tables (state, acks, uploaded blobs, quarantine), formerly made on first use.

Files from before this revision may already hold them: ``services/sync.py`` used to create
them with ``CREATE TABLE IF NOT EXISTS`` the first time a sync screen or command ran (with
nullable primary keys and unnamed constraints). Such a table is rebuilt in the declared form
and its rows copied over, so an old file and a new one end with the same schema.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "c011"
down_revision = "e14a"
branch_labels = None
depends_on = None


def _tables() -> dict[str, list[sa.Column[object]]]:
    return {
        "sync_state": [
            sa.Column("id", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("server_url", sa.Text(), nullable=True),
            sa.Column("commune_code", sa.Text(), nullable=True),
            sa.Column("enrolled_at", sa.Text(), nullable=True),
            sa.Column("pull_cursor", sa.Text(), nullable=False, server_default=""),
            sa.Column("reference_cursor", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("last_attempt_at", sa.Text(), nullable=True),
            sa.Column("last_success_at", sa.Text(), nullable=True),
            sa.Column("last_error", sa.Text(), nullable=True),
        ],
        "sync_acks": [
            sa.Column("desk_epoch", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("acked_seq", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("sent_seq", sa.Integer(), nullable=False, server_default="0"),
        ],
        "sync_blobs": [
            sa.Column("sha256", sa.Text(), nullable=False),
            sa.Column("uploaded_at", sa.Text(), nullable=False),
        ],
        "sync_quarantine": [
            sa.Column("event_id", sa.Text(), nullable=False),
            sa.Column("direction", sa.Text(), nullable=False),
            sa.Column("dossier_id", sa.Text(), nullable=True),
            sa.Column("kind", sa.Text(), nullable=True),
            sa.Column("reason", sa.Text(), nullable=False),
            sa.Column("at", sa.Text(), nullable=False),
            sa.Column("event_json", sa.Text(), nullable=True),
        ],
    }


_KEYS = {"sync_state": "id", "sync_acks": "desk_epoch", "sync_blobs": "sha256",
         "sync_quarantine": "event_id"}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    existing = set(inspector.get_table_names())
    for name, columns in _tables().items():
        legacy = f"_legacy_{name}"
        kept: list[str] = []
        if name in existing:
            have = {c["name"] for c in inspector.get_columns(name)}
            kept = [c.name for c in columns if c.name in have]
            op.rename_table(name, legacy)
        extra: list[Any] = [sa.PrimaryKeyConstraint(_KEYS[name], name=op.f(f"pk_{name}"))]
        if name == "sync_state":
            extra.append(sa.CheckConstraint("id = 1", name=op.f("ck_sync_state_single_row")))
        op.create_table(name, *columns, *extra)
        if name in existing:
            cols = ", ".join(f'"{c}"' for c in kept)
            op.execute(f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM "{legacy}"')
            op.drop_table(legacy)
    op.execute("INSERT OR IGNORE INTO sync_state (id) VALUES (1)")


def downgrade() -> None:
    for name in ("sync_quarantine", "sync_blobs", "sync_acks", "sync_state"):
        op.drop_table(name)
