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
FILL_STEPS: list[FillStep] = []


def register_fill_step(step: FillStep) -> FillStep:
    FILL_STEPS.append(step)
    return step


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
    used: set[str] = set()
    term_start = dt.date(today.year - (today.year - 2021) % 5, 1, 15)  # 村两委 terms of five years

    def person(min_age: int = 25, max_age: int = 80) -> int:
        birth = _date_between(
            rng, today - dt.timedelta(days=365 * max_age), today - dt.timedelta(days=365 * min_age)
        )
        p = roster.add_person(
            session,
            roster.PersonData(
                name=_name(rng, used),
                sex=rng.choice([Sex.MALE, Sex.MALE, Sex.FEMALE]),
                birth_date=birth,
                group_name=rng.choice(GROUPS),
                phone=_mobile(rng) if rng.random() < 0.8 else "",
            ),
        )
        summary.people += 1
        return p.id

    def join(
        pid: int,
        body: Body,
        start: dt.date,
        role: Role = Role.MEMBER,
        end: dt.date | None = None,
        reason: str = "",
    ) -> None:
        roster.add_membership(
            session, pid, body, start, role=role, end_date=end, end_reason=reason, today=today
        )

    # Party members: ~60 full, a few probationary; some joined before 1976 (50 years' standing).
    party: list[int] = []
    for _ in range(62):
        pid = person(28, 92)
        p = roster.get_person(session, pid)
        assert p.birth_date is not None
        adult = (
            p.birth_date.replace(year=p.birth_date.year + 19)
            if p.birth_date.month != 2
            else p.birth_date.replace(year=p.birth_date.year + 19, day=28)
        )
        joined = _date_between(
            rng, adult, min(today - dt.timedelta(days=800), adult + dt.timedelta(days=365 * 30))
        )
        join(pid, Body.PARTY_PROBATIONARY, joined, end=joined + dt.timedelta(days=365), reason="转为正式党员")
        join(pid, Body.PARTY_FULL, joined + dt.timedelta(days=365))
        party.append(pid)
    for _ in range(4):
        pid = person(22, 40)
        join(pid, Body.PARTY_PROBATIONARY, today - dt.timedelta(days=rng.randrange(30, 300)))
    # One member passed away last year: the membership ends, the history stays.
    gone = roster.get_person(session, party[-1])
    full = [m for m in gone.memberships if m.body is Body.PARTY_FULL][0]
    roster.end_membership(session, full.id, today - dt.timedelta(days=200), "病故", today=today)

    # Two committees; the secretary is also the chair (一肩挑).
    secretary = party[0]
    join(secretary, Body.BRANCH_COMMITTEE, term_start, role=Role.CHAIR)
    join(secretary, Body.VILLAGE_COMMITTEE, term_start, role=Role.CHAIR)
    for pid in party[1:5]:
        join(pid, Body.BRANCH_COMMITTEE, term_start)
    for pid in party[5:8]:
        join(pid, Body.VILLAGE_COMMITTEE, term_start)
    join(person(30, 55), Body.VILLAGE_COMMITTEE, term_start)

    # Villagers' representatives: ~35, some of them Party members.
    reps = party[10:22] + [person(30, 75) for _ in range(23)]
    for pid in reps:
        join(pid, Body.REPRESENTATIVE, term_start)

    # Supervision committee: three members, none on the villagers' committee, one with accounting skills.
    sup = [party[30], person(35, 65), person(35, 65)]
    join(sup[0], Body.SUPERVISION, term_start, role=Role.CHAIR)
    for pid in sup[1:]:
        join(pid, Body.SUPERVISION, term_start)

    # Desk users. The PINs are printed by `villagedesk demo` so a tester can sign in.
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    secretary_name = roster.get_person(session, secretary).name
    for name, role, pin, person_id, admin in (
        (secretary_name, UserRole.SECRETARY, "2580", secretary, True),
        ("村文书", UserRole.CLERK, "1357", None, False),
        (roster.get_person(session, sup[0]).name, UserRole.SUPERVISOR, "2468", sup[0], False),
        (roster.get_person(session, sup[1]).name, UserRole.SUPERVISOR, "3579", sup[1], False),
    ):
        users.create_user(session, name, role, pin, is_admin=admin, person_id=person_id)
        summary.users.append((name, role.value + ("（管理员）" if admin else ""), pin))

    summary.counts["正式党员"] = roster.count_on(session, Body.PARTY_FULL, today)
    summary.counts["预备党员"] = roster.count_on(session, Body.PARTY_PROBATIONARY, today)
    summary.counts["村民代表"] = roster.count_on(session, Body.REPRESENTATIVE, today)
    summary.counts["监委会委员"] = roster.count_on(session, Body.SUPERVISION, today)
    for step in FILL_STEPS:
        step(session, rng, today, years, summary)
    return summary


