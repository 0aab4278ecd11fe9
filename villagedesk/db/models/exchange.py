"""The USB exchange: the village's export log, and the township store (same migrations, any backend)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, UTCDateTime


class ExchangeState(Base):
    """The village's one row of exchange state: the change counter every write of a travelling
    record takes its next number from, and what the newest acknowledgement said the township has.

    ``counter`` only goes up (a restore or a new PC lifts it to the township's high-water mark);
    ``high_water`` is the township's mark: the next package carries every record numbered above it.
    ``chain_sequence``/``chain_hash`` are the last package the township holds, so the chain goes on
    from there even when this database was restored from before it.
    """

    __tablename__ = "exchange_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    high_water: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ack_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ack_serial: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    chain_sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    chain_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class ExportLog(Base):
    """One row per package written and verified at the village; acknowledged when the township's
    signed acknowledgement comes back. A package made on a state the township never had (after a
    restore) is kept in the log but marked void once the township's acknowledgement shows it; its
    number is used again by the package that continues the township's chain."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    package_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    records: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    counter_after: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    counter_upto: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    void: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="el_void_bool"), nullable=False, default=False
    )


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
    high_water: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # highest change received
    acks_written: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # orders the acks
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
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)  # keyed: see township.digest
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    change_counter: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


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
    decision: Mapped[str] = mapped_column(String(10), nullable=False, default="")  # keep / take
    decided_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


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


class TownshipNotice(Base):
    """A posted notice's PDF as a village sent it, kept at the township to be opened later."""

    __tablename__ = "township_notice"
    __table_args__ = (
        UniqueConstraint("village_code", "notice_uuid", "sha256", name="uq_township_notice_village_notice"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    notice_uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class TownshipPhoto(Base):
    """A photo of a posted notice on the village's board (JPEG, at most 500 kB), kept beside its PDF."""

    __tablename__ = "township_photo"
    __table_args__ = (
        UniqueConstraint("village_code", "record_uuid", "sha256", name="uq_township_photo_village_record"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    package_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class VillageKeyChange(Base):
    """A village re-enrolled with a new signing key after its key was lost: the old and the new
    fingerprint, that the new one was read out by phone, who did it and why. Packages signed with
    the old key are refused from then on."""

    __tablename__ = "village_key_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    old_public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    old_fingerprint: Mapped[str] = mapped_column(String(60), nullable=False)
    new_public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    new_fingerprint: Mapped[str] = mapped_column(String(60), nullable=False)
    changed_by: Mapped[str] = mapped_column(String(80), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
