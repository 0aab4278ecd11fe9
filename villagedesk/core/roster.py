"""The people roster: residents who take part in village bodies, and their dated memberships.

Registers ask ``members_on(session, body, day)`` for a meeting's 应到 list, so the roster as of the
meeting date — not today's roster — decides who should attend. A membership's ``end_date`` is the
first day the person no longer belongs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from villagedesk.core.centre import check_text, is_mobile
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.idnumber import F_ID_NUMBER, mask_id_number, parse_id_number
from villagedesk.db.models import Body, Membership, Person, Role, Sex

F_NAME = QT_TRANSLATE_NOOP("core", "Name")
F_BIRTH = QT_TRANSLATE_NOOP("core", "Birth date")
F_GROUP = QT_TRANSLATE_NOOP("core", "Villagers' group")
F_PHONE = QT_TRANSLATE_NOOP("core", "Mobile phone")
F_NOTES = QT_TRANSLATE_NOOP("core", "Notes")
F_BODY = QT_TRANSLATE_NOOP("core", "Body")
F_START = QT_TRANSLATE_NOOP("core", "Start date")
F_END = QT_TRANSLATE_NOOP("core", "End date")
F_END_REASON = QT_TRANSLATE_NOOP("core", "Reason for ending")
F_PERSON = QT_TRANSLATE_NOOP("core", "Person")
F_SEX = QT_TRANSLATE_NOOP("core", "Sex")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_FUTURE = QT_TRANSLATE_NOOP("core", "{value} is in the future; it cannot be later than today ({today})")
R_TOO_OLD = QT_TRANSLATE_NOOP("core", "{value} is before 1900")
R_MOBILE = QT_TRANSLATE_NOOP("core", "{value} is not an 11-digit mobile number starting with 1")
R_NAME_CHARS = QT_TRANSLATE_NOOP("core", "must not contain digits or punctuation, got {value}")
R_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "core", "{end} is not after the start date {start}; a membership cannot end before it starts"
)
R_START_BEFORE_BIRTH = QT_TRANSLATE_NOOP(
    "core", "{start} is before the person's 18th birthday ({adult}); members of {body} must be adults"
)
R_OVERLAP = QT_TRANSLATE_NOOP("core", "overlaps an existing {body} membership from {start}")
R_ALREADY_ENDED = QT_TRANSLATE_NOOP("core", "this membership already ended on {end}")
R_ID_BIRTH = QT_TRANSLATE_NOOP(
    "core", "{value} does not agree with the identity number, which gives the birth date {expected}"
)
R_ID_SEX = QT_TRANSLATE_NOOP(
    "core", "{value} does not agree with the identity number, which gives {expected}"
)
R_ID_TAKEN = QT_TRANSLATE_NOOP("core", "{masked} is already on the roster for {name}")
R_MONTH_ONLY = QT_TRANSLATE_NOOP(
    "core", "a birth date known only to the month must be given as its first day"
)
R_ONE_CHAIR = QT_TRANSLATE_NOOP("core", "{other} is already chair of {body} on {start}; end that term first")

BODY_LABELS: dict[Body, str] = {
    Body.PARTY_FULL: QT_TRANSLATE_NOOP("core", "Full Party member"),
    Body.PARTY_PROBATIONARY: QT_TRANSLATE_NOOP("core", "Probationary Party member"),
    Body.BRANCH_COMMITTEE: QT_TRANSLATE_NOOP("core", "Party branch committee"),
    Body.VILLAGE_COMMITTEE: QT_TRANSLATE_NOOP("core", "Villagers' committee"),
    Body.REPRESENTATIVE: QT_TRANSLATE_NOOP("core", "Villagers' representative"),
    Body.SUPERVISION: QT_TRANSLATE_NOOP("core", "Supervision committee"),
}
ROLE_LABELS: dict[Role, str] = {
    Role.MEMBER: QT_TRANSLATE_NOOP("core", "Member"),
    Role.CHAIR: QT_TRANSLATE_NOOP("core", "Chair / secretary"),
    Role.DEPUTY: QT_TRANSLATE_NOOP("core", "Deputy"),
}
SEX_LABELS: dict[Sex, str] = {
    Sex.MALE: QT_TRANSLATE_NOOP("core", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("core", "Female"),
}
PARTY_BODIES = (Body.PARTY_FULL, Body.PARTY_PROBATIONARY)
ADULT_BODIES = frozenset(Body)  # every village body here requires an adult


@dataclass
class PersonData:
    name: str
    sex: Sex | None = None
    birth_date: dt.date | None = None
    group_name: str = ""
    phone: str = ""
    notes: str = ""
    # "" no number; None (only when updating) keeps the stored number, so an edit form never needs
    # to hold the full number of someone whose number the user may not see.
    id_number: str | None = ""
    birth_month_only: bool = False  # birth_date is the 1st of the month; the day is not known


DUPLICATE_ID = "id"
DUPLICATE_NAME_BIRTH = "name_birth"
DUPLICATE_LABELS = {
    DUPLICATE_ID: QT_TRANSLATE_NOOP("core", "same identity number as another entry"),
    DUPLICATE_NAME_BIRTH: QT_TRANSLATE_NOOP("core", "same name and birth date as another entry"),
}


@dataclass(frozen=True)
class PersonRow:
    """A roster line as the lists show it."""

    id: int
    uuid: str
    name: str
    sex: Sex | None
    birth_date: dt.date | None
    group_name: str
    phone: str
    bodies: tuple[Body, ...]
    party_joined: dt.date | None
    id_masked: str = ""  # the full number never leaves core in a list row
    birth_month_only: bool = False
    duplicate: str = ""  # DUPLICATE_ID / DUPLICATE_NAME_BIRTH when another entry looks like the same person


def _require_edit(session: Session) -> None:
    from villagedesk.core.users import Action, require

    require(session, Action.EDIT_RECORDS)


def _today() -> dt.date:
    return dt.date.today()


def validate_person(data: PersonData, today: dt.date | None = None) -> PersonData:
    today = today or _today()
    data = PersonData(
        name=(data.name or "").strip(),
        sex=data.sex,
        birth_date=data.birth_date,
        group_name=(data.group_name or "").strip(),
        phone=(data.phone or "").replace(" ", "").strip(),
        notes=(data.notes or "").strip(),
        id_number=data.id_number or "",
        birth_month_only=bool(data.birth_month_only and data.birth_date is not None),
    )
    errors = Collector()
    _check_id_number(data, today, errors)
    check_text(data.name, F_NAME, errors, 40)
    if data.name and any(
        ch.isdigit() or ch in ",;:!?()[]{}<>/\\|@#$%^&*=+，；：！？（）【】" for ch in data.name
    ):
        errors.add(F_NAME, R_NAME_CHARS, value=data.name)
    if data.birth_date is not None:
        if data.birth_date > today:
            errors.add(F_BIRTH, R_FUTURE, value=data.birth_date.isoformat(), today=today.isoformat())
        elif data.birth_date.year < 1900:
            errors.add(F_BIRTH, R_TOO_OLD, value=data.birth_date.isoformat())
    check_text(data.group_name, F_GROUP, errors, 40, required=False)
    if data.phone and not is_mobile(data.phone):
        errors.add(F_PHONE, R_MOBILE, value=data.phone)
    check_text(data.notes, F_NOTES, errors, 400, required=False)
    errors.raise_if_any()
    return data


def _check_id_number(data: PersonData, today: dt.date, errors: Collector) -> None:
    """Normalise the number; the record's birth date and sex must agree with it, or are taken from it."""
    if data.birth_month_only and data.birth_date is not None and data.birth_date.day != 1:
        errors.add(F_BIRTH, R_MONTH_ONLY)
    before = len(errors.errors)
    ident = parse_id_number(data.id_number, today, F_ID_NUMBER, errors)
    if ident is None:
        if len(errors.errors) == before:
            data.id_number = ""  # only spaces
        return
    data.id_number = ident.number
    if data.birth_date is None:
        data.birth_date = ident.birth_date
        data.birth_month_only = False
    elif data.birth_month_only:
        if (data.birth_date.year, data.birth_date.month) == (ident.birth_date.year, ident.birth_date.month):
            data.birth_date = ident.birth_date  # the number gives the day the sheet lacked
            data.birth_month_only = False
        else:
            errors.add(
                F_BIRTH, R_ID_BIRTH, value=f"{data.birth_date:%Y-%m}", expected=ident.birth_date.isoformat()
            )
    elif data.birth_date != ident.birth_date:
        errors.add(
            F_BIRTH, R_ID_BIRTH, value=data.birth_date.isoformat(), expected=ident.birth_date.isoformat()
        )
    if data.sex is None:
        data.sex = ident.sex
    elif data.sex is not ident.sex:
        errors.add(
            F_SEX,
            R_ID_SEX,
            value=Translatable(SEX_LABELS[data.sex]),
            expected=Translatable(SEX_LABELS[ident.sex]),
        )


