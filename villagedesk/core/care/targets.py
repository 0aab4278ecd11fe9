"""Care targets: validate, add, change, exit, the list as it stood on a day, 党龄, reveal, erase."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.centre import check_text, is_mobile
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.idnumber import F_ID_NUMBER, mask_id_number, normalise_text, parse_id_number
from villagedesk.core.roster import SEX_LABELS
from villagedesk.core.users import Action, append_audit_event, require
from villagedesk.db.models import Body, CareCategory, CareSource, CareStatus, CareTarget, Person, Sex

SENSITIVE_FIELDS = ("id_number", "phone", "difficulty_notes", "health_notes")
ERASED = "已删除"


@dataclass
class TargetData:
    name: str
    categories: list[str]
    added_on: dt.date | None
    id_number: str = ""
    sex: Sex | None = None
    birth_date: dt.date | None = None
    group_name: str = ""
    phone: str = ""
    person_id: int | None = None
    party_joined: dt.date | None = None
    party_full: dt.date | None = None
    disability_grade: str = ""
    difficulty_notes: str = ""
    health_notes: str = ""
    helper: str = ""
    source: CareSource = CareSource.SCREENING
    add_reason: str = ""
    next_review: dt.date | None = None


@dataclass(frozen=True)
class Standing:
    """党龄 as of 七一 of a year, counted from becoming a full member."""

    years: int
    fifty: bool  # 光荣在党50年
    before_1949: bool


@dataclass(frozen=True)
class TargetRow:
    """One line of the list as it stood on ``day``: sensitive fields already masked."""

    id: int
    uuid: str
    name: str
    group_name: str
    sex: Sex | None
    age: int | None
    id_masked: str
    phone_masked: str
    categories: tuple[str, ...]
    standing: Standing | None
    helper: str
    status: CareStatus
    exited_on: dt.date | None
    next_review: dt.date | None
    last_visit: dt.date | None
    special: bool
    party: bool
    minor: bool = False
    notes_masked: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def mask_phone(value: str) -> str:
    from villagedesk.core.idnumber import normalise_text

    digits = normalise_text(value)
    if len(digits) == 11:
        return f"{digits[:3]}****{digits[-4:]}"
    return "*" * len(digits)


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def standing(full: dt.date | None, joined: dt.date | None, year: int) -> Standing | None:
    """党龄 from 转正 as of 七一 of ``year``; None for someone who is not a full member by then."""
    if full is None:
        return None
    day = c.party_day(year)
    if full > day:
        return None
    years = age_on(full, day) or 0
    first = joined or full
    return Standing(years, years >= 50, first < dt.date(1949, 10, 1))


def roster_party_dates(person: Person) -> tuple[dt.date | None, dt.date | None]:
    """(joined, full) from the roster's memberships: 预备党员 start, 正式党员 start."""
    live = [m for m in person.memberships if not m.deleted]
    full = min((m.start_date for m in live if m.body is Body.PARTY_FULL), default=None)
    probation = min((m.start_date for m in live if m.body is Body.PARTY_PROBATIONARY), default=None)
    return probation or full, full


def validate_target(
    session: Session,
    data: TargetData,
    today: dt.date,
    target_id: int | None = None,
    known: list[str] | None = None,
) -> TargetData:
    errors = Collector()
    data.name = " ".join((data.name or "").split())
    check_text(data.name, c.F_NAME, errors, 40)
    _check_identity(data, today, errors)
    data.group_name = (data.group_name or "").strip()
    check_text(data.group_name, c.F_GROUP, errors, 40, required=False)
    data.phone = (data.phone or "").replace(" ", "").replace("-", "").strip()
    if data.phone and not is_mobile(data.phone):
        errors.add(c.F_PHONE, c.R_MOBILE, value=mask_phone(data.phone))
    _check_categories(known if known is not None else settings.get(session, c.CATEGORIES), data, errors)
    for value, label, limit in (
        (data.difficulty_notes, c.F_DIFFICULTY, 2000),
        (data.health_notes, c.F_HEALTH, 2000),
        (data.helper, c.F_HELPER, 40),
        (data.add_reason, c.F_REASON, 200),
        (data.disability_grade, c.F_CATEGORIES, 20),
    ):
        check_text((value or "").strip(), label, errors, limit, required=False)
    data.difficulty_notes = (data.difficulty_notes or "").strip()
    data.health_notes = (data.health_notes or "").strip()
    data.helper = (data.helper or "").strip()
    data.add_reason = (data.add_reason or "").strip()
    _check_dates(session, data, today, errors)
    errors.raise_if_any()
    _check_unique(session, data.id_number, target_id)
    return data


