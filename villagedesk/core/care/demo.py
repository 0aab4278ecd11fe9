"""The 暖心关怀 register's share of `villagedesk demo`: about 80 targets across the categories
(some exited), years of visits, and the care funds with income and festival disbursements that
went through the whole workflow. Everything goes through the register's own services."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import targets as t
from villagedesk.core.care import visits as v
from villagedesk.core.demo import GIVEN, GROUPS, SURNAMES, DemoSummary
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import check_character
from villagedesk.db.models import Body, CareSource, Membership, Person, Sex, UserRole

AREA = "320902"
FINDINGS = [
    "身体状况稳定，生活基本能自理",
    "血压偏高，已提醒按时服药",
    "居住环境整洁，冬季取暖有保障",
    "情绪较好，子女每周电话联系",
    "行动不便，需定期上门",
]
NEEDS = ["", "", "需要代购生活用品", "希望协助办理医保报销", "需要修缮漏雨屋顶", "希望增加上门理发服务"]
VISITORS = ["村党组织书记、网格员", "包片村干部", "结对党员", "村妇联主席、网格员"]


def _id_number(rng: random.Random, birth: dt.date, sex: Sex) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if sex is Sex.MALE else 0)
    body = f"{AREA}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        if name not in used:
            used.add(name)
            return name


def _day(today: dt.date, days_ago: int) -> dt.date:
    return today - dt.timedelta(days=days_ago)


RESIDENT_KINDS = [
    (["特困", "独居老人"], 70, 92),
    (["低保", "空巢老人"], 62, 88),
    (["低保", "失能/重残老人", "残疾人"], 65, 90),
    (["留守老人"], 65, 85),
    (["独居老人"], 75, 95),
    (["低保边缘"], 40, 60),
    (["残疾人"], 30, 58),
    (["留守儿童"], 6, 13),
]


def fill_demo(session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary) -> None:
    start = _day(today, 365 * years)
    used = {p.name for p in session.scalars(select(Person))}
    ids: list[int] = []
    ids += _party_targets(session, rng, today, start)
    batch = [_resident(rng, today, start, *RESIDENT_KINDS[i % len(RESIDENT_KINDS)], used) for i in range(66)]
    ids += [x.id for x in t.add_targets(session, batch, today)]
    _changes(session, rng, today, start, ids)
    roll = _Roll(session, today)
    visits = _visits(session, rng, today, start, roll)
    _fund(session, rng, today, start, summary, roll)
    summary.counts["关怀对象"] = len(t.targets_on(session, today))
    summary.counts["走访记录"] = visits


def _party_targets(session: Session, rng: random.Random, today: dt.date, start: dt.date) -> list[int]:
    """Old and hardship Party members from the roster (their Party dates come from it)."""
    full = session.scalars(
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.body == Body.PARTY_FULL, Membership.end_date.is_(None))
        .order_by(Membership.start_date)
    ).all()
    batch = []
    for index, person in enumerate(full[:14]):
        categories = ["老党员"] if index < 9 else ["困难党员"]
        if index in (3, 11):
            categories.append("离任村干部")
        added = max(start, _day(today, rng.randrange(200, 365 * 12)))
        batch.append(
            t.TargetData(
                name=person.name,
                categories=categories,
                added_on=added,
                sex=person.sex,
                birth_date=person.birth_date,
                group_name=person.group_name,
                phone=person.phone,
                person_id=person.id,
                helper=rng.choice(VISITORS[:3]),
                source=CareSource.SCREENING,
                add_reason="党员关爱排查",
                difficulty_notes="老伴去世，独自生活" if "困难党员" in categories else "",
                next_review=today + dt.timedelta(days=rng.randrange(-5, 170)),
            )
        )
    return [x.id for x in t.add_targets(session, batch, today)]


def _resident(
    rng: random.Random,
    today: dt.date,
    start: dt.date,
    categories: list[str],
    lo: int,
    hi: int,
    used: set[str],
) -> t.TargetData:
    birth = _day(today, rng.randrange(365 * lo + 30, 365 * hi))
    sex = rng.choice([Sex.MALE, Sex.FEMALE])
    child = "留守儿童" in categories
    added = max(start, _day(today, rng.randrange(60, 365 * 8)), birth + dt.timedelta(days=30))
    return t.TargetData(
        name=_name(rng, used),
        categories=list(categories),
        added_on=added,
        id_number="" if child and rng.random() < 0.5 else _id_number(rng, birth, sex),
        sex=sex,
        birth_date=birth,
        group_name=rng.choice(GROUPS),
        phone="" if child else rng.choice(["138", "139", "151", "187"]) + f"{rng.randrange(10**8):08d}",
        disability_grade=rng.choice(["二级", "三级", "四级"]) if "残疾人" in categories else "",
        difficulty_notes=rng.choice(
            ["子女在外务工，一人在家", "家庭收入低，住房老旧", "长期卧床，由老伴照料"]
        ),
        health_notes=rng.choice(["", "高血压", "糖尿病，需定期复查", "行动不便"]) if not child else "",
        helper=rng.choice(VISITORS),
        source=rng.choice(list(CareSource)),
        add_reason="动态排查新增",
        next_review=today + dt.timedelta(days=rng.randrange(-5, 170)),
    )


def _changes(session: Session, rng: random.Random, today: dt.date, start: dt.date, ids: list[int]) -> None:
    """Some left the list (病故, 脱贫, 迁出); some changed category; the oldest exits were erased."""
    for target_id in rng.sample(ids[14:], 9):
        target = t.get_target(session, target_id)
        if (today - target.added_on).days < 60:
            continue
        day = target.added_on + dt.timedelta(days=rng.randrange(30, (today - target.added_on).days))
        t.exit_target(
            session, target_id, day, rng.choice(["病故", "家庭收入提高，退出低保", "迁往外地子女处"]), day
        )
    for target_id in ids[14:]:
        target = t.get_target(session, target_id)
        cats = t.open_categories(session, target_id)
        if target.exited_on is None and any(k.category == "低保" for k in cats) and rng.random() < 0.2:
            day = min(today, target.added_on + dt.timedelta(days=400))
            if day > target.added_on:
                names = ["低保边缘" if k.category == "低保" else k.category for k in cats]
                data = _data(target, names)
                t.update_target(session, target_id, data, day)
    t.erase_expired(session, today)


def _data(target: object, categories: list[str]) -> t.TargetData:
    fields = {k: getattr(target, k) for k in t._PLAIN}
    return t.TargetData(categories=categories, added_on=None, add_reason="", **fields)


class _Roll:
    """The list as the visits and rounds read it, month after month: read once (the demo adds no
    targets while it records visits), answered in memory as visits.special_elderly and
    visits.party_targets answer it from the database."""

    def __init__(self, session: Session, today: dt.date) -> None:
        from villagedesk.core import settings
        from villagedesk.db.models import CareCategory

        values = settings.snapshot(session)
        self.special_cats, self.age = values[c.SPECIAL_CATEGORIES], values[c.SPECIAL_AGE]
        self.party_cats = values[c.PARTY_CATEGORIES]
        self.targets = t.targets_on(session, today, include_exited=True)
        self.cats = list(session.scalars(select(CareCategory).where(CareCategory.deleted.is_(False))))

    def _on(self, day: dt.date) -> list[tuple[object, list[str]]]:
        held: dict[int, list[str]] = {}
        for k in self.cats:
            if k.valid_from <= day and (k.valid_to is None or k.valid_to > day):
                held.setdefault(k.target_id, []).append(k.category)
        return [(x, held.get(x.id, [])) for x in self.targets if t.on_list(x, day)]

    def special(self, _session: Session, day: dt.date) -> list:  # type: ignore[type-arg]
        return [
            x
            for x, cats in self._on(day)
            if t.is_special(cats, t.age_on(x.birth_date, day), self.special_cats, self.age)  # type: ignore[attr-defined]
        ]

    def party(self, _session: Session, day: dt.date) -> list:  # type: ignore[type-arg]
        return [x for x, cats in self._on(day) if any(k in self.party_cats for k in cats)]


def _visits(session: Session, rng: random.Random, today: dt.date, start: dt.date, roll: _Roll) -> int:
    """Special-hardship elderly almost every month; Party-side targets before 七一 and 春节. A
    year's visits are recorded in one write, each validated as the form validates it."""
    made: list = []  # type: ignore[type-arg]
    batch: list[v.VisitData] = []
    month = start.replace(day=1)
    while month <= today:
        last_day = min(today, (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1))
        batch += _monthly(roll, rng, month, last_day, today) + _festive(roll, rng, month, last_day, today)
        month = (month + dt.timedelta(days=32)).replace(day=1)
        if batch and (month.month == 1 or month > today):
            made += v.record_visits(session, batch, today)
            batch = []
    for visit in made:
        if rng.random() < 0.003:
            v.reverse_visit(session, visit.id, "录入重复，冲销", today)
    return len(made)


