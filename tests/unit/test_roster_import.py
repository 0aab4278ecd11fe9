"""The roster import: one policy (every problem at once, nothing imported until clean, no guessing),
real sheets (title rows, 序号, usual column names), and importing as an update, never an append."""

import datetime as dt

import openpyxl
import pytest
from openpyxl.styles import Font

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import check_character
from villagedesk.core.roster_import import (
    NEW,
    UNCHANGED,
    UPDATED,
    apply_import,
    import_roster_xlsx,
    plan_import,
)
from villagedesk.db.models import Body, Person, Sex

HEADER = ["姓名", "性别", "出生日期", "村民小组", "手机", "身份", "开始日期"]


def id_number(birth: str, seq: int, area: str = "320902") -> str:
    body = f"{area}{birth}{seq:03d}"
    return body + check_character(body)


WANG_ID = id_number("19650302", 123)


def sheet(tmp_path, rows, header=HEADER, title=None, name="roster.xlsx", formats=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws["A1"].font = Font(bold=True)
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    path = tmp_path / name
    wb.save(path)
    return path


def people(session):
    return session.query(Person).filter(Person.deleted.is_(False)).order_by(Person.id).all()


def zh(plan_or_exc, translator):
    groups = (
        plan_or_exc.grouped_problems() if hasattr(plan_or_exc, "grouped_problems") else plan_or_exc.errors
    )
    return [g.render(lambda s: translator.translate("core", s) or s) for g in groups]


GOOD = [
    ["王建国", "男", "1965-03-02", "三组", "13851234567", "正式党员、村民代表", "1990-07-01"],
    ["李秀英", "女", "1972/5/8", "一组", "", "村民代表", "2021-01-15"],
]


def test_clean_sheet_plans_then_applies(session, tmp_path):
    path = sheet(tmp_path, GOOD)
    plan = plan_import(session, path, TODAY)
    assert plan.clean and (plan.new, plan.updated, plan.unchanged) == (2, 0, 0)
    assert plan.memberships_added == 3
    assert people(session) == []  # planning changed nothing
    apply_import(session, path, TODAY, plan.sheet_sha256)
    assert [p.name for p in people(session)] == ["王建国", "李秀英"]
    assert roster.count_on(session, Body.REPRESENTATIVE, TODAY) == 2


def test_same_sheet_twice_changes_nothing(session, tmp_path):
    path = sheet(tmp_path, GOOD)
    import_roster_xlsx(session, path, TODAY)
    before = [(p.id, p.version) for p in people(session)]
    plan = plan_import(session, path, TODAY)
    assert (plan.new, plan.updated, plan.unchanged) == (0, 0, 2)
    result = import_roster_xlsx(session, path, TODAY)
    assert (result.new, result.updated, result.unchanged, result.memberships) == (0, 0, 2, 0)
    assert [(p.id, p.version) for p in people(session)] == before
    assert roster.count_on(session, Body.REPRESENTATIVE, TODAY) == 2


def test_changed_sheet_updates_and_lists_the_changes(session, tmp_path):
    import_roster_xlsx(session, sheet(tmp_path, GOOD), TODAY)
    changed = [
        ["王建国", "男", "1965-03-02", "四组", "13851234567", "正式党员", "1990-07-01"],
        ["李秀英", "女", "1972/5/8", "一组", "", "村民代表", "2021-01-15"],
        ["赵新", "男", "1980-01-01", "二组", "", "", ""],
    ]
    plan = plan_import(session, sheet(tmp_path, changed, name="b.xlsx"), TODAY)
    assert plan.clean and (plan.new, plan.updated, plan.unchanged) == (1, 1, 1)
    wang = next(p for p in plan.people if p.name == "王建国")
    assert wang.kind == UPDATED and wang.fields == [("Villagers' group", "三组", "四组")]
    # a body the sheet no longer lists is a difference, never ended by the import
    assert [b for b, _ in wang.not_in_sheet] == [Body.REPRESENTATIVE]
    apply_import(session, tmp_path / "b.xlsx", TODAY)
    pid = wang.person_id
    assert roster.get_person(session, pid).group_name == "四组"
    assert roster.is_member_on(session, pid, Body.REPRESENTATIVE, TODAY)


def test_match_by_id_number_even_when_name_is_corrected(session, tmp_path):
    header = ["姓名", "身份证号码"]
    import_roster_xlsx(session, sheet(tmp_path, [["王建囯", WANG_ID]], header), TODAY)
    plan = plan_import(session, sheet(tmp_path, [["王建国", WANG_ID]], header, name="b.xlsx"), TODAY)
    assert (plan.new, plan.updated) == (0, 1)
    assert plan.people[0].fields == [("Name", "王建囯", "王建国")]


def test_different_id_numbers_are_different_people(session, tmp_path):
    header = ["姓名", "出生日期", "身份证号码"]
    other = id_number("19650302", 125)
    import_roster_xlsx(session, sheet(tmp_path, [["王建国", "1965-03-02", WANG_ID]], header), TODAY)
    plan = plan_import(
        session, sheet(tmp_path, [["王建国", "1965-03-02", other]], header, name="b.xlsx"), TODAY
    )
    assert plan.new == 1


def test_namesakes_are_told_apart_by_group_or_refused(session, tmp_path):
    for group in ("一组", "二组"):
        roster.add_person(
            session,
            roster.PersonData(name="张伟", birth_date=dt.date(1970, 1, 1), group_name=group),
            today=TODAY,
        )
    header = ["姓名", "出生日期", "村民小组"]
    plan = plan_import(session, sheet(tmp_path, [["张伟", "1970-01-01", "二组"]], header), TODAY)
    assert plan.clean and plan.unchanged == 1
    plan = plan_import(
        session, sheet(tmp_path, [["张伟", "1970-01-01", "三组"]], header, name="b.xlsx"), TODAY
    )
    assert "matches 2 people" in plan.problems[0].message()


def test_real_sheet_title_row_serial_column_and_usual_names(session, tmp_path, translator):
    header = [
        "序号",
        "姓名",
        "性别",
        "出生年月",
        "组别",
        "联系电话",
        "身份证号码",
        "身份",
        "起始日期",
        "文化程度",
    ]
    rows = [
        [1, "王建国", "男", "1965.03", "三组", 13851234567, WANG_ID, "正式党员", "1990-07-01", "初中"],
        [],
        [2, "李秀英", "女", "1972-05", "一组", "", "", "村民代表", "2021-01-15", "高中"],
        [3],
    ]
    path = sheet(tmp_path, rows, header, title="新桥村党员花名册")
    plan = plan_import(session, path, TODAY)
    assert plan.clean, zh(plan, translator)
    assert plan.header_row == 3
    assert {c.header: c.key for c in plan.columns} == {
        "序号": "row_number",
        "姓名": "name",
        "性别": "sex",
        "出生年月": "birth",
        "组别": "group",
        "联系电话": "phone",
        "身份证号码": "id_number",
        "身份": "bodies",
        "起始日期": "start",
        "文化程度": None,
    }
    assert [c.header for c in plan.unknown_columns] == ["文化程度"]  # reported, not dropped silently
    apply_import(session, path, TODAY)
    wang, li = people(session)
    # a year-month birth date is completed from the identity number …
    assert (wang.birth_date, wang.birth_month_only, wang.phone) == (dt.date(1965, 3, 2), False, "13851234567")
    # … and otherwise kept with month precision, never a guessed day
    assert (li.birth_date, li.birth_month_only, li.group_name) == (dt.date(1972, 5, 1), True, "一组")


def test_excel_month_formatted_date_cell_is_month_precision(session, tmp_path):
    path = sheet(
        tmp_path,
        [["李秀英", dt.datetime(1972, 5, 1)], ["王芳", dt.datetime(1980, 6, 15)]],
        ["姓名", "出生年月"],
        formats={"B2": "yyyy.mm", "B3": "yyyy-mm-dd"},
    )
    apply_import(session, path, TODAY)
    li, wang = people(session)
    assert (li.birth_date, li.birth_month_only) == (dt.date(1972, 5, 1), True)
    assert (wang.birth_date, wang.birth_month_only) == (dt.date(1980, 6, 15), False)


# -- one test per refusal kind: nothing is imported, and the clerk is told where and why ----------


def refused(session, tmp_path, rows, header=HEADER, translator=None):
    path = sheet(tmp_path, rows, header)
    plan = plan_import(session, path, TODAY)
    assert not plan.clean
    with pytest.raises(ValidationError):
        apply_import(session, path, TODAY)
    assert people(session) == []
    return plan


@pytest.mark.parametrize(
    ("row", "column", "rule"),
    [
        (
            ["王建国", "男", "1965-03-02", "三组", "", "正式党员", ""],
            "开始日期",
            "never invents a start date",
        ),
        (["王建国", "M", "1965-03-02", "三组", "", "", ""], "性别", "is not 男 or 女"),
        (
            ["王建国", "男", "1965-03-02", "三组", "", "党员", "1990-07-01"],
            "身份",
            "正式党员 (full) or 预备党员",
        ),
        (
            ["王建国", "男", "1965-03-02", "三组", "", "团员", "1990-07-01"],
            "身份",
            "团员 is not one the roster keeps",
        ),
        (["王建国", "男", "1965-13-02", "三组", "", "", ""], "出生日期", "is not a date"),
        (["王建国", "男", "3/2/1965", "三组", "", "", ""], "出生日期", "is not a date"),
        (["王建国", "男", 1965.1, "三组", "", "", ""], "出生日期", "could be January or October"),
        (["王建国", "男", "2031-01-01", "三组", "", "", ""], "出生日期", "in the future"),
        (["王建国", "男", "1965-03-02", "三组", "", "村民代表", "1990-07"], "开始日期", "needs the day"),
        (["王建国", "男", "1965-03-02", "三组", "", "村民代表", "1980-01-01"], "开始日期", "18th birthday"),
        (["王建\u200b国", "男", "1965-03-02", "三组", "", "", ""], "姓名", "invisible"),
        (["", "男", "1965-03-02", "三组", "", "", ""], "姓名", "is required"),
        (["王建国", "男", "1965-03-02", "三组", "1385123", "", ""], "手机", "11-digit"),
    ],
)
def test_each_refusal_kind_names_row_column_and_rule(session, tmp_path, row, column, rule):
    plan = refused(session, tmp_path, [GOOD[1], row])
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (3, column)
    assert rule in problem.message()


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (WANG_ID[:-1] + ("0" if WANG_ID[-1] != "0" else "1"), "check character"),
        (1.10105e17, "stored as a number by Excel"),
        ("32090219650230123X", "not a real date"),
        (WANG_ID[:17], "is missing"),
    ],
)
def test_failing_identity_number_is_a_problem(session, tmp_path, value, rule):
    plan = refused(session, tmp_path, [["王建国", value]], ["姓名", "身份证号"])
    (problem,) = plan.problems
    assert problem.column == "身份证号" and rule in problem.message()


