"""One table model for the desk's lists: a list of rows and a declared list of columns.

Each list declares its columns once (title, how to show a row) and names their positions as class
constants, so views and tests say ``Model.PHONE`` rather than a number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (marker lupdate recognises)
    return text


@dataclass(frozen=True)
class Col(Generic[Row]):
    title: str  # source text, translated in the model's context
    show: Callable[[Any], Any]
    foreground: Callable[[Any], Any] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    CONTEXT = ""
    COLUMNS: Sequence[Col[Any]] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(self.COLUMNS)
        ):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        return None


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
