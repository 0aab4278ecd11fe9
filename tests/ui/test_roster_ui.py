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
        users.create_user(s, "小周", UserRole.CLERK, "246813")
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
                s,
                roster.PersonData(name="张秀兰", birth_date=dt.date(1970, 4, 5), group_name=group),
                today=TODAY,
            )
    page.refresh()
    marks = [
        page.people_model.data(page.people_model.index(r, PeopleModel.CHECK))
        for r, row in enumerate(page.people_model.rows)
        if row.name == "张秀兰"
    ]
    assert marks == ["与另一条记录姓名和出生日期相同"] * 2


def _sheet(path, rows):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["新桥村党员花名册"])
    ws.append(["序号", "姓名", "性别", "出生年月", "组别", "身份", "起始日期", "文化程度"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


def test_import_shows_the_plan_and_imports_only_on_confirmation(qtbot, desk, tmp_path):
    page = roster_page(qtbot, desk)
    before = page.people_model.rowCount()
    path = _sheet(
        tmp_path / "a.xlsx",
        [
            [1, "钱多多", "女", "1975.06", "三组", "村民代表", "2021-01-15", "初中"],
            [2, "孙大同", "男", "1968-02", "一组", "", "", ""],
        ],
    )
    desk.dialogs.file_answers = [path]
    dialog = page.import_xlsx()
    assert "新增 2 人，更新 0 人，无变化 0 人" in dialog.summary.text()
    assert "H（文化程度）" in dialog.summary.text()  # a column it does not understand is reported
    read_as = {
        dialog.columns.item(r, 1).text(): dialog.columns.item(r, 2).text()
        for r in range(dialog.columns.rowCount())
    }
    assert read_as["组别"] == "村民小组" and read_as["文化程度"] == "无法识别：不导入"
    page.refresh()
    assert page.people_model.rowCount() == before  # nothing yet
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk.dialogs.shown[-1][2] == "已导入：新增 2 人，更新 0 人，无变化 0 人。"
    assert page.people_model.rowCount() == before + 2
    born = {
        r.name: page.people_model.data(page.people_model.index(i, PeopleModel.BIRTH))
        for i, r in enumerate(page.people_model.rows)
    }
    assert born["钱多多"] == "1975-06"  # month precision, no invented day

    desk.dialogs.file_answers = [path]
    again = page.import_xlsx()
    assert "新增 0 人，更新 0 人，无变化 2 人" in again.summary.text()
    assert not again.import_button.isEnabled()  # nothing to do


def test_import_with_problems_lists_them_in_chinese_and_cannot_import(qtbot, desk, tmp_path):
    page = roster_page(qtbot, desk)
    path = _sheet(
        tmp_path / "b.xlsx",
        [
            [1, "钱多多", "女", "1975.06", "三组", "党员", "2021-01-15", ""],
            [2, "孙大同", "未知", "1968-02", "一组", "", "", ""],
        ],
    )
    desk.dialogs.file_answers = [path]
    dialog = page.import_xlsx()
    text = dialog.problems.toPlainText()
    assert "第 3 行 F 列（身份），值“党员”" in text and "正式党员还是预备党员" in text
    assert "第 4 行 C 列（性别），值“未知”：不是“男”或“女”" in text
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # even forced, nothing happens
    with desk.read() as s:
        assert roster.search_people(s, "钱多多", day=TODAY) == []


def test_admin_grants_viewing_to_a_clerk_in_settings(qtbot, desk):
    with desk.write("users") as s:
        users.create_user(s, "小周", UserRole.CLERK, "246813")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    box = window.show_page("settings").users_box
    box.refresh()
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == "小周")
    box.table.selectRow(row)
    box.toggle_reveal()
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == "小周")
    assert "可查看敏感信息" in box.table.item(row, 2).text()
    with desk.read() as s:
        assert users.can(s, "小周", users.Action.REVEAL_SENSITIVE)
        from villagedesk.core import audit

        user = users.find_user(s, "小周")
        assert [line.action for line in audit.history(s, user.uuid)] == ["user_add", "grant"]
        assert audit.verify_chain(s).ok
    box.table.selectRow(row)
    box.toggle_reveal()
    with desk.read() as s:
        assert not users.can(s, "小周", users.Action.REVEAL_SENSITIVE)
