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
    if item.kind == "general_notice":
        from villagedesk.core.general_notice import mark_posted as mark_notice

        mark_notice(session, int(item.id.split("-")[1]), day, actor, content_hash)


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
    from villagedesk.core.review import current_review
    from villagedesk.notices.document import Review

    signature = current_review(session, notice.uuid, general_notice_hash(notice, centre))
    return (
        None if signature is None else Review(signature.opinion, signature.signer_name, signature.review_date)
    )


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
