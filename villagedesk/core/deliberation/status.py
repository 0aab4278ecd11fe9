"""Where things stand: the matter list, a matter's timeline and the home page's items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings as centre_settings
from villagedesk.core.deliberation.config import PROCESS_LIMIT_DAYS
from villagedesk.core.deliberation.meetings import composition
from villagedesk.core.deliberation.messages import D_MISSING, D_OVERDUE, D_WAITING, REG, STAGE_LABELS
from villagedesk.core.deliberation.notices import taken_down_early
from villagedesk.core.deliberation.queries import (
    first_missing,
    get_matter,
    matter_notices,
    meetings,
    next_stage,
    stages_done,
)
from villagedesk.core.deliberation.rules import composition_warnings
from villagedesk.db.models import (
    Matter,
    MatterNotice,
    MatterNoticeKind,
    MatterStatus,
    Meeting,
    MeetingResult,
    Origin,
    Stage,
)


# -- seeing where things stand ----------------------------------------------------------------------
@dataclass(frozen=True)
class MatterRow:
    id: int
    uuid: str
    title: str
    category: str
    origin: Origin
    amount_fen: int | None
    opened_on: dt.date
    status: MatterStatus
    next_stage: Stage | None
    round: int
    overdue: bool
    missing_disclosure: bool
    days_open: int


def _row(matter: Matter, done: set[Stage], today: dt.date, limit: int) -> MatterRow:
    in_progress = matter.status is MatterStatus.IN_PROGRESS
    posted = Stage.RESOLUTION_DISCLOSURE in done
    return MatterRow(
        matter.id,
        matter.uuid,
        matter.title,
        matter.category,
        matter.origin,
        matter.amount_fen,
        matter.opened_on,
        matter.status,
        first_missing(matter, done),
        matter.round,
        in_progress and not posted and (today - matter.opened_on).days > limit,
        in_progress and Stage.RESOLUTION in done and not posted,
        (today - matter.opened_on).days,
    )


def list_matters(
    session: Session,
    year: int | None = None,
    category: str | None = None,
    status: MatterStatus | None = None,
    today: dt.date | None = None,
) -> list[MatterRow]:
    """The matters with where each stands, in a fixed number of queries whatever their number."""
    today = today or dt.date.today()
    stmt = select(Matter).where(Matter.deleted.is_(False))
    if year:
        stmt = stmt.where(Matter.opened_on >= dt.date(year, 1, 1), Matter.opened_on <= dt.date(year, 12, 31))
    if category:
        stmt = stmt.where(Matter.category == category)
    if status:
        stmt = stmt.where(Matter.status == status)
    matters = list(session.scalars(stmt.order_by(Matter.opened_on.desc(), Matter.id.desc())))
    ids = [m.id for m in matters]
    by_matter_meetings: dict[int, list[Meeting]] = {}
    by_matter_notices: dict[int, list[MatterNotice]] = {}
    if ids:
        for meeting in session.scalars(
            select(Meeting).where(Meeting.deleted.is_(False), Meeting.matter_id.in_(ids))
        ):
            by_matter_meetings.setdefault(meeting.matter_id, []).append(meeting)
        for notice in session.scalars(
            select(MatterNotice).where(MatterNotice.deleted.is_(False), MatterNotice.matter_id.in_(ids))
        ):
            by_matter_notices.setdefault(notice.matter_id, []).append(notice)
    limit = centre_settings.get(session, PROCESS_LIMIT_DAYS)
    return [
        _row(m, stages_done(by_matter_meetings.get(m.id, ()), by_matter_notices.get(m.id, ())), today, limit)
        for m in matters
    ]


@dataclass(frozen=True)
class TimelineItem:
    stage: Stage
    day: dt.date | None
    label: str  # translatable stage label
    state: str  # "passed" / "failed" / "no_quorum" / "posted" / "draft" / "waiting" / "taken_down_early"
    record_id: int | None = None
    record_kind: str = ""


def timeline(session: Session, matter_id: int) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    for m in meetings(session, matter_id):
        state = {
            MeetingResult.PASSED: "passed",
            MeetingResult.FAILED: "failed",
            MeetingResult.NO_QUORUM: "no_quorum",
        }[m.result]
        items.append(TimelineItem(m.stage, m.held_on, STAGE_LABELS[m.stage], state, m.id, "meeting"))
    for d in matter_notices(session, matter_id):
        stage = (
            Stage.RESOLUTION_DISCLOSURE if d.kind is MatterNoticeKind.RESOLUTION else Stage.RESULT_DISCLOSURE
        )
        state = "taken_down_early" if taken_down_early(d) else ("posted" if d.posted_on else "draft")
        items.append(
            TimelineItem(stage, d.posted_on or d.notice_date, STAGE_LABELS[stage], state, d.id, "disclosure")
        )
    matter = get_matter(session, matter_id)
    nxt = next_stage(session, matter)
    if nxt is not None and not any(i.stage is nxt and i.state in ("draft",) for i in items):
        items.append(TimelineItem(nxt, None, STAGE_LABELS[nxt], "waiting"))
    return items


def composition_due(session: Session, today: dt.date) -> list[Any]:
    """The 村民代表会议's composition on ``today``, once the roster has 村民代表: a reminder per rule
    it breaks, opening the roster where it is put right."""
    from villagedesk.core.workbench import DueItem

    current = composition(session, today)
    if current.representatives == 0:
        return []
    return [DueItem(REG, text, params, False, "roster") for text, params in composition_warnings(current)]


def due(session: Session, today: dt.date) -> list[Any]:
    from villagedesk.core.workbench import DueItem

    limit = centre_settings.get(session, PROCESS_LIMIT_DAYS)
    items = composition_due(session, today)
    for row in list_matters(session, status=MatterStatus.IN_PROGRESS, today=today):
        params = {"title": row.title, "days": row.days_open, "limit": limit}
        if row.missing_disclosure:
            items.append(DueItem(REG, D_MISSING, params, True, "deliberation"))
        elif row.overdue:
            items.append(DueItem(REG, D_OVERDUE, params, True, "deliberation"))
        elif row.next_stage is not None:
            items.append(
                DueItem(
                    REG, D_WAITING, params | {"stage": STAGE_LABELS[row.next_stage]}, False, "deliberation"
                )
            )
    return items