def _monthly(
    roll: _Roll, rng: random.Random, month: dt.date, last_day: dt.date, today: dt.date
) -> list[v.VisitData]:
    fresh = (month.year, month.month) == (today.year, today.month)
    batch = []
    for target in roll.special(None, last_day):  # type: ignore[arg-type]
        if rng.random() < (0.35 if fresh else 0.93):
            day = min(last_day, max(month + dt.timedelta(days=rng.randrange(0, 27)), target.added_on))
            if target.exited_on is None or day < target.exited_on:
                batch.append(_visit(rng, target.id, day, "日常"))
    return batch


def _festive(
    roll: _Roll, rng: random.Random, month: dt.date, last_day: dt.date, today: dt.date
) -> list[v.VisitData]:
    batch = []
    for name, festival in (("七一", c.party_day(month.year)), ("春节", c.spring_festival(month.year))):
        if festival is None or not (month <= festival - dt.timedelta(days=10) <= last_day):
            continue
        for target in roll.party(None, festival - dt.timedelta(days=10)):  # type: ignore[arg-type]
            day = festival - dt.timedelta(days=rng.randrange(3, 20))
            if target.added_on <= day <= today and rng.random() < 0.95:
                batch.append(_visit(rng, target.id, day, name))
    return batch


def _visit(rng: random.Random, target_id: int, day: dt.date, occasion: str) -> v.VisitData:
    follow = day + dt.timedelta(days=14) if rng.random() < 0.06 else None
    return v.VisitData(
        target_id, day, rng.choice(VISITORS), occasion, rng.choice(FINDINGS), rng.choice(NEEDS), follow
    )


