"""anchored audit chain: each entry keeps its payload hash; the township keeps anchors per village

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27 21:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from villagedesk.db.base import UTCDateTime


# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Existing entries keep their hashes (chain version 1, no payload hash); new ones are written
    in version 2. Nothing is rehashed, so a history is never rewritten by an upgrade."""
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload_hash', sa.String(length=64), nullable=True))
    op.create_table(
        'audit_anchor',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('village_code', sa.String(length=12), nullable=False),
        sa.Column('package_sequence', sa.Integer(), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.Column('head_hash', sa.String(length=64), nullable=False),
        sa.Column('restored', sa.Boolean(create_constraint=True, name='aa_restored_bool'), nullable=False),
        sa.Column('pin_resets', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('received_at', UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchor')),
        sa.UniqueConstraint('village_code', 'package_sequence', name='uq_audit_anchor_package'),
    )
    with op.batch_alter_table('audit_anchor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_anchor_village_code'), ['village_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_anchor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_anchor_village_code'))
    op.drop_table('audit_anchor')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('payload_hash')
