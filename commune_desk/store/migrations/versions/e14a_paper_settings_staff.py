"""Paper settings (signers, slip size, lookup address), staff directory, phones on accounts."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e14a"
down_revision = "5a01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paper_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),  # JSON
        sa.PrimaryKeyConstraint("key", name=op.f("pk_paper_settings")),
    )
    # Everyone who may appear on a paper: this desk's accounts and, brought down by sync,
    # the commune's staff directory (actors of events recorded on other desks).
    op.create_table(
        "staff_directory",
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False, server_default=""),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.String(length=19), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_staff_directory")),
    )
    op.add_column("users", sa.Column("phone", sa.String(length=30), nullable=False,
                                     server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("phone")
    op.drop_table("staff_directory")
    op.drop_table("paper_settings")
