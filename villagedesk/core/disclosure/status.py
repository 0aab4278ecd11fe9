"""What the home page shows for 村务公开, and the archive's search."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure.calendar import (
    CatalogueItem,
    covers,
    due_date,
    period_label,
    periods_due_between,
)
from villagedesk.core.disclosure.service import catalogue
from villagedesk.core.posting import posting_end
from villagedesk.core.workbench import DueItem
from villagedesk.db.models import Disclosure, DisclosureFeedback, DisclosureStatus, PeriodKind

LOOK_BACK_DAYS = 366  # the home page nags about periods due in the last year, not since the beginning


def calendar_start(session: Session, today: dt.date) -> dt.date:
    """The calendar counts periods from the first one the desk holds a disclosure for (what was
    posted before the village used the desk is not known), and at most a year back."""
    first = session.scalar(select(func.min(Disclosure.period_start)).where(Disclosure.deleted.is_(False)))
    floor = today - dt.timedelta(days=LOOK_BACK_DAYS)
    return max(first, floor) if first is not None else floor


def _covered(session: Session, item: str, start: dt.date, end: dt.date) -> bool:
    """Every day of the period is in a posted disclosure of the item: one that spans it, or several
    (a village that changed from 按月 to 按季 posted that quarter's three months one by one)."""
    spans = session.execute(
        select(Disclosure.period_start, Disclosure.period_end)
        .where(
            Disclosure.item == item,
            Disclosure.deleted.is_(False),
            Disclosure.status == DisclosureStatus.POSTED,
            Disclosure.period_start <= end,
            Disclosure.period_end >= start,
        )
        .order_by(Disclosure.period_start)
    ).all()
    return covers([(first, last) for first, last in spans], start, end)


def calendar(session: Session, today: dt.date) -> list[dict[str, Any]]:
    """Every periodic item's period due from a year ago to the end of next month, with whether it
    was posted: {item, category, kind, start, end, due, posted}."""
    values = settings.snapshot(session)
    posting_day = values[c.POSTING_DAY]
    quarterly = values[c.FINANCE_QUARTERLY]
    last = (today.replace(day=1) + dt.timedelta(days=62)).replace(day=1) - dt.timedelta(days=1)
    since = calendar_start(session, today)
    out = []
    for entry in catalogue(session):
        for kind in entry.kinds(quarterly):
            for start, end, due in periods_due_between(kind, since, last, posting_day):
                if start >= since:
                    out.append(_row(session, entry, kind, start, end, due))
    return sorted(out, key=lambda r: (r["due"], r["item"]))


def _row(
    session: Session, entry: CatalogueItem, kind: PeriodKind, start: dt.date, end: dt.date, due: dt.date
) -> dict[str, Any]:
    return {
        "item": entry.item,
        "category": entry.category,
        "kind": kind,
        "start": start,
        "end": end,
        "due": due,
        "period": period_label(kind, start, end),
        "posted": _covered(session, entry.item, start, end),
    }


def _ad_hoc_open(session: Session, today: dt.date) -> list[Disclosure]:
    return list(
        session.scalars(
            select(Disclosure).where(
                Disclosure.deleted.is_(False),
                Disclosure.period_kind == PeriodKind.AD_HOC,
                Disclosure.status != DisclosureStatus.POSTED,
            )
        )
    )


def _periodic_items(session: Session, today: dt.date) -> list[DueItem]:
    items = []
    for row in calendar(session, today):
        if row["posted"]:
            continue
        params = {"item": row["item"], "period": row["period"], "day": row["due"].isoformat()}
        if row["due"] < today:
            items.append(
                DueItem(c.REG, c.D_OVERDUE, params | {"days": (today - row["due"]).days}, True, "disclosure")
            )
        elif (row["due"].year, row["due"].month) == (today.year, today.month):
            items.append(DueItem(c.REG, c.D_DUE, params, False, "disclosure"))
    return items


def _ad_hoc_items(session: Session, today: dt.date) -> list[DueItem]:
    days = settings.get(session, c.AD_HOC_DAYS)
    items = []
    for d in _ad_hoc_open(session, today):
        if d.event_date is None:
            continue
        due = due_date(PeriodKind.AD_HOC, d.event_date, ad_hoc_days=days)
        params: dict[str, object] = {
            "item": d.title,
            "period": period_label(d.period_kind, d.period_start, d.period_end),
        }
        params["day"] = due.isoformat()
        if due < today:
            items.append(
                DueItem(c.REG, c.D_OVERDUE, params | {"days": (today - due).days}, True, "disclosure")
            )
        else:
            items.append(DueItem(c.REG, c.D_DUE, params, False, "disclosure"))
    return items


def _posted_items(session: Session, today: dt.date) -> list[DueItem]:
    items = []
    stmt = select(Disclosure).where(
        Disclosure.deleted.is_(False),
        Disclosure.status.in_((DisclosureStatus.POSTED, DisclosureStatus.PENDING)),
        or_(Disclosure.posted_on.is_(None), Disclosure.posted_on >= today - dt.timedelta(days=100)),
    )
    for d in session.scalars(stmt):
        if d.status is DisclosureStatus.PENDING:
            items.append(DueItem(c.REG, c.D_REVIEW, {"title": d.title}, False, "disclosure"))
            continue
        assert d.posted_on is not None
        end = posting_end(d.posted_on, d.posting_days)
        if end >= today and d.taken_down_on is None:
            items.append(
                DueItem(c.REG, c.D_POSTED, {"title": d.title, "day": end.isoformat()}, False, "disclosure")
            )
    return items


def _feedback_items(session: Session, today: dt.date) -> list[DueItem]:
    values = settings.snapshot(session)
    village, township = values[c.ANSWER_DAYS], values[c.TOWNSHIP_ANSWER_DAYS]
    items = []
    stmt = (
        select(DisclosureFeedback, Disclosure.title)
        .join(Disclosure, Disclosure.id == DisclosureFeedback.disclosure_id)
        .where(DisclosureFeedback.deleted.is_(False))
        .where(or_(DisclosureFeedback.answered_on.is_(None), DisclosureFeedback.escalated_on.is_not(None)))
    )
    for fb, title in session.execute(stmt):
        if fb.escalated_on is not None:
            deadline = fb.escalated_on + dt.timedelta(days=township)
            if not fb.township_answer and deadline < today:
                params = {"title": title, "deadline": deadline.isoformat(), "days": (today - deadline).days}
                items.append(DueItem(c.REG, c.D_TOWNSHIP_OVERDUE, params, True, "disclosure"))
            continue
        deadline = fb.received_on + dt.timedelta(days=village)
        if deadline < today:
            params = {
                "title": title,
                "day": fb.received_on.isoformat(),
                "deadline": deadline.isoformat(),
                "days": (today - deadline).days,
            }
            items.append(DueItem(c.REG, c.D_ANSWER_OVERDUE, params, True, "disclosure"))
    return items


def due(session: Session, today: dt.date) -> list[DueItem]:
    return (
        _periodic_items(session, today)
        + _ad_hoc_items(session, today)
        + _feedback_items(session, today)
        + _posted_items(session, today)
    )


# -- the archive -----------------------------------------------------------------------------------
def search(
    session: Session, year: int | None = None, category: str = "", text: str = "", limit: int = 2000
) -> list[Disclosure]:
    """Disclosures newest first, filtered by the year their period ends, category and text."""
    stmt = select(Disclosure).where(Disclosure.deleted.is_(False))
    if year:
        stmt = stmt.where(
            Disclosure.period_end >= dt.date(year, 1, 1), Disclosure.period_end <= dt.date(year, 12, 31)
        )
    if category:
        stmt = stmt.where(Disclosure.category == category)
    needle = text.strip()
    if needle:
        like = f"%{needle}%"
        stmt = stmt.where(
            or_(Disclosure.title.like(like), Disclosure.item.like(like), Disclosure.content.like(like))
        )
    stmt = stmt.order_by(Disclosure.period_end.desc(), Disclosure.id.desc()).limit(limit)
    return list(session.scalars(stmt))


def matter_items(session: Session, year: int) -> list[dict[str, Any]]:
    """四议两公开's disclosures (and any other part's) for the calendar and archive, read through the
    manifest's ``disclosure_calendar`` hooks: no register is named here."""
    from villagedesk.registers import PARTS

    out: list[dict[str, Any]] = []
    for part in PARTS:
        hook = part.contributes.get("disclosure_calendar")
        if hook is not None:
            out.extend(hook(session, year))
    return out


def finance_sources() -> list[tuple[str, Any]]:
    """(part title, statement function) for every part offering a ``finance_statement``."""
    from villagedesk.registers import PARTS

    return [
        (p.title, p.contributes["finance_statement"]) for p in PARTS if "finance_statement" in p.contributes
    ]
