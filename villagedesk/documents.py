"""Every printable document, whatever its register: list them, build their PDFs, log each print.

The GUI and the CLI both come here, so a PDF previewed, printed, saved or exported is the same
bytes, and every print lands in the print log. A register adds its documents with
``@printable_source``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.db.base import utcnow
from villagedesk.db.models import CentreProfile, GeneralNotice, Issuer, PrintLog
from villagedesk.notices.document import CentreInfo


@dataclass(frozen=True)
class Printable:
    id: str  # "<kind>-<row id>", stable and typed on the command line
    kind: str
    kind_label: str
    title: str
    date: dt.date
    uuid: str
    version: int
    locked: bool
    build: Callable[[], tuple[bytes, str]]  # → (pdf bytes, content hash)


Source = Callable[[Session], Iterator[Printable]]
SOURCES: list[Source] = []


def printable_source(fn: Source) -> Source:
    SOURCES.append(fn)
    return fn


def centre_info(centre: CentreProfile) -> CentreInfo:
    return CentreInfo(
        village_name=centre.village_name,
        committee_name=centre.committee_name,
        party_org_name=centre.party_org_name,
        township_name=centre.township_name,
        objection_phone=centre.objection_phone,
        supervision_phone=centre.supervision_phone,
        township_phone=centre.township_phone,
    )


def printables(session: Session) -> list[Printable]:
    items: list[Printable] = []
    for source in SOURCES:
        items.extend(source(session))
    return sorted(items, key=lambda p: (p.date, p.id), reverse=True)


def find_printable(session: Session, printable_id: str) -> Printable:
    for item in printables(session):
        if item.id == printable_id:
            return item
    raise KeyError(printable_id)


def log_print(
    session: Session,
    item: Printable,
    action: str,
    actor: str,
    content_hash: str,
    pages: int = 0,
    copies: int = 1,
    target: str = "",
) -> PrintLog:
    from villagedesk.core.users import Action, require

    require(session, Action.POST if action == "post" else Action.PRINT)
    entry = PrintLog(
        at=utcnow(),
        actor=actor,
        action=action,
        document_kind=item.kind,
        document_uuid=item.uuid,
        document_version=item.version,
        title=item.title[:200],
        content_hash=content_hash,
        pages=pages,
        copies=copies,
        target=target[:400],
    )
    session.add(entry)
    session.flush()
    return entry


def mark_posted(
    session: Session, item: Printable, actor: str, content_hash: str, day: dt.date | None = None
) -> None:
    """Printing for posting locks the record: later changes make a new revision."""
    day = day or dt.date.today()
    check_postable(session, item, content_hash)
    if item.kind == "general_notice":
        from villagedesk.core.general_notice import mark_posted as mark_notice

        mark_notice(session, int(item.id.split("-")[1]), day, actor, content_hash)
    elif item.kind in ("deliberation_resolution", "deliberation_result"):
        from villagedesk.core.deliberation import mark_matter_notice_posted

        mark_matter_notice_posted(session, int(item.id.split("-")[1]), day, actor, content_hash)


def print_log(session: Session, limit: int = 200) -> list[PrintLog]:
    return list(session.scalars(select(PrintLog).order_by(PrintLog.id.desc()).limit(limit)))


# -- general notices ----------------------------------------------------------------------------
def _issuer_lines(issuer: Issuer, centre: CentreProfile) -> list[str]:
    if issuer is Issuer.PARTY:
        return [centre.party_org_name]
    if issuer is Issuer.BOTH:
        return [centre.party_org_name, centre.committee_name]
    return [centre.committee_name]


def general_notice_print(notice: GeneralNotice, centre: CentreProfile):  # type: ignore[no-untyped-def]
    from villagedesk.core.general_notice import NoticeTable
    from villagedesk.notices.general_notice import GeneralNoticePrint

    table = NoticeTable.from_json(notice.table_json)
    return GeneralNoticePrint(
        uuid=notice.uuid,
        version=notice.version,
        revision=notice.revision,
        title=notice.title,
        paragraphs=[p for p in notice.body.splitlines() if p.strip()],
        notice_date=notice.notice_date,
        posting_date=notice.posting_date,
        posting_days=notice.posting_days,
        issuers=_issuer_lines(notice.issuer, centre),
        table_headers=table.headers if table else [],
        table_rows=table.rows if table else [],
    )


def general_notice_hash(notice: GeneralNotice, centre: CentreProfile) -> str:
    from villagedesk.notices.document import content_hash

    return content_hash(general_notice_print(notice, centre).record())


def notice_review(session: Session, notice: GeneralNotice, centre: CentreProfile):  # type: ignore[no-untyped-def]
    """The supervision review that covers the notice's current content, as the notice prints it."""
    return _signed_review(session, notice.uuid, general_notice_hash(notice, centre))


def build_general_notice_pdf(notice: GeneralNotice, centre: CentreProfile, review=None) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    """The notice's PDF and its content hash; a signed supervision review prints its line."""
    from villagedesk.notices.document import content_hash
    from villagedesk.notices.general_notice import build_general_notice

    data = general_notice_print(notice, centre).with_review(review)
    return build_general_notice(data, centre_info(centre)), content_hash(data.record())


