"""The care fund (关爱资金): income allocations and disbursements in integer 分.

A disbursement goes application → branch approval → township approval → posting (the notice,
after the supervision committee's review) → payment, which is only possible after the posting
period has ended and needs a voucher number and the recipient's signature. A fund never goes
below zero: approved but unpaid amounts are committed against its balance, and an application or
approval that would go past what is left is refused. Wrong entries are cancelled by reversal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care.targets import age_on, get_target, on_list
from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.money import format_fen
from villagedesk.core.posting import posting_end
from villagedesk.core.users import Action, require
from villagedesk.db.models import CareFund, CareFundEntry, CareTarget, DisbursementState, EntryKind

S = DisbursementState
COMMITTED = (S.BRANCH_APPROVED, S.TOWNSHIP_APPROVED, S.POSTED)
MINOR_AGE = 14


_ONE_WRITE = "care_fund_one_write"


@contextmanager
def one_write(session: Session) -> Iterator[None]:
    """Steps of one kind for several disbursements (a round's applications, its approvals, its
    payments) written in one flush, so the audit chain is appended once, not once per entry.

    Every rule is still checked per entry: the balance check reads the entries already in the
    session, whose pending states count (an approval earlier in the block commits its amount).
    Entries applied inside the block get their ids when it ends."""
    if session.info.get(_ONE_WRITE) is not None:
        yield
        return
    session.info[_ONE_WRITE] = {}  # what the block has read once: a fund's entries, the reversals
    try:
        with session.no_autoflush:
            yield
    finally:
        session.info.pop(_ONE_WRITE, None)
    session.flush()


def _flush(session: Session) -> None:
    if session.info.get(_ONE_WRITE) is None:
        session.flush()


def _forget(session: Session) -> None:
    cache = _read_once(session)
    if cache is not None:
        cache.clear()


def _read_once(session: Session) -> dict[Any, Any] | None:
    """Inside one_write, the block's cache (nothing is flushed there, so a query sees no more)."""
    cache = session.info.get(_ONE_WRITE)
    return cache if isinstance(cache, dict) else None


def ensure_funds(session: Session) -> list[CareFund]:
    """The funds of the setting, made on first use; a fund no longer in the setting stays."""
    have = {f.name: f for f in session.scalars(select(CareFund).where(CareFund.deleted.is_(False)))}
    added = False
    for name in settings.get(session, c.FUNDS):
        if name not in have:
            fund = CareFund(name=name)
            session.add(fund)
            have[name] = fund
            added = True
    if added:
        session.flush()
    return sorted(have.values(), key=lambda f: f.id)


def funds(session: Session) -> list[CareFund]:
    return list(session.scalars(select(CareFund).where(CareFund.deleted.is_(False)).order_by(CareFund.id)))


def fund_named(session: Session, name: str) -> CareFund:
    for fund in ensure_funds(session):
        if fund.name == name:
            return fund
    names: list[str] = settings.get(session, c.FUNDS)
    known = "、".join(names)
    raise ValidationError.single(c.F_FUND, c.R_UNKNOWN_FUND, value=name, known=known)


def get_entry(session: Session, entry_id: int) -> CareFundEntry:
    entry = session.get(CareFundEntry, entry_id)
    if entry is None or entry.deleted:
        raise NotFoundError(f"care fund entry {entry_id}")
    return entry


def _entries(session: Session, fund_id: int) -> list[CareFundEntry]:
    cache = _read_once(session)
    if cache is not None:
        if ("entries", fund_id) not in cache:
            cache["entries", fund_id] = _query_entries(session, fund_id)
        return cache["entries", fund_id]  # type: ignore[no-any-return]
    return _query_entries(session, fund_id)


def _query_entries(session: Session, fund_id: int) -> list[CareFundEntry]:
    return list(
        session.scalars(
            select(CareFundEntry).where(CareFundEntry.fund_id == fund_id, CareFundEntry.deleted.is_(False))
        )
    )


@dataclass(frozen=True)
class Balance:
    balance: int  # income received minus money paid out, in 分
    committed: int  # approved, not yet paid

    @property
    def available(self) -> int:
        return self.balance - self.committed


