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


def _finance_rows(session, today: dt.date) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    from villagedesk.core.disclosure.status import calendar

    return {r["period"]: r["posted"] for r in calendar(session, today) if r["item"] == "财务收支明细"}


def test_finance_period_setting_drives_the_calendar_across_the_year_end(session) -> None:
    from villagedesk.core import settings

    name = supervisor(session)
    september = s.create(session, finance(start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)))
    post(session, september, name)
    january = dt.date(2027, 1, 25)
    monthly = _finance_rows(session, january)  # 按月 (the default): December is due on 20 January
    assert {"2026年10月", "2026年11月", "2026年12月"} <= set(monthly) and "2026年第4季度" not in monthly
    assert not any(
        t == c.D_OVERDUE and p.get("period") == "2026年第4季度" and p["item"] == "财务收支明细"
        for t, p in _texts(session, january)
    )
    settings.store_value(session, c.FINANCE_QUARTERLY, True)  # 按季
    quarterly = _finance_rows(session, january)
    assert quarterly == {"2026年第4季度": False}  # Q3 began before the desk's first disclosure
    overdue = [p for t, p in _texts(session, january) if t == c.D_OVERDUE and p["item"] == "财务收支明细"]
    assert [(p["period"], p["day"], p["days"]) for p in overdue] == [("2026年第4季度", "2027-01-20", 5)]
    # in April the first quarter of 2027 is not yet due; Q4 2026 still is, and nothing monthly
    april = _finance_rows(session, dt.date(2027, 4, 10))
    assert set(april) == {"2026年第4季度", "2027年第1季度"}
    # a value that is not one of the two choices is refused
    try:
        settings.store_value(session, c.FINANCE_QUARTERLY, "yearly")  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - ValidationError, asserted by name below
        assert type(exc).__name__ == "ValidationError"
    else:
        raise AssertionError("a third choice was stored")


def test_a_quarter_posted_month_by_month_counts_as_posted(session) -> None:
    """A village that changes from 按月 to 按季 has its last quarter covered by three monthly sheets."""
    from villagedesk.core import settings

    name = supervisor(session)
    opening = 100_000
    for month in (10, 11, 12):
        end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(2026, 12, 31)
        d = s.create(
            session,
            finance(opening=opening, closing=opening + 30_000, start=dt.date(2026, month, 1), end=end),
        )
        post(session, d, name)
        opening += 30_000
        if month == 11:
            settings.store_value(session, c.FINANCE_QUARTERLY, True)
            # two months of the quarter are not the quarter
            assert _finance_rows(session, dt.date(2027, 1, 10))["2026年第4季度"] is False
    assert _finance_rows(session, dt.date(2027, 1, 25))["2026年第4季度"] is True
    assert not any(
        t == c.D_OVERDUE and p["item"] == "财务收支明细" for t, p in _texts(session, dt.date(2027, 1, 25))
    )