def _check_id_unique(session: Session, number: str, person_id: int | None) -> None:
    if not number:
        return
    stmt = select(Person).where(Person.id_number == number, Person.deleted.is_(False))
    if person_id is not None:
        stmt = stmt.where(Person.id != person_id)
    other = session.scalars(stmt.limit(1)).first()
    if other is not None:
        raise ValidationError.single(F_ID_NUMBER, R_ID_TAKEN, masked=mask_id_number(number), name=other.name)


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id}")
    return person


def add_person(session: Session, data: PersonData, today: dt.date | None = None) -> Person:
    _require_edit(session)
    data = validate_person(data, today)
    _check_id_unique(session, data.id_number or "", None)
    person = Person(**data.__dict__)
    session.add(person)
    session.flush()
    return person


def update_person(session: Session, person_id: int, data: PersonData, today: dt.date | None = None) -> Person:
    _require_edit(session)
    person = get_person(session, person_id)
    if data.id_number is None:
        data = PersonData(**{**data.__dict__, "id_number": person.id_number})
    data = validate_person(data, today)
    _check_id_unique(session, data.id_number or "", person.id)
    for key, value in data.__dict__.items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    check_ages(person)
    session.flush()
    return person


def remove_person(session: Session, person_id: int) -> None:
    """Tombstone: the person and their memberships leave every list but stay in history."""
    _require_edit(session)
    person = get_person(session, person_id)
    person.deleted = True
    for m in person.memberships:
        m.deleted = True
    session.flush()


