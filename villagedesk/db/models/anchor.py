"""The township's anchors of each village's audit history: one row per package received."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, UTCDateTime


class AuditAnchor(Base):
    """What a village's package said its audit history was (entry count and head hash), once the
    township checked that it extends the history anchored before. ``restored``: the history
    carried a restore that started again from one of these anchors; ``pin_resets``: how many
    administrator PIN resets the new entries hold (both shown in the overview)."""

    __tablename__ = "audit_anchor"
    __table_args__ = (UniqueConstraint("village_code", "package_sequence", name="uq_audit_anchor_package"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    entries: Mapped[int] = mapped_column(Integer, nullable=False)
    head_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    restored: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="aa_restored_bool"), nullable=False, default=False
    )
    pin_resets: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")  # restores and resets, in words
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
