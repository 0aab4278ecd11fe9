"""Signing in, users, review, history and backup/restore through the real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TESTER_PIN, TODAY
from villagedesk.core import review, roster, users
from villagedesk.db.models import Body, UserRole
from villagedesk.ui.jobs import wait_for_jobs
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def window(qtbot, desk):
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_sign_in_wrong_pin_then_right(qtbot, desk):
    from villagedesk.ui.trust import SignInDialog

    desk.user = "nobody"
    dialog = SignInDialog(desk, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.currentData() == "tester"
    dialog.pin.setText("9999")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "PIN 不正确" in dialog.message.text() and "4" in dialog.message.text()
    dialog.pin.setText(TESTER_PIN)
    ok(qtbot, dialog)
    assert not dialog.isVisible() and desk.user == "tester"


def test_sign_in_locks_after_five_tries(qtbot, desk):
    from villagedesk.ui.trust import SignInDialog

    dialog = SignInDialog(desk, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.pin.setText("9999")
        ok(qtbot, dialog)
    assert "锁定" in dialog.message.text()
    dialog.pin.setText(TESTER_PIN)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "锁定" in dialog.message.text()


def demo_pin(demo_templates, name):
    return {n: p for n, _, p in demo_templates.summaries[(7, 1)].users}[name]


def on_the_day_it_was_saved(desk, page):
    """The desk's today is the day the selected notice was saved (the demo was built by this run,
    so the test does not depend on the date it runs)."""
    from villagedesk.core import general_notice as gn

    with desk.read() as s:
        notice = gn.get_notice(s, page.selected_ids()[0])
        desk.today_override = review.version_saved_on(s, notice.uuid, notice.version)
    return desk.today_override


def test_review_dialog_signs_and_notice_prints_review_line(qtbot, desk, tmp_path, demo_templates):
    from pypdf import PdfReader

    w = window(qtbot, desk)
    page = w.show_page("general_notice")
    page.view.selectRow(0)
    saved = on_the_day_it_was_saved(desk, page)
    with desk.read() as s:
        supervisor = next(u for u in users.users(s) if u.role is UserRole.SUPERVISOR)
    dialog = page.review()
    dialog.signer.setCurrentIndex(dialog.signer.findData(supervisor.name))
    dialog.pin.setText("999999")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "PIN" in dialog.message.text()
    dialog.pin.setText(demo_pin(demo_templates, supervisor.name))
    dialog.day.set_value(saved - dt.timedelta(days=30))
    ok(qtbot, dialog)
    assert (
        dialog.isVisible() and "保存" in dialog.message.text() and saved.isoformat() in dialog.message.text()
    )
    dialog.pin.setText(demo_pin(demo_templates, supervisor.name))
    dialog.day.set_value(saved)
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()
    assert "审核" in page.model.data(page.model.index(0, page.model.STATUS))
    out = tmp_path / "p.pdf"
    desk.dialogs.file_answers = [str(out)]
    page.view.selectRow(0)
    assert page.print_selected(False) == 1
    assert wait_for_jobs()
    assert len(PdfReader(str(out)).pages) >= 1
    item = page._printables(page.selected_ids())[0]
    from tests.unit.pdfcheck import read_pdf, squash

    assert "审核人：" + supervisor.name in squash(read_pdf(item.build()[0]).text)


def test_history_dialog_lists_changes(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("roster")
    page.people.selectRow(0)
    pid = page.selected_person_id()
    with desk.write("roster", reason="搬到五组") as s:
        p = roster.get_person(s, pid)
        roster.update_person(
            s,
            pid,
            roster.PersonData(
                name=p.name, sex=p.sex, birth_date=p.birth_date, group_name="五组", phone=p.phone
            ),
        )
    page.refresh()
    row = next(i for i, r in enumerate(page.people_model.rows) if r.id == pid)
    page.people.selectRow(row)
    dialog = page.show_history()
    qtbot.addWidget(dialog)
    texts = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert texts[0][2] == "人员：新建" and texts[-1][2] == "人员：修改"
    assert any(t[2].startswith("任职：") for t in texts)  # the memberships are part of the history
    assert "五组" in texts[-1][3] and texts[-1][4] == "搬到五组" and texts[-1][1] == "tester"


def test_admin_adds_a_supervisor_user(qtbot, desk):
    w = window(qtbot, desk)
    settings = w.show_page("settings")
    box = settings.users_box
    dialog = box.add_user()
    with desk.read() as s:
        sup = roster.members_on(s, Body.SUPERVISION, TODAY)[-1]
    dialog.name.setText("新监委")
    dialog.role.setCurrentIndex(dialog.role.findData(UserRole.SUPERVISOR))
    dialog.pin.setText("14702")
    dialog.repeat.setText("14702")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "6" in dialog.message.text()
    dialog.pin.setText("147025")
    dialog.repeat.setText("147025")
    ok(qtbot, dialog)
    assert (
        dialog.isVisible() and "花名册" in dialog.message.text()
    )  # a supervisor must be linked to the roster
    dialog.person.setCurrentIndex(dialog.person.findData(sup.id))
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()
    names = [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
    assert "新监委" in names


def test_clerk_sees_user_management_disabled(qtbot, desk):
    desk.user = "村文书"
    w = window(qtbot, desk)
    settings = w.show_page("settings")
    assert not settings.users_box.add_button.isEnabled()
    backup_page = w.show_page("backup")
    assert not backup_page.restore_button.isEnabled() and backup_page.now_button.isEnabled()


def test_backup_now_and_restore_selected(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("backup")
    done = []
    page.backup_now()
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10000)
    done.append(page.table.rowCount())
    with desk.write("roster") as s:
        roster.add_person(s, roster.PersonData(name="备份后新增"))
    page.table.selectRow(0)
    desk.dialogs.confirm_answers = [True]
    assert page.restore(desk.store.data_dir.backups / page.table.item(0, 1).text())
    qtbot.waitUntil(lambda: "已恢复" in page.status.text(), timeout=20000)
    with desk.read() as s:
        assert roster.search_people(s, "备份后新增") == []
    assert any("恢复" in t for t in desk.dialogs.texts("confirm"))
    page.refresh()
    assert page.table.rowCount() >= 2  # the pre-restore copy is there too


def test_restore_refuses_damaged_file_and_changes_nothing(qtbot, desk, tmp_path):
    w = window(qtbot, desk)
    page = w.show_page("backup")
    bad = tmp_path / "bad.vdbak"
    bad.write_bytes(b"VDBAK1\n\x00\x00")
    desk.dialogs.secret_answers = ["村口老槐树下的石碾"]
    with desk.read() as s:
        before = len(roster.search_people(s, day=TODAY))
    page.restore(bad)
    qtbot.waitUntil(lambda: bool(desk.dialogs.texts("warning")), timeout=10000)
    assert "未作任何更改" in desk.dialogs.texts("warning")[-1]
    assert not desk.dialogs.texts("confirm")  # refused before the question
    with desk.read() as s:
        assert len(roster.search_people(s, day=TODAY)) == before


def test_backup_to_usb_asks_passphrase_twice(qtbot, desk, tmp_path):
    w = window(qtbot, desk)
    page = w.show_page("backup")
    desk.dialogs.file_answers = [str(tmp_path)]
    desk.dialogs.secret_answers = ["村口老槐树下的石碾", "村口老槐树上的喜鹊"]
    page.backup_to_usb()
    assert "不一致" in desk.dialogs.texts("warning")[-1]
    desk.dialogs.file_answers = [str(tmp_path)]
    desk.dialogs.secret_answers = ["村口老槐树下的石碾", "村口老槐树下的石碾"]
    page.backup_to_usb()
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.vdbak")), timeout=10000)
    assert not next(tmp_path.glob("*.vdbak")).read_bytes().startswith(b"SQLite")


def test_periodic_backup_runs_when_data_changed(qtbot, desk):
    w = window(qtbot, desk)
    first = w.periodic_backup()
    assert first is not None and first.exists()
    assert w.periodic_backup() is None  # nothing changed since
    _ = dt


def sign_in(qtbot, desk, name):
    from villagedesk.ui.trust import SignInDialog

    dialog = SignInDialog(desk, name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_after_a_pin_reset_sign_in_asks_for_a_new_pin(qtbot, desk):
    w = window(qtbot, desk)
    box = w.show_page("settings").users_box
    box.refresh()
    row = next(r for r in range(box.table.rowCount()) if box.table.item(r, 0).text() == "村文书")
    box.table.selectRow(row)
    desk.dialogs.secret_answers = ["147258", "147258"]
    box.reset_pin()
    assert "下次登录" in desk.dialogs.texts("info")[-1]
    desk.user = "nobody"
    dialog = sign_in(qtbot, desk, "村文书")
    dialog.pin.setText("147258")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.changing_pin and desk.user == "nobody"
    assert "新 PIN" in dialog.message.text() or "PIN" in dialog.message.text()
    dialog.new_pin.setText("147258")
    dialog.repeat.setText("147258")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "不同" in dialog.message.text()
    dialog.new_pin.setText("121212")
    dialog.repeat.setText("121212")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "太容易" in dialog.message.text()
    dialog.new_pin.setText("369147")
    dialog.repeat.setText("369147")
    ok(qtbot, dialog)
    assert not dialog.isVisible() and desk.user == "村文书"
    again = sign_in(qtbot, desk, "村文书")
    again.pin.setText("369147")
    ok(qtbot, again)
    assert not again.isVisible() and not again.changing_pin


def test_an_old_short_pin_is_changed_at_sign_in(qtbot, desk):
    with desk.write("users") as s:
        users.find_user(s, "村文书").pin_hash = users.hash_pin("1357")  # from before the policy
    dialog = sign_in(qtbot, desk, "村文书")
    dialog.pin.setText("1357")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.changing_pin and "6" in dialog.message.text()
    dialog.new_pin.setText("135724")
    dialog.repeat.setText("135724")
    ok(qtbot, dialog)
    assert not dialog.isVisible() and desk.user == "村文书"


def test_a_supervisor_whose_pin_was_reset_cannot_sign_at_the_desk(qtbot, desk):
    w = window(qtbot, desk)
    page = w.show_page("general_notice")
    page.view.selectRow(0)
    saved = on_the_day_it_was_saved(desk, page)
    with desk.write("users") as s:
        supervisor = next(u for u in users.users(s) if u.role is UserRole.SUPERVISOR)
        users.set_pin(s, supervisor.name, "147258")  # the administrator knows this one
    dialog = page.review()
    dialog.signer.setCurrentIndex(dialog.signer.findData(supervisor.name))
    dialog.pin.setText("147258")
    dialog.day.set_value(saved)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "重置" in dialog.message.text()
    from villagedesk.core import general_notice as gn

    with desk.read() as s:
        notice = gn.get_notice(s, page.selected_ids()[0])
        assert all(r.signer_name != supervisor.name for r in review.reviews_for(s, notice.uuid))


def test_a_locked_user_can_do_nothing_at_the_desk(qtbot, desk):
    from villagedesk.core.errors import ValidationError

    desk.user = "村文书"
    with desk.write("roster") as s:
        roster.add_person(s, roster.PersonData(name="锁定前新增"))
    dialog = sign_in(qtbot, desk, "村文书")
    for _ in range(users.MAX_TRIES):
        dialog.pin.setText("999999")
        ok(qtbot, dialog)
    assert "锁定" in dialog.message.text()
    with pytest.raises(ValidationError), desk.write("roster") as s:
        roster.add_person(s, roster.PersonData(name="锁定后新增"))
    with desk.read() as s:
        assert roster.search_people(s, "锁定后新增") == []
