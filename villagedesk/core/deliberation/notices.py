"""The two disclosures of a matter (stages 5 and 6): drafting, posting, taking down."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from villagedesk.core.deliberation.messages import (
    F_CONTENT,
    F_DATE,
    F_NOTICE,
    F_POSTING_DAYS,
    F_SPENT,
    R_BEFORE_MEETING,
    R_DAYS,
    R_FINAL_DONE,
    R_LOCKED,
    R_NEEDS_RESOLUTION,
    R_NEEDS_RESOLUTION_POSTED,
    R_NEEDS_REVIEW,
    R_NOT_POSTED,
    R_ONE_RESOLUTION,
    R_REQUIRED,
)
from villagedesk.core.deliberation.queries import get_matter, matter_notices, meetings, require_open
from villagedesk.core.errors import Collector, NotFoundError, ValidationError
from villagedesk.core.money import require_fen
from villagedesk.core.posting import posting_end
from villagedesk.core.users import Action, require
from villagedesk.db.models import (
    MatterNotice,
    MatterNoticeKind,
    MatterStatus,
    Meeting,
    MeetingResult,
    Stage,
)


@dataclass
class MatterNoticeInput:
    kind: MatterNoticeKind
    content: str
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int
    spent_fen: int | None = None
    acceptance: str = ""
    final: bool = True


def _resolution_meeting(session: Session, matter_id: int) -> Meeting | None:
    for m in meetings(session, matter_id):
        if m.stage is Stage.RESOLUTION and m.result is MeetingResult.PASSED:
            return m
    return None


def add_matter_notice(
    session: Session, matter_id: int, data: MatterNoticeInput, today: dt.date | None = None
) -> MatterNotice:
    require(session, Action.EDIT_RECORDS)
    today = today or dt.date.today()
    matter = get_matter(session, matter_id)
    require_open(matter)
    existing = matter_notices(session, matter_id)
    errors = Collector()
    resolution_meeting = _resolution_meeting(session, matter_id)
    if resolution_meeting is None:
        raise ValidationError.single(F_NOTICE, R_NEEDS_RESOLUTION)
    resolutions = [d for d in existing if d.kind is MatterNoticeKind.RESOLUTION]
    results = [d for d in existing if d.kind is MatterNoticeKind.RESULT]
    if data.kind is MatterNoticeKind.RESOLUTION and resolutions:
        raise ValidationError.single(F_NOTICE, R_ONE_RESOLUTION)
    if data.kind is MatterNoticeKind.RESULT:
        if not resolutions or resolutions[0].posted_on is None:
            raise ValidationError.single(F_NOTICE, R_NEEDS_RESOLUTION_POSTED)
        if any(r.final for r in results):
            raise ValidationError.single(F_NOTICE, R_FINAL_DONE)
    _check_matter_notice(data, resolution_meeting, errors)
    errors.raise_if_any()
    disclosure = MatterNotice(
        matter_id=matter.id,
        kind=data.kind,
        phase=len(results) + 1 if data.kind is MatterNoticeKind.RESULT else 1,
        final=data.final if matter.phased else True,
        content=data.content.strip(),
        spent_fen=data.spent_fen,
        acceptance=data.acceptance.strip(),
        notice_date=data.notice_date,
        posting_date=data.posting_date,
        posting_days=data.posting_days,
    )
    session.add(disclosure)
    session.flush()
    return disclosure


def _check_matter_notice(data: MatterNoticeInput, resolution_meeting: Meeting, errors: Collector) -> None:
    if not data.content.strip():
        errors.add(F_CONTENT, R_REQUIRED)
    if not 1 <= data.posting_days <= 90:
        errors.add(F_POSTING_DAYS, R_DAYS, value=data.posting_days)
    if data.notice_date < resolution_meeting.held_on:
        errors.add(
            F_DATE,
            R_BEFORE_MEETING,
            value=data.notice_date.isoformat(),
            meeting=resolution_meeting.held_on.isoformat(),
        )
    if data.posting_date < data.notice_date:
        errors.add(
            F_DATE,
            R_BEFORE_MEETING,
            value=data.posting_date.isoformat(),
            meeting=data.notice_date.isoformat(),
        )
    if data.spent_fen is not None:
        require_fen(data.spent_fen, F_SPENT, errors)


def update_matter_notice(session: Session, disclosure_id: int, data: MatterNoticeInput) -> MatterNotice:
    require(session, Action.EDIT_RECORDS)
    disclosure = get_matter_notice(session, disclosure_id)
    if disclosure.posted_on is not None:
        raise ValidationError.single(F_NOTICE, R_LOCKED, day=disclosure.posted_on.isoformat())
    errors = Collector()
    meeting = _resolution_meeting(session, disclosure.matter_id)
    assert meeting is not None
    _check_matter_notice(data, meeting, errors)
    errors.raise_if_any()
    for key, value in (
        ("content", data.content.strip()),
        ("spent_fen", data.spent_fen),
        ("acceptance", data.acceptance.strip()),
        ("notice_date", data.notice_date),
        ("posting_date", data.posting_date),
        ("posting_days", data.posting_days),
    ):
        if getattr(disclosure, key) != value:
            setattr(disclosure, key, value)
    session.flush()
    return disclosure


def get_matter_notice(session: Session, disclosure_id: int) -> MatterNotice:
    disclosure = session.get(MatterNotice, disclosure_id)
    if disclosure is None or disclosure.deleted:
        raise NotFoundError(f"disclosure {disclosure_id}")
    return disclosure


def mark_matter_notice_posted(
    session: Session, disclosure_id: int, day: dt.date, actor: str, content_hash: str
) -> None:
    """Printing for posting needs a supervision review of exactly this content; it locks the disclosure."""
    from villagedesk.core.review import current_review

    require(session, Action.POST)
    disclosure = get_matter_notice(session, disclosure_id)
    if current_review(session, disclosure.uuid, content_hash) is None:
        raise ValidationError.single(F_NOTICE, R_NEEDS_REVIEW)
    if disclosure.posted_on is None:
        disclosure.posted_on = day
        disclosure.posted_by = actor
        disclosure.content_hash = content_hash
        matter = get_matter(session, disclosure.matter_id)
        if disclosure.kind is MatterNoticeKind.RESULT and disclosure.final:
            matter.status = MatterStatus.COMPLETED
            matter.closed_on = day
    session.flush()


def take_down(session: Session, disclosure_id: int, day: dt.date, reason: str = "") -> bool:
    """Record when a posted disclosure came off the board; returns True when that was early."""
    require(session, Action.EDIT_RECORDS)
    disclosure = get_matter_notice(session, disclosure_id)
    if disclosure.posted_on is None:
        raise ValidationError.single(F_NOTICE, R_NOT_POSTED)
    disclosure.taken_down_on = day
    disclosure.taken_down_reason = reason.strip()
    session.flush()
    return taken_down_early(disclosure)


def taken_down_early(disclosure: MatterNotice) -> bool:
    if disclosure.taken_down_on is None:
        return False
    return disclosure.taken_down_on < posting_end(disclosure.posting_date, disclosure.posting_days)
