"""township: the board photos of posted notices, kept beside their PDFs

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-28 01:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import villagedesk.db.base


# revision identifiers, used by Alembic.
revision: str = '0020'
down_revision: Union[str, Sequence[str], None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('township_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('package_sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('jpeg', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', villagedesk.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_township_photo')),
    sa.UniqueConstraint('village_code', 'record_uuid', 'sha256', name='uq_township_photo_village_record')
    )
    op.create_index(op.f('ix_township_photo_village_code'), 'township_photo', ['village_code'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_township_photo_village_code'), table_name='township_photo')
    op.drop_table('township_photo')
