"""What the 十有 register declares to the shared machinery (see core/register.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.microservices import catalogue
from villagedesk.core.microservices.demo import fill_demo
from villagedesk.core.microservices.messages import REG
from villagedesk.core.microservices.status import SETTINGS, due
from villagedesk.core.register import (
    Catalogue,
    Count,
    Overview,
    OverviewColumn,
    Records,
    RecordType,
    Register,
)
from villagedesk.db import models as m


def latest_complete_month(day: dt.date) -> tuple[int, int]:
    first = day.replace(day=1) - dt.timedelta(days=1)
    return first.year, first.month


# -- the township overview --------------------------------------------------------------------------
def overview_facts(records: Records) -> dict[str, Any]:
    """Services not available now, and the people served per month (so any day's latest complete
    month can be shown without the records)."""
    current = [r for r in records.get("service_item", ()) if not r.get("deleted") and not r.get("retired_on")]
    unavailable = sorted(r["name"] for r in current if r.get("state") == "UNAVAILABLE")
    per_month: dict[str, int] = {}
    for entry in records.get("usage_entry", ()):
        if not entry.get("deleted"):
            month = str(entry["day"])[:7]
            per_month[month] = per_month.get(month, 0) + int(entry["people"])
    return {"unavailable": unavailable, "people": per_month}


def _unavailable(facts: Mapping[str, Any], today: dt.date) -> int:
    return len(facts.get("unavailable", ()))


def _month_usage(facts: Mapping[str, Any], today: dt.date) -> int:
    year, month = latest_complete_month(today)
    return int(facts.get("people", {}).get(f"{year:04d}-{month:02d}", 0))


OVERVIEW = Overview(
    overview_facts,
    (
        OverviewColumn(
            "services_unavailable",
            QT_TRANSLATE_NOOP("core", "Services not available"),
            _unavailable,
            detail=lambda facts, today: "、".join(facts.get("unavailable", ())),
        ),
        OverviewColumn(
            "services_last_month", QT_TRANSLATE_NOOP("core", "People served last month"), _month_usage
        ),
    ),
)


def _apply_catalogue(session: Session, value: Any) -> None:
    catalogue.apply_catalogue(session, value)


def _current_catalogue(session: Session) -> Any:
    return catalogue.current_catalogue(session)


REGISTER = Register(
    key="microservices",
    title=REG,
    record_types=(
        RecordType("service_item", m.ServiceItem),
        RecordType("service_closure", m.ServiceClosure),
        RecordType("service_equipment", m.Equipment),
        RecordType("stock_movement", m.StockMovement, free_text=frozenset({"note"})),
        RecordType("usage_entry", m.UsageEntry, free_text=frozenset({"outcome", "reason"})),
        RecordType("service_inspection", m.Inspection, free_text=frozenset({"note"})),
        RecordType("inspection_finding", m.InspectionFinding, free_text=frozenset({"finding"})),
        RecordType("inspection_photo", m.InspectionPhoto),
    ),
    settings=SETTINGS,
    due=due,
    overview=OVERVIEW,
    demo=fill_demo,
    counts=(Count("usage_lines", "usage_entry", QT_TRANSLATE_NOOP("core", "service usage lines")),),
    catalogues=(
        Catalogue(
            "services",
            QT_TRANSLATE_NOOP("core", "Service catalogue (十有)"),
            _apply_catalogue,
            _current_catalogue,
        ),
    ),
    document_prefixes=("guide", "servicestats", "servicestatsyears"),
)
