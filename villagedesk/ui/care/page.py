"""暖心关怀: the care-target list (masked, filtered, as of any day), visits and the care fund."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import printed, sheet
from villagedesk.core.care import targets as t
from villagedesk.core.care import visits as v
from villagedesk.core.errors import ValidationError
from villagedesk.core.users import Action, can
from villagedesk.db.models import CareFundEntry, CareStatus, DisbursementState, EntryKind
from villagedesk.i18n import tr_core
from villagedesk.ui import printing
from villagedesk.ui.care.dialogs import (
    DisbursementDialog,
    ExitDialog,
    IncomeDialog,
    StatementDialog,
    StepDialog,
    TargetDialog,
    VisitDialog,
)
from villagedesk.ui.context import DeskContext
from villagedesk.ui.pages import Page
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, RowsModel, translated
from villagedesk.ui.widgets import DateField

S = DisbursementState


def _standing(r: t.TargetRow) -> str:
    if r.standing is None:
        return ""
    marks = ("★" if r.standing.fifty else "") + ("▲" if r.standing.before_1949 else "")
    return f"{r.standing.years}{marks}"


class TargetsModel(RowsModel):
    CONTEXT = "TargetsModel"
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Name"), lambda r: r.name),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Group"), lambda r: r.group_name),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Age"), lambda r: "" if r.age is None else str(r.age)),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Categories"), lambda r: "、".join(r.categories)),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Party standing"), _standing),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "ID number"), lambda r: r.id_masked),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Mobile"), lambda r: r.phone_masked),
        Col(QT_TRANSLATE_NOOP("TargetsModel", "Helper"), lambda r: r.helper),
        Col(
            QT_TRANSLATE_NOOP("TargetsModel", "Last visit"),
            lambda r: r.last_visit.isoformat() if r.last_visit else "",
        ),
        Col(
            QT_TRANSLATE_NOOP("TargetsModel", "Status"),
            lambda r: (
                translated("TargetsModel", "Left %1").replace("%1", r.exited_on.isoformat())
                if r.status is CareStatus.EXITED and r.exited_on
                else translated("TargetsModel", "On the list")
            ),
        ),
    )


_MARKERS = (QT_TRANSLATE_NOOP("TargetsModel", "Left %1"), QT_TRANSLATE_NOOP("TargetsModel", "On the list"))


def _table(view: QTableView | QTableWidget, stretch: int) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    # size the columns on the first screenful, not every row (Qt's default reads 1,000 rows of
    # every column each time the model changes)
    header.setResizeContentsPrecision(40)
    model = view.model()
    if isinstance(view, QTableWidget) or model is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        # sized once each time the list is read, not again at every layout pass (ResizeToContents
        # measured every cell of the screenful several times over while a page opened); the clerk
        # can still widen a column by hand
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(view.resizeColumnsToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)


def _row(*buttons: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for b in buttons:
        layout.addWidget(b)
    layout.addStretch(1)
    return layout


class CarePage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Care targets"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "The care list (暖心关怀): ID numbers, phones and notes show masked; a full view needs the "
                "查看敏感信息 permission and is logged. Leaving the list keeps the record."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._targets_tab(), self.tr("&Targets and visits"))
        self.tabs.addTab(self._fund_tab(), self.tr("Care &fund"))
        self.tabs.currentChanged.connect(self.refresh)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._set_gates()
        ctx.bus.changed.connect(
            lambda register: self.refresh() if register in ("care", "printing", "review", "*") else None
        )

    # -- the targets tab -------------------------------------------------------------------------
    def _targets_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, group or helper"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.as_of = DateField()
        self.as_of.set_value(self.ctx.today())
        self.exited = QCheckBox(self.tr("include those who left"))
        label = QLabel(self.tr("&Search"))
        label.setBuddy(self.search)
        as_of_label = QLabel(self.tr("List as of"))
        layout.addLayout(_row(label, self.search, self.category, as_of_label, self.as_of, self.exited))
        self.add_button = QPushButton(self.tr("&Add target"))
        self.edit_button = QPushButton(self.tr("&Change"))
        self.visit_button = QPushButton(self.tr("Record &visit"))
        self.visits_button = QPushButton(self.tr("Visits..."))
        self.exit_button = QPushButton(self.tr("Leaves the list..."))
        self.reveal_button = QPushButton(self.tr("Show full ID number"))
        self.history_button = QPushButton(self.tr("&History"))
        self.import_button = QPushButton(self.tr("&Import .xlsx..."))
        self.export_button = QPushButton(self.tr("E&xport .xlsx..."))
        self.round_button = QPushButton(self.tr("Festival visit list..."))
        layout.addLayout(
            _row(self.add_button, self.edit_button, self.visit_button, self.visits_button, self.exit_button)
        )
        layout.addLayout(
            _row(
                self.reveal_button,
                self.history_button,
                self.import_button,
                self.export_button,
                self.round_button,
            )
        )
        self.model = TargetsModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        _table(self.view, 3)
        self.view.setAccessibleName(self.tr("Care targets"))
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.as_of.edit.dateChanged.connect(self.refresh)
        self.exited.toggled.connect(self.refresh)
        self.view.doubleClicked.connect(self.edit_target)
        self.add_button.clicked.connect(self.add_target)
        self.edit_button.clicked.connect(self.edit_target)
        self.visit_button.clicked.connect(self.record_visit)
        self.visits_button.clicked.connect(self.show_visits)
        self.exit_button.clicked.connect(self.exit_target)
        self.reveal_button.clicked.connect(self.reveal)
        self.history_button.clicked.connect(self.show_history)
        self.import_button.clicked.connect(self.import_sheet)
        self.export_button.clicked.connect(self.export_sheet)
        self.round_button.clicked.connect(self.visit_list)
        return tab

    def refresh(self) -> None:
        with self.ctx.read() as session:
            known = settings.get(session, c.CATEGORIES)
            wanted = self.category.currentData() or ""
            day = self.as_of.value() or self.ctx.today()
            rows = t.target_rows(session, day, self.search.text(), wanted, self.exited.isChecked())
            if self.tabs.currentIndex() == 1:  # the ledger is read when it is shown
                self._refresh_fund(session)
        if self.category.count() != len(known) + 1:
            self.category.blockSignals(True)
            self.category.clear()
            self.category.addItem(self.tr("All categories"), "")
            for name in known:
                self.category.addItem(name, name)
            self.category.blockSignals(False)
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("%1 targets on %2").replace("%1", str(len(rows))).replace("%2", day.isoformat())
        )

    def selected(self) -> t.TargetRow | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            self.ctx.dialogs.info(
                self, self.tr("Care targets"), self.tr("Select a target in the list first.")
            )
            return None
        return self.model.rows[rows[0].row()]  # type: ignore[no-any-return]

    def select_target(self, target_id: int) -> None:
        for index, row in enumerate(self.model.rows):
            if row.id == target_id:
                self.view.selectRow(index)

    def _open(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def add_target(self) -> QDialog:
        return self._open(TargetDialog(self.ctx, parent=self))

    def edit_target(self) -> QDialog | None:
        row = self.selected()
        return None if row is None else self._open(TargetDialog(self.ctx, row.id, self))

    def record_visit(self) -> QDialog | None:
        row = self.selected()
        return None if row is None else self._open(VisitDialog(self.ctx, row.id, row.name, self))

    def exit_target(self) -> QDialog | None:
        row = self.selected()
        return None if row is None else self._open(ExitDialog(self.ctx, row.id, row.name, self))

    def show_visits(self) -> QDialog | None:
        row = self.selected()
        return None if row is None else self._open(VisitsDialog(self.ctx, row.id, row.name, self))

    def reveal(self) -> str | None:
        row = self.selected()
        if row is None:
            return None
        try:
            with self.ctx.write("care") as session:
                number = t.reveal_field(session, row.id, "id_number")
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Show full ID number"), exc.render(tr_core))
            return None
        self.ctx.dialogs.info(
            self,
            self.tr("Show full ID number"),
            self.tr("%1: %2 (this view was logged)").replace("%1", row.name).replace("%2", number or "—"),
        )
        return number

    def show_history(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            return None
        from villagedesk.ui.trust import HistoryDialog

        dialog = HistoryDialog(self.ctx, row.uuid, row.name, self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def import_sheet(self) -> None:
        path = self.ctx.dialogs.open_file(
            self, self.tr("Import care targets"), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        try:
            with self.ctx.write("care") as session:
                result = sheet.import_sheet(session, path, self.ctx.today())
        except ValidationError as exc:
            self.ctx.dialogs.warning(
                self,
                self.tr("Import care targets"),
                self.tr("Nothing was imported. Please fix the sheet:") + "\n" + exc.render(tr_core),
            )
            return
        self.ctx.dialogs.info(
            self,
            self.tr("Import care targets"),
            self.tr("%1 added, %2 updated, %3 unchanged.")
            .replace("%1", str(result.new))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)),
        )

    def export_sheet(self) -> Path | None:
        day = self.as_of.value() or self.ctx.today()
        path = self.ctx.dialogs.save_file(
            self,
            self.tr("Export care targets"),
            f"关怀对象_{day.isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        with self.ctx.read() as session:
            permitted = can(session, self.ctx.user, Action.REVEAL_SENSITIVE)
        full = permitted and self.ctx.dialogs.confirm(
            self,
            self.tr("Export care targets"),
            self.tr(
                "Export with full ID numbers, phones and notes? This is logged. Answer No for a masked list."
            ),
        )
        try:
            with self.ctx.write("care") as session:
                count = sheet.export_sheet(session, path, day, full)
        except (ValidationError, OSError) as exc:
            text = exc.render(tr_core) if isinstance(exc, ValidationError) else str(exc)
            self.ctx.dialogs.warning(self, self.tr("Export care targets"), text)
            return None
        self.status.setText(
            self.tr("Exported %1 targets to %2").replace("%1", str(count)).replace("%2", path)
        )
        return Path(path)

    def visit_list(self) -> QDialog | None:
        from villagedesk.documents.care import VisitListKind

        today = self.ctx.today()
        window = 400
        ahead = c.festivals_ahead(today, window)
        if not ahead:
            return None
        festival, day = ahead[0]
        with self.ctx.read() as session:
            item = VisitListKind().printable(session, day.year, 1 if festival == "春节" else 2)
        dialog = printing.preview(self.ctx, item, self)
        self.current_dialog = dialog
        return dialog

    # -- the fund tab ------------------------------------------------------------------------------
    def _fund_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.balances = QLabel()
        self.balances.setWordWrap(True)
        layout.addWidget(self.balances)
        self.income_button = QPushButton(self.tr("Record &income..."))
        self.apply_button = QPushButton(self.tr("Apply for a &payment..."))
        self.branch_button = QPushButton(self.tr("&Branch approval..."))
        self.township_button = QPushButton(self.tr("&Township approval..."))
        self.review_button = QPushButton(self.tr("Supervision &review..."))
        self.post_button = QPushButton(self.tr("Print for p&osting..."))
        self.pay_button = QPushButton(self.tr("Record pa&yment..."))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.reverse_button = QPushButton(self.tr("Re&verse..."))
        self.statement_button = QPushButton(self.tr("Fund &statement..."))
        layout.addLayout(
            _row(
                self.income_button,
                self.apply_button,
                self.branch_button,
                self.township_button,
                self.review_button,
            )
        )
        layout.addLayout(
            _row(
                self.post_button,
                self.pay_button,
                self.withdraw_button,
                self.reverse_button,
                self.statement_button,
            )
        )
        self.ledger = QTableWidget(0, 7)
        self.ledger.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Fund"),
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Recipient"),
                self.tr("Amount"),
                self.tr("State"),
            ]
        )
        _table(self.ledger, 3)
        layout.addWidget(self.ledger, 1)
        self.income_button.clicked.connect(self.record_income)
        self.apply_button.clicked.connect(self.apply_payment)
        self.branch_button.clicked.connect(lambda: self.step(StepDialog.BRANCH))
        self.township_button.clicked.connect(lambda: self.step(StepDialog.TOWNSHIP))
        self.pay_button.clicked.connect(lambda: self.step(StepDialog.PAY))
        self.review_button.clicked.connect(self.review)
        self.post_button.clicked.connect(self.post)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.reverse_button.clicked.connect(self.reverse)
        self.statement_button.clicked.connect(self.statement)
        self.entries: list[CareFundEntry] = []
        return tab

    def _refresh_fund(self, session: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        f.ensure_funds(session)
        names = {}
        parts = []
        for fund in f.funds(session):
            names[fund.id] = fund.name
            b = f.balance(session, fund.id)
            parts.append(
                self.tr("%1: balance %2 yuan, committed %3, available %4")
                .replace("%1", fund.name)
                .replace("%2", f.format_fen(b.balance))
                .replace("%3", f.format_fen(b.committed))
                .replace("%4", f.format_fen(b.available))
            )
        self.balances.setText("\n".join(parts))
        self.entries = f.ledger(session)
        self.ledger.setRowCount(0)
        kinds = {EntryKind.INCOME: self.tr("Income"), EntryKind.DISBURSEMENT: self.tr("Payment")}
        for entry in self.entries:
            row = self.ledger.rowCount()
            self.ledger.insertRow(row)
            recipient = f.recipient_of(session, entry, entry.entry_date)[0] if entry.target_id else ""
            state = tr_core(c.STATE_LABELS[entry.state.name])
            if entry.reverses_id is not None:
                state = self.tr("reversal: %1").replace("%1", entry.reversal_reason)
            for col, text in enumerate(
                [
                    entry.entry_date.isoformat(),
                    names.get(entry.fund_id, ""),
                    kinds[entry.kind],
                    entry.item,
                    recipient,
                    f.format_fen(entry.amount_fen),
                    state,
                ]
            ):
                self.ledger.setItem(row, col, QTableWidgetItem(text))
        self.update_gates()

    def selected_entry(self) -> CareFundEntry | None:
        rows = self.ledger.selectionModel().selectedRows() if self.ledger.selectionModel() else []
        return self.entries[rows[0].row()] if rows else None

    def select_entry(self, entry_id: int) -> None:
        for index, entry in enumerate(self.entries):
            if entry.id == entry_id:
                self.ledger.selectRow(index)

    def record_income(self) -> QDialog:
        return self._open(IncomeDialog(self.ctx, self))

    def apply_payment(self) -> QDialog | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            self.ctx.dialogs.info(
                self, self.tr("Care fund"), self.tr("Select the recipient on the Targets tab first.")
            )
            return None
        row = self.model.rows[rows[0].row()]
        return self._open(DisbursementDialog(self.ctx, row.id, row.name, self))

    def step(self, which: str) -> QDialog | None:
        entry = self.selected_entry()
        return None if entry is None else self._open(StepDialog(self.ctx, entry.id, which, self))

    def _head(self, entry: CareFundEntry) -> int:
        with self.ctx.read() as session:
            fresh = session.get(CareFundEntry, entry.id)
            assert fresh is not None
            return printed.batch(session, fresh)[0].id

    def review(self) -> QDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        from villagedesk import documents
        from villagedesk.ui.trust import ReviewDialog

        with self.ctx.read() as session:
            item = documents.find_printable(session, f"caredisb-{self._head(entry)}")
        return self._open(ReviewDialog(self.ctx, item, self))

    def post(self) -> int:
        entry = self.selected_entry()
        if entry is None:
            return 0
        from villagedesk import documents

        with self.ctx.read() as session:
            item = documents.find_printable(session, f"caredisb-{self._head(entry)}")
        return printing.print_items(self.ctx, [item], self, for_posting=True)

    def withdraw(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.ctx.dialogs.confirm(
            self, self.tr("Withdraw"), self.tr("Withdraw this application?")
        ):
            return
        self._write(lambda session: f.withdraw(session, entry.id))

    def reverse(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        reason = self.ctx.dialogs.ask_text(self, self.tr("Reverse"), self.tr("Reason for the reversal:"))
        if reason is None:
            return
        self._write(
            lambda session: f.reverse_entry(session, entry.id, reason, self.ctx.today(), self.ctx.today())
        )

    def _write(self, action: object) -> None:
        try:
            with self.ctx.write("care") as session:
                action(session)  # type: ignore[operator]
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Care fund"), exc.render(tr_core))

    def statement(self) -> QDialog | None:
        """The fund statement of a period the clerk picks (the selected entry's fund and month)."""
        entry = self.selected_entry()
        fund_id = entry.fund_id if entry is not None else None
        day = entry.entry_date if entry is not None else None
        return self._open(StatementDialog(self.ctx, fund_id, day, self))

    # -- gates: a button that cannot apply is disabled and says why ---------------------------------
    def _set_gates(self) -> None:
        edit = Action.EDIT_RECORDS
        for button in (self.add_button, self.import_button):
            self.gate(button, edit)
        for button in (self.edit_button, self.visit_button, self.exit_button):
            self.gate(button, edit, self._why_no_target)
        self.gate(self.visits_button, None, self._why_no_target)
        self.gate(self.history_button, None, self._why_no_target)
        self.gate(self.reveal_button, Action.REVEAL_SENSITIVE, self._why_no_target)
        self.gate(self.income_button, edit)
        self.gate(self.apply_button, edit, self._why_no_recipient)
        waiting = (S.APPLIED, S.BRANCH_APPROVED, S.TOWNSHIP_APPROVED)
        rules = {
            self.branch_button: (
                edit,
                (S.APPLIED,),
                self.tr("Only an application awaiting the branch can be approved."),
            ),
            self.township_button: (
                edit,
                (S.BRANCH_APPROVED,),
                self.tr("Township approval follows branch approval."),
            ),
            self.review_button: (
                None,
                (S.TOWNSHIP_APPROVED,),
                self.tr("The notice is reviewed after township approval."),
            ),
            self.post_button: (
                Action.POST,
                (S.TOWNSHIP_APPROVED,),
                self.tr("Posting follows township approval and the supervision review."),
            ),
            self.pay_button: (
                edit,
                (S.POSTED,),
                self.tr("Payment is recorded after the posting period has ended."),
            ),
            self.withdraw_button: (
                edit,
                waiting,
                self.tr("Only an application not yet posted can be withdrawn."),
            ),
            self.reverse_button: (
                edit,
                (S.RECORDED, S.PAID),
                self.tr("Only recorded income or a payment made can be reversed."),
            ),
        }
        for button, (action, states, why) in rules.items():
            self.gate(button, action, self._why_not_in(states, why))
        self.watch_selection(self.view)
        self.ledger.itemSelectionChanged.connect(self.update_gates)

    def _why_no_target(self) -> str | None:
        model = self.view.selectionModel()
        return (
            None
            if model is not None and model.selectedRows()
            else self.tr("Select a target in the list first.")
        )

    def _why_no_recipient(self) -> str | None:
        if self._why_no_target() is None:
            return None
        return self.tr("Select the recipient on the Targets tab first.")

    def _why_not_in(self, states: tuple[DisbursementState, ...], why: str) -> Callable[[], str | None]:
        def why_not() -> str | None:
            entry = self.selected_entry()
            if entry is None:
                return self.tr("Select an entry in the ledger first.")
            return None if entry.reverses_id is None and entry.state in states else why

        return why_not

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        def on_target(opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                self.tabs.setCurrentIndex(0)
                if not self.model.rows:
                    return None
                self.view.selectRow(0)
                return opener()

            return open_it

        def on_entry(
            state: DisbursementState, opener: Callable[[], QDialog | None]
        ) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                self.tabs.setCurrentIndex(1)
                for index, entry in enumerate(self.entries):
                    if entry.state is state and entry.reverses_id is None:
                        self.ledger.selectRow(index)
                        return opener()
                return None

            return open_it

        return [
            ("care-add-target", self.add_target),
            ("care-edit-target", on_target(self.edit_target)),
            ("care-record-visit", on_target(self.record_visit)),
            ("care-exit-target", on_target(self.exit_target)),
            ("care-visits", on_target(self.show_visits)),
            ("care-history", on_target(self.show_history)),
            ("care-visit-list", self.visit_list),
            ("care-income", self.record_income),
            ("care-apply", on_target(self.apply_payment)),
            ("care-pay", on_entry(S.POSTED, lambda: self.step(StepDialog.PAY))),
            ("care-statement", self.statement),
        ]


class VisitsDialog(QDialog):
    """The visits of one target, newest first; a wrong one is cancelled by a reversal with a reason."""

    def __init__(self, ctx: DeskContext, target_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.target_id = ctx, target_id
        self.setWindowTitle(self.tr("Visits to %1").replace("%1", name))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Occasion"),
                self.tr("Visitors"),
                self.tr("Needs"),
                self.tr("Follow-up"),
                self.tr("State"),
            ]
        )
        _table(self.table, 3)
        layout.addWidget(self.table, 1)
        self.reverse_button = QPushButton(self.tr("Cancel by reversal..."))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        self.reverse_button.clicked.connect(self.reverse)
        layout.addLayout(_row(self.reverse_button, close))
        self.visits: list[int] = []
        self.refresh()
        from villagedesk.ui.screen import fit_to_screen

        fit_to_screen(self, 820, 460)

    def refresh(self) -> None:
        from villagedesk.notices.masking import redact_free_text

        with self.ctx.read() as session:
            visits = v.visits_of(session, self.target_id)
            cancelled = v.reversed_ids(session)
        self.visits = [x.id for x in visits]
        self.table.setRowCount(0)
        for visit in visits:
            row = self.table.rowCount()
            self.table.insertRow(row)
            if visit.reverses_id is not None:
                state = self.tr("reversal: %1").replace("%1", visit.reversal_reason)
            elif visit.id in cancelled:
                state = self.tr("cancelled")
            else:
                state = ""
            for col, text in enumerate(
                [
                    visit.visit_date.isoformat(),
                    visit.occasion,
                    visit.visitors,
                    redact_free_text(visit.needs),
                    visit.follow_up.isoformat() if visit.follow_up else "",
                    state,
                ]
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def reverse(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.visits):
            return
        reason = self.ctx.dialogs.ask_text(self, self.tr("Cancel by reversal"), self.tr("Reason:"))
        if reason is None:
            return
        try:
            with self.ctx.write("care") as session:
                v.reverse_visit(session, self.visits[row], reason, self.ctx.today())
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Cancel by reversal"), exc.render(tr_core))
        self.refresh()
