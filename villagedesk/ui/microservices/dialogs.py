"""Dialogs of the 十有 page: a service item, a closure, equipment, a stock movement, an inspection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import Collector
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import equipment as eq
from villagedesk.core.microservices import inspections as insp
from villagedesk.core.microservices.messages import CLOSURE_LABELS, STATE_LABELS, WEEKDAYS
from villagedesk.db.models import ClosureKind, Person, ServiceState
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.roster.dialogs import FormDialog
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.widgets import DateField

REGISTER = "microservices"


def state_combo() -> QComboBox:
    combo = QComboBox()
    for state in ServiceState:
        combo.addItem(tr_core(STATE_LABELS[state.name]), state)
    return combo


def people_combo(session: Session, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, None)
    for pid, name in session.execute(
        select(Person.id, Person.name).where(Person.deleted.is_(False)).order_by(Person.name)
    ):
        combo.addItem(name, pid)
    return combo


class ItemDialog(FormDialog):
    """Add a service (it gets a code in the village's own namespace) or change one."""

    register = REGISTER

    def __init__(self, ctx: DeskContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Service"), parent)
        self.item_id = item_id
        self.name = QLineEdit()
        self.location = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Public number: prints in full on the service guide"))
        self.partner = QLineEdit()
        self.state = state_combo()
        self.checked = DateField(optional=True)
        with ctx.read() as session:
            self.keeper = people_combo(session, self.tr("(nobody named)"))
            data = cat.item_input(cat.get_item(session, item_id)) if item_id else None
        self.hours: list[QLineEdit] = []
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Sta&te"), self.state)
        self.form.addRow(self.tr("Last &checked"), self.checked)
        self.form.addRow(self.tr("&Location"), self.location)
        self.form.addRow(self.tr("&Responsible"), self.keeper)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("P&artner"), self.partner)
        for label in WEEKDAYS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("e.g. 08:30-11:30, 14:00-17:30; empty: closed"))
            self.hours.append(edit)
            self.form.addRow(label, edit)
        if data is not None:
            self.name.setText(data.name)
            self.location.setText(data.location)
            self.phone.setText(data.phone)
            self.partner.setText(data.partner)
            self.state.setCurrentIndex(max(self.state.findData(data.state), 0))
            self.checked.set_value(data.checked_on)
            self.keeper.setCurrentIndex(max(self.keeper.findData(data.responsible_id), 0))
            for day, edit in enumerate(self.hours):
                edit.setText(", ".join(f"{a}-{b}" for a, b in data.hours.get(day, [])))
        fit_to_screen(self, 560, 540)

    def item_input(self) -> cat.ItemInput:
        errors = Collector()
        hours = {day: cat.parse_ranges(edit.text(), day, errors) for day, edit in enumerate(self.hours)}
        errors.raise_if_any()
        return cat.ItemInput(
            self.name.text(),
            self.location.text(),
            self.keeper.currentData(),
            self.phone.text(),
            self.partner.text(),
            hours,
            self.state.currentData(),
            self.checked.value(),
        )

    def save(self, session: Session) -> None:
        data = self.item_input()
        if self.item_id is None:
            self.item_id = cat.add_item(session, data, self.ctx.today()).id
        else:
            cat.update_item(session, self.item_id, data, self.ctx.today())


