"""Where things stand: the matter list, a matter's timeline and the home page's items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings as centre_settings
from villagedesk.core.deliberation.messages import D_MISSING, D_OVERDUE, D_WAITING, REG, STAGE_LABELS
from villagedesk.core.deliberation.notices import taken_down_early
from villagedesk.core.deliberation.queries import (
    get_matter,
    matter_notices,
    meetings,
    next_stage,
    passed_stages,
)
from villagedesk.db.models import (
    Matter,
    MatterNoticeKind,
    MatterStatus,
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


def _row(session: Session, matter: Matter, today: dt.date, limit: int) -> MatterRow:
    nxt = next_stage(session, matter)
    done = passed_stages(session, matter.id)
    overdue = (
        matter.status is MatterStatus.IN_PROGRESS
        and Stage.RESOLUTION_DISCLOSURE not in done
        and (today - matter.opened_on).days > limit
    )
    missing = (
        matter.status is MatterStatus.IN_PROGRESS
        and Stage.RESOLUTION in done
        and (Stage.RESOLUTION_DISCLOSURE not in done)
    )
    return MatterRow(
        matter.id,
        matter.uuid,
        matter.title,
        matter.category,
        matter.origin,
        matter.amount_fen,
        matter.opened_on,
        matter.status,
        nxt,
        matter.round,
        overdue,
        missing,
        (today - matter.opened_on).days,
    )


def list_matters(
    session: Session,
    year: int | None = None,
    category: str | None = None,
    status: MatterStatus | None = None,
    today: dt.date | None = None,
) -> list[MatterRow]:
    today = today or dt.date.today()
    stmt = select(Matter).where(Matter.deleted.is_(False))
    if year:
        stmt = stmt.where(Matter.opened_on >= dt.date(year, 1, 1), Matter.opened_on <= dt.date(year, 12, 31))
    if category:
        stmt = stmt.where(Matter.category == category)
    if status:
        stmt = stmt.where(Matter.status == status)
    limit = int(centre_settings.get(session, "process_limit_days"))
    return [
        _row(session, m, today, limit)
        for m in session.scalars(stmt.order_by(Matter.opened_on.desc(), Matter.id.desc()))
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


def due(session: Session, today: dt.date) -> list[Any]:
    from villagedesk.core.workbench import DueItem

    limit = int(centre_settings.get(session, "process_limit_days"))
    items = []
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
