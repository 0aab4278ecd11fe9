"""村务公开 as printable documents: one kind; posting needs the supervision review of exactly the
content printed, and locks the disclosure for good."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure import service, status, workflow
from villagedesk.core.disclosure.calendar import period_label
from villagedesk.core.disclosure.record import disclosure_record, issuers
from villagedesk.core.errors import NotFoundError
from villagedesk.core.hashing import content_hash
from villagedesk.db.models import Disclosure
from villagedesk.documents import DocumentKind, Printable, centre_info, row_id, signed_review

if TYPE_CHECKING:
    from villagedesk.notices.disclosure import DisclosurePrint
    from villagedesk.notices.document import CentreInfo


def disclosure_print(session: Session, d: Disclosure) -> DisclosurePrint:
    from villagedesk.notices.disclosure import DisclosurePrint, LedgerLinePrint

    table = json.loads(d.table_json) if d.table_json else {"headers": [], "rows": []}
    corrects = service.get(session, d.corrects_id) if d.corrects_id else None
    check = ""
    if d.township_checked_by and d.township_checked_on:
        check = f"{d.township_checked_by}，{d.township_checked_on.year}年{d.township_checked_on.month}月{d.township_checked_on.day}日"
    return DisclosurePrint(
        uuid=d.uuid,
        category=d.category,
        item=d.item,
        period=period_label(d.period_kind, d.period_start, d.period_end),
        title=d.title,
        lead=d.lead,
        content=d.content,
        table_headers=list(table["headers"]),
        table_rows=[list(r) for r in table["rows"]],
        notice_date=d.notice_date,
        posting_date=d.posting_date,
        posting_days=d.posting_days,
        issuers=issuers(session, d.category),
        ledger=d.ledger,
        opening_fen=d.opening_fen or 0,
        closing_fen=d.closing_fen or 0,
        opening_reason=d.opening_reason,
        lines=[
            LedgerLinePrint(ln.seq, ln.direction, ln.item, ln.amount_fen, ln.source, ln.handler, ln.opinion)
            for ln in service.lines_of(session, d)
        ],
        township_check=check,
        corrects=(corrects.title, corrects.posted_on or corrects.notice_date, d.correction_reason)
        if corrects is not None
        else None,
    )


def _build(data: DisclosurePrint, centre: CentreInfo, record: dict[str, object]) -> tuple[bytes, str]:
    from villagedesk.notices.disclosure import build_disclosure

    return build_disclosure(data, centre, record), content_hash(record)


class DisclosureKind(DocumentKind):
    prefix = "disclosure"
    kind = "disclosure"
    label = "村务公开"
    field_label = c.F_DISCLOSURE

    def printable(self, session: Session, d: Disclosure) -> Printable:
        record = disclosure_record(session, d)
        digest = content_hash(record)
        data = disclosure_print(session, d).with_review(signed_review(session, d.uuid, digest))
        return Printable(
            id=f"{self.prefix}-{d.id}",
            kind=self.kind,
            kind_label=self.label,
            title=d.title,
            date=d.notice_date,
            uuid=d.uuid,
            version=d.version,
            locked=d.posted_on is not None,
            build=partial(_build, data, centre_info(get_centre(session)), record),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        for d in status.search(session, limit=1_000_000):  # every one: posted PDFs travel to the township
            yield self.printable(session, d)

    def get(self, session: Session, row_id: int) -> Printable:
        try:
            d = service.get(session, row_id)
        except NotFoundError:
            raise KeyError(f"{self.prefix}-{row_id}") from None
        return self.printable(session, d)

    def sign_review(
        self,
        session: Session,
        item: Printable,
        signer: str,
        pin: str,
        opinion: str,
        day: dt.date,
        today: dt.date | None,
    ) -> None:
        # the disclosure's own rules: pending review, never the drafter, a line's handler or a 村委会 member
        workflow.sign(session, row_id(item), signer, pin, opinion, day, today or dt.date.today())

    def check_postable(self, session: Session, item: Printable, digest: str) -> None:
        workflow.check_postable(session, service.get(session, row_id(item)), digest)

    def mark_posted(self, session: Session, item: Printable, actor: str, digest: str, day: dt.date) -> None:
        workflow.mark_posted(session, row_id(item), day, actor, digest)


KINDS: tuple[DocumentKind, ...] = (DisclosureKind(),)