@register_fill_step
def _general_notices(
    session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary
) -> None:
    from villagedesk.core import general_notice as gn
    from villagedesk.db.models import Issuer

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    water = gn.create_notice(
        session,
        gn.GeneralNoticeData(
            title="关于冬季农村饮水管网检修临时停水的通知",
            body="因镇自来水厂对本村主管网进行冬季检修，经村民委员会研究，现将停水安排通知如下：\n"
            "一、停水时间\n"
            f"{day(20).year}年{day(20).month}月{day(20).day}日8时至18时。如遇特殊情况顺延，另行通知。\n"
            "二、停水范围\n（一）一组至四组全部农户；\n（二）村党群服务中心、卫生室和农家书屋。\n"
            "请各户提前做好储水准备，独居老人由网格员上门告知。",
            notice_date=day(25),
            posting_date=day(25),
            posting_days=5,
            issuer=Issuer.COMMITTEE,
            table=gn.NoticeTable(
                ["村民小组", "网格员", "停水时段"],
                [[f"{g}", f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}", "8时至18时"] for g in GROUPS[:4]],
            ),
        ),
    )
    gn.mark_posted(session, water.id, day(25), "admin", "")
    meeting = gn.create_notice(
        session,
        gn.GeneralNoticeData(
            title="关于召开村民代表会议的通知",
            body="各位村民代表：\n经村党组织提议、村“两委”会议商议，定于近期召开村民代表会议，审议村级公益事业建设项目有关事项。"
            "请各位代表准时参加，因故不能参加的请提前向村委会请假，并可提交书面意见。\n"
            "一、会议时间：另行电话通知。\n二、会议地点：村党群服务中心二楼会议室。",
            notice_date=day(8),
            posting_date=day(8),
            posting_days=10,
            issuer=Issuer.BOTH,
        ),
    )
    gn.mark_posted(session, meeting.id, day(8), "admin", "")
    gn.revise_notice(
        session,
        meeting.id,
        gn.GeneralNoticeData(
            title="关于召开村民代表会议的通知",
            body="各位村民代表：\n经村党组织提议、村“两委”会议商议，定于近期召开村民代表会议，审议村级公益事业建设项目有关事项。"
            "请各位代表准时参加，因故不能参加的请提前向村委会请假，并可提交书面意见。\n"
            f"一、会议时间：{day(-3).month}月{day(-3).day}日上午9时。\n二、会议地点：村党群服务中心二楼会议室。",
            notice_date=day(6),
            posting_date=day(6),
            posting_days=10,
            issuer=Issuer.BOTH,
        ),
    )
    gn.create_notice(
        session,
        gn.GeneralNoticeData(
            title="关于修订《新桥村村规民约》公开征求意见的公告",
            body="为进一步推进移风易俗、加强村民自治，村民委员会起草了《新桥村村规民约（修订草案）》，现公开征求全体村民意见。\n"
            "一、征求意见时间：自公告之日起十五日内。\n"
            "二、意见反映方式：可到村党群服务中心书面提出，也可向所在村民小组长反映。",
            notice_date=today,
            posting_date=today,
            posting_days=15,
            issuer=Issuer.BOTH,
        ),
    )
    summary.counts["通用公告"] = len(gn.current_notices(session))
