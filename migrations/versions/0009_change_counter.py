"""change counter, acknowledged high-water mark, conflict decisions, kept notice PDFs

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 10:00:00

Every travelling table gets a change_counter; existing rows are numbered once (table by table,
in id order) and the village's counter starts after them, so the first package after this
migration carries everything once (the township treats what it already has as unchanged).
"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import villagedesk.db.base

revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TRAVEL_TABLES = (
    "centre_profile",
    "centre_setting",
    "person",
    "membership",
    "general_notice",
    "review_signature",
    "matter",
    "meeting",
    "matter_disclosure",
)


def upgrade() -> None:
    conn = op.get_bind()
    offset = 0
    for table in TRAVEL_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("change_counter", sa.Integer(), nullable=False, server_default="0"))
            batch_op.create_index(batch_op.f(f"ix_{table}_change_counter"), ["change_counter"], unique=False)
        highest = conn.execute(sa.text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar() or 0
        conn.execute(sa.text(f"UPDATE {table} SET change_counter = id + :offset"), {"offset": offset})
        offset += int(highest)

    state = op.create_table(
        "exchange_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("high_water", sa.Integer(), nullable=False),
        sa.Column("ack_sequence", sa.Integer(), nullable=False),
        sa.Column("ack_serial", sa.Integer(), nullable=False),
        sa.Column("chain_sequence", sa.Integer(), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_state")),
    )
    # The township's chain head as this village knows it: its newest acknowledged package.
    acked = conn.execute(
        sa.text(
            "SELECT sequence, package_hash FROM export_log WHERE acknowledged_at IS NOT NULL "
            "ORDER BY sequence DESC LIMIT 1"
        )
    ).first()
    op.bulk_insert(
        state,
        [
            {
                "id": 1,
                "counter": offset,
                "high_water": 0,
                "ack_sequence": int(acked[0]) if acked else 0,
                "ack_serial": 0,
                "chain_sequence": int(acked[0]) if acked else 0,
                "chain_hash": str(acked[1]) if acked else "",
            }
        ],
    )

    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counter_after", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("counter_upto", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column(
                "void",
                sa.Boolean(create_constraint=True, name="el_void_bool"),
                nullable=False,
                server_default=sa.false(),
            )
        )
        batch_op.drop_constraint(batch_op.f("uq_export_log_sequence"), type_="unique")
        batch_op.create_index(batch_op.f("ix_export_log_sequence"), ["sequence"], unique=False)

    with op.batch_alter_table("enrolled_village", schema=None) as batch_op:
        batch_op.add_column(sa.Column("high_water", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("acks_written", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("township_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_counter", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("import_conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decision", sa.String(length=10), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("decided_by", sa.String(length=80), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("decided_at", villagedesk.db.base.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("decision_reason", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "township_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=False),
        sa.Column("notice_uuid", sa.String(length=36), nullable=False),
        sa.Column("package_sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", villagedesk.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_township_notice")),
        sa.UniqueConstraint(
            "village_code", "notice_uuid", "sha256", name="uq_township_notice_village_notice"
        ),
    )
    with op.batch_alter_table("township_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_township_notice_village_code"), ["village_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("township_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_township_notice_village_code"))
    op.drop_table("township_notice")
    with op.batch_alter_table("import_conflict", schema=None) as batch_op:
        batch_op.drop_column("decision_reason")
        batch_op.drop_column("decided_at")
        batch_op.drop_column("decided_by")
        batch_op.drop_column("decision")
    with op.batch_alter_table("township_record", schema=None) as batch_op:
        batch_op.drop_column("change_counter")
    with op.batch_alter_table("enrolled_village", schema=None) as batch_op:
        batch_op.drop_column("acks_written")
        batch_op.drop_column("high_water")
    # A void package's number may have been used again: keep the newest row of each number.
    op.execute("DELETE FROM export_log WHERE id NOT IN (SELECT MAX(id) FROM export_log GROUP BY sequence)")
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_log_sequence"))
        batch_op.create_unique_constraint(batch_op.f("uq_export_log_sequence"), ["sequence"])
        if op.get_context().dialect.name == "sqlite":  # only the batch rebuild made the CHECK
            batch_op.drop_constraint("el_void_bool", type_="check")
        batch_op.drop_column("void")
        batch_op.drop_column("counter_upto")
        batch_op.drop_column("counter_after")
    op.drop_table("exchange_state")
    for table in reversed(TRAVEL_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_change_counter"))
            batch_op.drop_column("change_counter")
