"""Review, posting, taking down, and villagers' feedback on disclosures.

Who may do each step is checked here: the clerk sends for review and posts; a supervision-committee
member signs with their own PIN (never on a disclosure they drafted or in which they handled a
line, and never while on the villagers' committee); a posted disclosure is locked for good.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import review, roster, settings, users
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure.record import KIND, disclosure_hash
from villagedesk.core.disclosure.service import catalogue_item, get, lines_of, status_word
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.users import Action, require
from villagedesk.db.models import (
    Body,
    Disclosure,
    DisclosureFeedback,
    DisclosureStatus,
    Person,
    ReviewSignature,
)


def submit(session: Session, disclosure_id: int) -> Disclosure:
    """草稿 → 待审核."""
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    if d.status is not DisclosureStatus.DRAFT:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_NOT_DRAFT, status=status_word(d.status))
    d.status = DisclosureStatus.PENDING
    d.returned_reason = ""
    session.flush()
    return d


def _check_reviewer(session: Session, d: Disclosure, signer: str, day: dt.date) -> None:
    """The conflicts of interest DOMAIN.md names, before the PIN is even asked."""
    user = users.find_user(session, signer)
    person = session.get(Person, user.person_id) if user is not None and user.person_id else None
    name = person.name if person is not None else signer
    if d.drafted_by == signer:
        raise ValidationError.single(c.F_REVIEWER, c.R_OWN_DRAFT, name=name)
    if person is None:
        return
    for line in lines_of(session, d):
        if line.handler and line.handler == person.name:
            raise ValidationError.single(c.F_REVIEWER, c.R_OWN_LINE, name=name, row=line.seq)
    if roster.is_member_on(session, person.id, Body.VILLAGE_COMMITTEE, day):
        raise ValidationError.single(c.F_REVIEWER, c.R_VILLAGE_COMMITTEE, name=name, day=day.isoformat())


def sign(
    session: Session,
    disclosure_id: int,
    signer: str,
    pin: str,
    opinion: str,
    day: dt.date,
    today: dt.date,
) -> ReviewSignature:
    """待审核 → 已审核: the reviewer signs this exact content with their own PIN."""
    d = get(session, disclosure_id)
    if d.status is not DisclosureStatus.PENDING:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_NOT_PENDING, status=status_word(d.status))
    _check_reviewer(session, d, signer, day)
    signature = review.sign_review(
        session,
        record_kind=KIND,
        record_uuid=d.uuid,
        record_version=d.version,
        content_hash=disclosure_hash(session, d),
        signer=signer,
        pin=pin,
        opinion=opinion,
        day=day,
        today=today,
    )
    d.status = DisclosureStatus.REVIEWED
    session.flush()
    return signature


def send_back(session: Session, disclosure_id: int, signer: str, pin: str, reason: str, day: dt.date) -> None:
    """待审核 → 草稿 with the reviewer's reasons (the reviewer's own PIN, like a signature)."""
    d = get(session, disclosure_id)
    if d.status is not DisclosureStatus.PENDING:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_NOT_PENDING, status=status_word(d.status))
    _check_reviewer(session, d, signer, day)
    user = users.authenticate(session, signer, pin)
    errors = Collector()
    if not users.supervisor_person_on(session, user, day):
        errors.add(c.F_REVIEWER, review.R_NOT_SUPERVISOR, name=user.name, day=day.isoformat())
    if not reason.strip():
        errors.add(c.F_RETURN_REASON, c.R_REQUIRED)
    errors.raise_if_any()
    d.status = DisclosureStatus.DRAFT
    d.returned_reason = reason.strip()[:2000]
    session.flush()


def record_township_check(session: Session, disclosure_id: int, who: str, day: dt.date) -> None:
    """The township 经管站's check of a finance disclosure (who and when), before posting."""
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    if d.status is DisclosureStatus.POSTED:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_LOCKED, day=str(d.posted_on))
    if not who.strip():
        raise ValidationError.single(c.F_TOWNSHIP_CHECK, c.R_REQUIRED)
    d.township_checked_by = " ".join(who.split())[:40]
    d.township_checked_on = day
    session.flush()


def check_postable(session: Session, d: Disclosure, digest: str) -> None:
    signature = review.current_review(session, d.uuid, digest)
    if d.status not in (DisclosureStatus.REVIEWED, DisclosureStatus.POSTED) or signature is None:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_NEEDS_REVIEW)


def mark_posted(session: Session, disclosure_id: int, day: dt.date, actor: str, digest: str) -> Disclosure:
    """已审核 → 已公开: only a review of exactly this content allows it; it locks the disclosure."""
    require(session, Action.POST)
    d = get(session, disclosure_id)
    check_postable(session, d, digest)
    if d.posted_on is None:
        entry = catalogue_item(session, d.item)
        d.status = DisclosureStatus.POSTED
        d.posted_on = day
        d.posted_by = actor
        d.content_hash = digest
        d.retention = entry.retention if entry is not None else "永久"
    session.flush()
    return d