class _Fund:
    """Income each year; a 春节 round from the city/county fund and a 七一 round from 党费 each year,
    each through the whole workflow (the supervision committee reviews the notice)."""

    def __init__(self, session: Session, rng: random.Random, today: dt.date, summary: DemoSummary) -> None:
        from villagedesk.core import users

        self.session, self.rng, self.today = session, rng, today
        self.supervisor = next(u for u in users.users(session) if u.role is UserRole.SUPERVISOR)
        self.pin = {name: p for name, _, p in summary.users}[self.supervisor.name]

    def income(self, year: int, start: dt.date) -> None:
        city, own, dues = c.FUNDS_DEFAULT
        for fund, day, amount, source in (
            (city, dt.date(year, 1, 5), 2_000_000, "亭湖区民政局关爱资金拨付"),
            (own, dt.date(year, 1, 10), 800_000, "村集体经营收益"),
            (dues, dt.date(year, 5, 20), 600_000, "镇党委下拨党费"),
        ):
            if start <= day <= self.today:
                f.record_income(
                    self.session, fund, day, amount, source, "村会计", f"{year}年{fund}拨入", self.today
                )

    def round(self, fund: str, festival: dt.date, pick: object, label: str, amounts: list[int]) -> None:
        from villagedesk.core import users

        session, today = self.session, self.today
        applied = festival - dt.timedelta(days=28)
        steps = [applied + dt.timedelta(days=d) for d in (2, 5, 6, 14)]
        reviewer = users.find_user(session, self.supervisor.name)
        if reviewer is None or not users.supervisor_person_on(session, reviewer, steps[2]):
            return  # no supervision committee on the roster then to review the notice: no round
        entries = []
        with f.one_write(session):  # each step of the round in one write (the rules still per entry)
            for target in pick(session, applied)[:5]:  # type: ignore[operator]
                item = f"{festival.year}年{label}慰问金"
                try:
                    amount = self.rng.choice(amounts)
                    entries.append(
                        f.apply_disbursement(session, fund, target.id, applied, amount, item, "村会计", today)
                    )
                except ValidationError:  # a fund that ran short leaves that person out
                    continue
        for when, step, who in (
            (steps[0], f.approve_branch, "村党组织书记"),
            (steps[1], f.approve_township, "镇民政办"),
        ):
            with f.one_write(session):
                for entry in entries if when <= today else []:
                    step(session, entry.id, when, who, today)
        if entries and steps[2] <= today:
            self.post(entries[0], steps[2])
            with f.one_write(session):
                for entry in entries if steps[3] <= today else []:
                    f.pay(session, entry.id, steps[3], f"关爱{festival.year}-{entry.id:04d}", True, today)

    def post(self, head: object, day: dt.date) -> None:
        from villagedesk.core import review
        from villagedesk.core.care import printed

        session = self.session
        digest = printed.disbursement_hash(session, head)  # type: ignore[arg-type]
        actor = session.info.get("actor")
        review.sign_review(
            session,
            record_kind=printed.DISBURSEMENT_KIND,
            record_uuid=head.uuid,  # type: ignore[attr-defined]
            record_version=head.version,  # type: ignore[attr-defined]
            content_hash=digest,
            signer=self.supervisor.name,
            pin=self.pin,
            opinion="经审核，发放对象和金额属实，同意公示。",
            day=day,
            today=self.today,
        )
        session.info["actor"] = actor
        with f.one_write(session):
            printed.post_batch(session, head.id, day, "村文书", digest)  # type: ignore[attr-defined]


def _fund(
    session: Session, rng: random.Random, today: dt.date, start: dt.date, summary: DemoSummary, roll: _Roll
) -> None:
    f.ensure_funds(session)
    city, _own, dues = c.FUNDS_DEFAULT
    story = _Fund(session, rng, today, summary)
    for year in range(start.year, today.year + 1):
        story.income(year, start)
        for fund, festival, pick, label, amounts in (
            (city, c.spring_festival(year), roll.special, "春节", [30_000, 50_000, 80_000]),
            (dues, c.party_day(year), roll.party, "七一", [20_000, 30_000]),
        ):
            if festival is not None and start <= festival - dt.timedelta(days=28) <= today:
                story.round(fund, festival, pick, label, amounts)
