"""meeting quorum details: households at a villagers' assembly, branch committee votes at a joint meeting

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

COLUMNS = (
    'households_total',
    'households_represented',
    'committee_should_attend',
    'committee_present',
    'committee_yes',
    'committee_no',
    'committee_abstain',
)


def upgrade() -> None:
    """Meetings recorded before this revision keep their stored results; their new counts are 0
    (not recorded apart)."""
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
