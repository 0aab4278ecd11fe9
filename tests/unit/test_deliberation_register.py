"""The 四议两公开 register through core: order, roster, votes, disclosures, reviews, status."""

import datetime as dt
import json

import pytest

from tests.conftest import TODAY
from villagedesk import documents
from villagedesk.core import deliberation as d
from villagedesk.core import review, roster, settings, users
from villagedesk.core.centre import centre_data, get_centre, update_centre
from villagedesk.core.deliberation import config
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import (
    Body,
    MatterNoticeKind,
    MatterStatus,
    MeetingKind,
    MeetingResult,
    Origin,
    Sex,
    UserRole,
)
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir

DAY = dt.date(2026, 10, 1)


@pytest.fixture
def demo(tmp_path, demo_templates):
    store = open_store(demo_templates.copy_to(DataDir.resolve(tmp_path / "demo"), seed=3, years=2))
    s = store.sessions()
    s.info["actor"] = "tester"
    s.demo_summary = demo_templates.summaries[(3, 2)]
    yield s
    s.rollback()
    s.close()
    store.close()


def matter(session, **kw):
    values = dict(
        title="新建村文化广场",
        category="村公益事业的兴办和筹资筹劳方案及建设承包方案",
        origin=Origin.VILLAGER_SUGGESTION,
        opened_on=DAY,
        amount_fen=8_000_000,
    )
    values.update(kw)
    return d.open_matter(session, d.MatterInput(**values), today=TODAY)


def committee_votes(present, yes, no):
    """The branch committee members' part of a joint meeting's votes: yes first, then no, then abstain."""
    members = sum(1 for i in present if i.committee and i.votes)
    c_yes = min(members, yes)
    c_no = min(members - c_yes, no)
    return {"committee_yes": c_yes, "committee_no": c_no, "committee_abstain": members - c_yes - c_no}


def meeting(
    session, m, kind, day, attend=None, yes=None, no=0, abstain=None, reason="外出", written=(), **kw
):
    """``attend``: the first so many invitees (or the invitees themselves); ``written``: the written
    votes of the first absentees."""
    invited = d.invitees(session, kind, day)
    present = invited if attend is None else (invited[:attend] if isinstance(attend, int) else attend)
    voters = sum(1 for i in present if i.votes)
    yes = voters - no if yes is None else yes
    abstain = voters - yes - no if abstain is None else abstain
    if kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION and "committee_yes" not in kw:
        kw.update(committee_votes(present, yes, no))
    data = d.MeetingInput(
        kind=kind,
        held_on=day,
        held_at=dt.time(9),
        place="会议室",
        chair="书记",
        recorder="文书",
        attendee_ids=[i.person_id for i in present],
        absentees=[
            d.Absentee(i.person_id, reason, "书面意见" if vote else "", vote)
            for i, vote in zip(
                [i for i in invited if i not in present], list(written) + [""] * len(invited), strict=False
            )
        ],
        agenda="议题",
        discussion="",
        yes=yes,
        no=no,
        abstain=abstain,
        resolution="同意",
        notice_sent_on=day - dt.timedelta(days=12),
        **kw,
    )
    return d.record_meeting(session, m.id, data, today=TODAY)


def full_passage(session, m, start=DAY):
    meeting(session, m, MeetingKind.BRANCH_COMMITTEE, start)
    meeting(session, m, MeetingKind.JOINT_COMMITTEES, start + dt.timedelta(days=1))
    meeting(session, m, MeetingKind.PARTY_GENERAL, start + dt.timedelta(days=5))
    return meeting(session, m, MeetingKind.REPRESENTATIVES, start + dt.timedelta(days=10))


def test_stages_run_in_order(demo):
    m = matter(demo)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.PARTY_GENERAL, DAY)
    assert "cannot be recorded yet" in str(err.value) and "Party organisation proposal" in str(err.value)
    with pytest.raises(ValidationError):
        meeting(demo, m, MeetingKind.REPRESENTATIVES, DAY)
    meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY)
    assert d.next_stage(demo, m).name == "CONSULTATION"


