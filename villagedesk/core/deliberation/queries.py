"""Reading a matter's records and where it stands in the six stages."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.deliberation.messages import F_MATTER, R_NOT_IN_PROGRESS
from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.db.models import (
    Matter,
    MatterNotice,
    MatterNoticeKind,
    MatterStatus,
    Meeting,
    MeetingKind,
    MeetingResult,
    Stage,
)

# -- who should attend ----------------------------------------------------------------------------
STAGE_KINDS: dict[Stage, tuple[MeetingKind, ...]] = {
    Stage.PROPOSAL: (MeetingKind.BRANCH_COMMITTEE, MeetingKind.JOINT_PROPOSAL_CONSULTATION),
    Stage.CONSULTATION: (MeetingKind.JOINT_COMMITTEES,),
    Stage.PARTY_REVIEW: (MeetingKind.PARTY_GENERAL,),
    Stage.RESOLUTION: (MeetingKind.REPRESENTATIVES, MeetingKind.VILLAGERS),
}


# A 一肩挑 village may hold stages 1 and 2 as one joint meeting (DOMAIN.md): the one place that says
# which stages a meeting covers. It is stored under the last, printed under the first.
JOINT_STAGES: dict[MeetingKind, tuple[Stage, ...]] = {
    MeetingKind.JOINT_PROPOSAL_CONSULTATION: (Stage.PROPOSAL, Stage.CONSULTATION),
}


def stages_held(kind: MeetingKind) -> tuple[Stage, ...]:
    return JOINT_STAGES.get(kind) or (stage_of(kind),)


def stored_stage(kind: MeetingKind) -> Stage:
    return stages_held(kind)[-1]


def stage_of(kind: MeetingKind) -> Stage:
    for stage, kinds in STAGE_KINDS.items():
        if kind in kinds:
            return stage
    raise ValueError(kind)


def get_matter(session: Session, matter_id: int) -> Matter:
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted:
        raise NotFoundError(f"matter {matter_id}")
    return matter


def meetings(session: Session, matter_id: int) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.matter_id == matter_id, Meeting.deleted.is_(False))
            .order_by(Meeting.held_on, Meeting.id)
        )
    )


def matter_notices(session: Session, matter_id: int) -> list[MatterNotice]:
    return list(
        session.scalars(
            select(MatterNotice)
            .where(MatterNotice.matter_id == matter_id, MatterNotice.deleted.is_(False))
            .order_by(MatterNotice.kind, MatterNotice.phase)
        )
    )


def stages_done(meeting_rows: Iterable[Meeting], notice_rows: Iterable[MatterNotice]) -> set[Stage]:
    """The stages a matter has passed, from its meetings and disclosures already loaded."""
    done: set[Stage] = set()
    for m in meeting_rows:
        if m.result is MeetingResult.PASSED:
            done.update(stages_held(m.kind))
    for d in notice_rows:
        if d.posted_on is not None:
            done.add(
                Stage.RESOLUTION_DISCLOSURE
                if d.kind is MatterNoticeKind.RESOLUTION
                else Stage.RESULT_DISCLOSURE
            )
    return done


def first_missing(matter: Matter, done: set[Stage]) -> Stage | None:
    if matter.status is not MatterStatus.IN_PROGRESS:
        return None
    return next((stage for stage in Stage if stage not in done), None)


def passed_stages(session: Session, matter_id: int) -> set[Stage]:
    return stages_done(meetings(session, matter_id), matter_notices(session, matter_id))


def next_stage(session: Session, matter: Matter) -> Stage | None:
    return first_missing(matter, passed_stages(session, matter.id))


def require_open(matter: Matter) -> None:
    if matter.status is not MatterStatus.IN_PROGRESS:
        raise ValidationError.single(F_MATTER, R_NOT_IN_PROGRESS, status=matter.status.value)