def _effect(entry: CareFundEntry, by_id: dict[int, CareFundEntry], day: dt.date) -> int:
    """What one entry changed in the balance up to ``day`` (reversals undo their original)."""
    if entry.reverses_id is not None:
        original = by_id[entry.reverses_id]
        if entry.entry_date > day:
            return 0
        return -entry.amount_fen if original.kind is EntryKind.INCOME else entry.amount_fen
    if entry.kind is EntryKind.INCOME:
        return entry.amount_fen if entry.entry_date <= day else 0
    if entry.state is S.PAID and entry.paid_on is not None and entry.paid_on <= day:
        return -entry.amount_fen
    return 0


def balance(
    session: Session, fund_id: int, day: dt.date | None = None, excluding: int | None = None
) -> Balance:
    day = day or dt.date.max
    entries = _entries(session, fund_id)
    by_id = {e.id: e for e in entries}
    total = sum(_effect(e, by_id, day) for e in entries)
    committed = sum(
        e.amount_fen
        for e in entries
        if e.kind is EntryKind.DISBURSEMENT and e.state in COMMITTED and e.id != excluding
    )
    return Balance(total, committed)


def _check_covered(session: Session, fund: CareFund, amount: int, excluding: int | None = None) -> None:
    b = balance(session, fund.id, excluding=excluding)
    if amount > b.available:
        raise ValidationError.single(
            c.F_AMOUNT,
            c.R_OVER_BALANCE,
            amount=format_fen(amount),
            fund=fund.name,
            available=format_fen(max(b.available, 0)),
            balance=format_fen(b.balance),
            committed=format_fen(b.committed),
        )


def _check_amount(amount: int | None, errors: Collector) -> None:
    if amount is None:
        errors.add(c.F_AMOUNT, c.R_REQUIRED)
    elif not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        from villagedesk.core.money import R_MONEY_ZERO

        errors.add(c.F_AMOUNT, R_MONEY_ZERO)


def _check_day(day: dt.date | None, today: dt.date, label: str, errors: Collector) -> None:
    if day is None:
        errors.add(label, c.R_REQUIRED)
    elif day > today:
        errors.add(label, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())


def record_income(
    session: Session,
    fund_name: str,
    day: dt.date,
    amount_fen: int,
    source: str,
    handler: str,
    item: str,
    today: dt.date,
) -> CareFundEntry:
    require(session, Action.EDIT_RECORDS)
    fund = fund_named(session, fund_name)
    errors = Collector()
    _check_amount(amount_fen, errors)
    _check_day(day, today, c.F_DATE, errors)
    check_text((source or "").strip(), c.F_SOURCE, errors, 60)
    check_text((handler or "").strip(), c.F_HANDLER, errors, 40)
    check_text((item or "").strip(), c.F_ITEM, errors, 120)
    errors.raise_if_any()
    entry = CareFundEntry(
        fund_id=fund.id,
        kind=EntryKind.INCOME,
        state=S.RECORDED,
        entry_date=day,
        amount_fen=amount_fen,
        source=source.strip(),
        handler=handler.strip(),
        item=item.strip(),
    )
    session.add(entry)
    session.flush()
    _forget(session)  # a one_write block around this reads the ledger afresh
    return entry


def apply_disbursement(
    session: Session,
    fund_name: str,
    target_id: int,
    day: dt.date,
    amount_fen: int,
    item: str,
    handler: str,
    today: dt.date,
    posting_days: int | None = None,
) -> CareFundEntry:
    require(session, Action.EDIT_RECORDS)
    fund = fund_named(session, fund_name)
    target = get_target(session, target_id)
    errors = Collector()
    _check_amount(amount_fen, errors)
    _check_day(day, today, c.F_DATE, errors)
    check_text((item or "").strip(), c.F_ITEM, errors, 120)
    check_text((handler or "").strip(), c.F_HANDLER, errors, 40)
    if day is not None and not on_list(target, day):
        errors.add(c.F_TARGET, c.R_NOT_ACTIVE_TARGET, name=target.name, day=day.isoformat())
    errors.raise_if_any()
    _check_covered(session, fund, amount_fen)
    entry = CareFundEntry(
        fund_id=fund.id,
        kind=EntryKind.DISBURSEMENT,
        state=S.APPLIED,
        entry_date=day,
        amount_fen=amount_fen,
        item=item.strip(),
        handler=handler.strip(),
        source=fund.name,
        target_id=target.id,
        posting_days=posting_days or settings.get(session, settings.POSTING_DAYS),
    )
    session.add(entry)
    _flush(session)
    return entry


