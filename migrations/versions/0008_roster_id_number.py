"""roster identity numbers, month-precision birth dates and the reveal permission

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 18:20:00.000000

"""

from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import villagedesk.db.base


# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: Union[str, Sequence[str], None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "birth_month_only",
                sa.Boolean(create_constraint=True, name="birth_month_only_bool"),
                nullable=False,
                server_default=sa.false(),
            )
        )
        batch_op.add_column(sa.Column("id_number", sa.String(length=18), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_person_id_number"), ["id_number"], unique=False)

    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "may_reveal",
                sa.Boolean(create_constraint=True, name="may_reveal_bool"),
                nullable=False,
                server_default=sa.false(),
            )
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_app_user_may_reveal_bool"), type_="check")
        batch_op.drop_column("may_reveal")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_id_number"))
        batch_op.drop_column("id_number")
        batch_op.drop_constraint(batch_op.f("ck_person_birth_month_only_bool"), type_="check")
        batch_op.drop_column("birth_month_only")
