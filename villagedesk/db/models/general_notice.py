"""General notices (通用公告) and the print log every printed document writes to."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, UTCDateTime, enum_column, new_uuid


class Issuer(enum.Enum):
    COMMITTEE = "村民委员会"
    PARTY = "村党组织"
    BOTH = "村党组织和村民委员会"


class GeneralNotice(TravelMixin, Base):
    """A notice the clerk writes. Once posted it is locked; a change is a new revision linked to it."""

    __tablename__ = "general_notice"
    # Printing for posting sets these; they may change on a printed notice without a reason.
    __status_fields__ = ("posted_on", "posted_by", "content_hash")

    title: Mapped[str] = mapped_column(String(120), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    table_json: Mapped[str] = mapped_column(Text, nullable=False, default="")
    issuer: Mapped[Issuer] = mapped_column(
        enum_column(Issuer, "issuer"), nullable=False, default=Issuer.COMMITTEE
    )
    notice_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("general_notice.id"), nullable=True, index=True
    )
    posted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    posted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class PrintLog(Base):
    """Append-only: who printed, saved or exported which document, when, and its content hash."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, nullable=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(80), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # print / post / save / export / preview
    document_kind: Mapped[str] = mapped_column(String(40), nullable=False)
    document_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    document_version: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    copies: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    target: Mapped[str] = mapped_column(String(400), nullable=False, default="")