def _disbursement(
    session: Session, entry_id: int, wanted: tuple[DisbursementState, ...], action: str
) -> CareFundEntry:
    entry = get_entry(session, entry_id)
    if entry.kind is not EntryKind.DISBURSEMENT or entry.state not in wanted or _reversal(session, entry.id):
        raise ValidationError.single(
            c.F_DISBURSEMENT,
            c.R_WRONG_STATE,
            state=Translatable(c.STATE_LABELS[entry.state.name]),
            action=Translatable(action),
        )
    return entry


def _check_step(
    day: dt.date | None, previous: dt.date, today: dt.date, label: str, approver: str | None
) -> None:
    errors = Collector()
    _check_day(day, today, label, errors)
    if day is not None and day < previous:
        errors.add(label, c.R_BEFORE_STEP, value=day.isoformat(), previous=previous.isoformat())
    if approver is not None:
        check_text(" ".join(approver.split()), c.F_APPROVER, errors, 40)
    errors.raise_if_any()


def approve_branch(
    session: Session, entry_id: int, day: dt.date, approver: str, today: dt.date
) -> CareFundEntry:
    require(session, Action.EDIT_RECORDS)
    entry = _disbursement(session, entry_id, (S.APPLIED,), c.A_BRANCH)
    _check_step(day, entry.entry_date, today, c.F_DATE, approver)
    fund = session.get(CareFund, entry.fund_id)
    assert fund is not None
    _check_covered(session, fund, entry.amount_fen, excluding=entry.id)
    entry.state = S.BRANCH_APPROVED
    entry.branch_approved_on = day
    entry.branch_approver = " ".join(approver.split())
    _flush(session)
    return entry


def approve_township(
    session: Session, entry_id: int, day: dt.date, approver: str, today: dt.date
) -> CareFundEntry:
    require(session, Action.EDIT_RECORDS)
    entry = _disbursement(session, entry_id, (S.BRANCH_APPROVED,), c.A_TOWNSHIP)
    assert entry.branch_approved_on is not None
    _check_step(day, entry.branch_approved_on, today, c.F_DATE, approver)
    fund = session.get(CareFund, entry.fund_id)
    assert fund is not None
    _check_covered(session, fund, entry.amount_fen, excluding=entry.id)
    entry.state = S.TOWNSHIP_APPROVED
    entry.township_approved_on = day
    entry.township_approver = " ".join(approver.split())
    _flush(session)
    return entry


def mark_posted(
    session: Session, entry_id: int, day: dt.date, actor: str, content_hash: str
) -> CareFundEntry:
    """Printing the notice for posting (documents/care.py, after the supervision review)."""
    require(session, Action.POST)
    entry = get_entry(session, entry_id)
    if entry.posted_on is None:
        entry = _disbursement(session, entry_id, (S.TOWNSHIP_APPROVED,), c.A_TOWNSHIP)
        entry.posted_on = day
        entry.posted_by = actor
        entry.posting_date = day
        entry.state = S.POSTED
    if content_hash and not entry.content_hash:
        entry.content_hash = content_hash
    _flush(session)
    return entry


def posting_ends(entry: CareFundEntry) -> dt.date | None:
    return None if entry.posting_date is None else posting_end(entry.posting_date, entry.posting_days)


