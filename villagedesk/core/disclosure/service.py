"""村务公开 lifecycle: 草稿 → 待审核 → 已审核 → 已公开 → 已归档, and the 更正公告.

Every step checks its role in core. Nothing is stored when a rule is broken. A posted disclosure is
never edited or deleted (and the audit log's posting lock backs that up); a correction is a new
disclosure linked to it and reviewed like any other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.centre import check_text
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure.calendar import (
    CatalogueItem,
    is_whole_period,
    parse_catalogue,
)
from villagedesk.core.disclosure.ledger import (
    CleanLine,
    LineInput,
    check_balance,
    clean_lines,
    money,
    previous_closing,
)
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.money import format_fen
from villagedesk.core.users import Action, require
from villagedesk.db.models import Disclosure, DisclosureLine, DisclosureStatus, PeriodKind

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
STATUS_WORDS = {s: s.value for s in DisclosureStatus}
ARCHIVED = "已归档"


@dataclass
class DisclosureInput:
    category: str
    item: str
    period_kind: PeriodKind
    period_start: dt.date
    period_end: dt.date
    title: str
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int = 7
    lead: str = ""
    content: str = ""
    event_date: dt.date | None = None
    table_headers: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)
    opening: int | str | None = None  # fen, or yuan as typed
    closing: int | str | None = None
    opening_reason: str = ""
    lines: list[LineInput] = field(default_factory=list)


@dataclass(frozen=True)
class Checked:
    data: DisclosureInput
    ledger: bool
    opening_fen: int | None
    closing_fen: int | None
    opening_reason: str
    lines: list[CleanLine]


def catalogue(session: Session) -> list[CatalogueItem]:
    return parse_catalogue(settings.get(session, c.CATALOGUE))


def categories(session: Session) -> tuple[str, ...]:
    return c.SPLIT_CATEGORIES if settings.get(session, c.SPLIT_AFFAIRS) else c.CATEGORIES


def catalogue_item(session: Session, name: str) -> CatalogueItem | None:
    return next((i for i in catalogue(session) if i.item == name), None)


def is_finance_ledger(item: CatalogueItem | None) -> bool:
    return item is not None and item.period == "财务"


# -- checking ---------------------------------------------------------------------------------------
def _check_what(session: Session, data: DisclosureInput, errors: Collector) -> CatalogueItem | None:
    allowed = categories(session)
    if data.category not in allowed:
        errors.add(c.F_CATEGORY, c.R_UNKNOWN_CATEGORY, value=data.category, allowed="、".join(allowed))
    entry = catalogue_item(session, data.item)
    if entry is None:
        errors.add(c.F_ITEM, c.R_UNKNOWN_ITEM, value=data.item)
    elif entry.category != data.category and not (
        entry.category == "村务" and data.category in ("政务", "事务")
    ):
        errors.add(c.F_ITEM, c.R_ITEM_CATEGORY, item=data.item, category=entry.category, value=data.category)
    return entry


def _check_period(data: DisclosureInput, errors: Collector) -> None:
    if data.period_end < data.period_start:
        errors.add(
            c.F_PERIOD_END,
            c.R_END_BEFORE_START,
            end=data.period_end.isoformat(),
            start=data.period_start.isoformat(),
        )
    elif not is_whole_period(data.period_kind, data.period_start, data.period_end):
        errors.add(
            c.F_PERIOD,
            c.R_PERIOD_SHAPE,
            start=data.period_start.isoformat(),
            end=data.period_end.isoformat(),
            kind=data.period_kind.value,
        )
    if data.period_kind is PeriodKind.AD_HOC and data.event_date is None:
        errors.add(c.F_EVENT_DATE, c.R_REQUIRED)


def _check_text(data: DisclosureInput, errors: Collector) -> None:
    check_text(" ".join(data.title.split()), c.F_TITLE, errors, 60)
    if len(data.lead) > 2000:
        errors.add(c.F_LEAD, c.R_TOO_LONG, max=2000)
    if len(data.content) > 8000:
        errors.add(c.F_CONTENT, c.R_TOO_LONG, max=8000)
    if data.posting_date < data.notice_date:
        errors.add(
            c.F_POSTING_DATE,
            c.R_POST_BEFORE_ISSUE,
            posting=data.posting_date.isoformat(),
            issued=data.notice_date.isoformat(),
        )
    if isinstance(data.posting_days, bool) or not 1 <= data.posting_days <= 90:
        errors.add(c.F_POSTING_DAYS, c.R_DAYS, value=data.posting_days)


def _check_ledger(
    session: Session,
    data: DisclosureInput,
    errors: Collector,
    own_id: int | None,
    corrects: Disclosure | None,
) -> tuple[int | None, int | None, str, list[CleanLine]]:
    if not data.lines:
        errors.add(c.F_LINES, c.R_NO_LINES)
    before = len(errors.errors)
    lines = clean_lines(data.lines, errors)
    lines_ok = len(errors.errors) == before
    opening = money(data.opening, c.F_OPENING, errors)
    closing = money(data.closing, c.F_CLOSING, errors)
    if opening is not None and closing is not None and lines_ok:
        check_balance(opening, closing, lines, errors)
    reason = " ".join(data.opening_reason.split())
    start = corrects.period_start if corrects is not None else data.period_start
    previous = previous_closing(session, data.item, start, own_id)
    if previous is not None and opening is not None and opening != previous.closing_fen:
        if not reason and corrects is None:
            errors.add(
                c.F_OPENING_REASON,
                c.R_OPENING_DIFFERS,
                value=format_fen(opening),
                previous=format_fen(previous.closing_fen),
                period=previous.period,
            )
    elif previous is not None and previous.reason and not reason:
        reason = previous.reason  # a posted 更正 of the previous period, carried with its reason
    return opening, closing, reason, lines


def check(
    session: Session, data: DisclosureInput, own_id: int | None = None, corrects: Disclosure | None = None
) -> Checked:
    errors = Collector()
    entry = _check_what(session, data, errors)
    _check_period(data, errors)
    _check_text(data, errors)
    ledger = is_finance_ledger(entry)
    opening = closing = None
    reason = ""
    lines: list[CleanLine] = []
    if ledger:
        opening, closing, reason, lines = _check_ledger(session, data, errors, own_id, corrects)
    elif data.lines:
        errors.add(c.F_LINES, c.R_LEDGER_ONLY_FINANCE)
    errors.raise_if_any()
    return Checked(data, ledger, opening, closing, reason, lines)


# -- storing ------------------------------------------------------------------------------------------
def get(session: Session, disclosure_id: int) -> Disclosure:
    d = session.get(Disclosure, disclosure_id)
    if d is None or d.deleted:
        raise NotFoundError(f"disclosure {disclosure_id}")
    return d


def lines_of(session: Session, d: Disclosure) -> list[DisclosureLine]:
    return list(
        session.scalars(
            select(DisclosureLine)
            .where(DisclosureLine.disclosure_id == d.id, DisclosureLine.deleted.is_(False))
            .order_by(DisclosureLine.seq)
        )
    )


def _apply(session: Session, d: Disclosure, checked: Checked) -> None:
    data = checked.data
    table = (
        json.dumps({"headers": data.table_headers, "rows": data.table_rows}, ensure_ascii=False)
        if data.table_headers
        else ""
    )
    values = {
        "category": data.category,
        "item": data.item,
        "period_kind": data.period_kind,
        "period_start": data.period_start,
        "period_end": data.period_end,
        "event_date": data.event_date,
        "title": " ".join(data.title.split()),
        "lead": data.lead.strip(),
        "content": "\n".join(p.strip() for p in data.content.strip().splitlines()),
        "table_json": table,
        "notice_date": data.notice_date,
        "posting_date": data.posting_date,
        "posting_days": data.posting_days,
        "ledger": checked.ledger,
        "opening_fen": checked.opening_fen,
        "closing_fen": checked.closing_fen,
        "opening_reason": checked.opening_reason,
    }
    for key, value in values.items():
        if getattr(d, key) != value:
            setattr(d, key, value)
    session.flush()
    _replace_lines(session, d, checked.lines)


def _replace_lines(session: Session, d: Disclosure, lines: list[CleanLine]) -> None:
    old = lines_of(session, d)
    for index, line in enumerate(lines):
        row = old[index] if index < len(old) else DisclosureLine(disclosure_id=d.id)
        for key in ("seq", "direction", "item", "amount_fen", "source", "handler", "opinion"):
            if getattr(row, key, None) != getattr(line, key):
                setattr(row, key, getattr(line, key))
        if index >= len(old):
            session.add(row)
    for row in old[len(lines) :]:
        row.deleted = True
    session.flush()


def _locked(d: Disclosure) -> None:
    if d.status is DisclosureStatus.POSTED:
        day = d.posted_on.isoformat() if d.posted_on else ""
        raise ValidationError.single(c.F_DISCLOSURE, c.R_LOCKED, day=day)


def create(session: Session, data: DisclosureInput) -> Disclosure:
    require(session, Action.EDIT_RECORDS)
    checked = check(session, data)
    d = Disclosure(drafted_by=str(session.info.get("actor", "")), status=DisclosureStatus.DRAFT)
    session.add(d)
    _apply(session, d, checked)
    return d


def update(session: Session, disclosure_id: int, data: DisclosureInput) -> Disclosure:
    """Edit a draft (or one waiting for / past review: it goes back to draft and needs a new review)."""
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    _locked(d)
    corrects = get(session, d.corrects_id) if d.corrects_id else None
    checked = check(session, data, d.id, corrects)
    _apply(session, d, checked)
    if d.status is not DisclosureStatus.DRAFT:
        d.status = DisclosureStatus.DRAFT
    session.flush()
    return d


def remove(session: Session, disclosure_id: int) -> None:
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    _locked(d)
    for line in lines_of(session, d):
        line.deleted = True
    d.deleted = True
    session.flush()


def correct(session: Session, original_id: int, data: DisclosureInput, reason: str) -> Disclosure:
    """A 更正公告 of a posted disclosure: a new draft linked to it, reviewed and posted like any."""
    require(session, Action.EDIT_RECORDS)
    original = get(session, original_id)
    if original.status is not DisclosureStatus.POSTED:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_CORRECT_POSTED)
    errors = Collector()
    reason = " ".join(reason.split())
    if not reason:
        errors.add(c.F_CORRECTION_REASON, c.R_REQUIRED)
    errors.raise_if_any()
    checked = check(session, data, None, original)
    d = Disclosure(
        drafted_by=str(session.info.get("actor", "")),
        status=DisclosureStatus.DRAFT,
        corrects_id=original.id,
        correction_reason=reason[:400],
    )
    session.add(d)
    _apply(session, d, checked)
    return d


def input_of(session: Session, d: Disclosure) -> DisclosureInput:
    """What the editor shows for a stored disclosure (and the start of a correction)."""
    table = json.loads(d.table_json) if d.table_json else {"headers": [], "rows": []}
    return DisclosureInput(
        category=d.category,
        item=d.item,
        period_kind=d.period_kind,
        period_start=d.period_start,
        period_end=d.period_end,
        title=d.title,
        notice_date=d.notice_date,
        posting_date=d.posting_date,
        posting_days=d.posting_days,
        lead=d.lead,
        content=d.content,
        event_date=d.event_date,
        table_headers=list(table["headers"]),
        table_rows=[list(r) for r in table["rows"]],
        opening=d.opening_fen,
        closing=d.closing_fen,
        opening_reason=d.opening_reason,
        lines=[
            LineInput(ln.direction, ln.item, ln.amount_fen, ln.source, ln.handler, ln.opinion)
            for ln in lines_of(session, d)
        ],
    )


# -- attachments: kept by content in the attachments folder, like meeting signature scans -------------
def add_attachment(
    session: Session, disclosure_id: int, path: Path, label: str, attachments: Path
) -> dict[str, str]:
    """A board photo or a scan; allowed after posting (the photo is taken of the posted board)."""
    from villagedesk.files import write_atomically

    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    name = Path(path).name
    if Path(path).suffix.lower() not in SCAN_SUFFIXES:
        raise ValidationError.single(c.F_ATTACHMENT, c.R_SCAN_KIND, name=name)
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise ValidationError.single(c.F_ATTACHMENT, c.R_SCAN_READ, name=name) from None
    if len(data) > 20 * 1024 * 1024:
        raise ValidationError.single(c.F_ATTACHMENT, c.R_SCAN_SIZE, name=name)
    sha = hashlib.sha256(data).hexdigest()
    attachments.mkdir(parents=True, exist_ok=True)
    stored = attachments / f"{sha}{Path(path).suffix.lower()}"
    if not stored.exists():
        write_atomically(stored, data)
    entry = {"label": label[:40], "file": stored.name, "sha256": sha, "name": name[:120]}
    current = json.loads(d.attachments_json or "[]")
    if all(a["sha256"] != sha for a in current):
        d.attachments_json = json.dumps([*current, entry], ensure_ascii=False)
        session.flush()
    return entry


def attachments_of(d: Disclosure) -> list[dict[str, str]]:
    return list(json.loads(d.attachments_json or "[]"))


def status_text(d: Disclosure, today: dt.date) -> str:
    """The stage a clerk sees: 已归档 once a posted disclosure's posting period is over."""
    from villagedesk.core.posting import posting_end

    if d.status is DisclosureStatus.POSTED and d.posted_on is not None:
        if posting_end(d.posted_on, d.posting_days) < today:
            return ARCHIVED
    return d.status.value


def status_word(status: DisclosureStatus) -> Translatable:
    return Translatable(status.value)
