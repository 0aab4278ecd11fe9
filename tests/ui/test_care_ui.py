"""暖心关怀 through the real widgets: add a target, record a visit, see it on the home page; the
fund buttons say why they are disabled; dialogs fit the screen."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from villagedesk.core.care import targets as t
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def page_of(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_page("care")


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def home_texts(window):
    home = window.show_page("home")
    home.refresh()
    return [home.due.item(i).text() for i in range(home.due.count())]


def test_add_a_target_record_a_visit_and_see_it_on_the_home_page(qtbot, desk, tmp_path):
    window, page = page_of(qtbot, desk)
    before = page.model.rowCount()
    dialog = page.add_target()
    dialog.name.setText("龚秀英")
    dialog.id_number.setText("320902194003050026")
    dialog.group.setText("五组")
    dialog.phone.setText("13951235678")
    dialog.categories["独居老人"].setChecked(True)
    save(qtbot, dialog)
    assert dialog.isVisible() and "身份证号" in dialog.errors.text()  # a wrong check character
    assert "320902194003050026" not in dialog.errors.text()
    dialog.id_number.setText("320902194003050025")
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    page.refresh()
    assert page.model.rowCount() == before + 1
    page.select_target(dialog.saved_id)
    row = page.model.rows[page.view.selectionModel().selectedRows()[0].row()]
    assert (row.name, row.id_masked, row.phone_masked) == ("龚秀英", "320902********0025", "139****5678")
    assert any("龚秀英" in text and "本月" in text for text in home_texts(window))

    page = window.show_page("care")
    page.select_target(dialog.saved_id)
    visit = page.record_visit()
    visit.visitors.setText("村党组织书记")
    visit.findings.setPlainText("身体尚可，电话 13951235678")
    visit.follow_up.set_value(TODAY + dt.timedelta(days=3))
    save(qtbot, visit)
    assert not visit.isVisible(), visit.errors.text()
    texts = home_texts(window)
    assert not any("龚秀英" in text and "本月" in text for text in texts)
    assert any("龚秀英" in text and "回访" in text for text in texts)
    page.grab().save(str(tmp_path / "care_page.png"))


def test_fund_buttons_are_disabled_with_a_reason(qtbot, desk):
    window, page = page_of(qtbot, desk)
    page.tabs.setCurrentIndex(1)
    page.refresh()
    assert not page.pay_button.isEnabled() and page.pay_button.toolTip()
    paid = next(i for i, e in enumerate(page.entries) if e.state.name == "PAID")
    page.ledger.selectRow(paid)
    assert page.reverse_button.isEnabled() and not page.branch_button.isEnabled()
    assert page.township_button.toolTip() == "支部审批后才能乡镇审批。"
    assert page.pay_button.toolTip() == "公示期满后才能登记发放。"
    assert "市县关爱基金：余额" in page.balances.text()


def test_care_dialogs_fit_the_screen(qtbot, desk):
    from tests.ui.test_fits_the_screen import _save_button_visible

    window, page = page_of(qtbot, desk)
    _save_button_visible(page.add_target())
    page.view.selectRow(0)
    _save_button_visible(page.edit_target())
    _save_button_visible(page.record_visit())
    _save_button_visible(page.exit_target())
    _save_button_visible(page.record_income())
    _save_button_visible(page.apply_payment())
    with desk.read() as session:
        assert t.target_rows(session, TODAY)


def test_a_payment_goes_through_the_approvals_and_waits_for_its_review(qtbot, desk):
    from villagedesk.db.models import CareFundEntry, DisbursementState

    window, page = page_of(qtbot, desk)
    adult = next(i for i, r in enumerate(page.model.rows) if not r.minor)  # a minor is never named
    page.view.selectRow(adult)
    name = page.model.rows[adult].name
    dialog = page.apply_payment()
    dialog.amount.setText("300")
    dialog.item.setText("2027年春节慰问金")
    dialog.handler.setText("村会计")
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    page.tabs.setCurrentIndex(1)
    row = next(i for i, e in enumerate(page.entries) if e.state is DisbursementState.APPLIED)
    entry_id = page.entries[row].id
    page.select_entry(entry_id)
    assert page.branch_button.isEnabled() and not page.pay_button.isEnabled()
    for step in ("branch", "township"):
        dialog = page.step(step)
        dialog.who.setText("村党组织书记" if step == "branch" else "镇民政办")
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.errors.text()
        page.select_entry(entry_id)
    assert page.review_button.isEnabled() and page.post_button.isEnabled()
    assert page.post() == 0  # not reviewed yet: nothing printed, nothing posted
    assert any("监督委员会尚未审核" in text for _, _, text in desk.dialogs.shown)
    with desk.read() as s:
        entry = s.get(CareFundEntry, entry_id)
        assert entry.state is DisbursementState.TOWNSHIP_APPROVED and entry.posted_on is None
    assert name in [page.ledger.item(r, 4).text() for r in range(page.ledger.rowCount())]


def test_a_fund_statement_for_a_quarter_or_two_dates_shows_its_figures_and_previews(qtbot, desk, tmp_path):
    from villagedesk.core.care import fund as f
    from villagedesk.core.care import periods

    window, page = page_of(qtbot, desk)
    page.tabs.setCurrentIndex(1)
    dialog = page.statement()
    assert dialog.isVisible() and dialog.height() <= 768
    dialog.kind.setCurrentIndex(dialog.QUARTER)
    dialog.year.setValue(2026)
    dialog.number.setCurrentIndex(0)
    fund_id = dialog.fund.currentData()
    with desk.read() as session:
        s = f.fund_statement(session, fund_id, *periods.quarter(2026, 1))
    text = dialog.figures.text()
    assert text.startswith("2026年第一季度") and f.format_fen(s.closing) in text
    assert f.format_fen(s.opening) in text and f.format_fen(s.expenditure) in text
    dialog.grab().save(str(tmp_path / "care_statement_dialog.png"))
    preview = dialog.preview()
    assert preview is not None and "2026年第一季度" in preview.windowTitle() + preview.item.title
    preview.reject()
    dialog.kind.setCurrentIndex(dialog.OTHER)
    assert dialog.start.isEnabled() and not dialog.number.isEnabled()
    dialog.start.set_value(dt.date(2026, 3, 20))
    dialog.end.set_value(dt.date(2026, 1, 15))
    assert not dialog.preview_button.isEnabled() and "2026-01-15" in dialog.figures.text()
    dialog.end.set_value(dt.date(2026, 4, 30))
    assert dialog.preview_button.isEnabled() and dialog.figures.text().startswith(
        "2026年3月20日至2026年4月30日"
    )


def test_target_buttons_wait_for_a_selection_and_the_tour_lists_the_dialogs(qtbot, desk):
    window, page = page_of(qtbot, desk)
    page.view.clearSelection()
    page.update_gates()
    for button in (page.edit_button, page.visit_button, page.exit_button, page.history_button):
        assert not button.isEnabled() and button.toolTip() == "请先在名单中选择一名关怀对象。"
    assert page.add_button.isEnabled()
    page.view.selectRow(0)
    assert page.edit_button.isEnabled() and page.reveal_button.isEnabled()
    names = [name for name, _ in page.tour()]
    assert {"care-statement", "care-apply", "care-record-visit", "care-visit-list"} <= set(names)
