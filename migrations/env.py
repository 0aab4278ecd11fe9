"""Alembic environment: batch mode for SQLite, foreign keys off while migrating."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from villagedesk.db.base import Base
from villagedesk.db.engine import make_engine
from villagedesk.db.models import load_all

config = context.config
load_all()  # the models are imported per register on first use; a comparison needs them all
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # Foreign keys are switched off by the caller before the transaction starts (SQLite ignores
    # the pragma inside one): see villagedesk.db.migrate.upgrade.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if isinstance(connectable, Engine):  # pytest-alembic hands over an engine
        from villagedesk.db.migrate import foreign_keys_off

        with connectable.connect() as conn, foreign_keys_off(conn):
            _run(conn)
            conn.commit()
        return
    if connectable is not None:
        _run(connectable)
        return
    from villagedesk.db.migrate import foreign_keys_off

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn, foreign_keys_off(conn):
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
