"""村务公开 as the shared machinery sees it: the home page's due items, the township overview's
facts and columns, the township's answers coming back with the acknowledgement, and the demo."""

from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY
from tests.unit.test_disclosure_rules import finance, post, supervisor
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.register import ANSWERS_KEY, REGISTER, overview_facts
from villagedesk.core.disclosure.status import due, search


def _texts(session, today: dt.date) -> list[tuple[str, dict[str, object]]]:  # type: ignore[no-untyped-def]
    return [(i.text, i.params) for i in due(session, today)]


def test_home_page_shows_due_overdue_and_posted(session) -> None:
    name = supervisor(session)
    september = s.create(session, finance(start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))
    post(session, september, name)  # the calendar starts at the first period the desk holds
    items = _texts(session, TODAY)
    overdue = [p for t, p in items if t == c.D_OVERDUE]
    # October's finance was due on 20 November: six days overdue on the 26th
    assert {"item": "财务收支明细", "period": "2026年10月", "day": "2026-11-20", "days": 6} in overdue
    assert any(t == c.D_POSTED and p["title"] == september.title for t, p in items)
    # in December, November's finance is due this month (the 20th), not yet overdue
    december = _texts(session, dt.date(2026, 12, 5))
    assert ("财务收支明细", "2026年11月") in {(p["item"], p["period"]) for t, p in december if t == c.D_DUE}
    # quarterly items: Q4 2026 is due on 20 January 2027, across the year end
    january = _texts(session, dt.date(2027, 1, 25))
    assert any(p.get("period") == "2026年第4季度" and p["days"] == 5 for t, p in january if t == c.D_OVERDUE)


def test_unanswered_query_is_overdue_after_the_setting(session) -> None:
    name = supervisor(session)
    d = s.create(session, finance())
    post(session, d, name)
    fb = w.add_feedback(session, d.id, "陈大爷", dt.date(2026, 11, 10), "来访", "支出有疑问", TODAY)
    items = _texts(session, TODAY)
    assert any(t == c.D_ANSWER_OVERDUE and p["days"] == 6 for t, p in items)  # due on the 20th
    w.escalate_feedback(session, fb.id, dt.date(2026, 11, 21))
    assert not any(t == c.D_ANSWER_OVERDUE for t, _ in _texts(session, TODAY))
    late = _texts(session, dt.date(2026, 12, 20))
    assert any(t == c.D_TOWNSHIP_OVERDUE and p["days"] == 9 for t, p in late)
    # the township's answer comes back with the acknowledgement through the register's catalogue hook
    hook = next(cat for cat in REGISTER.catalogues if cat.key == ANSWERS_KEY)
    hook.apply(session, [{"uuid": fb.uuid, "answer": "经核查，支出属实。", "answered_on": "2026-12-01"}])
    assert fb.township_answer == "经核查，支出属实。" and fb.township_answered_on == dt.date(2026, 12, 1)
    assert not any(t == c.D_TOWNSHIP_OVERDUE for t, _ in _texts(session, dt.date(2026, 12, 20)))
    assert hook.current(session)[0]["uuid"] == fb.uuid


def test_overview_facts_and_columns(session) -> None:
    name = supervisor(session)
    d = s.create(session, finance(start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))
    post(session, d, name)
    fb = w.add_feedback(session, d.id, "陈大爷", TODAY, "电话", "为何", TODAY)
    w.escalate_feedback(session, fb.id, TODAY)
    records = {
        "disclosure": [
            {
                "item": d.item,
                "period_start": d.period_start.isoformat(),
                "period_end": d.period_end.isoformat(),
                "status": d.status.name,
                "posted_on": d.posted_on.isoformat() if d.posted_on else None,
                "posting_days": d.posting_days,
                "deleted": False,
            }
        ],
        "disclosure_feedback": [{"escalated_on": TODAY.isoformat(), "township_answer": "", "deleted": False}],
        "centre_setting": [],
    }
    facts = overview_facts(records)
    assert REGISTER.overview is not None
    columns = {col.key: col.value(facts, TODAY) for col in REGISTER.overview.columns}
    assert columns["disclosures_posted"] == 1  # posted on the 26th for 10 days
    assert columns["disclosures_overdue"] >= 1  # October's finance, due on 20 November
    assert columns["disclosure_queries"] == 1
    later = {col.key: col.value(facts, dt.date(2027, 1, 5)) for col in REGISTER.overview.columns}
    assert later["disclosures_posted"] == 0


def test_archive_search(session) -> None:
    s.create(session, finance(start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), opening=0, closing=30_000))
    assert len(search(session, year=2025)) == 1 and search(session, year=2024) == []
    assert len(search(session, category="财务", text="财务收支")) == 1
    assert search(session, category="党务") == []
