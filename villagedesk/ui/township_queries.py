"""The township window's 村务公开 tab: the queries villages escalated, per village with the deadline
for the township's answer; the answer written here goes back with the next acknowledgement."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.disclosure import township as dt_town
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.exchange import township as tw
from villagedesk.i18n import tr_core
from villagedesk.ui.jobs import run_job
from villagedesk.ui.widgets import DateField


def add_photo_button(window: Any, row: QHBoxLayout) -> QPushButton:
    """The overview's 'open board photo' button beside 'open notice PDF': the photo the village sent
    of the selected posted notice (村务公开 sends one per posted disclosure)."""
    button = QPushButton(QCoreApplication.translate("TownshipQueries", "Open board p&hoto"))
    button.setToolTip(
        QCoreApplication.translate(
            "TownshipQueries", "The photo of the selected notice on the village's board"
        )
    )
    row.addWidget(button)
    window.open_photo_button = button

    def open_photo() -> None:
        code = window.selected_village()
        item = window.pdfs.item(window.pdfs.currentRow(), 0) or window.pdfs.item(0, 0)
        if not code or item is None:
            return
        ident = str(item.data(Qt.ItemDataRole.UserRole))
        folder = Path(tempfile.mkdtemp(prefix="villagedesk-township-"))

        def fetch(progress: Any) -> Path | None:
            with window.sessions() as session:
                pdfs = {str(p.id): p.notice_uuid for p in tw.list_notice_pdfs(session, code)}
                uuid = pdfs.get(ident, "")
                if uuid not in tw.photo_uuids(session, code):
                    return None
                data = tw.notice_photo(session, code, uuid)
            path = folder / f"{code}-{uuid}.jpg"
            path.write_bytes(data)
            return path

        def done(path: Path | None) -> None:
            if path is None:
                window.dialogs.info(
                    window,
                    button.text().replace("&", ""),
                    QCoreApplication.translate(
                        "TownshipQueries", "The village sent no photo of this notice."
                    ),
                )
            else:
                window.open_file(path)

        run_job(
            window, QCoreApplication.translate("TownshipQueries", "Opening the photo..."), fetch, on_done=done
        )

    button.clicked.connect(open_photo)
    return button


class TownshipQueries(QWidget):
    """One row per escalated query: village, disclosure, the query, escalated on, answer due by,
    and the township's answer (or how many days it is overdue)."""

    def __init__(
        self,
        sessions,  # type: ignore[no-untyped-def]
        user: str,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.user = user
        self.today = today
        self.queries: list[dt_town.EscalatedQuery] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.village = QComboBox()
        village_label = QLabel(self.tr("&Village"))
        village_label.setBuddy(self.village)
        top.addWidget(village_label)
        top.addWidget(self.village, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Village"),
                self.tr("Disclosure"),
                self.tr("Query"),
                self.tr("Escalated"),
                self.tr("Answer due"),
                self.tr("State"),
                self.tr("Township's answer"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (1, 170), (3, 86), (4, 86), (5, 90), (6, 150)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        form = QFormLayout()
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(70)
        self.day = DateField()
        form.addRow(self.tr("&Answer"), self.answer)
        form.addRow(self.tr("Answered &on"), self.day)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the answer"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        with sessions() as session:
            allowed = tw.township_can(session, user, tw.TownshipAction.CATALOGUES)
        self.save_button.setEnabled(allowed)
        if not allowed:
            self.save_button.setToolTip(self.tr("Only the township administrator answers escalated queries."))
        self.village.currentIndexChanged.connect(self.show_rows)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            self.queries = dt_town.escalated_queries(session)
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), "")
        for code, name in sorted({(q.village_code, q.village_name) for q in self.queries}):
            self.village.addItem(f"{name} {code}", code)
        self.village.setCurrentIndex(max(self.village.findData(current), 0))
        self.village.blockSignals(False)
        self.show_rows()

    def rows(self) -> list[dt_town.EscalatedQuery]:
        code = self.village.currentData() or ""
        return [q for q in self.queries if not code or q.village_code == code]

    def _state(self, q: dt_town.EscalatedQuery) -> str:
        if q.answer:
            return self.tr("answered")
        late = q.overdue_days(self.today())
        return self.tr("%1 days overdue").replace("%1", str(late)) if late else self.tr("waiting")

    def show_rows(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, q in enumerate(rows):
            values = [
                q.village_name or q.village_code,
                q.disclosure,
                q.content,
                q.escalated_on.isoformat(),
                q.due.isoformat(),
                self._state(q),
                q.answer,
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, q.uuid)
                if col in (2, 6):
                    item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.show_selected()

    def selected(self) -> dt_town.EscalatedQuery | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((q for q in self.queries if q.uuid == uuid), None)

    def show_selected(self) -> None:
        q = self.selected()
        if q is None:
            self.detail.setText(self.tr("Select a query to read it and write the township's answer."))
            self.answer.clear()
            self.day.set_value(self.today())
            return
        received = q.received_on.isoformat() if q.received_on else ""
        self.detail.setText(
            self.tr("%1 (%2, %3): %4 · the village answered: %5")
            .replace("%1", q.disclosure)
            .replace("%2", received)
            .replace("%3", q.channel)
            .replace("%4", q.content)
            .replace("%5", q.village_answer or "—")
        )
        self.answer.setPlainText(q.answer)
        self.day.set_value(q.answered_on or self.today())

    def save(self) -> bool:
        q = self.selected()
        if q is None:
            self.message.setText(self.tr("Select a query first."))
            return False
        try:
            with unit_of_work(self.sessions, reason="disclosure answer") as session:
                dt_town.answer_query(
                    session,
                    q.village_code,
                    q.uuid,
                    self.answer.toPlainText(),
                    self.day.value() or self.today(),
                    self.today(),
                )
        except ValidationError as exc:
            self.message.setText(exc.render(tr_core))
            return False
        self.message.setText(
            self.tr("Saved: the answer goes to %1 with its next acknowledgement.").replace(
                "%1", q.village_name or q.village_code
            )
        )
        uuid = q.uuid
        self.refresh()
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == uuid:
                self.table.selectRow(r)
        return True
