"""暖心关怀: the fund statement of any period (month, quarter, year, or two dates the clerk picks),
checked against figures worked out by hand across a month, quarter and year boundary."""

import datetime as dt

import pytest

from tests.conftest import TODAY
from tests.unit.pdfcheck import read_pdf, squash
from tests.unit.test_care_fund import CITY, sign, supervisor, target
from villagedesk import documents
from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import periods
from villagedesk.core.errors import ValidationError

OWN = c.FUNDS_DEFAULT[1]


@pytest.fixture
def ledger(session):
    """1 000.00 on 2025-12-31; 2 000.00 on 2026-01-05 and 500.00 on 2026-03-31 (the 500.00 taken back
    on 2026-04-10); a 300.00 payment applied in March, paid on 2026-04-02; 100.00 on 2026-07-01.
    The village's own fund gets 9 999.99 in March: it must not leak into the city fund's statement."""
    pin = supervisor(session)
    person = target(session, "王桂兰")
    f.record_income(session, CITY, dt.date(2025, 12, 31), 100_000, "区民政局", "村会计", "年末拨入", TODAY)
    f.record_income(session, CITY, dt.date(2026, 1, 5), 200_000, "区民政局", "村会计", "年初拨入", TODAY)
    march = f.record_income(session, CITY, dt.date(2026, 3, 31), 50_000, "区民政局", "村会计", "追加", TODAY)
    f.record_income(session, OWN, dt.date(2026, 3, 15), 999_999, "集体收益", "村会计", "拨入", TODAY)
    entry = f.apply_disbursement(
        session, CITY, person.id, dt.date(2026, 3, 20), 30_000, "春节慰问金", "村会计", TODAY
    )
    f.approve_branch(session, entry.id, dt.date(2026, 3, 22), "村党组织书记", TODAY)
    f.approve_township(session, entry.id, dt.date(2026, 3, 25), "镇民政办", TODAY)
    sign(session, entry, pin, dt.date(2026, 3, 26))
    item = documents.find_printable(session, f"caredisb-{entry.id}")
    _pdf, digest = item.build()
    documents.record_output(session, [documents.Output(item, digest)], "post", "tester", dt.date(2026, 3, 26))
    f.pay(session, entry.id, dt.date(2026, 4, 2), "V-0402", True, TODAY)
    f.reverse_entry(session, march.id, "重复拨入，退回", dt.date(2026, 4, 10), TODAY)
    f.record_income(session, CITY, dt.date(2026, 7, 1), 10_000, "区民政局", "村会计", "七一拨入", TODAY)
    return f.fund_named(session, CITY).id


def figures(session, fund_id, start, end):
    s = f.fund_statement(session, fund_id, start, end)
    return s.opening, s.income, s.expenditure, s.closing


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2025", (0, 100_000, 0, 100_000)),
        ("2026", (100_000, 260_000 - 50_000, 30_000, 280_000)),
        ("2026Q1", (100_000, 250_000, 0, 350_000)),  # applied in March, paid in April: not in Q1
        ("2026Q2", (350_000, -50_000, 30_000, 270_000)),  # the reversal of March's income falls in April
        ("2026Q3", (270_000, 10_000, 0, 280_000)),
        ("2026-03", (300_000, 50_000, 0, 350_000)),
        ("2026-04", (350_000, -50_000, 30_000, 270_000)),
        ("2025-12-31..2026-01-05", (0, 300_000, 0, 300_000)),
        ("2026-03-31..2026-04-02", (300_000, 50_000, 30_000, 320_000)),
        ("2026-04-03..2026-04-09", (320_000, 0, 0, 320_000)),
    ],
)
def test_statement_figures_match_the_hand_worked_ones_across_period_boundaries(
    session, ledger, period, expected
):
    start, end = periods.parse(period)
    assert figures(session, ledger, start, end) == expected


def test_a_payment_counts_on_the_day_it_is_paid_and_a_reversal_on_its_own_day(session, ledger):
    april = f.fund_statement(session, ledger, *periods.month(2026, 4))
    assert [(x["date"], x["direction"], x["amount_fen"]) for x in april.lines] == [
        (dt.date(2026, 4, 2), "expenditure", 30_000),
        (dt.date(2026, 4, 10), "income", -50_000),
    ]
    assert april.lines[0]["item"] == "春节慰问金（王*兰）"  # the recipient masked in a public statement


def test_periods_are_read_as_the_clerk_writes_them():
    assert periods.parse("2026") == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert periods.parse("2026q4") == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert periods.parse("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))  # a leap year
    assert periods.parse(" 2026-01-15..2026-03-20 ") == (dt.date(2026, 1, 15), dt.date(2026, 3, 20))
    for bad in ("2026Q5", "2026-13", "去年", "", "2026-02-30..2026-03-01"):
        with pytest.raises(ValidationError) as caught:
            periods.parse(bad)
        assert caught.value.errors[0].field == periods.F_PERIOD
    with pytest.raises(ValidationError) as caught:
        periods.parse("2026-03-20..2026-01-15")
    assert caught.value.errors[0].rule == periods.R_PERIOD_ORDER


def test_period_titles_and_ids_round_trip():
    assert periods.title(*periods.year(2026)) == "2026年"
    assert periods.title(*periods.quarter(2026, 2)) == "2026年第二季度"
    assert periods.title(*periods.month(2026, 3)) == "2026年3月"
    assert periods.title(dt.date(2026, 1, 15), dt.date(2026, 3, 20)) == "2026年1月15日至2026年3月20日"
    for fund_id, start, end in (
        (1, *periods.quarter(2026, 1)),
        (12, dt.date(2025, 12, 31), dt.date(2026, 1, 5)),
    ):
        assert periods.decode(periods.encode(fund_id, start, end)) == (fund_id, start, end)
    assert periods.decode(3 * 10000 + 2025) == (3, *periods.year(2025))  # the older yearly ids still open
    with pytest.raises(ValueError):
        periods.decode(
            periods.encode(1, dt.date(2026, 3, 1), dt.date(2026, 3, 1)) - 1
        )  # ends before it starts


def test_a_quarter_statement_prints_as_a_notice_with_the_figures(session, ledger):
    start, end = periods.quarter(2026, 2)
    item = documents.find_printable(session, f"carefund-{periods.encode(ledger, start, end)}")
    assert item.title == f"{CITY}收支情况（2026年第二季度）"
    pdf, digest = item.build()
    text = squash(read_pdf(pdf).text)
    assert f"{CITY}收支情况（2026年第二季度）" in text
    assert "2026年4月1日至2026年6月30日" in text
    for label, yuan in (("期初余额", "3,500.00"), ("本期支出", "300.00"), ("期末余额", "2,700.00")):
        assert label in text and yuan in text
    assert "冲销" in text and "王*兰" in text and "王桂兰" not in text
    documents.record_output(session, [documents.Output(item, digest)], "save", "tester", TODAY)
    logged = [x for x in documents.print_log(session) if x.document_uuid == item.uuid]
    assert [(x.action, x.document_kind, x.content_hash) for x in logged] == [("save", item.kind, digest)]
    with pytest.raises(KeyError):
        documents.find_printable(session, "carefund-99999999999999999999")
