"""General notices through the real widgets: write, refuse, preview, print, post, revise."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from tests.conftest import TODAY
from villagedesk.core import general_notice as gn
from villagedesk.ui.jobs import wait_for_jobs
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def page_of(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("general_notice")


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_write_a_notice_with_a_table(qtbot, desk):
    page = page_of(qtbot, desk)
    before = page.model.rowCount()
    dialog = page.new_notice()
    dialog.title_edit.setText("关于开展冬季消防安全检查的通知")
    dialog.body.setPlainText("各村民小组：\n一、检查时间\n12月10日至12月15日。")
    dialog.headers.setText("村民小组、检查人")
    dialog.table.setItem(0, 0, QTableWidgetItem("一组"))
    dialog.table.setItem(0, 1, QTableWidgetItem("王喆"))
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    assert page.model.rowCount() == before + 1
    with desk.read() as s:
        notice = gn.get_notice(s, dialog.saved_id)
        assert gn.notice_data(notice).table.rows == [["一组", "王喆"]]


def test_bad_input_and_unprintable_character_are_refused(qtbot, desk):
    page = page_of(qtbot, desk)
    before = page.model.rowCount()
    dialog = page.new_notice()
    dialog.title_edit.setText("")
    dialog.body.setPlainText("")
    dialog.days.setValue(7)
    dialog.posting_date.set_value(TODAY - dt.timedelta(days=3))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "标题：不能为空" in dialog.errors.text() and "正文：不能为空" in dialog.errors.text()
    assert "张贴日期" in dialog.errors.text()
    dialog.title_edit.setText("关于𠈌明同志的公示")
    dialog.body.setPlainText("正文")
    dialog.posting_date.set_value(TODAY)
    save(qtbot, dialog)
    assert dialog.isVisible() and "𠈌" in dialog.errors.text() and "U+2020C" in dialog.errors.text()
    assert "标题" in dialog.errors.text()
    page.refresh()
    assert page.model.rowCount() == before


def test_preview_shows_the_exact_pdf(qtbot, desk):
    page = page_of(qtbot, desk)
    page.view.selectRow(0)
    dialog = page.preview()
    qtbot.addWidget(dialog)
    assert dialog.pdf.pages >= 1
    assert dialog.pdf.data == page._printables(page.selected_ids())[0].build()[0]


def test_print_goes_through_qprinter_and_is_logged(qtbot, desk, tmp_path):
    page = page_of(qtbot, desk)
    page.view.selectRow(0)
    out = tmp_path / "printed.pdf"
    desk.dialogs.file_answers = [str(out)]
    assert page.print_selected(False) == 1
    assert wait_for_jobs()  # printing runs off the GUI thread
    assert len(PdfReader(out).pages) == int(desk.dialogs.shown[-1][2])
    with desk.read() as s:
        from villagedesk import documents

        log = documents.print_log(s)
        assert log[0].action == "print" and log[0].actor == "tester" and log[0].pages >= 1


def test_batch_print_one_dialog_all_pages(qtbot, desk, tmp_path):
    page = page_of(qtbot, desk)
    page.view.selectAll()
    ids = page.selected_ids()
    assert len(ids) == 4  # three notices, one of them posted with a draft revision: both are listed
    items = page._printables(ids)
    expected_pages = sum(len(PdfReader(io.BytesIO(i.build()[0])).pages) for i in items)
    out = tmp_path / "batch.pdf"
    desk.dialogs.file_answers = [str(out)]
    assert page.print_selected(False) == 4
    assert wait_for_jobs()
    assert len(PdfReader(out).pages) == expected_pages
    assert [k for k, _, _ in desk.dialogs.shown].count("print") == 1


def test_cancelled_print_changes_nothing(qtbot, desk):
    page = page_of(qtbot, desk)
    page.view.selectRow(0)
    desk.dialogs.file_answers = []
    assert page.print_selected(True) == 0
    with desk.read() as s:
        from villagedesk import documents

        assert documents.print_log(s) == []
        assert gn.get_notice(s, page.model.rows[0].id).posted_on is None


def test_print_for_posting_locks_then_edit_makes_revision(qtbot, desk, tmp_path):
    page = page_of(qtbot, desk)
    draft_row = next(i for i, n in enumerate(page.model.rows) if n.posted_on is None)
    notice_id = page.model.rows[draft_row].id
    page.view.selectRow(draft_row)
    desk.dialogs.confirm_answers = [True]
    desk.dialogs.file_answers = [str(tmp_path / "post.pdf")]
    assert page.print_selected(True) == 1
    with desk.read() as s:
        posted = gn.get_notice(s, notice_id)
        assert posted.posted_on == TODAY and len(posted.content_hash) == 64
    row = next(i for i, n in enumerate(page.model.rows) if n.id == notice_id)
    page.view.selectRow(row)
    dialog = page.edit_notice()
    assert dialog.revising
    dialog.title_edit.setText(dialog.title_edit.text() + "（更正）")
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        assert gn.get_notice(s, notice_id).title.endswith("（更正）") is False
        new = gn.get_notice(s, dialog.saved_id)
        assert new.revision == 2 and new.supersedes_id == notice_id
    # the posted version is what hangs on the board: it stays listed beside its draft revision,
    # and confirms that it was posted
    listed = [n.id for n in page.model.rows]
    assert notice_id in listed and dialog.saved_id in listed
    assert any("已张贴" in text or "张贴" in text for text in desk.dialogs.texts("info"))
    # once the revision is posted in its turn, it replaces the old one in the list
    page.view.selectRow(next(i for i, n in enumerate(page.model.rows) if n.id == dialog.saved_id))
    desk.dialogs.confirm_answers = [True]
    desk.dialogs.file_answers = [str(tmp_path / "post2.pdf")]
    assert page.print_selected(True) == 1
    listed = [n.id for n in page.model.rows]
    assert notice_id not in listed and dialog.saved_id in listed


def test_save_as_pdf_writes_the_file(qtbot, desk, tmp_path):
    page = page_of(qtbot, desk)
    page.view.selectRow(0)
    target = tmp_path / "saved"
    desk.dialogs.file_answers = [str(target)]
    page.save_pdf()
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF")
    dialog = page.show_log()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "另存为PDF"
