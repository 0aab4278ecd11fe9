"""Preview, print and save any printable document; the printed pages are the PDF's pages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from villagedesk import documents
from villagedesk.core.errors import ValidationError
from villagedesk.documents import Printable
from villagedesk.files import write_atomically
from villagedesk.i18n import tr_core
from villagedesk.notices import spool
from villagedesk.ui.context import DeskContext
from villagedesk.ui.jobs import run_job, run_job_and_wait
from villagedesk.ui.screen import fit_to_screen

log = logging.getLogger(__name__)


class PdfBytes:
    """A PDF held in memory and opened with QtPdf (the same bytes everywhere)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._array = QByteArray(data)
        self._buffer = QBuffer()
        self._buffer.setData(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def print_pdfs(pdfs: list[PdfBytes], printer: QPrinter) -> list[int]:
    """Render every page at the printer's resolution onto its own sheet, all in one print job.

    The path where the system has no ``lp`` (Windows) or the user prints to a file. A page range
    chosen in the dialog applies when a single document is printed. Returns the pages printed
    per document.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("printing", "The printer could not be opened."))
    counts = []
    started = False
    try:
        for pdf in pdfs:
            first, last = page_span(pdf.pages, printer, len(pdfs))
            printed = 0
            for index in range(first - 1, last):
                if started:
                    printer.newPage()
                started = True
                target: QRect = painter.viewport()
                size_pt = pdf.document.pagePointSize(index)
                scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
                image = pdf.document.render(
                    index, QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
                )
                painter.drawImage(QPointF(0, 0), image)
                printed += 1
            counts.append(printed)
        return counts
    finally:
        painter.end()


def page_span(pages: int, printer: QPrinter, documents_count: int) -> tuple[int, int]:
    """First and last page (from 1) to print of one document: the dialog's range applies only
    when a single document is printed."""
    if documents_count == 1 and printer.fromPage() > 0:
        return printer.fromPage(), min(printer.toPage() or pages, pages)
    return 1, pages


def cups_queue(printer: QPrinter) -> str | None:
    """The CUPS queue to hand the PDF to, or None to render pages through Qt instead: printing to
    a file, or no ``lp`` on this system."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        return None
    if spool.lp_command() is None:
        return None
    return printer.printerName() or None


def start_print_job(
    ctx: DeskContext, parent: QWidget | None, pdfs: list[bytes], printer: QPrinter, title: str
) -> None:
    """Send the documents to the printer off the GUI thread; the window never freezes.

    With CUPS the PDFs themselves go to the queue (vector, small, no scaling), otherwise pages
    are rendered at the printer's resolution. A failure is shown to the user; what was recorded
    before (the print log, a post) stays, and the document can be printed again.
    """
    queue = cups_queue(printer)
    copies = max(printer.copyCount(), 1)
    pages = None
    if len(pdfs) == 1 and printer.fromPage() > 0:
        pages = page_span(PdfBytes(pdfs[0]).pages, printer, 1)

    def work(progress: Any) -> None:  # the closure keeps the printer alive until the job ends
        if queue is not None:
            job = spool.send_to_queue(pdfs, queue, copies=copies, pages=pages, title=title)
            log.info("print job %s sent to CUPS queue %s", job, queue)
        else:
            print_pdfs([PdfBytes(data) for data in pdfs], printer)

    def failed(exc: BaseException, trace: str) -> None:
        log.error("printing failed: %s", trace)
        text = QCoreApplication.translate(
            "printing",
            "The printer did not take the job: %1\n"
            "What was recorded stays recorded; print the document again.",
        ).replace("%1", str(exc))
        ctx.dialogs.warning(parent, QCoreApplication.translate("printing", "Cannot print"), text)

    run_job(
        parent, QCoreApplication.translate("printing", "Sending to the printer..."), work, on_error=failed
    )


def build(ctx: DeskContext, item: Printable, parent: QWidget | None) -> tuple[bytes, str] | None:
    """Build a document's PDF, or tell the user why it cannot be printed."""
    built = build_all(ctx, [item], parent)
    return None if built is None else built[0]


def build_all(
    ctx: DeskContext, items: list[Printable], parent: QWidget | None
) -> list[tuple[bytes, str]] | None:
    """Build the documents' PDFs off the GUI thread (a long document or a batch takes a while; the
    window keeps painting and a progress dialog shows), or tell the user why one cannot be printed."""

    def work(progress: Any) -> list[tuple[bytes, str]]:
        built = []
        for number, item in enumerate(items):
            progress(number, len(items))
            built.append(item.build())
        return built

    try:
        result: list[tuple[bytes, str]] = run_job_and_wait(
            parent, QCoreApplication.translate("printing", "Preparing the document(s)..."), work
        )
    except ValidationError as exc:
        ctx.dialogs.warning(
            parent, QCoreApplication.translate("printing", "Cannot print"), exc.render(tr_core)
        )
        return None
    return result


def print_items(
    ctx: DeskContext, items: list[Printable], parent: QWidget | None, for_posting: bool = False
) -> int:
    """One print dialog for one or many documents; logs each; posting locks them. Returns documents printed."""
    pdfs_built = build_all(ctx, items, parent)
    if pdfs_built is None:
        return 0
    built = [(item, pdf, digest) for item, (pdf, digest) in zip(items, pdfs_built, strict=True)]
    if for_posting:
        try:
            with ctx.read() as session:
                for item, _pdf, digest in built:
                    documents.check_postable(session, item, digest)
        except ValidationError as exc:
            ctx.dialogs.warning(
                parent, QCoreApplication.translate("printing", "Cannot print"), exc.render(tr_core)
            )
            return 0
    pdfs = [PdfBytes(pdf) for _, pdf, _ in built]
    total_pages = sum(p.pages for p in pdfs)
    title = (
        QCoreApplication.translate("printing", "Print %1 document(s), %2 page(s)")
        .replace("%1", str(len(items)))
        .replace("%2", str(total_pages))
    )
    printer = ctx.dialogs.choose_printer(parent, title, total_pages)
    if printer is None:
        return 0
    spans = [page_span(pdf.pages, printer, len(pdfs)) for pdf in pdfs]
    target = printer.printerName() or printer.outputFileName()
    # Recorded before the job goes to the printer, in one transaction with the post that locks the
    # record: a printer that jams later leaves a post that can simply be printed again.
    outputs = [
        documents.Output(item, digest, last - first + 1, target)
        for (item, _pdf, digest), (first, last) in zip(built, spans, strict=True)
    ]
    try:
        with ctx.write("printing") as session:
            documents.record_output(
                session,
                outputs,
                "post" if for_posting else "print",
                ctx.user,
                ctx.today(),
                printer.copyCount(),
            )
    except ValidationError as exc:
        ctx.dialogs.warning(
            parent, QCoreApplication.translate("printing", "Cannot print"), exc.render(tr_core)
        )
        return 0
    start_print_job(ctx, parent, [pdf for _, pdf, _ in built], printer, items[0].title)
    return len(built)


def save_item(ctx: DeskContext, item: Printable, parent: QWidget | None) -> Path | None:
    result = build(ctx, item, parent)
    if result is None:
        return None
    pdf, digest = result
    name = ctx.dialogs.save_file(
        parent,
        QCoreApplication.translate("printing", "Save as PDF"),
        f"{item.title}.pdf",
        QCoreApplication.translate("printing", "PDF document (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        write_atomically(path, pdf)
    except OSError as exc:
        ctx.dialogs.warning(
            parent,
            QCoreApplication.translate("printing", "Save as PDF"),
            QCoreApplication.translate("printing", "The PDF could not be written: %1").replace(
                "%1", str(exc)
            ),
        )
        return None
    with ctx.write("printing") as session:
        output = documents.Output(item, digest, PdfBytes(pdf).pages, str(path))
        documents.record_output(session, [output], "save", ctx.user, ctx.today())
    return path


class PreviewDialog(QDialog):
    """The exact PDF that prints, with Print and Save."""

    def __init__(self, ctx: DeskContext, item: Printable, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", item.title))
        self.pdf = PdfBytes(pdf)
        layout = QVBoxLayout(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.info = QLabel(self.tr("%1 page(s)").replace("%1", str(self.pdf.pages)))
        self.print_button = QPushButton(self.tr("&Print..."))
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        self.close_button = QPushButton(self.tr("&Close"))
        row.addWidget(self.info, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.print_button.clicked.connect(lambda: print_items(ctx, [item], self))
        self.save_button.clicked.connect(lambda: save_item(ctx, item, self))
        self.close_button.clicked.connect(self.accept)
        fit_to_screen(self, 820, 900)


def preview(ctx: DeskContext, item: Printable, parent: QWidget | None) -> PreviewDialog | None:
    result = build(ctx, item, parent)
    if result is None:
        return None
    dialog = PreviewDialog(ctx, item, result[0], parent)
    dialog.open()
    return dialog
