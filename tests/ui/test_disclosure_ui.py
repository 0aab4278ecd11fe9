"""村务公开 through the real widgets: write a finance disclosure with its ledger, refusals shown in
Chinese with nothing saved, review with the reviewer's PIN, print for posting, locked, corrected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from villagedesk.core import review as review_core
from villagedesk.core import users
from villagedesk.core.disclosure import status as st
from villagedesk.db.models import Disclosure, DisclosureStatus, PeriodKind, UserRole
from villagedesk.ui.jobs import wait_for_jobs
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")
SHOTS = Path("/tmp/i1")


def page_of(qtbot, desk):  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_page("disclosure")


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def count(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.read() as session:
        return session.query(Disclosure).count()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def test_full_finance_disclosure_lifecycle(qtbot, desk, demo_templates, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, page = page_of(qtbot, desk)
    assert page.model.rows, "the demo's disclosures are listed"
    _shot(window, "disclosure_page.png")
    with desk.read() as session:
        november = next(d for d in st.search(session, text="2026年11月村级财务") if d.ledger)
        opening = november.closing_fen
    before = count(desk)

    dialog = page.new_disclosure()
    assert dialog.item.currentData() == "财务收支明细" and dialog.opening.isEnabled()
    dialog.period_start.set_value(dt.date(2026, 12, 1))
    assert dialog.period_end.value() == dt.date(2026, 12, 31)  # a month is a whole calendar month
    dialog.title_edit.setText("2026年12月村级财务收支情况公开")
    dialog.opening.set_value(opening)
    row = dialog.ledger.add_line()
    dialog.ledger.item(row, dialog.ledger.ITEM).setText("鱼塘承包费")
    dialog.ledger.cellWidget(row, dialog.ledger.AMOUNT).setText("12.345")  # three decimals
    dialog.ledger.item(row, dialog.ledger.HANDLER).setText("王建国")
    dialog.closing.setText("1")
    _shot(dialog, "disclosure_editor.png")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "第1行" in dialog.errors.text() and "小数" in dialog.errors.text()
    assert count(desk) == before  # nothing saved
    dialog.ledger.cellWidget(row, dialog.ledger.AMOUNT).setText("1200")
    ok(qtbot, dialog)  # the closing balance does not add up
    assert dialog.isVisible() and "期末余额" in dialog.errors.text(), dialog.errors.text()
    assert count(desk) == before
    dialog.compute_closing()
    assert dialog.closing.value() == opening + 120_000
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    saved = dialog.saved_id
    page.refresh()
    page.select(saved)
    # the buttons say what a draft cannot do yet (Page.gate), with the reason as the tooltip
    assert page.edit_button.isEnabled() and page.submit_button.isEnabled()
    assert not page.post_button.isEnabled() and "审核" in page.post_button.toolTip()
    assert not page.review_button.isEnabled() and not page.correct_button.isEnabled()

    # posting before the review is refused, nothing printed
    desk.dialogs.confirm_answers = [True]
    desk.dialogs.file_answers = [str(tmp_path / "never.pdf")]
    assert page.post() == 0 and not (tmp_path / "never.pdf").exists()
    assert "审核" in desk.dialogs.texts("warning")[-1]

    desk.dialogs.text_answers = ["盐东镇经管站 孙会计"]
    assert page.township_check()  # the township 经管站's check of a finance disclosure: who and when
    assert page.submit()
    with desk.read() as session:
        sup = next(u for u in users.users(session) if u.role is UserRole.SUPERVISOR)
        d = session.get(Disclosure, saved)
        assert d.status is DisclosureStatus.PENDING
        desk.today_override = review_core.version_saved_on(session, d.uuid, d.version)
    pin = {n: p for n, _, p in demo_templates.summaries[(7, 1)].users}[sup.name]
    page.refresh()
    page.select(saved)
    assert page.review_button.isEnabled() and not page.submit_button.isEnabled()
    review = page.review()
    assert review.item.id == f"disclosure-{saved}" and review.item.title == d.title  # the real printable
    _shot(review, "disclosure_review.png")
    review.signer.setCurrentIndex(review.signer.findData(sup.name))
    review.pin.setText("000000")
    ok(qtbot, review)
    assert review.isVisible() and review.message.text()
    review.pin.setText(pin)
    ok(qtbot, review)
    assert not review.isVisible(), review.message.text()

    desk.dialogs.confirm_answers = [True]
    desk.dialogs.file_answers = [str(tmp_path / "posted.pdf")]
    assert page.post() == 1 and wait_for_jobs() and (tmp_path / "posted.pdf").exists()
    with desk.read() as session:
        d = session.get(Disclosure, saved)
        assert d.status is DisclosureStatus.POSTED and d.retention == "30年"
        assert d.township_checked_by == "盐东镇经管站 孙会计"
    page.refresh()
    page.select(saved)
    assert not page.edit_button.isEnabled() and "更正" in page.edit_button.toolTip()
    assert page.correct_button.isEnabled() and not page.post_button.isEnabled()

    # a posted disclosure cannot be edited: the editor refuses and names the way out
    page.select(saved)
    edit = page.edit()
    edit.title_edit.setText("改一下")
    ok(qtbot, edit)
    assert edit.isVisible() and "更正" in edit.errors.text()
    edit.reject()

    page.select(saved)
    fix = page.correct()
    assert fix.title_edit.text().endswith("的更正公告")
    ok(qtbot, fix)
    assert fix.isVisible() and "更正原因" in fix.errors.text()  # the reason is required
    fix.reason.setText("鱼塘承包费应为1,250.00元")
    fix.ledger.cellWidget(0, fix.ledger.AMOUNT).setText("1250")
    fix.compute_closing()
    ok(qtbot, fix)
    assert not fix.isVisible(), fix.errors.text()
    with desk.read() as session:
        correction = session.get(Disclosure, fix.saved_id)
        assert correction.corrects_id == saved and correction.status is DisclosureStatus.DRAFT

    feedback = page.feedback()
    feedback.who.setText("陈大爷")
    feedback.text.setText("鱼塘承包费为何少了？")
    assert feedback.record()
    _shot(feedback, "disclosure_feedback.png")
    feedback.table.selectRow(0)
    feedback.answer.setText("已发更正公告。")
    assert feedback.answer_selected()
    feedback.reject()


def test_archive_filters_by_year_category_and_text(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    _window, page = page_of(qtbot, desk)
    everything = len(page.model.rows)
    page.category.setCurrentIndex(page.category.findData("党务"))
    assert page.model.rows and all(d.category == "党务" for d in page.model.rows)
    page.category.setCurrentIndex(0)
    page.search.setText("宅基地")
    assert page.model.rows and all("宅基地" in d.title for d in page.model.rows)
    page.search.clear()
    page.year.setCurrentIndex(page.year.findData(2026))
    assert all((d.period_end if isinstance(d, Disclosure) else d.day).year == 2026 for d in page.model.rows)
    assert len(page.model.rows) <= everything
    # 四议两公开's disclosures (contributed through the manifest) are in the archive, read-only
    page.year.setCurrentIndex(0)
    page.search.setText("决议公开")
    contributed = [row for row in page.model.rows if not isinstance(row, Disclosure)]
    assert contributed and all("决议公开" in row.title for row in contributed)
    page.view.selectRow(0)
    assert page.edit() is None and "四议两公开" in desk.dialogs.texts("info")[-1]


def test_finance_period_is_a_choice_monthly_or_quarterly(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from villagedesk.core import settings as centre_settings
    from villagedesk.core.disclosure import config as c

    window = MainWindow(desk)
    qtbot.addWidget(window)
    box = window.show_page("settings").rules_box
    combo = box.widgets[c.FINANCE_QUARTERLY.key]
    assert [combo.itemText(i) for i in range(combo.count())] == ["按月", "按季"]
    assert combo.currentText() == "按月"
    combo.setCurrentIndex(1)
    assert box.save(), box.message.text()
    with desk.read() as session:
        assert centre_settings.get(session, c.FINANCE_QUARTERLY) is True
    box.refresh()
    assert box.widgets[c.FINANCE_QUARTERLY.key].currentText() == "按季"
    # the editor offers the finance item by quarter now
    _window, page = page_of(qtbot, desk)
    dialog = page.new_disclosure()
    assert dialog.item.currentData() == "财务收支明细"
    assert dialog.kind.currentData() == PeriodKind.QUARTER, dialog.kind.currentData()
    dialog.reject()
