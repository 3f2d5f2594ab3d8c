"""a quiz keeps its questions out of flashcards until the learner has finished an attempt

Revision ID: c41f2e8a7d10
Revises: 99acdebecbec
Create Date: 2026-12-06 23:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c41f2e8a7d10'
down_revision = '99acdebecbec'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cards_after_attempt', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade():
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.drop_column('cards_after_attempt')
