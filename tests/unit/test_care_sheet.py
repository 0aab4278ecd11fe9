"""暖心关怀 .xlsx import (the single import policy) and export, and the privacy guarantee: no printed
PDF, exported sheet, history view or log line holds a full ID or mobile number unless the
permission and an audited action allow it."""

import datetime as dt
import logging
import re

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.unit.pdfcheck import read_pdf
from villagedesk import documents
from villagedesk.core import audit, users
from villagedesk.core.care import sheet
from villagedesk.core.care import targets as t
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import AuditEntry, CareTarget, UserRole

ID1 = "11010519491231002X"
ID2 = "320902195003150012"
HEAD = ["序号", "姓名", "身份证号", "村民小组", "联系电话", "关怀类别", "困难情况", "结对帮扶人", "纳入日期"]


def book(tmp_path, rows, head=HEAD, name="care.xlsx", merge=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    path = tmp_path / name
    wb.save(path)
    return path


GOOD = [
    [1, "王桂兰", ID1, "三组", "13851235678", "特困、独居老人", "独居，住房老旧", "李明", "2024-03-01"],
    [2, "张德福", ID2, "一组", "", "低保，空巢老人", "", "赵华", dt.datetime(2023, 5, 2)],
]


def count(session):
    return session.scalar(select(func.count()).select_from(CareTarget))


def test_a_clean_sheet_imports_and_the_same_sheet_twice_updates_never_duplicates(session, tmp_path):
    path = book(tmp_path, GOOD)
    result = sheet.import_sheet(session, path, TODAY)
    assert (result.new, result.updated, result.unchanged) == (2, 0, 0)
    again = sheet.import_sheet(session, path, TODAY)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2) and count(session) == 2
    changed = [list(GOOD[0]), list(GOOD[1])]
    changed[1][5] = "低保边缘、空巢老人"
    result = sheet.import_sheet(session, book(tmp_path, changed, name="b.xlsx"), TODAY)
    assert (result.new, result.updated, result.unchanged) == (0, 1, 1) and count(session) == 2
    zhang = session.scalars(select(CareTarget).where(CareTarget.name == "张德福")).one()
    assert sorted(t.categories_on(session, TODAY)[zhang.id]) == ["低保边缘", "空巢老人"]
    assert zhang.added_on == dt.date(2023, 5, 2)


def test_every_problem_of_a_broken_sheet_is_shown_at_once_and_nothing_is_imported(session, tmp_path):
    rows = [
        GOOD[0],
        [2, "", ID2, "一组", "", "低保", "", "", ""],  # no name
        [3, "刘芳", "110105194912310021", "二组", "", "低保", "", "", ""],  # wrong check character
        [4, "陈明", "", "二组", "1385123", "五保户", "", "", "去年"],  # bad phone, category, date
        [5, "王桂兰", ID1, "三组", "", "特困", "", "", ""],  # the same number as row 2
    ]
    with pytest.raises(ValidationError) as caught:
        sheet.import_sheet(session, book(tmp_path, rows), TODAY)
    message = caught.value.render()
    for where in (
        "row 3, column B (姓名)",
        "column C (身份证号), value “110105********0021”",
        "column E (联系电话)",
    ):
        assert where in message
    for where in ("column F (关怀类别)", "column I (纳入日期)", "row 6, column C"):
        assert where in message
    assert "110105194912310021" not in message and ID1 not in message
    assert "110105********0021" in message
    assert count(session) == 0


