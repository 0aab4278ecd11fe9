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


def test_inspection_photos_are_shown_and_open_large(qtbot, desk, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from villagedesk.core.microservices import inspections as insp
    from villagedesk.core.session import unit_of_work

    photos = []
    for n, colour in enumerate(("#2f6fb3", "#b00020")):
        image = QImage(640, 480, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        photos.append(tmp_path / f"自查{n}.png")
        assert image.save(str(photos[-1]))
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        item = cat.items(s)[0]
        finding = insp.FindingInput(item.id, ServiceState.PARTLY, "血压计电池不足")
        data = insp.InspectionInput(TODAY, "李会计", [finding], "", photos)
        insp.record_inspection(s, data, TODAY, desk.store.data_dir.attachments)
    window, page = page_of(qtbot, desk)
    page.tabs.setCurrentWidget(page.inspections)
    tab = page.inspections
    tab.view.clearSelection()
    assert not tab.open_photo_button.isEnabled() and "照片" in tab.open_photo_button.toolTip()
    tab.view.selectRow(0)  # the newest: today's
    assert "血压计电池不足" in tab.detail.text()
    assert tab.photos.count() == 2 and not tab.photos.item(0).icon().isNull()  # thumbnails
    assert tab.open_photo_button.isEnabled()
    tab.photos.setCurrentRow(1)
    tab.photos.itemActivated.emit(tab.photos.item(1))  # Enter or a double click on a thumbnail
    dialog = tab.photo_dialog
    shown = dialog.picture.pixmap()
    assert dialog.isVisible() and not shown.isNull() and shown.width() > 300  # large, not the thumbnail
    assert QColor(shown.toImage().pixel(5, 5)).name() == "#b00020"  # the second photo
    assert dialog.caption.text() == "第 2 张，共 2 张" and not dialog.next.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.caption.text().startswith("第 1 张")
    assert dialog.frameGeometry().height() <= 768
    dialog.reject()


def test_buttons_say_why_they_cannot_apply(qtbot, desk):
    window, page = page_of(qtbot, desk)
    tab = page.usage
    tab.view.clearSelection()
    assert not tab.correct_button.isEnabled() and tab.correct_button.toolTip() == "请先选中要更正的登记。"
    tab.view.selectRow(0)
    assert tab.correct_button.isEnabled()
    services = page.services
    page.tabs.setCurrentWidget(services)
    services.items_view.clearSelection()
    assert not services.edit_button.isEnabled() and services.edit_button.toolTip() == "请先选中一个服务项目。"
    assert services.add_button.isEnabled()
    services.items_view.selectRow(0)
    assert services.edit_button.isEnabled() and services.add_kit.isEnabled()
    names = [name for name, _opener in page.tour()]
    assert {"new-service", "closure", "inspection", "inspection-photo", "print-statistics"} <= set(names)


def test_statistics_print_by_month_and_by_year(qtbot, desk, monkeypatch):
    from villagedesk.documents.microservices import StatsKind, YearsKind

    window, page = page_of(qtbot, desk)
    page.tabs.setCurrentWidget(page.stats)
    stats_tab = page.stats
    built = []
    monkeypatch.setattr(
        "villagedesk.ui.printing.preview", lambda ctx, item, parent: built.append(item) or None
    )
    stats_tab.year.setValue(TODAY.year)
    stats_tab.print_stats()
    stats_tab.span.setCurrentIndex(stats_tab.span.findData("year"))
    stats_tab.print_stats()
    assert [b.kind for b in built] == [StatsKind.kind, YearsKind.kind]
    assert built[0].title.endswith(f"（{TODAY.year}年）") and "年）" in built[1].title


def _sheet(path, services, holidays=None):
    import openpyxl

    book = openpyxl.Workbook()
    for row in services:
        book.active.append(row)
    if holidays is not None:
        sheet = book.create_sheet("节假日")
        for row in holidays:
            sheet.append(row)
    book.save(path)
    return path


def test_the_township_authors_its_service_catalogue_in_its_window(qtbot, qapp, translator, tmp_path):
    import json

    from PySide6.QtCore import QCoreApplication

    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw
    from villagedesk.exchange.township import open_township
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.township_window import TownshipWindow

    _engine, town = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        tw.init_township(s, "盐东镇", "320902104")
        tw.set_catalogues(s, {"major_matters": ["修路"]})
    QCoreApplication.installTranslator(translator)
    dialogs = RecordingDialogs()
    window = TownshipWindow(town, dialogs)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    tab = window.catalogues
    window.tabs.setCurrentWidget(tab)
    assert "尚未设置服务目录" in tab.status.text()
    assert not tab.save_button.isEnabled() and tab.save_button.toolTip()
    bad = _sheet(
        tmp_path / "错.xlsx",
        [["编码", "名称"], ["V-1", "有诊疗器材"], ["YD02", ""], ["YD03", "有村邮站点"], ["YD03", "有图书室"]],
        [
            ["开始日期", "结束日期", "名称"],
            ["2027-02-30", "", "春节"],
            ["2027-05-05", "2027-05-01", "劳动节"],
        ],
    )
    dialogs.file_answers = [str(bad)]
    tab.load_button.click()
    problems = tab.problems.toPlainText().splitlines()
    assert tab.problems.isVisible() and len(problems) == 5  # every problem at once, each on its line
    assert any("第1行" in p and "V-1" in p for p in problems) and any("2027-02-30" in p for p in problems)
    assert not tab.save_button.isEnabled() and "没有保存" not in tab.status.text()
    good = _sheet(
        tmp_path / "目录.xlsx",
        [["编码", "名称"], *[[f"YD{n:02d}", name] for n, name in enumerate(cat.DEFAULT_SERVICES, 1)]],
        [
            ["开始日期", "结束日期", "名称"],
            [dt.date(2027, 1, 1), None, "元旦"],
            ["2027-02-16", "2027-02-22", "春节"],
        ],
    )
    dialogs.file_answers = [str(good)]
    tab.load_button.click()
    assert not tab.problems.isVisible() and tab.save_button.isEnabled()
    assert tab.services.rowCount() == 10 and tab.services.item(0, 0).text() == "YD01"
    assert [tab.holidays.item(r, 2).text() for r in range(tab.holidays.rowCount())] == ["元旦", "春节"]
    assert tab.holidays.item(0, 1).text() == "2027-01-01"  # one day: the end is the start
    window.grab().save(str(tmp_path / "township-catalogue.png"))
    tab.save_button.click()
    with town() as s:
        stored = json.loads(tw.township(s).catalogues_json)
    assert stored["major_matters"] == ["修路"]  # the other catalogues are kept
    assert stored["services"]["items"][0] == {"code": "YD01", "name": cat.DEFAULT_SERVICES[0]}
    assert stored["services"]["holidays"][1] == {"start": "2027-02-16", "end": "2027-02-22", "note": "春节"}
    assert "10 项服务，2 个节假日" in tab.status.text() and not tab.save_button.isEnabled()
    assert "下一份回执" in dialogs.texts("info")[-1]
