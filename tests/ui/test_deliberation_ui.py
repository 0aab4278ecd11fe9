"""One whole major matter driven through the real widgets, from proposal to the result disclosure."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from villagedesk.core import deliberation as d
from villagedesk.core import users
from villagedesk.core.deliberation import config
from villagedesk.db.models import MatterStatus, MeetingKind, UserRole
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
    evaluation = dialog.update_evaluation()
    voters = evaluation.quorum_count if kind is not MeetingKind.PARTY_GENERAL else evaluation.quorum_count
    if kind in (MeetingKind.PARTY_GENERAL,):
        voters = d.facts_for(page.ctx.store.sessions(), dialog.data()).voting_present
    dialog.yes.setValue(voters if yes_all else 0)
    dialog.no.setValue(0 if yes_all else voters)
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
    new.amount.setValue(80000)
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

    res = page.add_matter_notice(d.MatterNoticeKind.RESOLUTION) if hasattr(d, "MatterNoticeKind") else None
    from villagedesk.db.models import MatterNoticeKind

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

    result = page.add_matter_notice(MatterNoticeKind.RESULT)
    result.content.setPlainText("文化广场已建成并投入使用。")
    result.spent.setValue(78500)
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
    assert page.post() == 1
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
