"""Table models of the 十有 page, with named columns; tested without any widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from villagedesk.core.microservices import usage
from villagedesk.core.microservices.messages import STATE_LABELS
from villagedesk.core.microservices.usage import UsageQuery, UsageRow
from villagedesk.i18n import tr_core
from villagedesk.notices.masking import mask_name
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, LazyRowsModel, RowsModel, translated

_GREY = QColor("#777777")
_WARN = QColor("#b00020")


def _note(r: UsageRow) -> str:
    if r.reversal:
        return translated("UsageModel", "correction: %1").replace("%1", r.reason)
    if r.corrected:
        return translated("UsageModel", "corrected")
    return ""


class UsageModel(LazyRowsModel):
    """The usage log, newest first, fetched a page at a time (100,000 lines open as fast as ten).

    A keystroke in the filter costs one page query, not a count: the first page is fetched one row
    long, and when that row is there the list is known to be longer than a page (``exact`` is
    False, ``total`` a row ahead of what is fetched, so scrolling goes on fetching). The exact
    count is made by ``finish_count`` once the typing pauses, and kept per query until the log
    changes (``forget_counts``), so going back to an earlier filter needs no count at all.
    """

    CONTEXT = "UsageModel"
    PAGE_SIZE = 100  # a screenful is ~16 lines: a smaller page makes each keystroke cheaper
    DATE, SERVICE, PEOPLE, RESIDENT, OUTCOME, NOTE = range(6)
    TOOLTIP_COLUMNS = frozenset({OUTCOME, NOTE})
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("UsageModel", "Date"), lambda r: r.day.isoformat()),
        Col(QT_TRANSLATE_NOOP("UsageModel", "Service"), lambda r: r.service),
        Col(QT_TRANSLATE_NOOP("UsageModel", "People"), lambda r: str(r.people)),
        # a list never shows a resident's full name: who used which service is personal
        Col(
            QT_TRANSLATE_NOOP("UsageModel", "Resident"), lambda r: mask_name(r.resident) if r.resident else ""
        ),
        Col(QT_TRANSLATE_NOOP("UsageModel", "Outcome"), lambda r: r.outcome),
        Col(
            QT_TRANSLATE_NOOP("UsageModel", "Correction"),
            _note,
            foreground=lambda r: _WARN if r.reversal else (_GREY if r.corrected else None),
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self.exact = True
        self.counts: dict[UsageQuery, int] = {}

    def count(self, session: Session, query: UsageQuery) -> int:
        return usage.count_usage(session, query)

    def load(self, read: Any, query: UsageQuery) -> None:
        with read() as session:
            rows = self.page(session, query, 0, self.PAGE_SIZE + 1)
        more = len(rows) > self.PAGE_SIZE
        rows = rows[: self.PAGE_SIZE]
        known = self.counts.get(query) if more else len(rows)
        self.exact = known is not None
        total = known if known is not None else len(rows) + 1
        self._reset(read, query, total, rows, self._texts(rows))

    def finish_count(self) -> int:
        """Count what the current query finds (once; kept until the log changes)."""
        if not self.exact and self._read is not None:
            with self._read() as session:
                self.total = self.counts[self.query] = self.count(session, self.query)
            self.exact = True
        return self.total

    def forget_counts(self) -> None:
        self.counts.clear()

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: N802, B008
        if self.exact or not self.canFetchMore(parent):
            super().fetchMore(parent)
            return
        before = len(self.rows)
        self.total = before + self.PAGE_SIZE + 1  # let the fetch take a whole page
        super().fetchMore(parent)
        got = len(self.rows) - before
        if got < self.PAGE_SIZE:  # the end is reached: now the count is known
            self.total, self.exact = len(self.rows), True
            self.counts[self.query] = self.total
        else:
            self.total = len(self.rows) + 1

    def fetch_through(self, row: int) -> None:
        self.finish_count()
        super().fetch_through(row)

    def page(self, session: Session, query: UsageQuery, offset: int, limit: int) -> list[UsageRow]:
        return usage.usage_page(session, query, offset, limit)

    def position(self, session: Session, query: UsageQuery, row_id: Any) -> int | None:
        return usage.usage_position(session, query, int(row_id))


_ = (QT_TRANSLATE_NOOP("UsageModel", "correction: %1"), QT_TRANSLATE_NOOP("UsageModel", "corrected"))


class ItemsModel(RowsModel):
    CONTEXT = "ItemsModel"
    CODE, NAME, STATE, CHECKED, LOCATION, KEEPER, PHONE, HOURS = range(8)

    def __init__(self) -> None:
        super().__init__()
        self.keepers: dict[int, str] = {}
        self.hours: dict[int, str] = {}
        self.COLUMNS = (
            Col(QT_TRANSLATE_NOOP("ItemsModel", "Code"), lambda i: i.code),
            Col(
                QT_TRANSLATE_NOOP("ItemsModel", "Service"),
                lambda i: i.name + (translated("ItemsModel", " (retired)") if i.retired_on else ""),
            ),
            Col(
                QT_TRANSLATE_NOOP("ItemsModel", "State"),
                lambda i: tr_core(STATE_LABELS[i.state.name]),
                foreground=lambda i: _WARN if i.state.name == "UNAVAILABLE" else None,
            ),
            Col(
                QT_TRANSLATE_NOOP("ItemsModel", "Checked"),
                lambda i: i.checked_on.isoformat() if i.checked_on else "",
            ),
            Col(QT_TRANSLATE_NOOP("ItemsModel", "Location"), lambda i: i.location),
            Col(
                QT_TRANSLATE_NOOP("ItemsModel", "Responsible"),
                lambda i: self.keepers.get(i.responsible_id or 0, ""),
            ),
            Col(QT_TRANSLATE_NOOP("ItemsModel", "Phone"), lambda i: i.phone),
            Col(QT_TRANSLATE_NOOP("ItemsModel", "Hours"), lambda i: self.hours.get(i.id, "")),
        )


_ = QT_TRANSLATE_NOOP("ItemsModel", " (retired)")


class EquipmentModel(RowsModel):
    CONTEXT = "EquipmentModel"
    NAME, QUANTITY, PURCHASED, EXPIRES = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.today: Any = None
        self.COLUMNS = (
            Col(QT_TRANSLATE_NOOP("EquipmentModel", "Equipment"), lambda e: e.name),
            Col(QT_TRANSLATE_NOOP("EquipmentModel", "Quantity"), lambda e: f"{e.quantity}{e.unit}"),
            Col(
                QT_TRANSLATE_NOOP("EquipmentModel", "Purchased"),
                lambda e: e.purchased_on.isoformat() if e.purchased_on else "",
            ),
            Col(
                QT_TRANSLATE_NOOP("EquipmentModel", "Expires"),
                lambda e: e.expires_on.isoformat() if e.expires_on else "",
                foreground=lambda e: (
                    _WARN if e.expires_on and self.today and e.expires_on < self.today else None
                ),
            ),
        )


class InspectionsModel(RowsModel):
    CONTEXT = "InspectionsModel"
    DATE, INSPECTOR, SUMMARY = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.summaries: dict[int, str] = {}
        self.COLUMNS = (
            Col(QT_TRANSLATE_NOOP("InspectionsModel", "Date"), lambda i: i.day.isoformat()),
            Col(QT_TRANSLATE_NOOP("InspectionsModel", "Inspector"), lambda i: i.inspector),
            Col(QT_TRANSLATE_NOOP("InspectionsModel", "Findings"), lambda i: self.summaries.get(i.id, "")),
        )
