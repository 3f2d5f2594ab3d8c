"""articles from files and pages: a document's page offsets, reading jobs

Revision ID: a3c9e1d7f5b2
Revises: f2b6d8c3a9e7
Create Date: 2026-12-07 01:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3c9e1d7f5b2'
down_revision = 'f2b6d8c3a9e7'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pages', sa.JSON(), nullable=True))

    op.create_table('reading_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('message', sa.String(length=500), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_reading_jobs_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_reading_jobs_owner_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reading_jobs'))
    )
    with op.batch_alter_table('reading_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reading_jobs_owner_id'), ['owner_id'], unique=False)


def downgrade():
    with op.batch_alter_table('reading_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reading_jobs_owner_id'))

    op.drop_table('reading_jobs')

    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('pages')
