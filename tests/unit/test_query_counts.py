"""Lists and the home page cost the same number of SQL statements for 10 matters as for 60: rows
are loaded in a fixed number of queries, never one query (or five) per row."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from tests.conftest import TODAY
from villagedesk.core import deliberation as d
from villagedesk.core import workbench
from villagedesk.core.deliberation.config import DEFAULT_MAJOR_MATTERS
from villagedesk.db.models import Origin
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir


@contextmanager
def counted(session):
    statements: list[str] = []

    def before(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        statements.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


@pytest.fixture
def village(tmp_path, demo_templates):
    store = open_store(demo_templates.copy_to(DataDir.resolve(tmp_path / "v"), seed=7, years=1))
    s = store.sessions()
    s.info["actor"] = "tester"
    yield s
    s.rollback()
    s.close()
    store.close()


def _matters_up_to(session, count: int) -> None:
    have = len(d.list_matters(session, today=TODAY))
    for n in range(have, count):
        d.open_matter(
            session,
            d.MatterInput(
                f"第{n}号事项",
                DEFAULT_MAJOR_MATTERS[n % 8],
                Origin.CADRE_PROPOSAL,
                TODAY - dt.timedelta(days=n),
            ),
            today=TODAY,
        )
    session.flush()
    session.expire_all()


def _cost(session, fn) -> int:  # noqa: ANN001
    session.expire_all()
    with counted(session) as statements:
        fn()
    return len(statements)


def test_matter_list_and_home_page_cost_the_same_for_10_and_60_matters(village):
    _matters_up_to(village, 10)
    small_list = _cost(village, lambda: d.list_matters(village, today=TODAY))
    small_home = _cost(village, lambda: workbench.due_items(village, TODAY))
    _matters_up_to(village, 60)
    assert len(d.list_matters(village, today=TODAY)) == 60
    assert _cost(village, lambda: d.list_matters(village, today=TODAY)) == small_list
    assert _cost(village, lambda: workbench.due_items(village, TODAY)) == small_home
