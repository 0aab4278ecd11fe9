"""Table models for the roster, with named columns; tested without any widget."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from villagedesk.core.roster import BODY_LABELS, ROLE_LABELS, SEX_LABELS, PersonRow
from villagedesk.db.models import Membership
from villagedesk.i18n import tr_core

Index = QModelIndex | QPersistentModelIndex


def _mask_mobile(phone: str) -> str:
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else phone


class PeopleModel(QAbstractTableModel):
    NAME, SEX, BIRTH, GROUP, PHONE, BODIES, JOINED = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            QCoreApplication.translate("PeopleModel", "Name"),
            QCoreApplication.translate("PeopleModel", "Sex"),
            QCoreApplication.translate("PeopleModel", "Born"),
            QCoreApplication.translate("PeopleModel", "Group"),
            QCoreApplication.translate("PeopleModel", "Mobile"),
            QCoreApplication.translate("PeopleModel", "Bodies"),
            QCoreApplication.translate("PeopleModel", "Joined Party"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.NAME:
            return row.name
        if col == self.SEX:
            return tr_core(SEX_LABELS[row.sex]) if row.sex else ""
        if col == self.BIRTH:
            return row.birth_date.isoformat() if row.birth_date else ""
        if col == self.GROUP:
            return row.group_name
        if col == self.PHONE:
            return _mask_mobile(row.phone)  # the list never shows a full mobile number
        if col == self.BODIES:
            return "、".join(tr_core(BODY_LABELS[b]) for b in row.bodies)
        if col == self.JOINED:
            return row.party_joined.isoformat() if row.party_joined else ""
        return None


class MembershipsModel(QAbstractTableModel):
    BODY, ROLE, START, END, REASON = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Membership] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[Membership], today: dt.date) -> None:
        self.beginResetModel()
        self.rows = [m for m in rows if not m.deleted]
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            QCoreApplication.translate("MembershipsModel", "Body"),
            QCoreApplication.translate("MembershipsModel", "Role"),
            QCoreApplication.translate("MembershipsModel", "From"),
            QCoreApplication.translate("MembershipsModel", "Until"),
            QCoreApplication.translate("MembershipsModel", "Reason ended"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.BODY:
            return tr_core(BODY_LABELS[m.body])
        if col == self.ROLE:
            return tr_core(ROLE_LABELS[m.role])
        if col == self.START:
            return m.start_date.isoformat()
        if col == self.END:
            return (
                m.end_date.isoformat()
                if m.end_date
                else QCoreApplication.translate("MembershipsModel", "current")
            )
        if col == self.REASON:
            return m.end_reason
        return None
