"""First run: create the centre profile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from villagedesk.core.centre import CentreData, create_centre
from villagedesk.core.errors import ValidationError
from villagedesk.ui.centre_form import CentreForm
from villagedesk.ui.context import DeskContext


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
    def __init__(self, ctx: DeskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(
            self.tr("The 12-digit statistical division code identifies the village to the township.")
        )
        layout = QVBoxLayout(self)
        self.form = CentreForm()
        layout.addWidget(self.form)
        self.created: CentreData | None = None

    def validatePage(self) -> bool:  # noqa: N802  (Qt override)
        data = self.form.validate()
        if data is None:
            return False
        try:
            with self.ctx.write("centre", reason="first-run wizard") as session:
                create_centre(session, data)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        self.created = data
        return True


class FirstRunWizard(QWizard):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VillageDesk — first run"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.welcome = WelcomePage()
        self.centre_page = CentrePage(ctx)
        self.addPage(self.welcome)
        self.addPage(self.centre_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(720, 780)
