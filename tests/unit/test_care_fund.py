"""暖心关怀: visits and their reversal, what is due, the care fund's workflow and balance, prints."""

import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.unit.pdfcheck import read_pdf, squash
from villagedesk import documents
from villagedesk.core import review, roster, users
from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import printed
from villagedesk.core.care import targets as t
from villagedesk.core.care import visits as v
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Body, CareFundEntry, DisbursementState, Sex, UserRole

CITY = c.FUNDS_DEFAULT[0]


def target(
    session, name="王桂兰", born=dt.date(1940, 5, 1), cats=("特困", "独居老人"), added=dt.date(2024, 1, 1)
):
    return t.add_target(
        session,
        t.TargetData(name=name, categories=list(cats), added_on=added, birth_date=born, group_name="三组"),
        TODAY,
    )


def visit(session, target_id, day, occasion="日常", follow=None):
    return v.record_visit(
        session, v.VisitData(target_id, day, "书记、网格员", occasion, "身体尚可", "", follow), TODAY
    )


# -- visits -----------------------------------------------------------------------------------
def test_monthly_visit_rate_counts_special_hardship_elderly_visited_this_month(session):
    a = target(session, "甲")
    b = target(session, "乙")
    target(session, "丙", born=dt.date(1980, 1, 1))  # under 60: not special-hardship elderly
    target(session, "丁", cats=("残疾人",))  # old, but not in a special category
    visit(session, a.id, dt.date(2026, 11, 3))
    visit(session, b.id, dt.date(2026, 10, 30))  # last month does not count
    rate = v.monthly_visit_rate(session, TODAY)
    assert (rate.visited, rate.active, rate.percent) == (1, 2, 50)
    assert [x.name for x in v.not_visited_this_month(session, TODAY)] == ["乙"]


def test_a_wrong_visit_is_reversed_with_a_reason_never_deleted(session):
    a = target(session)
    wrong = visit(session, a.id, dt.date(2026, 11, 3))
    assert v.monthly_visit_rate(session, TODAY).visited == 1
    with pytest.raises(ValidationError):
        v.reverse_visit(session, wrong.id, "  ", TODAY)
    reversal = v.reverse_visit(session, wrong.id, "录错了对象", TODAY)
    assert reversal.reverses_id == wrong.id and not wrong.deleted
    assert v.monthly_visit_rate(session, TODAY).visited == 0
    with pytest.raises(ValidationError):
        v.reverse_visit(session, wrong.id, "again", TODAY)
    with pytest.raises(ValidationError):
        v.reverse_visit(session, reversal.id, "undo", TODAY)


@pytest.mark.parametrize(
    "day, occasion, follow, field",
    [
        (dt.date(2026, 12, 1), "日常", None, c.F_VISIT_DATE),
        (dt.date(2023, 12, 1), "日常", None, c.F_VISIT_DATE),
        (dt.date(2026, 11, 1), "生日", None, c.F_OCCASION),
        (dt.date(2026, 11, 1), "日常", dt.date(2026, 10, 1), c.F_FOLLOW_UP),
    ],
)
def test_bad_visits_are_refused(session, day, occasion, follow, field):
    a = target(session)
    with pytest.raises(ValidationError) as caught:
        visit(session, a.id, day, occasion, follow)
    assert caught.value.fields == [field]


def test_due_items_special_elderly_festival_round_and_follow_ups(session):
    a = target(session, "甲")
    member = target(session, "老党员甲", born=dt.date(1935, 1, 1), cats=("老党员",))
    visit(session, a.id, dt.date(2026, 11, 2), follow=dt.date(2026, 11, 20))
    texts = [i.text.format(**i.params) for i in v.due(session, TODAY)]
    assert not any("not yet visited this month" in x for x in texts)
    assert any("Follow-up visit to 甲 due on 2026-11-20" in x for x in texts)
    # 春节 2027 is on 6 February: 30 days before it the Party-side round is due
    day = dt.date(2027, 1, 10)
    texts = [i.text.format(**i.params) for i in v.due(session, day)]
    assert any("春节 on 2027-02-06" in x and "老党员甲" in x for x in texts)
    assert any("not yet visited this month" in x and "甲" in x for x in texts)
    visit(session, member.id, dt.date(2026, 11, 25), "春节")  # too early for the round
    assert any("春节" in i.text.format(**i.params) for i in v.due(session, day))
    assert not [f for f, _ in c.festivals_ahead(dt.date(2027, 3, 1), 30)]


