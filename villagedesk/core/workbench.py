"""What is due: each register contributes items to the home page (工作台) through a provider."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DueItem:
    register: str  # translatable register title
    text: str  # translatable template
    params: dict[str, object]
    urgent: bool = False
    page: str = ""  # page key to open


DueProvider = Callable[[Session, dt.date], list[DueItem]]
DUE_PROVIDERS: list[DueProvider] = []


def due_provider(fn: DueProvider) -> DueProvider:
    DUE_PROVIDERS.append(fn)
    return fn


def due_items(session: Session, today: dt.date | None = None) -> list[DueItem]:
    today = today or dt.date.today()
    items: list[DueItem] = []
    for provider in DUE_PROVIDERS:
        items.extend(provider(session, today))
    return sorted(items, key=lambda i: not i.urgent)


REG_ROSTER = QT_TRANSLATE_NOOP("core", "Roster")


@due_provider
def _roster_due(session: Session, today: dt.date) -> list[DueItem]:
    from villagedesk.core import roster
    from villagedesk.db.models import Body

    items = []
    for person in roster.members_on(session, Body.PARTY_PROBATIONARY, today):
        current = [m for m in person.memberships if m.active_on(today) and m.body is Body.PARTY_PROBATIONARY]
        if current and (today - current[0].start_date).days >= 365:
            items.append(
                DueItem(
                    REG_ROSTER,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}'s probationary year ended on {day}: record the decision on full membership",
                    ),
                    {"name": person.name, "day": roster._add_years(current[0].start_date, 1).isoformat()},
                    True,
                    "roster",
                )
            )
    supervisors = roster.count_on(session, Body.SUPERVISION, today)
    if supervisors < 3:
        items.append(
            DueItem(
                REG_ROSTER,
                QT_TRANSLATE_NOOP(
                    "core",
                    "the supervision committee has {count} members on the roster; it needs 3 to 5 to review notices",
                ),
                {"count": supervisors},
                True,
                "roster",
            )
        )
    return items


@due_provider
def _deliberation_due(session: Session, today: dt.date) -> list[DueItem]:
    from villagedesk.core import deliberation

    return deliberation.due(session, today)
