"""The centre profile: one row describing this village's service centre."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, enum_column


class PartyOrgKind(enum.Enum):
    BRANCH = "支部委员会"
    GENERAL_BRANCH = "总支部委员会"
    COMMITTEE = "委员会"


class CentreProfile(TravelMixin, Base):
    __tablename__ = "centre_profile"

    village_name: Mapped[str] = mapped_column(String(60), nullable=False)
    division_code: Mapped[str] = mapped_column(String(12), nullable=False)
    township_name: Mapped[str] = mapped_column(String(60), nullable=False)
    county_name: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    party_org_kind: Mapped[PartyOrgKind] = mapped_column(
        enum_column(PartyOrgKind, "party_org_kind"), nullable=False, default=PartyOrgKind.BRANCH
    )
    party_org_name: Mapped[str] = mapped_column(String(80), nullable=False)
    committee_name: Mapped[str] = mapped_column(String(80), nullable=False)
    objection_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    supervision_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    township_phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    one_shoulder: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="one_shoulder_bool"), nullable=False, default=False
    )
    posting_day: Mapped[int] = mapped_column(Integer, nullable=False, default=20)

    @property
    def township_code(self) -> str:
        return self.division_code[:9]

    @property
    def county_code(self) -> str:
        return self.division_code[:6]
