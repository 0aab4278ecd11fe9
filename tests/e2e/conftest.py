"""Village and township stores for the exchange tests, on SQLite and (when available) PostgreSQL."""

from __future__ import annotations

import os
import tempfile
import uuid

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("VILLAGEDESK_PG_URL", "")
# a PostgreSQL township's key file goes to this folder, never the tester's own data folder
os.environ.setdefault("VILLAGEDESK_TOWNSHIP_KEY_DIR", tempfile.mkdtemp(prefix="vd-township-keys-"))


def _pg_database() -> str:
    """A fresh database on the test server for one test."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = "vd_" + uuid.uuid4().hex[:12]
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    _made.append(name)
    return PG_URL.rsplit("/", 1)[0] + "/" + name


_made: list[str] = []


@pytest.fixture(autouse=True, scope="session")
def _drop_test_databases():
    """Drop the databases the tests made, so repeated runs do not fill the server."""
    yield
    if not (PG_URL and _made):
        return
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in _made:
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except Exception:  # noqa: BLE001 - a database still held open is left for the next cleanup
                pass
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def township_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'township.sqlite3'}"
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("VILLAGEDESK_PG_URL is not set on CI: .ci/run must start PostgreSQL")
        pytest.skip("set VILLAGEDESK_PG_URL to run the township tests on PostgreSQL")
    return _pg_database()
