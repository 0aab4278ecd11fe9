"""Table models for the roster, with named columns; tested without any widget."""

from __future__ import annotations

import datetime as dt

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
from villagedesk.ui.table_model import QT_TRANSLATE_NOOP, Col, LazyRowsModel, RowsModel, translated


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


class PeopleModel(LazyRowsModel):
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

    TOOLTIP_COLUMNS = frozenset({CHECK})  # the 核对 column is narrow: its whole text on hover

    def count(self, session: Session, query: PeopleQuery) -> int:
        return roster.count_people(session, query)

    def page(self, session: Session, query: PeopleQuery, offset: int, limit: int) -> list[PersonRow]:
        return roster.people_page(session, query, offset, limit)

    def position(self, session: Session, query: PeopleQuery, row_id: int) -> int | None:
        return roster.people_position(session, query, row_id)


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
