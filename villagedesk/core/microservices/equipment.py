"""Equipment and consumables of a service (medicine kits, test strips) and their stock movements."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError, ValidationError
from villagedesk.core.microservices import messages as msg
from villagedesk.core.microservices.catalogue import get_item
from villagedesk.core.users import Action, require
from villagedesk.db.models import Equipment, StockMovement

MAX_QUANTITY = 100_000  # more than any centre stocks; a larger figure is a typo


@dataclass
class EquipmentInput:
    item_id: int
    name: str
    unit: str = ""
    quantity: int = 0
    purchased_on: dt.date | None = None
    expires_on: dt.date | None = None


def validate_equipment(data: EquipmentInput) -> EquipmentInput:
    errors = Collector()
    name, unit = " ".join(data.name.split()), data.unit.strip()
    check_text(name, msg.F_EQUIPMENT, errors, 60)
    check_text(unit, msg.F_QUANTITY, errors, 10, required=False)
    if not isinstance(data.quantity, int) or not 0 <= data.quantity <= MAX_QUANTITY:
        errors.add(msg.F_QUANTITY, msg.R_QUANTITY, max=MAX_QUANTITY, value=data.quantity)
    if data.purchased_on and data.expires_on and data.expires_on < data.purchased_on:
        errors.add(
            msg.F_EXPIRES,
            msg.R_EXPIRY_BEFORE,
            expires=data.expires_on.isoformat(),
            purchased=data.purchased_on.isoformat(),
        )
    errors.raise_if_any()
    return EquipmentInput(data.item_id, name, unit, data.quantity, data.purchased_on, data.expires_on)


def add_equipment(session: Session, data: EquipmentInput) -> Equipment:
    require(session, Action.EDIT_RECORDS)
    data = validate_equipment(data)
    item = get_item(session, data.item_id)
    if item.retired_on is not None:
        raise ValidationError.single(
            msg.F_SERVICE, msg.R_RETIRED_ITEM, name=item.name, retired=item.retired_on
        )
    kit = Equipment(
        item_id=item.id,
        name=data.name,
        unit=data.unit,
        quantity=data.quantity,
        purchased_on=data.purchased_on,
        expires_on=data.expires_on,
    )
    session.add(kit)
    session.flush()
    return kit


def get_equipment(session: Session, equipment_id: int) -> Equipment:
    kit = session.get(Equipment, equipment_id)
    if kit is None or kit.deleted:
        raise NotFoundError(f"equipment {equipment_id}")
    return kit


def move_stock(session: Session, equipment_id: int, change: int, day: dt.date, note: str = "") -> Equipment:
    """Used (change < 0) or restocked (change > 0); refused when it would go below zero."""
    require(session, Action.EDIT_RECORDS)
    kit = get_equipment(session, equipment_id)
    errors = Collector()
    note = note.strip()
    check_text(note, msg.F_NOTE, errors, 60, required=False)
    if not isinstance(change, int) or change == 0:
        errors.add(msg.F_CHANGE, msg.R_ZERO_CHANGE)
    elif kit.quantity + change < 0:
        errors.add(msg.F_CHANGE, msg.R_BELOW_ZERO, used=-change, name=kit.name, left=kit.quantity)
    elif kit.quantity + change > MAX_QUANTITY:
        errors.add(msg.F_CHANGE, msg.R_QUANTITY, max=MAX_QUANTITY, value=kit.quantity + change)
    errors.raise_if_any()
    kit.quantity += change
    session.add(StockMovement(equipment_id=kit.id, day=day, change=change, note=note))
    session.flush()
    return kit


def equipment_of(session: Session, item_id: int | None = None) -> list[Equipment]:
    stmt = select(Equipment).where(Equipment.deleted.is_(False))
    if item_id is not None:
        stmt = stmt.where(Equipment.item_id == item_id)
    return list(
        session.scalars(stmt.order_by(Equipment.expires_on.is_(None), Equipment.expires_on, Equipment.id))
    )


def movements(session: Session, equipment_id: int) -> list[StockMovement]:
    stmt = select(StockMovement).where(
        StockMovement.equipment_id == equipment_id, StockMovement.deleted.is_(False)
    )
    return list(session.scalars(stmt.order_by(StockMovement.day, StockMovement.id)))
