"""Dialogs of the 暖心关怀 register: a target, a visit, an exit, and the care-fund steps. Core
validates; a dialog stays open showing every problem at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care import fund as f
from villagedesk.core.care import periods
from villagedesk.core.care import targets as t
from villagedesk.core.care import visits as v
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import mask_id_number
from villagedesk.core.roster import SEX_LABELS
from villagedesk.db.models import CareSource, Sex
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.money_edit import MoneyEdit
from villagedesk.ui.roster.dialogs import FormDialog
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.widgets import DateField


def _notes(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class TargetDialog(FormDialog):
    """Add or change a care target. Sensitive fields of an existing target are not shown: they are
    changed by typing a new value (an empty field keeps the stored one)."""

    register = "care"

    def __init__(self, ctx: DeskContext, target_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Change care target") if target_id else self.tr("Add care target"), parent
        )
        self.target_id = target_id
        self.saved_id: int | None = None
        with ctx.read() as session:
            known = settings.get(session, c.CATEGORIES)
            target = t.get_target(session, target_id) if target_id else None
            current = [k.category for k in t.open_categories(session, target_id)] if target_id else []
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("(from the ID number)"), None)
        for sex in Sex:
            self.sex.addItem(tr_core(SEX_LABELS[sex]), sex)
        self.birth = DateField(optional=True)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.id_number.setPlaceholderText(
            self.tr("Optional; 18 characters. Birth date and sex are taken from it")
        )
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("e.g. 三组"))
        self.phone = QLineEdit()
        self.categories: dict[str, QCheckBox] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(known):
            box = QCheckBox(name)
            box.setChecked(name in current)
            self.categories[name] = box
            grid.addWidget(box, index // 4, index % 4)
        self.disability = QLineEdit()
        self.disability.setPlaceholderText(self.tr("e.g. 二级 (only for the disabled)"))
        self.party_joined = DateField(optional=True)
        self.party_full = DateField(optional=True)
        self.difficulty = _notes()
        self.health = _notes(50)
        self.helper = QLineEdit()
        self.source = QComboBox()
        for source, label in (
            (CareSource.SCREENING, self.tr("Screening")),
            (CareSource.APPLICATION, self.tr("Own application")),
            (CareSource.TOWNSHIP, self.tr("Assigned by the township")),
        ):
            self.source.addItem(label, source)
        self.added_on = DateField()
        self.added_on.set_value(ctx.today())
        self.reason = QLineEdit()
        self.next_review = DateField(optional=True)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&ID number"), self.id_number)
        self.form.addRow(self.tr("Se&x"), self.sex)
        self.form.addRow(self.tr("&Birth date"), self.birth)
        self.form.addRow(self.tr("Villagers' &group"), self.group)
        self.form.addRow(self.tr("&Mobile phone"), self.phone)
        self.form.addRow(self.tr("&Categories"), grid_widget)
        self.form.addRow(self.tr("Disability grade"), self.disability)
        self.form.addRow(self.tr("Joined the Party"), self.party_joined)
        self.form.addRow(self.tr("Full Party member since"), self.party_full)
        self.form.addRow(self.tr("&Difficulties"), self.difficulty)
        self.form.addRow(self.tr("&Health"), self.health)
        self.form.addRow(self.tr("&Paired helper"), self.helper)
        self.form.addRow(self.tr("S&ource"), self.source)
        self.form.addRow(self.tr("&Added on"), self.added_on)
        self.form.addRow(self.tr("Reason for adding"), self.reason)
        self.form.addRow(self.tr("Next &review"), self.next_review)
        if target is not None:
            self._load(target)
        fit_to_screen(self, 760, 700)

    def _load(self, target: t.CareTarget) -> None:
        self.name.setText(target.name)
        self.sex.setCurrentIndex(max(self.sex.findData(target.sex), 0))
        self.birth.set_value(target.birth_date)
        masked = mask_id_number(target.id_number) if target.id_number else ""
        self.id_number.setPlaceholderText(
            self.tr("Stored: %1 — type a new number only to replace it").replace("%1", masked or "—")
        )
        self.group.setText(target.group_name)
        self.phone.setPlaceholderText(
            self.tr("Stored: %1 — type a new number only to replace it").replace(
                "%1", t.mask_phone(target.phone) if target.phone else "—"
            )
        )
        self.disability.setText(target.disability_grade)
        self.party_joined.set_value(target.party_joined)
        self.party_full.set_value(target.party_full)
        hidden = self.tr("(stored, hidden — type here to replace it)")
        self.difficulty.setPlaceholderText(hidden if target.difficulty_notes else "")
        self.health.setPlaceholderText(hidden if target.health_notes else "")
        self.helper.setText(target.helper)
        self.source.setCurrentIndex(max(self.source.findData(target.source), 0))
        self.added_on.set_value(target.added_on)
        self.added_on.setEnabled(False)
        self.reason.setEnabled(False)
        self.next_review.set_value(target.next_review)
        self.stored = target

    def data(self) -> t.TargetData:
        stored = getattr(self, "stored", None)

        def keep(typed: str, field: str) -> str:
            return typed if typed.strip() or stored is None else str(getattr(stored, field))

        return t.TargetData(
            name=self.name.text(),
            categories=[name for name, box in self.categories.items() if box.isChecked()],
            added_on=self.added_on.value(),
            id_number=keep(self.id_number.text(), "id_number"),
            sex=self.sex.currentData(),
            birth_date=self.birth.value(),
            group_name=self.group.text(),
            phone=keep(self.phone.text(), "phone"),
            person_id=stored.person_id if stored is not None else None,
            party_joined=self.party_joined.value(),
            party_full=self.party_full.value(),
            disability_grade=self.disability.text(),
            difficulty_notes=keep(self.difficulty.toPlainText(), "difficulty_notes"),
            health_notes=keep(self.health.toPlainText(), "health_notes"),
            helper=self.helper.text(),
            source=self.source.currentData(),
            add_reason=self.reason.text(),
            next_review=self.next_review.value(),
        )

    def reason_text(self) -> str:
        return ""

    def save(self, session: Session) -> None:
        today = self.ctx.today()
        if self.target_id is None:
            self.saved_id = t.add_target(session, self.data(), today).id
        else:
            self.saved_id = t.update_target(session, self.target_id, self.data(), today).id


class VisitDialog(FormDialog):
    register = "care"

    def __init__(self, ctx: DeskContext, target_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record a visit to %1").replace("%1", name), parent)
        self.target_id = target_id
        with ctx.read() as session:
            occasions = settings.get(session, c.OCCASIONS)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.visitors = QLineEdit()
        self.visitors.setPlaceholderText(self.tr("e.g. 村党组织书记、网格员"))
        self.occasion = QComboBox()
        for occasion in occasions:
            self.occasion.addItem(occasion, occasion)
        self.findings = _notes(90)
        self.needs = _notes(70)
        self.follow_up = DateField(optional=True)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("&Visitors"), self.visitors)
        self.form.addRow(self.tr("&Occasion"), self.occasion)
        self.form.addRow(self.tr("&Findings"), self.findings)
        self.form.addRow(self.tr("&Needs"), self.needs)
        self.form.addRow(self.tr("Follow-&up on"), self.follow_up)
        fit_to_screen(self, 600, 460)

    def save(self, session: Session) -> None:
        v.record_visit(
            session,
            v.VisitData(
                self.target_id,
                self.day.value(),
                self.visitors.text(),
                self.occasion.currentData() or "",
                self.findings.toPlainText(),
                self.needs.toPlainText(),
                self.follow_up.value(),
            ),
            self.ctx.today(),
        )


class ExitDialog(FormDialog):
    register = "care"

    def __init__(self, ctx: DeskContext, target_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("%1 leaves the care list").replace("%1", name), parent)
        self.target_id = target_id
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("e.g. 病故, 脱贫, 迁出"))
        self.form.addRow(self.tr("&Exit date"), self.day)
        self.form.addRow(self.tr("&Reason"), self.why)
        fit_to_screen(self, 480, 220)

    def save(self, session: Session) -> None:
        t.exit_target(
            session, self.target_id, self.day.value() or self.ctx.today(), self.why.text(), self.ctx.today()
        )


class IncomeDialog(FormDialog):
    register = "care"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record income to a care fund"), parent)
        with ctx.read() as session:
            names = settings.get(session, c.FUNDS)
        self.fund = QComboBox()
        for name in names:
            self.fund.addItem(name, name)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.amount = MoneyEdit(c.F_AMOUNT, allow_zero=False)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. 区民政局拨付"))
        self.item = QLineEdit()
        self.handler = QLineEdit()
        self.form.addRow(self.tr("&Fund"), self.fund)
        self.form.addRow(self.tr("&Date received"), self.day)
        self.form.addRow(self.tr("&Amount (yuan)"), self.amount)
        self.form.addRow(self.tr("S&ource of funds"), self.source)
        self.form.addRow(self.tr("&Item"), self.item)
        self.form.addRow(self.tr("&Handled by"), self.handler)
        fit_to_screen(self, 520, 320)

    def save(self, session: Session) -> None:
        f.record_income(
            session,
            self.fund.currentData(),
            self.day.value() or self.ctx.today(),
            self.amount.value(),  # type: ignore[arg-type]
            self.source.text(),
            self.handler.text(),
            self.item.text(),
            self.ctx.today(),
        )


class DisbursementDialog(FormDialog):
    register = "care"

    def __init__(self, ctx: DeskContext, target_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Apply for a care payment to %1").replace("%1", name), parent)
        self.target_id = target_id
        with ctx.read() as session:
            names = settings.get(session, c.FUNDS)
            f.ensure_funds(session)
            balances = {fund.name: f.balance(session, fund.id) for fund in f.funds(session)}
        self.fund = QComboBox()
        for fund_name in names:
            left = balances.get(fund_name)
            label = fund_name + (
                self.tr(" (available %1 yuan)").replace("%1", f.format_fen(left.available)) if left else ""
            )
            self.fund.addItem(label, fund_name)
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.amount = MoneyEdit(c.F_AMOUNT, allow_zero=False)
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("e.g. 春节慰问金"))
        self.handler = QLineEdit()
        self.form.addRow(self.tr("&Fund"), self.fund)
        self.form.addRow(self.tr("Application &date"), self.day)
        self.form.addRow(self.tr("&Amount (yuan)"), self.amount)
        self.form.addRow(self.tr("&Item"), self.item)
        self.form.addRow(self.tr("&Handled by"), self.handler)
        fit_to_screen(self, 560, 300)

    def save(self, session: Session) -> None:
        f.apply_disbursement(
            session,
            self.fund.currentData(),
            self.target_id,
            self.day.value() or self.ctx.today(),
            self.amount.value(),  # type: ignore[arg-type]
            self.item.text(),
            self.handler.text(),
            self.ctx.today(),
        )


class StepDialog(FormDialog):
    """Branch approval, township approval, or payment of one disbursement."""

    register = "care"
    BRANCH, TOWNSHIP, PAY = "branch", "township", "pay"

    def __init__(self, ctx: DeskContext, entry_id: int, step: str, parent: QWidget | None = None) -> None:
        titles = {
            self.BRANCH: self.tr("Branch approval"),
            self.TOWNSHIP: self.tr("Township approval"),
            self.PAY: self.tr("Record the payment"),
        }
        super().__init__(ctx, titles[step], parent)
        self.entry_id, self.step = entry_id, step
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.form.addRow(self.tr("&Date"), self.day)
        self.who = QLineEdit()
        self.signed = QCheckBox(self.tr("the recipient signed for the money"))
        if step == self.PAY:
            self.form.addRow(self.tr("&Voucher number"), self.who)
            self.form.addRow("", self.signed)
        else:
            self.form.addRow(self.tr("&Approved by"), self.who)
        fit_to_screen(self, 480, 240)

    def save(self, session: Session) -> None:
        day = self.day.value() or self.ctx.today()
        today = self.ctx.today()
        if self.step == self.BRANCH:
            f.approve_branch(session, self.entry_id, day, self.who.text(), today)
        elif self.step == self.TOWNSHIP:
            f.approve_township(session, self.entry_id, day, self.who.text(), today)
        else:
            f.pay(session, self.entry_id, day, self.who.text(), self.signed.isChecked(), today)


class StatementDialog(QDialog):
    """The fund statement of a period the clerk picks: a month, a quarter, a year, or two dates.
    The figures show as the period changes; 预览 opens the notice to print or save."""

    MONTH, QUARTER, YEAR, OTHER = range(4)

    def __init__(
        self,
        ctx: DeskContext,
        fund_id: int | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Care fund statement"))
        day = day or ctx.today()
        with ctx.read() as session:
            funds = [(x.id, x.name) for x in f.funds(session)]
        self.fund = QComboBox()
        for ident, name in funds:
            self.fund.addItem(name, ident)
        if fund_id is not None and self.fund.findData(fund_id) >= 0:
            self.fund.setCurrentIndex(self.fund.findData(fund_id))
        self.kind = QComboBox()
        for label in (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Other period")):
            self.kind.addItem(label)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(day.year)
        self.number = QComboBox()
        self.start = DateField()
        self.end = DateField()
        self.start.set_value(day.replace(day=1))
        self.end.set_value(day)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Fund"), self.fund)
        form.addRow(self.tr("&Period"), self.kind)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Month or quarter"), self.number)
        form.addRow(self.tr("F&rom"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.figures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(
            self.tr("Pre&view..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        form.addRow(buttons)
        self._fill_numbers(day)
        for signal in (
            self.fund.currentIndexChanged,
            self.year.valueChanged,
            self.number.currentIndexChanged,
            self.start.edit.dateChanged,
            self.end.edit.dateChanged,
        ):
            signal.connect(self.show_figures)
        self.kind.currentIndexChanged.connect(lambda *_: self._fill_numbers(day))
        fit_to_screen(self, 520, 360)

    def _fill_numbers(self, day: dt.date) -> None:
        kind = self.kind.currentIndex()
        self.number.blockSignals(True)
        self.number.clear()
        if kind == self.MONTH:
            for n in range(1, 13):
                self.number.addItem(self.tr("%1 month").replace("%1", str(n)), n)
            self.number.setCurrentIndex(day.month - 1)
        elif kind == self.QUARTER:
            for n in range(1, 5):
                self.number.addItem(self.tr("quarter %1").replace("%1", str(n)), n)
            self.number.setCurrentIndex((day.month - 1) // 3)
        self.number.blockSignals(False)
        self.number.setEnabled(kind in (self.MONTH, self.QUARTER))
        self.year.setEnabled(kind != self.OTHER)
        self.start.setEnabled(kind == self.OTHER)
        self.end.setEnabled(kind == self.OTHER)
        self.show_figures()

    def period(self) -> tuple[dt.date, dt.date]:
        """(first day, last day) as picked; ValidationError when the two dates are the wrong way round."""
        kind, year, n = self.kind.currentIndex(), self.year.value(), self.number.currentData()
        if kind == self.MONTH:
            return periods.month(year, n)
        if kind == self.QUARTER:
            return periods.quarter(year, n)
        if kind == self.YEAR:
            return periods.year(year)
        return periods.checked(self.start.value() or self.ctx.today(), self.end.value() or self.ctx.today())

    def show_figures(self) -> None:
        fund_id = self.fund.currentData()
        try:
            start, end = self.period()
        except ValidationError as exc:
            self.figures.setText(exc.render(tr_core))
            self.preview_button.setEnabled(False)
            return
        self.preview_button.setEnabled(fund_id is not None)
        if fund_id is None:
            self.figures.setText(self.tr("No care fund yet."))
            return
        with self.ctx.read() as session:
            s = f.fund_statement(session, fund_id, start, end)
        self.figures.setText(
            self.tr("%1: opening %2 yuan, income %3, payments %4, closing %5")
            .replace("%1", periods.title(start, end))
            .replace("%2", f.format_fen(s.opening))
            .replace("%3", f.format_fen(s.income))
            .replace("%4", f.format_fen(s.expenditure))
            .replace("%5", f.format_fen(s.closing))
        )

    def preview(self) -> QDialog | None:
        from villagedesk.documents.care import StatementKind
        from villagedesk.ui import printing

        try:
            start, end = self.period()
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.windowTitle(), exc.render(tr_core))
            return None
        with self.ctx.read() as session:
            item = StatementKind().printable(session, self.fund.currentData(), start, end)
        self.preview_dialog = printing.preview(self.ctx, item, self)
        return self.preview_dialog
