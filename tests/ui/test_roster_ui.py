"""The roster page: masked identity numbers, 查看 for users holding 查看敏感信息, duplicates flagged."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from villagedesk.core import roster, users
from villagedesk.core.idnumber import check_character
from villagedesk.db.models import UserRole
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.roster.models import PeopleModel

BODY = "32090219650302123"
NUMBER = BODY + check_character(BODY)
MASKED = NUMBER[:6] + "********" + NUMBER[-4:]


def roster_page(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("roster")


def add_wang(desk):
    with desk.write("roster") as s:
        return roster.add_person(s, roster.PersonData(name="王建国", id_number=NUMBER), today=TODAY).id


def select(page, pid):
    page.refresh()
    page.people.selectRow(next(i for i, r in enumerate(page.people_model.rows) if r.id == pid))


def shown(page, column):
    model = page.people_model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_list_shows_the_masked_number_and_a_secretary_can_view_it(qtbot, desk):
    page = roster_page(qtbot, desk)
    pid = add_wang(desk)
    select(page, pid)
    assert MASKED in shown(page, PeopleModel.ID_NUMBER)
    assert NUMBER not in " ".join(str(v) for col in range(len(PeopleModel.COLUMNS)) for v in shown(page, col))
    assert page.reveal_button.isVisibleTo(page)
    assert page.reveal_id_number() == NUMBER
    assert desk.dialogs.shown[-1] == ("info", "身份证号", f"王建国：{NUMBER}")
    from villagedesk.core import audit

    with desk.read() as s:
        uuid = roster.get_person(s, pid).uuid
        assert audit.history(s, uuid)[-1].action == "reveal"


def test_a_clerk_without_the_permission_cannot_view(qtbot, desk):
    with desk.write("users") as s:
        users.create_user(s, "小周", UserRole.CLERK, "2468")
    pid = add_wang(desk)
    desk.user = "小周"
    page = roster_page(qtbot, desk)
    select(page, pid)
    assert not page.reveal_button.isVisibleTo(page)
    assert page.reveal_id_number() is None  # even when called directly, core refuses
    kind, _title, text = desk.dialogs.shown[-1]
    assert kind == "warning" and "查看敏感信息" in text and NUMBER not in text
    desk.user = "tester"
    with desk.write("users") as s:
        users.grant_reveal(s, "小周", True)
    desk.user = "小周"
    page.refresh()
    assert page.reveal_button.isVisibleTo(page)
    assert page.reveal_id_number() == NUMBER


def test_edit_dialog_keeps_the_number_without_showing_it(qtbot, desk):
    page = roster_page(qtbot, desk)
    pid = add_wang(desk)
    select(page, pid)
    dialog = page.edit_person()
    assert dialog.id_number.text() == "" and MASKED in dialog.id_number.placeholderText()
    dialog.group.setText("五组")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        person = roster.get_person(s, pid)
        assert person.id_number == NUMBER and person.group_name == "五组"


def test_add_dialog_refuses_a_wrong_number_in_chinese(qtbot, desk):
    page = roster_page(qtbot, desk)
    dialog = page.add_person()
    dialog.name.setText("李秀英")
    dialog.id_number.setText(NUMBER[:-1] + ("1" if NUMBER[-1] != "1" else "2"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "校验码" in dialog.errors.text()
    dialog.id_number.setText(NUMBER.lower().replace("1", "１"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        person = roster.get_person(s, dialog.created_id)
        assert person.id_number == NUMBER and person.birth_date == dt.date(1965, 3, 2)


def test_duplicates_are_marked_on_the_page(qtbot, desk):
    page = roster_page(qtbot, desk)
    with desk.write("roster") as s:
        for group in ("一组", "二组"):
            roster.add_person(
                s, roster.PersonData(name="张秀兰", birth_date=dt.date(1970, 4, 5), group_name=group), today=TODAY
            )
    page.refresh()
    marks = [
        page.people_model.data(page.people_model.index(r, PeopleModel.CHECK))
        for r, row in enumerate(page.people_model.rows)
        if row.name == "张秀兰"
    ]
    assert marks == ["与另一条记录姓名和出生日期相同"] * 2