def _check_identity(data: TargetData, today: dt.date, errors: Collector) -> None:
    """The number normalised (a 15-digit one converted); birth date and sex taken from it or checked."""
    before = len(errors.errors)
    ident = parse_id_number(data.id_number, today, F_ID_NUMBER, errors)
    for error in errors.errors[before:]:
        if isinstance(error.params.get("value"), str):  # the message never echoes the number in full
            error.params["value"] = mask_id_number(normalise_text(error.params["value"]))
    if ident is None:
        if len(errors.errors) == before:
            data.id_number = ""
        return
    data.id_number = ident.number
    if data.birth_date is None:
        data.birth_date = ident.birth_date
    elif data.birth_date != ident.birth_date:
        errors.add(
            c.F_BIRTH, c.R_ID_BIRTH, value=data.birth_date.isoformat(), expected=ident.birth_date.isoformat()
        )
    if data.sex is None:
        data.sex = ident.sex
    elif data.sex is not ident.sex:
        errors.add(
            c.F_SEX,
            c.R_ID_SEX,
            value=Translatable(SEX_LABELS[data.sex]),
            expected=Translatable(SEX_LABELS[ident.sex]),
        )


def _check_categories(known: list[str], data: TargetData, errors: Collector) -> None:
    data.categories = list(dict.fromkeys(x.strip() for x in data.categories if x.strip()))
    if not data.categories:
        errors.add(c.F_CATEGORIES, c.R_REQUIRED)
    for category in data.categories:
        if category not in known:
            errors.add(c.F_CATEGORIES, c.R_UNKNOWN_CATEGORY, value=category, known="、".join(known))


def _check_dates(session: Session, data: TargetData, today: dt.date, errors: Collector) -> None:
    if data.added_on is None:
        errors.add(c.F_ADDED_ON, c.R_REQUIRED)
    elif data.added_on > today:
        errors.add(c.F_ADDED_ON, c.R_FUTURE, value=data.added_on.isoformat(), today=today.isoformat())
    if data.birth_date is not None and data.birth_date > today:
        errors.add(c.F_BIRTH, c.R_FUTURE, value=data.birth_date.isoformat(), today=today.isoformat())
    if data.person_id is not None:
        person = session.get(Person, data.person_id)
        if person is None or person.deleted:
            raise NotFoundError(f"person {data.person_id}")
        joined, full = roster_party_dates(person)  # the roster is the record of membership
        data.party_joined, data.party_full = joined or data.party_joined, full or data.party_full
    for value, label in ((data.party_joined, c.F_PARTY_JOINED), (data.party_full, c.F_PARTY_FULL)):
        if value is not None and value > today:
            errors.add(label, c.R_FUTURE, value=value.isoformat(), today=today.isoformat())
    if data.party_joined and data.party_full and data.party_full < data.party_joined:
        errors.add(
            c.F_PARTY_FULL,
            c.R_FULL_BEFORE_JOIN,
            value=data.party_full.isoformat(),
            joined=data.party_joined.isoformat(),
        )


def _check_unique(session: Session, number: str, target_id: int | None) -> None:
    if not number:
        return
    stmt = select(CareTarget).where(CareTarget.id_number == number, CareTarget.deleted.is_(False))
    if target_id is not None:
        stmt = stmt.where(CareTarget.id != target_id)
    other = session.scalars(stmt.limit(1)).first()
    if other is not None:
        raise ValidationError.single(
            F_ID_NUMBER, c.R_DUPLICATE, masked=mask_id_number(number), name=other.name
        )


def get_target(session: Session, target_id: int) -> CareTarget:
    target = session.get(CareTarget, target_id)
    if target is None or target.deleted:
        raise NotFoundError(f"care target {target_id}")
    return target


_PLAIN = (
    "name",
    "id_number",
    "sex",
    "birth_date",
    "group_name",
    "phone",
    "person_id",
    "party_joined",
    "party_full",
    "disability_grade",
    "difficulty_notes",
    "health_notes",
    "helper",
    "source",
    "next_review",
)


def _apply(target: CareTarget, data: TargetData) -> None:
    for key in _PLAIN:
        value = getattr(data, key)
        if getattr(target, key) != value:
            setattr(target, key, value)
    year = data.birth_date.year if data.birth_date else None
    if target.birth_year != year:
        target.birth_year = year


def add_target(session: Session, data: TargetData, today: dt.date) -> CareTarget:
    return add_targets(session, [data], today)[0]


