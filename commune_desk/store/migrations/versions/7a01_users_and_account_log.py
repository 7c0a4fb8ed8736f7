"""User accounts (argon2id hashes, lockout state) and the append-only account log (safety issue)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "7a01"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("login", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("must_change_password", sa.Boolean(), nullable=False,
                  server_default=sa.false()),
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.String(length=19), nullable=True),
        sa.Column("created_at", sa.String(length=19), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("password_changed_at", sa.String(length=19), nullable=True),
        sa.Column("last_login_at", sa.String(length=19), nullable=True),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_users")),
        sa.CheckConstraint("role IN ('clerk', 'officer', 'leader', 'admin')",
                           name=op.f("ck_users_role")),
    )
    op.create_table(
        "account_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=19), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_log")),
    )
    op.create_index("ix_account_log_at", "account_log", ["at"])
    op.execute(
        "CREATE TRIGGER account_log_no_update BEFORE UPDATE ON account_log "
        "BEGIN SELECT RAISE(ABORT, 'account_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER account_log_no_delete BEFORE DELETE ON account_log "
        "BEGIN SELECT RAISE(ABORT, 'account_log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS account_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS account_log_no_update")
    op.drop_index("ix_account_log_at", table_name="account_log")
    op.drop_table("account_log")
    op.drop_table("users")
