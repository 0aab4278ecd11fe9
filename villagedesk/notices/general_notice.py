"""The general notice (通用公告): title, paragraphs, an optional table, posting period, issuer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from villagedesk.notices.document import CentreInfo, Column, NoticeDocument, Review
from villagedesk.notices.masking import redact_free_text

KIND = "general_notice"
# The only fields of a general notice that may reach the PDF.
PRINTABLE_FIELDS = (
    "uuid",
    "revision",
    "title",
    "paragraphs",
    "table_headers",
    "table_rows",
    "notice_date",
    "posting_date",
    "posting_days",
    "issuers",
    "review",
)


@dataclass(frozen=True)
class GeneralNoticePrint:
    uuid: str
    version: int
    revision: int
    title: str
    paragraphs: list[str]
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int
    issuers: list[str]
    table_headers: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)
    review: Review | None = None

    def record(self) -> dict[str, object]:
        """What the content hash covers: the printable fields, as the record holds them."""
        return {name: getattr(self, name) for name in PRINTABLE_FIELDS if name != "review"} | {"kind": KIND}

    def with_review(self, review: Review | None) -> GeneralNoticePrint:
        from dataclasses import replace

        return replace(self, review=review)


def build_general_notice(data: GeneralNoticePrint, centre: CentreInfo) -> bytes:
    # Free text typed by a clerk is scanned too: a pasted ID or mobile number never prints in full.
    doc = NoticeDocument(
        title=redact_free_text(data.title),
        kind=KIND,
        uuid=data.uuid,
        record=data.record(),
        subject="通用公告",
    )
    for number, text in enumerate(data.paragraphs, start=1):
        doc.paragraph(redact_free_text(text), f"正文第{number}段")
    if data.table_headers:
        columns = [Column(f"c{i}", redact_free_text(h)) for i, h in enumerate(data.table_headers)]
        rows = [{f"c{i}": redact_free_text(cell) for i, cell in enumerate(row)} for row in data.table_rows]
        doc.table(columns, rows, "表格")
    doc.posting(data.posting_date, data.posting_days)
    doc.objection(centre)
    doc.issuer(centre, data.notice_date, data.issuers)
    if data.review is not None:
        doc.review(data.review)
    doc.verification()
    return doc.build()
