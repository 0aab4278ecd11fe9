"""The roster's table model: SQL-backed, fetched a page at a time, checked by qtmodeltester."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.idnumber import check_character
from villagedesk.db.models import Body
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.roster.models import PeopleModel

BODY17 = "32090219650302123"
NUMBER = BODY17 + check_character(BODY17)


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of 10 rows, so the demo village's hundred people fill several."""
    monkeypatch.setattr(PeopleModel, "PAGE_SIZE", 10)


def everyone(desk, text=""):
    with desk.read() as s:
        return roster.search_people(s, text, day=TODAY)


def roster_page(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("roster")


def test_lazily_fetched_model_passes_qtmodeltester(qtmodeltester, desk, small_pages):
    model = PeopleModel()
    model.load(desk.read, roster.PeopleQuery("", None, TODAY))
    assert model.rowCount() == 10 and model.total == len(everyone(desk)) > 30
    qtmodeltester.check(model)  # fetches more and watches the inserts
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rows == everyone(desk)  # the pages put together are the whole list, in order
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_a_filtered_model_passes_qtmodeltester(qtmodeltester, desk, small_pages):
    model = PeopleModel()
    model.load(desk.read, roster.PeopleQuery("组", Body.PARTY_FULL, TODAY))
    qtmodeltester.check(model)
    with desk.read() as s:
        assert model.total == len(roster.members_on(s, Body.PARTY_FULL, TODAY))


def test_an_empty_list_passes_qtmodeltester(qtmodeltester, desk):
    model = PeopleModel()
    model.load(desk.read, roster.PeopleQuery("没有这个人", None, TODAY))
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_the_model_shows_masked_numbers_current_bodies_and_the_duplicate_flag(desk):
    with desk.write("roster") as s:
        wang = roster.add_person(
            s,
            roster.PersonData(name="王建国", group_name="一组", phone="13851234567", id_number=NUMBER),
            TODAY,
        )
        roster.add_membership(s, wang.id, Body.REPRESENTATIVE, dt.date(2021, 1, 15), today=TODAY)
        twin = roster.add_person(
            s, roster.PersonData(name="王建国", group_name="五组", birth_date=dt.date(1965, 3, 2)), TODAY
        )
        wang_id, twin_id = wang.id, twin.id
    model = PeopleModel()
    model.load(desk.read, roster.PeopleQuery("王建国", None, TODAY))
    shown = {
        model.data(model.index(r, 0), Qt.ItemDataRole.UserRole): [
            model.data(model.index(r, c)) for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert set(shown) == {wang_id, twin_id}
    line = shown[wang_id]
    assert line[PeopleModel.NAME] == "王建国" and line[PeopleModel.SEX] == "男"
    assert line[PeopleModel.BIRTH] == "1965-03-02" and line[PeopleModel.GROUP] == "一组"
    assert line[PeopleModel.ID_NUMBER] == NUMBER[:6] + "********" + NUMBER[-4:]
    assert line[PeopleModel.PHONE] == "138****4567"
    assert line[PeopleModel.BODIES] == "村民代表"
    assert line[PeopleModel.CHECK] == shown[twin_id][PeopleModel.CHECK] == "与另一条记录姓名和出生日期相同"
    assert NUMBER not in " ".join(line)
    row = next(r for r in range(model.rowCount()) if model.rows[r].id == wang_id)
    assert model.data(model.index(row, PeopleModel.CHECK), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(row, PeopleModel.NAME), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(row, PeopleModel.NAME), Qt.ItemDataRole.ToolTipRole) is None
    tooltip = model.data(model.index(row, PeopleModel.CHECK), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "与另一条记录姓名和出生日期相同"  # the whole text, however narrow the column
    assert model.data(model.index(row, PeopleModel.NAME), Qt.ItemDataRole.DecorationRole) is None


def test_the_view_fetches_more_when_scrolled_to_the_end(qtbot, desk, small_pages):
    page = roster_page(qtbot, desk)
    total = len(everyone(desk))
    assert page.people_model.rowCount() < total
    assert page.count.text() == f"共 {total} 人"  # the count is of the whole list, not the fetched rows
    while page.people_model.rowCount() < total:
        fetched = page.people_model.rowCount()
        page.people.scrollToBottom()
        qtbot.waitUntil(lambda fetched=fetched: page.people_model.rowCount() > fetched)
    assert page.people_model.rows == everyone(desk)


def test_typing_filters_in_sql_and_keeps_the_selected_person(qtbot, desk, small_pages):
    page = roster_page(qtbot, desk)
    far = everyone(desk)[-1]  # the last row, pages below what was fetched
    assert far.id not in [r.id for r in page.people_model.rows]
    assert page.select_person(far.id)
    assert page.selected_person_id() == far.id
    for text in (far.name[:1], far.name):
        page.search.setText(text)
        assert page.people_model.total == len(everyone(desk, text))
        assert all(text in r.name or text in r.group_name for r in page.people_model.rows)
        assert page.selected_person_id() == far.id
    page.search.setText("没有这个人")
    assert page.people_model.rowCount() == 0 and page.count.text() == "共 0 人"
    assert page.selected_person_id() is None and page.memberships_model.rowCount() == 0


def test_a_new_person_far_down_the_list_is_selected(qtbot, desk, small_pages):
    page = roster_page(qtbot, desk)
    dialog = page.add_person()
    dialog.name.setText("赵新")
    dialog.group.setText("十二组")  # sorts after the demo's groups: beyond the first page
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors.text()
    assert page.selected_person_id() == dialog.created_id
    assert page.people_model.rowCount() > PeopleModel.PAGE_SIZE
    assert page.selected_row().name == "赵新"


def test_actions_work_on_a_person_from_a_later_page(qtbot, desk, small_pages):
    with desk.write("roster") as s:
        pid = roster.add_person(
            s, roster.PersonData(name="王建国", group_name="十二组", id_number=NUMBER), TODAY
        ).id
    page = roster_page(qtbot, desk)
    assert page.select_person(pid)
    assert page.reveal_id_number() == NUMBER
    dialog = page.add_membership()
    dialog.body.setCurrentIndex(dialog.body.findData(Body.REPRESENTATIVE))
    dialog.start.set_value(dt.date(2021, 1, 15))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors.text()
    assert page.selected_person_id() == pid  # the list was reloaded and kept the selection
    assert page.selected_row().bodies == (Body.REPRESENTATIVE,)
    assert page.memberships_model.rowCount() == 1
    desk.dialogs.confirm_answers = [True]
    page.remove_person()
    assert pid not in [r.id for r in everyone(desk)]
    assert page.people_model.total == len(everyone(desk))


def test_columns_fit_an_ordinary_value_without_reading_the_rows(qtbot, desk):
    page = roster_page(qtbot, desk)
    header, metrics = page.people.horizontalHeader(), page.people.fontMetrics()
    masked = NUMBER[:6] + "********" + NUMBER[-4:]
    assert header.sectionSize(PeopleModel.ID_NUMBER) > metrics.horizontalAdvance(masked)
    assert header.sectionSize(PeopleModel.BIRTH) > metrics.horizontalAdvance("1965-03-02")
    assert header.sectionResizeMode(PeopleModel.NAME) == header.ResizeMode.Interactive
