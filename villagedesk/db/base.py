"""Declarative base, column types and the mixin every travelling record uses."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column, registry

# Named constraints so Alembic batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


class _AllTables(MetaData):
    """The models are imported per register when first named (db/models/__init__.py); the tables
    in dependency order are asked for as a whole, so every register's are declared first."""

    @property
    def sorted_tables(self) -> list[Table]:
        from villagedesk.db.models import load_all

        load_all()
        return super().sorted_tables


class _AllModels(registry):
    @property
    def mappers(self) -> frozenset[Mapper[Any]]:
        """Every model, whoever asks for them all (exports, the history, labels)."""
        from villagedesk.db.models import load_all

        load_all()
        return super().mappers


class Base(DeclarativeBase):
    registry = _AllModels(metadata=_AllTables(naming_convention=NAMING_CONVENTION))
    metadata = registry.metadata


def enum_column(enum_cls: type[enum.Enum], name: str) -> Any:
    """An Enum stored by member name, with a named CHECK constraint (portable, batch-friendly)."""
    from sqlalchemy import Enum

    return Enum(enum_cls, name=name, native_enum=False, create_constraint=True, length=40)


class TravelMixin:
    """A record that travels to the township: stable identity, version, timestamps, tombstone.

    ``version`` is SQLAlchemy's optimistic version counter, so a concurrent or stale edit fails
    instead of silently overwriting; deletion sets ``deleted`` and the row stays.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80), nullable=False, default="system")
    deleted: Mapped[bool] = mapped_column(
        Boolean(create_constraint=True, name="deleted_bool"), nullable=False, default=False
    )
    # What goes into a package is chosen by this number, never by the clock: every write takes the
    # next value of the village's change counter (db/counter.py, called from the flush hook).
    change_counter: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


TRAVEL_COLUMNS = (
    "id",
    "uuid",
    "version",
    "created_at",
    "updated_at",
    "updated_by",
    "deleted",
    "change_counter",
)