def check_ages(person: Person) -> None:
    if person.birth_date is None:
        return
    adult = _add_years(person.birth_date, 18)
    errors = Collector()
    for m in person.memberships:
        if not m.deleted and m.body in ADULT_BODIES and m.start_date < adult:
            errors.add(
                F_BIRTH,
                R_START_BEFORE_BIRTH,
                start=m.start_date.isoformat(),
                adult=adult.isoformat(),
                body=Translatable(BODY_LABELS[m.body]),
            )
    errors.raise_if_any()


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _overlaps(a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None) -> bool:
    return (b_end is None or a_start < b_end) and (a_end is None or b_start < a_end)


def _conflicting_bodies(body: Body) -> tuple[Body, ...]:
    return PARTY_BODIES if body in PARTY_BODIES else (body,)


def add_membership(
    session: Session,
    person_id: int,
    body: Body,
    start_date: dt.date | None,
    role: Role = Role.MEMBER,
    end_date: dt.date | None = None,
    end_reason: str = "",
    today: dt.date | None = None,
) -> Membership:
    _require_edit(session)
    today = today or _today()
    person = get_person(session, person_id)
    errors = Collector()
    if start_date is None:
        errors.add(F_START, R_REQUIRED)
        errors.raise_if_any()
    assert start_date is not None
    check_membership(person, body, start_date, today, errors, end_date, end_reason)
    if role is Role.CHAIR:
        for holder, term in _chairs(session, body):
            if holder.id != person.id and _overlaps(start_date, end_date, term.start_date, term.end_date):
                errors.add(
                    F_START,
                    R_ONE_CHAIR,
                    other=holder.name,
                    body=Translatable(BODY_LABELS[body]),
                    start=start_date.isoformat(),
                )
    errors.raise_if_any()
    membership = Membership(
        person=person,
        body=body,
        role=role,
        start_date=start_date,
        end_date=end_date,
        end_reason=end_reason.strip(),
    )
    session.add(membership)
    session.flush()
    return membership


