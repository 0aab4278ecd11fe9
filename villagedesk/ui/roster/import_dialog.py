"""The roster import, seen before it happens: how the columns were read, every problem, and what will
change (N new, M updated, K unchanged); the clerk confirms, then core applies exactly that plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import roster
from villagedesk.core.errors import ValidationError
from villagedesk.core.roster_import import (
    NEW,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    PersonChange,
    apply_import,
    plan_import,
)
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _add_row(table: QTableWidget, values: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(values):
        table.setItem(row, col, QTableWidgetItem(text))


class ImportDialog(QDialog):
    """Checks the sheet when opened; the Import button is enabled only for a clean sheet."""

    def __init__(self, ctx: DeskContext, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.plan: ImportPlan | None = None
        self.applied: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import roster: %1").replace("%1", Path(path).name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.changes = _table([self.tr("Row"), self.tr("Name"), self.tr("Result"), self.tr("Changes")])
        self.columns = _table([self.tr("Column"), self.tr("Heading in the sheet"), self.tr("Read as")])
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.tabs.addTab(self.columns, self.tr("Columns"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.check()

    def check(self) -> None:
        try:
            # Planning writes inside a savepoint it rolls back: nothing is kept.
            with self.ctx.write("roster-plan") as session:
                self.plan = plan_import(session, self.path, self.ctx.today())
        except ValidationError as exc:
            self.plan = None
            self.summary.setText(self.tr("Nothing can be imported from this file:"))
            self.problems.setPlainText(exc.render(tr_core))
            self.import_button.setEnabled(False)
            return
        self._show(self.plan)

    def _show(self, plan: ImportPlan) -> None:
        counts = (
            self.tr("%1 new, %2 updated, %3 unchanged; %4 memberships to add.")
            .replace("%1", f"{plan.new:,}")
            .replace("%2", f"{plan.updated:,}")
            .replace("%3", f"{plan.unchanged:,}")
            .replace("%4", f"{plan.memberships_added:,}")
        )
        lines = [self.tr("Header row: %1.").replace("%1", str(plan.header_row))] if plan.header_row else []
        if plan.problems:
            lines.append(
                self.tr("%1 problems: nothing is imported until the sheet is corrected.").replace(
                    "%1", f"{len(plan.problems):,}"
                )
            )
        else:
            lines.append(counts)
        unknown = plan.unknown_columns
        if unknown:
            lines.append(
                self.tr("Columns not understood, not imported: %1").replace(
                    "%1", "、".join(f"{c.letter}（{c.header}）" for c in unknown)
                )
            )
        if plan.differences:
            lines.append(
                self.tr(
                    "%1 people differ from the roster in ways the import does not change; see Changes."
                ).replace("%1", str(len(plan.differences)))
            )
        self.summary.setText("\n".join(lines))
        self.problems.setPlainText("\n".join(g.render(tr_core) for g in plan.grouped_problems()))
        for col in plan.columns:
            read_as = tr_core(col.label) if col.key else self.tr("not understood: not imported")
            _add_row(self.columns, [col.letter, col.header, read_as])
        kinds = {NEW: self.tr("new"), UPDATED: self.tr("updated"), UNCHANGED: self.tr("unchanged")}
        for change in sorted(plan.people, key=lambda c: (c.kind == UNCHANGED, c.row)):
            if change.kind == UNCHANGED and not (change.not_in_sheet or change.start_differs):
                continue
            _add_row(self.changes, [str(change.row), change.name, kinds[change.kind], self._details(change)])
        self.changes.resizeRowsToContents()
        self.tabs.setCurrentWidget(self.problems if plan.problems else self.changes)
        self.import_button.setEnabled(plan.clean and bool(plan.new or plan.updated))

    def _details(self, change: PersonChange) -> str:
        lines = [f"{tr_core(label)}：{old or '—'} → {new or '—'}" for label, old, new in change.fields]
        for body, start in change.added:
            lines.append(
                self.tr("add %1 from %2")
                .replace("%1", tr_core(roster.BODY_LABELS[body]))
                .replace("%2", start.isoformat())
            )
        for body, start in change.not_in_sheet:
            lines.append(
                self.tr("%1 since %2 is not in the sheet; it is kept (end it on the roster page if it ended)")
                .replace("%1", tr_core(roster.BODY_LABELS[body]))
                .replace("%2", start.isoformat())
            )
        for body, old, new in change.start_differs:
            lines.append(
                self.tr("%1: the sheet says from %2, the roster %3; not changed")
                .replace("%1", tr_core(roster.BODY_LABELS[body]))
                .replace("%2", new.isoformat())
                .replace("%3", old.isoformat())
            )
        return "\n".join(lines)

    def accept(self) -> None:
        if self.plan is None or not self.plan.clean:
            return
        from villagedesk.core.backup import make_backup

        make_backup(self.ctx.store.data_dir.database, self.ctx.store.data_dir.backups, "pre-import")
        try:
            with self.ctx.write("roster", reason="roster import") as session:
                self.applied = apply_import(session, self.path, self.ctx.today(), self.plan.sheet_sha256)
        except ValidationError as exc:
            self.summary.setText(self.tr("Nothing was imported:"))
            self.problems.setPlainText(exc.render(tr_core))
            self.tabs.setCurrentWidget(self.problems)
            self.import_button.setEnabled(False)
            return
        super().accept()
