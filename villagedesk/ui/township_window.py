"""The township's window: import the villages' packages and see where each village stands."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.exchange import township as tw
from villagedesk.i18n import tr_core
from villagedesk.ui.dialogs import DialogService
from villagedesk.ui.jobs import Progress, run_job
from villagedesk.ui.screen import fit_to_screen


class TownshipWindow(QMainWindow):
    def __init__(self, sessions, dialogs: DialogService | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.sessions = sessions
        self.dialogs = dialogs or DialogService()
        with sessions() as session:
            info = tw.township(session)
            self.setWindowTitle(self.tr("%1 · township overview").replace("%1", info.name))
        central = QWidget()
        layout = QVBoxLayout(central)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import packages..."))
        self.xlsx_button = QPushButton(self.tr("Export .&xlsx..."))
        self.pdf_button = QPushButton(self.tr("&PDF report..."))
        for b in (self.import_button, self.xlsx_button, self.pdf_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 0)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(140)
        layout.addWidget(QLabel(self.tr("Import log")))
        layout.addWidget(self.log)
        self.setCentralWidget(central)
        self.import_button.clicked.connect(self.import_packages)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button.clicked.connect(self.export_pdf)
        fit_to_screen(self, 1100, 700)
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            rows = tw.overview(session)
        headers = [
            self.tr("Village"),
            self.tr("Code"),
            self.tr("Last package"),
            self.tr("Received"),
            self.tr("Missing packages"),
        ] + [tr_core(c.title) for _p, c in tw.overview_columns()]
        headers += [tr_core(tw.H_RESTORES), tr_core(tw.H_RESETS)]  # from the anchored audit history
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            received = (
                row.last_received.astimezone().strftime("%Y-%m-%d") if row.last_received else self.tr("never")
            )
            values = [
                row.name,
                row.code,
                row.last_sequence,
                received,
                tw.format_ranges(row.missing),
            ] + [row.values[c.key] for _p, c in tw.overview_columns()]
            values += [row.restores, row.pin_resets]
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)

    def import_files(self, paths: list[Path]) -> None:
        """Verify every file and show the dry run first; on confirmation apply each good package in
        its own transaction. Bad files are listed and change nothing. Both steps run off the GUI
        thread with a progress dialog: 200 villages' packages take a while."""

        def check(progress: Progress) -> list[tuple[Path, tw.FileOutcome]]:
            outcomes = []
            for done, path in enumerate(paths):
                progress(done, len(paths))
                outcomes.append((path, tw.import_file(self.sessions, path, dry_run=True)))
            return outcomes

        run_job(self, self.tr("Checking the packages..."), check, on_done=self._checked)

    def _refused(self, path: Path, outcome: tw.FileOutcome) -> None:
        self.log.appendPlainText(
            self.tr("REFUSED %1: %2").replace("%1", path.name).replace("%2", outcome.message(tr_core))
        )

    def _checked(self, outcomes: list[tuple[Path, tw.FileOutcome]]) -> None:
        checked: list[tuple[Path, str]] = []
        for path, outcome in outcomes:
            if outcome.report is None:
                self._refused(path, outcome)
                continue
            report = outcome.report
            total = report.totals()
            state = (
                self.tr("already imported")
                if report.already_imported
                else self.tr("new %1, updated %2, unchanged %3, conflicts %4")
                .replace("%1", str(total.new))
                .replace("%2", str(total.updated))
                .replace("%3", str(total.unchanged))
                .replace("%4", str(total.conflicts))
            )
            checked.append((path, f"{report.village_name} #{report.sequence}: {state}"))
        if not checked:
            return
        summary = "\n".join(line for _p, line in checked)
        if not self.dialogs.confirm(
            self, self.tr("Import packages"), self.tr("Import these packages?\n\n%1").replace("%1", summary)
        ):
            return

        def apply(progress: Progress) -> list[tuple[Path, tw.FileOutcome]]:
            # one file at a time, each committed before its acknowledgement is written; a bad or
            # failing file is listed and the others still import
            results = []
            for done, (path, _line) in enumerate(checked):
                progress(done, len(checked))
                results.append((path, tw.import_file(self.sessions, path)))
            return results

        run_job(self, self.tr("Importing the packages..."), apply, on_done=self._applied)

    def _applied(self, results: list[tuple[Path, tw.FileOutcome]]) -> None:
        for path, outcome in results:
            if outcome.report is None or not outcome.imported:
                self._refused(path, outcome)
                continue
            report = outcome.report
            total = report.totals()
            self.log.appendPlainText(
                self.tr("%1: %2 package %3 — new %4, updated %5, unchanged %6, conflicts %7")
                .replace("%1", path.name)
                .replace("%2", report.village_name)
                .replace("%3", str(report.sequence))
                .replace("%4", str(total.new))
                .replace("%5", str(total.updated))
                .replace("%6", str(total.unchanged))
                .replace("%7", str(total.conflicts))
            )
            if outcome.ack_failure:
                self.log.appendPlainText(outcome.message(tr_core))
        self.refresh()

    def import_packages(self) -> None:
        """Every package on the stick (a folder), in order; the good ones import, the bad are listed."""
        folder = self.dialogs.pick_folder(self, self.tr("Choose the USB stick with the villages' packages"))
        if folder:
            self.import_files(sorted(Path(folder).glob("*.vdx")))

    def export_xlsx(self) -> None:
        name = self.dialogs.save_file(self, self.tr("Export .xlsx"), "overview.xlsx", "Excel (*.xlsx)")
        if name:
            with self.sessions() as session:
                tw.report_xlsx(tw.overview(session), Path(name), tr_core)

    def export_pdf(self) -> None:
        name = self.dialogs.save_file(self, self.tr("PDF report"), "overview.pdf", "PDF (*.pdf)")
        if name:
            with self.sessions() as session:
                Path(name).write_bytes(tw.report_pdf(session, tw.overview(session), tr_core))


def run_township(url: str) -> int:
    from villagedesk.exchange.township import open_township
    from villagedesk.i18n import load_translator
    from villagedesk.ui.app import ensure_application

    app = ensure_application()
    try:
        load_translator()
    except RuntimeError:
        pass
    engine, sessions = open_township(url)
    window = TownshipWindow(sessions)
    window.show()
    code = app.exec() if "--self-test" not in sys.argv else 0
    engine.dispose()
    return code