def check_membership(
    person: Person,
    body: Body,
    start_date: dt.date,
    today: dt.date,
    errors: Collector,
    end_date: dt.date | None = None,
    end_reason: str = "",
) -> None:
    """The rules of a new membership that need no query: dates, adulthood, no overlap with the
    person's own memberships. (The one-chair rule needs the session: add_membership checks it.)"""
    if start_date > today:
        errors.add(F_START, R_FUTURE, value=start_date.isoformat(), today=today.isoformat())
    if end_date is not None:
        _check_new_end(start_date, end_date, end_reason, today, errors)
    _check_adult_at_start(person, body, start_date, errors)
    _check_no_overlap(person, body, start_date, end_date, errors)


def _check_new_end(
    start_date: dt.date, end_date: dt.date, end_reason: str, today: dt.date, errors: Collector
) -> None:
    if end_date <= start_date:
        errors.add(F_END, R_END_BEFORE_START, end=end_date.isoformat(), start=start_date.isoformat())
    if end_date > today:
        errors.add(F_END, R_FUTURE, value=end_date.isoformat(), today=today.isoformat())
    if not end_reason.strip():
        errors.add(F_END_REASON, R_REQUIRED)


def _check_adult_at_start(person: Person, body: Body, start_date: dt.date, errors: Collector) -> None:
    if person.birth_date is None or body not in ADULT_BODIES:
        return
    adult = _add_years(person.birth_date, 18)
    if start_date < adult:
        errors.add(
            F_START,
            R_START_BEFORE_BIRTH,
            start=start_date.isoformat(),
            adult=adult.isoformat(),
            body=Translatable(BODY_LABELS[body]),
        )


def _check_no_overlap(
    person: Person, body: Body, start_date: dt.date, end_date: dt.date | None, errors: Collector
) -> None:
    for other in person.memberships:
        if other.deleted or other.body not in _conflicting_bodies(body):
            continue
        if _overlaps(start_date, end_date, other.start_date, other.end_date):
            errors.add(
                F_START,
                R_OVERLAP,
                body=Translatable(BODY_LABELS[other.body]),
                start=other.start_date.isoformat(),
            )


def _chairs(session: Session, body: Body) -> list[tuple[Person, Membership]]:
    rows = session.execute(
        select(Person, Membership)
        .join(Membership.person)
        .where(
            Membership.body == body,
            Membership.role == Role.CHAIR,
            Membership.deleted.is_(False),
            Person.deleted.is_(False),
        )
    ).all()
    return [(p, m) for p, m in rows]


def end_membership(
    session: Session, membership_id: int, end_date: dt.date | None, reason: str, today: dt.date | None = None
) -> Membership:
    _require_edit(session)
    today = today or _today()
    membership = session.get(Membership, membership_id)
    if membership is None or membership.deleted:
        raise NotFoundError(f"membership {membership_id}")
    errors = Collector()
    if membership.end_date is not None:
        errors.add(F_END, R_ALREADY_ENDED, end=membership.end_date.isoformat())
        errors.raise_if_any()
    if end_date is None:
        errors.add(F_END, R_REQUIRED)
    else:
        if end_date <= membership.start_date:
            errors.add(
                F_END, R_END_BEFORE_START, end=end_date.isoformat(), start=membership.start_date.isoformat()
            )
        if end_date > today:
            errors.add(F_END, R_FUTURE, value=end_date.isoformat(), today=today.isoformat())
    if not reason.strip():
        errors.add(F_END_REASON, R_REQUIRED)
    errors.raise_if_any()
    membership.end_date = end_date
    membership.end_reason = reason.strip()
    session.flush()
    return membership


def confirm_full_membership(
    session: Session, person_id: int, day: dt.date, today: dt.date | None = None
) -> Membership:
    """转正: a probationary Party member becomes a full member on ``day``."""
    person = get_person(session, person_id)
    current = [
        m
        for m in person.memberships
        if not m.deleted and m.body is Body.PARTY_PROBATIONARY and m.end_date is None
    ]
    if not current:
        raise ValidationError.single(
            F_BODY, QT_TRANSLATE_NOOP("core", "{name} is not a probationary Party member"), name=person.name
        )
    end_membership(session, current[0].id, day, "转为正式党员", today=today)
    return add_membership(session, person_id, Body.PARTY_FULL, day, today=today)


def _active_clause(day: dt.date):  # type: ignore[no-untyped-def]
    return and_(
        Membership.deleted.is_(False),
        Membership.start_date <= day,
        or_(Membership.end_date.is_(None), Membership.end_date > day),
    )


