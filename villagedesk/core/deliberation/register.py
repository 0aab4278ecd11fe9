"""What the 四议两公开 register declares to the shared machinery (see core/register.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.deliberation.config import MAJOR_MATTERS, PROCESS_LIMIT_DAYS, SETTINGS
from villagedesk.core.deliberation.demo import fill_demo
from villagedesk.core.deliberation.messages import REG
from villagedesk.core.deliberation.queries import stages_held
from villagedesk.core.deliberation.status import due
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.posting import posting_period
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


# -- the township overview: facts stored at import, figures worked out for the day shown -----------
def overview_facts(records: Records) -> dict[str, Any]:
    """Per matter still in progress: when it opened, how many of the four meetings passed, whether
    the resolution disclosure was posted; and the village's whole-process limit."""
    stored = {r["key"]: r.get("value_json") for r in records.get("centre_setting", ())}
    limit = settings._decode(PROCESS_LIMIT_DAYS, stored.get(PROCESS_LIMIT_DAYS.key))
    passed: dict[str, set[int]] = {}
    for meeting in records.get("meeting", ()):
        if meeting.get("result") == "PASSED" and not meeting.get("deleted"):
            stages = {s.value for s in stages_held(m.MeetingKind[meeting["kind"]])}
            passed.setdefault(meeting["matter_uuid"], set()).update(stages)
    posted = {
        n["matter_uuid"]
        for n in records.get("matter_disclosure", ())
        if n.get("kind") == "RESOLUTION" and n.get("posted_on") and not n.get("deleted")
    }
    open_matters = [
        [matter["opened_on"], len(passed.get(matter["uuid"], ())), matter["uuid"] in posted]
        for matter in records.get("matter", ())
        if matter.get("status") == "IN_PROGRESS" and not matter.get("deleted")
    ]
    return {"limit": limit, "open": open_matters}


def _states(facts: Mapping[str, Any], today: dt.date) -> dict[str, int]:
    limit = int(facts.get("limit", PROCESS_LIMIT_DAYS.default))
    stuck = overdue = missing = 0
    for opened_on, done, posted in facts.get("open", ()):
        age = (today - dt.date.fromisoformat(opened_on)).days
        if done >= 4 and not posted:
            missing += 1
        elif age > limit and not posted:
            overdue += 1
        elif done < 4:
            stuck += 1
    return {"stuck": stuck, "overdue": overdue, "missing": missing}


def _column(state: str) -> Any:
    return lambda facts, today: _states(facts, today)[state]


OVERVIEW = Overview(
    overview_facts,
    (
        OverviewColumn(
            "matters_waiting", QT_TRANSLATE_NOOP("core", "Matters between stages"), _column("stuck")
        ),
        OverviewColumn(
            "matters_overdue", QT_TRANSLATE_NOOP("core", "Matters past the limit"), _column("overdue")
        ),
        OverviewColumn(
            "disclosures_missing", QT_TRANSLATE_NOOP("core", "Resolutions not disclosed"), _column("missing")
        ),
    ),
)


# -- what the township may send back ---------------------------------------------------------------
def _apply_major_matters(session: Session, value: Any) -> None:
    settings.store_value(session, MAJOR_MATTERS, value)  # the township decided it; a clerk applies it


def _current_major_matters(session: Session) -> Any:
    return settings.get(session, MAJOR_MATTERS)


# -- what it offers the 村务公开 register ------------------------------------------------------------
def calendar_items(session: Session, year: int) -> list[dict[str, Any]]:
    """The matter disclosures of ``year`` for the 村务公开 calendar and archive (category 村务, ad hoc)."""
    items = []
    stmt = select(m.MatterNotice, m.Matter).join(m.Matter, m.Matter.id == m.MatterNotice.matter_id)
    stmt = stmt.where(
        m.MatterNotice.deleted.is_(False),
        m.MatterNotice.notice_date >= dt.date(year, 1, 1),
        m.MatterNotice.notice_date <= dt.date(year, 12, 31),
    )
    for notice, matter in session.execute(stmt):
        start, end = posting_period(notice.posting_date, notice.posting_days)
        items.append(
            {
                "register": "deliberation",
                "uuid": notice.uuid,
                "title": f"{matter.title}（{notice.kind.value}）",
                "category": "村务",
                "notice_date": notice.notice_date,
                "posted_on": notice.posted_on,
                "posting_from": start,
                "posting_to": end,
            }
        )
    return items


REGISTER = Register(
    key="deliberation",
    title=REG,
    record_types=(
        RecordType("matter", m.Matter, free_text=frozenset({"description", "origin_detail", "close_reason"})),
        RecordType(
            "meeting",
            m.Meeting,
            free_text=frozenset({"agenda", "discussion", "resolution", "absentees_json", "observers_json"}),
        ),
        RecordType("matter_disclosure", m.MatterNotice, free_text=frozenset({"content", "acceptance"})),
    ),
    settings=SETTINGS,
    due=due,
    overview=OVERVIEW,
    demo=fill_demo,
    counts=(Count("matters", "matter", QT_TRANSLATE_NOOP("core", "major matters")),),
    catalogues=(
        Catalogue(MAJOR_MATTERS.key, MAJOR_MATTERS.title, _apply_major_matters, _current_major_matters),
    ),
    contributes={"disclosure_calendar": calendar_items},
    document_prefixes=("resolution", "result", "book"),
)
