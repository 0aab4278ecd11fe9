"""Dialogs that add and change people and memberships; core validates, the dialog stays open on error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import mask_id_number
from villagedesk.db.models import Body, Role, Sex
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.widgets import DateField


class FormDialog(QDialog):
    """A form with OK/Cancel; ``save`` runs in one transaction and a ValidationError keeps it open."""

    def __init__(self, ctx: DeskContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        # A long form scrolls inside the dialog; the errors and the buttons stay in view below it,
        # so Save is never off a 1024×768 screen.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.form = QFormLayout(body)
        self.scroll.setWidget(body)
        self.layout_.addWidget(self.scroll, 1)
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b00020")
        self.errors.setWordWrap(True)
        self.layout_.addWidget(self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        """As tall as the form needs, but no taller than the screen: then the form scrolls."""
        from villagedesk.ui.screen import MARGIN, available_size

        hint = super().sizeHint()
        body = self.scroll.widget().sizeHint()
        extra = self.errors.sizeHint().height() + self.buttons.sizeHint().height() + 3 * MARGIN
        _free_w, free_h = available_size(self)
        return QSize(
            max(hint.width(), body.width() + MARGIN), min(body.height() + extra, free_h - 2 * MARGIN)
        )

    def save(self, session: Session) -> None:
        raise NotImplementedError

    register = "roster"

    def reason_text(self) -> str:
        reason = getattr(self, "reason", None)
        return reason.text().strip() if reason is not None else ""

    def accept(self) -> None:
        try:
            with self.ctx.write(self.register, reason=self.reason_text()) as session:
                self.save(session)
        except ValidationError as exc:
            self.errors.setText(exc.render(tr_core))
            return
        self.errors.clear()
        super().accept()


class PersonDialog(FormDialog):
    def __init__(self, ctx: DeskContext, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit person") if person_id else self.tr("Add person"), parent)
        self.person_id = person_id
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("(not given)"), None)
        for sex in Sex:
            self.sex.addItem(tr_core(roster.SEX_LABELS[sex]), sex)
        self.birth = DateField(optional=True)
        self.month_only = QCheckBox(self.tr("only year and month known"))
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.id_number.setPlaceholderText(self.tr("18 characters; birth date and sex are taken from it"))
        self.remove_id = QCheckBox(self.tr("remove the stored number"))
        self.remove_id.setVisible(False)
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("e.g. 三组"))
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("Se&x"), self.sex)
        self.form.addRow(self.tr("&Birth date"), self.birth)
        self.form.addRow("", self.month_only)
        self.form.addRow(self.tr("&ID number"), self.id_number)
        self.form.addRow("", self.remove_id)
        self.form.addRow(self.tr("Villagers' &group"), self.group)
        self.form.addRow(self.tr("&Mobile"), self.phone)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.created_id: int | None = None
        if person_id is not None:
            with ctx.read() as session:
                p = roster.get_person(session, person_id)
                self.name.setText(p.name)
                self.sex.setCurrentIndex(max(self.sex.findData(p.sex), 0))
                self.birth.set_value(p.birth_date)
                self.month_only.setChecked(p.birth_month_only)
                if p.id_number:
                    # The form never holds the full number: empty keeps it (see PersonData.id_number).
                    self.id_number.setPlaceholderText(
                        self.tr("stored: %1 (leave empty to keep it)").replace(
                            "%1", mask_id_number(p.id_number)
                        )
                    )
                    self.remove_id.setVisible(True)
                self.group.setText(p.group_name)
                self.phone.setText(p.phone)
                self.notes.setPlainText(p.notes)

    def data(self) -> roster.PersonData:
        return roster.PersonData(
            name=self.name.text(),
            sex=self.sex.currentData(),
            birth_date=self._birth(),
            group_name=self.group.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            id_number=self._id_number(),
            birth_month_only=self.month_only.isChecked(),
        )

    def _birth(self) -> dt.date | None:
        day = self.birth.value()
        # "only year and month known": the picker's day means nothing, the 1st is stored with the flag
        return day.replace(day=1) if day is not None and self.month_only.isChecked() else day

    def _id_number(self) -> str | None:
        typed = self.id_number.text()
        if self.person_id is None or typed.strip():
            return typed
        return "" if self.remove_id.isChecked() else None

    def save(self, session: Session) -> None:
        if self.person_id is None:
            self.created_id = roster.add_person(session, self.data(), today=self.ctx.today()).id
        else:
            roster.update_person(session, self.person_id, self.data(), today=self.ctx.today())


class MembershipDialog(FormDialog):
    def __init__(
        self, ctx: DeskContext, person_id: int, person_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Add membership for %1").replace("%1", person_name), parent)
        self.person_id = person_id
        self.body = QComboBox()
        for body in Body:
            self.body.addItem(tr_core(roster.BODY_LABELS[body]), body)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr_core(roster.ROLE_LABELS[role]), role)
        self.start = DateField()
        self.start.set_value(ctx.today())
        self.form.addRow(self.tr("&Body"), self.body)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&From (join date for Party members)"), self.start)

    def save(self, session: Session) -> None:
        roster.add_membership(
            session,
            self.person_id,
            self.body.currentData(),
            self.start.value(),
            role=self.role.currentData(),
            today=self.ctx.today(),
        )


class EndMembershipDialog(FormDialog):
    def __init__(
        self, ctx: DeskContext, membership_id: int, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("End membership: %1").replace("%1", description), parent)
        self.membership_id = membership_id
        self.end = DateField()
        self.end.set_value(ctx.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. term ended, moved away, passed away"))
        self.form.addRow(self.tr("&Last day + 1 (no longer a member from)"), self.end)
        self.form.addRow(self.tr("&Reason"), self.reason)

    def save(self, session: Session) -> None:
        roster.end_membership(
            session, self.membership_id, self.end.value(), self.reason.text(), today=self.ctx.today()
        )


DialogFactory = Callable[[], QDialog]
_ = dt  # dates flow through DateField
