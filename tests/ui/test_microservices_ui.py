"""十有 through the real widgets: the lazy usage model (qtmodeltester) and a day's work at the desk."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from tests.conftest import TODAY
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import equipment as eq
from villagedesk.core.microservices import usage
from villagedesk.db.models import Inspection, ServiceState, UsageEntry
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.microservices.models import UsageModel

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def page_of(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    return window, window.show_page("microservices")


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def lines(desk) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(UsageEntry))


def test_usage_model_is_lazy_and_passes_qtmodeltester(qtmodeltester, desk, monkeypatch):
    monkeypatch.setattr(UsageModel, "PAGE_SIZE", 50)
    model = UsageModel()
    model.load(desk.read, usage.UsageQuery())
    # only the first page is in memory, and loading it did not count the log
    assert model.rowCount() == 50 and not model.exact and model.total == 51
    with desk.read() as s:
        everything = usage.count_usage(s, usage.UsageQuery())
    assert everything > 500 and model.finish_count() == everything and model.exact
    qtmodeltester.check(model)
    fetched = model.rowCount()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == fetched + 50
    with desk.read() as s:
        newest = usage.usage_page(s, usage.UsageQuery(), 0, 1)[0]
        deep = usage.usage_page(s, usage.UsageQuery(), 400, 1)[0]
    assert model.data(model.index(0, UsageModel.DATE)) == newest.day.isoformat()
    assert model.position_of(deep.id) == 400 and model.rowCount() == 401
    with desk.read() as s:
        item = cat.items(s)[0]
    model.load(desk.read, usage.UsageQuery(item_id=item.id))
    qtmodeltester.check(model)
    assert {model.data(model.index(r, UsageModel.SERVICE)) for r in range(model.rowCount())} == {item.name}
    # the resident's name is masked in the list
    masked = [model.data(model.index(r, UsageModel.RESIDENT)) for r in range(model.rowCount())]
    named = [t for t in masked if t]
    assert named and all("*" in t or len(t) == 1 for t in named)


def test_a_days_work_at_the_desk(qtbot, desk, tmp_path):
    window, page = page_of(qtbot, desk)
    tab = page.usage
    before = lines(desk)
    # Ctrl+N: a ready entry with today's date and the last service used, the cursor in the count
    tab.day.set_value(TODAY - dt.timedelta(days=40))
    tab.service.setCurrentIndex(tab.service.count() - 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.outcome.setFocus()
    qtbot.keyClick(tab.outcome, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with desk.read() as s:
        last = usage.last_service(s)
    assert tab.day.value() == TODAY and tab.service.currentData() == last
    for count in ("3", "1", "2"):
        qtbot.keyClicks(tab.people, count)
        qtbot.keyClick(tab.people, Qt.Key.Key_Return)
        assert tab.people.text() == "" and "已保存" in tab.message.text()
    assert lines(desk) == before + 3
    assert [tab.model.data(tab.model.index(r, UsageModel.PEOPLE)) for r in range(3)] == ["2", "1", "3"]
    # an absurd count: a Chinese message, nothing saved, the count selected to retype
    qtbot.keyClicks(tab.people, "3000")
    qtbot.keyClick(tab.people, Qt.Key.Key_Return)
    assert "500" in tab.message.text() and "服务人数" in tab.message.text()
    assert lines(desk) == before + 3
    tab.people.clear()
    # a mistaken entry is corrected with a reason
    tab.view.selectRow(0)
    desk.dialogs.text_answers.append("人数登记错误，实为1人")
    tab.correct()
    assert lines(desk) == before + 4
    assert tab.model.data(tab.model.index(0, UsageModel.NOTE)) == "更正：人数登记错误，实为1人"
    assert tab.model.data(tab.model.index(1, UsageModel.NOTE)) == "已更正"
    # a stock movement: two test strips used
    page.tabs.setCurrentWidget(page.services)
    services = page.services
    services.items_view.selectRow(0)
    services.kits_view.selectRow(0)
    kit_id = services.kits_view.model().data(services.kits_view.model().index(0, 0), Qt.ItemDataRole.UserRole)
    with desk.read() as s:
        quantity = eq.get_equipment(s, kit_id).quantity
    services._move_kit()
    dialog = services.last_dialog
    dialog.count.setValue(quantity + 1)  # more than in stock: refused
    save(qtbot, dialog)
    assert dialog.isVisible() and "小于0" in dialog.errors.text()
    dialog.count.setValue(1)
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    with desk.read() as s:
        assert eq.get_equipment(s, kit_id).quantity == quantity - 1
    # an inspection: the 调解室 is found not available and shows on the home page
    page.tabs.setCurrentWidget(page.inspections)
    before_inspections = page.inspections.model.rowCount()
    page.inspections._new()
    dialog = page.inspections.dialog
    dialog.inspector.setText("王建国")
    item_id, state, finding = dialog.rows[7]
    state.setCurrentIndex(state.findData(ServiceState.UNAVAILABLE))
    finding.setText("门锁损坏")
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.text()
    assert page.inspections.model.rowCount() == before_inspections + 1
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == before_inspections + 1
        assert cat.get_item(s, item_id).state is ServiceState.UNAVAILABLE
    window.show_page("home")
    home = window.pages["home"]
    texts = [home.due.item(i).text() for i in range(home.due.count())]
    assert any("有调解室" in t and "暂不可用" in t for t in texts)
    # statistics on screen
    stats_page = window.show_page("microservices")
    stats_page.tabs.setCurrentWidget(stats_page.stats)
    assert sum(stats_page.stats.chart.values) > 0
