"""The desk driven through its real widgets, offscreen."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.centre import find_centre
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Body
from villagedesk.ui.main_window import MainWindow, default_pages
from villagedesk.ui.pages import NotYetPage
from villagedesk.ui.roster.models import PeopleModel


def make_window(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sidebar_lists_registers_in_chinese(qtbot, desk):
    window = make_window(qtbot, desk)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "工作台",
        "四议两公开",
        "村务公开",
        "暖心关怀",
        "十有服务",
        "通用公告",
        "花名册",
        "乡镇数据交换",
        "备份与恢复",
        "设置",
    ]


def test_every_register_has_its_own_page(qtbot, desk):
    """All four registers of the mission and 通用公告 are built: no page says "not in this version"."""
    window = make_window(qtbot, desk)
    for spec in default_pages():
        page = window.show_page(spec.key)
        assert not isinstance(page, NotYetPage), spec.key
    assert {s.key for s in default_pages()} >= {"deliberation", "disclosure", "care", "microservices"}


def test_keyboard_shortcut_switches_page(qtbot, desk):
    window = make_window(qtbot, desk)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["roster"]


def test_tab_order_reaches_every_field_of_person_dialog(qtbot, desk):
    from villagedesk.ui.roster.dialogs import PersonDialog

    dialog = PersonDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    seen = []
    for _ in range(12):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for widget in (dialog.name, dialog.sex, dialog.group, dialog.phone, dialog.notes):
        assert widget in seen
    assert (
        seen.index(dialog.name) < seen.index(dialog.sex) < seen.index(dialog.group) < seen.index(dialog.phone)
    )


def test_home_shows_roster_counts_and_due(qtbot, desk):
    window = make_window(qtbot, desk)
    home = window.show_page("home")
    assert "新桥村" in home.heading.text()
    assert "正式党员" in home.summary.text()


def test_geometry_and_last_page_restored(qtbot, desk):
    window = make_window(qtbot, desk)
    window.show_page("home")
    window.resize(640, 480)
    qtbot.wait(50)
    window.close()
    again = make_window(qtbot, desk)
    qtbot.wait(50)
    assert (again.width(), again.height()) == (640, 480)
    again.show_page("roster")
    again.close()
    third = make_window(qtbot, desk)
    assert third.stack.currentWidget() is third.pages["roster"]


def test_large_text_mode_scales_interface(qtbot, desk):
    window = make_window(qtbot, desk)
    settings = window.show_page("settings")
    before = QApplication.font().pointSizeF()
    settings.large_text.setChecked(True)
    assert QApplication.font().pointSizeF() > before * 1.2
    settings.large_text.setChecked(False)
    assert abs(QApplication.font().pointSizeF() - before) < 0.11


def test_settings_validates_and_saves_profile(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("settings")
    page.form.code.setText("32090210420")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "统计用区划代码" in page.form.errors.text()
    with desk.read() as s:
        assert find_centre(s).division_code == "320902104203"
    page.form.code.setText("320902104205")
    page.form.posting_day.setValue(15)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_label.text() == "已保存。"
    with desk.read() as s:
        assert find_centre(s).posting_day == 15


def test_add_person_through_dialog(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("roster")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.current_dialog
    dialog.name.setText("王喆")  # QTest cannot type CJK; an IME commits whole text like this
    dialog.birth.known.setChecked(True)
    dialog.birth.set_value(TODAY + dt.timedelta(days=3))
    dialog.phone.setText("1385")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "出生日期" in dialog.errors.text() and "手机号码" in dialog.errors.text()
    with desk.read() as s:
        assert roster.search_people(s, "王喆") == []
    dialog.birth.set_value(dt.date(1980, 2, 29))
    dialog.phone.setText("13851234567")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [r.name for r in page.people_model.rows if r.name == "王喆"] == ["王喆"]
    assert page.selected_person_id() == dialog.created_id


def test_membership_add_and_end_through_dialogs(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("roster")
    page.search.setText("")
    with desk.write("roster") as s:
        pid = roster.add_person(s, roster.PersonData(name="赵新", birth_date=dt.date(1980, 1, 1))).id
    page.refresh()
    row = next(i for i, r in enumerate(page.people_model.rows) if r.id == pid)
    page.people.selectRow(row)
    dialog = page.add_membership()
    dialog.body.setCurrentIndex(dialog.body.findData(Body.REPRESENTATIVE))
    dialog.start.set_value(dt.date(2021, 1, 15))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors.text()
    assert page.memberships_model.rowCount() == 1
    page.memberships.selectRow(0)
    end = page.end_membership()
    end.end.set_value(dt.date(2020, 1, 1))
    end.reason.setText("迁出")
    qtbot.mouseClick(end.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert end.isVisible() and "终止日期" in end.errors.text()
    end.end.set_value(dt.date(2024, 3, 1))
    qtbot.mouseClick(end.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not end.isVisible()
    with desk.read() as s:
        assert not roster.is_member_on(s, pid, Body.REPRESENTATIVE, TODAY)
        assert roster.is_member_on(s, pid, Body.REPRESENTATIVE, dt.date(2024, 2, 1))


def test_search_filters_list(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("roster")
    everyone = page.people_model.rowCount()
    page.body.setCurrentIndex(page.body.findData(Body.SUPERVISION))
    assert page.people_model.rowCount() == 3
    page.body.setCurrentIndex(0)
    name = page.people_model.rows[0].name
    page.search.setText(name)
    assert 1 <= page.people_model.rowCount() < everyone


def test_list_masks_mobile_numbers(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("roster")
    model = page.people_model
    shown = [model.data(model.index(r, PeopleModel.PHONE)) for r in range(model.rowCount())]
    assert any("****" in s for s in shown)
    assert not any(len(s) == 11 and s.isdigit() for s in shown)


def test_people_model_passes_qtmodeltester(qtmodeltester, desk):
    model = PeopleModel()
    with desk.read() as s:
        model.set_rows(roster.search_people(s, day=TODAY))
    qtmodeltester.check(model)


def test_remove_person_asks_and_tombstones(qtbot, desk):
    window = make_window(qtbot, desk)
    page = window.show_page("roster")
    page.people.selectRow(0)
    name = page.people_model.rows[0].name
    desk.dialogs.confirm_answers = [False]
    page.remove_person()
    assert page.people_model.rows[0].name == name
    desk.dialogs.confirm_answers = [True]
    page.people.selectRow(0)
    page.remove_person()
    assert name not in [r.name for r in page.people_model.rows]


def test_first_run_wizard_validates_then_creates_centre_and_admin(qtbot, qapp, translator, data_dir):
    from villagedesk.core import users
    from villagedesk.ui.app import build_desk
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.wizard import FirstRunWizard

    ctx = build_desk(data_dir, RecordingDialogs(), user="system")
    try:
        wizard = FirstRunWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        form = wizard.centre_page.form
        form.village.setText("新桥村")
        form.code.setText("32090210420A")
        form.township.setText("盐东镇")
        form.objection_phone.setText("0515-88881234")
        wizard.next()
        assert wizard.currentPage() is wizard.centre_page
        assert "统计用区划代码" in form.errors.text()
        form.code.setText("320902104203")
        assert "320902104" in form.code_info.text()
        wizard.next()
        assert wizard.currentPage() is wizard.admin_page
        admin = wizard.admin_page
        admin.name.setText("王书记")
        admin.pin.setText("123456")
        admin.repeat.setText("123456")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert "太容易" in admin.errors.text()
        admin.pin.setText("25804")
        admin.repeat.setText("25804")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert "6" in admin.errors.text() and "PIN" in admin.errors.text()
        with ctx.read() as s:
            assert find_centre(s) is None  # centre and administrator are created together or not at all
        admin.pin.setText("258046")
        admin.repeat.setText("258046")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        with ctx.read() as s:
            centre = find_centre(s)
            admin_user = users.administrator(s)
        assert centre.party_org_name == "中共新桥村支部委员会" and centre.township_code == "320902104"
        assert (
            admin_user.name == "王书记"
            and admin_user.pin_hash.startswith("scrypt$")
            and "258046" not in admin_user.pin_hash
        )
        assert ctx.user == "王书记"
    finally:
        ctx.store.close()


def test_validation_error_reported_in_chinese(desk):
    from villagedesk.core.roster import F_NAME, R_REQUIRED
    from villagedesk.ui.errors import report_exception

    report_exception(None, ValidationError.single(F_NAME, R_REQUIRED))
    assert desk.dialogs.shown[-1] == ("warning", "请检查输入内容", "姓名：不能为空")


def test_unexpected_error_dialog_has_details(desk):
    from villagedesk.ui.errors import report_exception

    report_exception(None, RuntimeError("disk on fire"), "Traceback ... disk on fire")
    kind, title, text = desk.dialogs.shown[-1]
    assert kind == "error" and "已保存的记录不受影响" in text


def test_run_job_returns_result_on_gui_thread(qtbot, desk):
    from villagedesk.ui.jobs import run_job

    results, steps = [], []

    def work(progress):
        for i in range(3):
            progress(i + 1, 3)
            steps.append(i)
        with desk.read() as s:
            return roster.count_on(s, Body.PARTY_FULL, TODAY)

    run_job(None, "counting", work, on_done=results.append, show_progress=True)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert results[0] > 50 and steps == [0, 1, 2]


def test_run_job_failure_goes_to_error_report(qtbot, desk):
    from villagedesk.ui.jobs import run_job

    def work(progress):
        raise ValidationError.single("Name", "is required")

    run_job(None, "failing", work, show_progress=False)
    qtbot.waitUntil(lambda: any(k == "warning" for k, _, _ in desk.dialogs.shown), timeout=5000)