def test_joint_meeting_only_in_one_shoulder_villages(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)  # the demo village is 一肩挑
    assert d.next_stage(demo, m).name == "PARTY_REVIEW"
    data = centre_data(get_centre(demo))
    data.one_shoulder = False
    update_centre(demo, data)
    other = matter(demo, title="另一事项")
    with pytest.raises(ValidationError) as err:
        meeting(demo, other, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    assert "一肩挑" in str(err.value)


def test_more_votes_than_attendees_refused(demo):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.BRANCH_COMMITTEE, DAY)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, yes=len(invited) + 1, abstain=0)
    assert err.value.fields == ["Votes"]
    with pytest.raises(ValidationError):
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, yes=1, no=0, abstain=0)  # sum does not match
    with pytest.raises(ValidationError):
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, yes=-1, no=len(invited) + 1, abstain=0)
    assert d.meetings(demo, m.id) == []


def test_attendee_not_on_roster_that_day_refused(demo):
    m = matter(demo)
    outsider = next(
        p
        for p in d.invitees(demo, MeetingKind.REPRESENTATIVES, DAY)
        if p not in d.invitees(demo, MeetingKind.BRANCH_COMMITTEE, DAY)
    )
    invited = d.invitees(demo, MeetingKind.BRANCH_COMMITTEE, DAY)
    data = d.MeetingInput(
        MeetingKind.BRANCH_COMMITTEE,
        DAY,
        dt.time(9),
        "会议室",
        "书记",
        "文书",
        [i.person_id for i in invited] + [outsider.person_id],
        [],
        "议题",
        "",
        len(invited),
        0,
        0,
        "同意",
    )
    with pytest.raises(ValidationError) as err:
        d.record_meeting(demo, m.id, data, today=TODAY)
    assert outsider.name in str(err.value) and "roster" in str(err.value)


def test_absentees_need_reasons(demo):
    m = matter(demo)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, attend=3, reason=" ")
    assert err.value.fields[0] == "Absentees"


def test_meeting_in_future_refused(demo):
    m = matter(demo)
    with pytest.raises(ValidationError):
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, TODAY + dt.timedelta(days=1))


def test_no_quorum_is_recorded_and_stage_does_not_pass(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    full = len([i for i in d.invitees(demo, MeetingKind.PARTY_GENERAL, DAY) if i.votes])
    short = d.minimum("two_thirds", full) - 1
    result, _ = meeting(demo, m, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4), attend=short)
    assert result.result is MeetingResult.NO_QUORUM
    assert d.next_stage(demo, m).name == "PARTY_REVIEW" and m.status is MatterStatus.IN_PROGRESS
    again, _ = meeting(demo, m, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=8))
    assert again.result is MeetingResult.PASSED


def test_probationary_members_attend_without_vote(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    invited = d.invitees(demo, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4))
    probationary = [i for i in invited if not i.votes]
    assert probationary
    result, _ = meeting(demo, m, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4))
    assert result.should_attend == len(invited) and result.should_vote == len(invited) - len(probationary)
    assert result.yes == result.voting_present == result.should_vote


def test_failed_vote_stops_the_matter_and_it_can_be_proposed_again(demo):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.BRANCH_COMMITTEE, DAY)
    result, _ = meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, yes=1, no=len(invited) - 1)
    assert result.result is MeetingResult.FAILED and m.status is MatterStatus.FAILED
    with pytest.raises(ValidationError):
        meeting(demo, m, MeetingKind.JOINT_COMMITTEES, DAY + dt.timedelta(days=1))
    second = d.propose_again(
        demo,
        m.id,
        d.MatterInput("新建村文化广场（修改方案）", m.category, m.origin, DAY, 6_000_000),
        today=TODAY,
    )
    assert second.round == 2 and second.previous_round_id == m.id
    with pytest.raises(ValidationError):
        d.propose_again(demo, second.id, d.MatterInput("x", m.category, m.origin, DAY), today=TODAY)


def test_notice_period_warnings(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    invited = d.invitees(demo, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4))
    data = d.MeetingInput(
        MeetingKind.PARTY_GENERAL,
        DAY + dt.timedelta(days=4),
        dt.time(9),
        "会议室",
        "书记",
        "文书",
        [i.person_id for i in invited],
        [],
        "议题",
        "",
        sum(i.votes for i in invited),
        0,
        0,
        "同意",
        notice_sent_on=DAY + dt.timedelta(days=3),
    )
    _m, warnings = d.record_meeting(demo, m.id, data, today=TODAY)
    assert warnings and warnings[0][1] == {"days": 1, "needed": 3, "source": d.SOURCE_PRACTICE}


