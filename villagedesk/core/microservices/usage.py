"""The usage log: one line per service given, quick to enter; corrected by reversal with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError
from villagedesk.core.microservices import messages as msg
from villagedesk.core.users import Action, require
from villagedesk.db.models import Person, ServiceItem, UsageEntry

# One line records one sitting of one service. The biggest ordinary sitting is a 文体场地 event of a
# few hundred people; more than 500 on one line is taken for a typo (an extra 0) and refused; a
# real crowd that size is entered over several lines.
MAX_PEOPLE = 500


@dataclass
class UsageInput:
    day: dt.date
    item_id: int
    people: int
    person_id: int | None = None
    outcome: str = ""


def usage_errors(data: UsageInput, item: ServiceItem | None, today: dt.date | None, errors: Collector) -> str:
    """The rules of one line, given its service (looked up by the caller); returns the clean outcome."""
    outcome = " ".join(data.outcome.split())
    check_text(outcome, msg.F_OUTCOME, errors, 200, required=False)
    if (
        not isinstance(data.people, int)
        or isinstance(data.people, bool)
        or not 1 <= data.people <= MAX_PEOPLE
    ):
        errors.add(msg.F_PEOPLE, msg.R_PEOPLE, max=MAX_PEOPLE, value=data.people)
    if today is not None and data.day > today:
        errors.add(msg.F_DATE, msg.R_FUTURE, day=data.day.isoformat())
    if item is None or item.deleted:
        errors.add(msg.F_SERVICE, msg.R_REQUIRED)
    elif item.retired_on is not None and data.day > item.retired_on:
        errors.add(
            msg.F_DATE,
            msg.R_RETIRED,
            name=item.name,
            retired=item.retired_on.isoformat(),
            day=data.day.isoformat(),
        )
    return outcome


def check_usage(session: Session, data: UsageInput, today: dt.date | None = None) -> UsageInput:
    errors = Collector()
    item = session.get(ServiceItem, data.item_id) if data.item_id is not None else None
    outcome = usage_errors(data, item, today, errors)
    if data.person_id is not None:
        person = session.get(Person, data.person_id)
        if person is None or person.deleted:
            errors.add(msg.F_RESIDENT, msg.R_NOT_FOUND)
    errors.raise_if_any()
    return UsageInput(data.day, data.item_id, data.people, data.person_id, outcome)


def add_usage(session: Session, data: UsageInput, today: dt.date | None = None) -> UsageEntry:
    require(session, Action.EDIT_RECORDS)
    data = check_usage(session, data, today)
    entry = UsageEntry(
        day=data.day, item_id=data.item_id, people=data.people, person_id=data.person_id, outcome=data.outcome
    )
    session.add(entry)
    session.flush()
    return entry


def correct_usage(
    session: Session,
    entry_id: int,
    reason: str,
    replacement: UsageInput | None = None,
    today: dt.date | None = None,
) -> tuple[UsageEntry, UsageEntry | None]:
    """Cancel a mistaken line by a reversal carrying the reason; optionally enter what was right."""
    require(session, Action.EDIT_RECORDS)
    entry = session.get(UsageEntry, entry_id)
    if entry is None or entry.deleted:
        raise NotFoundError(f"usage entry {entry_id}")
    errors = Collector()
    reason = " ".join(reason.split())
    check_text(reason, msg.F_REASON, errors, 200)
    if entry.corrects_id is not None:
        errors.add(msg.F_ENTRY, msg.R_IS_REVERSAL)
    done = session.scalars(select(UsageEntry).where(UsageEntry.corrects_id == entry.id)).first()
    if done is not None:
        errors.add(msg.F_ENTRY, msg.R_ALREADY_CORRECTED, day=done.created_at.date().isoformat())
    errors.raise_if_any()
    if replacement is not None:
        check_usage(session, replacement, today)  # refuse before anything is written
    reversal = UsageEntry(
        day=entry.day,
        item_id=entry.item_id,
        people=-entry.people,
        person_id=entry.person_id,
        outcome=entry.outcome,
        corrects_id=entry.id,
        reason=reason,
    )
    session.add(reversal)
    session.flush()
    new = add_usage(session, replacement, today) if replacement is not None else None
    return reversal, new


# -- the log as a list: counted and paged in SQL (the desk shows 100,000 lines without loading them) --
@dataclass(frozen=True)
class UsageQuery:
    text: str = ""  # service name, outcome or resident name
    item_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class UsageRow:
    id: int
    day: dt.date
    service: str
    people: int
    resident: str
    outcome: str
    reversal: bool
    corrected: bool
    reason: str


# More matching residents than this and the filter asks the person table inside the query instead
# of passing their ids (a parameter list stays short on SQLite and PostgreSQL alike).
MAX_LISTED_PEOPLE = 500


def _filtered(session: Session, stmt: Select, query: UsageQuery) -> Select:  # type: ignore[type-arg]
    """The query's conditions. A text is looked up first in the two small tables (services, people),
    so the log itself is searched with plain id lists and one substring test on the outcome; a
    service or resident that matches nothing adds no condition at all."""
    stmt = stmt.where(UsageEntry.deleted.is_(False))
    if query.item_id is not None:
        stmt = stmt.where(UsageEntry.item_id == query.item_id)
    if query.start is not None:
        stmt = stmt.where(UsageEntry.day >= query.start)
    if query.end is not None:
        stmt = stmt.where(UsageEntry.day <= query.end)
    text = query.text.strip()
    if text:
        services = list(
            session.scalars(select(ServiceItem.id).where(ServiceItem.name.contains(text, autoescape=True)))
        )
        named = select(Person.id).where(Person.name.contains(text, autoescape=True))
        people = list(session.scalars(named.limit(MAX_LISTED_PEOPLE + 1)))
        found = [UsageEntry.outcome.contains(text, autoescape=True)]
        if services:
            found.append(UsageEntry.item_id.in_(services))
        if len(people) > MAX_LISTED_PEOPLE:
            found.append(UsageEntry.person_id.in_(named))
        elif people:
            found.append(UsageEntry.person_id.in_(people))
        stmt = stmt.where(or_(*found))
    return stmt


def count_usage(session: Session, query: UsageQuery) -> int:
    return int(session.scalar(_filtered(session, select(func.count(UsageEntry.id)), query)) or 0)


def usage_page(session: Session, query: UsageQuery, offset: int, limit: int) -> list[UsageRow]:
    """Newest first; one query per page whatever its size."""
    reversal = aliased(UsageEntry)
    corrected = select(reversal.id).where(reversal.corrects_id == UsageEntry.id).exists()
    stmt = (
        select(
            UsageEntry.id,
            UsageEntry.day,
            ServiceItem.name,
            UsageEntry.people,
            Person.name,
            UsageEntry.outcome,
            UsageEntry.corrects_id,
            corrected,
            UsageEntry.reason,
        )
        .join(ServiceItem, ServiceItem.id == UsageEntry.item_id)
        .outerjoin(Person, Person.id == UsageEntry.person_id)
    )
    stmt = (
        _filtered(session, stmt, query)
        .order_by(UsageEntry.day.desc(), UsageEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [
        UsageRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6] is not None, bool(r[7]), r[8])
        for r in session.execute(stmt)
    ]


def usage_position(session: Session, query: UsageQuery, entry_id: int) -> int | None:
    entry = session.get(UsageEntry, entry_id)
    if entry is None:
        return None
    newer = _filtered(session, select(func.count(UsageEntry.id)), query).where(
        (UsageEntry.day > entry.day) | ((UsageEntry.day == entry.day) & (UsageEntry.id > entry.id))
    )
    return int(session.scalar(newer) or 0)


def last_service(session: Session) -> int | None:
    """The service of the newest line entered, offered again for the next one."""
    stmt = select(UsageEntry.item_id).where(UsageEntry.corrects_id.is_(None)).order_by(UsageEntry.id.desc())
    return session.scalars(stmt.limit(1)).first()


def get_usage(session: Session, entry_id: int) -> UsageEntry:
    entry = session.get(UsageEntry, entry_id)
    if entry is None or entry.deleted:
        raise NotFoundError(f"usage entry {entry_id}")
    return entry
