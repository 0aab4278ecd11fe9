"""The centre's settings: village rules that vary by place (read at every sign-in: its own module,
so asking for one does not declare a register's tables)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin


class CentreSetting(TravelMixin, Base):
    """A village rule that varies by place (a setting with DOMAIN.md's value as its default)."""

    __tablename__ = "centre_setting"

    key: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    value_json: Mapped[str] = mapped_column(Text, nullable=False)
