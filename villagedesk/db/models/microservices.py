"""十有: the centre's service items, their hours, equipment, usage log and inspections (自查)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, enum_column
from villagedesk.db.models import roster as _roster  # noqa: F401  (declares person, which this refers to)


class ServiceState(enum.Enum):
    AVAILABLE = "正常"
    PARTLY = "部分可用"
    UNAVAILABLE = "暂不可用"


class ClosureKind(enum.Enum):
    HOLIDAY = "节假日"
    CLOSURE = "临时停开"


class ServiceItem(TravelMixin, Base):
    """One of the centre's services. ``code`` is the key the township matches on: its own codes for
    the items of its catalogue, ``V-<n>`` for items the village adds. Usage refers to the row, so a
    renamed item keeps its history; a retired item stays for the history and takes no new usage."""

    __tablename__ = "service_item"

    code: Mapped[str] = mapped_column(String(20), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    state: Mapped[ServiceState] = mapped_column(
        enum_column(ServiceState, "service_state"), nullable=False, default=ServiceState.AVAILABLE
    )
    checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    location: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")  # public: prints in full
    partner: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    hours_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    former_names: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    retired_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ServiceClosure(TravelMixin, Base):
    """An exception to the weekly hours: a holiday or a closure, for one item or (item empty) all."""

    __tablename__ = "service_closure"

    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_item.id"), nullable=True)
    kind: Mapped[ClosureKind] = mapped_column(enum_column(ClosureKind, "closure_kind"), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    # a public holiday the township sent with its catalogue: its decision, not the clerk's to remove
    from_township: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="closure_from_township_bool"),
        nullable=False,
        default=False,
        server_default=false(),
    )


class Equipment(TravelMixin, Base):
    __tablename__ = "service_equipment"

    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    unit: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    purchased_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class StockMovement(TravelMixin, Base):
    """Used (negative) or restocked (positive); the quantity never goes below zero."""

    __tablename__ = "stock_movement"

    equipment_id: Mapped[int] = mapped_column(ForeignKey("service_equipment.id"), nullable=False)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    change: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str] = mapped_column(String(60), nullable=False, default="")


class UsageEntry(TravelMixin, Base):
    """One line of the usage log. A mistake is never edited away: a reversal (``corrects_id`` set,
    people negated) with a reason cancels it, and a new line says what was right."""

    __tablename__ = "usage_entry"
    # The log is read newest first without tombstones: counted and paged from this index alone.
    __table_args__ = (Index("ix_usage_entry_deleted_day_id", "deleted", "day", "id"),)

    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), nullable=False, index=True)
    people: Mapped[int] = mapped_column(Integer, nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # indexed: each line of the log asks whether a reversal points at it
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("usage_entry.id"), nullable=True, index=True)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Inspection(TravelMixin, Base):
    __tablename__ = "service_inspection"

    day: Mapped[dt.date] = mapped_column(Date, nullable=False)
    inspector: Mapped[str] = mapped_column(String(40), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class InspectionFinding(TravelMixin, Base):
    __tablename__ = "inspection_finding"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("service_inspection.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), nullable=False)
    state: Mapped[ServiceState] = mapped_column(enum_column(ServiceState, "finding_state"), nullable=False)
    finding: Mapped[str] = mapped_column(String(400), nullable=False, default="")


class InspectionPhoto(TravelMixin, Base):
    """A photo kept by content under the attachments folder, named by its SHA-256."""

    __tablename__ = "inspection_photo"

    inspection_id: Mapped[int] = mapped_column(ForeignKey("service_inspection.id"), nullable=False)
    file: Mapped[str] = mapped_column(String(80), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
