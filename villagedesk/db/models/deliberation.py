"""四议两公开: major matters, their meetings (stages 1-4) and their two disclosures (stages 5-6)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, enum_column


class Origin(enum.Enum):
    VILLAGER_SUGGESTION = "村民建议"
    CADRE_PROPOSAL = "村干部提议"
    HIGHER_LEVEL = "上级交办"


class MatterStatus(enum.Enum):
    IN_PROGRESS = "进行中"
    FAILED = "未通过"
    WITHDRAWN = "已撤回"
    COMPLETED = "已完成"


class Stage(enum.Enum):
    PROPOSAL = 1  # 党组织提议
    CONSULTATION = 2  # 两委会议商议
    PARTY_REVIEW = 3  # 党员大会审议
    RESOLUTION = 4  # 村民(代表)会议决议
    RESOLUTION_DISCLOSURE = 5  # 决议公开
    RESULT_DISCLOSURE = 6  # 实施结果公开


class MeetingKind(enum.Enum):
    BRANCH_COMMITTEE = "党组织委员会会议"
    JOINT_COMMITTEES = "村“两委”联席会议"
    JOINT_PROPOSAL_CONSULTATION = "党组织提议暨“两委”联席会议"
    PARTY_GENERAL = "党员大会"
    REPRESENTATIVES = "村民代表会议"
    VILLAGERS = "村民会议"


class MeetingResult(enum.Enum):
    PASSED = "通过"
    FAILED = "未通过"
    NO_QUORUM = "未达法定人数"


class MatterNoticeKind(enum.Enum):
    RESOLUTION = "决议公开"
    RESULT = "实施结果公开"


class Matter(TravelMixin, Base):
    __tablename__ = "matter"

    title: Mapped[str] = mapped_column(String(120), nullable=False)
    category: Mapped[str] = mapped_column(String(60), nullable=False)
    amount_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    origin: Mapped[Origin] = mapped_column(enum_column(Origin, "origin"), nullable=False)
    origin_detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[MatterStatus] = mapped_column(
        enum_column(MatterStatus, "matter_status"), nullable=False, default=MatterStatus.IN_PROGRESS
    )
    round: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    previous_round_id: Mapped[int | None] = mapped_column(ForeignKey("matter.id"), nullable=True)
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    phased: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="phased_bool"), nullable=False, default=False
    )


class Meeting(TravelMixin, Base):
    """The record (会议记录) of one meeting of stages 1-4. Passed records are never edited."""

    __tablename__ = "meeting"

    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), nullable=False, index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage, "stage"), nullable=False)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, "meeting_kind"), nullable=False)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    held_at: Mapped[dt.time] = mapped_column(Time, nullable=False)
    place: Mapped[str] = mapped_column(String(120), nullable=False)
    form: Mapped[str] = mapped_column(String(40), nullable=False, default="现场会议")
    chair: Mapped[str] = mapped_column(String(40), nullable=False)
    recorder: Mapped[str] = mapped_column(String(40), nullable=False)
    should_attend: Mapped[int] = mapped_column(Integer, nullable=False)
    should_vote: Mapped[int] = mapped_column(Integer, nullable=False)
    present: Mapped[int] = mapped_column(Integer, nullable=False)
    voting_present: Mapped[int] = mapped_column(Integer, nullable=False)
    attendees_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    absentees_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    observers_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    yes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    abstain: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    resolution: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result: Mapped[MeetingResult] = mapped_column(
        enum_column(MeetingResult, "meeting_result"), nullable=False
    )
    notice_sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    scan_file: Mapped[str] = mapped_column(
        String(120), nullable=False, default=""
    )  # in the attachments folder
    scan_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # 村民会议: quorum is met by the adults (should_attend / present) or by the households' representatives
    households_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    households_represented: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # A joint 一肩挑 meeting: the branch committee members among those who should attend and those present,
    # and their votes (a part of yes / no / abstain, which stay the whole meeting's); 0 for other kinds
    committee_should_attend: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    committee_present: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    committee_yes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    committee_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    committee_abstain: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class MatterNotice(TravelMixin, Base):
    """Stage 5 (决议公开) or 6 (实施结果公开); phased projects post several results."""

    __tablename__ = "matter_disclosure"
    __status_fields__ = ("posted_on", "posted_by", "content_hash", "taken_down_on", "taken_down_reason")

    matter_id: Mapped[int] = mapped_column(ForeignKey("matter.id"), nullable=False, index=True)
    kind: Mapped[MatterNoticeKind] = mapped_column(
        enum_column(MatterNoticeKind, "disclosure_kind"), nullable=False
    )
    phase: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    final: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="final_bool"), nullable=False, default=True
    )
    content: Mapped[str] = mapped_column(Text, nullable=False, default="")
    spent_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acceptance: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notice_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posting_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    posted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    posted_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    taken_down_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    taken_down_reason: Mapped[str] = mapped_column(String(400), nullable=False, default="")
