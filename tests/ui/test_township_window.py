"""The township window: signing in, the conflicts with keep / take, the kept notice PDFs opened from
the overview, re-enrolling a village, all on a 1024x768 screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from villagedesk.core.session import unit_of_work
from villagedesk.db.models import ImportConflict, TownshipRecord, UserRole
from villagedesk.exchange import township as tw
from villagedesk.exchange.export import export_package
from villagedesk.exchange.keys import VILLAGE_KEY_FILE, install_township_key, read_village_key
from villagedesk.exchange.township import open_township
from villagedesk.ui.dialogs import RecordingDialogs
from villagedesk.ui.township_window import TownshipSignIn, TownshipWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")
CODE = "320902104203"
ADMIN, ADMIN_PIN = "周镇长", "246813"
VIEWER, VIEWER_PIN = "孙科员", "864209"
SHOTS = Path("/tmp/i5")


@pytest.fixture
def town(desk, tmp_path):  # type: ignore[no-untyped-def]
    engine, sessions = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(sessions) as s:
        key = tw.public_key(tw.init_township(s, "盐东镇", "320902104", ADMIN, ADMIN_PIN))
    with unit_of_work(sessions, actor=ADMIN) as s:
        tw.add_township_user(s, VIEWER, UserRole.VIEWER, VIEWER_PIN)
    key_file = tmp_path / "township.pub"
    key_file.write_text(key.to_json(), encoding="utf-8")
    install_township_key(desk.store.data_dir.keys, key_file, CODE)
    usb = tmp_path / "usb"
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        first = export_package(s, desk.store.data_dir, usb).path
    with unit_of_work(sessions) as s:
        tw.enrol(s, usb / f"village-{CODE}.pub")
        tw.apply(s, tw.verify(s, first.read_bytes()))
        person = s.scalars(select(TownshipRecord).where(TownshipRecord.record_type == "person")).first()
        data = json.loads(person.data_json)
        data["group_name"] = "镇里改过的组"  # the township's copy now differs at the same change
        person.data_json = json.dumps(data, ensure_ascii=False)
        person.content_hash = "0" * 64
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        second = export_package(s, desk.store.data_dir, tmp_path / "usb2", full=True).path
    with unit_of_work(sessions) as s:
        assert tw.apply(s, tw.verify(s, second.read_bytes())).totals().conflicts == 1
    yield sessions
    engine.dispose()


def test_sign_in_counts_wrong_pins_and_sets_the_acting_user(qtbot, town):
    dialog = TownshipSignIn(town)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData(VIEWER))
    dialog.pin.setText("135792")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "4" in dialog.message.text()
    dialog.pin.setText(VIEWER_PIN)
    dialog.accept()
    assert dialog.signed_in == VIEWER
    dialogs = RecordingDialogs()
    dialogs.text_answers = ["看一看"]
    window = TownshipWindow(town, dialogs, user=VIEWER)
    qtbot.addWidget(window)
    # a viewer sees everything but may not import, re-enrol or decide
    assert not window.import_button.isEnabled() and not window.take_button.isEnabled()
    window.conflicts.selectRow(0)
    window.resolve(take=True)  # the core refuses even when the button is bypassed
    assert VIEWER in dialogs.texts("warning")[-1]
    with town() as s:
        assert not s.scalars(select(ImportConflict.resolved)).one()


def test_conflicts_are_decided_in_the_window_and_pdfs_open_from_the_overview(qtbot, town, tmp_path):
    dialogs = RecordingDialogs()
    window = TownshipWindow(town, dialogs, user=ADMIN)
    qtbot.addWidget(window)
    window.show()
    assert window.conflicts.rowCount() == 1 and "group_name" in window.conflicts.item(0, 4).text()
    window.tabs.setCurrentIndex(0)
    window.table.selectRow(0)
    assert window.pdfs.rowCount() >= 1 and window.open_pdf_button.isEnabled()
    _no_overlap(window)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "township-overview.png"))
    opened: list[Path] = []
    window.open_file = opened.append
    window.pdfs.selectRow(0)
    window.open_pdf()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)  # read off the GUI thread
    assert opened[0].read_bytes().startswith(b"%PDF")
    window.tabs.setCurrentIndex(1)
    _no_overlap(window)
    window.grab().save(str(SHOTS / "township-conflicts.png"))
    window.conflicts.selectRow(0)
    dialogs.text_answers = ["已电话核实，以村里为准"]
    window.take_button.click()
    with town() as s:
        conflict = s.scalars(select(ImportConflict)).one()
    assert (conflict.decision, conflict.decided_by, conflict.decision_reason) == (
        "take",
        ADMIN,
        "已电话核实，以村里为准",
    )
    assert window.conflicts.rowCount() == 0


def test_re_enrol_from_the_window(qtbot, town, desk, tmp_path):
    (desk.store.data_dir.keys / VILLAGE_KEY_FILE).unlink()  # the key is lost: the desk makes a new one
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        package = export_package(s, desk.store.data_dir, tmp_path / "usb3").path
    new_key = package.parent / f"village-{CODE}.pub"
    dialogs = RecordingDialogs()
    window = TownshipWindow(town, dialogs, user=ADMIN)
    qtbot.addWidget(window)
    dialogs.file_answers = [str(new_key)]
    dialogs.text_answers = ["0000", "电脑损坏"]
    window.reenrol()
    assert "0000" in dialogs.texts("warning")[-1]
    dialogs.file_answers = [str(new_key)]
    dialogs.text_answers = [read_village_key(new_key).fingerprint, "电脑损坏，备份无密钥"]
    window.reenrol()
    assert read_village_key(new_key).fingerprint in dialogs.texts("info")[-1]
    with town() as s:
        (change,) = tw.key_changes(s, CODE)
        assert change.changed_by == ADMIN
    outcome = tw.import_file(town, package)
    assert outcome.imported and outcome.report is not None and outcome.report.sequence == 3


def _no_overlap(window: TownshipWindow) -> None:
    """At 1024x768 every visible pane lies inside the window and no two siblings overlap."""
    assert window.width() <= 1024 and window.height() <= 768
    window.centralWidget().layout().activate()
    tab = window.tabs.currentWidget()
    panes = [child for child in tab.children() if isinstance(child, QWidget) and child.isVisible()]
    rects = [(w, w.geometry()) for w in panes]
    for i, (a, ra) in enumerate(rects):
        assert tab.rect().contains(ra), a
        for b, rb in rects[i + 1 :]:
            assert not ra.intersects(rb), (a, b)
