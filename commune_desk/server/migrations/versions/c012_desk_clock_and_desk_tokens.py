"""Desk clock offset at sync; enrolment tokens issued for one existing desk (re-enrolment)"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'c012'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('desks', sa.Column('clock_offset_s', sa.Integer(), nullable=True))
    op.add_column('desks', sa.Column('clock_checked_at', sa.String(length=32), nullable=True))
    op.add_column('enrol_tokens', sa.Column('for_desk', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('enrol_tokens') as batch:
        batch.drop_column('for_desk')
    with op.batch_alter_table('desks') as batch:
        batch.drop_column('clock_checked_at')
        batch.drop_column('clock_offset_s')
