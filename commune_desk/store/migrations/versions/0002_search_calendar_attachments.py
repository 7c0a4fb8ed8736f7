"""Full-text search (FTS5 over folded text), calendar overrides, attachments."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_TRIGGERS = (
    "CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN "
    "INSERT INTO dossier_fts(rowid, search_text) VALUES (new.num, new.search_text); END",
    "CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN "
    "INSERT INTO dossier_fts(dossier_fts, rowid, search_text) "
    "VALUES ('delete', old.num, old.search_text); END",
    "CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF search_text, num ON dossiers "
    "WHEN old.search_text IS NOT new.search_text OR old.num IS NOT new.num BEGIN "
    "INSERT INTO dossier_fts(dossier_fts, rowid, search_text) "
    "VALUES ('delete', old.num, old.search_text); "
    "INSERT INTO dossier_fts(rowid, search_text) VALUES (new.num, new.search_text); END",
)


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "calendar_overrides",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('holiday', 'day_off', 'makeup_workday')",
            name=op.f("ck_calendar_overrides_kind"),
        ),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_overrides")),
    )
    # The projection's search_text is already folded (diacritics removed, đ→d) in Python;
    # the tokenizer folds again so a query typed with marks still matches.
    op.execute(
        "CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, content='dossiers', "
        "content_rowid='num', tokenize=\"unicode61 remove_diacritics 2\")"
    )
    for statement in FTS_TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for name in ("dossiers_fts_insert", "dossiers_fts_delete", "dossiers_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS dossier_fts")
    op.drop_table("calendar_overrides")
    op.drop_table("attachments")
