"""Report snapshots: the figures of a closed reporting window, frozen at its cut-off (paper issue)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "5a01"
down_revision = "7a01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_snapshots",
        sa.Column("kind", sa.String(length=20), nullable=False),  # "ii06a"
        sa.Column("period_key", sa.String(length=40), nullable=False),
        sa.Column("start", sa.String(length=19), nullable=False),
        sa.Column("end", sa.String(length=19), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),  # canonical JSON of the figures
        sa.Column("taken_at", sa.String(length=19), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "start", "end", name=op.f("pk_report_snapshots")),
    )
    # A frozen report is never edited: a re-issue must print the same figures.
    op.execute(
        "CREATE TRIGGER report_snapshots_no_update BEFORE UPDATE ON report_snapshots "
        "BEGIN SELECT RAISE(ABORT, 'report snapshots are immutable'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS report_snapshots_no_update")
    op.drop_table("report_snapshots")
