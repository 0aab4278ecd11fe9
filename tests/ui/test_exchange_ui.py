"""导出到U盘 and the township window through the real widgets."""

from pathlib import Path

import pytest

from tests.conftest import TESTER_PIN
from villagedesk.core.session import unit_of_work
from villagedesk.exchange import township as tw
from villagedesk.exchange.township import open_township
from villagedesk.ui.jobs import wait_for_jobs
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")


def test_export_page_installs_key_exports_and_takes_the_ack(qtbot, desk, tmp_path, monkeypatch):
    engine, town = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        key_file = tmp_path / "township.pub"
        key_file.write_text(
            tw.public_key(tw.init_township(s, "盐东镇", "320902104")).to_json(), encoding="utf-8"
        )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    page = window.show_page("exchange")
    assert not page.export_button.isEnabled() and "尚未" in page.key_label.text()
    desk.dialogs.file_answers = [str(key_file)]
    desk.dialogs.secret_answers = [TESTER_PIN]  # the administrator's PIN
    page.install_key()
    assert page.export_button.isEnabled() and "指纹" in desk.dialogs.texts("info")[-1]
    usb = tmp_path / "usb"
    desk.dialogs.file_answers = [str(usb)]
    page.export(False)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20000)
    package = Path(page.last_result.path)
    assert package.exists() and page.table.rowCount() == 1
    with unit_of_work(town) as s:
        tw.enrol(s, usb / "village-320902104203.pub")
        report = tw.apply(s, tw.verify(s, package.read_bytes()))
        ack = tw.write_ack(s, report, usb)
    desk.dialogs.file_answers = [str(ack)]
    import threading

    from villagedesk.ui import exchange_page

    threads: list[threading.Thread] = []
    real_import_ack = exchange_page.import_ack

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_import_ack(*args, **kwargs)

    monkeypatch.setattr(exchange_page, "import_ack", recorded)
    page.import_ack()
    qtbot.waitUntil(
        lambda: "确认" in page.status.text() or bool(desk.dialogs.texts("warning")), timeout=20000
    )
    assert not desk.dialogs.texts("warning")
    assert threads and threads[0] is not threading.main_thread(), "read and applied off the GUI thread"
    assert page.table.item(0, 3).text() != "尚未确认"
    engine.dispose()


def test_export_fails_cleanly_without_space(qtbot, desk, tmp_path, monkeypatch):
    engine, town = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        key_file = tmp_path / "township.pub"
        key_file.write_text(
            tw.public_key(tw.init_township(s, "盐东镇", "320902104")).to_json(), encoding="utf-8"
        )
    engine.dispose()
    window = MainWindow(desk)
    qtbot.addWidget(window)
    page = window.show_page("exchange")
    desk.dialogs.file_answers = [str(key_file)]
    desk.dialogs.secret_answers = [TESTER_PIN]  # the administrator's PIN
    page.install_key()
    import villagedesk.exchange.export as export_module

    def full(target, data):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_write_flushed", full)
    desk.dialogs.file_answers = [str(tmp_path / "usb")]
    page.export(False)
    qtbot.waitUntil(lambda: bool(desk.dialogs.texts("warning")), timeout=20000)
    assert "No space left" in desk.dialogs.texts("warning")[-1] and page.table.rowCount() == 0


def test_township_window_imports_a_stick_and_shows_the_overview(qtbot, desk, tmp_path):
    from villagedesk.exchange.export import export_package
    from villagedesk.exchange.keys import install_township_key
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.township_window import TownshipWindow

    engine, town = open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        key_file = tmp_path / "township.pub"
        key_file.write_text(
            tw.public_key(tw.init_township(s, "盐东镇", "320902104")).to_json(), encoding="utf-8"
        )
    install_township_key(desk.store.data_dir.keys, key_file, "320902104203")
    usb = tmp_path / "usb"
    with unit_of_work(desk.store.sessions, actor="tester") as s:
        path = export_package(s, desk.store.data_dir, usb).path
    with unit_of_work(town) as s:
        tw.enrol(s, usb / "village-320902104203.pub")
    (usb / "junk.vdx").write_bytes(b"not a package")
    (usb / "half.vdx").write_bytes(path.read_bytes()[:2000])  # a stick pulled mid-copy
    dialogs = RecordingDialogs()
    window = TownshipWindow(town, dialogs)
    qtbot.addWidget(window)
    dialogs.file_answers = [str(usb)]
    dialogs.confirm_answers = [False]
    window.import_packages()
    qtbot.waitUntil(lambda: bool(dialogs.texts("confirm")), timeout=30000)  # checked off the GUI thread
    assert "新增" in dialogs.texts("confirm")[-1] and window.table.item(0, 2).data(0) == 0  # dry run only
    dialogs.file_answers = [str(usb)]
    dialogs.confirm_answers = [True]
    window.import_packages()
    qtbot.waitUntil(lambda: path.name in window.log.toPlainText(), timeout=30000)
    log = window.log.toPlainText()
    assert path.name in log and "junk.vdx" in log and "half.vdx" in log  # three files: prepared apart
    assert window.table.rowCount() == 1 and window.table.item(0, 1).text() == "320902104203"
    assert window.table.item(0, 2).data(0) == 1
    out = tmp_path / "o.xlsx"
    dialogs.file_answers = [str(out)]
    window.export_xlsx()  # written off the GUI thread
    qtbot.waitUntil(lambda: out.exists() and wait_for_jobs(), timeout=30000)
    qtbot.wait(50)
    assert not dialogs.texts("error")
    from openpyxl import load_workbook

    assert load_workbook(out).active.max_row >= 2  # a header and the village
    engine.dispose()
