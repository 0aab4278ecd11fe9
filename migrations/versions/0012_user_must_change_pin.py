"""a user whose PIN an administrator reset must choose a new one at the next sign-in

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 19:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Existing users keep their PINs; one shorter than the policy is caught at sign-in, not here."""
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'must_change_pin',
                sa.Boolean(create_constraint=True, name='must_change_pin_bool'),
                nullable=False,
                server_default=sa.false(),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_app_user_must_change_pin_bool'), type_='check')
        batch_op.drop_column('must_change_pin')
