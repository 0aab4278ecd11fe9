"""pytest-alembic binds its standard tests here (single head, upgrade, model match, up/down)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event


@pytest.fixture
def alembic_config():  # type: ignore[no-untyped-def]
    from villagedesk.db.migrate import alembic_config as make

    return make()


@pytest.fixture
def alembic_engine(tmp_path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{tmp_path / 'migrate.sqlite3'}")

    @event.listens_for(engine, "connect")
    def _fk(dbapi_connection, record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    yield engine
    engine.dispose()
