"""A realistic sample village, deterministic for a given seed and date.

Each register adds its own ``fill_*`` step here as it lands, so `villagedesk demo` always shows
every register with data a clerk would recognise.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core.centre import CentreData, create_centre
from villagedesk.db.models import Body, PartyOrgKind, Role, Sex

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "建国华明伟芳秀英军平刚桂兰玉梅海燕红霞志强永春德福宝荣学文金凤立新国庆爱民小勇淑珍丽娟晓东雪峰云龙长林家豪子涵思远梓萱一鸣浩然欣怡"
# Real names often use characters outside GB2312; the demo keeps a few so printing is exercised.
RARE_GIVEN = ["喆", "堃", "昇", "玥", "赟", "淼"]
GROUPS = [f"{n}组" for n in "一二三四五六七八"]


@dataclass
class DemoSummary:
    village: str
    people: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    users: list[tuple[str, str, str]] = field(default_factory=list)  # name, role, PIN


FillStep = Callable[[Session, random.Random, dt.date, int, DemoSummary], None]


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        if rng.random() < 0.04:
            given = given[:1] + rng.choice(RARE_GIVEN)
        name = rng.choice(SURNAMES) + given
        if name not in used:
            used.add(name)
            return name


def _mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "151", "187", "135"]) + "".join(
        rng.choice("0123456789") for _ in range(8)
    )


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max((end - start).days, 1)))


def demo_centre() -> CentreData:
    return CentreData(
        village_name="新桥村",
        division_code="320902104203",
        township_name="盐东镇",
        county_name="盐城市亭湖区",
        party_org_kind=PartyOrgKind.BRANCH,
        party_org_name="中共新桥村支部委员会",
        committee_name="新桥村村民委员会",
        objection_phone="0515-88881234",
        supervision_phone="13851234567",
        township_phone="0515-88886789",
        one_shoulder=True,
        posting_day=20,
    )


def fill_demo(
    session: Session, seed: int = 2026, years: int = 3, today: dt.date | None = None
) -> DemoSummary:
    today = today or dt.date.today()
    rng = random.Random(seed)
    centre = create_centre(session, demo_centre())
    summary = DemoSummary(village=centre.village_name)
    roster_demo = _RosterDemo(session, rng, today, summary)
    party = roster_demo.party_members()
    secretary, supervisors = roster_demo.committees(party)
    _users(session, summary, secretary, supervisors)
    for label, body in (
        ("正式党员", Body.PARTY_FULL),
        ("预备党员", Body.PARTY_PROBATIONARY),
        ("村民代表", Body.REPRESENTATIVE),
        ("监委会委员", Body.SUPERVISION),
    ):
        summary.counts[label] = roster.count_on(session, body, today)
    from villagedesk.registers import REGISTERS

    for register in REGISTERS:
        if register.demo is not None:
            register.demo(session, rng, today, years, summary)
    return summary


class _RosterDemo:
    """The spine's share of the demo: people, Party members, the committees, the representatives."""

    def __init__(self, session: Session, rng: random.Random, today: dt.date, summary: DemoSummary) -> None:
        self.session, self.rng, self.today, self.summary = session, rng, today, summary
        self.used: set[str] = set()
        self.term_start = dt.date(today.year - (today.year - 2021) % 5, 1, 15)  # 村两委 terms of five years

    def person(self, min_age: int = 25, max_age: int = 80) -> int:
        rng, today = self.rng, self.today
        birth = _date_between(
            rng, today - dt.timedelta(days=365 * max_age), today - dt.timedelta(days=365 * min_age)
        )
        p = roster.add_person(
            self.session,
            roster.PersonData(
                name=_name(rng, self.used),
                sex=rng.choice([Sex.MALE, Sex.MALE, Sex.FEMALE]),
                birth_date=birth,
                group_name=rng.choice(GROUPS),
                phone=_mobile(rng) if rng.random() < 0.8 else "",
            ),
            today=today,
        )
        self.summary.people += 1
        return p.id

    def join(
        self,
        pid: int,
        body: Body,
        start: dt.date,
        role: Role = Role.MEMBER,
        end: dt.date | None = None,
        reason: str = "",
    ) -> None:
        if start == self.term_start and body not in (Body.PARTY_FULL, Body.PARTY_PROBATIONARY):
            # re-elected at the last election: the previous five-year term is on the roster too
            previous = self.term_start.replace(year=self.term_start.year - 5)
            roster.add_membership(
                self.session,
                pid,
                body,
                previous,
                role=role,
                end_date=self.term_start,
                end_reason="换届连任",
                today=self.today,
            )
        roster.add_membership(
            self.session, pid, body, start, role=role, end_date=end, end_reason=reason, today=self.today
        )

    def party_members(self) -> list[int]:
        """~60 full members, a few probationary; some joined before 1976 (50 years' standing)."""
        rng, today = self.rng, self.today
        party: list[int] = []
        for _ in range(62):
            pid = self.person(28, 92)
            p = roster.get_person(self.session, pid)
            assert p.birth_date is not None
            adult = (
                p.birth_date.replace(year=p.birth_date.year + 19)
                if p.birth_date.month != 2
                else p.birth_date.replace(year=p.birth_date.year + 19, day=28)
            )
            joined = _date_between(
                rng, adult, min(today - dt.timedelta(days=800), adult + dt.timedelta(days=365 * 30))
            )
            self.join(
                pid,
                Body.PARTY_PROBATIONARY,
                joined,
                end=joined + dt.timedelta(days=365),
                reason="转为正式党员",
            )
            self.join(pid, Body.PARTY_FULL, joined + dt.timedelta(days=365))
            party.append(pid)
        for _ in range(4):
            pid = self.person(22, 40)
            self.join(pid, Body.PARTY_PROBATIONARY, today - dt.timedelta(days=rng.randrange(30, 300)))
        # One member passed away last year: the membership ends, the history stays.
        gone = roster.get_person(self.session, party[-1])
        full = [m for m in gone.memberships if m.body is Body.PARTY_FULL][0]
        roster.end_membership(self.session, full.id, today - dt.timedelta(days=200), "病故", today=today)
        return party

    def committees(self, party: list[int]) -> tuple[int, list[int]]:
        """Two committees (the secretary is also the chair: 一肩挑), the representatives and the
        supervision committee; returns the secretary and the supervisors."""
        term_start = self.term_start
        secretary = party[0]
        self.join(secretary, Body.BRANCH_COMMITTEE, term_start, role=Role.CHAIR)
        self.join(secretary, Body.VILLAGE_COMMITTEE, term_start, role=Role.CHAIR)
        for pid in party[1:5]:
            self.join(pid, Body.BRANCH_COMMITTEE, term_start)
        for pid in party[5:8]:
            self.join(pid, Body.VILLAGE_COMMITTEE, term_start)
        self.join(self.person(30, 55), Body.VILLAGE_COMMITTEE, term_start)
        # Villagers' representatives: ~35, some of them Party members.
        for pid in party[10:22] + [self.person(30, 75) for _ in range(23)]:
            self.join(pid, Body.REPRESENTATIVE, term_start)
        # Supervision committee: three members, none on the villagers' committee, one an accountant.
        sup = [party[30], self.person(35, 65), self.person(35, 65)]
        self.join(sup[0], Body.SUPERVISION, term_start, role=Role.CHAIR)
        for pid in sup[1:]:
            self.join(pid, Body.SUPERVISION, term_start)
        return secretary, sup


def _users(session: Session, summary: DemoSummary, secretary: int, sup: list[int]) -> None:
    """Desk users. The PINs are printed by `villagedesk demo` so a tester can sign in."""
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    secretary_name = roster.get_person(session, secretary).name
    for name, role, pin, person_id, admin in (
        (secretary_name, UserRole.SECRETARY, "258046", secretary, True),
        ("村文书", UserRole.CLERK, "135724", None, False),
        (roster.get_person(session, sup[0]).name, UserRole.SUPERVISOR, "246813", sup[0], False),
        (roster.get_person(session, sup[1]).name, UserRole.SUPERVISOR, "357926", sup[1], False),
    ):
        users.create_user(session, name, role, pin, is_admin=admin, person_id=person_id)
        summary.users.append((name, role.value + ("（管理员）" if admin else ""), pin))
