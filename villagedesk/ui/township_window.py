"""The township's window: import the villages' packages and see where each village stands."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import users
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.exchange import township as tw
from villagedesk.exchange.keys import read_village_key
from villagedesk.i18n import tr_core
from villagedesk.ui.dialogs import DialogService
from villagedesk.ui.jobs import Progress, run_job
from villagedesk.ui.screen import fit_to_screen


def _open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class TownshipSignIn(QDialog):
    """A township user picks their name and gives their PIN (wrong tries count, five lock the
    account for a while, as at the desk)."""

    def __init__(self, sessions, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.sessions = sessions
        self.setWindowTitle(self.tr("Sign in to the township store"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QComboBox()
        with sessions() as session:
            for row in users.users(session):
                label = tr_core(tw.TOWNSHIP_ROLE_LABELS.get(row.role, ""))
                self.user.addItem(f"{row.name}（{label}）", row.name)
        from villagedesk.ui.trust import pin_edit

        self.pin = pin_edit()
        form.addRow(self.tr("&Name"), self.user)
        form.addRow(self.tr("&PIN"), self.pin)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.signed_in: str | None = None

    def accept(self) -> None:
        name = self.user.currentData()
        failure: ValidationError | None = None
        with unit_of_work(self.sessions, actor=users.SYSTEM_ACTOR) as session:
            try:
                tw.sign_in(session, name or "", self.pin.text())
            except ValidationError as exc:
                failure = exc  # committed: the wrong try counts towards the lockout
        if failure is not None:
            self.message.setText(failure.render(tr_core))
            self.pin.clear()
            return
        self.signed_in = name
        self.sessions.configure(info={"actor": name})
        super().accept()


class TownshipWindow(QMainWindow):
    def __init__(self, sessions, dialogs: DialogService | None = None, user: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.sessions = sessions
        self.dialogs = dialogs or DialogService()
        self.user = user or tw.STORE_ACTOR
        if user:
            sessions.configure(info={"actor": user})
        self.open_file: Callable[[Path], None] = _open_with_system
        with sessions() as session:
            info = tw.township(session)
            self.setWindowTitle(
                self.tr("%1 · township overview · %2").replace("%1", info.name).replace("%2", self.user)
            )
        central = QWidget()
        layout = QVBoxLayout(central)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._overview_tab(), self.tr("&Overview"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("&Conflicts"))
        from villagedesk.ui.township_catalogues import ServiceCatalogueTab

        self.catalogues = ServiceCatalogueTab(sessions, self.dialogs, self.user)
        self.tabs.addTab(self.catalogues, self.tr("Ser&vice catalogue"))

        from villagedesk.ui.township_queries import TownshipQueries

        self.queries = TownshipQueries(sessions, self.user)
        self.tabs.addTab(self.queries, self.tr("Disclosure &queries"))
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(110)
        layout.addWidget(QLabel(self.tr("Import log")))
        layout.addWidget(self.log)
        self.setCentralWidget(central)
        with sessions() as session:  # the buttons a user may not use are off (core refuses anyway)
            for button, action in (
                (self.import_button, tw.TownshipAction.IMPORT),
                (self.reenrol_button, tw.TownshipAction.ENROL),
                (self.keep_button, tw.TownshipAction.RESOLVE),
                (self.take_button, tw.TownshipAction.RESOLVE),
            ):
                button.setEnabled(tw.township_can(session, self.user, action))
        fit_to_screen(self, 1100, 700)
        self.refresh()

    def _overview_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import packages..."))
        self.xlsx_button = QPushButton(self.tr("Export .&xlsx..."))
        self.pdf_button = QPushButton(self.tr("&PDF report..."))
        self.reenrol_button = QPushButton(self.tr("&Re-enrol a village..."))
        for b in (self.import_button, self.xlsx_button, self.pdf_button, self.reenrol_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 0)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 3)
        pdf_row = QHBoxLayout()
        self.pdf_label = QLabel(self.tr("Posted notices the selected village sent"))
        self.open_pdf_button = QPushButton(self.tr("&Open notice PDF"))
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.open_pdf_button)
        from villagedesk.ui.township_queries import add_photo_button

        add_photo_button(self, pdf_row)
        layout.addLayout(pdf_row)
        self.pdfs = QTableWidget(0, 3)
        self.pdfs.setHorizontalHeaderLabels([self.tr("Notice"), self.tr("Package"), self.tr("Size (KB)")])
        self.pdfs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pdfs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pdfs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pdfs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pdfs.verticalHeader().setVisible(False)
        layout.addWidget(self.pdfs, 2)
        self.import_button.clicked.connect(self.import_packages)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.reenrol_button.clicked.connect(self.reenrol)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.table.itemSelectionChanged.connect(self.show_pdfs)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.conflicts = QTableWidget(0, 6)
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Village"),
                self.tr("Record"),
                self.tr("Stored / incoming version"),
                self.tr("Fields that differ"),
                self.tr("Package"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().setVisible(False)
        layout.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep the stored record"))
        self.take_button = QPushButton(self.tr("&Take the incoming record"))
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self.resolve(take=False))
        self.take_button.clicked.connect(lambda: self.resolve(take=True))
        return tab

    def refresh_conflicts(self) -> None:
        with self.sessions() as session:
            rows = tw.list_conflicts(session)
        self.conflicts.setRowCount(len(rows))
        for r, c in enumerate(rows):
            values = [
                str(c.id),
                c.village_code,
                f"{c.record_type} {c.uuid[:8]}",
                f"{c.stored_version} / {c.incoming_version}",
                ", ".join(c.fields) or "—",
                str(c.package_sequence),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.conflicts.setItem(r, col, item)
        self.tabs.setTabText(1, self.tr("&Conflicts (%1)").replace("%1", str(len(rows))))

    def resolve(self, take: bool) -> None:
        """Keep the stored record or take the incoming one; the decision, the signed-in user and
        the reason are kept with the conflict."""
        item = self.conflicts.item(self.conflicts.currentRow(), 0)
        if item is None:
            return
        conflict_id = int(item.data(Qt.ItemDataRole.UserRole))
        title = self.tr("Take the incoming record") if take else self.tr("Keep the stored record")
        reason = self.dialogs.ask_text(self, title, self.tr("Why (kept with the decision):"))
        if reason is None:
            return
        try:
            with unit_of_work(self.sessions, reason=f"conflict {conflict_id}") as session:
                tw.resolve_conflict(session, conflict_id, take=take, by=self.user, reason=reason)
        except ValidationError as exc:
            self.dialogs.warning(self, title, exc.render(tr_core))
            return
        self.refresh()

    def selected_village(self) -> str:
        item = self.table.item(self.table.currentRow(), 1)
        return item.text() if item is not None else ""

    def show_pdfs(self) -> None:
        code = self.selected_village()
        pdfs: list[tw.NoticePdf] = []
        if code:
            with self.sessions() as session:
                pdfs = tw.list_notice_pdfs(session, code)
        self.pdfs.setRowCount(len(pdfs))
        for r, pdf in enumerate(pdfs):
            values = [pdf.title or pdf.notice_uuid, str(pdf.package_sequence), str(max(1, pdf.size // 1024))]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, pdf.id)
                self.pdfs.setItem(r, col, item)
        self.open_pdf_button.setEnabled(bool(pdfs))

    def open_pdf(self) -> None:
        """The kept PDF, read off the GUI thread, written to a temporary file and opened."""
        code = self.selected_village()
        item = self.pdfs.item(self.pdfs.currentRow(), 0) or self.pdfs.item(0, 0)
        if not code or item is None:
            return
        ident = str(item.data(Qt.ItemDataRole.UserRole))
        folder = Path(tempfile.mkdtemp(prefix="villagedesk-township-"))

        def fetch(progress):  # type: ignore[no-untyped-def]
            with self.sessions() as session:
                data = tw.notice_pdf(session, code, ident)
            path = folder / f"{code}-{ident}.pdf"
            path.write_bytes(data)
            return path

        run_job(self, self.tr("Opening the notice..."), fetch, on_done=self.open_file)

    def reenrol(self) -> None:
        """A village whose key was lost: the new key file, its fingerprint read out by phone and
        typed here, and why; the change is kept with the signed-in user."""
        title = self.tr("Re-enrol a village")
        name = self.dialogs.open_file(self, title, self.tr("Village key (*.pub)"))
        if not name:
            return
        try:
            key = read_village_key(Path(name))
        except ValidationError as exc:
            self.dialogs.warning(self, title, exc.render(tr_core))
            return
        confirmed = self.dialogs.ask_text(
            self,
            title,
            self.tr(
                "New key of %1 (%2). Phone the village, have them read out the fingerprint shown on their "
                "desk, and type it here:"
            )
            .replace("%1", key.name)
            .replace("%2", key.code),
        )
        if confirmed is None:
            return
        reason = self.dialogs.ask_text(self, title, self.tr("Why is the key replaced?"))
        if reason is None:
            return
        try:
            with unit_of_work(self.sessions, reason="re-enrol") as session:
                change = tw.reenrol(session, Path(name), confirmed, reason)
                old, new = change.old_fingerprint, change.new_fingerprint
        except ValidationError as exc:
            self.dialogs.warning(self, title, exc.render(tr_core))
            return
        self.dialogs.info(
            self,
            title,
            self.tr("%1 re-enrolled. Old key %2, new key %3. Packages signed with the old key are refused.")
            .replace("%1", key.name)
            .replace("%2", old)
            .replace("%3", new),
        )
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            rows = tw.overview(session)
        columns = [c for _p, c in tw.overview_columns()]
        headers = [
            self.tr("Village"),
            self.tr("Code"),
            self.tr("Last package"),
            self.tr("Received"),
            self.tr("Missing packages"),
        ] + [tr_core(c.title) for c in columns]
        headers += [tr_core(tw.H_RESTORES), tr_core(tw.H_RESETS)]  # from the anchored audit history
        self.table.setSortingEnabled(False)
        self.table.clear()
        # no rows while the headings change: the columns fit their contents, and 200 old rows
        # would be measured again for every heading
        self.table.setRowCount(0)
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
            ] + [row.values[c.key] for c in columns]
            values += [row.restores, row.pin_resets]
            details = [""] * 5 + [row.details.get(c.key, "") for c in columns]
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if c < len(details) and details[c]:
                    item.setToolTip(details[c])  # which services, which funds
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.refresh_conflicts()
        self.show_pdfs()

    def import_files(self, paths: list[Path]) -> None:
        """Verify every file and show the dry run first; on confirmation apply each good package in
        its own transaction. Bad files are listed and change nothing. Both steps run off the GUI
        thread with a progress dialog: 200 villages' packages take a while."""

        def check(progress: Progress) -> list[tuple[Path, tw.FileOutcome]]:
            return [
                (outcome.path, outcome)
                for outcome in tw.import_files(self.sessions, paths, dry_run=True, progress=progress)
            ]

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
            chosen = [path for path, _line in checked]
            return [
                (outcome.path, outcome)
                for outcome in tw.import_files(self.sessions, chosen, progress=progress)
            ]

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
        if name:  # 200 villages take a while: off the GUI thread

            def work(progress: Progress) -> None:
                with self.sessions() as session:
                    tw.report_xlsx(tw.overview(session), Path(name), tr_core)

            run_job(self, self.tr("Writing the report..."), work)

    def export_pdf(self) -> None:
        name = self.dialogs.save_file(self, self.tr("PDF report"), "overview.pdf", "PDF (*.pdf)")
        if name:

            def work(progress: Progress) -> None:
                with self.sessions() as session:
                    Path(name).write_bytes(tw.report_pdf(session, tw.overview(session), tr_core))

            run_job(self, self.tr("Writing the report..."), work)


def run_township(url: str, dialogs: DialogService | None = None) -> int:
    from villagedesk.exchange.township import open_township
    from villagedesk.i18n import load_translator
    from villagedesk.ui.app import ensure_application

    app = ensure_application()
    try:
        load_translator()
    except RuntimeError:
        pass
    try:
        engine, sessions = open_township(url)
    except ValidationError as exc:  # e.g. the key file that opens the township's keys is missing
        (dialogs or DialogService()).error(None, tr_core(tw.F_TOWNSHIP), exc.render(tr_core))
        return 1
    if "--self-test" in sys.argv:  # shown read-only and closed at once: no one signs in
        TownshipWindow(sessions).show()
        engine.dispose()
        return 0
    sign_in = TownshipSignIn(sessions)
    if sign_in.exec() != QDialog.DialogCode.Accepted or not sign_in.signed_in:
        engine.dispose()
        return 0
    window = TownshipWindow(sessions, user=sign_in.signed_in)
    window.show()
    code = app.exec()
    engine.dispose()
    return code
