"""The disclosure catalogue and calendar: which item is due for which period, and when.

A periodic item's disclosure is due on the posting day (setting, default the 20th) of the month
after its period ends; an ad hoc item within a number of days (setting, default 7) of the event.
Pure functions over dates and the catalogue; the session-bound parts live in ``status``.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass

from villagedesk.db.models import PeriodKind

PERIOD_WORDS = {
    "月": (PeriodKind.MONTH,),
    "季": (PeriodKind.QUARTER,),
    "年": (PeriodKind.YEAR,),
    "临时": (PeriodKind.AD_HOC,),
    "临时+季": (PeriodKind.AD_HOC, PeriodKind.QUARTER),
    "财务": (),  # the village's finance period: month or quarter
}


@dataclass(frozen=True)
class CatalogueItem:
    item: str
    category: str
    period: str  # a key of PERIOD_WORDS
    retention: str

    def kinds(self, finance_quarterly: bool) -> tuple[PeriodKind, ...]:
        if self.period == "财务":
            return (PeriodKind.QUARTER,) if finance_quarterly else (PeriodKind.MONTH,)
        return PERIOD_WORDS[self.period]

    def as_row(self) -> str:
        return f"{self.item}｜{self.category}｜{self.period}｜{self.retention}"


def parse_row(text: str) -> CatalogueItem | None:
    """'财务收支明细｜财务｜财务｜30年' → CatalogueItem; None when the row is not of that shape."""
    parts = [p.strip() for p in text.replace("|", "｜").split("｜")]
    if len(parts) != 4 or not all(parts) or parts[2] not in PERIOD_WORDS:
        return None
    return CatalogueItem(*parts)


def parse_catalogue(rows: list[str]) -> list[CatalogueItem]:
    return [item for item in (parse_row(r) for r in rows) if item is not None]


# -- periods ------------------------------------------------------------------------------------------
def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def period_of(kind: PeriodKind, day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar period of ``kind`` that contains ``day`` (ad hoc: the day itself)."""
    if kind is PeriodKind.MONTH:
        return day.replace(day=1), month_end(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        first = 3 * ((day.month - 1) // 3) + 1
        return dt.date(day.year, first, 1), month_end(day.year, first + 2)
    if kind is PeriodKind.YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day


def previous_period(kind: PeriodKind, start: dt.date) -> tuple[dt.date, dt.date]:
    return period_of(kind, start - dt.timedelta(days=1))


def is_whole_period(kind: PeriodKind, start: dt.date, end: dt.date) -> bool:
    return kind is PeriodKind.AD_HOC or period_of(kind, start) == (start, end)


def period_label(kind: PeriodKind, start: dt.date, end: dt.date) -> str:
    if kind is PeriodKind.MONTH:
        return f"{start.year}年{start.month}月"
    if kind is PeriodKind.QUARTER:
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    if kind is PeriodKind.YEAR:
        return f"{start.year}年度"
    if start == end:
        return f"{start.year}年{start.month}月{start.day}日"
    return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


def covers(spans: list[tuple[dt.date, dt.date]], start: dt.date, end: dt.date) -> bool:
    """Whether the posted periods ``spans`` together cover every day from ``start`` to ``end``:
    one disclosure spanning it, or several end to end (a village that changed from 按月 to 按季
    covered that quarter with three monthly disclosures)."""
    reached = start
    for first, last in sorted(spans):
        if first > reached:
            break
        reached = max(reached, last + dt.timedelta(days=1))
        if reached > end:
            return True
    return reached > end


def due_date(kind: PeriodKind, end: dt.date, posting_day: int = 20, ad_hoc_days: int = 7) -> dt.date:
    """Posting day of the month after the period ends; ad hoc: ``ad_hoc_days`` after the event."""
    if kind is PeriodKind.AD_HOC:
        return end + dt.timedelta(days=ad_hoc_days)
    year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
    return dt.date(year, month, min(posting_day, _cal.monthrange(year, month)[1]))


def periods_due_between(
    kind: PeriodKind, first: dt.date, last: dt.date, posting_day: int = 20
) -> list[tuple[dt.date, dt.date, dt.date]]:
    """Every period of ``kind`` whose due date falls in [first, last]: (start, end, due)."""
    if kind is PeriodKind.AD_HOC:
        return []
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    # the period whose due date could be ``first`` ended at most ~2 months before it
    start, end = period_of(kind, first.replace(day=1) - dt.timedelta(days=40))
    while True:
        due = due_date(kind, end, posting_day)
        if due > last:
            return out
        if due >= first:
            out.append((start, end, due))
        start, end = period_of(kind, end + dt.timedelta(days=1))
