"""What the home page shows for the 十有 register, and its settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.microservices import messages as msg
from villagedesk.core.microservices.catalogue import items
from villagedesk.core.settings import SettingDef
from villagedesk.db.models import Equipment, ServiceItem, ServiceState

CHECK_INTERVAL_DAYS = SettingDef(
    "services_check_interval_days",
    int,
    30,
    QT_TRANSLATE_NOOP("core", "Check each service at least every (days)"),
    minimum=7,
    maximum=365,
)
EXPIRY_WARNING_DAYS = SettingDef(
    "services_expiry_warning_days",
    int,
    30,
    QT_TRANSLATE_NOOP("core", "Warn of equipment expiring within (days)"),
    minimum=1,
    maximum=180,
)
SETTINGS: tuple[SettingDef[Any], ...] = (CHECK_INTERVAL_DAYS, EXPIRY_WARNING_DAYS)
PAGE = "microservices"


def due(session: Session, today: dt.date) -> list[Any]:
    from villagedesk.core.workbench import DueItem

    interval = settings.get(session, CHECK_INTERVAL_DAYS)
    warning = settings.get(session, EXPIRY_WARNING_DAYS)
    out: list[DueItem] = []
    for item in items(session):
        if item.state is ServiceState.UNAVAILABLE:
            day = item.checked_on.isoformat() if item.checked_on else ""
            out.append(DueItem(msg.REG, msg.D_UNAVAILABLE, {"name": item.name, "day": day}, True, PAGE))
        elif item.checked_on is None:
            out.append(DueItem(msg.REG, msg.D_NEVER_CHECKED, {"name": item.name}, False, PAGE))
        elif (today - item.checked_on).days > interval:
            days = (today - item.checked_on).days
            out.append(DueItem(msg.REG, msg.D_NOT_CHECKED, {"name": item.name, "days": days}, False, PAGE))
    stmt = (
        select(Equipment, ServiceItem.name)
        .join(ServiceItem, ServiceItem.id == Equipment.item_id)
        .where(
            Equipment.deleted.is_(False),
            Equipment.quantity > 0,
            ServiceItem.retired_on.is_(None),
            Equipment.expires_on <= today + dt.timedelta(days=warning),
        )
        .order_by(Equipment.expires_on)
    )
    for kit, name in session.execute(stmt).tuples():
        assert kit.expires_on is not None
        expired = kit.expires_on < today
        params: dict[str, object] = {
            "equipment": kit.name,
            "name": name,
            "quantity": f"{kit.quantity}{kit.unit}",
            "day": kit.expires_on.isoformat(),
        }
        out.append(DueItem(msg.REG, msg.D_EXPIRED if expired else msg.D_EXPIRING, params, expired, PAGE))
    return out
