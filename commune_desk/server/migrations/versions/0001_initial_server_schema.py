"""Initial server schema"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('communes',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('next_seq', sa.BigInteger(), nullable=False),
    sa.Column('log_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_communes'))
    )
    op.create_table('desk_epochs',
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.BigInteger(), nullable=False),
    sa.Column('acked_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('desk_id', 'epoch', name=op.f('pk_desk_epochs'))
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('commune_seq', sa.BigInteger(), nullable=False),
    sa.Column('log_hash', sa.String(length=64), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('desk_epoch', sa.BigInteger(), nullable=False),
    sa.Column('desk_seq', sa.BigInteger(), nullable=False),
    sa.Column('hlc', sa.String(length=19), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=True),
    sa.Column('stored_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('commune_code', 'commune_seq', name='uq_events_commune_seq'),
    sa.UniqueConstraint('desk_id', 'desk_epoch', 'desk_seq', name='uq_events_desk_slot')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_commune_kind', ['commune_code', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('officers',
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_officers'))
    )
    op.create_table('reference_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('version', sa.String(length=100), nullable=False),
    sa.Column('published_at', sa.String(length=32), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference_versions')),
    sa.UniqueConstraint('kind', 'version', name='uq_reference_versions_kind')
    )
    op.create_table('rejections',
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('desk_epoch', sa.BigInteger(), nullable=False),
    sa.Column('desk_seq', sa.BigInteger(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('desk_id', 'desk_epoch', 'desk_seq', name=op.f('pk_rejections'))
    )
    op.create_table('server_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.BigInteger(), nullable=False),
    sa.Column('next_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=True),
    sa.Column('last_hlc', sa.String(length=19), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_identity'))
    )
    op.create_table('desks',
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('desk_number', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('last_seen_at', sa.String(length=32), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_desks_commune_code_communes')),
    sa.PrimaryKeyConstraint('desk_id', name=op.f('pk_desks')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_desks_token_hash'))
    )
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_desks_commune_code'), ['commune_code'], unique=False)

    op.create_table('enrol_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('commune_code', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('used_at', sa.String(length=32), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_enrol_tokens_commune_code_communes')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_enrol_tokens'))
    )
    op.create_table('officer_sessions',
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['login'], ['officers.login'], name=op.f('fk_officer_sessions_login_officers')),
    sa.PrimaryKeyConstraint('id_hash', name=op.f('pk_officer_sessions'))
    )


def downgrade() -> None:
    op.drop_table('officer_sessions')
    op.drop_table('enrol_tokens')
    with op.batch_alter_table('desks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_desks_commune_code'))

    op.drop_table('desks')
    op.drop_table('server_identity')
    op.drop_table('rejections')
    op.drop_table('reference_versions')
    op.drop_table('officers')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_dossier_id'))
        batch_op.drop_index('ix_events_commune_kind')

    op.drop_table('events')
    op.drop_table('desk_epochs')
    op.drop_table('communes')
