"""暖心关怀: care targets with dated categories, visits, care funds and their ledger.

Nothing here is ever deleted: a target leaves the list by an exit (reason and date), a wrong
visit or fund entry is cancelled by a reversal entry that names it, a category a person no longer
has is closed (``valid_to``), so the list can be shown as it stood on any past day.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, enum_column
from villagedesk.db.models.roster import Sex


class CareStatus(enum.Enum):
    ACTIVE = "在册"
    EXITED = "已退出"


class CareSource(enum.Enum):
    SCREENING = "排查"
    APPLICATION = "本人申请"
    TOWNSHIP = "乡镇交办"


class EntryKind(enum.Enum):
    INCOME = "收入"
    DISBURSEMENT = "支出"


class DisbursementState(enum.Enum):
    """Where an entry stands. Income is RECORDED from the start."""

    RECORDED = "已入账"
    APPLIED = "已申请"
    BRANCH_APPROVED = "支部已审批"
    TOWNSHIP_APPROVED = "乡镇已审批"
    POSTED = "已公示"
    PAID = "已发放"
    WITHDRAWN = "已撤回"


class CareTarget(TravelMixin, Base):
    __tablename__ = "care_target"

    name: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    # Normalised 18 characters (core/idnumber.py) or "" for a child or someone without a card.
    # Sensitive: masked in lists, prints, history and logs; sealed in packages.
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="", index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"), nullable=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # sealed in packages
    # Travels readable so the township can count the elderly without opening sealed fields.
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    group_name: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True, index=True)
    party_joined: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    party_full: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    disability_grade: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    difficulty_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    health_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    helper: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    source: Mapped[CareSource] = mapped_column(
        enum_column(CareSource, "care_source"), nullable=False, default=CareSource.SCREENING
    )
    status: Mapped[CareStatus] = mapped_column(
        enum_column(CareStatus, "care_status"), nullable=False, default=CareStatus.ACTIVE
    )
    added_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    add_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    exited_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    exit_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    next_review: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Set when the sensitive fields of an exited target were erased after the retention period.
    erased_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CareCategory(TravelMixin, Base):
    """One category a target had from ``valid_from`` until the day before ``valid_to``."""

    __tablename__ = "care_category"
    __table_args__ = (Index("ix_care_category_dates", "target_id", "valid_from", "valid_to"),)

    target_id: Mapped[int] = mapped_column(ForeignKey("care_target.id"), nullable=False)
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    valid_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CareVisit(TravelMixin, Base):
    """A visit; a wrong one is cancelled by a reversal entry (``reverses_id``) with a reason."""

    __tablename__ = "care_visit"
    __table_args__ = (Index("ix_care_visit_target_date", "target_id", "visit_date"),)

    target_id: Mapped[int] = mapped_column(ForeignKey("care_target.id"), nullable=False)
    visit_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    visitors: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    occasion: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("care_visit.id"), nullable=True, index=True)
    reversal_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class CareFund(TravelMixin, Base):
    __tablename__ = "care_fund"

    name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)


class CareFundEntry(TravelMixin, Base):
    """Income allocated to a fund, or a disbursement on its way from application to payment."""

    __tablename__ = "care_fund_entry"
    __table_args__ = (Index("ix_care_fund_entry_fund_date", "fund_id", "entry_date"),)
    # The steps after posting set these; what the notice printed (amount, recipient, item) is locked.
    __status_fields__ = (
        "posted_on",
        "posted_by",
        "posting_date",
        "content_hash",
        "state",
        "paid_on",
        "voucher_no",
        "recipient_signed",
    )

    fund_id: Mapped[int] = mapped_column(ForeignKey("care_fund.id"), nullable=False)
    kind: Mapped[EntryKind] = mapped_column(enum_column(EntryKind, "care_entry_kind"), nullable=False)
    state: Mapped[DisbursementState] = mapped_column(
        enum_column(DisbursementState, "care_entry_state"), nullable=False
    )
    entry_date: Mapped[dt.date] = mapped_column(Date, nullable=False)  # received / applied
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    item: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(60), nullable=False, default="")  # where income came from
    handler: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    target_id: Mapped[int | None] = mapped_column(ForeignKey("care_target.id"), nullable=True, index=True)
    branch_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    branch_approver: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    township_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    township_approver: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    posting_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    posting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    posted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    posted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    voucher_no: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    recipient_signed: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="recipient_signed_bool"), nullable=False, default=False
    )
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("care_fund_entry.id"), nullable=True, index=True
    )
    reversal_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