def test_merged_cells_and_wrong_column_names_are_refused(session, tmp_path):
    with pytest.raises(ValidationError) as caught:
        sheet.import_sheet(session, book(tmp_path, GOOD, merge="D2:D3"), TODAY)
    assert "D2:D3" in caught.value.render() and count(session) == 0
    head = ["姓名", "身份证", "类别"]
    with pytest.raises(ValidationError) as caught:
        sheet.import_sheet(
            session, book(tmp_path, [["王桂兰", ID1, "特困"]], head=head, name="h.xlsx"), TODAY
        )
    assert "身份证" in caught.value.render() and "is not a column" in caught.value.render()
    with pytest.raises(ValidationError) as caught:
        sheet.import_sheet(
            session, book(tmp_path, [["王桂兰", "三组"]], head=["姓名", "村民小组"], name="n.xlsx"), TODAY
        )
    assert "关怀类别" in caught.value.render()
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationError):
        sheet.import_sheet(session, tmp_path / "x.xlsx", TODAY)
    assert count(session) == 0


def test_export_is_masked_unless_permitted_and_a_full_export_is_audited(session, tmp_path):
    sheet.import_sheet(session, book(tmp_path, GOOD), TODAY)
    users.create_user(session, "文书", UserRole.CLERK, "592718")
    session.info["actor"] = "文书"
    out = tmp_path / "out.xlsx"
    sheet.export_sheet(session, out, TODAY)
    cells = [str(c.value) for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert "110105********002X" in cells and "138****5678" in cells and ID1 not in cells
    assert "独居，住房老旧" not in cells
    with pytest.raises(ValidationError):
        sheet.export_sheet(session, out, TODAY, full=True)
    session.info["actor"] = "tester"
    sheet.export_sheet(session, out, TODAY, full=True)
    cells = [str(c.value) for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert ID1 in cells and "13851235678" in cells
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export_full")).one()
    assert entry.actor == "tester" and ID1 not in entry.changes + entry.reason


def test_a_cell_starting_with_a_formula_character_is_written_as_text(session, tmp_path):
    t.add_target(
        session, t.TargetData(name="王桂兰", categories=["特困"], added_on=TODAY, helper="=1+1"), TODAY
    )
    out = tmp_path / "f.xlsx"
    sheet.export_sheet(session, out, TODAY)
    cell = openpyxl.load_workbook(out).active["J2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


FULL = re.compile(r"(?<![0-9A-Za-z-])([1-9]\d{5}(19|20)\d{9}[\dX]|1[3-9]\d{9})(?![0-9A-Za-z])")


def test_no_print_export_history_or_log_holds_a_full_number(session, tmp_path, caplog, demo_templates):
    """The demo village: every care document, the masked export, every target's history view and
    the log records written meanwhile."""
    from villagedesk.db.store import open_store
    from villagedesk.paths import DataDir

    store = open_store(demo_templates.copy_to(DataDir.resolve(tmp_path / "demo"), seed=7, years=1))
    demo = store.sessions()
    demo.info["actor"] = "tester"
    caplog.set_level(logging.DEBUG)
    try:
        assert demo.scalar(select(func.count()).where(CareTarget.id_number != "")) > 20
        centre = get_centre(demo)
        public = [centre.supervision_phone, centre.objection_phone, centre.township_phone]  # the board's own
        for kind in documents.kinds():
            if not kind.kind.startswith("care"):
                continue
            for item in kind.list(demo):
                pdf, _ = item.build()
                text = read_pdf(pdf).text.replace(" ", "")
                for phone in public:
                    text = text.replace(phone, "")
                assert not FULL.search(text), (item.id, FULL.search(text))
        out = tmp_path / "masked.xlsx"
        sheet.export_sheet(demo, out, TODAY)
        cells = " ".join(str(c.value) for row in openpyxl.load_workbook(out).active.iter_rows() for c in row)
        assert not FULL.search(cells)
        for target in demo.scalars(select(CareTarget)):
            shown = repr([audit.readable_changes(x.changes) for x in audit.history(demo, target.uuid)])
            assert not FULL.search(shown.replace(" ", "")), target.name
        rows = t.target_rows(demo, TODAY, include_exited=True)
        assert not FULL.search(repr(rows))
        assert not FULL.search(caplog.text)
    finally:
        demo.close()
        store.close()
