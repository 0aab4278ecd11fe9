"""村务公开: disclosures (党务 / 村务 / 财务), their finance ledger lines and villagers' feedback."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, enum_column


class PeriodKind(enum.Enum):
    MONTH = "月度"
    QUARTER = "季度"
    YEAR = "年度"
    AD_HOC = "临时"


class DisclosureStatus(enum.Enum):
    DRAFT = "草稿"
    PENDING = "待审核"
    REVIEWED = "已审核"
    POSTED = "已公开"
    # 已归档 is not stored: a posted disclosure is archived once its posting period has ended


class Disclosure(TravelMixin, Base):
    """One disclosure for the board. Once posted it is never edited: a 更正公告 links to it."""

    __tablename__ = "disclosure"
    __status_fields__ = (
        "status",
        "returned_reason",
        "posted_on",
        "posted_by",
        "content_hash",
        "taken_down_on",
        "retention",
        "attachments_json",  # the photo of the posted board is taken after posting
    )

    category: Mapped[str] = mapped_column(String(10), nullable=False)
    item: Mapped[str] = mapped_column(String(60), nullable=False)
    period_kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind, "period_kind"), nullable=False)
    period_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_end: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    event_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # ad hoc: what happened when
    title: Mapped[str] = mapped_column(String(120), nullable=False)
    lead: Mapped[str] = mapped_column(Text, nullable=False, default="")
    content: Mapped[str] = mapped_column(Text, nullable=False, default="")
    table_json: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachments_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    notice_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    status: Mapped[DisclosureStatus] = mapped_column(
        enum_column(DisclosureStatus, "disclosure_status"), nullable=False, default=DisclosureStatus.DRAFT
    )
    drafted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    returned_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # finance: a ledger of the period (lines in disclosure_line)
    ledger: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="ledger_bool"),
        nullable=False,
        default=False,
    )
    opening_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closing_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    opening_reason: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    township_checked_by: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    township_checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # a 更正公告 names the disclosure it corrects and why
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("disclosure.id"), nullable=True, index=True)
    correction_reason: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    posted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    posted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    taken_down_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    retention: Mapped[str] = mapped_column(String(10), nullable=False, default="")


class DisclosureLine(TravelMixin, Base):
    """One income or expenditure line of a finance disclosure."""

    __tablename__ = "disclosure_line"

    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosure.id"), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    direction: Mapped[str] = mapped_column(String(12), nullable=False)  # income / expenditure
    item: Mapped[str] = mapped_column(String(120), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    handler: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    opinion: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class DisclosureFeedback(TravelMixin, Base):
    """A villager's query or objection about a disclosure, its answer, and the township's if escalated."""

    __tablename__ = "disclosure_feedback"

    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosure.id"), nullable=False, index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    who: Mapped[str] = mapped_column(String(40), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    escalated_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    township_answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    township_answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
