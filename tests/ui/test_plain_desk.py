"""What a clerk reads and may press: history in words, buttons that say why they are off, steps
that confirm what happened, the review dialog without reviewers, taking down the posted notice."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from villagedesk.core import deliberation as d
from villagedesk.core import labels, users
from villagedesk.db.models import AppUser, Matter, MatterNotice, MatterStatus, Person, UserRole
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")
RAW = re.compile(r"\b[A-Z][A-Z_]{2,}\b")  # COMMITTEE, FEMALE, IN_PROGRESS ...


def window(qtbot, desk):
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def _no_raw_values(texts: list[str]) -> None:
    raw = [t for t in texts if RAW.search(t) or re.search(r"\d{4}-\d\d-\d\dT\d", t)]
    assert not raw, raw[:5]


def test_person_history_is_in_words(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("roster")
    page.people.selectRow(0)
    person_id = page.selected_person_id()
    with desk.write("roster", reason="roster import") as s:
        s.get(Person, person_id).phone = "13900001111"
    page.refresh()
    page.select_person(person_id)
    dialog = page.show_history()
    qtbot.addWidget(dialog)
    texts = dialog.texts()
    _no_raw_values(texts)
    assert "花名册导入" in texts
    assert any(t.startswith("任职：") for t in texts), "the memberships belong to the person's history"
    assert any(t.startswith("性别：") for t in "\n".join(texts).split("\n"))
    untranslated = [t for t in texts if re.fullmatch(r"[a-z_ ]+", t) and t != desk.user]
    assert not untranslated, "every action and reason in words"


def test_matter_history_is_in_words(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("deliberation")
    with desk.read() as s:
        # a matter with meetings, a posted disclosure and a review: every kind of stored value
        posted = s.scalars(select(MatterNotice).where(MatterNotice.posted_on.is_not(None))).first()
        matter_id = posted.matter_id
    page.select_matter(matter_id)
    dialog = page.show_history()
    qtbot.addWidget(dialog)
    texts = dialog.texts()
    joined = "\n".join(texts)
    _no_raw_values(texts)
    for expected in ("重大事项：新建", "会议：新建", "事项来源：", "结果：通过", "监督审核：新建"):
        assert expected in joined, expected
    assert "系统" in texts  # the demo data was made by the desk itself, not by "system"


def test_every_enum_column_reads_in_words():
    for (table, column), enum_cls in labels._enum_columns().items():
        for member in enum_cls:
            text = labels.value_text(table, column, member.name)
            assert text and not RAW.search(text), (table, column, member)


def test_stored_reasons_are_translated(translator):
    from villagedesk.i18n import tr_core

    assert labels.reason_text("roster import", tr_core) == "花名册导入"
    assert labels.reason_text("user 史宝: SUPERVISOR", tr_core) == "添加史宝为监委会成员"
    assert labels.reason_text("user 王五: SECRETARY admin", tr_core).endswith("并任管理员")
    assert labels.reason_text("搬到五组", tr_core) == "搬到五组"  # typed by a user: as typed
    assert labels.reason_text("bad signature", tr_core) == tr_core("wrong signature")
    assert labels.action_text("user_add", tr_core) == "添加用户"


def test_buttons_say_why_they_are_off(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("deliberation")
    page.view.clearSelection()
    page.show_timeline()
    assert not page.meeting_button.isEnabled()
    assert page.meeting_button.toolTip() == "请先在列表中选择一个事项。"
    assert page.new_button.isEnabled()
    with desk.write("deliberation", reason="上级要求暂缓") as s:
        done = s.scalars(select(Matter).where(Matter.status == MatterStatus.IN_PROGRESS)).first()
        d.withdraw(s, done.id, desk.today(), "上级要求暂缓")
    page.select_matter(done.id)
    assert page.again_button.isEnabled()
    assert not page.withdraw_button.isEnabled() and "已结束" in page.withdraw_button.toolTip()
    # a viewer may look but not change: the reason names the role
    with desk.write("users") as s:
        users.create_user(s, "查看员", UserRole.VIEWER, "246813", "246813")
    desk.user = "查看员"
    page.refresh()
    assert not page.new_button.isEnabled()
    assert "查看员" in page.new_button.toolTip() and "查看" in page.new_button.toolTip()
    roster = w.show_page("roster")
    assert not roster.add_button.isEnabled() and roster.add_button.toolTip()
    backup = w.show_page("backup")
    assert not backup.restore_button.isEnabled() and backup.restore_button.toolTip()


def test_review_without_supervision_users_says_so(qtbot, desk):
    from villagedesk.ui.trust import ReviewDialog

    with desk.write("users") as s:
        for user in s.scalars(select(AppUser).where(AppUser.role == UserRole.SUPERVISOR)):
            user.active = False
    from villagedesk import documents

    with desk.read() as s:
        item = next(p for p in documents.printables(s) if p.kind == "general_notice")
    dialog = ReviewDialog(desk, item)
    qtbot.addWidget(dialog)
    assert "没有监委会成员用户" in dialog.message.text()
    assert "没有名为" not in dialog.message.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_take_down_acts_on_the_posted_disclosure(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("deliberation")
    with desk.read() as s:
        posted = s.scalars(
            select(MatterNotice).where(
                MatterNotice.posted_on.is_not(None), MatterNotice.taken_down_on.is_(None)
            )
        ).first()
        posted_id, matter_id = posted.id, posted.matter_id
        posted_on = posted.posted_on
    page.select_matter(matter_id)
    page.timeline.setCurrentRow(page.timeline.count() - 1)  # the last line: not the posted one
    assert page.down_button.isEnabled()
    desk.dialogs.confirm_answers = [True]
    page.take_down()
    asked = desk.dialogs.texts("confirm")[-1]
    assert posted_on.isoformat() in asked
    with desk.read() as s:
        assert d.get_matter_notice(s, posted_id).taken_down_on == desk.today()
    shown = desk.dialogs.texts("info") + desk.dialogs.texts("warning")
    assert shown and ("撤下" in shown[-1])
    # nothing else is on the board now: the button says so
    assert not page.down_button.isEnabled() and page.down_button.toolTip()
    assert any(
        "已撤下" in page.timeline.item(i).text() or "提前撤下" in page.timeline.item(i).text()
        for i in range(page.timeline.count())
    )
