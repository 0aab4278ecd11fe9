"""The people roster page: search, filter by body and date, add, edit, memberships, xlsx import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import roster, users
from villagedesk.db.models import Body
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.pages import Page
from villagedesk.ui.roster.dialogs import EndMembershipDialog, MembershipDialog, PersonDialog
from villagedesk.ui.roster.models import MembershipsModel, PeopleModel
from villagedesk.ui.widgets import DateField


class RosterPage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("People roster"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or group"))
        self.search.setClearButtonEnabled(True)
        self.body = QComboBox()
        self.body.addItem(self.tr("Everyone"), None)
        for body in Body:
            self.body.addItem(tr_core(roster.BODY_LABELS[body]), body)
        self.on_date = DateField()
        self.on_date.set_value(ctx.today())
        self.count = QLabel()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        body_label = QLabel(self.tr("&Body"))
        body_label.setBuddy(self.body)
        date_label = QLabel(self.tr("&On date"))
        date_label.setBuddy(self.on_date.edit)
        for widget in (
            search_label,
            self.search,
            body_label,
            self.body,
            date_label,
            self.on_date,
            self.count,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add person"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.member_button = QPushButton(self.tr("Add &membership"))
        self.end_button = QPushButton(self.tr("E&nd membership"))
        self.import_button = QPushButton(self.tr("&Import .xlsx"))
        self.history_button = QPushButton(self.tr("&History"))
        # 查看: the full identity number, for a user holding 查看敏感信息; every reveal is audited
        self.reveal_button = QPushButton(self.tr("&View ID number"))
        self.reveal_button.setToolTip(self.tr("Shows the full identity number; the viewing is recorded"))
        for b in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.member_button,
            self.end_button,
            self.import_button,
            self.history_button,
            self.reveal_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.people_model = PeopleModel()
        self.people = QTableView()
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_columns()
        self.people.verticalHeader().setVisible(False)
        self.people.setAccessibleName(self.tr("People"))
        self.memberships_model = MembershipsModel()
        self.memberships = QTableView()
        self.memberships.setModel(self.memberships_model)
        self.memberships.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.memberships.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberships.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.memberships.horizontalHeader().setStretchLastSection(True)
        self.memberships.verticalHeader().setVisible(False)
        self.memberships.setAccessibleName(self.tr("Memberships"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.people)
        splitter.addWidget(self.memberships)
        splitter.setSizes([400, 160])
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.reload)
        self.body.currentIndexChanged.connect(self.reload)
        self.on_date.edit.dateChanged.connect(self.reload)
        self.people.selectionModel().selectionChanged.connect(self._show_memberships)
        self.people.doubleClicked.connect(self.edit_person)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.member_button.clicked.connect(self.add_membership)
        self.end_button.clicked.connect(self.end_membership)
        self.import_button.clicked.connect(self.import_xlsx)
        self.history_button.clicked.connect(self.show_history)
        self.reveal_button.clicked.connect(self.reveal_id_number)
        ctx.bus.changed.connect(lambda register: self.refresh() if register == "roster" else None)
        edit = users.Action.EDIT_RECORDS
        self.gate(self.add_button, edit)
        self.gate(self.import_button, edit)
        for button in (self.edit_button, self.remove_button, self.member_button):
            self.gate(button, edit, self._why_no_person)
        self.gate(self.end_button, edit, self._why_no_membership)
        self.gate(self.history_button, None, self._why_no_person)
        self.gate(self.reveal_button, users.Action.REVEAL_SENSITIVE, self._why_no_number)
        self.watch_selection(self.people)
        self.watch_selection(self.memberships)

    def _why_no_person(self) -> str | None:
        return None if self.selected_row() is not None else self.tr("Select a person in the list first.")

    def _why_no_membership(self) -> str | None:
        if self.selected_membership_id() is None:
            return self.tr("Select a current membership in the lower list first.")
        row = self.memberships_model.rows[self.memberships.selectionModel().selectedRows()[0].row()]
        if row.end_date is not None:
            return self.tr("This membership has already ended.")
        return None

    def _why_no_number(self) -> str | None:
        row = self.selected_row()
        if row is None:
            return self._why_no_person()
        return (
            None
            if row.id_masked
            else self.tr("No identity number is recorded for %1.").replace("%1", row.name)
        )

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        def first(opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                if self.people_model.rows:
                    self.people.selectRow(0)
                return opener()

            return open_it

        return [
            ("add-person", self.add_person),
            ("edit-person", first(self.edit_person)),
            ("add-membership", first(self.add_membership)),
            ("person-history", first(self.show_history)),
        ]

    def _fit_columns(self) -> None:
        """Columns as wide as an ordinary value, set once: fitting them to the contents would read
        every fetched row on each keystroke. The last column (核对) takes the room that is left and
        shows its whole text as a tooltip; the clerk can drag any column wider."""
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cells, titles = self.people.fontMetrics(), header.fontMetrics()
        padding = 2 * self.people.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        last = len(PeopleModel.COLUMNS) - 1
        for column, text in enumerate(PeopleModel.typical_texts()):
            title = titles.horizontalAdvance(self.people_model.headerData(column, Qt.Orientation.Horizontal))
            width = title if column == last else max(cells.horizontalAdvance(text), title)
            header.resizeSection(column, width + padding)
        header.setStretchLastSection(True)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()
        with self.ctx.read() as session:
            allowed = users.can(session, self.ctx.user, users.Action.REVEAL_SENSITIVE)
        self.reveal_button.setVisible(allowed)

    def query(self) -> roster.PeopleQuery:
        return roster.PeopleQuery(
            self.search.text(), self.body.currentData(), self.on_date.value() or self.ctx.today()
        )

    def reload(self) -> None:
        """The list again for the filters as they stand, keeping the selected person selected."""
        selected = self.selected_person_id()
        self.people_model.load(self.ctx.read, self.query())
        self.count.setText(self.tr("%1 people").replace("%1", str(self.people_model.total)))
        if selected is not None:
            self.select_person(selected)
        self._show_memberships()

    def select_person(self, person_id: int) -> bool:
        """Select ``person_id`` if the list holds them, fetching down to their row if need be."""
        row = self.people_model.position_of(person_id)
        if row is None:
            return False
        self.people.selectRow(row)
        self.people.scrollTo(self.people_model.index(row, 0))
        return True

    def selected_row(self) -> roster.PersonRow | None:
        model = self.people.selectionModel()
        indexes = model.selectedRows() if model else []
        return self.people_model.rows[indexes[0].row()] if indexes else None

    def selected_person_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def selected_membership_id(self) -> int | None:
        indexes = self.memberships.selectionModel().selectedRows()
        return self.memberships_model.rows[indexes[0].row()].id if indexes else None

    def _show_memberships(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self.memberships_model.set_rows([], self.ctx.today())
            return
        with self.ctx.read() as session:
            person = roster.get_person(session, person_id)
            self.memberships_model.set_rows(list(person.memberships), self.ctx.today())

    # -- actions ----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    def add_person(self) -> QDialog:
        dialog = PersonDialog(self.ctx, parent=self)

        def select_new() -> None:
            self.search.clear()
            self.refresh()
            if dialog.created_id is not None:
                self.select_person(dialog.created_id)

        dialog.accepted.connect(select_new)
        return self._open(dialog)

    def _need_person(self) -> roster.PersonRow | None:
        row = self.selected_row()
        if row is None:
            self.ctx.dialogs.info(self, self.tr("Roster"), self.tr("Select a person in the list first."))
        return row

    def edit_person(self) -> QDialog | None:
        row = self._need_person()
        if row is None:
            return None
        return self._open(PersonDialog(self.ctx, row.id, parent=self))

    def remove_person(self) -> None:
        row = self._need_person()
        if row is None:
            return
        person_id, name = row.id, row.name
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Remove person"),
            self.tr(
                "Remove %1 from the roster? Their past meetings keep them; they leave every list from now on."
            ).replace("%1", name),
        ):
            return
        with self.ctx.write("roster", reason="removed from roster") as session:
            roster.remove_person(session, person_id)

    def add_membership(self) -> QDialog | None:
        row = self._need_person()
        if row is None:
            return None
        return self._open(MembershipDialog(self.ctx, row.id, row.name, parent=self))

    def end_membership(self) -> QDialog | None:
        membership_id = self.selected_membership_id()
        if membership_id is None:
            self.ctx.dialogs.info(
                self, self.tr("Roster"), self.tr("Select a current membership in the lower list first.")
            )
            return None
        row = self.memberships_model.rows[self.memberships.selectionModel().selectedRows()[0].row()]
        return self._open(
            EndMembershipDialog(self.ctx, membership_id, tr_core(roster.BODY_LABELS[row.body]), parent=self)
        )

    def show_history(self) -> QDialog | None:
        row = self._need_person()
        if row is None:
            return None
        from villagedesk.core.labels import person_records
        from villagedesk.ui.trust import HistoryDialog

        with self.ctx.read() as session:
            uuids = person_records(session, row.id)
        return self._open(HistoryDialog(self.ctx, uuids, row.name, parent=self))

    def reveal_id_number(self) -> str | None:
        row = self._need_person()
        if row is None:
            return None
        if not row.id_masked:
            self.ctx.dialogs.info(
                self,
                self.tr("ID number"),
                self.tr("No identity number is recorded for %1.").replace("%1", row.name),
            )
            return None
        from villagedesk.core.errors import ValidationError

        try:
            with self.ctx.write("roster-reveal", reason="reveal id_number") as session:
                number = roster.reveal_id_number(session, row.id)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("ID number"), exc.render(tr_core))
            return None
        self.ctx.dialogs.info(self, self.tr("ID number"), f"{row.name}：{number}")
        return number

    def import_xlsx(self) -> QDialog | None:
        path = self.ctx.dialogs.open_file(self, self.tr("Import roster"), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from villagedesk.ui.roster.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, path, parent=self)

        def done() -> None:
            applied = dialog.applied
            if applied is None:
                return
            self.ctx.dialogs.info(
                self,
                self.tr("Import roster"),
                self.tr("Imported: %1 new, %2 updated, %3 unchanged.")
                .replace("%1", str(applied.new))
                .replace("%2", str(applied.updated))
                .replace("%3", str(applied.unchanged)),
            )

        dialog.accepted.connect(done)
        return self._open(dialog)
