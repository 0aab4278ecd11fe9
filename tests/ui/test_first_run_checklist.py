"""The home page's first-run checklist: what a new centre still has to set up, step by step."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY, add_tester, sample_centre
from villagedesk.core import roster, users, workbench
from villagedesk.core.centre import create_centre
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import Body, Sex, UserRole
from villagedesk.ui.main_window import MainWindow


@pytest.fixture
def empty_desk(qapp, translator, tmp_path):  # type: ignore[no-untyped-def]
    """A centre just set up by the first-run wizard: no roster, no reviewers, no key, no phone."""
    from PySide6.QtCore import QCoreApplication

    from villagedesk.paths import DataDir
    from villagedesk.ui.app import build_desk
    from villagedesk.ui.dialogs import RecordingDialogs

    QCoreApplication.installTranslator(translator)
    ctx = build_desk(DataDir.resolve(tmp_path / "data"), RecordingDialogs(), user="tester")
    with unit_of_work(ctx.store.sessions, actor="system") as s:
        centre = create_centre(s, sample_centre())
        centre.objection_phone = ""  # a centre set up before the phone was asked for
        add_tester(s)
    ctx.today_override = TODAY
    yield ctx
    ctx.store.close()


def home(qtbot, ctx):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_page("home")


def test_a_new_centre_is_told_each_step_and_each_goes_when_done(qtbot, empty_desk, tmp_path):
    window, page = home(qtbot, empty_desk)
    assert page.checklist_box.isVisible()
    shown = page.steps_shown()
    assert len(shown) == 4
    for words in ("花名册", "监督委员会", "乡镇", "意见反映电话"):
        assert any(words in line for line in shown), words
    assert all(line.isascii() is False for line in shown)

    # the roster is entered: that step goes, the others stay
    with empty_desk.write("roster") as s:
        person = roster.add_person(
            s, roster.PersonData(name="史宝", sex=Sex.MALE, birth_date=TODAY.replace(year=1970))
        )
        roster.add_membership(s, person.id, Body.SUPERVISION, TODAY.replace(year=2024), today=TODAY)
    assert len(page.steps_shown()) == 3 and not any("花名册" in line for line in page.steps_shown())

    # a supervision committee user, the objection phone and the township key: the box goes
    with empty_desk.write("users") as s:
        users.create_user(s, "史宝", UserRole.SUPERVISOR, "135790", "135790", person_id=person.id)
    settings = window.show_page("settings")
    settings.form.objection_phone.setText("0515-88881234")
    settings.save()
    page = window.show_page("home")
    assert [line for line in page.steps_shown() if "乡镇" in line] == page.steps_shown()
    _install_township_key(empty_desk, tmp_path)
    page.refresh()
    assert page.steps_shown() == [] and not page.checklist_box.isVisible()


def test_a_step_opens_the_page_where_it_is_done(qtbot, empty_desk):
    window, page = home(qtbot, empty_desk)
    label = next(lbl for lbl in page.step_labels if "乡镇" in lbl.text())
    label.linkActivated.emit("exchange")
    assert window.stack.currentWidget() is window.pages["exchange"]


def test_the_demo_village_only_lacks_the_township_key(qtbot, desk):
    _window, page = home(qtbot, desk)
    with desk.read() as s:
        steps = {step.key: step.done for step in workbench.first_run_steps(s, desk.store.data_dir.keys)}
    assert steps == {"roster": True, "supervisors": True, "township_key": False, "objection_phone": True}
    assert len(page.steps_shown()) == 1 and "乡镇" in page.steps_shown()[0]


def test_an_unreadable_key_file_is_no_key(session, tmp_path):
    (tmp_path / "township.pub").write_text("not a key", encoding="utf-8")
    steps = {step.key: step.done for step in workbench.first_run_steps(session, tmp_path)}
    assert steps["township_key"] is False


def _install_township_key(ctx, tmp_path):  # type: ignore[no-untyped-def]
    from villagedesk.exchange import township as tw
    from villagedesk.exchange.keys import install_township_key
    from villagedesk.exchange.township import open_township

    _engine, town = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        key_file = tmp_path / "township.pub"
        key_file.write_text(
            tw.public_key(tw.init_township(s, "盐东镇", "320902104")).to_json(), encoding="utf-8"
        )
    install_township_key(ctx.store.data_dir.keys, key_file, "320902104203")
