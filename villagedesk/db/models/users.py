"""Desk users (who signs in) and review signatures (监委会审核) any register can ask for."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from villagedesk.db.base import Base, TravelMixin, UTCDateTime, enum_column, new_uuid
from villagedesk.db.models import roster as _roster  # noqa: F401  (declares person, which this refers to)


class UserRole(enum.Enum):
    CLERK = "录入"
    SECRETARY = "书记/主任"
    SUPERVISOR = "监委会成员"
    VIEWER = "查看"


class AppUser(Base):
    """A person who signs in to this desk. PINs are stored only as salted scrypt hashes.

    Users stay on this PC: they do not travel to the township (their signatures do).
    """

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, nullable=False)
    name: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole, "user_role"), nullable=False)
    is_admin: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="is_admin_bool"), nullable=False, default=False
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    # 查看敏感信息 granted to this user beyond what the role gives (admins and 书记/主任 have it anyway).
    may_reveal: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="may_reveal_bool"), nullable=False, default=False
    )
    pin_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Set when an administrator resets the PIN: the user chooses a new one at the next sign-in.
    must_change_pin: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="must_change_pin_bool"), nullable=False, default=False
    )
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    active: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="active_bool"), nullable=False, default=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)


class ReviewSignature(TravelMixin, Base):
    """A supervision-committee member's signed review of one version of a record."""

    __tablename__ = "review_signature"

    record_kind: Mapped[str] = mapped_column(String(40), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    record_version: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    signer_name: Mapped[str] = mapped_column(String(40), nullable=False)
    signer_person_uuid: Mapped[str] = mapped_column(String(36), nullable=False)
    opinion: Mapped[str] = mapped_column(Text, nullable=False)
    review_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False)