def test_resolution_disclosure_needs_the_resolution(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    data = d.MatterNoticeInput(MatterNoticeKind.RESOLUTION, "决议内容", DAY, DAY, 7)
    with pytest.raises(ValidationError) as err:
        d.add_matter_notice(demo, m.id, data, today=TODAY)
    assert "passed" in str(err.value)


def _reviewed_post(session, disclosure, pin_user=None):
    digest = d.matter_notice_hash(session, disclosure)
    sup = next(u for u in users.users(session) if u.role is UserRole.SUPERVISOR)
    pin = {n: p for n, _, p in session.demo_summary.users}[sup.name]
    review.sign_review(
        session,
        record_kind="deliberation",
        record_uuid=disclosure.uuid,
        record_version=disclosure.version,
        content_hash=digest,
        signer=sup.name,
        pin=pin,
        opinion="同意公开",
        # signed on the day the disclosure was saved (a review cannot be dated before it)
        day=review.version_saved_on(session, disclosure.uuid, disclosure.version),
        today=review.version_saved_on(session, disclosure.uuid, disclosure.version),
    )
    session.info["actor"] = "tester"
    d.mark_matter_notice_posted(session, disclosure.id, disclosure.notice_date, "tester", digest)


def test_full_matter_to_completion_with_reviews(demo):
    m = matter(demo, phased=True)
    full_passage(demo, m)
    res = d.add_matter_notice(
        demo,
        m.id,
        d.MatterNoticeInput(
            MatterNoticeKind.RESOLUTION,
            "按决议实施",
            DAY + dt.timedelta(days=11),
            DAY + dt.timedelta(days=11),
            7,
        ),
        today=TODAY,
    )
    with pytest.raises(ValidationError) as err:
        d.add_matter_notice(
            demo,
            m.id,
            d.MatterNoticeInput(
                MatterNoticeKind.RESULT, "一期", DAY + dt.timedelta(days=20), DAY + dt.timedelta(days=20), 7
            ),
            today=TODAY,
        )
    assert "after the resolution disclosure was posted" in str(err.value)
    digest = d.matter_notice_hash(demo, res)
    with pytest.raises(ValidationError) as err:
        d.mark_matter_notice_posted(demo, res.id, DAY, "tester", digest)
    assert "review" in str(err.value)
    _reviewed_post(demo, res)
    first = d.add_matter_notice(
        demo,
        m.id,
        d.MatterNoticeInput(
            MatterNoticeKind.RESULT,
            "一期完成",
            DAY + dt.timedelta(days=30),
            DAY + dt.timedelta(days=30),
            7,
            3_000_000,
            "合格",
            final=False,
        ),
        today=TODAY,
    )
    _reviewed_post(demo, first)
    assert m.status is MatterStatus.IN_PROGRESS
    last = d.add_matter_notice(
        demo,
        m.id,
        d.MatterNoticeInput(
            MatterNoticeKind.RESULT,
            "二期完成",
            DAY + dt.timedelta(days=40),
            DAY + dt.timedelta(days=40),
            7,
            4_000_000,
            "合格",
            final=True,
        ),
        today=TODAY,
    )
    assert last.phase == 2
    _reviewed_post(demo, last)
    assert m.status is MatterStatus.COMPLETED
    states = [i.state for i in d.timeline(demo, m.id)]
    assert states == ["passed"] * 4 + ["posted"] * 3


def test_taken_down_early_is_flagged(demo):
    m = matter(demo)
    full_passage(demo, m)
    res = d.add_matter_notice(
        demo,
        m.id,
        d.MatterNoticeInput(
            MatterNoticeKind.RESOLUTION,
            "按决议实施",
            DAY + dt.timedelta(days=11),
            DAY + dt.timedelta(days=11),
            7,
        ),
        today=TODAY,
    )
    _reviewed_post(demo, res)
    assert d.take_down(demo, res.id, DAY + dt.timedelta(days=13), "被风刮落") is True
    assert [i.state for i in d.timeline(demo, m.id)][-2] == "taken_down_early"


def test_overdue_and_missing_disclosure_on_the_home_page(demo):
    m = matter(demo, opened_on=TODAY - dt.timedelta(days=40))
    stuck = matter(demo, title="卡住的事项", opened_on=TODAY - dt.timedelta(days=30))
    full_passage(demo, m, TODAY - dt.timedelta(days=39))
    meeting(demo, stuck, MeetingKind.BRANCH_COMMITTEE, TODAY - dt.timedelta(days=29))
    rows = {r.id: r for r in d.list_matters(demo, today=TODAY)}
    assert rows[m.id].missing_disclosure and rows[stuck.id].overdue and not rows[stuck.id].missing_disclosure
    texts = [i.text for i in d.due(demo, TODAY)]
    assert d.D_MISSING in texts and d.D_OVERDUE in texts


def test_filters(demo):
    rows = d.list_matters(demo, year=TODAY.year, today=TODAY)
    assert rows and all(r.opened_on.year == TODAY.year for r in rows)
    failed = d.list_matters(demo, status=MatterStatus.FAILED, today=TODAY)
    assert all(r.status is MatterStatus.FAILED for r in failed)


def test_demo_has_every_kind_of_matter(demo):
    statuses = {r.status for r in d.list_matters(demo, today=TODAY)}
    assert {MatterStatus.IN_PROGRESS, MatterStatus.COMPLETED} <= statuses
    results = {mt.result for r in d.list_matters(demo, today=TODAY) for mt in d.meetings(demo, r.id)}
    assert MeetingResult.NO_QUORUM in results


def test_record_book_has_six_sheets_with_identical_origin(demo):
    from tests.unit.pdfcheck import read_pdf, squash

    m = matter(demo, origin_detail="三组村民联名建议")
    full_passage(demo, m)
    item = documents.find_printable(demo, f"book-{m.id}")
    pdf = read_pdf(item.build()[0])
    text = squash(pdf.text)
    for i, name in enumerate(
        ["党组织提议", "会议商议", "党员大会审议", "会议决议", "决议公开", "实施结果公开"], 1
    ):
        assert f"第{i}页" in text and name in text
    assert text.count("动议事由：村民建议。三组村民联名建议") == 6
    assert pdf.pages >= 6


def test_scan_of_signatures_is_checked_and_kept_by_content(demo, tmp_path):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.BRANCH_COMMITTEE, DAY)
    base = dict(
        kind=MeetingKind.BRANCH_COMMITTEE,
        held_on=DAY,
        held_at=dt.time(9),
        place="会议室",
        chair="书记",
        recorder="文书",
        attendee_ids=[i.person_id for i in invited],
        absentees=[],
        agenda="议题",
        discussion="",
        yes=len(invited),
        no=0,
        abstain=0,
        resolution="同意",
    )
    wrong = tmp_path / "sheet.docx"
    wrong.write_bytes(b"x")
    with pytest.raises(ValidationError) as err:
        d.record_meeting(
            demo, m.id, d.MeetingInput(**base, scan=wrong), today=TODAY, attachments=tmp_path / "att"
        )
    assert err.value.fields == ["Scan of the signatures"]
    scan = tmp_path / "sheet.pdf"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    meeting_row, _ = d.record_meeting(
        demo, m.id, d.MeetingInput(**base, scan=scan), today=TODAY, attachments=tmp_path / "att"
    )
    import hashlib

    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert meeting_row.scan_sha256 == digest
    assert (tmp_path / "att" / f"{digest}.pdf").read_bytes() == scan.read_bytes()


