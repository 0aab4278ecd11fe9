"""Opening, withdrawing and re-proposing a major matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from villagedesk.core import settings as centre_settings
from villagedesk.core.deliberation.config import MAJOR_MATTERS
from villagedesk.core.deliberation.messages import (
    F_AMOUNT,
    F_CATEGORY,
    F_DATE,
    F_MATTER,
    F_REASON,
    F_TITLE,
    R_CATEGORY,
    R_FUTURE,
    R_NOT_FAILED,
    R_NOT_IN_PROGRESS,
    R_REQUIRED,
    R_TOO_LONG,
)
from villagedesk.core.deliberation.queries import get_matter
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.money import require_fen
from villagedesk.core.users import Action, require
from villagedesk.db.models import (
    Matter,
    MatterStatus,
    Origin,
)


# -- matters ----------------------------------------------------------------------------------------
@dataclass
class MatterInput:
    title: str
    category: str
    origin: Origin
    opened_on: dt.date
    amount_fen: int | None = None
    origin_detail: str = ""
    description: str = ""
    phased: bool = False


def _validate_matter(session: Session, data: MatterInput, today: dt.date) -> MatterInput:
    errors = Collector()
    title = " ".join(data.title.split())
    if not title:
        errors.add(F_TITLE, R_REQUIRED)
    elif len(title) > 120:
        errors.add(F_TITLE, R_TOO_LONG, max=120)
    if data.category not in centre_settings.get(session, MAJOR_MATTERS):
        errors.add(F_CATEGORY, R_CATEGORY, value=data.category)
    if data.amount_fen is not None:
        require_fen(data.amount_fen, F_AMOUNT, errors)  # integer fen, never negative, never a float
    if data.opened_on > today:
        errors.add(F_DATE, R_FUTURE, value=data.opened_on.isoformat())
    errors.raise_if_any()
    return MatterInput(
        title,
        data.category,
        data.origin,
        data.opened_on,
        data.amount_fen,
        data.origin_detail.strip(),
        data.description.strip(),
        data.phased,
    )


def open_matter(
    session: Session, data: MatterInput, today: dt.date | None = None, previous_round_id: int | None = None
) -> Matter:
    require(session, Action.EDIT_RECORDS)
    data = _validate_matter(session, data, today or dt.date.today())
    matter = Matter(
        title=data.title,
        category=data.category,
        origin=data.origin,
        origin_detail=data.origin_detail,
        amount_fen=data.amount_fen,
        description=data.description,
        opened_on=data.opened_on,
        phased=data.phased,
        previous_round_id=previous_round_id,
    )
    if previous_round_id is not None:
        matter.round = get_matter(session, previous_round_id).round + 1
    session.add(matter)
    session.flush()
    return matter


def withdraw(session: Session, matter_id: int, day: dt.date, reason: str) -> Matter:
    require(session, Action.EDIT_RECORDS)
    matter = get_matter(session, matter_id)
    if matter.status not in (MatterStatus.IN_PROGRESS, MatterStatus.FAILED):
        raise ValidationError.single(F_MATTER, R_NOT_IN_PROGRESS, status=matter.status.value)
    if not reason.strip():
        raise ValidationError.single(F_REASON, R_REQUIRED)
    matter.status = MatterStatus.WITHDRAWN
    matter.closed_on = day
    matter.close_reason = reason.strip()
    session.flush()
    return matter


def propose_again(
    session: Session, matter_id: int, data: MatterInput, today: dt.date | None = None
) -> Matter:
    """A failed or withdrawn matter, revised, starts a new round linked to the old one."""
    old = get_matter(session, matter_id)
    if old.status not in (MatterStatus.FAILED, MatterStatus.WITHDRAWN):
        raise ValidationError.single(F_MATTER, R_NOT_FAILED)
    return open_matter(session, data, today, previous_round_id=old.id)
