"""The supervision committee's review signature (监委会审核), one mechanism for every register.

Only a supervision-committee member, signed in with their own PIN and on the committee on the
review date, can sign; a PIN the administrator reset signs nothing until its owner chose a new one.
The review date lies between the day the signed version was saved (from the audit log) and today;
only the demo's simulated history, written by the system, is dated in the past. The signature
records who, when, the opinion, and which version (and content hash) of the record was reviewed; a
later change to the record needs a new review.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import users
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.base import utcnow
from villagedesk.db.models import AuditEntry, Person, ReviewSignature

F_REVIEWER = QT_TRANSLATE_NOOP("core", "Reviewer")
F_OPINION = QT_TRANSLATE_NOOP("core", "Review opinion")
F_REVIEW_DATE = QT_TRANSLATE_NOOP("core", "Review date")
R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_NOT_SUPERVISOR = QT_TRANSLATE_NOOP(
    "core",
    "{name} is not a member of the village affairs supervision committee on {day}; only its members may sign a review",
)
R_FUTURE = QT_TRANSLATE_NOOP("core", "{value} is in the future (today is {today})")
R_BEFORE_SAVED = QT_TRANSLATE_NOOP(
    "core",
    "{value} is before {saved}, the day this version of the record was saved; a review cannot be dated "
    "before what it reviews existed",
)
R_ALREADY = QT_TRANSLATE_NOOP("core", "{name} has already signed this version")


def sign_review(
    session: Session,
    *,
    record_kind: str,
    record_uuid: str,
    record_version: int,
    content_hash: str,
    signer: str,
    pin: str,
    opinion: str,
    day: dt.date,
    today: dt.date | None = None,
) -> ReviewSignature:
    """Verify the signer's PIN and committee membership, then record the signature.

    The PIN check is counted against the signer (lockout) even when the signature is refused.
    """
    today = today or dt.date.today()
    backdated_history = session.info.get("actor") == users.SYSTEM_ACTOR  # only the demo's simulated past
    user = users.authenticate(session, signer, pin)
    if user.must_change_pin:
        raise ValidationError.single(F_REVIEWER, users.R_PIN_RESET_BY_ADMIN, name=user.name)
    errors = Collector()
    if not opinion.strip():
        errors.add(F_OPINION, R_REQUIRED)
    saved = version_saved_on(session, record_uuid, record_version)
    if day > today:
        errors.add(F_REVIEW_DATE, R_FUTURE, value=day.isoformat(), today=today.isoformat())
    elif saved is not None and day < saved and not backdated_history:
        errors.add(F_REVIEW_DATE, R_BEFORE_SAVED, value=day.isoformat(), saved=saved.isoformat())
    if not users.supervisor_person_on(session, user, day):
        errors.add(F_REVIEWER, R_NOT_SUPERVISOR, name=user.name, day=day.isoformat())
    errors.raise_if_any()
    person = session.get(Person, user.person_id)
    assert person is not None
    for existing in reviews_for(session, record_uuid):
        if existing.record_version == record_version and existing.signer_person_uuid == person.uuid:
            raise ValidationError.single(F_REVIEWER, R_ALREADY, name=person.name)
    signature = ReviewSignature(
        record_kind=record_kind,
        record_uuid=record_uuid,
        record_version=record_version,
        content_hash=content_hash,
        signer_name=person.name,
        signer_person_uuid=person.uuid,
        opinion=opinion.strip(),
        review_date=day,
        signed_at=utcnow(),
    )
    previous_actor = session.info.get("actor")
    session.info["actor"] = user.name  # the audit log names the signer, not whoever is at the keyboard
    try:
        session.add(signature)
        session.flush()
    finally:
        session.info["actor"] = previous_actor
    return signature


def version_saved_on(session: Session, record_uuid: str, record_version: int) -> dt.date | None:
    """The local day the given version of a record was saved, from the audit log (None when the
    log has no entry for it)."""
    entries = session.execute(
        select(AuditEntry.at, AuditEntry.changes)
        .where(AuditEntry.record_uuid == record_uuid, AuditEntry.action.in_(("insert", "update", "delete")))
        .order_by(AuditEntry.id.desc())
    )
    for at, changes in entries:
        version = json.loads(changes).get("version")
        if isinstance(version, list) and len(version) == 2 and version[1] == record_version:
            return at.astimezone().date()
    return None


def reviews_for(session: Session, record_uuid: str) -> list[ReviewSignature]:
    return list(
        session.scalars(
            select(ReviewSignature)
            .where(ReviewSignature.record_uuid == record_uuid, ReviewSignature.deleted.is_(False))
            .order_by(ReviewSignature.signed_at)
        )
    )


def current_review(session: Session, record_uuid: str, content_hash: str) -> ReviewSignature | None:
    """The latest signature that covers the record's content as it is now (a status change such as
    posting does not need a new review; any change to the content does)."""
    matching = [r for r in reviews_for(session, record_uuid) if r.content_hash == content_hash]
    return matching[-1] if matching else None