def test_spring_festival_table_covers_2020_to_2040():
    assert sorted(c.SPRING_FESTIVAL) == list(range(2020, 2041))
    assert all(dt.date(y, 1, 20) <= d <= dt.date(y, 2, 20) for y, d in c.SPRING_FESTIVAL.items())


# -- the fund ---------------------------------------------------------------------------------
def supervisor(session):
    person = roster.add_person(
        session, roster.PersonData(name="监委甲", sex=Sex.MALE, birth_date=dt.date(1970, 1, 1)), today=TODAY
    )
    roster.add_membership(session, person.id, Body.SUPERVISION, dt.date(2021, 1, 15), today=TODAY)
    users.create_user(session, "监委甲", UserRole.SUPERVISOR, "613902", person_id=person.id)
    return "613902"


def through_township(session, entry, day=dt.date(2026, 11, 2)):
    f.approve_branch(session, entry.id, day, "村党组织书记", TODAY)
    f.approve_township(session, entry.id, day + dt.timedelta(days=1), "镇民政办", TODAY)


def sign(session, head, pin, day=dt.date(2026, 11, 4)):
    digest = printed.disbursement_hash(session, head)
    actor = session.info["actor"]
    session.info["actor"] = users.SYSTEM_ACTOR  # a review dated in the test's past, as the demo's history
    review.sign_review(
        session,
        record_kind=printed.DISBURSEMENT_KIND,
        record_uuid=head.uuid,
        record_version=head.version,
        content_hash=digest,
        signer="监委甲",
        pin=pin,
        opinion="同意公示",
        day=day,
        today=TODAY,
    )
    session.info["actor"] = actor
    return digest


def test_a_disbursement_over_the_balance_is_refused_and_approved_amounts_are_committed(session):
    a, b = target(session, "甲"), target(session, "乙")
    f.record_income(session, CITY, dt.date(2026, 1, 5), 100_000, "区民政局", "村会计", "拨入", TODAY)
    with pytest.raises(ValidationError) as caught:
        f.apply_disbursement(session, CITY, a.id, dt.date(2026, 11, 1), 100_001, "慰问金", "村会计", TODAY)
    assert "1,000.01" in str(caught.value) and "1,000.00" in str(caught.value)
    first = f.apply_disbursement(session, CITY, a.id, dt.date(2026, 11, 1), 60_000, "慰问金", "村会计", TODAY)
    second = f.apply_disbursement(
        session, CITY, b.id, dt.date(2026, 11, 1), 60_000, "慰问金", "村会计", TODAY
    )
    f.approve_branch(session, first.id, dt.date(2026, 11, 2), "书记", TODAY)
    assert f.balance(session, first.fund_id) == f.Balance(100_000, 60_000)
    with pytest.raises(ValidationError):  # 60,000 committed: 40,000 left for the second
        f.approve_branch(session, second.id, dt.date(2026, 11, 2), "书记", TODAY)
    assert session.get(CareFundEntry, second.id).state is DisbursementState.APPLIED
    with pytest.raises(ValidationError):
        f.apply_disbursement(session, CITY, b.id, dt.date(2026, 11, 1), 40_001, "慰问金", "村会计", TODAY)
    f.withdraw(session, second.id)
    assert f.balance(session, first.fund_id).available == 40_000


