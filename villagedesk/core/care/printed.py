"""What a care notice prints, as plain data: the same dict the supervision review signs (its
content hash) and the PDF builder draws, so a review covers exactly what is posted.

A disbursement notice lists a batch: the disbursements of one fund that the township approved on
the same day (a festival round), posted together. The batch is named by its first entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.care.fund import recipient_of
from villagedesk.core.errors import NotFoundError
from villagedesk.core.hashing import content_hash
from villagedesk.db.models import CareFund, CareFundEntry, DisbursementState, EntryKind

DISBURSEMENT_KIND = "care_disbursement"
S = DisbursementState


def batch(session: Session, entry: CareFundEntry) -> list[CareFundEntry]:
    """The disbursements posted (or to be posted) on one notice with ``entry``, in id order."""
    if entry.kind is not EntryKind.DISBURSEMENT or entry.township_approved_on is None:
        return []
    stmt = select(CareFundEntry).where(
        CareFundEntry.deleted.is_(False),
        CareFundEntry.kind == EntryKind.DISBURSEMENT,
        CareFundEntry.reverses_id.is_(None),
        CareFundEntry.fund_id == entry.fund_id,
        CareFundEntry.township_approved_on == entry.township_approved_on,
    )
    if entry.posted_on is not None:
        stmt = stmt.where(CareFundEntry.posted_on == entry.posted_on)
    else:
        stmt = stmt.where(CareFundEntry.state == S.TOWNSHIP_APPROVED)
    return list(session.scalars(stmt.order_by(CareFundEntry.id)))


def batch_head(session: Session, entry_id: int) -> CareFundEntry:
    """The entry naming the notice ``entry_id`` belongs to; NotFoundError when it is on none."""
    entry = session.get(CareFundEntry, entry_id)
    if entry is None or entry.deleted:
        raise NotFoundError(f"care fund entry {entry_id}")
    entries = batch(session, entry)
    if not entries or entries[0].id != entry.id:
        raise NotFoundError(f"care disbursement notice {entry_id}")
    return entry


def disbursement_heads(session: Session) -> list[CareFundEntry]:
    stmt = select(CareFundEntry).where(
        CareFundEntry.deleted.is_(False),
        CareFundEntry.kind == EntryKind.DISBURSEMENT,
        CareFundEntry.reverses_id.is_(None),
        CareFundEntry.township_approved_on.is_not(None),
        CareFundEntry.state.in_((S.TOWNSHIP_APPROVED, S.POSTED, S.PAID)),
    )
    seen: set[tuple[int, dt.date | None, dt.date | None]] = set()
    heads = []
    for entry in session.scalars(stmt.order_by(CareFundEntry.id)):
        key = (entry.fund_id, entry.township_approved_on, entry.posted_on)
        if key not in seen:
            seen.add(key)
            heads.append(entry)
    return heads


def disbursement_record(session: Session, head: CareFundEntry) -> dict[str, Any]:
    """Names (never a minor's), 村民小组, number of people, amounts and the approvals: only these print."""
    fund = session.get(CareFund, head.fund_id)
    entries = batch(session, head)
    day = head.township_approved_on or head.entry_date
    lines = []
    for entry in entries:
        name, group = recipient_of(session, entry, day)
        lines.append(
            {
                "recipient": name,
                "group": group,
                "people": 1,
                "item": entry.item,
                "amount_fen": entry.amount_fen,
            }
        )
    return {
        "kind": DISBURSEMENT_KIND,
        "uuid": head.uuid,
        "fund": fund.name if fund else "",
        "lines": lines,
        "total_fen": sum(e.amount_fen for e in entries),
        "branch_approved_on": max(
            (e.branch_approved_on for e in entries if e.branch_approved_on), default=day
        ).isoformat(),
        "township_approved_on": day.isoformat(),
        "posting_days": head.posting_days,
    }


def disbursement_hash(session: Session, head: CareFundEntry) -> str:
    return content_hash(disbursement_record(session, head))


def notice_day(entry: CareFundEntry) -> dt.date:
    return entry.posting_date or entry.township_approved_on or entry.entry_date


def post_batch(session: Session, head_id: int, day: dt.date, actor: str, digest: str) -> list[CareFundEntry]:
    """Printing the notice for posting: only after the supervision committee reviewed it as it
    prints; every disbursement on it is then posted on ``day``."""
    from villagedesk.core.care import config as c
    from villagedesk.core.care.fund import mark_posted
    from villagedesk.core.errors import ValidationError
    from villagedesk.core.review import current_review

    head = batch_head(session, head_id)
    if head.posted_on is not None:
        return batch(session, head)
    if current_review(session, head.uuid, digest) is None or digest != disbursement_hash(session, head):
        raise ValidationError.single(c.F_DISBURSEMENT, c.R_NEEDS_REVIEW)
    entries = batch(session, head)
    for entry in entries:
        mark_posted(session, entry.id, day, actor, digest)
    return entries