def pay(
    session: Session, entry_id: int, day: dt.date, voucher_no: str, recipient_signed: bool, today: dt.date
) -> CareFundEntry:
    require(session, Action.EDIT_RECORDS)
    entry = _disbursement(session, entry_id, (S.POSTED,), c.A_PAID)
    end = posting_ends(entry)
    assert end is not None
    errors = Collector()
    _check_day(day, today, c.F_DATE, errors)
    if day is not None and day <= end:
        errors.add(
            c.F_DATE, c.R_PAY_BEFORE_END, end=end.isoformat(), next=(end + dt.timedelta(days=1)).isoformat()
        )
    voucher = " ".join((voucher_no or "").split())
    check_text(voucher, c.F_VOUCHER, errors, 40)
    if not recipient_signed:
        errors.add(c.F_SIGNED, c.R_NOT_SIGNED)
    errors.raise_if_any()
    entry.state = S.PAID
    entry.paid_on = day
    entry.voucher_no = voucher
    entry.recipient_signed = True
    _flush(session)
    return entry


def withdraw(session: Session, entry_id: int) -> CareFundEntry:
    """An application not yet posted may be withdrawn; it stays in the ledger as withdrawn."""
    require(session, Action.EDIT_RECORDS)
    entry = _disbursement(
        session, entry_id, (S.APPLIED, S.BRANCH_APPROVED, S.TOWNSHIP_APPROVED), c.A_WITHDRAWN
    )
    entry.state = S.WITHDRAWN
    session.flush()
    return entry


def _reversal(session: Session, entry_id: int) -> CareFundEntry | None:
    cache = _read_once(session)
    if cache is not None:
        if "reversals" not in cache:
            stmt = select(CareFundEntry).where(
                CareFundEntry.reverses_id.is_not(None), CareFundEntry.deleted.is_(False)
            )
            cache["reversals"] = {e.reverses_id: e for e in session.scalars(stmt)}
        return cache["reversals"].get(entry_id)  # type: ignore[no-any-return]
    return session.scalars(
        select(CareFundEntry).where(CareFundEntry.reverses_id == entry_id, CareFundEntry.deleted.is_(False))
    ).first()


def reverse_entry(
    session: Session, entry_id: int, reason: str, day: dt.date, today: dt.date
) -> CareFundEntry:
    """Cancel recorded income or a payment by a reversal entry; the original stays as it was."""
    require(session, Action.EDIT_RECORDS)
    entry = get_entry(session, entry_id)
    errors = Collector()
    reason = " ".join((reason or "").split())
    check_text(reason, c.F_REASON, errors, 200)
    _check_day(day, today, c.F_DATE, errors)
    if entry.reverses_id is not None:
        errors.add(c.F_REASON, c.R_IS_REVERSAL)
    done = _reversal(session, entry.id)
    if done is not None:
        errors.add(c.F_REASON, c.R_ALREADY_REVERSED, day=done.entry_date.isoformat())
    if entry.state not in (S.RECORDED, S.PAID):
        errors.add(
            c.F_DISBURSEMENT,
            c.R_WRONG_STATE,
            state=Translatable(c.STATE_LABELS[entry.state.name]),
            action=Translatable(c.A_WITHDRAWN),
        )
    errors.raise_if_any()
    fund = session.get(CareFund, entry.fund_id)
    assert fund is not None
    if entry.kind is EntryKind.INCOME:
        _check_covered(session, fund, entry.amount_fen)  # taking income back cannot overdraw the fund
    reversal = CareFundEntry(
        fund_id=entry.fund_id,
        kind=entry.kind,
        state=S.RECORDED,
        entry_date=day,
        amount_fen=entry.amount_fen,
        item=f"冲销：{entry.item}",
        source=entry.source,
        handler=entry.handler,
        target_id=entry.target_id,
        reverses_id=entry.id,
        reversal_reason=reason,
    )
    session.add(reversal)
    session.flush()
    _forget(session)  # a one_write block around this reads the ledger afresh
    return reversal


def payable(session: Session, today: dt.date) -> list[tuple[CareFundEntry, str, dt.date]]:
    """Posted disbursements whose posting period has ended: (entry, recipient, end)."""
    out = []
    stmt = select(CareFundEntry).where(CareFundEntry.deleted.is_(False), CareFundEntry.state == S.POSTED)
    for entry in session.scalars(stmt):
        end = posting_ends(entry)
        if end is not None and end < today and entry.target_id is not None:
            target = session.get(CareTarget, entry.target_id)
            out.append((entry, target.name if target else "", end))
    return out


