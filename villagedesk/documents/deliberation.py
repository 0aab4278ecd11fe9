"""四议两公开 as printable documents: the 决议公开 and 实施结果公开 (posted after a supervision
review of exactly their content) and the six-sheet 记录本 (filed, never posted)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import deliberation as d
from villagedesk.core import settings
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import NotFoundError, ValidationError
from villagedesk.core.hashing import content_hash
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import Matter, MatterNotice, MatterNoticeKind, Meeting, MeetingKind
from villagedesk.documents import DocumentKind, Printable, centre_info, row_id, signed_review

if TYPE_CHECKING:
    from villagedesk.notices.deliberation import MatterNoticePrint, MatterPrint
    from villagedesk.notices.document import CentreInfo


def matter_print(session: Session, matter_id: int) -> MatterPrint:
    from villagedesk.notices.deliberation import MatterPrint, MeetingSummary

    matter = d.get_matter(session, matter_id)
    summaries = []
    for m in d.meetings(session, matter_id):
        attendees = json.loads(m.attendees_json)
        absentees = json.loads(m.absentees_json)
        observers = json.loads(m.observers_json)
        committee = (
            (
                m.committee_should_attend,
                m.committee_present,
                m.committee_yes,
                m.committee_no,
                m.committee_abstain,
            )
            if m.committee_should_attend
            else None  # not a joint meeting, or one recorded before the committee's votes were kept apart
        )
        summaries.append(
            MeetingSummary(
                stage=d.stage_of(m.kind).value,
                kind=m.kind.value,
                held_on=m.held_on,
                held_at=m.held_at.strftime("%H:%M"),
                place=m.place,
                form=m.form,
                chair=m.chair,
                recorder=m.recorder,
                should_attend=m.should_attend,
                should_vote=m.should_vote,
                present=m.present,
                voting_present=m.voting_present,
                yes=m.yes,
                no=m.no,
                abstain=m.abstain,
                result=m.result.value,
                agenda=m.agenda,
                discussion=m.discussion,
                resolution=m.resolution,
                attendees=[(a["name"], bool(a.get("signed"))) for a in attendees],
                absentees=[(a["name"], a.get("reason", ""), a.get("opinion", "")) for a in absentees],
                observers=[(o["name"], o.get("title", "")) for o in observers],
                scan_sha256=m.scan_sha256 or "",
                stages=tuple(s.value for s in d.stages_held(m.kind)),
                households_total=m.households_total,
                households_represented=m.households_represented,
                quorum_way=_quorum_way(m),
                committee=committee,
                written=[(a["name"], a["vote"], bool(a.get("counted"))) for a in absentees if a.get("vote")],
            )
        )
    return MatterPrint(
        uuid=matter.uuid,
        title=matter.title,
        category=matter.category,
        origin=matter.origin.value,
        origin_detail=matter.origin_detail,
        amount_fen=matter.amount_fen,
        meetings=summaries,
    )


_WAYS = {d.WAY_ADULTS: "adults", d.WAY_HOUSEHOLDS: "households", d.WAY_BOTH: "both"}


def _quorum_way(m: Meeting) -> str:
    """How a 村民会议 met its quorum, worked out by the rules from its stored counts ("" otherwise)."""
    if m.kind is not MeetingKind.VILLAGERS:
        return ""
    facts = d.Facts(
        m.kind,
        m.should_attend,
        m.should_vote,
        m.present,
        m.voting_present,
        m.yes,
        m.no,
        m.abstain,
        households_total=m.households_total,
        households_represented=m.households_represented,
    )
    return _WAYS.get(d.evaluate(facts, settings.defaults()).quorum_way, "")


def matter_notice_print(session: Session, notice: MatterNotice) -> MatterNoticePrint:
    from villagedesk.notices.deliberation import MatterNoticePrint

    return MatterNoticePrint(
        uuid=notice.uuid,
        kind="resolution" if notice.kind is MatterNoticeKind.RESOLUTION else "result",
        phase=notice.phase,
        final=notice.final,
        content=notice.content,
        spent_fen=notice.spent_fen,
        acceptance=notice.acceptance,
        notice_date=notice.notice_date,
        posting_date=notice.posting_date,
        posting_days=notice.posting_days,
        issuers=d.issuers(session),
    )


def _build_notice(
    matter: MatterPrint, data: MatterNoticePrint, centre: CentreInfo, record: dict[str, object]
) -> tuple[bytes, str]:
    from villagedesk.notices.deliberation import build_matter_notice

    return build_matter_notice(matter, data, centre, record), content_hash(record)


def _build_book(matter: MatterPrint, items: list[MatterNoticePrint], centre: CentreInfo) -> tuple[bytes, str]:
    from villagedesk.notices.deliberation import book_record, build_record_book

    return build_record_book(matter, items, centre), content_hash(book_record(matter, items))


class _MatterNoticeKind(DocumentKind):
    notice_kind: MatterNoticeKind = MatterNoticeKind.RESOLUTION
    field_label = QT_TRANSLATE_NOOP("core", "Disclosure")

    def title(self, matter: Matter, notice: MatterNotice) -> str:
        return f"{matter.title}（{self.label}）"

    def printable(
        self, session: Session, notice: MatterNotice, matter: MatterPrint | None = None
    ) -> Printable:
        matter = matter or matter_print(session, notice.matter_id)
        record = d.matter_notice_record(session, notice)
        digest = content_hash(record)
        data = matter_notice_print(session, notice).with_review(signed_review(session, notice.uuid, digest))
        return Printable(
            id=f"{self.prefix}-{notice.id}",
            kind=self.kind,
            kind_label=self.label,
            title=self.title(d.get_matter(session, notice.matter_id), notice),
            date=notice.notice_date,
            uuid=notice.uuid,
            version=notice.version,
            locked=notice.posted_on is not None,
            build=partial(_build_notice, matter, data, centre_info(get_centre(session)), record),
            review_hash=digest,
        )

    def list(self, session: Session) -> Iterator[Printable]:
        stmt = select(MatterNotice).where(
            MatterNotice.deleted.is_(False), MatterNotice.kind == self.notice_kind
        )
        printed: dict[int, MatterPrint] = {}
        for notice in session.scalars(stmt):
            if notice.matter_id not in printed:
                printed[notice.matter_id] = matter_print(session, notice.matter_id)
            yield self.printable(session, notice, printed[notice.matter_id])

    def get(self, session: Session, row_id: int) -> Printable:
        try:
            notice = d.get_matter_notice(session, row_id)
        except NotFoundError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        if notice.kind is not self.notice_kind:
            raise KeyError(f"{self.prefix}-{row_id}")
        return self.printable(session, notice)

    def check_postable(self, session: Session, item: Printable, digest: str) -> None:
        if signed_review(session, item.uuid, digest) is None:
            raise ValidationError.single(d.F_NOTICE, d.R_NEEDS_REVIEW)

    def mark_posted(self, session: Session, item: Printable, actor: str, digest: str, day: dt.date) -> None:
        d.mark_matter_notice_posted(session, row_id(item), day, actor, digest)


class ResolutionKind(_MatterNoticeKind):
    prefix = "resolution"
    kind = "deliberation_resolution"
    label = "决议公开"
    notice_kind = MatterNoticeKind.RESOLUTION


class ResultKind(_MatterNoticeKind):
    prefix = "result"
    kind = "deliberation_result"
    label = "实施结果公开"
    notice_kind = MatterNoticeKind.RESULT

    def title(self, matter: Matter, notice: MatterNotice) -> str:
        return f"{matter.title}（实施结果公开第{notice.phase}期）"


class RecordBookKind(DocumentKind):
    prefix = "book"
    kind = "deliberation_record_book"
    label = "四议两公开记录本"
    field_label = QT_TRANSLATE_NOOP("core", "Record book")

    def printable(self, session: Session, matter: Matter) -> Printable:
        printed = matter_print(session, matter.id)
        items = []
        for notice in d.matter_notices(session, matter.id):
            data = matter_notice_print(session, notice)
            digest = d.matter_notice_hash(session, notice)
            items.append(data.with_review(signed_review(session, notice.uuid, digest)))
        return Printable(
            id=f"{self.prefix}-{matter.id}",
            kind=self.kind,
            kind_label=self.label,
            title=f"{matter.title}（记录本）",
            date=matter.opened_on,
            uuid=matter.uuid,
            version=matter.version,
            locked=False,
            build=partial(_build_book, printed, items, centre_info(get_centre(session))),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        for matter in session.scalars(select(Matter).where(Matter.deleted.is_(False))):
            yield self.printable(session, matter)

    def get(self, session: Session, row_id: int) -> Printable:
        try:
            matter = d.get_matter(session, row_id)
        except NotFoundError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        return self.printable(session, matter)


KINDS: tuple[DocumentKind, ...] = (ResolutionKind(), ResultKind(), RecordBookKind())
