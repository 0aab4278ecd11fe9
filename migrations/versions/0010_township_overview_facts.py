"""township overview facts stored per village at import

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 18:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Villages imported before this revision show facts worked out from their records until their
    next package stores them."""
    with op.batch_alter_table('enrolled_village', schema=None) as batch_op:
        batch_op.add_column(sa.Column('facts_json', sa.Text(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('enrolled_village', schema=None) as batch_op:
        batch_op.drop_column('facts_json')