def test_payment_only_after_approvals_posting_and_its_period(session):
    pin = supervisor(session)
    a = target(session)
    f.record_income(session, CITY, dt.date(2026, 1, 5), 100_000, "区民政局", "村会计", "拨入", TODAY)
    entry = f.apply_disbursement(
        session, CITY, a.id, dt.date(2026, 11, 1), 50_000, "春节慰问金", "村会计", TODAY
    )
    with pytest.raises(ValidationError) as caught:  # a payment before approval
        f.pay(session, entry.id, TODAY, "V001", True, TODAY)
    assert "applied for" in str(caught.value)
    with pytest.raises(ValidationError):  # township before branch
        f.approve_township(session, entry.id, dt.date(2026, 11, 2), "镇民政办", TODAY)
    through_township(session, entry)
    item = documents.find_printable(session, f"caredisb-{entry.id}")
    _, digest = item.build()
    with pytest.raises(ValidationError):  # posting needs the supervision review
        documents.record_output(
            session, [documents.Output(item, digest)], "post", "tester", dt.date(2026, 11, 4)
        )
    with pytest.raises(ValidationError):
        f.pay(session, entry.id, TODAY, "V001", True, TODAY)
    sign(session, entry, pin)
    item = documents.find_printable(session, f"caredisb-{entry.id}")
    pdf, digest = item.build()
    documents.record_output(session, [documents.Output(item, digest)], "post", "tester", dt.date(2026, 11, 4))
    assert entry.state is DisbursementState.POSTED and entry.posted_on == dt.date(2026, 11, 4)
    with pytest.raises(ValidationError) as caught:  # the 7-day posting period runs to 11-10
        f.pay(session, entry.id, dt.date(2026, 11, 10), "V001", True, TODAY)
    assert "2026-11-10" in str(caught.value)
    with pytest.raises(ValidationError):
        f.pay(session, entry.id, dt.date(2026, 11, 11), "V001", False, TODAY)
    f.pay(session, entry.id, dt.date(2026, 11, 11), "V001", True, TODAY)
    assert f.balance(session, entry.fund_id) == f.Balance(50_000, 0)
    lines = f.finance_statement(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(x["direction"], x["amount_fen"], x["source"]) for x in lines] == [
        ("income", 100_000, CITY),
        ("expenditure", 50_000, CITY),
    ]
    assert lines[1]["item"] == "春节慰问金（王*兰）" and lines[1]["date"] == dt.date(2026, 11, 11)
    reversal = f.reverse_entry(session, entry.id, "重复发放，已退回", TODAY, TODAY)
    assert f.balance(session, entry.fund_id).balance == 100_000 and reversal.reverses_id == entry.id
    statement = f.fund_statement(session, entry.fund_id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert (statement.opening, statement.income, statement.expenditure, statement.closing) == (
        0,
        100_000,
        0,
        100_000,
    )


def test_the_disbursement_notice_prints_names_and_amounts_never_minors(session):
    pin = supervisor(session)
    adult = target(session, "王建国")
    child = target(session, "李小宝", born=dt.date(2016, 3, 1), cats=("留守儿童",))
    f.record_income(session, CITY, dt.date(2026, 1, 5), 300_000, "区民政局", "村会计", "拨入", TODAY)
    entries = [
        f.apply_disbursement(session, CITY, x.id, dt.date(2026, 11, 1), 50_000, "春节慰问金", "村会计", TODAY)
        for x in (adult, child)
    ]
    for entry in entries:
        through_township(session, entry)
    head = entries[0]
    with pytest.raises(KeyError):
        documents.find_printable(session, f"caredisb-{entries[1].id}")  # it is on its head's notice
    sign(session, head, pin)
    pdf, _ = documents.find_printable(session, f"caredisb-{head.id}").build()
    text = squash(read_pdf(pdf).text)
    assert "王建国" in text and "李小宝" not in text and "未成年人" in text
    assert "1,000.00" in text and "壹仟元整" in text and "同意公示" in text
    lines = f.finance_statement(session, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not any("李小宝" in x["item"] for x in lines)


def test_finance_statement_is_offered_to_other_registers():
    from villagedesk.registers import PARTS

    hooks = [p.contributes["finance_statement"] for p in PARTS if "finance_statement" in p.contributes]
    assert hooks == [f.finance_statement]


def test_fund_names_come_from_the_setting(session):
    with pytest.raises(ValidationError):
        f.record_income(session, "不存在的基金", dt.date(2026, 1, 5), 100, "x", "y", "z", TODAY)
    assert [x.name for x in f.ensure_funds(session)] == c.FUNDS_DEFAULT
    assert session.scalars(select(CareFundEntry)).first() is None


def test_township_overview_counts_unvisited_elderly_visit_rate_and_balance():
    from villagedesk.core.care.register import OVERVIEW

    records = {
        "care_target": [
            {"uuid": "a", "birth_year": 1940, "added_on": "2024-01-01", "exited_on": None},
            {"uuid": "b", "birth_year": 1942, "added_on": "2024-01-01", "exited_on": None},
            {"uuid": "c", "birth_year": 1990, "added_on": "2024-01-01", "exited_on": None},
            {"uuid": "d", "birth_year": 1938, "added_on": "2024-01-01", "exited_on": "2026-10-01"},
        ],
        "care_category": [
            {"target_uuid": x, "category": "特困", "valid_from": "2024-01-01", "valid_to": None}
            for x in "abcd"
        ],
        "care_visit": [
            {"uuid": "v1", "target_uuid": "a", "visit_date": "2026-11-03", "reverses_uuid": None},
            {"uuid": "v2", "target_uuid": "b", "visit_date": "2026-11-04", "reverses_uuid": None},
            {"uuid": "v3", "target_uuid": "b", "visit_date": "2026-11-05", "reverses_uuid": "v2"},
        ],
        "care_fund_entry": [
            {
                "uuid": "i",
                "kind": "INCOME",
                "state": "RECORDED",
                "entry_date": "2026-01-05",
                "amount_fen": 100_050,
            },
            {
                "uuid": "p",
                "kind": "DISBURSEMENT",
                "state": "PAID",
                "entry_date": "2026-01-10",
                "paid_on": "2026-02-01",
                "amount_fen": 30_000,
            },
            {
                "uuid": "q",
                "kind": "DISBURSEMENT",
                "state": "POSTED",
                "entry_date": "2026-11-10",
                "amount_fen": 9_000,
            },
        ],
    }
    facts = OVERVIEW.facts(records)
    values = {col.key: col.value(facts, TODAY) for col in OVERVIEW.columns}
    # a visited, b's only visit reversed, c too young, d left before the month
    assert values == {"care_not_visited": 1, "care_visit_rate": 50, "care_fund_balance": 700}


def test_township_overview_names_each_funds_balance():
    """Behind the total, each fund's own balance on the day (a payment counts once it is paid)."""
    from villagedesk.core.care.register import OVERVIEW

    def entry(uuid, fund, kind, fen, day, state="RECORDED", paid_on=None):
        return {
            "uuid": uuid,
            "fund_uuid": fund,
            "kind": kind,
            "state": state,
            "entry_date": day,
            "paid_on": paid_on,
            "amount_fen": fen,
        }

    records = {
        "care_fund": [{"uuid": "f1", "name": "市县关怀资金"}, {"uuid": "f2", "name": "村集体关怀基金"}],
        "care_fund_entry": [
            entry("i1", "f1", "INCOME", 200_000, "2026-01-05"),
            entry("i2", "f2", "INCOME", 50_000, "2026-03-01"),
            entry("p1", "f1", "DISBURSEMENT", 80_000, "2026-02-01", "PAID", "2026-03-10"),
            entry("p2", "f2", "DISBURSEMENT", 10_000, "2026-11-01", "PAID", "2026-12-20"),  # after the day
        ],
    }
    facts = OVERVIEW.facts(records)
    [column] = [c for c in OVERVIEW.columns if c.key == "care_fund_balance"]
    assert column.value(facts, TODAY) == 1700
    assert column.detail is not None
    assert column.detail(facts, TODAY) == "市县关怀资金 1200元；村集体关怀基金 500元"


def test_one_write_still_refuses_an_approval_past_what_is_left(session):
    """The bulk path of the demo and of a round: one flush, the balance rule still per entry."""
    a, b = target(session, "甲"), target(session, "乙")
    f.record_income(session, CITY, dt.date(2026, 1, 5), 100_000, "区民政局", "村会计", "拨入", TODAY)
    with f.one_write(session):
        first = f.apply_disbursement(session, CITY, a.id, dt.date(2026, 11, 1), 60_000, "慰问", "会计", TODAY)
        second = f.apply_disbursement(
            session, CITY, b.id, dt.date(2026, 11, 1), 60_000, "慰问", "会计", TODAY
        )
        assert first.id is None  # written when the block ends
    with pytest.raises(ValidationError) as caught:
        with f.one_write(session):
            f.approve_branch(session, first.id, dt.date(2026, 11, 2), "书记", TODAY)
            f.approve_branch(session, second.id, dt.date(2026, 11, 2), "书记", TODAY)
    assert caught.value.errors[0].field == c.F_AMOUNT
    assert f.balance(session, first.fund_id) == f.Balance(100_000, 60_000)
    assert not session.info.get("care_fund_one_write")  # the block is closed after a refusal too


def test_the_festival_visit_list_names_party_and_special_elderly_targets_never_their_numbers(session):
    from villagedesk.documents.care import VisitListKind

    party = t.add_target(
        session,
        t.TargetData(
            name="张建国",
            categories=["老党员"],
            added_on=dt.date(2024, 1, 1),
            birth_date=dt.date(1941, 3, 2),
            group_name="一组",
            phone="13812345678",
            helper="结对党员",
        ),
        TODAY,
    )
    target(session, "王桂兰")  # 特困 and 独居, 86: special-hardship elderly
    target(session, "赵强", born=dt.date(1990, 1, 1), cats=("残疾人",))  # neither
    spring = VisitListKind().printable(session, 2027, 1)
    assert spring.title == "2027年春节走访慰问对象名单"
    text = squash(read_pdf(spring.build()[0]).text)
    assert "张建国" in text and "王桂兰" in text and "赵强" not in text
    assert "13812345678" not in text and "结对党员" in text and "2027年2月6日" in text
    july = VisitListKind().printable(session, 2026, 2)  # 七一: the Party side only
    text = squash(read_pdf(july.build()[0]).text)
    assert "张建国" in text and "王桂兰" not in text
    assert party.id
