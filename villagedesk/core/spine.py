"""The desk's spine, declared like a register but not one: the centre profile, its settings, the
people roster, users and review signatures — what every register stands on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.register import Count, Overview, OverviewColumn, Part, Records, RecordType
from villagedesk.core.settings import SPINE_SETTINGS
from villagedesk.core.workbench import DueItem
from villagedesk.db import models as m

REG_ROSTER = QT_TRANSLATE_NOOP("core", "Roster")
D_PROBATION = QT_TRANSLATE_NOOP(
    "core", "{name}'s probationary year ended on {day}: record the decision on full membership"
)
D_SUPERVISORS = QT_TRANSLATE_NOOP(
    "core", "the supervision committee has {count} members on the roster; it needs 3 to 5 to review notices"
)


def roster_due(session: Session, today: dt.date) -> list[DueItem]:
    from villagedesk.core import roster

    items = []
    for person in roster.members_on(session, m.Body.PARTY_PROBATIONARY, today):
        current = [
            ms for ms in person.memberships if ms.active_on(today) and ms.body is m.Body.PARTY_PROBATIONARY
        ]
        if current and (today - current[0].start_date).days >= 365:
            day = roster._add_years(current[0].start_date, 1).isoformat()
            items.append(DueItem(REG_ROSTER, D_PROBATION, {"name": person.name, "day": day}, True, "roster"))
    supervisors = roster.count_on(session, m.Body.SUPERVISION, today)
    if supervisors < 3:
        items.append(DueItem(REG_ROSTER, D_SUPERVISORS, {"count": supervisors}, True, "roster"))
    return items


def _facts(records: Records) -> dict[str, Any]:
    return {"people": sum(1 for p in records.get("person", ()) if not p.get("deleted"))}


def _people(facts: Mapping[str, Any], today: dt.date) -> int:
    return int(facts.get("people", 0))


SPINE = Part(
    key="spine",
    title=QT_TRANSLATE_NOOP("core", "Centre"),
    record_types=(
        RecordType("centre_profile", m.CentreProfile),
        RecordType("centre_setting", m.CentreSetting),
        RecordType("person", m.Person, sensitive=frozenset({"phone", "notes", "birth_date", "id_number"})),
        RecordType("membership", m.Membership),
        RecordType("review_signature", m.ReviewSignature, free_text=frozenset({"opinion"})),
    ),
    settings=SPINE_SETTINGS,
    due=roster_due,
    overview=Overview(
        _facts, (OverviewColumn("people", QT_TRANSLATE_NOOP("core", "People on the roster"), _people),)
    ),
    counts=(
        Count("people", "person", QT_TRANSLATE_NOOP("core", "people")),
        Count("memberships", "membership", QT_TRANSLATE_NOOP("core", "memberships")),
        Count("audit entries", "audit_entry", QT_TRANSLATE_NOOP("core", "history entries"), tombstoned=False),
    ),
)
