"""The 四议两公开 register through core: order, roster, votes, disclosures, reviews, status."""

import datetime as dt

import pytest

from tests.conftest import TODAY
from villagedesk import documents
from villagedesk.core import deliberation as d
from villagedesk.core import review, users
from villagedesk.core.centre import centre_data, get_centre, update_centre
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import MatterNoticeKind, MatterStatus, MeetingKind, MeetingResult, Origin, UserRole
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


def meeting(session, m, kind, day, attend=None, yes=None, no=0, abstain=None, reason="外出", **kw):
    invited = d.invitees(session, kind, day)
    present = invited if attend is None else invited[:attend]
    voters = sum(1 for i in present if i.votes)
    yes = voters - no if yes is None else yes
    abstain = voters - yes - no if abstain is None else abstain
    data = d.MeetingInput(
        kind=kind,
        held_on=day,
        held_at=dt.time(9),
        place="会议室",
        chair="书记",
        recorder="文书",
        attendee_ids=[i.person_id for i in present],
        absentees=[d.Absentee(i.person_id, reason) for i in invited if i not in present],
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
