"""Append-only audit log; each entry carries the hash of the one before it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(80), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # insert / update / delete
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    changes: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON {field: [old, new]}
    reason: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # chain version 2: the hash of this entry's payload; empty on entries written before it
    payload_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
