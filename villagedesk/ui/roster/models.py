"""Table models for the roster, with named columns; tested without any widget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core.idnumber import mask_id_number
from villagedesk.core.roster import (
    BODY_LABELS,
    DUPLICATE_LABELS,
    ROLE_LABELS,
    SEX_LABELS,
    PeopleQuery,
    PersonRow,
)
from villagedesk.db.models import Membership, Sex
from villagedesk.i18n import tr_core
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, Index, RowsModel, translated

Reader = Callable[[], AbstractContextManager[Session]]


def _mask_mobile(phone: str) -> str:
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else phone


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _born(row: object) -> str:
    day = getattr(row, "birth_date", None)
    if day is None:
        return ""
    return f"{day:%Y-%m}" if getattr(row, "birth_month_only", False) else day.isoformat()


_WARN = QColor("#b00020")
_DISPLAY, _FOREGROUND, _TOOLTIP, _USER = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _USER))


class PeopleModel(RowsModel):
    """The roster list, fetched from the database a page at a time as the view scrolls.

    ``load`` counts the people a query finds and fetches the first page; the view asks for more
    (``canFetchMore``/``fetchMore``) when it is scrolled to the end. Each page costs the same few
    queries (core.roster.people_page), so a 5,000-person roster opens and filters as fast as a
    short one. ``rows`` holds the rows fetched so far; ``total`` how many the query finds.
    """

    CONTEXT = "PeopleModel"
    PAGE_SIZE = 100  # a few screens' worth; a page is fetched in three queries
    NAME, SEX, BIRTH, GROUP, ID_NUMBER, PHONE, BODIES, JOINED, CHECK = range(9)
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda r: r.name),
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Sex"), lambda r: tr_core(SEX_LABELS[r.sex]) if r.sex else ""),
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Born"), _born),
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Group"), lambda r: r.group_name),
        # masked: the full number is shown only through 查看 (reveal), which is audited
        Col(QT_TRANSLATE_NOOP("PeopleModel", "ID number"), lambda r: r.id_masked),
        # the list never shows a full mobile number
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Mobile"), lambda r: _mask_mobile(r.phone)),
        Col(
            QT_TRANSLATE_NOOP("PeopleModel", "Bodies"),
            lambda r: "、".join(tr_core(BODY_LABELS[b]) for b in r.bodies),
        ),
        Col(QT_TRANSLATE_NOOP("PeopleModel", "Joined Party"), lambda r: _day(r.party_joined)),
        Col(
            QT_TRANSLATE_NOOP("PeopleModel", "Check"),
            lambda r: tr_core(DUPLICATE_LABELS[r.duplicate]) if r.duplicate else "",
            foreground=lambda r: _WARN if r.duplicate else None,
        ),
    )

    @classmethod
    def typical_texts(cls) -> tuple[str, ...]:
        """A long but ordinary value for each column, to size the columns without reading every row."""
        labels = sorted((tr_core(label) for label in BODY_LABELS.values()), key=len)
        bodies = "、".join(labels[-2:])  # two bodies, the longest names
        return (
            "欧阳秀英",
            tr_core(SEX_LABELS[Sex.FEMALE]),
            "1965-03-02",
            "十二组",
            mask_id_number("32090219650302123X"),
            _mask_mobile("13851234567"),
            bodies,
            "1965-03-02",
            tr_core(DUPLICATE_LABELS[roster.DUPLICATE_NAME_BIRTH]),
        )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PersonRow] = []
        self._shown: list[tuple[str, ...]] = []  # each row's texts, made once when it is fetched
        self.total = 0
        self.query: PeopleQuery | None = None
        self._read: Reader | None = None
        self._fetching = False  # a view may ask for more while the rows of a fetch are going in

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A view asks every cell for a dozen roles on each paint: answer the rest at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.COLUMNS)):
            return None
        if role == _DISPLAY:
            return self._shown[row][column]
        if role == _USER:
            return self.rows[row].id
        if role == _TOOLTIP:  # the 核对 column is narrow: its whole text on hover
            return (self._shown[row][column] or None) if column == self.CHECK else None
        foreground = self.COLUMNS[column].foreground
        return foreground(self.rows[row]) if foreground is not None else None

    def _texts(self, rows: list[PersonRow]) -> list[tuple[str, ...]]:
        return [tuple(col.show(r) for col in self.COLUMNS) for r in rows]

    def load(self, read: Reader, query: PeopleQuery) -> None:
        """Show the people ``query`` finds: counted now, the first page fetched, the rest on demand."""
        with read() as session:
            total = roster.count_people(session, query)
            rows = roster.people_page(session, query, 0, self.PAGE_SIZE)
        shown = self._texts(rows)
        self.beginResetModel()
        self._read, self.query, self.total, self.rows, self._shown = read, query, total, rows, shown
        self.endResetModel()

    def set_rows(self, rows: list[Any]) -> None:
        """A fixed list (nothing more to fetch)."""
        shown = self._texts(rows)
        self.beginResetModel()
        self._read, self.query, self.total, self.rows, self._shown = None, None, len(rows), rows, shown
        self.endResetModel()

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
        assert self._read is not None and self.query is not None
        if self._fetching:
            return
        with self._read() as session:
            more = roster.people_page(session, self.query, len(self.rows), count)
        if not more:  # the roster shrank since it was counted; the next load counts again
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

    def position_of(self, person_id: int) -> int | None:
        """The row of ``person_id`` in the list, fetching up to it when it is further down."""
        for i, row in enumerate(self.rows):
            if row.id == person_id:
                return i
        if self._read is None or self.query is None or len(self.rows) >= self.total:
            return None
        with self._read() as session:
            position = roster.people_position(session, self.query, person_id)
        if position is None:
            return None
        self.fetch_through(position)
        if position < len(self.rows) and self.rows[position].id == person_id:
            return position
        return None


class MembershipsModel(RowsModel):
    CONTEXT = "MembershipsModel"
    BODY, ROLE, START, END, REASON = range(5)
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("MembershipsModel", "Body"), lambda m: tr_core(BODY_LABELS[m.body])),
        Col(QT_TRANSLATE_NOOP("MembershipsModel", "Role"), lambda m: tr_core(ROLE_LABELS[m.role])),
        Col(QT_TRANSLATE_NOOP("MembershipsModel", "From"), lambda m: m.start_date.isoformat()),
        Col(
            QT_TRANSLATE_NOOP("MembershipsModel", "Until"),
            lambda m: m.end_date.isoformat() if m.end_date else translated("MembershipsModel", "current"),
        ),
        Col(QT_TRANSLATE_NOOP("MembershipsModel", "Reason ended"), lambda m: m.end_reason),
    )

    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()

    def set_rows(self, rows: list[Membership], today: dt.date | None = None) -> None:  # type: ignore[override]
        self.today = today or self.today
        super().set_rows([m for m in rows if not m.deleted])


_ = QT_TRANSLATE_NOOP("MembershipsModel", "current")
