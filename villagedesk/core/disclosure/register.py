"""What the 村务公开 register declares to the shared machinery (see core/register.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from villagedesk.core import settings
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure.calendar import covers, due_date, parse_catalogue, periods_due_between
from villagedesk.core.disclosure.demo import fill_demo
from villagedesk.core.disclosure.photos import package_photos
from villagedesk.core.disclosure.status import due
from villagedesk.core.disclosure.township import ANSWERS_KEY
from villagedesk.core.disclosure.workflow import apply_township_answers, township_answers
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.posting import posting_end
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


# -- the township overview ----------------------------------------------------------------------------
def overview_facts(records: Records) -> dict[str, Any]:
    """Per village: the catalogue and settings in force, the periods each posted disclosure covers,
    the posting periods, and the escalated queries still waiting for the township."""
    stored = {r["key"]: r.get("value_json") for r in records.get("centre_setting", ())}
    catalogue = settings._decode(c.CATALOGUE, stored.get(c.CATALOGUE.key))
    posted = []
    board = []
    starts = [str(d["period_start"])[:10] for d in records.get("disclosure", ()) if not d.get("deleted")]
    for d in records.get("disclosure", ()):
        if d.get("deleted") or d.get("status") != "POSTED" or not d.get("posted_on"):
            continue
        posted.append([d["item"], str(d["period_start"]), str(d["period_end"])])
        end = posting_end(dt.date.fromisoformat(str(d["posted_on"])[:10]), int(d.get("posting_days") or 7))
        board.append(end.isoformat())
    escalated = [
        str(f["escalated_on"])[:10]
        for f in records.get("disclosure_feedback", ())
        if f.get("escalated_on") and not f.get("township_answer") and not f.get("deleted")
    ]
    return {
        "catalogue": catalogue,
        "posting_day": settings._decode(c.POSTING_DAY, stored.get(c.POSTING_DAY.key)),
        "quarterly": settings._decode(c.FINANCE_QUARTERLY, stored.get(c.FINANCE_QUARTERLY.key)),
        "posted": posted,
        "board": board,
        "escalated": escalated,
        "since": min(starts) if starts else "",
    }


_last_open: tuple[Any, dt.date | None, list[dt.date]] = (None, None, [])


def _open_periods(facts: Mapping[str, Any], today: dt.date) -> list[dt.date]:
    """Due dates, over the last year and this month, of periods with nothing posted (worked out once
    for the two columns that count them)."""
    global _last_open
    last_facts, last_today, dues = _last_open  # one tuple, read and written whole
    if last_facts is not facts or last_today != today:
        dues = _work_out_open_periods(facts, today)
        _last_open = (facts, today, dues)
    return dues


def _work_out_open_periods(facts: Mapping[str, Any], today: dt.date) -> list[dt.date]:
    spans_of: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for p in facts.get("posted", []):
        spans_of.setdefault(p[0], []).append(
            (dt.date.fromisoformat(p[1][:10]), dt.date.fromisoformat(p[2][:10]))
        )
    dues = []
    last = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    floor = today - dt.timedelta(days=366)
    since = max(dt.date.fromisoformat(facts["since"]), floor) if facts.get("since") else floor
    for entry in parse_catalogue(list(facts.get("catalogue", c.DEFAULT_CATALOGUE))):
        for kind in entry.kinds(bool(facts.get("quarterly"))):
            for start, end, day in periods_due_between(kind, since, last, int(facts.get("posting_day", 20))):
                if start < since:
                    continue
                if not covers(spans_of.get(entry.item, []), start, end):
                    dues.append(day)
    return dues


def _due_now(facts: Mapping[str, Any], today: dt.date) -> int:
    return sum(1 for d in _open_periods(facts, today) if d >= today)


def _overdue(facts: Mapping[str, Any], today: dt.date) -> int:
    return sum(1 for d in _open_periods(facts, today) if d < today)


def _posted(facts: Mapping[str, Any], today: dt.date) -> int:
    return sum(1 for end in facts.get("board", ()) if end >= today.isoformat())


def _escalated(facts: Mapping[str, Any], today: dt.date) -> int:
    return len(facts.get("escalated", ()))


OVERVIEW = Overview(
    overview_facts,
    (
        OverviewColumn("disclosures_due", QT_TRANSLATE_NOOP("core", "Disclosures due this month"), _due_now),
        OverviewColumn("disclosures_overdue", QT_TRANSLATE_NOOP("core", "Disclosures overdue"), _overdue),
        OverviewColumn("disclosures_posted", QT_TRANSLATE_NOOP("core", "Disclosures on the board"), _posted),
        OverviewColumn(
            "disclosure_queries", QT_TRANSLATE_NOOP("core", "Queries escalated to the township"), _escalated
        ),
    ),
)


def _apply_catalogue(session: Any, value: Any) -> None:
    settings.store_value(session, c.CATALOGUE, value)


def _current_catalogue(session: Any) -> Any:
    return settings.get(session, c.CATALOGUE)


def ad_hoc_due(event: dt.date, days: int = 7) -> dt.date:
    return due_date(m.PeriodKind.AD_HOC, event, ad_hoc_days=days)


REGISTER = Register(
    key="disclosure",
    title=c.REG,
    record_types=(
        RecordType(
            "disclosure",
            m.Disclosure,
            free_text=frozenset(
                {
                    "title",
                    "lead",
                    "content",
                    "table_json",
                    "opening_reason",
                    "correction_reason",
                    "returned_reason",
                }
            ),
        ),
        RecordType("disclosure_line", m.DisclosureLine, free_text=frozenset({"item", "opinion", "source"})),
        RecordType(
            "disclosure_feedback",
            m.DisclosureFeedback,
            sensitive=frozenset({"who"}),
            free_text=frozenset({"content", "answer", "township_answer"}),
        ),
    ),
    settings=c.SETTINGS,
    due=due,
    overview=OVERVIEW,
    demo=fill_demo,
    counts=(
        Count("disclosures", "disclosure", QT_TRANSLATE_NOOP("core", "disclosures")),
        Count("disclosure queries", "disclosure_feedback", QT_TRANSLATE_NOOP("core", "disclosure queries")),
    ),
    catalogues=(
        Catalogue(c.CATALOGUE.key, c.CATALOGUE.title, _apply_catalogue, _current_catalogue),
        Catalogue(
            ANSWERS_KEY,
            QT_TRANSLATE_NOOP("core", "Township answers to escalated queries"),
            apply_township_answers,
            township_answers,
        ),
    ),
    document_prefixes=("disclosure",),
    contributes={"package_photos": package_photos},  # read by the exchange: board photos travel
)
