"""Visits to care targets, their correction by reversal, and what is due on the home page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care.targets import age_on, categories_on, get_target, is_special, on_list, targets_on
from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError, ValidationError
from villagedesk.core.users import Action, require
from villagedesk.core.workbench import DueItem
from villagedesk.db.models import CareTarget, CareVisit


@dataclass
class VisitData:
    target_id: int
    visit_date: dt.date | None
    visitors: str
    occasion: str
    findings: str = ""
    needs: str = ""
    follow_up: dt.date | None = None


def validate_visit(
    session: Session,
    data: VisitData,
    today: dt.date,
    occasions: list[str] | None = None,
    target: CareTarget | None = None,
) -> VisitData:
    errors = Collector()
    target = target if target is not None and not target.deleted else get_target(session, data.target_id)
    data.visitors = " ".join((data.visitors or "").split())
    check_text(data.visitors, c.F_VISITORS, errors, 120)
    occasions = occasions if occasions is not None else settings.get(session, c.OCCASIONS)
    if not data.occasion:
        errors.add(c.F_OCCASION, c.R_REQUIRED)
    elif data.occasion not in occasions:
        errors.add(c.F_OCCASION, c.R_UNKNOWN_OCCASION, value=data.occasion, known="、".join(occasions))
    data.findings, data.needs = (data.findings or "").strip(), (data.needs or "").strip()
    check_text(data.findings, c.F_FINDINGS, errors, 2000, required=False)
    check_text(data.needs, c.F_NEEDS, errors, 2000, required=False)
    day = data.visit_date
    if day is None:
        errors.add(c.F_VISIT_DATE, c.R_REQUIRED)
    elif day > today:
        errors.add(c.F_VISIT_DATE, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())
    elif day < target.added_on:
        errors.add(
            c.F_VISIT_DATE,
            c.R_VISIT_BEFORE_ADD,
            value=day.isoformat(),
            name=target.name,
            added=target.added_on.isoformat(),
        )
    elif target.exited_on is not None and day >= target.exited_on:
        errors.add(c.F_VISIT_DATE, c.R_VISIT_EXITED, name=target.name, day=target.exited_on.isoformat())
    if day is not None and data.follow_up is not None and data.follow_up < day:
        errors.add(c.F_FOLLOW_UP, c.R_FOLLOW_BEFORE, value=data.follow_up.isoformat())
    errors.raise_if_any()
    return data


def record_visit(session: Session, data: VisitData, today: dt.date) -> CareVisit:
    return record_visits(session, [data], today)[0]


def record_visits(session: Session, batch: list[VisitData], today: dt.date) -> list[CareVisit]:
    """Record visits in one write (a round's sheet, the demo); each validated as the form is."""
    require(session, Action.EDIT_RECORDS)
    occasions = settings.get(session, c.OCCASIONS)
    made = []
    targets = {
        t.id: t
        for t in session.scalars(select(CareTarget).where(CareTarget.id.in_({d.target_id for d in batch})))
    }
    for data in batch:
        with session.no_autoflush:
            data = validate_visit(session, data, today, occasions, targets.get(data.target_id))
        visit = CareVisit(
            target_id=data.target_id,
            visit_date=data.visit_date,
            visitors=data.visitors,
            occasion=data.occasion,
            findings=data.findings,
            needs=data.needs,
            follow_up=data.follow_up,
        )
        session.add(visit)
        made.append(visit)
    session.flush()
    return made


def reversal_of(session: Session, visit_id: int) -> CareVisit | None:
    return session.scalars(
        select(CareVisit).where(CareVisit.reverses_id == visit_id, CareVisit.deleted.is_(False))
    ).first()


def reverse_visit(session: Session, visit_id: int, reason: str, today: dt.date) -> CareVisit:
    """A wrong visit stays in the record; a reversal entry with the reason cancels it."""
    require(session, Action.EDIT_RECORDS)
    visit = session.get(CareVisit, visit_id)
    if visit is None or visit.deleted:
        raise NotFoundError(f"visit {visit_id}")
    errors = Collector()
    reason = " ".join((reason or "").split())
    check_text(reason, c.F_REASON, errors, 200)
    if visit.reverses_id is not None:
        errors.add(c.F_REASON, c.R_IS_REVERSAL)
    done = reversal_of(session, visit_id)
    if done is not None:
        errors.add(c.F_REASON, c.R_ALREADY_REVERSED, day=done.visit_date.isoformat())
    errors.raise_if_any()
    entry = CareVisit(
        target_id=visit.target_id,
        visit_date=today,
        visitors=visit.visitors,
        occasion=visit.occasion,
        reverses_id=visit.id,
        reversal_reason=reason,
    )
    session.add(entry)
    session.flush()
    return entry


def _valid_visits() -> tuple[ColumnElement[bool], ...]:
    """Visits that count: not reversals, not reversed."""
    rev = aliased(CareVisit)
    return (
        CareVisit.deleted.is_(False),
        CareVisit.reverses_id.is_(None),
        ~select(rev.id).where(rev.reverses_id == CareVisit.id, rev.deleted.is_(False)).exists(),
    )


def visits_of(session: Session, target_id: int) -> list[CareVisit]:
    """Every entry of a target, reversals included, newest first."""
    return list(
        session.scalars(
            select(CareVisit)
            .where(CareVisit.target_id == target_id, CareVisit.deleted.is_(False))
            .order_by(CareVisit.visit_date.desc(), CareVisit.id.desc())
        )
    )


def reversed_ids(session: Session) -> set[int]:
    return set(
        session.scalars(
            select(CareVisit.reverses_id).where(
                CareVisit.reverses_id.is_not(None), CareVisit.deleted.is_(False)
            )
        )
    )


def last_visits(session: Session, day: dt.date) -> dict[int, dt.date]:
    stmt = (
        select(CareVisit.target_id, func.max(CareVisit.visit_date))
        .where(*_valid_visits(), CareVisit.visit_date <= day)
        .group_by(CareVisit.target_id)
    )
    return {tid: last for tid, last in session.execute(stmt)}


def visited_between(session: Session, start: dt.date, end: dt.date) -> set[int]:
    stmt = select(CareVisit.target_id).where(
        *_valid_visits(), CareVisit.visit_date >= start, CareVisit.visit_date <= end
    )
    return set(session.scalars(stmt))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def special_elderly(session: Session, day: dt.date) -> list[CareTarget]:
    """Special-hardship elderly (DOMAIN.md, a setting) on the list on ``day``."""
    values = settings.snapshot(session)
    targets = targets_on(session, day)
    cats = categories_on(session, day, [t.id for t in targets])
    return [
        t
        for t in targets
        if is_special(
            cats.get(t.id, []), age_on(t.birth_date, day), values[c.SPECIAL_CATEGORIES], values[c.SPECIAL_AGE]
        )
    ]


def active_in_month(session: Session, day: dt.date) -> list[CareTarget]:
    """Special-hardship elderly on the list at any time of the month of ``day`` (up to ``day``)."""
    start = month_start(day)
    seen = {t.id: t for t in special_elderly(session, start)}
    seen.update({t.id: t for t in special_elderly(session, day)})
    return list(seen.values())


@dataclass(frozen=True)
class VisitRate:
    visited: int
    active: int

    @property
    def percent(self) -> int:
        return 100 if self.active == 0 else self.visited * 100 // self.active


def monthly_visit_rate(session: Session, day: dt.date) -> VisitRate:
    """Special-hardship elderly visited this month / those active this month (DOMAIN.md)."""
    active = active_in_month(session, day)
    visited = visited_between(session, month_start(day), day)
    return VisitRate(sum(1 for t in active if t.id in visited), len(active))


def not_visited_this_month(session: Session, day: dt.date) -> list[CareTarget]:
    """Those never visited first, then the longest since their last visit."""
    visited = visited_between(session, month_start(day), day)
    last = last_visits(session, day)
    waiting = [t for t in special_elderly(session, day) if t.id not in visited]
    return sorted(waiting, key=lambda t: (last.get(t.id) or dt.date.min, t.id))


def party_targets(session: Session, day: dt.date) -> list[CareTarget]:
    party = settings.get(session, c.PARTY_CATEGORIES)
    targets = targets_on(session, day)
    cats = categories_on(session, day, [t.id for t in targets])
    return [t for t in targets if any(k in party for k in cats.get(t.id, []))]


def festival_round(session: Session, festival: dt.date, day: dt.date) -> list[CareTarget]:
    """Party-side targets not yet visited in the window before ``festival``."""
    window = settings.get(session, c.FESTIVAL_DAYS)
    visited = visited_between(session, festival - dt.timedelta(days=window), festival)
    return [t for t in party_targets(session, day) if t.id not in visited]


def _names(targets: list[CareTarget]) -> str:
    return "、".join(t.name for t in targets[:5]) + ("等" if len(targets) > 5 else "")


def due(session: Session, today: dt.date) -> list[DueItem]:
    items: list[DueItem] = []
    missing = not_visited_this_month(session, today)
    if missing:
        items.append(
            DueItem(
                c.REG,
                c.D_SPECIAL,
                {"count": len(missing), "names": _names(missing)},
                urgent=today.day >= 20,
                page="care",
            )
        )
    for festival, day in c.festivals_ahead(today, settings.get(session, c.FESTIVAL_DAYS)):
        left = festival_round(session, day, today)
        if left:
            items.append(
                DueItem(
                    c.REG,
                    c.D_FESTIVAL,
                    {"festival": festival, "day": day.isoformat(), "count": len(left), "names": _names(left)},
                    urgent=(day - today).days <= 7,
                    page="care",
                )
            )
    items.extend(_follow_ups(session, today))
    review = [t for t in targets_on(session, today) if t.next_review is not None and t.next_review <= today]
    if review:
        items.append(DueItem(c.REG, c.D_REVIEW, {"count": len(review), "names": _names(review)}, page="care"))
    from villagedesk.core.care.fund import payable

    for _entry, name, end in payable(session, today):
        items.append(DueItem(c.REG, c.D_PAYMENT, {"name": name, "day": end.isoformat()}, page="care"))
    return items


def _follow_ups(session: Session, today: dt.date) -> list[DueItem]:
    """Follow-ups due within a week and not yet met by a later visit."""
    stmt = select(CareVisit).where(
        *_valid_visits(),
        CareVisit.follow_up.is_not(None),
        CareVisit.follow_up <= today + dt.timedelta(days=7),
    )
    last = last_visits(session, today)
    items = []
    for visit in session.scalars(stmt.order_by(CareVisit.follow_up)):
        assert visit.follow_up is not None
        if last.get(visit.target_id, visit.visit_date) > visit.visit_date:
            continue
        target = session.get(CareTarget, visit.target_id)
        if target is None or not on_list(target, today):
            continue
        items.append(
            DueItem(
                c.REG,
                c.D_FOLLOW_UP,
                {"name": target.name, "day": visit.follow_up.isoformat()},
                urgent=visit.follow_up <= today,
                page="care",
            )
        )
    return items


def validate_no_future(day: dt.date, today: dt.date) -> None:
    if day > today:
        raise ValidationError.single(c.F_DATE, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())