def test_identity_number_that_disagrees_with_the_sex_column(session, tmp_path):
    plan = refused(session, tmp_path, [["王建国", "女", WANG_ID]], ["姓名", "性别", "身份证号"])
    assert plan.problems[0].column == "性别"


def test_formula_without_saved_value(session, tmp_path):
    plan = refused(session, tmp_path, [["王建国", '=TEXT(C3,"yyyy")']], ["姓名", "出生日期"])
    (problem,) = plan.problems
    assert problem.column == "出生日期" and "formula with no saved value" in problem.message()


def test_same_person_twice_in_the_sheet(session, tmp_path):
    plan = refused(session, tmp_path, [GOOD[0], GOOD[0]])
    assert "same person as row 2" in plan.problems[0].message()


def test_no_header_row(session, tmp_path):
    path = sheet(tmp_path, [["王建国", "男"]], ["名字", "性"])
    plan = plan_import(session, path, TODAY)
    assert "no header row" in plan.problems[0].message()


def test_two_columns_for_one_field(session, tmp_path):
    plan = refused(
        session, tmp_path, [["王建国", "13851234567", "13851234568"]], ["姓名", "手机", "联系电话"]
    )
    assert "both give" in plan.problems[0].message()


def test_not_a_workbook(session, tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_text("姓名,性别\n")
    with pytest.raises(ValidationError, match="is not an .xlsx workbook"):
        plan_import(session, path, TODAY)


def test_sheet_changed_after_checking(session, tmp_path):
    path = sheet(tmp_path, GOOD)
    plan = plan_import(session, path, TODAY)
    sheet(tmp_path, GOOD[:1])  # the clerk edits the file before confirming
    with pytest.raises(ValidationError, match="changed after it was checked"):
        apply_import(session, path, TODAY, plan.sheet_sha256)
    assert people(session) == []


def test_every_problem_at_once_and_grouped_in_chinese(session, tmp_path, translator):
    rows = [
        [f"村民{chr(0x4E00 + i)}", "男", "1965-03-02", "三组", "", "团员", "1990-07-01"] for i in range(4500)
    ]
    rows.insert(0, ["王建国", "男", "1965-02-30", "三组", "", "", ""])
    plan = refused(session, tmp_path, rows)
    lines = zh(plan, translator)
    assert len(plan.problems) == 4501
    assert lines[0].startswith("第 2 行 C 列（出生日期），值“1965-02-30”：")
    assert "不是日期" in lines[0]
    assert lines[1].startswith("第 3–4502 行共 4,500 行，F 列（身份）")
    assert "团员" in lines[1]
    assert not any(ch.isascii() and ch.isalpha() for ch in lines[0].replace("C", ""))


def test_cli_style_import_reports_rows(session, tmp_path, translator):
    path = sheet(tmp_path, [GOOD[0], ["李秀英", "女", "2031-01-01", "一组", "", "村民代表", "2021-01-15"]])
    with pytest.raises(ValidationError) as err:
        import_roster_xlsx(session, path, TODAY)
    assert "第 3 行" in err.value.render(lambda s: translator.translate("core", s) or s)
    assert people(session) == []


def test_membership_start_differs_is_listed_not_changed(session, tmp_path):
    import_roster_xlsx(session, sheet(tmp_path, GOOD), TODAY)
    moved = [GOOD[0][:6] + ["1991-07-01"], GOOD[1]]
    plan = plan_import(session, sheet(tmp_path, moved, name="b.xlsx"), TODAY)
    wang = next(p for p in plan.people if p.name == "王建国")
    assert wang.kind == UNCHANGED
    assert [(b, old, new) for b, old, new in wang.start_differs][0] == (
        Body.PARTY_FULL,
        dt.date(1990, 7, 1),
        dt.date(1991, 7, 1),
    )
    assert NEW not in {p.kind for p in plan.people}


def test_sex_filled_from_identity_number(session, tmp_path):
    apply_import(session, sheet(tmp_path, [["王建国", WANG_ID]], ["姓名", "身份证号"]), TODAY)
    (wang,) = people(session)
    assert wang.sex is Sex.MALE and wang.birth_date == dt.date(1965, 3, 2)


def test_serial_number_formula_is_not_a_problem(session, tmp_path):
    # 序号 is often =ROW()-1; it is never imported, so a missing saved value does not matter
    path = sheet(tmp_path, [["=ROW()-1", "王建国", "男"], ["=ROW()-1", None, None]], ["序号", "姓名", "性别"])
    plan = plan_import(session, path, TODAY)
    assert plan.clean and plan.new == 1
