"""Signing in, the administrator, users, a record's history and the supervision review dialog."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import audit, review, roster, users
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import Body, UserRole
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.widgets import DateField


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class SignInDialog(QDialog):
    """Pick your name, enter your PIN. Wrong tries are counted; five lock the account for a while.

    When the PIN must be changed (the administrator reset it, or it is shorter than the centre's
    policy), the dialog asks for a new PIN twice before letting the user in.
    """

    def __init__(self, ctx: DeskContext, last_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user = QComboBox()
        with ctx.read() as session:
            for row in users.users(session):
                self.user.addItem(f"{row.name}（{tr_core(users.ROLE_LABELS[row.role])}）", row.name)
        index = self.user.findData(last_user)
        if index >= 0:
            self.user.setCurrentIndex(index)
        self.pin = pin_edit()
        self.new_pin = pin_edit()
        self.repeat = pin_edit()
        form.addRow(self.tr("&Name"), self.user)
        form.addRow(self.tr("&PIN"), self.pin)
        self.new_pin_label = QLabel(self.tr("&New PIN"))
        self.new_pin_label.setBuddy(self.new_pin)
        self.repeat_label = QLabel(self.tr("New PIN &again"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.new_pin_label, self.new_pin)
        form.addRow(self.repeat_label, self.repeat)
        for widget in (self.new_pin_label, self.new_pin, self.repeat_label, self.repeat):
            widget.setVisible(False)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.pin.setFocus()
        self.signed_in: str | None = None

    @property
    def changing_pin(self) -> bool:
        return not self.new_pin.isHidden()

    def accept(self) -> None:
        name = self.user.currentData()
        failure: ValidationError | None = None
        must_change, minimum = False, 0
        with unit_of_work(self.ctx.store.sessions, actor=users.SYSTEM_ACTOR) as session:
            try:
                if self.changing_pin:
                    users.change_own_pin(
                        session, name, self.pin.text(), self.new_pin.text(), self.repeat.text()
                    )
                else:
                    user = users.authenticate(session, name, self.pin.text())
                    must_change = users.needs_new_pin(session, user, self.pin.text())
                    minimum = users.pin_min_length(session)
            except ValidationError as exc:
                failure = exc  # committed: the wrong try counts towards the lockout
        if failure is not None:
            self.message.setText(failure.render(tr_core))
            if not self.changing_pin:  # while choosing a new PIN, the current one stays typed
                self.pin.clear()
                self.pin.setFocus()
            self.new_pin.clear()
            self.repeat.clear()
            return
        if must_change:
            self.user.setEnabled(False)
            for widget in (self.new_pin_label, self.new_pin, self.repeat_label, self.repeat):
                widget.setVisible(True)
            self.message.setText(
                self.tr(
                    "Your PIN must be changed before you go on: it was reset by the administrator or is "
                    "shorter than %1 digits. Choose a new PIN and type it twice."
                ).replace("%1", str(minimum))
            )
            self.new_pin.setFocus()
            return
        self.signed_in = name
        self.ctx.user = name
        super().accept()


class HistoryDialog(QDialog):
    """Every change to one record: who, when, what changed from what to what, and why."""

    def __init__(self, ctx: DeskContext, record_uuid: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        actions = {
            "insert": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("removed"),
            users.REVEAL_ACTION: self.tr("viewed the full identity number"),
            "pin_reset": self.tr("reset the signer's PIN (administrator)"),
            "pin_change": self.tr("signer chose a new PIN"),
        }
        with ctx.read() as session:
            lines = audit.history(session, record_uuid)
        for line in lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            changes = "\n".join(
                f"{tr_core(label)}：{_short(old)} → {_short(new)}"
                if old is not None
                else f"{tr_core(label)}：{_short(new)}"
                for label, old, new in audit.readable_changes(line.changes)
            )
            for col, text in enumerate(
                [line.at, line.actor, actions.get(line.action, line.action), changes, line.reason]
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(900, 480)


def _short(value: object) -> str:
    text = (
        "" if value is None else (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    )
    return text if len(text) <= 60 else text[:57] + "…"


class ReviewDialog(QDialog):
    """A supervision committee member signs a review with their own PIN."""

    def __init__(
        self,
        ctx: DeskContext,
        record_kind: str,
        record_uuid: str,
        record_version: int,
        content_hash: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = (record_kind, record_uuid, record_version, content_hash)
        self.setWindowTitle(self.tr("Supervision review: %1").replace("%1", title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.signer = QComboBox()
        with ctx.read() as session:
            for row in users.users(session):
                if row.role is UserRole.SUPERVISOR:
                    self.signer.addItem(row.name, row.name)
        self.pin = pin_edit()
        self.opinion = QLineEdit(self.tr("Agreed to post."))
        self.day = DateField()
        self.day.set_value(ctx.today())
        form.addRow(self.tr("&Reviewer"), self.signer)
        form.addRow(self.tr("Reviewer's &PIN"), self.pin)
        form.addRow(self.tr("&Opinion"), self.opinion)
        form.addRow(self.tr("&Date"), self.day)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        kind, uuid, version, digest = self.record
        failure: ValidationError | None = None
        with self.ctx.write("review") as session:
            try:
                review.sign_review(
                    session,
                    record_kind=kind,
                    record_uuid=uuid,
                    record_version=version,
                    content_hash=digest,
                    signer=self.signer.currentData() or "",
                    pin=self.pin.text(),
                    opinion=self.opinion.text(),
                    day=self.day.value() or self.ctx.today(),
                    today=self.ctx.today(),
                )
            except ValidationError as exc:
                failure = exc  # the wrong PIN try is still committed
        if failure is not None:
            self.message.setText(failure.render(tr_core))
            self.pin.clear()
            return
        super().accept()


class UserDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in UserRole:
            self.role.addItem(tr_core(users.ROLE_LABELS[role]), role)
        self.person = QComboBox()
        self.person.addItem(self.tr("(none)"), None)
        with ctx.read() as session:
            for p in roster.members_on(session, Body.SUPERVISION, ctx.today()):
                self.person.addItem(self.tr("%1 (supervision committee)").replace("%1", p.name), p.id)
        self.admin = QCheckBox(self.tr("Administrator (manages users, restores backups)"))
        self.pin = pin_edit()
        self.repeat = pin_edit()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Roster &person"), self.person)
        form.addRow("", self.admin)
        with ctx.read() as session:
            minimum = users.pin_min_length(session)
        form.addRow(self.tr("&PIN (%1 to 12 digits)").replace("%1", str(minimum)), self.pin)
        form.addRow(self.tr("PIN &again"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            with self.ctx.write("users") as session:
                users.create_user(
                    session,
                    self.name.text(),
                    self.role.currentData(),
                    self.pin.text(),
                    self.repeat.text(),
                    is_admin=self.admin.isChecked(),
                    person_id=self.person.currentData(),
                )
        except ValidationError as exc:
            self.message.setText(exc.render(tr_core))
            return
        super().accept()


class UsersBox(QGroupBox):
    """Users of this desk, for the administrator (core refuses anyone else)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Users"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user..."))
        self.pin_button = QPushButton(self.tr("Reset P&IN..."))
        self.disable_button = QPushButton(self.tr("&Disable user"))
        self.reveal_button = QPushButton(self.tr("Allow / stop &viewing sensitive information"))
        for b in (self.add_button, self.pin_button, self.disable_button, self.reveal_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_user)
        self.pin_button.clicked.connect(self.reset_pin)
        self.disable_button.clicked.connect(self.disable)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.current_dialog: QDialog | None = None

    def refresh(self) -> None:
        with self.ctx.read() as session:
            rows = users.users(session, include_inactive=True)
            allowed = users.can(session, self.ctx.user, users.Action.MANAGE_USERS)
        self.table.setRowCount(0)
        for u in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            state = self.tr("administrator") if u.is_admin else ""
            if u.may_reveal:
                state = "、".join(filter(None, [state, self.tr("may view sensitive information")]))
            if not u.active:
                state = self.tr("disabled")
            for c, text in enumerate([u.name, tr_core(users.ROLE_LABELS[u.role]), state]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.name)
                self.table.setItem(r, c, item)
        for b in (self.add_button, self.pin_button, self.disable_button, self.reveal_button):
            b.setEnabled(allowed)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def add_user(self) -> QDialog:
        dialog = UserDialog(self.ctx, self)
        dialog.accepted.connect(self.refresh)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def reset_pin(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        pin = self.ctx.dialogs.ask_secret(
            self, self.tr("Reset PIN"), self.tr("New PIN for %1:").replace("%1", name)
        )
        if pin is None:
            return
        repeat = self.ctx.dialogs.ask_secret(self, self.tr("Reset PIN"), self.tr("The same PIN again:"))
        try:
            with self.ctx.write("users", reason="PIN reset") as session:
                users.set_pin(session, name, pin, repeat)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Reset PIN"), exc.render(tr_core))
            return
        if name == self.ctx.user:
            text = self.tr("Your PIN was changed.")
        else:
            text = self.tr(
                "The PIN of %1 was reset. Give it to them in person: they must choose a new PIN when they "
                "next sign in, and cannot sign a review before."
            ).replace("%1", name)
        self.ctx.dialogs.info(self, self.tr("Reset PIN"), text)

    def toggle_reveal(self) -> None:
        """查看敏感信息 for one user beyond the role; core checks and audits the grant."""
        name = self.selected_name()
        if name is None:
            return
        with self.ctx.read() as session:
            granted = any(u.may_reveal for u in users.users(session) if u.name == name)
        try:
            with self.ctx.write("users") as session:
                users.grant_reveal(session, name, not granted)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Users"), exc.render(tr_core))
        self.refresh()

    def disable(self) -> None:
        name = self.selected_name()
        if name is None or not self.ctx.dialogs.confirm(
            self, self.tr("Disable user"), self.tr("Disable %1?").replace("%1", name)
        ):
            return
        try:
            with self.ctx.write("users") as session:
                users.set_active(session, name, False)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Disable user"), exc.render(tr_core))
        self.refresh()


_ = dt