class ClosureDialog(FormDialog):
    register = REGISTER

    def __init__(self, ctx: DeskContext, item_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Holiday or closure"), parent)
        self.item = QComboBox()
        self.item.addItem(self.tr("All services"), None)
        with ctx.read() as session:
            for item in cat.items(session):
                self.item.addItem(item.name, item.id)
        self.item.setCurrentIndex(max(self.item.findData(item_id), 0))
        self.kind = QComboBox()
        for kind in ClosureKind:
            self.kind.addItem(tr_core(CLOSURE_LABELS[kind.name]), kind)
        self.start, self.end = DateField(), DateField()
        self.start.set_value(ctx.today())
        self.end.set_value(ctx.today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 国庆节, 设备检修"))
        self.form.addRow(self.tr("Ser&vice"), self.item)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&From"), self.start)
        self.form.addRow(self.tr("&Until"), self.end)
        self.form.addRow(self.tr("&Note"), self.note)
        fit_to_screen(self, 460, 320)

    def save(self, session: Session) -> None:
        start, end = self.start.value(), self.end.value()
        assert start is not None and end is not None
        cat.add_closure(
            session,
            cat.ClosureInput(self.item.currentData(), self.kind.currentData(), start, end, self.note.text()),
        )


class EquipmentDialog(FormDialog):
    register = REGISTER

    def __init__(self, ctx: DeskContext, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New equipment"), parent)
        self.item_id = item_id
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 血糖试纸"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. 条, 台, 盒"))
        self.quantity = QSpinBox()
        self.quantity.setRange(-1, eq.MAX_QUANTITY * 10)
        self.purchased = DateField(optional=True)
        self.expires = DateField(optional=True)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Unit"), self.unit)
        self.form.addRow(self.tr("&Quantity"), self.quantity)
        self.form.addRow(self.tr("&Purchased on"), self.purchased)
        self.form.addRow(self.tr("&Expires on"), self.expires)
        fit_to_screen(self, 460, 320)

    def save(self, session: Session) -> None:
        eq.add_equipment(
            session,
            eq.EquipmentInput(
                self.item_id,
                self.name.text(),
                self.unit.text(),
                self.quantity.value(),
                self.purchased.value(),
                self.expires.value(),
            ),
        )


class StockDialog(FormDialog):
    """Used or restocked: the count typed is taken out or put back; never below zero."""

    register = REGISTER

    def __init__(self, ctx: DeskContext, equipment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Stock movement"), parent)
        self.equipment_id = equipment_id
        with ctx.read() as session:
            kit = eq.get_equipment(session, equipment_id)
            self.form.addRow(self.tr("Equipment"), QLabel(f"{kit.name}（{kit.quantity}{kit.unit}）"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Used"), -1)
        self.direction.addItem(self.tr("Restocked"), 1)
        self.count = QSpinBox()
        self.count.setRange(0, eq.MAX_QUANTITY)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Movement"), self.direction)
        self.form.addRow(self.tr("&Count"), self.count)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("&Note"), self.note)
        fit_to_screen(self, 420, 300)

    def save(self, session: Session) -> None:
        day = self.day.value()
        assert day is not None
        change = self.direction.currentData() * self.count.value()
        eq.move_stock(session, self.equipment_id, change, day, self.note.text())


class InspectionDialog(FormDialog):
    """A walk through the centre: each service's state and what was found; photos optional."""

    register = REGISTER

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Inspection (自查)"), parent)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.day.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.inspector = QLineEdit()
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("&Inspector"), self.inspector)
        self.rows: list[tuple[int, QComboBox, QLineEdit]] = []
        with ctx.read() as session:
            for item in cat.items(session):
                state = state_combo()
                state.setCurrentIndex(max(state.findData(item.state), 0))
                finding = QLineEdit()
                finding.setPlaceholderText(self.tr("what was found"))
                line = QHBoxLayout()
                line.addWidget(state)
                line.addWidget(finding, 1)
                self.form.addRow(item.name, line)
                self.rows.append((item.id, state, finding))
        self.photos = QListWidget()
        self.photos.setMaximumHeight(60)
        add_photo = QPushButton(self.tr("Add &photo..."))
        add_photo.clicked.connect(self._add_photo)
        self.form.addRow(self.tr("Photos"), self.photos)
        self.form.addRow("", add_photo)
        fit_to_screen(self, 620, 600)

    def _add_photo(self) -> None:
        name = self.ctx.dialogs.open_file(self, self.tr("Photo"), self.tr("Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.photos.addItem(name)

    def save(self, session: Session) -> None:
        day = self.day.value()
        assert day is not None
        findings = [
            insp.FindingInput(item_id, state.currentData(), text.text()) for item_id, state, text in self.rows
        ]
        photos = [Path(self.photos.item(i).text()) for i in range(self.photos.count())]
        insp.record_inspection(
            session,
            insp.InspectionInput(day, self.inspector.text(), findings, "", photos),
            self.ctx.today(),
            self.ctx.store.data_dir.attachments,
        )


class PhotoDialog(QDialog):
    """One inspection photo, large (scaled to fit the screen); ← → step through the others."""

    def __init__(self, paths: list[Path], index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspection photo"))
        self.paths, self.index = paths, index
        layout = QVBoxLayout(self)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 150)
        layout.addWidget(self.picture, 1)
        row = QHBoxLayout()
        self.caption = QLabel()
        self.previous = QPushButton(self.tr("&Previous"))
        self.next = QPushButton(self.tr("&Next"))
        close = QPushButton(self.tr("&Close"))
        row.addWidget(self.caption, 1)
        for button in (self.previous, self.next, close):
            row.addWidget(button)
        layout.addLayout(row)
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        close.clicked.connect(self.reject)
        fit_to_screen(self, 900, 700)
        self.show_photo(index)

    def show_photo(self, index: int) -> None:
        self.index = max(0, min(index, len(self.paths) - 1))
        path = self.paths[self.index]
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("The photo file is missing or cannot be read."))
        else:
            self.picture.setText("")
            size = self.size() - QSize(24, 60)
            self.picture.setPixmap(
                pixmap.scaled(
                    size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.caption.setText(
            self.tr("Photo %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.paths)))
        )
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.paths) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Left:
            self.show_photo(self.index - 1)
        elif event.key() == Qt.Key.Key_Right:
            self.show_photo(self.index + 1)
        else:
            super().keyPressEvent(event)