# -- 村民代表会议: "由村民委员会成员和村民代表组成" ---------------------------------------------------
def _ids(session, body, day):
    return {p.id for p in roster.members_on(session, body, day)}


def _to_stage_4(session, m, day=DAY):
    meeting(session, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, day)
    meeting(session, m, MeetingKind.PARTY_GENERAL, day + dt.timedelta(days=4))
    return day + dt.timedelta(days=8)


def _person(session, name, sex=Sex.MALE):
    return roster.add_person(session, roster.PersonData(name, sex, dt.date(1970, 5, 1), "一组"), today=TODAY)


def test_representatives_meeting_invites_committee_members_and_representatives_once(demo):
    committee, representatives = _ids(demo, Body.VILLAGE_COMMITTEE, DAY), _ids(demo, Body.REPRESENTATIVE, DAY)
    assert committee - representatives, "the demo has 村委会 members who are not 村民代表"
    invited = d.invitees(demo, MeetingKind.REPRESENTATIVES, DAY)
    assert {i.person_id for i in invited} == committee | representatives
    assert len(invited) == len(committee | representatives) == d.composition(demo, DAY).members
    # a 村委会 member who becomes a 村民代表 too is still one of the 组成人员
    both = sorted(committee - representatives)[0]
    roster.add_membership(demo, both, Body.REPRESENTATIVE, DAY - dt.timedelta(days=30), today=TODAY)
    again = d.invitees(demo, MeetingKind.REPRESENTATIVES, DAY)
    assert len(again) == len(invited) and sum(1 for i in again if i.person_id == both) == 1
    assert d.composition(demo, DAY).members == len(invited)
    assert d.composition(demo, DAY).representatives == len(representatives) + 1