def members_on(session: Session, body: Body, day: dt.date) -> list[Person]:
    """Who belongs to ``body`` on ``day`` — the 应到 list of a meeting held that day."""
    stmt = (
        select(Person)
        .join(Membership.person)
        .where(Person.deleted.is_(False), Membership.body == body, _active_clause(day))
        .order_by(Person.group_name, Person.name)
        .distinct()
    )
    return list(session.scalars(stmt))


def count_on(session: Session, body: Body, day: dt.date) -> int:
    return len(members_on(session, body, day))


def is_member_on(session: Session, person_id: int, body: Body, day: dt.date) -> bool:
    stmt = select(Membership.id).where(
        Membership.person_id == person_id, Membership.body == body, _active_clause(day)
    )
    return session.scalars(stmt).first() is not None


def party_join_date(person: Person) -> dt.date | None:
    starts = [m.start_date for m in person.memberships if not m.deleted and m.body in PARTY_BODIES]
    return min(starts) if starts else None


def party_standing_years(person: Person, day: dt.date) -> int | None:
    joined = party_join_date(person)
    if joined is None:
        return None
    years = day.year - joined.year - ((day.month, day.day) < (joined.month, joined.day))
    return max(years, 0)


def duplicate_people(session: Session) -> dict[int, str]:
    """Entries that look like the same person: the same identity number, or the same name and
    birth date. Person id → DUPLICATE_ID / DUPLICATE_NAME_BIRTH (the identity number wins)."""
    live = Person.deleted.is_(False)
    same_id = (
        select(Person.id_number)
        .where(live, Person.id_number != "")
        .group_by(Person.id_number)
        .having(func.count(Person.id) > 1)
    )
    same_name_birth = (
        select(Person.name, Person.birth_date)
        .where(live, Person.birth_date.is_not(None))
        .group_by(Person.name, Person.birth_date)
        .having(func.count(Person.id) > 1)
        .subquery()
    )
    found: dict[int, str] = {}
    for pid in session.scalars(
        select(Person.id)
        .join(
            same_name_birth,
            and_(Person.name == same_name_birth.c.name, Person.birth_date == same_name_birth.c.birth_date),
        )
        .where(live)
    ):
        found[pid] = DUPLICATE_NAME_BIRTH
    for pid in session.scalars(select(Person.id).where(live, Person.id_number.in_(same_id))):
        found[pid] = DUPLICATE_ID
    return found


def reveal_id_number(session: Session, person_id: int) -> str:
    """The full identity number, for a user holding 查看敏感信息; the reveal is audited."""
    from villagedesk.core.users import reveal

    person = get_person(session, person_id)
    return reveal(session, person, "id_number")


@dataclass(frozen=True)
class PeopleQuery:
    """Which people a list shows: ``text`` in the name or the group, a member of ``body`` on ``day``
    (the day also decides which memberships are current). Ordered by group, name, then entry."""

    text: str = ""
    body: Body | None = None
    day: dt.date | None = None  # None: today


# The rows of a list are completed a batch at a time: a page (at most this many rows) always
# costs three queries, however long the roster is.
PAGE_LIMIT = 500


def search_people(
    session: Session, text: str = "", body: Body | None = None, day: dt.date | None = None
) -> list[PersonRow]:
    """Every person the query finds, in list order."""
    return people_page(session, PeopleQuery(text, body, day), 0, None)


def count_people(session: Session, query: PeopleQuery) -> int:
    """How many people the list of ``query`` holds, counted in SQL."""
    return _count(session, query)


def people_page(session: Session, query: PeopleQuery, offset: int, limit: int | None) -> list[PersonRow]:
    """Rows ``offset`` to ``offset + limit`` of the list (to its end when ``limit`` is None).

    Three queries for up to PAGE_LIMIT rows: the people, their memberships, and which of them look
    entered twice; no person object is loaded and the full identity number never leaves core."""
    stmt = (
        select(*_ROW_COLUMNS)
        .where(*_people_filter(query))
        .order_by(Person.group_name, Person.name, Person.id)
        .offset(offset)
        .limit(limit)
    )
    people = session.execute(stmt).all()
    day = query.day or _today()
    rows: list[PersonRow] = []
    for start in range(0, len(people), PAGE_LIMIT):
        rows.extend(_complete_rows(session, people[start : start + PAGE_LIMIT], day))
    return rows


