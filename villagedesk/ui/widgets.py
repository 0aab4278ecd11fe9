"""Small shared widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateField(QWidget):
    """A date picker; with ``optional`` a tick box says whether the date is known."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known: QCheckBox | None = None
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        if optional:
            self.known = QCheckBox(self.tr("known"))
            self.known.toggled.connect(self.edit.setEnabled)
            self.known.setChecked(False)
            self.edit.setEnabled(False)
            layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        if self.known is not None and not self.known.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, day: dt.date | None) -> None:
        if self.known is not None:
            self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))