def test_representatives_quorum_is_two_thirds_of_the_whole_composition(demo):
    m = matter(demo)
    day = _to_stage_4(demo, m)
    invited = d.invitees(demo, MeetingKind.REPRESENTATIVES, day)
    needed = d.minimum("two_thirds", len(invited))
    # enough for two thirds of the 村民代表 alone, one short of two thirds of the 组成人员
    assert needed - 1 >= d.minimum("two_thirds", len(_ids(demo, Body.REPRESENTATIVE, day)))
    short, _ = meeting(demo, m, MeetingKind.REPRESENTATIVES, day, attend=needed - 1)
    assert short.result is MeetingResult.NO_QUORUM and short.should_attend == len(invited)
    met, _ = meeting(demo, m, MeetingKind.REPRESENTATIVES, day + dt.timedelta(days=1), attend=needed)
    assert met.result is MeetingResult.PASSED and met.present == needed


def _set_sexes(session, people, women):
    for index, person in enumerate(people):
        sex = Sex.FEMALE if index < women else Sex.MALE
        data = roster.PersonData(
            person.name, sex, person.birth_date, person.group_name, person.phone, person.notes
        )
        roster.update_person(session, person.id, data, today=TODAY)


def test_composition_rule_warns_on_the_meeting_and_the_home_page(demo):
    representatives = roster.members_on(demo, Body.REPRESENTATIVE, TODAY)
    members = d.composition(demo, TODAY).members
    women_needed = (members + 2) // 3
    _set_sexes(demo, representatives, women_needed)
    assert 5 * len(representatives) >= 4 * members
    assert not [i for i in d.due(demo, TODAY) if i.page == "roster"]
    # one woman fewer than a third: a warning, not a refusal
    _set_sexes(demo, representatives, women_needed - 1)
    due = [i for i in d.due(demo, TODAY) if i.page == "roster"]
    assert [i.text for i in due] == [d.W_WOMEN_SHARE] and due[0].params["needed"] == women_needed
    # more 村委会 members who are not 村民代表 until the 村民代表 are under four fifths
    start = TODAY - dt.timedelta(days=100)
    extra = 0
    while 5 * len(representatives) >= 4 * (members + extra):
        extra += 1
        roster.add_membership(
            demo,
            _person(demo, "新委员" + "甲乙丙丁戊己庚辛壬癸"[extra - 1]).id,
            Body.VILLAGE_COMMITTEE,
            start,
            today=TODAY,
        )
    composition = d.composition(demo, TODAY)
    assert (
        composition.members == members + extra
        and 5 * (composition.representatives + 1) >= 4 * composition.members
    )
    texts = [i.text for i in d.due(demo, TODAY) if i.page == "roster"]
    assert d.W_REPRESENTATIVES_SHARE in texts
    m = matter(demo, opened_on=TODAY - dt.timedelta(days=20))
    day = _to_stage_4(demo, m, TODAY - dt.timedelta(days=19))
    recorded, warnings = meeting(demo, m, MeetingKind.REPRESENTATIVES, day)
    assert recorded.result is MeetingResult.PASSED and recorded.should_attend == composition.members
    warned = {t: p for t, p in warnings}
    assert warned[d.W_REPRESENTATIVES_SHARE]["needed"] == (4 * composition.members + 4) // 5
    assert d.W_WOMEN_SHARE in warned and d.W_REPRESENTATIVES_SHARE in recorded.warnings


