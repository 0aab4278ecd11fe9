"""General notices (通用公告): write, preview, print, print for posting, revise, print log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from villagedesk import documents
from villagedesk.core import general_notice as gn
from villagedesk.core import users
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.posting import posting_period
from villagedesk.db.models import GeneralNotice, Issuer, UserRole
from villagedesk.documents import general_notice as notice_docs
from villagedesk.i18n import tr_core
from villagedesk.ui import printing
from villagedesk.ui.context import DeskContext
from villagedesk.ui.pages import Page
from villagedesk.ui.roster.dialogs import FormDialog
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, RowsModel, translated
from villagedesk.ui.widgets import DateField

Index = QModelIndex | QPersistentModelIndex


def _notice_state(model: NoticesModel, n: GeneralNotice) -> str:
    reviewer = model.reviewed.get(n.id)
    suffix = translated("NoticesModel", ", reviewed by %1").replace("%1", reviewer) if reviewer else ""
    if n.posted_on is None:
        return translated("NoticesModel", "Draft") + suffix
    return translated("NoticesModel", "Posted %1").replace("%1", n.posted_on.isoformat()) + suffix


def _period(n: GeneralNotice) -> str:
    start, end = posting_period(n.posting_date, n.posting_days)
    return f"{start.isoformat()} – {end.isoformat()}"


class NoticesModel(RowsModel):
    CONTEXT = "NoticesModel"
    TITLE, REVISION, DATE, PERIOD, STATUS = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.reviewed: dict[int, str] = {}
        self.COLUMNS = (
            Col(QT_TRANSLATE_NOOP("NoticesModel", "Title"), lambda n: n.title),
            Col(QT_TRANSLATE_NOOP("NoticesModel", "Revision"), lambda n: str(n.revision)),
            Col(QT_TRANSLATE_NOOP("NoticesModel", "Date of issue"), lambda n: n.notice_date.isoformat()),
            Col(QT_TRANSLATE_NOOP("NoticesModel", "Posting period"), _period),
            Col(QT_TRANSLATE_NOOP("NoticesModel", "State"), lambda n: _notice_state(self, n)),
        )

    def set_rows(self, rows: list[GeneralNotice], reviewed: dict[int, str] | None = None) -> None:  # type: ignore[override]
        self.reviewed = reviewed or {}
        super().set_rows(rows)


_MARKERS = (
    QT_TRANSLATE_NOOP("NoticesModel", ", reviewed by %1"),
    QT_TRANSLATE_NOOP("NoticesModel", "Draft"),
    QT_TRANSLATE_NOOP("NoticesModel", "Posted %1"),
)


class NoticeDialog(FormDialog):
    """Write or change a notice; a posted notice opens as a new revision."""

    register = "general_notice"

    def __init__(self, ctx: DeskContext, notice_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New notice"), parent)
        self.notice_id = notice_id
        self.saved_id: int | None = None
        self.revising = False
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 关于临时停水的通知"))
        self.issuer = QComboBox()
        for issuer, label in (
            (Issuer.COMMITTEE, self.tr("Villagers' committee")),
            (Issuer.PARTY, self.tr("Village Party organisation")),
            (Issuer.BOTH, self.tr("Party organisation and villagers' committee")),
        ):
            self.issuer.addItem(label, issuer)
        self.notice_date = DateField()
        self.notice_date.set_value(ctx.today())
        self.posting_date = DateField()
        self.posting_date.set_value(ctx.today())
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("One paragraph per line. Lines starting with 一、 or （一） print as headings.")
        )
        self.body.setMinimumHeight(180)
        self.headers = QLineEdit()
        self.headers.setPlaceholderText(
            self.tr("Optional table: column headings separated by 、 e.g. 村民小组、联系人、时间")
        )
        self.table = QTableWidget(0, 0)
        self.table.setMinimumHeight(140)
        self.add_row = QPushButton(self.tr("Add &row"))
        self.remove_row = QPushButton(self.tr("Remove ro&w"))
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.add_row)
        table_buttons.addWidget(self.remove_row)
        table_buttons.addStretch(1)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Issued by"), self.issuer)
        self.form.addRow(self.tr("Date o&f issue"), self.notice_date)
        self.form.addRow(self.tr("&Posting from"), self.posting_date)
        self.form.addRow(self.tr("Posting peri&od"), self.days)
        self.form.addRow(self.tr("Te&xt"), self.body)
        self.form.addRow(self.tr("Table &columns"), self.headers)
        self.form.addRow("", self.table)
        self.form.addRow("", table_buttons)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required when the notice was already printed or reviewed"))
        self.form.addRow(self.tr("Reason for the c&hange"), self.reason)
        self.headers.textChanged.connect(self._columns_changed)
        self.add_row.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        self.remove_row.clicked.connect(
            lambda: (
                self.table.removeRow(max(self.table.currentRow(), self.table.rowCount() - 1))
                if self.table.rowCount()
                else None
            )
        )
        if notice_id is not None:
            with ctx.read() as session:
                notice = gn.get_notice(session, notice_id)
                self.revising = notice.posted_on is not None
                self.load(gn.notice_data(notice))
            self.setWindowTitle(
                self.tr("New revision of a posted notice") if self.revising else self.tr("Edit notice")
            )
        fit_to_screen(self, 760, 720)

    def _columns_changed(self) -> None:
        headers = self.header_list()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        if headers and self.table.rowCount() == 0:
            self.table.setRowCount(1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def header_list(self) -> list[str]:
        text = self.headers.text().replace("，", "、").replace(",", "、")
        return [h.strip() for h in text.split("、") if h.strip()]

    def load(self, data: gn.GeneralNoticeData) -> None:
        self.title_edit.setText(data.title)
        self.issuer.setCurrentIndex(max(self.issuer.findData(data.issuer), 0))
        self.notice_date.set_value(data.notice_date)
        self.posting_date.set_value(data.posting_date)
        self.days.setValue(data.posting_days)
        self.body.setPlainText(data.body)
        if data.table:
            self.headers.setText("、".join(data.table.headers))
            self.table.setRowCount(len(data.table.rows))
            for r, row in enumerate(data.table.rows):
                for c, cell in enumerate(row):
                    self.table.setItem(r, c, QTableWidgetItem(cell))

    def data(self) -> gn.GeneralNoticeData:
        headers = self.header_list()
        rows = []
        for r in range(self.table.rowCount()):
            row = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                row.append(item.text() if item else "")
            rows.append(row)
        table = gn.NoticeTable(headers, rows) if headers else None
        return gn.GeneralNoticeData(
            self.title_edit.text(),
            self.body.toPlainText(),
            self.notice_date.value(),
            self.posting_date.value(),
            self.days.value(),
            self.issuer.currentData(),
            table,
        )

    def save(self, session: Session) -> None:
        data = self.data()
        if self.notice_id is None:
            notice = gn.create_notice(session, data)
        elif self.revising:
            notice = gn.revise_notice(session, self.notice_id, data)
        else:
            notice = gn.update_notice(session, self.notice_id, data)
        session.flush()
        # Refuse now, not at the printer, if some character cannot be printed with any font.
        notice_docs.build_general_notice_pdf(notice, get_centre(session))
        self.saved_id = notice.id


class GeneralNoticePage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("General notices"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Notices such as water cuts, meeting notices and calls for comments. "
                "Printing for posting locks a notice; a later change becomes a new revision."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New notice"))
        self.edit_button = QPushButton(self.tr("&Edit / revise"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.print_button = QPushButton(self.tr("&Print..."))
        self.post_button = QPushButton(self.tr("Print for p&osting..."))
        self.save_button = QPushButton(self.tr("Save as P&DF..."))
        self.delete_button = QPushButton(self.tr("De&lete draft"))
        self.log_button = QPushButton(self.tr("Print lo&g"))
        self.review_button = QPushButton(self.tr("Supervision &review..."))
        self.history_button = QPushButton(self.tr("&History"))
        # two rows, so the page fits a 1024 px screen beside the sidebar: the day's work, then the rest
        for b in (
            self.new_button,
            self.edit_button,
            self.review_button,
            self.preview_button,
            self.print_button,
            self.post_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        more = QHBoxLayout()
        for b in (self.save_button, self.delete_button, self.history_button, self.log_button):
            more.addWidget(b)
        more.addStretch(1)
        layout.addLayout(more)
        self.model = NoticesModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Notices"))
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        layout.addWidget(self.status)

        self.search.textChanged.connect(self.refresh)
        self.view.doubleClicked.connect(self.preview)
        self.new_button.clicked.connect(self.new_notice)
        self.edit_button.clicked.connect(self.edit_notice)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_selected(False))
        self.post_button.clicked.connect(lambda: self.print_selected(True))
        self.save_button.clicked.connect(self.save_pdf)
        self.delete_button.clicked.connect(self.delete_draft)
        self.log_button.clicked.connect(self.show_log)
        self.review_button.clicked.connect(self.review)
        self.history_button.clicked.connect(self.show_history)
        ctx.bus.changed.connect(
            lambda register: (
                self.refresh() if register in ("general_notice", "printing", "review", "users", "*") else None
            )
        )
        self.supervisors = 0
        edit, post, print_ = users.Action.EDIT_RECORDS, users.Action.POST, users.Action.PRINT
        self.gate(self.new_button, edit)
        self.gate(self.edit_button, edit, self._why_not_one)
        self.gate(self.review_button, None, self._why_no_review)
        self.gate(self.preview_button, None, self._why_not_one)
        self.gate(self.print_button, print_, self._why_none)
        self.gate(self.post_button, post, self._why_none)
        self.gate(self.save_button, print_, self._why_not_one)
        self.gate(self.delete_button, edit, self._why_not_draft)
        self.gate(self.history_button, None, self._why_not_one)
        self.watch_selection(self.view)

    def _why_none(self) -> str | None:
        return None if self.selected_ids() else self.tr("Select one or more notices first.")

    def _why_not_one(self) -> str | None:
        return None if self.selected_ids() else self.tr("Select a notice in the list first.")

    def _why_no_review(self) -> str | None:
        if not self.selected_ids():
            return self._why_not_one()
        if not self.supervisors:
            return self.tr(
                "No supervision committee member can sign yet: the administrator adds one as a user "
                "in Settings → Users."
            )
        return None

    def _why_not_draft(self) -> str | None:
        ids = self.selected_ids()
        if not ids:
            return self._why_not_one()
        notice = next((n for n in self.model.rows if n.id == ids[0]), None)
        if notice is not None and notice.posted_on is not None:
            return self.tr("This notice was printed for posting: it stays in the register.")
        return None

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        with self.ctx.read() as session:
            self.supervisors = sum(1 for u in users.users(session) if u.role is UserRole.SUPERVISOR)
            rows = gn.current_notices(session, text=self.search.text())
            centre = get_centre(session)
            reviewed = {}
            for notice in rows:
                signed = notice_docs.notice_review(session, notice, centre)
                if signed is not None:
                    reviewed[notice.id] = signed.reviewer
            self.model.set_rows(rows, reviewed)
        for row, notice in enumerate(self.model.rows):
            if notice.id in selected:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    self.view.selectionModel().SelectionFlag.Select
                    | self.view.selectionModel().SelectionFlag.Rows,
                )
        self.status.setText(self.tr("%1 notices").replace("%1", str(len(self.model.rows))))

    def selected_ids(self) -> list[int]:
        model = self.view.selectionModel()
        if model is None:
            return []
        return [self.model.rows[i.row()].id for i in sorted(model.selectedRows(), key=lambda i: i.row())]

    def _printables(self, ids: list[int]) -> list[documents.Printable]:
        with self.ctx.read() as session:
            kind = notice_docs.GeneralNoticeKind()
            return [kind.get(session, i) for i in ids]

    def _need_one(self) -> int | None:
        ids = self.selected_ids()
        if not ids:
            self.ctx.dialogs.info(
                self, self.tr("General notices"), self.tr("Select a notice in the list first.")
            )
            return None
        return ids[0]

    def _open(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def new_notice(self) -> QDialog:
        return self._open(NoticeDialog(self.ctx, parent=self))

    def edit_notice(self) -> QDialog | None:
        notice_id = self._need_one()
        return None if notice_id is None else self._open(NoticeDialog(self.ctx, notice_id, parent=self))

    def preview(self) -> QDialog | None:
        notice_id = self._need_one()
        if notice_id is None:
            return None
        items = self._printables([notice_id])
        dialog = printing.preview(self.ctx, items[0], self) if items else None
        self.current_dialog = dialog
        return dialog

    def print_selected(self, for_posting: bool) -> int:
        ids = self.selected_ids()
        if not ids:
            self.ctx.dialogs.info(
                self, self.tr("General notices"), self.tr("Select one or more notices first.")
            )
            return 0
        if for_posting and not self.ctx.dialogs.confirm(
            self,
            self.tr("Print for posting"),
            self.tr(
                "After printing for posting these notices are locked; a later change becomes a new revision. Continue?"
            ),
        ):
            return 0
        done = printing.print_items(self.ctx, self._printables(ids), self, for_posting)
        if done and for_posting:
            self.done(
                self.tr("%1 notice(s) recorded as posted on %2 and locked; the printer is printing them.")
                .replace("%1", str(done))
                .replace("%2", self.ctx.today().isoformat()),
                self.tr("Print for posting"),
            )
        elif done:
            self.status.setText(self.tr("Printed %1 notice(s).").replace("%1", str(done)))
        return done

    def save_pdf(self) -> None:
        notice_id = self._need_one()
        if notice_id is not None:
            path = printing.save_item(self.ctx, self._printables([notice_id])[0], self)
            if path is not None:
                self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def delete_draft(self) -> None:
        notice_id = self._need_one()
        if notice_id is None:
            return
        if not self.ctx.dialogs.confirm(self, self.tr("Delete draft"), self.tr("Delete this draft notice?")):
            return
        try:
            with self.ctx.write("general_notice", reason="draft deleted") as session:
                gn.remove_draft(session, notice_id)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Delete draft"), exc.render(tr_core))
            return
        self.status.setText(self.tr("The draft was deleted."))

    def review(self) -> QDialog | None:
        notice_id = self._need_one()
        if notice_id is None:
            return None
        from villagedesk.ui.trust import ReviewDialog

        with self.ctx.read() as session:
            item = documents.find_printable(session, f"general-{notice_id}")
        return self._open(ReviewDialog(self.ctx, item, self))

    def show_history(self) -> QDialog | None:
        notice_id = self._need_one()
        if notice_id is None:
            return None
        from villagedesk.ui.trust import HistoryDialog

        notice = next(n for n in self.model.rows if n.id == notice_id)
        return self._open(HistoryDialog(self.ctx, notice.uuid, notice.title, self))

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        def first(opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                if self.model.rows:
                    self.view.selectRow(0)
                return opener()

            return open_it

        return [
            ("new-notice", self.new_notice),
            ("edit-notice", first(self.edit_notice)),
            ("notice-history", first(self.show_history)),
            ("notice-review", first(self.review)),
            ("print-log", self.show_log),
        ]

    def show_log(self) -> QDialog:
        dialog = PrintLogDialog(self.ctx, self)
        self.current_dialog = dialog
        dialog.open()
        return dialog


class PrintLogDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print log"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Document"), self.tr("Pages")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        actions = {
            "print": self.tr("printed"),
            "post": self.tr("printed for posting"),
            "save": self.tr("saved as PDF"),
            "export": self.tr("exported"),
        }
        with ctx.read() as session:
            entries = documents.print_log(session)
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            local = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            for col, text in enumerate(
                [local, entry.actor, actions.get(entry.action, entry.action), entry.title, str(entry.pages)]
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        layout.addWidget(self.table)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        fit_to_screen(self, 760, 420)


_ = dt