def take_down(session: Session, disclosure_id: int, day: dt.date, today: dt.date) -> None:
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    if d.posted_on is None:
        raise ValidationError.single(c.F_DISCLOSURE, c.R_NOT_POSTED)
    if day < d.posted_on:
        raise ValidationError.single(
            c.F_TAKEN_DOWN, c.R_BEFORE_POSTED, value=day.isoformat(), posted=d.posted_on.isoformat()
        )
    if day > today:
        raise ValidationError.single(
            c.F_TAKEN_DOWN, c.R_FUTURE, value=day.isoformat(), today=today.isoformat()
        )
    d.taken_down_on = day
    session.flush()


# -- feedback ------------------------------------------------------------------------------------------
def add_feedback(
    session: Session,
    disclosure_id: int,
    who: str,
    received_on: dt.date,
    channel: str,
    content: str,
    today: dt.date,
) -> DisclosureFeedback:
    require(session, Action.EDIT_RECORDS)
    d = get(session, disclosure_id)
    errors = Collector()
    if not who.strip():
        errors.add(c.F_FEEDBACK_WHO, c.R_REQUIRED)
    if not channel.strip():
        errors.add(c.F_FEEDBACK_CHANNEL, c.R_REQUIRED)
    if not content.strip():
        errors.add(c.F_FEEDBACK_CONTENT, c.R_REQUIRED)
    if received_on > today:
        errors.add(c.F_FEEDBACK_DATE, c.R_FUTURE, value=received_on.isoformat(), today=today.isoformat())
    errors.raise_if_any()
    fb = DisclosureFeedback(
        disclosure_id=d.id,
        who=" ".join(who.split())[:40],
        received_on=received_on,
        channel=channel.strip()[:20],
        content=content.strip(),
    )
    session.add(fb)
    session.flush()
    return fb


def _feedback(session: Session, feedback_id: int) -> DisclosureFeedback:
    fb = session.get(DisclosureFeedback, feedback_id)
    if fb is None or fb.deleted:
        raise ValidationError.single(c.F_FEEDBACK_CONTENT, c.R_REQUIRED)
    return fb


def answer_feedback(session: Session, feedback_id: int, answer: str, day: dt.date, today: dt.date) -> None:
    require(session, Action.EDIT_RECORDS)
    fb = _feedback(session, feedback_id)
    errors = Collector()
    if fb.answered_on is not None:
        errors.add(c.F_ANSWER, c.R_ALREADY_ANSWERED, day=fb.answered_on.isoformat())
    if not answer.strip():
        errors.add(c.F_ANSWER, c.R_REQUIRED)
    if day < fb.received_on:
        errors.add(
            c.F_ANSWER_DATE, c.R_ANSWER_BEFORE, value=day.isoformat(), received=fb.received_on.isoformat()
        )
    if day > today:
        errors.add(c.F_ANSWER_DATE, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())
    errors.raise_if_any()
    fb.answer = answer.strip()
    fb.answered_on = day
    session.flush()


def escalate_feedback(session: Session, feedback_id: int, day: dt.date) -> None:
    """Unresolved: the query travels to the township in the next package."""
    require(session, Action.EDIT_RECORDS)
    fb = _feedback(session, feedback_id)
    if fb.escalated_on is not None:
        raise ValidationError.single(
            c.F_FEEDBACK_CONTENT, c.R_ALREADY_ESCALATED, day=fb.escalated_on.isoformat()
        )
    fb.escalated_on = day
    session.flush()


def feedback_of(session: Session, disclosure_id: int) -> list[DisclosureFeedback]:
    return list(
        session.scalars(
            select(DisclosureFeedback)
            .where(DisclosureFeedback.disclosure_id == disclosure_id, DisclosureFeedback.deleted.is_(False))
            .order_by(DisclosureFeedback.received_on, DisclosureFeedback.id)
        )
    )


def apply_township_answers(session: Session, value: object) -> None:
    """The township's answers to escalated queries, from its acknowledgement:
    ``[{"uuid": feedback uuid, "answer": text, "answered_on": "YYYY-MM-DD"}, ...]``."""
    if not isinstance(value, list):
        return
    for entry in value:
        if not isinstance(entry, dict):
            continue
        fb = session.scalars(
            select(DisclosureFeedback).where(DisclosureFeedback.uuid == str(entry.get("uuid", "")))
        ).first()
        answer = str(entry.get("answer", "")).strip()
        if fb is None or not answer or fb.township_answer == answer:
            continue
        fb.township_answer = answer
        try:
            fb.township_answered_on = dt.date.fromisoformat(str(entry.get("answered_on", "")))
        except ValueError:
            fb.township_answered_on = None
    session.flush()


def township_answers(session: Session) -> list[dict[str, str]]:
    return [
        {"uuid": fb.uuid, "answer": fb.township_answer, "answered_on": str(fb.township_answered_on or "")}
        for fb in session.scalars(select(DisclosureFeedback).where(DisclosureFeedback.township_answer != ""))
    ]


def answer_days(session: Session) -> tuple[int, int]:
    return settings.get(session, c.ANSWER_DAYS), settings.get(session, c.TOWNSHIP_ANSWER_DAYS)