def test_composition_notes_representatives_whose_sex_is_unknown(demo):
    representatives = roster.members_on(demo, Body.REPRESENTATIVE, TODAY)
    _set_sexes(demo, representatives, 0)
    person = representatives[0]
    data = roster.PersonData(
        person.name, None, person.birth_date, person.group_name, person.phone, person.notes
    )
    roster.update_person(demo, person.id, data, today=TODAY)
    texts = [i.text for i in d.due(demo, TODAY)]
    assert d.W_WOMEN_SHARE in texts and d.W_SEX_UNKNOWN in texts


# -- 村民会议: adults or households ----------------------------------------------------------------
def villagers_meeting(
    session, m, day, adults=800, present=300, households=300, represented=200, yes=151, no=None
):
    no = present - yes if no is None else no
    return meeting(
        session,
        m,
        MeetingKind.VILLAGERS,
        day,
        yes=yes,
        no=no,
        abstain=present - yes - no,
        villagers_should=adults,
        villagers_present=present,
        households_total=households,
        households_represented=represented,
    )


def test_villagers_assembly_meets_its_quorum_through_the_households(demo):
    m = matter(demo)
    day = _to_stage_4(demo, m)
    short, _ = villagers_meeting(demo, m, day, represented=199)  # 300 of 800 adults, 199 of 300 households
    assert short.result is MeetingResult.NO_QUORUM
    met, _ = villagers_meeting(demo, m, day + dt.timedelta(days=1), represented=200)
    assert met.result is MeetingResult.PASSED
    assert (met.should_attend, met.present, met.households_total, met.households_represented) == (
        800,
        300,
        300,
        200,
    )


def test_villagers_assembly_passes_on_more_than_half_of_those_present(demo):
    m = matter(demo)
    day = _to_stage_4(demo, m)
    failed, _ = villagers_meeting(demo, m, day, present=401, households=0, represented=0, yes=200)
    assert failed.result is MeetingResult.FAILED


@pytest.mark.parametrize(
    "counts, rule",
    [
        (dict(adults=0, households=0, represented=0), "is required"),
        (dict(present=400, households=300, represented=301, yes=201), "more than the 300 households"),
        (dict(present=150, households=300, represented=200, yes=100), "only 150 villagers are present"),
        (dict(adults=200, present=201), "more than the 200"),
    ],
)
def test_villagers_assembly_counts_are_checked(demo, counts, rule):
    m = matter(demo)
    day = _to_stage_4(demo, m)
    with pytest.raises(ValidationError) as err:
        villagers_meeting(demo, m, day, **counts)
    assert rule in str(err.value) and err.value.fields == ["Attendance counts"]


# -- the joint 一肩挑 meeting ------------------------------------------------------------------------
def test_joint_meeting_records_the_branch_committee_votes_apart(demo):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    committee = [i for i in invited if i.committee]
    assert {i.person_id for i in committee} == _ids(demo, Body.BRANCH_COMMITTEE, DAY)
    assert len(committee) < len(invited)
    votes = {"committee_yes": len(committee) - 1, "committee_no": 1, "committee_abstain": 0}
    row, _ = meeting(
        demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY, yes=len(invited) - 1, no=1, **votes
    )
    assert row.result is MeetingResult.PASSED
    assert (row.committee_should_attend, row.committee_present) == (len(committee), len(committee))
    assert (row.committee_yes, row.committee_no, row.committee_abstain) == (len(committee) - 1, 1, 0)
    assert (row.yes, row.no) == (len(invited) - 1, 1)  # the whole meeting's votes


def test_joint_meeting_fails_when_the_branch_committee_does_not_pass_it(demo):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    members = sum(1 for i in invited if i.committee)
    half = members // 2  # not more than half of the members who should attend
    votes = {"committee_yes": half, "committee_no": members - half, "committee_abstain": 0}
    row, _ = meeting(
        demo,
        m,
        MeetingKind.JOINT_PROPOSAL_CONSULTATION,
        DAY,
        yes=len(invited) - members + half,
        no=members - half,
        **votes,
    )
    assert 2 * row.yes > row.present  # the whole meeting alone would have passed it
    assert row.result is MeetingResult.FAILED and m.status is MatterStatus.FAILED