def add_targets(session: Session, batch: list[TargetData], today: dt.date) -> list[CareTarget]:
    """Add several targets in one write (an import, the demo); each is validated as the form is."""
    require(session, Action.EDIT_RECORDS)
    values = settings.snapshot(session)
    seen: dict[str, str] = {}
    made = []
    for data in batch:
        with session.no_autoflush:  # the duplicate check queries; pending targets are in ``seen``
            data = validate_target(session, data, today, known=values[c.CATEGORIES])
        assert data.added_on is not None
        if data.id_number and data.id_number in seen:
            raise ValidationError.single(
                F_ID_NUMBER, c.R_DUPLICATE, masked=mask_id_number(data.id_number), name=seen[data.id_number]
            )
        seen[data.id_number] = data.name
        if data.next_review is None:
            data.next_review = data.added_on + dt.timedelta(days=values[c.REVIEW_DAYS])
        target = CareTarget(added_on=data.added_on, add_reason=data.add_reason, status=CareStatus.ACTIVE)
        _apply(target, data)
        session.add(target)
        made.append((target, data))
    session.flush()
    for target, data in made:
        for category in data.categories:
            session.add(CareCategory(target_id=target.id, category=category, valid_from=data.added_on))
    session.flush()
    return [target for target, _ in made]


def update_target(session: Session, target_id: int, data: TargetData, today: dt.date) -> CareTarget:
    """Change a target; categories that changed are closed today and new ones start today, so the
    list of a past day still shows what the person had then."""
    require(session, Action.EDIT_RECORDS)
    target = get_target(session, target_id)
    if target.erased_on is not None:
        raise ValidationError.single(
            c.F_TARGET, c.R_ERASED, name=target.name, day=target.erased_on.isoformat()
        )
    data.added_on = target.added_on
    data = validate_target(session, data, today, target_id)
    _apply(target, data)
    current = {k.category: k for k in open_categories(session, target.id)}
    for name, row in current.items():
        if name not in data.categories:
            row.valid_to = today if today > row.valid_from else row.valid_from
            if row.valid_to == row.valid_from:
                row.deleted = True  # added and removed the same day: never held
    for name in data.categories:
        if name not in current:
            session.add(
                CareCategory(target_id=target.id, category=name, valid_from=max(today, target.added_on))
            )
    session.flush()
    return target


def open_categories(session: Session, target_id: int) -> list[CareCategory]:
    return list(
        session.scalars(
            select(CareCategory).where(
                CareCategory.target_id == target_id,
                CareCategory.deleted.is_(False),
                CareCategory.valid_to.is_(None),
            )
        )
    )


def exit_target(session: Session, target_id: int, day: dt.date, reason: str, today: dt.date) -> CareTarget:
    """Leave the list with a reason and a date; the record and its history stay."""
    require(session, Action.EDIT_RECORDS)
    target = get_target(session, target_id)
    errors = Collector()
    reason = " ".join((reason or "").split())
    check_text(reason, c.F_REASON, errors, 200)
    if target.status is CareStatus.EXITED and target.exited_on is not None:
        errors.add(c.F_EXIT_ON, c.R_ALREADY_EXITED, name=target.name, day=target.exited_on.isoformat())
    if day > today:
        errors.add(c.F_EXIT_ON, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())
    elif day < target.added_on:
        errors.add(
            c.F_EXIT_ON,
            c.R_EXIT_BEFORE_ADD,
            value=day.isoformat(),
            name=target.name,
            added=target.added_on.isoformat(),
        )
    errors.raise_if_any()
    target.status = CareStatus.EXITED
    target.exited_on = day
    target.exit_reason = reason
    target.next_review = None
    for row in open_categories(session, target.id):
        row.valid_to = max(day, row.valid_from)
    session.flush()
    return target


def mark_reviewed(session: Session, target_id: int, day: dt.date) -> CareTarget:
    require(session, Action.EDIT_RECORDS)
    target = get_target(session, target_id)
    target.next_review = day + dt.timedelta(days=settings.get(session, c.REVIEW_DAYS))
    session.flush()
    return target


def categories_on(
    session: Session, day: dt.date, target_ids: list[int] | None = None
) -> dict[int, list[str]]:
    stmt = select(CareCategory.target_id, CareCategory.category).where(
        CareCategory.deleted.is_(False),
        CareCategory.valid_from <= day,
        or_(CareCategory.valid_to.is_(None), CareCategory.valid_to > day),
    )
    if target_ids is not None:
        stmt = stmt.where(CareCategory.target_id.in_(target_ids))
    out: dict[int, list[str]] = {}
    for tid, name in session.execute(stmt.order_by(CareCategory.id)):
        out.setdefault(tid, []).append(name)
    return out


