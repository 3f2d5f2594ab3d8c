"""flashcards: deck memberships, study settings, card review counts, idempotent review log

Revision ID: bd0b93fde835
Revises: 51a1cb87482f
Create Date: 2026-11-25 09:13:12.574953

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bd0b93fde835'
down_revision = '51a1cb87482f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('deck_memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_deck_memberships_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deck_memberships')),
    sa.UniqueConstraint('user_id', 'kind', 'ref_id', name=op.f('uq_deck_memberships_user_id_kind_ref_id'))
    )
    op.create_table('study_settings',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('new_per_day', sa.Integer(), nullable=False),
    sa.Column('reviews_per_day', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=8), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_study_settings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_study_settings'))
    )
    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reps', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('phase', sa.String(length=12), server_default='new', nullable=False))
        batch_op.add_column(sa.Column('from_quiz', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('review_logs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('phase', sa.String(length=12), server_default='new', nullable=False))
        batch_op.add_column(sa.Column('due_before', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('duration_ms', sa.Integer(), nullable=True))

    # Rows written before this revision: number each card's reviews so (card_id, seq) is unique.
    op.execute(
        "UPDATE review_logs SET seq = (SELECT count(*) FROM review_logs AS earlier"
        " WHERE earlier.card_id = review_logs.card_id AND earlier.id <= review_logs.id)"
    )
    op.execute(
        "UPDATE cards SET reps = (SELECT count(*) FROM review_logs"
        " WHERE review_logs.card_id = cards.id)"
    )

    with op.batch_alter_table('review_logs', schema=None) as batch_op:
        batch_op.create_index('ix_review_logs_card_id_reviewed_at', ['card_id', 'reviewed_at'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_review_logs_card_id_seq'), ['card_id', 'seq'])


def downgrade():
    with op.batch_alter_table('review_logs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_review_logs_card_id_seq'), type_='unique')
        batch_op.drop_index('ix_review_logs_card_id_reviewed_at')
        batch_op.drop_column('duration_ms')
        batch_op.drop_column('due_before')
        batch_op.drop_column('phase')
        batch_op.drop_column('seq')

    with op.batch_alter_table('cards', schema=None) as batch_op:
        batch_op.drop_column('from_quiz')
        batch_op.drop_column('phase')
        batch_op.drop_column('reps')

    op.drop_table('study_settings')
    op.drop_table('deck_memberships')
