"""microservices: a closure may be a public holiday the township sent with its service catalogue

Revision ID: 0019
Revises: 0017
Create Date: 2026-11-28 01:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0019'
down_revision: Union[str, Sequence[str], None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('service_closure', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'from_township',
                sa.Boolean(create_constraint=True, name='closure_from_township_bool'),
                server_default=sa.false(),
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table('service_closure', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_service_closure_closure_from_township_bool'), type_='check')
        batch_op.drop_column('from_township')
