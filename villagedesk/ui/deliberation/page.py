"""四议两公开: the list of major matters, each matter's timeline, and every step from here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk import documents
from villagedesk.core import deliberation as d
from villagedesk.core import settings as centre_settings
from villagedesk.core import users
from villagedesk.core.deliberation import config
from villagedesk.core.errors import ValidationError
from villagedesk.core.labels import enum_label
from villagedesk.db.models import MatterNoticeKind, MatterStatus, UserRole
from villagedesk.i18n import tr_core
from villagedesk.notices.numerals import format_yuan
from villagedesk.ui import printing
from villagedesk.ui.context import DeskContext
from villagedesk.ui.deliberation.dialogs import MatterDialog, MatterNoticeDialog, MeetingDialog
from villagedesk.ui.pages import Page
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, RowsModel, translated


def _stage(row: d.MatterRow) -> str:
    if row.next_stage is None:
        return "—"
    text = tr_core(d.STAGE_LABELS[row.next_stage])
    if row.missing_disclosure:
        text += translated("MattersModel", " (disclosure missing)")
    elif row.overdue:
        text += translated("MattersModel", " (overdue)")
    return text


def _late(row: d.MatterRow) -> QColor | None:
    return QColor("#b00020") if row.overdue or row.missing_disclosure else None


class MattersModel(RowsModel):
    CONTEXT = "MattersModel"
    TITLE, CATEGORY, OPENED, STAGE, STATUS, AMOUNT = range(6)
    COLUMNS = (
        Col(
            QT_TRANSLATE_NOOP("MattersModel", "Matter"),
            lambda r: (
                r.title
                + (
                    translated("MattersModel", " (round %1)").replace("%1", str(r.round))
                    if r.round > 1
                    else ""
                )
            ),
            _late,
        ),
        Col(QT_TRANSLATE_NOOP("MattersModel", "Category"), lambda r: r.category, _late),
        Col(QT_TRANSLATE_NOOP("MattersModel", "Opened"), lambda r: r.opened_on.isoformat(), _late),
        Col(QT_TRANSLATE_NOOP("MattersModel", "Now at"), _stage, _late),
        Col(QT_TRANSLATE_NOOP("MattersModel", "Status"), lambda r: tr_core(enum_label(r.status)), _late),
        Col(
            QT_TRANSLATE_NOOP("MattersModel", "Amount (yuan)"),
            lambda r: format_yuan(r.amount_fen) if r.amount_fen is not None else "",
            _late,
        ),
    )


_MARKERS = (
    QT_TRANSLATE_NOOP("MattersModel", " (round %1)"),
    QT_TRANSLATE_NOOP("MattersModel", " (disclosure missing)"),
    QT_TRANSLATE_NOOP("MattersModel", " (overdue)"),
)


STATE_LABELS = {
    "passed": QT_TRANSLATE_NOOP("DeliberationPage", "✔ passed"),
    "failed": QT_TRANSLATE_NOOP("DeliberationPage", "✘ not passed"),
    "no_quorum": QT_TRANSLATE_NOOP("DeliberationPage", "⚠ no quorum"),
    "posted": QT_TRANSLATE_NOOP("DeliberationPage", "✔ posted"),
    "taken_down": QT_TRANSLATE_NOOP("DeliberationPage", "✔ posted, taken down"),
    "draft": QT_TRANSLATE_NOOP("DeliberationPage", "… to be reviewed and posted"),
    "waiting": QT_TRANSLATE_NOOP("DeliberationPage", "○ to do"),
    "taken_down_early": QT_TRANSLATE_NOOP("DeliberationPage", "⚠ taken down early"),
}


class Selection:
    """What the selected matter allows, read once per selection change."""

    def __init__(self) -> None:
        self.matter_id: int | None = None
        self.status: MatterStatus | None = None
        self.meeting_due = False
        self.disclosures: list[tuple[int, bool, bool]] = []  # (id, posted, taken down), oldest first
        self.supervisors = 0


class DeliberationPage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Four deliberations, two disclosures"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), None)
        for year in range(ctx.today().year, ctx.today().year - 10, -1):
            self.year.addItem(str(year), year)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        with ctx.read() as session:
            for item in centre_settings.get(session, config.MAJOR_MATTERS):
                self.category.addItem(item, item)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in MatterStatus:
            self.status.addItem(tr_core(enum_label(status)), status)
        for label, widget in (
            (self.tr("&Year"), self.year),
            (self.tr("&Category"), self.category),
            (self.tr("&Status"), self.status),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("&New matter..."))
        self.meeting_button = QPushButton(self.tr("Record &meeting..."))
        self.resolution_button = QPushButton(self.tr("Resolution &disclosure..."))
        self.result_button = QPushButton(self.tr("Implementation r&esult..."))
        self.review_button = QPushButton(self.tr("Supervision rev&iew..."))
        self.post_button = QPushButton(self.tr("Print for &posting..."))
        self.down_button = QPushButton(self.tr("Taken d&own..."))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.book_button = QPushButton(self.tr("Record &book"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw..."))
        self.again_button = QPushButton(self.tr("Propose &again..."))
        self.history_button = QPushButton(self.tr("&History"))
        for i, b in enumerate(
            (
                self.new_button,
                self.meeting_button,
                self.resolution_button,
                self.result_button,
                self.review_button,
                self.post_button,
                self.down_button,
                self.preview_button,
                self.book_button,
                self.withdraw_button,
                self.again_button,
                self.history_button,
            )
        ):
            buttons.addWidget(b, i // 6, i % 6)
        layout.addLayout(buttons)

        self.model = MattersModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The title takes the room; the other columns have fixed, adjustable widths, so a long stage
        # name or category never squeezes the title to "2026…" on a 1024 px screen.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(50)
        self._fit_columns()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Major matters"))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)  # a stage's date, name and state stay readable in the narrow pane
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Timeline")))
        right_layout.addWidget(self.timeline, 1)
        right_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setSizes([720, 280])
        layout.addWidget(splitter, 1)
        self.status_label = QLabel()
        layout.addWidget(self.status_label)

        for combo in (self.year, self.category, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self.show_timeline)
        self.new_button.clicked.connect(self.new_matter)
        self.meeting_button.clicked.connect(self.record_meeting)
        self.resolution_button.clicked.connect(lambda: self.add_matter_notice(MatterNoticeKind.RESOLUTION))
        self.result_button.clicked.connect(lambda: self.add_matter_notice(MatterNoticeKind.RESULT))
        self.review_button.clicked.connect(self.review)
        self.post_button.clicked.connect(self.post)
        self.down_button.clicked.connect(self.take_down)
        self.preview_button.clicked.connect(self.preview)
        self.book_button.clicked.connect(self.record_book)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.again_button.clicked.connect(self.propose_again)
        self.history_button.clicked.connect(self.show_history)
        ctx.bus.changed.connect(
            lambda r: self.refresh() if r in ("deliberation", "review", "printing", "users", "*") else None
        )
        self.selection = Selection()
        self._gate_buttons()

    def _fit_columns(self) -> None:
        """Column widths in characters of the font in use, so 大字模式 widens them too."""
        metrics = self.view.fontMetrics()
        han = metrics.horizontalAdvance("中")
        date = metrics.horizontalAdvance("2026-09-12") + 16
        for column, width in ((0, 19 * han), (1, 7 * han), (2, date), (3, 9 * han), (4, 4 * han)):
            self.view.setColumnWidth(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._fit_columns)  # once the table has the new font too

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        with self.ctx.read() as session:
            rows = d.list_matters(
                session,
                self.year.currentData(),
                self.category.currentData(),
                self.status.currentData(),
                today=self.ctx.today(),
            )
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.id == selected:
                self.view.selectRow(i)
        late = sum(1 for r in rows if r.overdue or r.missing_disclosure)
        self.status_label.setText(
            self.tr("%1 matters, %2 need attention").replace("%1", str(len(rows))).replace("%2", str(late))
        )
        self.show_timeline()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()].id if rows else None

    def select_matter(self, matter_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == matter_id:
                self.view.selectRow(i)

    def show_timeline(self) -> None:
        self.timeline.clear()
        matter_id = self.selected_id()
        self.selection = Selection()
        with self.ctx.read() as session:
            self.selection.supervisors = sum(1 for u in users.users(session) if u.role is UserRole.SUPERVISOR)
            if matter_id is None:
                self.detail.setText(self.tr("Select a matter to see its stages here."))
                self.update_gates()
                return
            items = d.timeline(session, matter_id)
            matter = d.get_matter(session, matter_id)
            stage = d.next_stage(session, matter)
            notices = d.matter_notices(session, matter_id)
            self.selection.disclosures = [
                (n.id, n.posted_on is not None, n.taken_down_on is not None) for n in notices
            ]
        self.selection.matter_id = matter_id
        self.selection.status = matter.status
        self.selection.meeting_due = stage is not None and stage.value <= 4
        taken_down = {i for i, _posted, down in self.selection.disclosures if down}
        for item in items:
            day = item.day.isoformat() if item.day else ""
            state = item.state
            if state == "posted" and item.record_kind == "disclosure" and item.record_id in taken_down:
                state = "taken_down"
            label = QCoreApplication.translate("DeliberationPage", STATE_LABELS[state])
            entry = QListWidgetItem(f"{day}  {tr_core(item.label)}  {label}")
            entry.setData(Qt.ItemDataRole.UserRole, (item.record_kind, item.record_id))
            self.timeline.addItem(entry)
        self.detail.setText(
            self.tr("Origin: %1").replace(
                "%1",
                tr_core(enum_label(matter.origin))
                + ("（" + matter.origin_detail + "）" if matter.origin_detail else ""),
            )
        )
        self.update_gates()

    # -- which buttons apply --------------------------------------------------------------------------
    def _gate_buttons(self) -> None:
        edit, post = users.Action.EDIT_RECORDS, users.Action.POST
        self.gate(self.new_button, edit)
        self.gate(self.meeting_button, edit, self._why_no_meeting)
        self.gate(self.resolution_button, edit, self._why_not_open)
        self.gate(self.result_button, edit, self._why_not_open)
        self.gate(self.review_button, None, self._why_no_review)
        self.gate(self.post_button, post, self._why_no_disclosure)
        self.gate(self.down_button, edit, self._why_nothing_posted)
        self.gate(self.preview_button, None, self._why_no_disclosure)
        self.gate(self.book_button, None, self._why_no_matter)
        self.gate(self.withdraw_button, edit, self._why_not_open)
        self.gate(self.again_button, edit, self._why_not_closed)
        self.gate(self.history_button, None, self._why_no_matter)
        self.timeline.currentItemChanged.connect(lambda *_: self.update_gates())

    def _why_no_matter(self) -> str | None:
        return None if self.selection.matter_id is not None else self.tr("Select a matter in the list first.")

    def _why_not_open(self) -> str | None:
        if self.selection.matter_id is None:
            return self._why_no_matter()
        if self.selection.status is not MatterStatus.IN_PROGRESS:
            return self.tr("This matter is closed (%1).").replace(
                "%1", tr_core(enum_label(self.selection.status or MatterStatus.IN_PROGRESS))
            )
        return None

    def _why_no_meeting(self) -> str | None:
        why = self._why_not_open()
        if why is None and not self.selection.meeting_due:
            return self.tr("No meeting is due for this matter now: its disclosures come next.")
        return why

    def _why_no_disclosure(self) -> str | None:
        if self.selection.matter_id is None:
            return self._why_no_matter()
        return None if self.selection.disclosures else self.tr("This matter has no disclosure yet.")

    def _why_no_review(self) -> str | None:
        why = self._why_no_disclosure()
        if why is None and not self.selection.supervisors:
            return self.tr(
                "No supervision committee member can sign yet: the administrator adds one as a user "
                "in Settings → Users."
            )
        return why

    def _why_nothing_posted(self) -> str | None:
        why = self._why_no_disclosure()
        if why is None and self.posted_notice() is None:
            return self.tr("No disclosure of this matter is on the board: none is posted and still up.")
        return why

    def _why_not_closed(self) -> str | None:
        if self.selection.matter_id is None:
            return self._why_no_matter()
        if self.selection.status not in (MatterStatus.FAILED, MatterStatus.WITHDRAWN):
            return tr_core(d.R_NOT_FAILED)
        return None

    def posted_notice(self) -> int | None:
        """The disclosure on the board: the one selected in the timeline when that one is posted
        and still up, otherwise the newest such disclosure of the matter."""
        up = [i for i, posted, down in self.selection.disclosures if posted and not down]
        item = self.timeline.currentItem()
        if item is not None:
            record_kind, record_id = item.data(Qt.ItemDataRole.UserRole)
            if record_kind == "disclosure" and record_id in up:
                return int(record_id)
        return up[-1] if up else None

    def selected_notice(self) -> int | None:
        item = self.timeline.currentItem()
        if item is not None:
            record_kind, record_id = item.data(Qt.ItemDataRole.UserRole)
            if record_kind == "disclosure":
                return record_id
        with self.ctx.read() as session:
            drafts = [x for x in d.matter_notices(session, self.selected_id() or 0)]
        return drafts[-1].id if drafts else None

    # -- actions ------------------------------------------------------------------------------------
    def _need(self) -> int | None:
        matter_id = self.selected_id()
        if matter_id is None:
            self.ctx.dialogs.info(
                self, self.tr("Major matters"), self.tr("Select a matter in the list first.")
            )
        return matter_id

    def _open(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def new_matter(self) -> QDialog:
        dialog = MatterDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: (self.refresh(), self.select_matter(dialog.saved_id or 0)))
        return self._open(dialog)

    def record_meeting(self) -> QDialog | None:
        matter_id = self._need()
        if matter_id is None:
            return None
        with self.ctx.read() as session:
            matter = d.get_matter(session, matter_id)
            stage = d.next_stage(session, matter)
        if stage is None or stage.value > 4:
            reason = tr_core(d.STAGE_LABELS[stage]) if stage else tr_core(enum_label(matter.status))
            self.ctx.dialogs.info(
                self,
                self.tr("Record meeting"),
                self.tr("No meeting is due for this matter now (%1).").replace("%1", reason),
            )
            return None
        return self._open(MeetingDialog(self.ctx, matter_id, parent=self))

    def add_matter_notice(self, kind: MatterNoticeKind) -> QDialog | None:
        matter_id = self._need()
        return (
            None
            if matter_id is None
            else self._open(MatterNoticeDialog(self.ctx, matter_id, kind, parent=self))
        )

    def _printable(self, printable_id: str) -> documents.Printable | None:
        with self.ctx.read() as session:
            try:
                return documents.find_printable(session, printable_id)
            except KeyError:
                return None

    def _notice_item(self) -> documents.Printable | None:
        disclosure_id = self.selected_notice()
        if disclosure_id is None:
            self.ctx.dialogs.info(self, self.tr("Disclosure"), self.tr("This matter has no disclosure yet."))
            return None
        with self.ctx.read() as session:
            disclosure = d.get_matter_notice(session, disclosure_id)
        prefix = "resolution" if disclosure.kind is MatterNoticeKind.RESOLUTION else "result"
        return self._printable(f"{prefix}-{disclosure_id}")

    def review(self) -> QDialog | None:
        item = self._notice_item()
        if item is None:
            return None
        from villagedesk.ui.trust import ReviewDialog

        return self._open(ReviewDialog(self.ctx, item, self))

    def post(self) -> int:
        item = self._notice_item()
        if item is None:
            return 0
        done = printing.print_items(self.ctx, [item], self, for_posting=True)
        if done:
            self.done(
                self.tr("%1 is recorded as posted on %2 and locked; the printer is printing it.")
                .replace("%1", item.title)
                .replace("%2", self.ctx.today().isoformat()),
                self.tr("Print for posting"),
            )
        return done

    def preview(self) -> QDialog | None:
        item = self._notice_item()
        return None if item is None else printing.preview(self.ctx, item, self)

    def record_book(self) -> QDialog | None:
        matter_id = self._need()
        if matter_id is None:
            return None
        item = self._printable(f"book-{matter_id}")
        return None if item is None else printing.preview(self.ctx, item, self)

    def take_down(self) -> None:
        disclosure_id = self.posted_notice()
        if disclosure_id is None:
            self.ctx.dialogs.info(self, self.tr("Taken down"), self._why_nothing_posted() or "")
            return
        with self.ctx.read() as session:
            notice = d.get_matter_notice(session, disclosure_id)
            what = tr_core(enum_label(notice.kind))
            posted = notice.posted_on.isoformat() if notice.posted_on else ""
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Taken down"),
            self.tr("Record that the %1 posted on %2 was taken off the board today?")
            .replace("%1", what)
            .replace("%2", posted),
        ):
            return
        try:
            with self.ctx.write("deliberation") as session:
                early = d.take_down(session, disclosure_id, self.ctx.today(), "")
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Taken down"), exc.render(tr_core))
            return
        if early:
            self.ctx.dialogs.warning(
                self,
                self.tr("Taken down"),
                self.tr(
                    "This disclosure came down before its posting period ended; it is flagged in the register."
                ),
            )
        else:
            self.done(
                self.tr("Recorded: the %1 posted on %2 was taken down on %3.")
                .replace("%1", what)
                .replace("%2", posted)
                .replace("%3", self.ctx.today().isoformat()),
                self.tr("Taken down"),
            )

    def show_history(self) -> QDialog | None:
        matter_id = self._need()
        if matter_id is None:
            return None
        from villagedesk.core.labels import matter_records
        from villagedesk.ui.trust import HistoryDialog

        with self.ctx.read() as session:
            uuids = matter_records(session, matter_id)
            title = d.get_matter(session, matter_id).title
        return self._open(HistoryDialog(self.ctx, uuids, title, self))

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        first = self.model.rows[0].id if self.model.rows else None

        def on_first(opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                if first is not None:
                    self.select_matter(first)
                return opener()

            return open_it

        def meeting() -> QDialog | None:
            for row in self.model.rows:
                if row.next_stage is not None and row.next_stage.value <= 4:
                    self.select_matter(row.id)
                    return self.record_meeting()
            return None

        return [
            ("new-matter", self.new_matter),
            ("record-meeting", meeting),
            ("matter-history", on_first(self.show_history)),
            ("review", on_first(self.review)),
        ]

    def withdraw(self) -> None:
        matter_id = self._need()
        if matter_id is None:
            return
        reason = self.ctx.dialogs.ask_text(self, self.tr("Withdraw"), self.tr("Why is the matter withdrawn?"))
        if reason is None:
            return
        try:
            with self.ctx.write("deliberation", reason=reason) as session:
                d.withdraw(session, matter_id, self.ctx.today(), reason)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Withdraw"), exc.render(tr_core))

    def propose_again(self) -> QDialog | None:
        matter_id = self._need()
        if matter_id is None:
            return None
        with self.ctx.read() as session:
            status = d.get_matter(session, matter_id).status
        if status not in (MatterStatus.FAILED, MatterStatus.WITHDRAWN):
            self.ctx.dialogs.info(self, self.tr("Propose again"), tr_core(d.R_NOT_FAILED))
            return None
        dialog = MatterDialog(self.ctx, again_from=matter_id, parent=self)
        dialog.accepted.connect(lambda: (self.refresh(), self.select_matter(dialog.saved_id or 0)))
        return self._open(dialog)
