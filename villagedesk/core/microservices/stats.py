"""Monthly and yearly usage per service: people served and lines entered, reversals netted out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from villagedesk.db.models import ServiceItem, UsageEntry


@dataclass(frozen=True)
class ServiceStats:
    code: str
    name: str
    periods: tuple[int, ...]  # people served per month (12) or per year
    visits: tuple[int, ...]  # lines entered, a reversed line no longer counted

    @property
    def total(self) -> int:
        return sum(self.periods)


@dataclass(frozen=True)
class Stats:
    title: str
    labels: tuple[str, ...]  # 1月 … 12月, or the years
    rows: tuple[ServiceStats, ...]

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(r.periods[i] for r in self.rows) for i in range(len(self.labels)))


def _grouped(
    session: Session, start: dt.date, end: dt.date, period: Any
) -> dict[tuple[int, str], tuple[int, int]]:
    visits = func.sum(case((UsageEntry.people > 0, 1), else_=-1))  # a reversal takes its line back out
    stmt = (
        select(UsageEntry.item_id, period, func.sum(UsageEntry.people), visits)
        .where(UsageEntry.deleted.is_(False), UsageEntry.day >= start, UsageEntry.day <= end)
        .group_by(UsageEntry.item_id, period)
    )
    return {
        (item, str(int(p))): (int(people or 0), int(v or 0)) for item, p, people, v in session.execute(stmt)
    }


def _services(session: Session, start: dt.date) -> list[ServiceItem]:
    """Every item current, or retired within the period (its usage still counts there)."""
    stmt = select(ServiceItem).where(
        ServiceItem.deleted.is_(False), ServiceItem.retired_on.is_(None) | (ServiceItem.retired_on >= start)
    )
    return list(session.scalars(stmt.order_by(ServiceItem.position, ServiceItem.id)))


def monthly(session: Session, year: int) -> Stats:
    period = extract("month", UsageEntry.day)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    grouped = _grouped(session, start, end, period)
    keys = [str(m) for m in range(1, 13)]
    rows = tuple(
        ServiceStats(
            item.code,
            item.name,
            tuple(grouped.get((item.id, k), (0, 0))[0] for k in keys),
            tuple(grouped.get((item.id, k), (0, 0))[1] for k in keys),
        )
        for item in _services(session, start)
    )
    return Stats(f"{year}年", tuple(f"{m}月" for m in range(1, 13)), rows)


def yearly(session: Session, first: int, last: int) -> Stats:
    period = extract("year", UsageEntry.day)
    start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    grouped = _grouped(session, start, end, period)
    keys = [str(y) for y in range(first, last + 1)]
    rows = tuple(
        ServiceStats(
            item.code,
            item.name,
            tuple(grouped.get((item.id, k), (0, 0))[0] for k in keys),
            tuple(grouped.get((item.id, k), (0, 0))[1] for k in keys),
        )
        for item in _services(session, start)
    )
    title = f"{first}年" if first == last else f"{first}—{last}年"
    return Stats(title, tuple(f"{y}年" for y in range(first, last + 1)), rows)


def years_with_usage(session: Session) -> tuple[int, int] | None:
    first, last = session.execute(
        select(func.min(UsageEntry.day), func.max(UsageEntry.day)).where(UsageEntry.deleted.is_(False))
    ).one()
    return (first.year, last.year) if first and last else None


def month_people(session: Session, year: int, month: int) -> dict[str, int]:
    """People served per service code in one month (the township overview's figure)."""
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    stmt = (
        select(ServiceItem.code, func.sum(UsageEntry.people))
        .join(ServiceItem, ServiceItem.id == UsageEntry.item_id)
        .where(UsageEntry.deleted.is_(False), UsageEntry.day >= start, UsageEntry.day <= end)
        .group_by(ServiceItem.code)
    )
    return {code: int(n or 0) for code, n in session.execute(stmt)}
