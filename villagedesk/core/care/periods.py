"""The period of a fund statement: a month, a quarter, a year, or any start..end the clerk picks.

A period is written the same way everywhere (the command line, a printable id's title):
``2025`` (a year), ``2025Q1`` (a quarter), ``2025-03`` (a month) or ``2025-01-15..2025-03-20``.
"""

from __future__ import annotations

import datetime as dt
import re

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP

F_PERIOD = QT_TRANSLATE_NOOP("core", "Statement period")
R_PERIOD = QT_TRANSLATE_NOOP(
    "core",
    "{value} is not a period: write a year (2025), a quarter (2025Q1), a month (2025-03) or two dates "
    "(2025-01-15..2025-03-20)",
)
R_PERIOD_ORDER = QT_TRANSLATE_NOOP("core", "the period ends ({end}) before it starts ({start})")

QUARTERS = ("一", "二", "三", "四")


def year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter(y: int, q: int) -> tuple[dt.date, dt.date]:
    start = dt.date(y, 3 * q - 2, 1)
    return start, _month_end(y, 3 * q)


def month(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), _month_end(y, m)


def _month_end(y: int, m: int) -> dt.date:
    following = dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)
    return following - dt.timedelta(days=1)


def checked(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    if end < start:
        raise ValidationError.single(F_PERIOD, R_PERIOD_ORDER, start=start.isoformat(), end=end.isoformat())
    return start, end


def parse(text: str) -> tuple[dt.date, dt.date]:
    """``2025``, ``2025Q1``, ``2025-03`` or ``2025-01-15..2025-03-20`` as (first day, last day)."""
    value = (text or "").strip().upper().replace(" ", "")
    try:
        if re.fullmatch(r"\d{4}", value):
            return year(int(value))
        if m := re.fullmatch(r"(\d{4})-?Q([1-4])", value):
            return quarter(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", value):
            start, end = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        else:
            raise ValueError(text)
    except ValueError:
        raise ValidationError.single(F_PERIOD, R_PERIOD, value=text) from None
    return checked(start, end)


def title(start: dt.date, end: dt.date) -> str:
    """The period as a notice names it: 2025年, 2025年第一季度, 2025年3月, or the two dates."""
    if start.day == 1 and start.month == 1 and (end.month, end.day) == (12, 31) and end.year == start.year:
        return f"{start.year}年"
    for q in range(1, 5):
        if (start, end) == quarter(start.year, q):
            return f"{start.year}年第{QUARTERS[q - 1]}季度"
    if (start, end) == month(start.year, start.month):
        return f"{start.year}年{start.month}月"
    return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


def encode(fund_id: int, start: dt.date, end: dt.date) -> int:
    """A printable row id naming a fund and a period: fund, start and end as digits (1·20250101·20250331)."""
    return fund_id * 10**16 + int(start.strftime("%Y%m%d")) * 10**8 + int(end.strftime("%Y%m%d"))


def decode(row: int) -> tuple[int, dt.date, dt.date]:
    """The inverse of ``encode``; the older yearly ids (fund·year) are read too. ValueError if neither."""
    if row < 10**8:
        fund_id, y = divmod(row, 10000)
        if not 2000 <= y <= 2100:
            raise ValueError(row)
        return fund_id, *year(y)
    fund_id, rest = divmod(row, 10**16)
    first, last = divmod(rest, 10**8)
    start = dt.datetime.strptime(f"{first:08d}", "%Y%m%d").date()
    end = dt.datetime.strptime(f"{last:08d}", "%Y%m%d").date()
    if end < start or fund_id <= 0:
        raise ValueError(row)
    return fund_id, start, end
