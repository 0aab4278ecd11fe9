"""Long work runs through the job helper: while a restore, a preview of a long document or a batch
print is being prepared, the work runs on a pool thread and the GUI thread's event loop keeps
turning (a timer keeps ticking), so the window never freezes.

Each test slows the real work down (as a slow disk or a long document would) by wrapping it, then
counts the ticks of a 20 ms QTimer that fire while the work runs."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from villagedesk import documents
from villagedesk.core import roster
from villagedesk.ui import printing
from villagedesk.ui.jobs import exclusive_running
from villagedesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("bundled_fonts")
SLOW_S = 0.6


class Ticker:
    """A 20 ms timer on the GUI thread; ``during`` holds the ticks counted while the work ran."""

    def __init__(self) -> None:
        self.ticks = 0
        self.during: list[int] = []
        self.threads: list[threading.Thread] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1

    def slow(self, work):  # type: ignore[no-untyped-def]
        """``work`` as it is, only slower; records its thread and the ticks while it ran."""

        def slowed(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.threads.append(threading.current_thread())
            before = self.ticks
            time.sleep(SLOW_S)
            result = work(*args, **kwargs)
            self.during.append(self.ticks - before)
            return result

        return slowed

    def assert_kept_turning(self, runs: int = 1) -> None:
        self.timer.stop()
        assert len(self.during) == runs
        assert all(t is not threading.main_thread() for t in self.threads)
        # 0.6 s at 20 ms is 30 ticks; a busy machine still gives well over a few.
        assert all(ticks >= 5 for ticks in self.during), self.during


def window(qtbot, desk):  # type: ignore[no-untyped-def]
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def test_restore_runs_off_the_gui_thread_and_the_window_keeps_off_the_database(qtbot, desk, monkeypatch):
    import villagedesk.core.restore as restore_module

    w = window(qtbot, desk)
    page = w.show_page("backup")
    page.backup_now()
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10000)
    copy = desk.store.data_dir.backups / page.table.item(0, 1).text()
    with desk.write("roster") as s:
        roster.add_person(s, roster.PersonData(name="备份后新增"))
    ticker = Ticker()
    seen_while_running = []

    real = ticker.slow(restore_module.restore_backup)

    def restore_backup(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen_while_running.append(exclusive_running())
        return real(*args, **kwargs)

    monkeypatch.setattr(restore_module, "restore_backup", restore_backup)
    desk.dialogs.confirm_answers = [True]
    assert page.restore(copy)
    qtbot.waitUntil(lambda: bool(seen_while_running), timeout=10000)
    # While the file is being replaced: no periodic backup touches the database, the window stays open.
    assert exclusive_running()
    # The progress dialog is up at once (Qt 6 shows one only after a value is set).
    assert any(d.isVisible() for d in page.findChildren(QProgressDialog))
    assert w.periodic_backup() is None
    assert not w.close() and w.isVisible()
    qtbot.waitUntil(lambda: "已恢复" in page.status.text(), timeout=20000)
    ticker.assert_kept_turning()
    assert not exclusive_running()
    # The desk reads the restored database afterwards: the person added after the backup is gone.
    with desk.read() as s:
        assert roster.search_people(s, "备份后新增") == []
    home = w.show_page("home")
    assert home.isVisible()
    assert w.periodic_backup() is not None  # the window reads the database again: a periodic copy is made


def _printables(desk, count):  # type: ignore[no-untyped-def]
    with desk.read() as s:
        items = [p for p in documents.printables(s) if p.kind == "general_notice"][:count]
    assert len(items) == count
    return items


def test_preview_of_a_long_document_is_built_off_the_gui_thread(qtbot, desk):
    ticker = Ticker()
    (item,) = _printables(desk, 1)
    item = dataclasses.replace(item, build=ticker.slow(item.build))
    dialog = printing.preview(desk, item, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    ticker.assert_kept_turning()
    assert dialog.pdf.pages >= 1


def test_batch_print_builds_every_document_off_the_gui_thread(qtbot, desk, tmp_path):
    ticker = Ticker()
    items = [dataclasses.replace(i, build=ticker.slow(i.build)) for i in _printables(desk, 2)]
    desk.dialogs.file_answers = [str(tmp_path / "batch.pdf")]
    assert printing.print_items(desk, items, None) == 2
    ticker.assert_kept_turning(runs=2)
    qtbot.waitUntil(lambda: (tmp_path / "batch.pdf").exists(), timeout=20000)
    with desk.read() as s:
        assert [e.action for e in documents.print_log(s)[:2]] == ["print", "print"]


def test_a_document_that_cannot_be_built_is_refused_in_chinese_after_the_job(qtbot, desk):
    from villagedesk.core.errors import ValidationError

    (item,) = _printables(desk, 1)

    def refuse() -> tuple[bytes, str]:
        raise ValidationError.single("Name", "is required")

    assert printing.preview(desk, dataclasses.replace(item, build=refuse), None) is None
    (text,) = desk.dialogs.texts("warning")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_township_pdf_report_is_written_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from villagedesk.core.session import unit_of_work
    from villagedesk.exchange import township as tw
    from villagedesk.ui import township_window
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.jobs import wait_for_jobs

    engine, town = tw.open_township(f"sqlite:///{tmp_path / 'town.sqlite3'}")
    with unit_of_work(town) as s:
        tw.init_township(s, "盐东镇", "320902104")
    ticker = Ticker()
    monkeypatch.setattr(township_window.tw, "report_pdf", ticker.slow(tw.report_pdf))
    dialogs = RecordingDialogs()
    window = township_window.TownshipWindow(town, dialogs)
    qtbot.addWidget(window)
    out = tmp_path / "overview.pdf"
    dialogs.file_answers = [str(out)]
    window.export_pdf()
    qtbot.waitUntil(lambda: out.exists() and wait_for_jobs(), timeout=30000)
    ticker.assert_kept_turning()
    assert out.read_bytes().startswith(b"%PDF")
    engine.dispose()
