"""A finance disclosure's ledger: lines, totals and the balance rules.

closing = opening + income − expenditure, all integer 分. The opening balance is the previous
period's closing balance (after any posted 更正 of that period), entered once for the first period,
and differs from it only with a recorded reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.disclosure import config as c
from villagedesk.core.errors import Collector
from villagedesk.core.money import format_fen, parse_yuan, require_fen
from villagedesk.db.models import Disclosure, DisclosureLine, DisclosureStatus

INCOME, EXPENDITURE = "income", "expenditure"
DIRECTIONS = {"收入": INCOME, "支出": EXPENDITURE, INCOME: INCOME, EXPENDITURE: EXPENDITURE}
DIRECTION_NAMES = {INCOME: "收入", EXPENDITURE: "支出"}


@dataclass
class LineInput:
    direction: str  # 收入 / 支出 (or income / expenditure)
    item: str
    amount: int | str  # fen, or yuan as typed
    source: str = ""
    handler: str = ""
    opinion: str = ""


@dataclass(frozen=True)
class CleanLine:
    seq: int
    direction: str
    item: str
    amount_fen: int
    source: str
    handler: str
    opinion: str


def money(value: int | str | None, field: str, errors: Collector, required: bool = True) -> int | None:
    """An amount as fen: an int is checked as it is, text is read as yuan (two decimals at most)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.add(field, c.R_REQUIRED)
        return None
    if isinstance(value, str):
        return parse_yuan(value, field, errors)
    before = len(errors.errors)
    fen = require_fen(value, field, errors)
    return fen if len(errors.errors) == before else None


def _short(text: str, field: str, errors: Collector, limit: int, required: bool = False) -> str:
    text = " ".join(str(text or "").split())
    if required and not text:
        errors.add(field, c.R_REQUIRED)
    elif len(text) > limit:
        errors.add(field, c.R_TOO_LONG, max=limit)
    return text


def clean_lines(lines: list[LineInput], errors: Collector) -> list[CleanLine]:
    """Each line checked; a problem names its line ("Line 3: amount")."""
    out = []
    for row, line in enumerate(lines, start=1):
        before = len(errors.errors)
        direction = DIRECTIONS.get(str(line.direction).strip())
        if direction is None:
            errors.add(c.F_LINE_DIRECTION, c.R_DIRECTION, value=line.direction)
        item = _short(line.item, c.F_LINE_ITEM, errors, 120, required=True)
        amount = money(line.amount, c.F_LINE_AMOUNT, errors)
        handler = _short(line.handler, c.F_LINE_HANDLER, errors, 40)
        for error in errors.errors[before:]:
            error.params.setdefault("row", row)
        out.append(
            CleanLine(
                row,
                direction or INCOME,
                item,
                amount or 0,
                " ".join(line.source.split())[:60],
                handler,
                " ".join(line.opinion.split())[:200],
            )
        )
    return out


def totals(lines: list[CleanLine] | list[DisclosureLine]) -> tuple[int, int]:
    income = sum(line.amount_fen for line in lines if line.direction == INCOME)
    expenditure = sum(line.amount_fen for line in lines if line.direction == EXPENDITURE)
    return income, expenditure


def check_balance(opening: int, closing: int, lines: list[CleanLine], errors: Collector) -> None:
    income, expenditure = totals(lines)
    expected = opening + income - expenditure
    if closing != expected:
        errors.add(
            c.F_CLOSING,
            c.R_NOT_ADDING_UP,
            closing=format_fen(closing),
            opening=format_fen(opening),
            income=format_fen(income),
            expenditure=format_fen(expenditure),
            expected=format_fen(expected),
        )


@dataclass(frozen=True)
class PreviousClosing:
    closing_fen: int
    period: str  # label of the previous period
    reason: str  # a posted correction's reason, carried into this period's opening


def effective(session: Session, original: Disclosure) -> Disclosure:
    """The disclosure as it stands: its latest posted 更正, or itself."""
    latest = original
    while True:
        nxt = session.scalars(
            select(Disclosure)
            .where(
                Disclosure.corrects_id == latest.id,
                Disclosure.deleted.is_(False),
                Disclosure.status == DisclosureStatus.POSTED,
            )
            .order_by(Disclosure.id.desc())
        ).first()
        if nxt is None:
            return latest
        latest = nxt


def previous_closing(
    session: Session, item: str, start: dt.date, exclude_id: int | None = None
) -> PreviousClosing | None:
    """The closing balance of the period that ended the day before ``start`` (None: first period)."""
    from villagedesk.core.disclosure.calendar import period_label

    stmt = select(Disclosure).where(
        Disclosure.ledger.is_(True),
        Disclosure.item == item,
        Disclosure.deleted.is_(False),
        Disclosure.corrects_id.is_(None),
        Disclosure.period_end == start - dt.timedelta(days=1),
    )
    if exclude_id is not None:
        stmt = stmt.where(Disclosure.id != exclude_id)
    original = session.scalars(stmt.order_by(Disclosure.id.desc())).first()
    if original is None or original.closing_fen is None:
        return None
    current = effective(session, original)
    reason = current.correction_reason if current is not original else ""
    label = period_label(original.period_kind, original.period_start, original.period_end)
    return PreviousClosing(current.closing_fen or 0, label, reason)