def test_joint_meeting_needs_the_branch_committee_quorum(demo):
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    committee = [i for i in invited if i.committee]
    others = [i for i in invited if not i.committee]
    present = (
        committee[: len(committee) // 2] + others
    )  # half the committee; the whole meeting has its quorum
    assert 2 * len(present) > len(invited)
    row, _ = meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY, attend=present)
    assert row.result is MeetingResult.NO_QUORUM and m.status is MatterStatus.IN_PROGRESS


@pytest.mark.parametrize(
    "votes, rule",
    [
        (
            {"committee_yes": 0, "committee_no": 0, "committee_abstain": 0},
            "branch committee members are present",
        ),
        ({"committee_yes": 1, "committee_no": 0, "committee_abstain": 4}, "abstain votes (4) are more than"),
        ({"committee_yes": -1, "committee_no": 0, "committee_abstain": 6}, "cannot be negative"),
    ],
)
def test_joint_meeting_committee_votes_are_checked(demo, votes, rule):
    m = matter(demo)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY, **votes)
    assert rule in str(err.value) and set(err.value.fields) == {"Branch committee members' votes"}
    assert d.meetings(demo, m.id) == []


# -- absentees' written opinions -------------------------------------------------------------------
def _stage_2(session, m, written, counting):
    settings.set_value(session, config.ABSENTEE_OPINIONS_COUNT, counting)
    meeting(session, m, MeetingKind.BRANCH_COMMITTEE, DAY)
    invited = d.invitees(session, MeetingKind.JOINT_COMMITTEES, DAY)
    present = d.minimum("more_than_half", len(invited))
    yes = d.minimum("more_than_half", present)
    return meeting(
        session,
        m,
        MeetingKind.JOINT_COMMITTEES,
        DAY + dt.timedelta(days=1),
        attend=present,
        yes=yes,
        no=present - yes,
        written=written,
    )[0]


def test_written_no_at_stage_2_joins_the_base_where_the_village_counts_them(demo):
    row = _stage_2(demo, matter(demo), ["no"] * 3, counting=True)
    assert row.result is MeetingResult.FAILED  # the three written "no" are in the tally and in the base
    written = [a for a in json.loads(row.absentees_json) if a["vote"]]
    assert [(a["vote"], a["counted"]) for a in written] == [("no", True)] * 3
    assert (row.yes, row.present) == (d.minimum("more_than_half", row.present), row.present)  # kept apart


def test_written_opinions_do_not_count_when_the_setting_is_off(demo):
    row = _stage_2(demo, matter(demo), ["no"] * 3, counting=False)
    assert row.result is MeetingResult.PASSED
    assert [a["counted"] for a in json.loads(row.absentees_json) if a["vote"]] == [False] * 3


def test_written_yes_never_counts_at_stage_4(demo):
    settings.set_value(demo, config.ABSENTEE_OPINIONS_COUNT, True)
    m = matter(demo)
    day = _to_stage_4(demo, m)
    invited = d.invitees(demo, MeetingKind.REPRESENTATIVES, day)
    present = d.minimum("two_thirds", len(invited))
    half = present // 2  # exactly half (or less) of 到会人员 in favour
    row, _ = meeting(
        demo,
        m,
        MeetingKind.REPRESENTATIVES,
        day,
        attend=present,
        yes=half,
        no=present - half,
        written=["yes"] * 5,
    )
    assert row.result is MeetingResult.FAILED
    assert [a["counted"] for a in json.loads(row.absentees_json) if a["vote"]] == [False] * 5


def test_a_written_vote_must_be_yes_no_or_abstain(demo):
    m = matter(demo)
    with pytest.raises(ValidationError) as err:
        meeting(demo, m, MeetingKind.BRANCH_COMMITTEE, DAY, attend=4, written=["maybe"])
    assert "written vote" in str(err.value) and err.value.fields == ["Absentees"]


def test_a_probationary_member_has_no_written_vote(demo):
    m = matter(demo)
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    day = DAY + dt.timedelta(days=4)
    party = d.invitees(demo, MeetingKind.PARTY_GENERAL, day)
    probationary = next(i for i in party if not i.votes)
    with pytest.raises(ValidationError) as err:
        meeting(
            demo,
            m,
            MeetingKind.PARTY_GENERAL,
            day,
            attend=[i for i in party if i != probationary],
            written=["yes"],
        )
    assert probationary.name in str(err.value) and "without a vote" in str(err.value)


