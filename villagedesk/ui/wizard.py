"""First run: the centre profile, then the administrator who manages the other users."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from villagedesk.core import users
from villagedesk.core.centre import CentreData, create_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import UserRole
from villagedesk.i18n import tr_core
from villagedesk.ui.centre_form import CentreForm
from villagedesk.ui.context import DeskContext
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.trust import pin_edit


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to VillageDesk"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This desk keeps the centre's registers, prints the notices for the village board and "
                "exports the data for the township. Everything stays on this computer.\n\n"
                "First, tell it which village it serves. You can change these details later in Settings."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)


class CentrePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(
            self.tr("The 12-digit statistical division code identifies the village to the township.")
        )
        layout = QVBoxLayout(self)
        self.form = CentreForm()
        layout.addWidget(self.form)
        self.data: CentreData | None = None

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        self.data = self.form.validate()
        return self.data is not None


class AdminPage(QWizardPage):
    """The administrator signs in with a PIN and manages the other users."""

    def __init__(self, ctx: DeskContext, centre_page: CentrePage | None) -> None:
        super().__init__()
        self.ctx = ctx
        self.centre_page = centre_page
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other users (clerks, the secretary, supervision "
                "committee members) and can restore backups. Choose a PIN of 6 to 12 digits that is "
                "not a simple sequence such as 123456 or 121212."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. the Party secretary's name"))
        self.pin = pin_edit()
        self.repeat = pin_edit()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("PIN &again"), self.repeat)
        layout.addLayout(form)
        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b00020")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        self.created_admin: str | None = None

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        try:
            # The centre and its administrator are created together, or not at all.
            with unit_of_work(
                self.ctx.store.sessions, actor=users.SYSTEM_ACTOR, reason="first run"
            ) as session:
                if self.centre_page is not None and self.centre_page.data is not None:
                    create_centre(session, self.centre_page.data)
                admin = users.create_user(
                    session,
                    self.name.text(),
                    UserRole.SECRETARY,
                    self.pin.text(),
                    self.repeat.text(),
                    is_admin=True,
                )
                self.created_admin = admin.name
        except ValidationError as exc:
            self.errors.setText(exc.render(tr_core))
            return False
        self.ctx.user = self.created_admin
        self.ctx.bus.changed.emit("centre")
        return True


class FirstRunWizard(QWizard):
    def __init__(self, ctx: DeskContext, need_centre: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VillageDesk — first run"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.welcome = WelcomePage()
        self.centre_page = CentrePage() if need_centre else None
        self.admin_page = AdminPage(ctx, self.centre_page)
        self.addPage(self.welcome)
        if self.centre_page is not None:
            self.addPage(self.centre_page)
        self.addPage(self.admin_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        fit_to_screen(self, 720, 640)  # inside a 1024×768 screen, its buttons always in view
