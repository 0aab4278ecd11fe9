"""One table model for the desk's lists: a list of rows and a declared list of columns.

Each list declares its columns once (title, how to show a row) and names their positions as class
constants, so views and tests say ``Model.PHONE`` rather than a number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
        # the view asks for a dozen roles of every cell it paints or sizes: most are answered
        # before touching the index (each index call crosses into Qt)
        if role not in _ROWS_ANSWERED or not index.isValid():
            return None
        row_number, column_number = index.row(), index.column()
        if not (0 <= row_number < len(self.rows) and 0 <= column_number < len(self.COLUMNS)):
            return None
        row = self.rows[row_number]
        column = self.COLUMNS[column_number]
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        return None


_ROWS_ANSWERED = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole)
)


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


_DISPLAY, _FOREGROUND, _TOOLTIP, _USER = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _USER))
Reader = Callable[[], "AbstractContextManager[Session]"]


class LazyRowsModel(RowsModel):
    """A list fetched from the database a page at a time as the view scrolls (SQL-backed, lazy).

    ``load`` counts what a query finds and fetches the first page; the view asks for more
    (``canFetchMore``/``fetchMore``) when scrolled to the end, and ``fetch_through`` jumps ahead in
    one fetch. A subclass says how to count, fetch a page and find a row's position for its query;
    each costs the same few queries however long the list, so 100,000 rows open and filter as fast
    as a short list. ``rows`` holds the rows fetched so far, ``total`` how many the query finds,
    and each row's texts are made once, when it is fetched (a view asks for them on every paint).
    """

    PAGE_SIZE = 100
    TOOLTIP_COLUMNS: frozenset[int] = frozenset()  # narrow columns whose whole text shows on hover

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[tuple[Any, ...]] = []
        self.total = 0
        self.query: Any = None
        self._read: Reader | None = None
        self._fetching = False  # a view may ask for more while the rows of a fetch are going in

    # -- what a subclass provides ------------------------------------------------------------------
    def count(self, session: Session, query: Any) -> int:
        raise NotImplementedError

    def page(self, session: Session, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def position(self, session: Session, query: Any, row_id: Any) -> int | None:
        return None

    # -- the model ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.COLUMNS)):
            return None
        if role == _DISPLAY:
            return self._shown[row][column]
        if role == _USER:
            return self.row_id(self.rows[row])
        if role == _TOOLTIP:
            return (self._shown[row][column] or None) if column in self.TOOLTIP_COLUMNS else None
        foreground = self.COLUMNS[column].foreground
        return foreground(self.rows[row]) if foreground is not None else None

    def _texts(self, rows: list[Any]) -> list[tuple[Any, ...]]:
        return [tuple(col.show(r) for col in self.COLUMNS) for r in rows]

    def load(self, read: Reader, query: Any) -> None:
        """Show what ``query`` finds: counted now, the first page fetched, the rest on demand."""
        with read() as session:
            total = self.count(session, query)
            rows = self.page(session, query, 0, self.PAGE_SIZE)
        shown = self._texts(rows)
        self._reset(read, query, total, rows, shown)

    def reload(self) -> None:
        if self._read is not None:
            self.load(self._read, self.query)

    def set_rows(self, rows: list[Any]) -> None:
        """A fixed list (nothing more to fetch)."""
        self._reset(None, None, len(rows), rows, self._texts(rows))

    def _reset(self, read: Reader | None, query: Any, total: int, rows: list[Any], shown: list[Any]) -> None:
        # No fetch while views take in the reset: rows inserted inside a reset confuse them.
        self._fetching = True
        try:
            self.beginResetModel()
            self._read, self.query, self.total, self.rows, self._shown = read, query, total, rows, shown
            self.endResetModel()
        finally:
            self._fetching = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (
            not parent.isValid()
            and self._read is not None
            and not self._fetching
            and len(self.rows) < self.total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._fetch(self.PAGE_SIZE)

    def fetch_through(self, row: int) -> None:
        """Make sure rows up to ``row`` are fetched (one fetch, however far it is)."""
        missing = min(row + 1, self.total) - len(self.rows)
        if missing > 0 and self._read is not None:
            self._fetch(missing)

    def _fetch(self, count: int) -> None:
        assert self._read is not None
        if self._fetching:
            return
        with self._read() as session:
            more = self.page(session, self.query, len(self.rows), count)
        if not more:  # the list shrank since it was counted; the next load counts again
            self.total = len(self.rows)
            return
        shown = self._texts(more)
        first = len(self.rows)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self._shown.extend(shown)
            self.endInsertRows()
        finally:
            self._fetching = False

    def position_of(self, row_id: Any) -> int | None:
        """The row of ``row_id`` in the list, fetching up to it when it is further down."""
        for i, row in enumerate(self.rows):
            if self.row_id(row) == row_id:
                return i
        if self._read is None or self.query is None or len(self.rows) >= self.total:
            return None
        with self._read() as session:
            position = self.position(session, self.query, row_id)
        if position is None:
            return None
        self.fetch_through(position)
        if position < len(self.rows) and self.row_id(self.rows[position]) == row_id:
            return position
        return None
