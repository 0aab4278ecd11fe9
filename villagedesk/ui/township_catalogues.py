"""The township window's 十有 service catalogue: load the spreadsheet the township keeps (services,
and optionally a 节假日 sheet of public holidays), see every problem at once, check the list, save it
to go back with every acknowledgement. The same core as ``township catalogues --services FILE``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
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

from villagedesk.core.errors import ValidationError
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.session import unit_of_work
from villagedesk.exchange import township as tw
from villagedesk.i18n import tr_core
from villagedesk.ui.dialogs import DialogService

KEY = "services"  # the catalogue's name in the acknowledgement (the register declares it)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ServiceCatalogueTab(QWidget):
    def __init__(
        self, sessions: Any, dialogs: DialogService, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions, self.dialogs, self.user = sessions, dialogs, user
        self.loaded: Any = None  # the checked catalogue of the spreadsheet loaded, not yet saved
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The ten services (十有) every village's list is replaced with, matched by code, and the "
                "public holidays their centres close on. Keep them in a spreadsheet: a sheet with the "
                "columns 编码 and 名称, and optionally a sheet named 节假日 with 开始日期, 结束日期 and 名称."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.load_button = QPushButton(self.tr("&Load spreadsheet..."))
        self.save_button = QPushButton(self.tr("&Save catalogue"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        tables = QHBoxLayout()
        self.services = _table([self.tr("Code"), self.tr("Service")])
        self.holidays = _table([self.tr("From"), self.tr("Until"), self.tr("Holiday")])
        tables.addWidget(self.services, 3)
        tables.addWidget(self.holidays, 2)
        layout.addLayout(tables, 1)
        self.load_button.clicked.connect(lambda: self.load())
        self.save_button.clicked.connect(self.save)
        with sessions() as session:
            self.allowed = tw.township_can(session, user, tw.TownshipAction.CATALOGUES)
        self.refresh()

    def _stored(self) -> Any:
        with self.sessions() as session:
            return json.loads(tw.township(session).catalogues_json or "{}").get(KEY)

    def _show(self, value: Any) -> None:
        items = value.get("items") if isinstance(value, dict) else value
        _fill(self.services, [[r["code"], r["name"]] for r in items or []])
        holidays = cat.catalogue_holidays(value) if value else []
        _fill(self.holidays, [[s.isoformat(), e.isoformat(), n] for s, e, n in holidays])

    def _gate(self) -> None:
        denied = self.tr("Your role may not set the catalogues.")
        self.load_button.setEnabled(self.allowed)
        self.load_button.setToolTip("" if self.allowed else denied)
        if not self.allowed:
            why = denied
        elif self.loaded is None:
            why = self.tr("Load a spreadsheet without problems first.")
        else:
            why = ""
        self.save_button.setEnabled(not why)
        self.save_button.setToolTip(why)

    def refresh(self) -> None:
        """What the acknowledgements carry now (the spreadsheet loaded, if any, is kept on screen)."""
        if self.loaded is None:
            stored = self._stored()
            self._show(stored)
            if stored:
                items = stored.get("items") if isinstance(stored, dict) else stored
                self.status.setText(
                    self.tr("Sent with every acknowledgement: %1 services, %2 holidays.")
                    .replace("%1", str(len(items or [])))
                    .replace("%2", str(len(cat.catalogue_holidays(stored))))
                )
            else:
                self.status.setText(
                    self.tr("No service catalogue is set: the villages keep their own lists.")
                )
        self._gate()

    def load(self, path: Path | None = None) -> bool:
        """Read and check a spreadsheet; every problem is listed, nothing is saved yet."""
        if path is None:
            name = self.dialogs.open_file(
                self, self.tr("Service catalogue"), self.tr("Excel workbook (*.xlsx)")
            )
            if not name:
                return False
            path = Path(name)
        self.loaded = None
        try:
            value = cat.read_catalogue_sheet(path)
        except ValidationError as exc:
            self.problems.setPlainText(exc.render(tr_core))
            self.problems.setVisible(True)
            self.status.setText(
                self.tr(
                    "%1 has problems; nothing was saved. Correct the spreadsheet and load it again."
                ).replace("%1", path.name)
            )
            self._show(None)
            self._gate()
            return False
        except (OSError, ValueError, KeyError) as exc:  # not a workbook openpyxl can read
            self.problems.setPlainText(
                self.tr("%1 cannot be read as an Excel workbook (%2).")
                .replace("%1", path.name)
                .replace("%2", type(exc).__name__)
            )
            self.problems.setVisible(True)
            self._gate()
            return False
        self.loaded = value
        self.problems.setVisible(False)
        self._show(value)
        self.status.setText(self.tr("%1 is in order. Check the list, then save it.").replace("%1", path.name))
        self._gate()
        return True

    def save(self) -> bool:
        if self.loaded is None:
            return False
        try:
            with unit_of_work(self.sessions, reason="catalogues") as session:
                tw.set_catalogue(session, KEY, self.loaded)
        except ValidationError as exc:
            self.dialogs.warning(self, self.tr("Service catalogue"), exc.render(tr_core))
            return False
        self.loaded = None
        self.refresh()
        self.dialogs.info(
            self,
            self.tr("Service catalogue"),
            self.tr("Saved. The villages receive it with their next acknowledgement."),
        )
        return True
