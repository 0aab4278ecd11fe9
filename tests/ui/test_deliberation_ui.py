"""One whole major matter driven through the real widgets, from proposal to the result disclosure."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from villagedesk.core import deliberation as d
from villagedesk.core import users
from villagedesk.core.deliberation import config
from villagedesk.db.models import MatterNoticeKind, MatterStatus, MeetingKind, MeetingResult, UserRole
from villagedesk.i18n import tr_core
from villagedesk.ui.jobs import wait_for_jobs
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def hold(qtbot, page, kind, day, yes_all=True):
    dialog = page.record_meeting()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.day.set_value(day)
    dialog.chair.setText("书记")
    dialog.recorder.setText("文书")
    dialog.agenda.setPlainText("审议新建村文化广场方案")
    dialog.resolution.setPlainText("同意新建村文化广场，按程序提交下一环节。")
    dialog.notice.set_value(day - dt.timedelta(days=12))
    dialog.update_evaluation()
    with page.ctx.read() as session:
        facts = d.facts_for(session, dialog.data())
    voters = facts.voting_present  # the members with a vote who are present
    dialog.yes.setValue(voters if yes_all else 0)
    dialog.no.setValue(0 if yes_all else voters)
    if kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION:
        committee = facts.committee.voting_present
        dialog.committee_yes.setValue(committee if yes_all else 0)
        dialog.committee_no.setValue(0 if yes_all else committee)
    assert "PASSED" in dialog.evaluation.text() or "通过" in dialog.evaluation.text()
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()


def test_whole_matter_through_the_gui(qtbot, desk, tmp_path, demo_templates):
    from villagedesk.core import review as review_core
    from villagedesk.db.models import MatterNotice

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("deliberation")
    new = page.new_matter()
    new.title_edit.setText("新建村文化广场")
    new.has_amount.setChecked(True)
    new.amount.setText("80000")
    new.origin_detail.setPlainText("三组村民联名建议")
    new.opened.set_value(TODAY - dt.timedelta(days=15))
    ok(qtbot, new)
    assert not new.isVisible(), new.errors.text()
    page.select_matter(new.saved_id)
    assert page.selected_id() == new.saved_id

    # out of order is not offered: the meeting dialog only lists the next stage's meetings
    dialog = page.record_meeting()
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert MeetingKind.PARTY_GENERAL not in kinds and MeetingKind.BRANCH_COMMITTEE in kinds
    # too many votes: refused with a Chinese message, nothing saved
    dialog.chair.setText("书记")
    dialog.recorder.setText("文书")
    dialog.agenda.setPlainText("议题")
    dialog.resolution.setPlainText("决议")
    dialog.day.set_value(TODAY - dt.timedelta(days=14))
    dialog.yes.setValue(99)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "表决" in dialog.errors.text()
    dialog.reject()

    start = TODAY - dt.timedelta(days=14)
    hold(qtbot, page, MeetingKind.BRANCH_COMMITTEE, start)
    hold(qtbot, page, MeetingKind.JOINT_COMMITTEES, start + dt.timedelta(days=1))
    hold(qtbot, page, MeetingKind.PARTY_GENERAL, start + dt.timedelta(days=4))
    hold(qtbot, page, MeetingKind.REPRESENTATIVES, start + dt.timedelta(days=8))
    assert page.model.rows[[r.id for r in page.model.rows].index(new.saved_id)].missing_disclosure

    res = page.add_matter_notice(MatterNoticeKind.RESOLUTION)
    res.content.setPlainText("决议通过后由村委会组织实施。")
    res.notice_date.set_value(start + dt.timedelta(days=9))
    res.posting_date.set_value(start + dt.timedelta(days=9))
    ok(qtbot, res)
    assert not res.isVisible(), res.errors.text()

    # printing for posting without a review is refused before anything prints
    desk.dialogs.file_answers = [str(tmp_path / "never.pdf")]
    assert page.post() == 0
    assert "审核" in desk.dialogs.texts("warning")[-1] and not (tmp_path / "never.pdf").exists()

    with desk.read() as s:
        sup = next(u for u in users.users(s) if u.role is UserRole.SUPERVISOR)
    sup_pin = {n: p for n, _, p in demo_templates.summaries[(7, 1)].users}[sup.name]
    with desk.read() as s:  # a review is dated no earlier than the day the disclosure was saved
        disclosure = s.get(MatterNotice, res.saved_id)
        desk.today_override = review_core.version_saved_on(s, disclosure.uuid, disclosure.version)
    review = page.review()
    review.signer.setCurrentIndex(review.signer.findData(sup.name))
    review.pin.setText(sup_pin)
    ok(qtbot, review)
    assert not review.isVisible(), review.message.text()
    desk.dialogs.file_answers = [str(tmp_path / "posted.pdf")]
    assert page.post() == 1 and wait_for_jobs() and (tmp_path / "posted.pdf").exists()

    # the clerk files the record book as PDF in between: a working document, it locks nothing
    book = page.record_book()
    qtbot.addWidget(book)
    desk.dialogs.file_answers = [str(tmp_path / "book.pdf")]
    book.save_button.click()
    assert wait_for_jobs() and (tmp_path / "book.pdf").stat().st_size > 0
    book.accept()

    result = page.add_matter_notice(MatterNoticeKind.RESULT)
    result.content.setPlainText("文化广场已建成并投入使用。")
    result.spent.setText("78500")
    result.acceptance.setPlainText("经村务监督委员会验收合格。")
    ok(qtbot, result)
    assert not result.isVisible(), result.errors.text()
    page.show_timeline()
    page.timeline.setCurrentRow(page.timeline.count() - 1)
    review = page.review()
    review.signer.setCurrentIndex(review.signer.findData(sup.name))
    review.pin.setText(sup_pin)
    ok(qtbot, review)
    desk.dialogs.file_answers = [str(tmp_path / "result.pdf")]
    warnings = len(desk.dialogs.texts("warning"))
    assert page.post() == 1 and wait_for_jobs() and (tmp_path / "result.pdf").exists()
    assert len(desk.dialogs.texts("warning")) == warnings  # no "修改原因：必须填写" after the book
    with desk.read() as s:
        assert d.get_matter(s, new.saved_id).status is MatterStatus.COMPLETED
    labels = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    assert len(labels) == 6 and all("✔" in label for label in labels)
    book = page.record_book()
    qtbot.addWidget(book)
    assert book.pdf.pages >= 6


def test_village_rules_are_editable_settings(qtbot, desk):
    from villagedesk.core import settings as centre_settings

    window = MainWindow(desk)
    qtbot.addWidget(window)
    box = window.show_page("settings").rules_box
    combo = box.widgets["stage3_quorum"]
    assert combo.currentData() == centre_settings.TWO_THIRDS
    combo.setCurrentIndex(combo.findData(centre_settings.MORE_THAN_HALF))
    box.widgets["process_limit_days"].setValue(30)
    box.widgets["major_matters"].setPlainText("")
    assert not box.save() and "重大事项目录" in box.message.text()
    with desk.read() as s:
        assert centre_settings.get(s, config.PROCESS_LIMIT_DAYS) == 20  # nothing was saved
    box.widgets["major_matters"].setPlainText("村道建设\n其他重大事项")
    assert box.save()
    with desk.read() as s:
        assert centre_settings.get(s, config.STAGE3_QUORUM) == centre_settings.MORE_THAN_HALF
        assert centre_settings.get(s, config.PROCESS_LIMIT_DAYS) == 30
        assert centre_settings.get(s, config.MAJOR_MATTERS) == ["村道建设", "其他重大事项"]


# -- the meeting form follows the law: who is invited, what is counted, what is warned -----------------
def _window(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("deliberation")


def _matter(page, title="新建村文化广场", opened=TODAY - dt.timedelta(days=15)):
    new = page.new_matter()
    new.title_edit.setText(title)
    new.opened.set_value(opened)
    new.accept()
    assert not new.isVisible(), new.errors.text()
    page.select_matter(new.saved_id)
    return new.saved_id


def _dialog(page, kind, day):
    dialog = page.record_meeting()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.day.set_value(day)
    dialog.chair.setText("书记")
    dialog.recorder.setText("文书")
    dialog.agenda.setPlainText("议题")
    dialog.resolution.setPlainText("同意")
    dialog.notice.set_value(day - dt.timedelta(days=12))
    return dialog


def _rows_shown(dialog):
    return {
        name: dialog.form.isRowVisible(widget)
        for name, widget in (
            ("people", dialog.people),
            ("adults", dialog.adults_row),
            ("households", dialog.households_row),
            ("committee", dialog.committee_row),
        )
    }


def test_joint_meeting_form_takes_the_branch_committee_votes_apart(qtbot, desk):
    page = _window(qtbot, desk)
    matter_id = _matter(page)
    day = TODAY - dt.timedelta(days=14)
    dialog = _dialog(page, MeetingKind.JOINT_PROPOSAL_CONSULTATION, day)
    assert _rows_shown(dialog) == {"people": True, "adults": False, "households": False, "committee": True}
    facts = d.facts_for(desk.store.sessions(), dialog.data())
    members = facts.committee.voting_present
    dialog.yes.setValue(facts.voting_present)
    dialog.committee_yes.setValue(members // 2)  # not more than half of the branch committee
    dialog.committee_no.setValue(members - members // 2)
    text = dialog.evaluation.text()
    assert tr_core(d.L_JOINT_COMMITTEE) in text and tr_core(d.L_JOINT_WHOLE) in text
    assert dialog.update_evaluation().result is MeetingResult.FAILED
    ok(qtbot, dialog)  # the committee's "no" votes are not among the whole meeting's: refused
    assert dialog.isVisible() and tr_core(d.F_COMMITTEE_VOTES) in dialog.errors.text()
    dialog.committee_yes.setValue(members)
    dialog.committee_no.setValue(0)
    assert dialog.update_evaluation().result is MeetingResult.PASSED
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        row = d.meetings(s, matter_id)[0]
        assert (row.committee_should_attend, row.committee_yes, row.committee_no) == (members, members, 0)


def test_written_vote_is_chosen_per_absentee_and_counts_by_the_rules(qtbot, desk):
    page = _window(qtbot, desk)
    _matter(page)
    dialog = _dialog(page, MeetingKind.BRANCH_COMMITTEE, TODAY - dt.timedelta(days=14))
    people = [
        dialog.people.item(r, dialog.PRESENT).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.people.rowCount())
    ]
    assert not dialog.written_box(0).isEnabled()  # present: no written vote
    dialog.set_present(set(people[1:]))
    dialog.set_absence_reason("外出务工")
    box = dialog.written_box(0)
    assert box.isEnabled()
    box.setCurrentIndex(box.findData("yes"))
    assert [(a.person_id, a.vote) for a in dialog.data().absentees] == [(people[0], "yes")]
    assert tr_core(d.L_WRITTEN_OFF).split("{")[0] in dialog.evaluation.text()  # shown, not counted by default
    dialog.set_present(set(people))
    dialog.update_evaluation()
    assert dialog.written_box(0).currentData() == "" and not dialog.written_box(0).isEnabled()


def _to_stage_4(desk, matter_id, day):
    from villagedesk.core.centre import get_centre

    with desk.write("deliberation") as s:
        assert get_centre(s).one_shoulder
        for kind, when in (
            (MeetingKind.JOINT_PROPOSAL_CONSULTATION, day),
            (MeetingKind.PARTY_GENERAL, day + dt.timedelta(days=4)),
        ):
            invited = d.invitees(s, kind, when)
            voters = sum(1 for i in invited if i.votes)
            committee = sum(1 for i in invited if i.committee)
            data = d.MeetingInput(
                kind,
                when,
                dt.time(9),
                "会议室",
                "书记",
                "文书",
                [i.person_id for i in invited],
                [],
                "议题",
                "",
                voters,
                0,
                0,
                "同意",
                notice_sent_on=when - dt.timedelta(days=5),
                committee_yes=committee,
            )
            d.record_meeting(s, matter_id, data, today=TODAY)


def test_villagers_assembly_form_counts_adults_and_households(qtbot, desk):
    page = _window(qtbot, desk)
    matter_id = _matter(page)
    day = TODAY - dt.timedelta(days=14)
    _to_stage_4(desk, matter_id, day)
    dialog = _dialog(page, MeetingKind.VILLAGERS, day + dt.timedelta(days=8))
    assert _rows_shown(dialog) == {"people": False, "adults": True, "households": True, "committee": False}
    dialog.villagers_should.setValue(800)
    dialog.villagers_present.setValue(300)  # not more than half of the adults
    dialog.households_total.setValue(300)
    dialog.households_represented.setValue(199)
    dialog.yes.setValue(300)
    assert dialog.update_evaluation().result is MeetingResult.NO_QUORUM
    dialog.households_represented.setValue(200)  # two thirds of the households: the quorum is met
    assert dialog.update_evaluation().result is MeetingResult.PASSED
    assert tr_core(d.WAY_HOUSEHOLDS) in dialog.evaluation.text()
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        row = d.meetings(s, matter_id)[-1]
        assert (row.should_attend, row.present, row.households_total, row.households_represented) == (
            800,
            300,
            300,
            200,
        )


def test_representatives_meeting_form_warns_when_the_composition_breaks_the_law(qtbot, desk):
    from villagedesk.core import roster
    from villagedesk.db.models import Body, Sex

    page = _window(qtbot, desk)
    matter_id = _matter(page)
    day = TODAY - dt.timedelta(days=14)
    _to_stage_4(desk, matter_id, day)
    with desk.write("roster") as s:
        representatives = roster.members_on(s, Body.REPRESENTATIVE, day)
        for person in representatives:  # no woman among the 村民代表
            data = roster.PersonData(person.name, Sex.MALE, person.birth_date, person.group_name)
            roster.update_person(s, person.id, data, today=TODAY)
    dialog = _dialog(page, MeetingKind.REPRESENTATIVES, day + dt.timedelta(days=8))
    with desk.read() as s:
        members = d.composition(s, day).members
    assert dialog.people.rowCount() == members
    warning = tr_core(d.W_WOMEN_SHARE).split("{")[0]
    assert warning in dialog.evaluation.text()
    dialog.yes.setValue(members)
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()  # a warning, not a refusal
    assert warning in desk.dialogs.texts("warning")[-1]
