"""The 村务公开 register's share of `villagedesk demo`: several years of monthly finance ledgers,
quarterly and yearly items, ad hoc items, a few late postings, a correction per year carried into
the next period's opening, and villagers' queries (answered, escalated, one still waiting)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.demo import DemoSummary
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.calendar import due_date, period_label, period_of
from villagedesk.core.disclosure.ledger import DIRECTIONS, EXPENDITURE, INCOME, LineInput
from villagedesk.core.disclosure.record import disclosure_hash
from villagedesk.db.models import Disclosure, PeriodKind, UserRole

INCOME_ITEMS = [
    ("上级转移支付", "财政资金"),
    ("村集体鱼塘承包费", "集体经营收入"),
    ("光伏电站发电收益", "集体经营收入"),
    ("集体仓库租金", "集体经营收入"),
]
EXPENSES = [
    ("村干部误工补贴", "集体经营收入"),
    ("村部水电费", "集体经营收入"),
    ("道路保洁劳务费", "财政资金"),
    ("办公用品购置", "集体经营收入"),
    ("路灯维修材料费", "集体经营收入"),
    ("困难群众慰问品", "财政资金"),
]
HANDLERS = ["王建国", "李秀英", "张卫东"]
YEARLY = [
    ("年度工作计划及完成情况", "村务"),
    ("两委分工及联系方式", "村务"),
    ("组织设置及党员情况", "党务"),
    ("民主评议党员", "党务"),
]


class _Demo:
    def __init__(self, session: Session, rng: random.Random, today: dt.date, summary: DemoSummary) -> None:
        from villagedesk.core import users

        self.session, self.rng, self.today, self.summary = session, rng, today, summary
        supervisors = [u for u in users.users(session) if u.role is UserRole.SUPERVISOR]
        pins = {name: pin for name, _, pin in summary.users}
        self.reviewers = [(u.name, pins[u.name]) for u in supervisors]
        self.posted = 0
        self.closing = 12_345_600

    def reviewers_since(self) -> dt.date:
        """The first day of the first month in which every demo reviewer sat on the committee."""
        from villagedesk.core import users
        from villagedesk.db.models import Body, Person

        starts = []
        for user in users.users(self.session):
            person = self.session.get(Person, user.person_id) if user.person_id else None
            if user.role is UserRole.SUPERVISOR and person is not None:
                spans = [m.start_date for m in person.memberships if m.body is Body.SUPERVISION]
                starts.append(min(spans) if spans else self.today)
        latest = max(starts) if starts else self.today
        return period_of(PeriodKind.MONTH, period_of(PeriodKind.MONTH, latest)[1] + dt.timedelta(days=1))[0]

    def publish(self, d: Disclosure, day: dt.date, late: int = 0) -> None:
        w.submit(self.session, d.id)
        name, pin = self.reviewers[d.id % len(self.reviewers)]
        review_day = min(day + dt.timedelta(days=late - 2), self.today)
        w.sign(self.session, d.id, name, pin, "经审核，内容真实完整，同意公开。", review_day, self.today)
        post_day = min(day + dt.timedelta(days=late), self.today)
        w.mark_posted(self.session, d.id, post_day, "村文书", disclosure_hash(self.session, d))
        end = post_day + dt.timedelta(days=d.posting_days)
        if end < self.today:
            w.take_down(self.session, d.id, end, self.today)
        self.posted += 1

    def lines(self, month: int) -> list[LineInput]:
        out = []
        for item, source in self.rng.sample(INCOME_ITEMS, 2):
            out.append(
                LineInput(
                    "收入",
                    item,
                    self.rng.randrange(50_000, 3_000_000),
                    source,
                    self.rng.choice(HANDLERS),
                    "属实",
                )
            )
        for item, source in self.rng.sample(EXPENSES, 3 + month % 3):
            out.append(
                LineInput(
                    "支出",
                    item,
                    self.rng.randrange(20_000, 900_000),
                    source,
                    self.rng.choice(HANDLERS),
                    "属实",
                )
            )
        return out

    def finance(self, start: dt.date, end: dt.date, kind: PeriodKind, due: dt.date) -> Disclosure:
        lines = self.lines(start.month)
        income, expenditure = _sums(lines)
        opening = self.closing
        label = period_label(kind, start, end)
        d = s.create(
            self.session,
            s.DisclosureInput(
                category="财务",
                item="财务收支明细",
                period_kind=kind,
                period_start=start,
                period_end=end,
                title=f"{label}村级财务收支情况公开",
                notice_date=due - dt.timedelta(days=3),
                posting_date=due,
                posting_days=10,
                lead=f"根据村务公开有关规定，现将本村{label}财务收支情况公开如下。",
                opening=opening,
                closing=opening + income - expenditure,
                lines=lines,
            ),
        )
        self.closing = opening + income - expenditure
        return d

    def correct(self, original: Disclosure) -> None:
        data = s.input_of(self.session, original)
        data.lines[-1].amount = int(data.lines[-1].amount) + 10_000  # an expense was 100 yuan more
        income, expenditure = _sums(data.lines)
        data.closing = int(data.opening or 0) + income - expenditure
        data.title = f"关于{original.title}的更正公告"
        fixed = s.correct(self.session, original.id, data, f"{data.lines[-1].item}少记100.00元，经核对更正")
        self.closing = int(data.closing)
        self.publish(fixed, (original.posted_on or self.today) + dt.timedelta(days=5))

    def simple(
        self,
        item: str,
        category: str,
        kind: PeriodKind,
        start: dt.date,
        end: dt.date,
        due: dt.date,
        event: dt.date | None = None,
    ) -> Disclosure:
        label = period_label(kind, start, end)
        title = f"{label}{item}公开" if kind is not PeriodKind.AD_HOC else f"关于{item}的公示"
        return s.create(
            self.session,
            s.DisclosureInput(
                category=category,
                item=item,
                period_kind=kind,
                period_start=start,
                period_end=end,
                event_date=event,
                title=title,
                notice_date=due - dt.timedelta(days=2),
                posting_date=due,
                posting_days=7,
                lead=f"根据村务公开有关规定，现将{label}{item}情况公开如下。",
                content="一、基本情况\n本期有关事项已经村“两委”研究并经村务监督委员会审核。\n二、具体内容\n详见下表。",
                table_headers=["序号", "事项", "情况"],
                table_rows=[["1", item, "已按规定办理"], ["2", "群众反映问题", "已答复"]],
            ),
        )

    def feedback(self, d: Disclosure, when: dt.date, answered: bool, escalate: bool = False) -> None:
        from villagedesk.core.demo import GIVEN, SURNAMES

        who = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
        fb = w.add_feedback(
            self.session,
            d.id,
            who,
            when,
            self.rng.choice(c.CHANNELS),
            "对部分支出明细有疑问，请说明。",
            self.today,
        )
        if escalate:
            w.escalate_feedback(self.session, fb.id, min(when + dt.timedelta(days=12), self.today))
        elif answered:
            w.answer_feedback(
                self.session,
                fb.id,
                "已当面说明支出依据并出示票据。",
                min(when + dt.timedelta(days=6), self.today),
                self.today,
            )


def _sums(lines: list[LineInput]) -> tuple[int, int]:
    income = sum(int(x.amount) for x in lines if DIRECTIONS[x.direction] == INCOME)
    expenditure = sum(int(x.amount) for x in lines if DIRECTIONS[x.direction] == EXPENDITURE)
    return income, expenditure


def fill_demo(session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary) -> None:
    demo = _Demo(session, rng, today, summary)
    posting_day = settings.get(session, c.POSTING_DAY)
    first = (
        dt.date(today.year - years + 1, 1, 1)
        if years > 1
        else period_of(PeriodKind.QUARTER, today - dt.timedelta(days=100))[0]  # the last two quarters
    )
    first = max(first, demo.reviewers_since())  # the desk holds no supervision committee before that
    _finance(demo, first, posting_day)
    _quarterly(demo, first, posting_day)
    _ad_hoc(demo, first)
    summary.counts["村务公开"] = demo.posted


def _finance(demo: _Demo, first: dt.date, posting_day: int) -> None:
    start, end = period_of(PeriodKind.MONTH, first)
    previous = None
    while True:
        due = due_date(PeriodKind.MONTH, end, posting_day)
        if due > demo.today + dt.timedelta(days=25):
            return
        d = demo.finance(start, end, PeriodKind.MONTH, due)
        if due <= demo.today - dt.timedelta(days=3):
            demo.publish(d, due, late=12 if start.month == 7 else 0)  # July's was posted late
            if start.month in (3, 9) and previous is not None:
                demo.correct(d)
            demo.feedback(d, due + dt.timedelta(days=2), answered=True) if start.month in (5, 8) else None
        elif due <= demo.today:
            w.submit(demo.session, d.id)
        previous = d
        start, end = period_of(PeriodKind.MONTH, end + dt.timedelta(days=1))


def _quarterly(demo: _Demo, first: dt.date, posting_day: int) -> None:
    start, end = period_of(PeriodKind.QUARTER, first)
    while True:
        due = due_date(PeriodKind.QUARTER, end, posting_day)
        if due > demo.today:
            return
        demo.publish(demo.simple("党费收缴", "党务", PeriodKind.QUARTER, start, end, due), due)
        if not (start.month == 4 and start.year == demo.today.year - 1):  # one quarter's list forgotten
            d = demo.simple("低保、特困、残疾人补贴名单", "村务", PeriodKind.QUARTER, start, end, due)
            demo.publish(d, due, late=5 if start.month == 10 else 0)
        demo.publish(demo.simple("救助慰问（含关爱资金）", "村务", PeriodKind.QUARTER, start, end, due), due)
        if start.month == 10:
            year_start, year_end = period_of(PeriodKind.YEAR, start)
            demo.publish(
                demo.simple("年度工作计划及完成情况", "村务", PeriodKind.YEAR, year_start, year_end, due), due
            )
        start, end = period_of(PeriodKind.QUARTER, end + dt.timedelta(days=1))


def _ad_hoc(demo: _Demo, first: dt.date) -> None:
    year = first.year
    while year <= demo.today.year:
        event = dt.date(year, 6, 12)
        if event <= demo.today - dt.timedelta(days=10):
            d = demo.simple(
                "宅基地审批", "村务", PeriodKind.AD_HOC, event, event, event + dt.timedelta(days=5), event
            )
            demo.publish(d, event + dt.timedelta(days=5))
            demo.feedback(d, event + dt.timedelta(days=7), answered=False, escalate=year < demo.today.year)
        year += 1
    event = demo.today - dt.timedelta(days=9)  # an ad hoc item drafted but not posted in time
    demo.simple(
        "集体资产、资源处置",
        "财务",
        PeriodKind.AD_HOC,
        event,
        event,
        demo.today - dt.timedelta(days=5),
        event,
    )
    recent = demo.today - dt.timedelta(days=14)
    last = (
        demo.session.query(Disclosure)
        .filter(Disclosure.posted_on.is_not(None))
        .order_by(Disclosure.posted_on.desc())
        .first()
    )
    if last is not None and last.posted_on is not None and recent >= last.posted_on:
        demo.feedback(last, recent, answered=False)