# -- what a review signs: unchanged for meetings without the new facts ---------------------------
def test_review_record_adds_the_new_facts_only_when_there_are_some(demo):
    plain = matter(demo)
    full_passage(demo, plain)
    notice = d.add_matter_notice(
        demo,
        plain.id,
        d.MatterNoticeInput(
            MatterNoticeKind.RESOLUTION,
            "按决议实施",
            DAY + dt.timedelta(days=11),
            DAY + dt.timedelta(days=11),
            7,
        ),
        today=TODAY,
    )
    record = d.matter_notice_record(demo, notice)
    assert [len(t) for t in record["meetings"]] == [9, 9, 9, 9]  # the shape reviews were signed on
    joint = matter(demo, title="联席会议事项")
    day = _to_stage_4(demo, joint)
    villagers_meeting(demo, joint, day)
    notice = d.add_matter_notice(
        demo,
        joint.id,
        d.MatterNoticeInput(MatterNoticeKind.RESOLUTION, "按决议实施", day, day, 7),
        today=TODAY,
    )
    details = [t[9] if len(t) > 9 else {} for t in d.matter_notice_record(demo, notice)["meetings"]]
    assert set(details[0]) == {"committee"} and details[1] == {} and details[2] == {"households": (300, 200)}


def test_migration_keeps_every_meeting_and_its_result(tmp_path, demo_templates):
    from sqlalchemy import text

    from villagedesk.db.engine import make_engine
    from villagedesk.db.migrate import downgrade, upgrade

    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "old"), seed=3, years=2)
    engine = make_engine(f"sqlite:///{data_dir.database}")
    query = text(
        "SELECT uuid, kind, result, should_attend, present, yes, no, abstain FROM meeting ORDER BY uuid"
    )
    with engine.connect() as conn:
        before = conn.execute(query).fetchall()
    downgrade(engine, "0010")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(query).fetchall() == before and before
        new = conn.execute(text("SELECT DISTINCT committee_yes, households_total FROM meeting")).fetchall()
    assert new == [(0, 0)]  # not recorded apart before 0011
    engine.dispose()


def test_prints_show_households_committee_votes_and_written_opinions_apart(demo):
    from tests.unit.pdfcheck import body_text

    settings.set_value(demo, config.ABSENTEE_OPINIONS_COUNT, True)
    m = matter(demo)
    invited = d.invitees(demo, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY)
    members = sum(1 for i in invited if i.committee)
    votes = {"committee_yes": members - 1, "committee_no": 1, "committee_abstain": 0}
    meeting(demo, m, MeetingKind.JOINT_PROPOSAL_CONSULTATION, DAY, yes=len(invited) - 1, no=1, **votes)
    party = d.invitees(demo, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4))
    absent = [i for i in party if i.votes][:2]
    present = [i for i in party if i not in absent]
    meeting(
        demo, m, MeetingKind.PARTY_GENERAL, DAY + dt.timedelta(days=4), attend=present, written=["yes", "no"]
    )
    villagers_meeting(demo, m, DAY + dt.timedelta(days=8))
    day = DAY + dt.timedelta(days=9)
    notice = d.add_matter_notice(
        demo, m.id, d.MatterNoticeInput(MatterNoticeKind.RESOLUTION, "按决议实施", day, day, 7), today=TODAY
    )
    # body text only: a sentence may run across a page break, past the page number and QR lines
    text = body_text(documents.find_printable(demo, f"resolution-{notice.id}").build()[0])
    assert "其中党组织委员" in text and "全村300户，200户的代表参加" in text
    assert "以本村三分之二以上的户的代表参加达到法定人数" in text
    assert "缺席人员书面表决意见：同意1票，反对1票，弃权0票（按规定计入表决）" in text
    book = body_text(documents.find_printable(demo, f"book-{m.id}").build()[0])
    committee_line = f"其中党组织委员会成员应到{members}人，实到{members}人"
    assert book.count(committee_line) == 2  # on the proposal and the consultation sheets
    assert f"党组织委员会成员表决：同意{members - 1}票，反对1票，弃权0票" in book
    assert "（书面表决：同意）" in book and "（书面表决：反对）" in book
    assert "表决结果：同意" in book and "缺席人员书面表决意见：同意1票" in book