def recipient_label(target: CareTarget | None, day: dt.date) -> str:
    """The name as a public list may show it: a minor (under 14) is never named (DOMAIN.md §5)."""
    if target is None:
        return ""
    age = age_on(target.birth_date, day)
    if age is not None and age < MINOR_AGE:
        return "未成年人（姓名不公示）"
    return target.name


def ledger(session: Session, fund_id: int | None = None) -> list[CareFundEntry]:
    stmt = select(CareFundEntry).where(CareFundEntry.deleted.is_(False))
    if fund_id is not None:
        stmt = stmt.where(CareFundEntry.fund_id == fund_id)
    return list(session.scalars(stmt.order_by(CareFundEntry.entry_date.desc(), CareFundEntry.id.desc())))


def _statement_day(entry: CareFundEntry) -> dt.date | None:
    if entry.reverses_id is not None or entry.kind is EntryKind.INCOME:
        return entry.entry_date
    return entry.paid_on if entry.state is S.PAID else None


def finance_statement(session: Session, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """The 村务公开 hook: one dict per ledger line of the care funds in [start, end]. Only recorded
    income and paid disbursements count; a reversal is a line of its own with a negative amount.
    Recipients are named as a public list may name them (minors never)."""
    from villagedesk.notices.masking import mask_name

    fund_names = {f.id: f.name for f in funds(session)}
    entries = ledger(session)
    by_id = {e.id: e for e in entries}
    lines = []
    for entry in sorted(entries, key=lambda e: (_statement_day(e) or dt.date.min, e.id)):
        day = _statement_day(entry)
        if day is None or not start <= day <= end:
            continue
        original = by_id.get(entry.reverses_id) if entry.reverses_id is not None else entry
        assert original is not None
        direction = "income" if original.kind is EntryKind.INCOME else "expenditure"
        item = entry.item
        if original.kind is EntryKind.DISBURSEMENT and original.target_id is not None:
            target = session.get(CareTarget, original.target_id)
            who = recipient_label(target, day)
            who = who if who.startswith("未成年人") else mask_name(who)
            item = f"{entry.item}（{who}）"
        lines.append(
            {
                "date": day,
                "direction": direction,
                "item": item,
                "amount_fen": -entry.amount_fen if entry.reverses_id is not None else entry.amount_fen,
                "source": fund_names.get(entry.fund_id, ""),
                "handler": entry.handler,
            }
        )
    return lines


@dataclass(frozen=True)
class Statement:
    fund: str
    start: dt.date
    end: dt.date
    opening: int
    income: int
    expenditure: int
    closing: int
    lines: list[dict[str, Any]]


def fund_statement(session: Session, fund_id: int, start: dt.date, end: dt.date) -> Statement:
    """Opening, income, disbursements and closing of one fund for a period; they add up."""
    fund = session.get(CareFund, fund_id)
    if fund is None:
        raise NotFoundError(f"care fund {fund_id}")
    opening = balance(session, fund_id, start - dt.timedelta(days=1)).balance
    lines = [line for line in finance_statement(session, start, end) if line["source"] == fund.name]
    income = sum(line["amount_fen"] for line in lines if line["direction"] == "income")
    spent = sum(line["amount_fen"] for line in lines if line["direction"] == "expenditure")
    closing = balance(session, fund_id, end).balance
    assert opening + income - spent == closing, "a statement must add up"
    return Statement(fund.name, start, end, opening, income, spent, closing, lines)


def recipient_of(session: Session, entry: CareFundEntry, day: dt.date) -> tuple[str, str]:
    """(name as printed, 村民小组) of a disbursement."""
    target = session.get(CareTarget, entry.target_id) if entry.target_id is not None else None
    return recipient_label(target, day), target.group_name if target else ""


def target_for(session: Session, target_id: int) -> CareTarget:
    return get_target(session, target_id)
