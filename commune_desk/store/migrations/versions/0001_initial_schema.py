"""Initial schema: append-only events, dossiers projection, desk, code counters, catalogue."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_versions",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.String(length=10), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=19), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_catalog_versions")),
    )
    op.create_table(
        "code_counters",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_code_counters")),
    )
    op.create_table(
        "desk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("desk_number", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=False),
        sa.Column("commune_name", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.String(length=40), nullable=False),
        sa.Column("receiving_unit", sa.Text(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("last_hlc", sa.String(length=19), nullable=False),
        sa.Column("sync_hold", sa.Boolean(), nullable=False),
        sa.Column("office_hours", sa.Text(), nullable=True),
        sa.Column("counting_mode", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.String(length=19), nullable=False),
        sa.CheckConstraint("desk_number BETWEEN 1 AND 9", name=op.f("ck_desk_desk_number_range")),
        sa.CheckConstraint("id = 1", name=op.f("ck_desk_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk")),
    )
    op.create_table(
        "dossiers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=False),
        sa.Column("procedure_code", sa.String(length=40), nullable=False),
        sa.Column("procedure_name", sa.Text(), nullable=False),
        sa.Column("catalog_version", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_at", sa.String(length=19), nullable=True),
        sa.Column("received_at", sa.String(length=19), nullable=False),
        sa.Column("due_at", sa.String(length=19), nullable=True),
        sa.Column("original_due_at", sa.String(length=19), nullable=True),
        sa.Column("ready_at", sa.String(length=19), nullable=True),
        sa.Column("finished_at", sa.String(length=19), nullable=True),
        sa.Column("returned_at", sa.String(length=19), nullable=True),
        sa.Column("assignee", sa.String(length=100), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("receiving_unit", sa.Text(), nullable=True),
        sa.Column("deciding_unit", sa.Text(), nullable=True),
        sa.Column("applicant_name", sa.Text(), nullable=False),
        sa.Column("applicant_id_number", sa.String(length=20), nullable=True),
        sa.Column("applicant_phone", sa.String(length=20), nullable=True),
        sa.Column("applicant_address", sa.Text(), nullable=True),
        sa.Column("paused_since", sa.String(length=19), nullable=True),
        sa.Column("reschedule_count", sa.Integer(), nullable=False),
        sa.Column("supplement_count", sa.Integer(), nullable=False),
        sa.Column("rating", sa.String(length=20), nullable=True),
        sa.Column("digitised", sa.Boolean(), nullable=False),
        sa.Column("fee_amount", sa.Integer(), nullable=True),
        sa.Column("fee_method", sa.String(length=20), nullable=True),
        sa.Column("last_event_at", sa.String(length=19), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("conflict_count", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossiers")),
        sa.UniqueConstraint("code", name=op.f("uq_dossiers_code")),
        sa.UniqueConstraint("num", name=op.f("uq_dossiers_num")),
    )
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index("ix_dossiers_assignee_status", ["assignee", "status"], unique=False)
        batch_op.create_index("ix_dossiers_field_received", ["field", "received_at"], unique=False)
        batch_op.create_index("ix_dossiers_finished_at", ["finished_at"], unique=False)
        batch_op.create_index(
            "ix_dossiers_procedure_received", ["procedure_code", "received_at"], unique=False
        )
        batch_op.create_index("ix_dossiers_received_at", ["received_at"], unique=False)
        batch_op.create_index("ix_dossiers_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("occurred_at", sa.String(length=19), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("desk_epoch", sa.Integer(), nullable=False),
        sa.Column("desk_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=19), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("desk_id", "desk_epoch", "desk_seq", name="uq_events_desk_seq"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_dossier_hlc", ["dossier_id", "hlc"], unique=False)

    op.create_table(
        "procedures",
        sa.Column("catalog_version", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("national_code", sa.String(length=40), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("limit_value", sa.Integer(), nullable=False),
        sa.Column("limit_unit", sa.String(length=20), nullable=False),
        sa.Column("extension", sa.Integer(), nullable=False),
        sa.Column("cutoff", sa.String(length=5), nullable=False),
        sa.Column("limit_note", sa.Text(), nullable=False),
        sa.Column("fee", sa.Text(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.String(length=10), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["catalog_version"],
            ["catalog_versions.version"],
            name=op.f("fk_procedures_catalog_version_catalog_versions"),
        ),
        sa.PrimaryKeyConstraint("catalog_version", "code", name=op.f("pk_procedures")),
    )

    # The log is append-only: the database itself refuses to change or remove an event.
    op.execute(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END"
    )
    op.execute(
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS events_no_update")
    op.execute("DROP TRIGGER IF EXISTS events_no_delete")
    op.drop_table("procedures")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_dossier_hlc")

    op.drop_table("events")
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_status_due")
        batch_op.drop_index("ix_dossiers_received_at")
        batch_op.drop_index("ix_dossiers_procedure_received")
        batch_op.drop_index("ix_dossiers_finished_at")
        batch_op.drop_index("ix_dossiers_field_received")
        batch_op.drop_index("ix_dossiers_assignee_status")

    op.drop_table("dossiers")
    op.drop_table("desk")
    op.drop_table("code_counters")
    op.drop_table("catalog_versions")
