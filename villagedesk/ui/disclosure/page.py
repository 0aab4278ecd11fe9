"""村务公开: the disclosures and their archive (filter by year, category and text as the clerk types),
the editor, the supervision review, printing for posting, corrections, board photos and feedback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk import documents
from villagedesk.core import users
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import status as st
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.calendar import period_label
from villagedesk.core.errors import ValidationError
from villagedesk.core.posting import posting_end
from villagedesk.db.models import Disclosure, DisclosureStatus, PeriodKind, UserRole
from villagedesk.i18n import tr_core
from villagedesk.ui import printing
from villagedesk.ui.context import DeskContext
from villagedesk.ui.disclosure.dialogs import DisclosureDialog, DisclosureReviewDialog, FeedbackDialog
from villagedesk.ui.pages import Page
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, RowsModel


@dataclass(frozen=True)
class Contributed:
    """A disclosure another register keeps (e.g. 四议两公开's 决议公开), shown in the archive read-only."""

    title: str
    category: str
    period: str
    state: str
    board: str
    day: dt.date
    id: None = None

    @classmethod
    def of(cls, item: dict[str, Any], today: dt.date) -> Contributed:
        posted = item.get("posted_on")
        board = f"{item['posting_from'].isoformat()} – {item['posting_to'].isoformat()}" if posted else ""
        state = ("已归档" if item["posting_to"] < today else "已公开") if posted else "草稿"
        return cls(
            item["title"],
            item["category"],
            period_label(PeriodKind.AD_HOC, item["notice_date"], item["notice_date"]),
            state,
            board,
            item["notice_date"],
        )


class DisclosuresModel(RowsModel):
    CONTEXT = "DisclosuresModel"

    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()  # replaced by the desk's day before rows are shown
        self.COLUMNS = (
            Col(QT_TRANSLATE_NOOP("DisclosuresModel", "Title"), lambda d: d.title),
            Col(QT_TRANSLATE_NOOP("DisclosuresModel", "Category"), lambda d: d.category),
            Col(QT_TRANSLATE_NOOP("DisclosuresModel", "Period"), _period),
            Col(QT_TRANSLATE_NOOP("DisclosuresModel", "State"), lambda d: _state(d, self.today)),
            Col(QT_TRANSLATE_NOOP("DisclosuresModel", "On the board"), _board),
        )


def _period(d: Disclosure | Contributed) -> str:
    if isinstance(d, Contributed):
        return d.period
    return period_label(d.period_kind, d.period_start, d.period_end)


def _state(d: Disclosure | Contributed, today: dt.date) -> str:
    return d.state if isinstance(d, Contributed) else s.status_text(d, today)


def _board(d: Disclosure | Contributed) -> str:
    if isinstance(d, Contributed):
        return d.board
    if d.posted_on is None:
        return ""
    end = d.taken_down_on or posting_end(d.posted_on, d.posting_days)
    return f"{d.posted_on.isoformat()} – {end.isoformat()}"


class DisclosurePage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Village affairs disclosure"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Party, village and finance disclosures. Every disclosure is reviewed and signed by the "
                "supervision committee before it is posted; once posted it is never changed: a correction "
                "notice is posted instead."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        top = QHBoxLayout()
        self.year = QComboBox()
        self.category = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, item or text"))
        self.search.setClearButtonEnabled(True)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        category_label = QLabel(self.tr("C&ategory"))
        category_label.setBuddy(self.category)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        for widget in (year_label, self.year, category_label, self.category, search_label):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        first = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New disclosure"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.submit_button = QPushButton(self.tr("Send for revie&w"))
        self.review_button = QPushButton(self.tr("Supervision &review..."))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.post_button = QPushButton(self.tr("Print for p&osting..."))
        for b in (
            self.new_button,
            self.edit_button,
            self.submit_button,
            self.review_button,
            self.preview_button,
            self.post_button,
        ):
            first.addWidget(b)
        first.addStretch(1)
        layout.addLayout(first)
        second = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("&Correction notice..."))
        self.down_button = QPushButton(self.tr("&Taken down today"))
        self.attach_button = QPushButton(self.tr("Board &photo / scan..."))
        self.feedback_button = QPushButton(self.tr("&Queries..."))
        self.check_button = QPushButton(self.tr("Township c&heck..."))
        self.delete_button = QPushButton(self.tr("De&lete draft"))
        for b in (
            self.correct_button,
            self.down_button,
            self.attach_button,
            self.feedback_button,
            self.check_button,
            self.delete_button,
        ):
            second.addWidget(b)
        second.addStretch(1)
        layout.addLayout(second)
        self.model = DisclosuresModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # fixed widths: measuring every cell on each keystroke would cost more than the query
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 56), (2, 150), (3, 64), (4, 190)):
            header.resizeSection(column, width)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Disclosures"))
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.search.textChanged.connect(self.refresh)
        self.year.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.view.doubleClicked.connect(self.preview)
        self.new_button.clicked.connect(self.new_disclosure)
        self.edit_button.clicked.connect(self.edit)
        self.submit_button.clicked.connect(self.submit)
        self.review_button.clicked.connect(self.review)
        self.preview_button.clicked.connect(self.preview)
        self.post_button.clicked.connect(self.post)
        self.correct_button.clicked.connect(self.correct)
        self.down_button.clicked.connect(self.take_down)
        self.attach_button.clicked.connect(self.attach)
        self.feedback_button.clicked.connect(self.feedback)
        self.delete_button.clicked.connect(self.delete_draft)
        self.check_button.clicked.connect(self.township_check)
        self._contributed: list[Contributed] | None = None
        self.supervisors = 0
        ctx.bus.changed.connect(self._changed)
        self._fill_filters()
        edit, post = users.Action.EDIT_RECORDS, users.Action.POST
        self.gate(self.new_button, edit)
        self.gate(self.edit_button, edit, self._why_not_editable)
        self.gate(self.submit_button, edit, self._why_not_draft)
        self.gate(self.review_button, None, self._why_no_review)
        self.gate(self.preview_button, None, self._why_not_one)
        self.gate(self.post_button, post, self._why_not_reviewed)
        self.gate(self.correct_button, edit, self._why_not_posted)
        self.gate(self.down_button, edit, self._why_not_on_board)
        self.gate(self.attach_button, edit, self._why_not_one)
        self.gate(self.feedback_button, None, self._why_not_one)
        self.gate(self.check_button, edit, self._why_no_check)
        self.gate(self.delete_button, edit, self._why_not_draft)
        self.watch_selection(self.view)

    # -- why a button does not apply to the selected row ------------------------------------------------
    def _one(self) -> Disclosure | None:
        row = self._selected_row()
        return row if isinstance(row, Disclosure) else None

    def _why_not_one(self) -> str | None:
        if isinstance(self._selected_row(), Contributed):
            return self.tr("This disclosure is kept by its own register (四议两公开); open it there.")
        return None if self._one() is not None else self.tr("Select a disclosure in the list first.")

    def _why_not_editable(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        if d.posted_on is not None:
            return self.tr("A posted disclosure is never changed: write a correction notice instead.")
        return None

    def _why_not_draft(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        return None if d.status is DisclosureStatus.DRAFT else self.tr("Only a draft can do this.")

    def _why_no_review(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        if d.status is not DisclosureStatus.PENDING:
            return self.tr("Only a disclosure sent for review is reviewed.")
        if not self.supervisors:
            return self.tr(
                "No supervision committee member can sign yet: the administrator adds one as a user "
                "in Settings → Users."
            )
        return None

    def _why_not_reviewed(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        if d.status is not DisclosureStatus.REVIEWED:
            return self.tr("Only a reviewed disclosure is printed for posting.")
        return None

    def _why_not_posted(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        return None if d.posted_on is not None else self.tr("Only a posted disclosure is corrected.")

    def _why_not_on_board(self) -> str | None:
        why = self._why_not_posted()
        d = self._one()
        if why is None and d is not None and d.taken_down_on is not None:
            return self.tr("Already taken down.")
        return why

    def _why_no_check(self) -> str | None:
        d = self._one()
        if d is None:
            return self._why_not_one()
        if not d.ledger:
            return self.tr("Only a finance disclosure has a township check.")
        return self._why_not_editable()

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        def on(
            state: DisclosureStatus | None, opener: Callable[[], QDialog | None]
        ) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                for d in self.model.rows:
                    if isinstance(d, Disclosure) and (state is None or d.status is state):
                        self.select(d.id)
                        return opener()
                return None

            return open_it

        return [
            ("new-disclosure", self.new_disclosure),
            ("edit-disclosure", on(DisclosureStatus.DRAFT, self.edit)),
            ("disclosure-review", on(DisclosureStatus.PENDING, self.review)),
            ("correction-notice", on(DisclosureStatus.POSTED, self.correct)),
            ("disclosure-queries", on(None, self.feedback)),
        ]

    def _changed(self, register: str) -> None:
        if register not in ("disclosure", "printing", "review", "*"):
            self._contributed = None  # another register's disclosures may have changed
        self.refresh()

    def _fill_filters(self) -> None:
        today = self.ctx.today()
        with self.ctx.read() as session:
            categories = s.categories(session)
            first = st.calendar_start(session, today).year
            oldest = session.query(Disclosure.period_end).order_by(Disclosure.period_end).first()
        first = min(first, oldest[0].year) if oldest else first
        self.year.blockSignals(True)
        self.category.blockSignals(True)
        self.year.addItem(self.tr("All years"), 0)
        for year in range(today.year, first - 1, -1):
            self.year.addItem(str(year), year)
        self.category.addItem(self.tr("All categories"), "")
        for name in categories:
            self.category.addItem(name, name)
        self.year.blockSignals(False)
        self.category.blockSignals(False)

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.today = self.ctx.today()  # type: ignore[assignment]
        year = self.year.currentData() or None
        category = self.category.currentData() or ""
        text = self.search.text().strip()
        with self.ctx.read() as session:
            self.supervisors = sum(1 for u in users.users(session) if u.role is UserRole.SUPERVISOR)
            rows: list[Any] = st.search(session, year, category, text)
            if self._contributed is None:  # read once, filtered in memory as the clerk types
                years = [self.year.itemData(i) for i in range(1, self.year.count())]
                today = self.ctx.today()
                self._contributed = [
                    Contributed.of(i, today) for y in years for i in st.matter_items(session, y)
                ]
        others = [o for o in self._contributed if not year or o.day.year == year]
        others = [o for o in others if (not category or o.category == category) and text in o.title]
        rows.extend(others)
        rows.sort(key=lambda r: r.day if isinstance(r, Contributed) else r.period_end, reverse=True)
        self.model.set_rows(rows)
        for row, d in enumerate(self.model.rows):
            if selected is not None and d.id == selected:
                self.view.selectRow(row)
        self.status.setText(self.tr("%1 disclosures").replace("%1", str(len(self.model.rows))))

    def selected_id(self) -> int | None:
        model = self.view.selectionModel()
        if model is None:
            return None
        rows = model.selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _selected_row(self) -> Any:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, disclosure_id: int) -> None:
        for row, d in enumerate(self.model.rows):
            if d.id == disclosure_id:
                self.view.selectRow(row)

    def _need_one(self) -> int | None:
        disclosure_id = self.selected_id()
        if isinstance(self._selected_row(), Contributed):
            self.ctx.dialogs.info(
                self,
                self.tr("Village affairs disclosure"),
                self.tr("This disclosure is kept by its own register (四议两公开); open it there."),
            )
        elif disclosure_id is None:
            self.ctx.dialogs.info(
                self, self.tr("Village affairs disclosure"), self.tr("Select a disclosure in the list first.")
            )
        return disclosure_id

    def _open(self, dialog: QDialog) -> QDialog:
        self.current_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _item(self, disclosure_id: int) -> documents.Printable:
        with self.ctx.read() as session:
            return documents.find_printable(session, f"disclosure-{disclosure_id}")

    def _write(self, title: str, action: object) -> bool:
        try:
            with self.ctx.write("disclosure") as session:
                action(session)  # type: ignore[operator]
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, title, exc.render(tr_core))
            return False
        return True

    # -- actions ---------------------------------------------------------------------------------------
    def new_disclosure(self) -> QDialog:
        return self._open(DisclosureDialog(self.ctx, parent=self))

    def edit(self) -> QDialog | None:
        disclosure_id = self._need_one()
        return (
            None
            if disclosure_id is None
            else self._open(DisclosureDialog(self.ctx, disclosure_id, parent=self))
        )

    def correct(self) -> QDialog | None:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return None
        with self.ctx.read() as session:
            posted = s.get(session, disclosure_id).status is DisclosureStatus.POSTED
        if not posted:
            self.ctx.dialogs.info(
                self, self.tr("Correction notice"), self.tr("Only a posted disclosure is corrected.")
            )
            return None
        return self._open(DisclosureDialog(self.ctx, corrects=disclosure_id, parent=self))

    def submit(self) -> bool:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return False
        done = self._write(self.tr("Send for review"), lambda session: w.submit(session, disclosure_id))
        self.refresh()
        return done

    def review(self) -> QDialog | None:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return None
        return self._open(DisclosureReviewDialog(self.ctx, self._item(disclosure_id), self))

    def preview(self) -> QDialog | None:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return None
        dialog = printing.preview(self.ctx, self._item(disclosure_id), self)
        self.current_dialog = dialog
        return dialog

    def post(self) -> int:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return 0
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Print for posting"),
            self.tr(
                "After printing for posting the disclosure is locked for good; a mistake needs a correction notice. Continue?"
            ),
        ):
            return 0
        done = printing.print_items(self.ctx, [self._item(disclosure_id)], self, for_posting=True)
        self.refresh()
        return done

    def take_down(self) -> bool:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return False
        today = self.ctx.today()
        done = self._write(
            self.tr("Taken down"), lambda session: w.take_down(session, disclosure_id, today, today)
        )
        self.refresh()
        return done

    def attach(self) -> bool:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return False
        path = self.ctx.dialogs.open_file(
            self,
            self.tr("Photo of the posted board or a scan"),
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"),
        )
        if not path:
            return False
        from pathlib import Path

        folder = self.ctx.store.data_dir.attachments
        label = "公开栏照片" if Path(path).suffix.lower() in (".jpg", ".jpeg", ".png") else "扫描件"
        done = self._write(
            self.tr("Board photo / scan"),
            lambda session: s.add_attachment(session, disclosure_id, Path(path), label, folder),
        )
        if done:
            self.status.setText(self.tr("Attached %1").replace("%1", Path(path).name))
        return done

    def feedback(self) -> QDialog | None:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return None
        title = next(d.title for d in self.model.rows if d.id == disclosure_id)
        return self._open(FeedbackDialog(self.ctx, disclosure_id, title, self))

    def township_check(self) -> bool:
        """Record who at the township 经管站 checked a finance disclosure, today."""
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return False
        who = self.ctx.dialogs.ask_text(
            self,
            self.tr("Township station check"),
            self.tr("Who at the township accounting station checked it?"),
        )
        if who is None:
            return False
        today = self.ctx.today()
        done = self._write(
            self.tr("Township station check"),
            lambda session: w.record_township_check(session, disclosure_id, who, today),
        )
        self.refresh()
        return done

    def delete_draft(self) -> bool:
        disclosure_id = self._need_one()
        if disclosure_id is None:
            return False
        if not self.ctx.dialogs.confirm(
            self, self.tr("Delete draft"), self.tr("Delete this draft disclosure?")
        ):
            return False
        done = self._write(self.tr("Delete draft"), lambda session: s.remove(session, disclosure_id))
        self.refresh()
        return done
