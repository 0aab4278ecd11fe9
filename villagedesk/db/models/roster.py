"""The people roster shared by every register, with dated memberships of village bodies."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from villagedesk.db.base import Base, TravelMixin, enum_column


class Sex(enum.Enum):
    MALE = "男"
    FEMALE = "女"


class Body(enum.Enum):
    """A village body (or standing) a person can belong to over a period."""

    PARTY_FULL = "正式党员"
    PARTY_PROBATIONARY = "预备党员"
    BRANCH_COMMITTEE = "党组织委员"
    VILLAGE_COMMITTEE = "村委会委员"
    REPRESENTATIVE = "村民代表"
    SUPERVISION = "监委会委员"


class Role(enum.Enum):
    MEMBER = "成员"
    CHAIR = "主任/书记"
    DEPUTY = "副职"


class Person(TravelMixin, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"), nullable=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # A sheet may give only year and month (出生年月): kept as day 1 with this flag, never a guessed day.
    birth_month_only: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="birth_month_only_bool"), nullable=False, default=False
    )
    # 居民身份证号码, normalised to 18 characters by core/idnumber.py, "" when not known. Sensitive:
    # masked in lists and prints, revealed only with the 查看敏感信息 permission, sealed in packages.
    id_number: Mapped[str] = mapped_column(String(18), nullable=False, default="", index=True)
    group_name: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    notes: Mapped[str] = mapped_column(String(400), nullable=False, default="")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", order_by="Membership.start_date", lazy="selectin"
    )


class Membership(TravelMixin, Base):
    __tablename__ = "membership"
    __table_args__ = (Index("ix_membership_body_dates", "body", "start_date", "end_date"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), nullable=False, index=True)
    body: Mapped[Body] = mapped_column(enum_column(Body, "body"), nullable=False)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), nullable=False, default=Role.MEMBER)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    person: Mapped[Person] = relationship(back_populates="memberships")

    def active_on(self, day: dt.date) -> bool:
        return not self.deleted and self.start_date <= day and (self.end_date is None or day < self.end_date)
