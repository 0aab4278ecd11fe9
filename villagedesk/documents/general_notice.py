"""通用公告 as printable documents: one kind, posted after printing; posting locks the revision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from villagedesk.core import general_notice as gn
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import NotFoundError
from villagedesk.db.models import CentreProfile, GeneralNotice, Issuer
from villagedesk.documents import DocumentKind, Printable, centre_info, row_id, signed_review

if TYPE_CHECKING:
    from villagedesk.notices.document import Review
    from villagedesk.notices.general_notice import GeneralNoticePrint


def _issuer_lines(issuer: Issuer, centre: CentreProfile) -> list[str]:
    if issuer is Issuer.PARTY:
        return [centre.party_org_name]
    if issuer is Issuer.BOTH:
        return [centre.party_org_name, centre.committee_name]
    return [centre.committee_name]


def general_notice_print(notice: GeneralNotice, centre: CentreProfile) -> GeneralNoticePrint:
    from villagedesk.notices.general_notice import GeneralNoticePrint

    table = gn.NoticeTable.from_json(notice.table_json)
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
    from villagedesk.core.hashing import content_hash

    return content_hash(general_notice_print(notice, centre).record())


def notice_review(session: Session, notice: GeneralNotice, centre: CentreProfile) -> Review | None:
    """The supervision review that covers the notice's current content, as the notice prints it."""
    return signed_review(session, notice.uuid, general_notice_hash(notice, centre))


def build_general_notice_pdf(
    notice: GeneralNotice, centre: CentreProfile, review: Review | None = None
) -> tuple[bytes, str]:
    """The notice's PDF and its content hash; a signed supervision review prints its line."""
    from villagedesk.core.hashing import content_hash
    from villagedesk.notices.general_notice import build_general_notice

    data = general_notice_print(notice, centre).with_review(review)
    return build_general_notice(data, centre_info(centre)), content_hash(data.record())


class GeneralNoticeKind(DocumentKind):
    prefix = "general"
    kind = "general_notice"
    label = "通用公告"

    def _printable(self, session: Session, notice: GeneralNotice, centre: CentreProfile) -> Printable:
        signed = general_notice_hash(notice, centre)
        review = signed_review(
            session, notice.uuid, signed
        )  # looked up now: the session closes before printing
        return Printable(
            id=f"{self.prefix}-{notice.id}",
            kind=self.kind,
            kind_label=self.label,
            title=notice.title + (f"（第{notice.revision}版）" if notice.revision > 1 else ""),
            date=notice.notice_date,
            uuid=notice.uuid,
            version=notice.version,
            locked=notice.posted_on is not None,
            build=partial(build_general_notice_pdf, notice, centre, review),
            review_hash=signed,
        )

    def list(self, session: Session) -> Iterator[Printable]:
        centre = get_centre(session)
        for notice in gn.current_notices(session):
            yield self._printable(session, notice, centre)

    def get(self, session: Session, row_id: int) -> Printable:
        try:
            notice = gn.get_notice(session, row_id)
        except NotFoundError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        return self._printable(session, notice, get_centre(session))

    def mark_posted(self, session: Session, item: Printable, actor: str, digest: str, day: dt.date) -> None:
        gn.mark_posted(session, row_id(item), day, actor, digest)


KINDS: tuple[DocumentKind, ...] = (GeneralNoticeKind(),)