@printable_source
def _general_notices(session: Session) -> Iterator[Printable]:
    from villagedesk.core.general_notice import current_notices

    centre = get_centre(session)
    for notice in current_notices(session):
        review = notice_review(session, notice, centre)  # looked up now: the session closes before printing
        yield Printable(
            id=f"general-{notice.id}",
            kind="general_notice",
            kind_label="通用公告",
            title=notice.title + (f"（第{notice.revision}版）" if notice.revision > 1 else ""),
            date=notice.notice_date,
            uuid=notice.uuid,
            version=notice.version,
            locked=notice.posted_on is not None,
            build=partial(build_general_notice_pdf, notice, centre, review),
        )


# -- 四议两公开 -------------------------------------------------------------------------------------
def matter_print(session: Session, matter_id: int):  # type: ignore[no-untyped-def]
    import json

    from villagedesk.core import deliberation
    from villagedesk.notices.deliberation import MatterPrint, MeetingSummary

    matter = deliberation.get_matter(session, matter_id)
    summaries = []
    for m in deliberation.meetings(session, matter_id):
        attendees = json.loads(m.attendees_json)
        absentees = json.loads(m.absentees_json)
        observers = json.loads(m.observers_json)
        summaries.append(
            MeetingSummary(
                stage=1 if m.kind.name == "JOINT_PROPOSAL_CONSULTATION" else m.stage.value,
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


def matter_notice_print(disclosure, centre: CentreProfile):  # type: ignore[no-untyped-def]
    from villagedesk.notices.deliberation import MatterNoticePrint

    return MatterNoticePrint(
        uuid=disclosure.uuid,
        kind="resolution" if disclosure.kind.name == "RESOLUTION" else "result",
        phase=disclosure.phase,
        final=disclosure.final,
        content=disclosure.content,
        spent_fen=disclosure.spent_fen,
        acceptance=disclosure.acceptance,
        notice_date=disclosure.notice_date,
        posting_date=disclosure.posting_date,
        posting_days=disclosure.posting_days,
        issuers=[centre.party_org_name, centre.committee_name],
    )


def matter_notice_hash(session: Session, disclosure, centre: CentreProfile) -> str:  # type: ignore[no-untyped-def]
    from villagedesk.notices.deliberation import matter_notice_record
    from villagedesk.notices.document import content_hash

    return content_hash(
        matter_notice_record(
            matter_print(session, disclosure.matter_id), matter_notice_print(disclosure, centre)
        )
    )


def _signed_review(session: Session, record_uuid: str, digest: str):  # type: ignore[no-untyped-def]
    from villagedesk.core.review import current_review
    from villagedesk.notices.document import Review

    signature = current_review(session, record_uuid, digest)
    return (
        None if signature is None else Review(signature.opinion, signature.signer_name, signature.review_date)
    )


def _build_matter_notice(matter, disclosure, centre_data, digest):  # type: ignore[no-untyped-def]
    from villagedesk.notices.deliberation import build_matter_notice

    return build_matter_notice(matter, disclosure, centre_data), digest


def _build_book(matter, items, centre_data):  # type: ignore[no-untyped-def]
    from villagedesk.notices.deliberation import book_record, build_record_book
    from villagedesk.notices.document import content_hash

    return build_record_book(matter, items, centre_data), content_hash(book_record(matter, items))


@printable_source
def _deliberation(session: Session) -> Iterator[Printable]:
    from villagedesk.core import deliberation
    from villagedesk.db.models import Matter, MatterNoticeKind
    from villagedesk.notices.deliberation import matter_notice_record
    from villagedesk.notices.document import content_hash

    centre = get_centre(session)
    info = centre_info(centre)
    for matter in session.scalars(select(Matter).where(Matter.deleted.is_(False))):
        printed = matter_print(session, matter.id)
        items = []
        for d in deliberation.matter_notices(session, matter.id):
            data = matter_notice_print(d, centre)
            digest = content_hash(matter_notice_record(printed, data))
            data = data.with_review(_signed_review(session, d.uuid, digest))
            items.append(data)
            resolution = d.kind is MatterNoticeKind.RESOLUTION
            yield Printable(
                id=f"{'resolution' if resolution else 'result'}-{d.id}",
                kind="deliberation_resolution" if resolution else "deliberation_result",
                kind_label="决议公开" if resolution else "实施结果公开",
                title=f"{matter.title}（{'决议公开' if resolution else f'实施结果公开第{d.phase}期'}）",
                date=d.notice_date,
                uuid=d.uuid,
                version=d.version,
                locked=d.posted_on is not None,
                build=partial(_build_matter_notice, printed, data, info, digest),
            )
        yield Printable(
            id=f"book-{matter.id}",
            kind="deliberation_record_book",
            kind_label="四议两公开记录本",
            title=f"{matter.title}（记录本）",
            date=matter.opened_on,
            uuid=matter.uuid,
            version=matter.version,
            locked=False,
            build=partial(_build_book, printed, items, info),
        )


def check_postable(session: Session, item: Printable, digest: str) -> None:
    """Refuse before anything is printed when a document cannot be posted (e.g. no review yet)."""
    if item.kind in ("deliberation_resolution", "deliberation_result"):
        from villagedesk.core.deliberation import F_NOTICE, R_NEEDS_REVIEW
        from villagedesk.core.errors import ValidationError

        if _signed_review(session, item.uuid, digest) is None:
            raise ValidationError.single(F_NOTICE, R_NEEDS_REVIEW)
    if item.kind == "deliberation_record_book":
        from villagedesk.core.errors import ValidationError
        from villagedesk.core.i18n import QT_TRANSLATE_NOOP

        raise ValidationError.single(
            QT_TRANSLATE_NOOP("core", "Record book"),
            QT_TRANSLATE_NOOP("core", "is filed, not posted on the board"),
        )
