"""Printing from the desk to a CUPS queue: the PDF goes to the queue off the GUI thread."""

import io
import time

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.ui.test_general_notice_ui import page_of
from tests.unit.test_spool import QUEUE, cups_queue  # noqa: F401 (a fixture)
from villagedesk import documents
from villagedesk.ui.jobs import wait_for_jobs


def new_output(folder, before, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in set(folder.glob("*.pdf")) - before:
            data = path.read_bytes()
            if data.rstrip().endswith(b"%%EOF"):
                return data
        time.sleep(0.2)
    raise AssertionError(f"nothing printed into {folder}")


def test_print_sends_the_pdf_to_the_cups_queue_without_freezing(qtbot, desk, cups_queue):  # noqa: F811
    page = page_of(qtbot, desk)
    page.view.selectRow(0)
    item = page._printables(page.selected_ids())[0]
    pdf, _digest = item.build()
    before = set(cups_queue.glob("*.pdf"))
    chosen = []

    def choose_printer(parent, window_title, pages):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(QUEUE)
        chosen.append(printer)
        return printer

    desk.dialogs.choose_printer = choose_printer
    started = time.monotonic()
    assert page.print_selected(False) == 1
    returned = time.monotonic() - started
    assert chosen and returned < 2.0
    assert wait_for_jobs()
    qtbot.wait(50)  # let the job's result reach the GUI thread
    assert not desk.dialogs.texts("warning")
    printed = new_output(cups_queue, before)
    assert len(PdfReader(io.BytesIO(printed)).pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    with desk.read() as s:
        log = documents.print_log(s)
        assert log[0].action == "print" and log[0].target == QUEUE
