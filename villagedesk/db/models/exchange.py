"""The USB exchange: the village's export log, and the township store (same migrations, any backend)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, UTCDateTime


class ExportLog(Base):
    """One row per package written and verified at the village; acknowledged when the township's
    signed acknowledgement comes back."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    package_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    records: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class TownshipInfo(Base):
    __tablename__ = "township_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    code: Mapped[str] = mapped_column(String(9), nullable=False)
    x25519_private: Mapped[str] = mapped_column(Text, nullable=False)  # the township PC only
    ed25519_private: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    catalogues_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class EnrolledVillage(Base):
    __tablename__ = "enrolled_village"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(60), nullable=False)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    last_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    last_received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # {part key: facts} worked out from the village's records at import (township overview)
    facts_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}", server_default="{}")


class ReceivedPackage(Base):
    __tablename__ = "received_package"
    __table_args__ = (
        UniqueConstraint("village_code", "sequence", name="uq_received_package_village_sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    package_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    period_from: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    period_to: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    summary_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class TownshipRecord(Base):
    """A village's record as the township holds it: readable fields as JSON, sensitive ones sealed."""

    __tablename__ = "township_record"
    __table_args__ = (
        UniqueConstraint("village_code", "uuid", name="uq_township_record_village_uuid"),
        Index("ix_township_record_village_type", "village_code", "record_type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    deleted: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="tr_deleted_bool"), nullable=False, default=False
    )
    data_json: Mapped[str] = mapped_column(Text, nullable=False)
    sealed: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)


class ImportConflict(Base):
    __tablename__ = "import_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    stored_version: Mapped[int] = mapped_column(Integer, nullable=False)
    incoming_version: Mapped[int] = mapped_column(Integer, nullable=False)
    incoming_json: Mapped[str] = mapped_column(Text, nullable=False)
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    resolved: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="ic_resolved_bool"), nullable=False, default=False
    )


class RefusedPackage(Base):
    """A package the township refused: what it was and why. Logged apart from the records, which a
    refusal never changes; a refused later package tells the overview which numbers are missing."""

    __tablename__ = "refused_package"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str] = mapped_column(String(40), nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False)
    refused_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
