"""Each event's wire JSON stored with it (issue 16, throughput): pulls send it as it is"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 's017'
down_revision = 's016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable and not back-filled: older rows are written out when pulled, as before.
    op.add_column('events', sa.Column('wire', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('wire')
