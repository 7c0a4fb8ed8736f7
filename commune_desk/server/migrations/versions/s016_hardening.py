"""Hardening (issue 16): parked out-of-order events, rejected events' hashes, officer lockout,
the province's seal key, attachment blobs owned per commune"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = 's016'
down_revision = 'c012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('rejections', sa.Column('hash', sa.String(length=64), nullable=True))
    op.create_table('parked_events',
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('desk_epoch', sa.BigInteger(), nullable=False),
    sa.Column('desk_seq', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('hlc', sa.String(length=19), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=True),
    sa.Column('stored_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('desk_id', 'desk_epoch', 'desk_seq', name=op.f('pk_parked_events')),
    sa.UniqueConstraint('id', name=op.f('uq_parked_events_id'))
    )
    op.add_column('officers', sa.Column('failed_attempts', sa.Integer(), nullable=False,
                                        server_default='0'))
    op.add_column('officers', sa.Column('locked_until', sa.String(length=32), nullable=True))
    op.add_column('server_identity', sa.Column('seal_key', sa.String(length=64), nullable=True))
    op.execute(sa.text("UPDATE server_identity SET seal_key = :k").bindparams(
        k=secrets.token_hex(32)))
    op.create_table('commune_blobs',
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('received', sa.BigInteger(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('uploaded_by', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('commune_code', 'sha256', name=op.f('pk_commune_blobs'))
    )
    op.create_table('commune_blob_chunks',
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('offset', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code', 'sha256'],
                            ['commune_blobs.commune_code', 'commune_blobs.sha256'],
                            name=op.f('fk_commune_blob_chunks_commune_code_commune_blobs')),
    sa.PrimaryKeyConstraint('commune_code', 'sha256', 'offset',
                            name=op.f('pk_commune_blob_chunks'))
    )
    # Existing files belong to the commune of the desk that uploaded them.
    op.execute("INSERT INTO commune_blobs (commune_code, sha256, size, received, complete, "
               "uploaded_by, created_at) SELECT d.commune_code, b.sha256, b.size, b.received, "
               "b.complete, b.uploaded_by, b.created_at FROM blobs b "
               "JOIN desks d ON d.desk_id = b.uploaded_by")
    op.execute('INSERT INTO commune_blob_chunks (commune_code, sha256, "offset", data) '
               'SELECT d.commune_code, c.sha256, c."offset", c.data FROM blob_chunks c '
               "JOIN blobs b ON b.sha256 = c.sha256 JOIN desks d ON d.desk_id = b.uploaded_by")
    op.drop_table('blob_chunks')
    op.drop_table('blobs')


def downgrade() -> None:
    raise NotImplementedError("Không hạ cấp được cơ sở dữ liệu máy chủ qua bản s016.")