def people_position(session: Session, query: PeopleQuery, person_id: int) -> int | None:
    """Where ``person_id`` stands in the list of ``query`` (0 is the first row); None when the
    list does not hold them. Lets a list keep a selection it has not fetched yet."""
    key = session.execute(
        select(Person.group_name, Person.name).where(Person.id == person_id, *_people_filter(query))
    ).first()
    if key is None:
        return None
    group, name = key
    before = or_(
        Person.group_name < group,
        and_(Person.group_name == group, Person.name < name),
        and_(Person.group_name == group, Person.name == name, Person.id < person_id),
    )
    return _count(session, query, before)


def _count(session: Session, query: PeopleQuery, *extra: ColumnElement[bool]) -> int:
    stmt = select(func.count()).select_from(Person).where(*_people_filter(query), *extra)
    return session.scalar(stmt) or 0


_ROW_COLUMNS = (
    Person.id,
    Person.uuid,
    Person.name,
    Person.sex,
    Person.birth_date,
    Person.group_name,
    Person.phone,
    Person.id_number,
    Person.birth_month_only,
)


def _people_filter(query: PeopleQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Person.deleted.is_(False)]
    text = query.text.strip()
    if text:
        # autoescape: a typed % or _ is looked for as itself, not as a wildcard
        where.append(
            or_(
                Person.name.contains(text, autoescape=True), Person.group_name.contains(text, autoescape=True)
            )
        )
    if query.body is not None:
        day = query.day or _today()
        where.append(
            Person.id.in_(
                select(Membership.person_id).where(Membership.body == query.body, _active_clause(day))
            )
        )
    return where


def _complete_rows(session: Session, people: Sequence[Any], day: dt.date) -> list[PersonRow]:
    """List rows for at most PAGE_LIMIT people: their current bodies, Party joining day and 核对 flag
    in two more queries."""
    ids = [p.id for p in people]
    bodies: dict[int, list[Body]] = {}
    joined: dict[int, dt.date] = {}
    for person_id, body, start, end in session.execute(_memberships_statement(), {"ids": ids}):
        if start <= day and (end is None or day < end):
            bodies.setdefault(person_id, []).append(body)
        if body in PARTY_BODIES and (person_id not in joined or start < joined[person_id]):
            joined[person_id] = start
    duplicates = {
        person_id: DUPLICATE_ID if by_id else DUPLICATE_NAME_BIRTH
        for person_id, by_id in session.execute(_duplicates_statement(), {"ids": ids})
    }
    return [
        PersonRow(
            p.id,
            p.uuid,
            p.name,
            p.sex,
            p.birth_date,
            p.group_name,
            p.phone,
            tuple(bodies.get(p.id, ())),
            joined.get(p.id),
            id_masked=mask_id_number(p.id_number) if p.id_number else "",
            birth_month_only=p.birth_month_only,
            duplicate=duplicates.get(p.id, ""),
        )
        for p in people
    ]


# Built once, on first use (not at import), and run with the page's ids bound.
@cache
def _memberships_statement() -> Any:  # a Select; its type parameters differ between SQLAlchemy 2.0 and 2.1
    return (
        select(Membership.person_id, Membership.body, Membership.start_date, Membership.end_date)
        .where(Membership.deleted.is_(False), Membership.person_id.in_(bindparam("ids", expanding=True)))
        .order_by(Membership.person_id, Membership.start_date, Membership.id)
    )


@cache
def _duplicates_statement() -> Any:  # a Select
    """Which of the ids look like another live entry (as duplicate_people says, for these only)."""
    other = aliased(Person)
    live_other = and_(other.deleted.is_(False), other.id != Person.id)
    same_id = (
        select(other.id)
        .where(live_other, Person.id_number != "", other.id_number == Person.id_number)
        .exists()
    )
    same_name_birth = (
        select(other.id)
        .where(
            live_other,
            Person.birth_date.is_not(None),
            other.name == Person.name,
            other.birth_date == Person.birth_date,
        )
        .exists()
    )
    return select(Person.id, same_id).where(
        Person.id.in_(bindparam("ids", expanding=True)), or_(same_id, same_name_birth)
    )