def on_list(target: CareTarget, day: dt.date) -> bool:
    return target.added_on <= day and (target.exited_on is None or day < target.exited_on)


def targets_on(session: Session, day: dt.date, include_exited: bool = False) -> list[CareTarget]:
    """The list as it stood on ``day`` (or every target ever on it up to then)."""
    stmt = select(CareTarget).where(CareTarget.deleted.is_(False), CareTarget.added_on <= day)
    if not include_exited:
        stmt = stmt.where(or_(CareTarget.exited_on.is_(None), CareTarget.exited_on > day))
    return list(session.scalars(stmt.order_by(CareTarget.group_name, CareTarget.name, CareTarget.id)))


def is_special(
    categories: list[str] | tuple[str, ...], age: int | None, special: list[str], min_age: int
) -> bool:
    return age is not None and age >= min_age and any(k in special for k in categories)


def target_rows(
    session: Session, day: dt.date, text: str = "", category: str = "", include_exited: bool = False
) -> list[TargetRow]:
    """The list on ``day`` in a fixed number of queries, masked: what any user may see."""
    from villagedesk.core.care.visits import last_visits

    values = settings.snapshot(session)
    special, min_age = values[c.SPECIAL_CATEGORIES], values[c.SPECIAL_AGE]
    party = values[c.PARTY_CATEGORIES]
    targets = targets_on(session, day, include_exited)
    cats = categories_on(session, day)
    if include_exited:
        ever = categories_on_last(session, [t.id for t in targets if t.exited_on and t.exited_on <= day])
        cats = {**ever, **cats}
    visits = last_visits(session, day)
    rows = []
    needle = text.strip()
    for t in targets:
        kinds = tuple(cats.get(t.id, ()))
        if category and category not in kinds:
            continue
        if needle and needle not in t.name and needle not in t.group_name and needle not in t.helper:
            continue
        age = age_on(t.birth_date, day)
        rows.append(
            TargetRow(
                id=t.id,
                uuid=t.uuid,
                name=t.name,
                group_name=t.group_name,
                sex=t.sex,
                age=age,
                id_masked=mask_id_number(t.id_number) if t.id_number else "",
                phone_masked=mask_phone(t.phone) if t.phone else "",
                categories=kinds,
                standing=standing(t.party_full, t.party_joined, day.year),
                helper=t.helper,
                status=CareStatus.EXITED if (t.exited_on and t.exited_on <= day) else CareStatus.ACTIVE,
                exited_on=t.exited_on if (t.exited_on and t.exited_on <= day) else None,
                next_review=t.next_review,
                last_visit=visits.get(t.id),
                special=is_special(kinds, age, special, min_age) and on_list(t, day),
                party=any(k in party for k in kinds),
                minor=age is not None and age < 14,
            )
        )
    return rows


def categories_on_last(session: Session, target_ids: list[int]) -> dict[int, list[str]]:
    """For exited targets: the categories they had on their last day on the list."""
    out: dict[int, list[str]] = {}
    if not target_ids:
        return out
    for row in session.scalars(
        select(CareCategory).where(CareCategory.target_id.in_(target_ids), CareCategory.deleted.is_(False))
    ):
        target = session.get(CareTarget, row.target_id)
        if (
            target is not None
            and target.exited_on is not None
            and row.valid_to == max(target.exited_on, row.valid_from)
        ):
            out.setdefault(row.target_id, []).append(row.category)
    return out


def reveal_field(session: Session, target_id: int, field_name: str) -> str:
    """A sensitive field in full, for a user holding 查看敏感信息; the reveal is audited."""
    from villagedesk.core.users import reveal

    if field_name not in SENSITIVE_FIELDS:
        raise KeyError(field_name)
    return reveal(session, get_target(session, target_id), field_name)


def erase_expired(session: Session, today: dt.date) -> list[str]:
    """Erase the sensitive fields of targets who left the list more than the retention period
    ago; each erasure is a change in the audit log with its reason. Returns the names erased."""
    require(session, Action.EDIT_RECORDS)
    years = settings.get(session, c.RETENTION_YEARS)
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    stmt = select(CareTarget).where(
        CareTarget.deleted.is_(False),
        CareTarget.exited_on.is_not(None),
        CareTarget.exited_on <= limit,
        CareTarget.erased_on.is_(None),
    )
    erased = []
    for target in session.scalars(stmt):
        target.id_number = ""
        target.phone = ""
        target.difficulty_notes = ""
        target.health_notes = ""
        target.erased_on = today
        erased.append(target.name)
        session.flush()
        append_audit_event(
            session, target, "erase", f"retention: exited {target.exited_on}, kept {years} years"
        )
    return erased
