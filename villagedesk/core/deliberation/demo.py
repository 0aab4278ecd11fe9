"""The 四议两公开 register's share of `villagedesk demo`."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy.orm import Session

from villagedesk.core import deliberation as d
from villagedesk.core.deliberation.config import DEFAULT_MAJOR_MATTERS
from villagedesk.core.demo import DemoSummary
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Matter, MatterNoticeKind, MeetingKind, Origin, UserRole

PROJECTS = [
    ("村道硬化工程", DEFAULT_MAJOR_MATTERS[2], 38_500_000, Origin.VILLAGER_SUGGESTION),
    ("村集体鱼塘承包方案", DEFAULT_MAJOR_MATTERS[4], 12_000_000, Origin.CADRE_PROPOSAL),
    ("村级光伏电站收益分配方案", DEFAULT_MAJOR_MATTERS[1], 21_600_000, Origin.CADRE_PROPOSAL),
    ("农村人居环境整治项目", DEFAULT_MAJOR_MATTERS[2], 56_000_000, Origin.HIGHER_LEVEL),
    ("修订村规民约", DEFAULT_MAJOR_MATTERS[8], None, Origin.VILLAGER_SUGGESTION),
    ("集体仓库出租方案", DEFAULT_MAJOR_MATTERS[7], 3_600_000, Origin.CADRE_PROPOSAL),
]
ABSENCE_REASONS = ["外出务工", "因病住院", "在外地照顾子女", "请假"]


def fill_demo(session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary) -> None:
    """Several years of major matters: passed and disclosed, failed at each stage, short of quorum,
    in progress, and a phased project with several result disclosures."""
    story = _Story(session, rng, today, summary)
    count = 0
    for year_back in range(years - 1, -1, -1):
        for index, project in enumerate(PROJECTS):
            start = today - dt.timedelta(days=365 * year_back + 300 - index * 45)
            if start > today - dt.timedelta(days=5):
                continue
            count += 1
            story.tell(project, index, year_back, start)
    summary.counts["重大事项"] = count


class _Story:
    """One matter's way through the stages, in one of six scenarios."""

    def __init__(self, session: Session, rng: random.Random, today: dt.date, summary: DemoSummary) -> None:
        from villagedesk.core import users

        self.session, self.rng, self.today = session, rng, today
        self.supervisor = next(u for u in users.users(session) if u.role is UserRole.SUPERVISOR)
        self.pin = {name: p for name, _, p in summary.users}[self.supervisor.name]
        self.secretary = summary.users[0][0]

    def tell(
        self, project: tuple[str, str, int | None, Origin], index: int, year_back: int, start: dt.date
    ) -> None:
        name, category, amount, origin = project
        matter = d.open_matter(
            self.session,
            d.MatterInput(
                f"{self.today.year - year_back}年{name}",
                category,
                origin,
                start,
                amount,
                "多名村民代表提出建议" if origin is Origin.VILLAGER_SUGGESTION else "",
                phased=name == "农村人居环境整治项目",
            ),
            today=self.today,
        )
        day = start + dt.timedelta(days=1)
        scenario = (index + year_back) % 6 if year_back else index
        try:
            if self._meetings(matter, scenario, year_back, day):
                self._disclosures(matter, name, amount, year_back, day)
        except ValidationError:
            pass  # a scenario the small demo roster cannot stage; the matter stays as far as it got

    def _meetings(self, matter: Matter, scenario: int, year_back: int, day: dt.date) -> bool:
        """Holds the meetings; True when the matter passed and its disclosures follow."""
        if scenario == 2 and year_back:  # fails at the Party members' meeting
            self.hold(matter, MeetingKind.BRANCH_COMMITTEE, day)
            self.hold(matter, MeetingKind.JOINT_COMMITTEES, day + dt.timedelta(days=2))
            self.hold(matter, MeetingKind.PARTY_GENERAL, day + dt.timedelta(days=6), yes=0.3)
            return False
        if scenario == 5 and year_back:  # fails at the representatives' meeting
            self.hold(matter, MeetingKind.JOINT_PROPOSAL_CONSULTATION, day)
            self.hold(matter, MeetingKind.PARTY_GENERAL, day + dt.timedelta(days=5))
            self.hold(matter, MeetingKind.REPRESENTATIVES, day + dt.timedelta(days=9), yes=0.4)
            return False
        self.hold(matter, MeetingKind.BRANCH_COMMITTEE, day)
        if scenario == 1 and not year_back:  # in progress, waiting for the joint meeting
            return False
        self.hold(matter, MeetingKind.JOINT_COMMITTEES, day + dt.timedelta(days=2))
        if scenario == 3:  # first Party members' meeting short of quorum, then again
            self.hold(matter, MeetingKind.PARTY_GENERAL, day + dt.timedelta(days=5), attend=0.5)
            if not year_back:
                return False
        self.hold(
            matter,
            MeetingKind.PARTY_GENERAL,
            day + dt.timedelta(days=7),
            notice_days=2 if scenario == 4 else 5,
        )
        kind = MeetingKind.VILLAGERS if scenario == 4 else MeetingKind.REPRESENTATIVES
        self.hold(matter, kind, day + dt.timedelta(days=12), notice_days=12)
        return not (scenario == 0 and not year_back)  # passed, disclosure not yet posted

    def _disclosures(
        self, matter: Matter, name: str, amount: int | None, year_back: int, day: dt.date
    ) -> None:
        self.disclose(
            matter,
            MatterNoticeKind.RESOLUTION,
            day + dt.timedelta(days=14),
            "决议通过后，村委会将按决议组织实施，实施结果另行公开。",
        )
        if matter.phased:
            self.disclose(
                matter,
                MatterNoticeKind.RESULT,
                day + dt.timedelta(days=60),
                "第一期：完成三个组的污水管网铺设。",
                (amount or 0) // 2,
                "经镇农办验收合格。",
                final=False,
            )
            if year_back:
                self.disclose(
                    matter,
                    MatterNoticeKind.RESULT,
                    day + dt.timedelta(days=120),
                    "第二期：完成其余各组改厕和绿化。",
                    (amount or 0) // 2 - 80_000,
                    "经镇农办验收合格。",
                )
        elif year_back:
            self.disclose(
                matter,
                MatterNoticeKind.RESULT,
                day + dt.timedelta(days=90),
                f"{name}已按决议实施完毕。",
                amount,
                "经村务监督委员会和镇经管站验收合格。",
            )

    def _attendance(
        self, kind: MeetingKind, day: dt.date, attend: float
    ) -> tuple[list[int], list[Any], int, int]:
        """(attendees, absentees, voters present, branch committee members present at a joint meeting)."""
        if kind is MeetingKind.VILLAGERS:
            return [], [], int(820 * attend), 0
        invited = d.invitees(self.session, kind, day)
        count = max(1, round(len(invited) * attend))
        chosen = invited[:count]
        absentees = []
        for i in invited[count:]:
            opinion = "同意该方案" if self.rng.random() < 0.3 else ""
            absentees.append(
                d.Absentee(
                    i.person_id,
                    self.rng.choice(ABSENCE_REASONS),
                    opinion,
                    "yes" if opinion and i.votes else "",  # a probationary member has no vote
                )
            )
        committee = sum(1 for i in chosen if i.committee and i.votes)
        return [i.person_id for i in chosen], absentees, sum(1 for i in chosen if i.votes), committee

    def hold(
        self,
        matter: Matter,
        kind: MeetingKind,
        day: dt.date,
        attend: float = 0.9,
        yes: float = 0.9,
        notice_days: int = 5,
    ) -> Any:
        attendee_ids, absentees, votes, committee = self._attendance(kind, day, attend)
        yes_count = min(votes, round(votes * yes))
        no_count = (votes - yes_count) // 2
        committee_yes = min(committee, yes_count)  # the branch committee members' part, yes first
        committee_no = min(committee - committee_yes, no_count)
        data = d.MeetingInput(
            kind=kind,
            held_on=day,
            held_at=dt.time(9, 0),
            place="村党群服务中心二楼会议室",
            chair=self.secretary,
            recorder="村文书",
            attendee_ids=attendee_ids,
            absentees=absentees,
            agenda=f"审议{matter.title}",
            discussion="与会人员逐项讨论，提出应公开招标、加强质量监督等意见。",
            yes=yes_count,
            no=no_count,
            abstain=votes - yes_count - no_count,
            resolution=f"同意{matter.title}，按程序提交下一环节。",
            signed_ids=attendee_ids,
            observers=[("盐东镇驻村干部", "镇党委委员")] if kind is MeetingKind.REPRESENTATIVES else [],
            notice_sent_on=day - dt.timedelta(days=notice_days),
            villagers_should=820,
            villagers_present=int(820 * attend),
            households_total=310,
            households_represented=min(int(820 * attend), round(310 * attend)),
            committee_yes=committee_yes,
            committee_no=committee_no,
            committee_abstain=committee - committee_yes - committee_no,
        )
        return d.record_meeting(self.session, matter.id, data, today=self.today)[0]

    def disclose(
        self,
        matter: Matter,
        kind: MatterNoticeKind,
        day: dt.date,
        content: str,
        spent: int | None = None,
        acceptance: str = "",
        final: bool = True,
    ) -> None:
        from villagedesk.core import review

        session = self.session
        notice = d.add_matter_notice(
            session,
            matter.id,
            d.MatterNoticeInput(kind, content, day, day, 7, spent, acceptance, final),
            today=self.today,
        )
        digest = d.matter_notice_hash(session, notice)
        actor = session.info.get("actor")
        review.sign_review(
            session,
            record_kind="deliberation",
            record_uuid=notice.uuid,
            record_version=notice.version,
            content_hash=digest,
            signer=self.supervisor.name,
            pin=self.pin,
            opinion="经审核，程序合规，同意公开。",
            day=day,
            today=self.today,
        )
        session.info["actor"] = actor
        d.mark_matter_notice_posted(session, notice.id, day, "村文书", digest)
