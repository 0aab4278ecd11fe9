"""township: a village re-enrolled with a new key (who, why, old and new fingerprint)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27 21:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import villagedesk.db.base


# revision identifiers, used by Alembic.
revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('village_key_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('old_public_key', sa.String(length=100), nullable=False),
    sa.Column('old_fingerprint', sa.String(length=60), nullable=False),
    sa.Column('new_public_key', sa.String(length=100), nullable=False),
    sa.Column('new_fingerprint', sa.String(length=60), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changed_at', villagedesk.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_key_change'))
    )
    op.create_index(op.f('ix_village_key_change_village_code'), 'village_key_change', ['village_code'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_village_key_change_village_code'), table_name='village_key_change')
    op.drop_table('village_key_change')
