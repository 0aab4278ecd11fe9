"""村务公开 dialogs: the disclosure editor (with the finance ledger), the review with the reviewer's
own PIN, and villagers' feedback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.disclosure import config as c
from villagedesk.core.disclosure import service as s
from villagedesk.core.disclosure import workflow as w
from villagedesk.core.disclosure.calendar import CatalogueItem, period_of
from villagedesk.core.disclosure.ledger import DIRECTION_NAMES, DIRECTIONS, LineInput
from villagedesk.core.errors import ValidationError
from villagedesk.core.money import format_fen
from villagedesk.db.models import PeriodKind
from villagedesk.documents import Printable, row_id
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.money_edit import MoneyEdit
from villagedesk.ui.roster.dialogs import FormDialog
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.trust import ReviewDialog
from villagedesk.ui.widgets import DateField

KIND_ORDER = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.AD_HOC)


class LedgerTable(QTableWidget):
    """The finance lines: 收支 (a list), 收支项目, 金额 (a MoneyEdit: yuan typed, fen kept), 资金来源,
    经办人, 审核意见."""

    DIRECTION, ITEM, AMOUNT, SOURCE, HANDLER, OPINION = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Income / expenditure"),
                self.tr("Item"),
                self.tr("Amount (yuan)"),
                self.tr("Source of funds"),
                self.tr("Handled by"),
                self.tr("Review note"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(self.ITEM, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(180)

    def add_line(self, line: LineInput | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        direction = QComboBox()
        direction.addItem(self.tr("Income"), "income")
        direction.addItem(self.tr("Expenditure"), "expenditure")
        self.setCellWidget(row, self.DIRECTION, direction)
        amount = MoneyEdit(c.F_LINE_AMOUNT)
        self.setCellWidget(row, self.AMOUNT, amount)
        for col in (self.ITEM, self.SOURCE, self.HANDLER, self.OPINION):
            self.setItem(row, col, QTableWidgetItem(""))
        if line is not None:
            direction.setCurrentIndex(max(direction.findData(DIRECTIONS.get(line.direction, "income")), 0))
            if isinstance(line.amount, int):
                amount.set_value(line.amount)
            else:
                amount.setText(str(line.amount))
            for col, text in (
                (self.ITEM, line.item),
                (self.SOURCE, line.source),
                (self.HANDLER, line.handler),
                (self.OPINION, line.opinion),
            ):
                item = self.item(row, col)
                assert item is not None
                item.setText(text)
        return row

    def set_lines(self, lines: list[LineInput]) -> None:
        self.setRowCount(0)
        for line in lines:
            self.add_line(line)

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def lines(self) -> list[LineInput]:
        out = []
        for row in range(self.rowCount()):
            direction = self.cellWidget(row, self.DIRECTION)
            amount = self.cellWidget(row, self.AMOUNT)
            assert isinstance(direction, QComboBox) and isinstance(amount, MoneyEdit)
            texts = [self._text(row, col) for col in (self.ITEM, self.SOURCE, self.HANDLER, self.OPINION)]
            if not any(t.strip() for t in texts) and not amount.text().strip():
                continue  # an empty row left at the end
            out.append(
                LineInput(direction.currentData(), texts[0], amount.text(), texts[1], texts[2], texts[3])
            )
        return out


class DisclosureDialog(FormDialog):
    """Write or change a disclosure; with ``corrects`` it drafts a 更正公告 of a posted one."""

    register = "disclosure"

    def __init__(
        self,
        ctx: DeskContext,
        disclosure_id: int | None = None,
        corrects: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("New disclosure"), parent)
        self.disclosure_id = disclosure_id
        self.corrects = corrects
        self.saved_id: int | None = None
        with ctx.read() as session:
            self.catalogue: list[CatalogueItem] = s.catalogue(session)
            categories = s.categories(session)
            self.finance_quarterly = settings.get(session, c.FINANCE_QUARTERLY)
            self.default_days = settings.get(session, settings.POSTING_DAYS)
            self.sources = _finance_sources()
        self.category = QComboBox()
        for name in categories:
            self.category.addItem(name, name)
        self.item = QComboBox()
        self.kind = QComboBox()
        for kind in KIND_ORDER:
            self.kind.addItem(kind.value, kind)
        self.period_start = DateField()
        self.period_end = DateField()
        self.event_date = DateField(optional=True)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 2026年10月村级财务收支情况公开"))
        self.lead = QPlainTextEdit()
        self.lead.setTabChangesFocus(True)
        self.lead.setMaximumHeight(70)
        self.lead.setPlaceholderText(self.tr("Leave empty for the standard lead with the legal basis"))
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(100)
        self.content.setPlaceholderText(
            self.tr("One paragraph per line. Lines starting with 一、 or （一） print as headings.")
        )
        self.headers = QLineEdit()
        self.headers.setPlaceholderText(self.tr("Optional table: column headings separated by 、"))
        self.table = QTableWidget(0, 0)
        self.table.setMinimumHeight(90)
        self.notice_date = DateField()
        self.posting_date = DateField()
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(self.default_days)
        self.days.setSuffix(self.tr(" days"))
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("Catalogue &item"), self.item)
        self.form.addRow(self.tr("Peri&od"), self.kind)
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_end)
        period.addStretch(1)
        self.form.addRow(self.tr("From"), period)
        self.form.addRow(self.tr("Date of the &event (ad hoc)"), self.event_date)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Lead paragraph"), self.lead)
        self.form.addRow(self.tr("Co&ntent"), self.content)
        self.form.addRow(self.tr("Table colu&mns"), self.headers)
        self.form.addRow("", self.table)
        self.form.addRow(self.tr("Date o&f issue"), self.notice_date)
        self.form.addRow(self.tr("&Posting from"), self.posting_date)
        self.form.addRow(self.tr("Posting period"), self.days)
        self._finance_rows()
        self.reason = QLineEdit()
        if corrects is not None:
            self.reason.setPlaceholderText(self.tr("What was wrong in the posted disclosure"))
            self.form.addRow(self.tr("Reason for the co&rrection"), self.reason)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.kind.currentIndexChanged.connect(self._period_changed)
        self.period_start.edit.dateChanged.connect(self._period_changed)
        self.headers.textChanged.connect(self._columns_changed)
        self._defaults()
        self._load(disclosure_id or corrects)
        fit_to_screen(self, 900, 740)

    def reason_text(self) -> str:  # the correction's reason goes to core, not the audit log prompt
        return ""

    def _finance_rows(self) -> None:
        self.opening = MoneyEdit(c.F_OPENING, required=False)
        self.closing = MoneyEdit(c.F_CLOSING, required=False)
        self.opening_reason = QLineEdit()
        self.opening_reason.setPlaceholderText(
            self.tr("Only when it differs from the previous period's closing balance")
        )
        self.ledger = LedgerTable()
        self.totals = QLabel()
        buttons = QHBoxLayout()
        self.add_line = QPushButton(self.tr("A&dd line"))
        self.remove_line = QPushButton(self.tr("Remove line"))
        self.import_button = QPushButton(self.tr("Import .&xlsx..."))
        self.compute_button = QPushButton(self.tr("Work out the closing balance"))
        for b in (self.add_line, self.remove_line, self.import_button, self.compute_button):
            buttons.addWidget(b)
        self.source_buttons = []
        for title, _fn in self.sources:
            button = QPushButton(self.tr("Lines from %1").replace("%1", tr_core(title)))
            button.clicked.connect(lambda _=False, t=title: self.import_from_part(t))
            buttons.addWidget(button)
            self.source_buttons.append(button)
        buttons.addStretch(1)
        self.finance_widgets = [self.opening, self.closing, self.opening_reason, self.ledger, self.totals]
        self.form.addRow(self.tr("Opening balance (yuan)"), self.opening)
        self.form.addRow(self.tr("Why the opening differs"), self.opening_reason)
        self.form.addRow(self.tr("Ledger lines"), self.ledger)
        self.form.addRow("", buttons)
        self.form.addRow(self.tr("Closing balance (yuan)"), self.closing)
        self.form.addRow("", self.totals)
        self.add_line.clicked.connect(lambda: self.ledger.add_line())
        self.remove_line.clicked.connect(self._remove_line)
        self.import_button.clicked.connect(self.import_xlsx)
        self.compute_button.clicked.connect(self.compute_closing)

    def _remove_line(self) -> None:
        if self.ledger.rowCount():
            row = self.ledger.currentRow()
            self.ledger.removeRow(row if row >= 0 else self.ledger.rowCount() - 1)

    # -- keeping the form consistent -------------------------------------------------------------------
    def _category_changed(self) -> None:
        category = self.category.currentData()
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for entry in self.catalogue:
            if entry.category == category or (entry.category == "村务" and category in ("政务", "事务")):
                self.item.addItem(entry.item, entry.item)
        self.item.setCurrentIndex(max(self.item.findData(current), 0))
        self.item.blockSignals(False)
        self._item_changed()

    def _entry(self) -> CatalogueItem | None:
        return next((e for e in self.catalogue if e.item == self.item.currentData()), None)

    def _item_changed(self) -> None:
        entry = self._entry()
        finance = s.is_finance_ledger(entry)
        for widget in self.finance_widgets:
            widget.setEnabled(finance)
        for b in (
            self.add_line,
            self.remove_line,
            self.import_button,
            self.compute_button,
            *self.source_buttons,
        ):
            b.setEnabled(finance)
        if entry is not None:
            kinds = entry.kinds(self.finance_quarterly)
            self.kind.setCurrentIndex(max(self.kind.findData(kinds[-1] if kinds else PeriodKind.AD_HOC), 0))

    def _period_changed(self) -> None:
        kind = self.kind.currentData()
        start = self.period_start.value()
        if kind is None or start is None or kind is PeriodKind.AD_HOC:
            return
        first, last = period_of(kind, start)
        if first != start:
            self.period_start.set_value(first)
        self.period_end.set_value(last)

    def _columns_changed(self) -> None:
        headers = self.header_list()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        if headers and self.table.rowCount() == 0:
            self.table.setRowCount(2)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def header_list(self) -> list[str]:
        text = self.headers.text().replace("，", "、").replace(",", "、")
        return [h.strip() for h in text.split("、") if h.strip()]

    def _defaults(self) -> None:
        today = self.ctx.today()
        previous_month = today.replace(day=1) - dt.timedelta(days=1)
        self.period_start.set_value(previous_month.replace(day=1))
        self.notice_date.set_value(today)
        self.posting_date.set_value(today)
        self.category.setCurrentIndex(max(self.category.findData("财务"), 0))
        self._category_changed()
        self._period_changed()

    def _load(self, disclosure_id: int | None) -> None:
        if disclosure_id is None:
            return
        with self.ctx.read() as session:
            data = s.input_of(session, s.get(session, disclosure_id))
        self.setWindowTitle(
            self.tr("Correction notice") if self.corrects is not None else self.tr("Edit disclosure")
        )
        self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
        self._category_changed()
        self.item.setCurrentIndex(max(self.item.findData(data.item), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(data.period_kind), 0))
        self.period_start.set_value(data.period_start)
        self.period_end.set_value(data.period_end)
        self.event_date.set_value(data.event_date)
        title = data.title if self.corrects is None else f"关于{data.title}的更正公告"
        self.title_edit.setText(title)
        self.lead.setPlainText(data.lead)
        self.content.setPlainText(data.content)
        self.headers.setText("、".join(data.table_headers))
        self.table.setRowCount(len(data.table_rows))
        for r, row in enumerate(data.table_rows):
            for col, cell in enumerate(row):
                self.table.setItem(r, col, QTableWidgetItem(cell))
        self.notice_date.set_value(data.notice_date if self.corrects is None else self.ctx.today())
        self.posting_date.set_value(data.posting_date if self.corrects is None else self.ctx.today())
        self.days.setValue(data.posting_days)
        self.opening.set_value(data.opening if isinstance(data.opening, int) else None)
        self.closing.set_value(data.closing if isinstance(data.closing, int) else None)
        self.opening_reason.setText(data.opening_reason)
        self.ledger.set_lines(data.lines)

    # -- the ledger's helpers ---------------------------------------------------------------------------
    def compute_closing(self) -> None:
        """Fill in opening + income − expenditure (the clerk still checks it against the books)."""
        try:
            from villagedesk.core.disclosure.ledger import clean_lines
            from villagedesk.core.errors import Collector

            errors = Collector()
            lines = clean_lines(self.ledger.lines(), errors)
            opening = self.opening.value(errors) or 0
            errors.raise_if_any()
        except ValidationError as exc:
            self.errors.setText(exc.render(tr_core))
            return
        income = sum(x.amount_fen for x in lines if x.direction == "income")
        spent = sum(x.amount_fen for x in lines if x.direction == "expenditure")
        self.closing.set_value(opening + income - spent)
        self.totals.setText(
            self.tr("Income %1, expenditure %2")
            .replace("%1", format_fen(income))
            .replace("%2", format_fen(spent))
        )

    def import_xlsx(self) -> bool:
        from villagedesk.core.disclosure.xlsx import read_ledger_xlsx

        path = self.ctx.dialogs.open_file(
            self, self.tr("Import ledger lines"), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return False
        try:
            lines = read_ledger_xlsx(Path(path))
        except ValidationError as exc:
            self.errors.setText(
                self.tr("Nothing was imported; correct the sheet and import it again:")
                + "\n"
                + exc.render(tr_core)
            )
            return False
        self.ledger.set_lines(lines)
        self.errors.setText(self.tr("%1 lines imported.").replace("%1", str(len(lines))))
        return True

    def import_from_part(self, title: str) -> None:
        fn = dict(self.sources)[title]
        start, end = self.period_start.value(), self.period_end.value()
        if start is None or end is None:
            return
        with self.ctx.read() as session:
            rows = fn(session, start, end)
        for row in rows:
            direction, item, amount = row["direction"], row["item"], int(row["amount_fen"])
            if amount < 0:  # a reversal: shown on the other side, so the totals still add up
                direction = "income" if direction == "expenditure" else "expenditure"
                item, amount = f"冲销：{item}", -amount
            self.ledger.add_line(
                LineInput(
                    DIRECTION_NAMES.get(direction, "收入"),
                    item,
                    amount,
                    row.get("source", ""),
                    row.get("handler", ""),
                )
            )

    # -- saving ----------------------------------------------------------------------------------------------
    def data(self) -> s.DisclosureInput:
        rows = []
        for r in range(self.table.rowCount()):
            rows.append(
                [
                    (self.table.item(r, col).text() if self.table.item(r, col) else "")  # type: ignore[union-attr]
                    for col in range(self.table.columnCount())
                ]
            )
        headers = self.header_list()
        finance = s.is_finance_ledger(self._entry())
        today = self.ctx.today()
        return s.DisclosureInput(
            category=self.category.currentData() or "",
            item=self.item.currentData() or "",
            period_kind=self.kind.currentData(),
            period_start=self.period_start.value() or today,
            period_end=self.period_end.value() or today,
            event_date=self.event_date.value(),
            title=self.title_edit.text(),
            lead=self.lead.toPlainText(),
            content=self.content.toPlainText(),
            table_headers=headers,
            table_rows=[r for r in rows if any(x.strip() for x in r)] if headers else [],
            notice_date=self.notice_date.value() or today,
            posting_date=self.posting_date.value() or today,
            posting_days=self.days.value(),
            opening=self.opening.text() if finance else None,
            closing=self.closing.text() if finance else None,
            opening_reason=self.opening_reason.text() if finance else "",
            lines=self.ledger.lines() if finance else [],
        )

    def save(self, session: Session) -> None:
        data = self.data()
        if self.corrects is not None:
            d = s.correct(session, self.corrects, data, self.reason.text())
        elif self.disclosure_id is None:
            d = s.create(session, data)
        else:
            d = s.update(session, self.disclosure_id, data)
        session.flush()
        from villagedesk.documents.disclosure import DisclosureKind

        DisclosureKind().printable(session, d).build()  # refuse now, not at the printer, an unprintable char
        self.saved_id = d.id


def _finance_sources() -> list[tuple[str, object]]:
    from villagedesk.core.disclosure.status import finance_sources

    return finance_sources()


class DisclosureReviewDialog(ReviewDialog):
    """The supervision review of a disclosure: signed through documents.sign_review like every other
    review (the disclosure's kind applies its own rules), or sent back with the reasons."""

    def __init__(self, ctx: DeskContext, item: Printable, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, parent)
        self.disclosure_id = row_id(item)
        self.sent_back = False
        self.back_button = self.buttons.addButton(
            self.tr("Send &back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button.setToolTip(self.tr("Write the reasons in the opinion field"))
        self.back_button.setEnabled(self.signer.count() > 0)
        self.back_button.clicked.connect(self.send_back)

    def send_back(self) -> None:
        failure: ValidationError | None = None
        day = self.day.value() or self.ctx.today()
        with self.ctx.write("disclosure") as session:
            try:
                signer = self.signer.currentData() or ""
                w.send_back(session, self.disclosure_id, signer, self.pin.text(), self.opinion.text(), day)
            except ValidationError as exc:
                failure = exc  # a wrong PIN try is still committed
        if failure is not None:
            self.message.setText(failure.render(tr_core))
            self.pin.clear()
            return
        self.sent_back = True
        QDialog.accept(self)


class FeedbackDialog(QDialog):
    """Villagers' queries and objections about one disclosure: record, answer, send to the township."""

    def __init__(
        self, ctx: DeskContext, disclosure_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.disclosure_id = disclosure_id
        self.setWindowTitle(self.tr("Queries and objections: %1").replace("%1", title))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("Who"),
                self.tr("Channel"),
                self.tr("Query"),
                self.tr("Answer"),
                self.tr("Township"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        form = QHBoxLayout()
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Who"))
        self.channel = QComboBox()
        for channel in c.CHANNELS:
            self.channel.addItem(channel, channel)
        self.received = DateField()
        self.received.set_value(ctx.today())
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What they asked or objected to"))
        for widget in (self.who, self.channel, self.received):
            form.addWidget(widget)
        form.addWidget(self.text, 1)
        layout.addLayout(form)
        answer_row = QHBoxLayout()
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("The answer given"))
        answer_row.addWidget(self.answer, 1)
        layout.addLayout(answer_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Record query"), QDialogButtonBox.ButtonRole.ActionRole)
        self.answer_button = buttons.addButton(
            self.tr("&Answer selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.escalate_button = buttons.addButton(
            self.tr("Send to the &township"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.record)
        self.answer_button.clicked.connect(self.answer_selected)
        self.escalate_button.clicked.connect(self.escalate_selected)
        close.clicked.connect(self.reject)
        self.ids: list[int] = []
        self.refresh()
        fit_to_screen(self, 900, 520)

    def refresh(self) -> None:
        with self.ctx.read() as session:
            rows = w.feedback_of(session, self.disclosure_id)
            data = [
                (
                    fb.id,
                    [
                        fb.received_on.isoformat(),
                        fb.who,
                        fb.channel,
                        fb.content,
                        f"{fb.answered_on or ''} {fb.answer}".strip(),
                        (
                            self.tr("sent %1").replace("%1", fb.escalated_on.isoformat())
                            if fb.escalated_on
                            else ""
                        )
                        + (f"：{fb.township_answer}" if fb.township_answer else ""),
                    ],
                )
                for fb in rows
            ]
        self.ids = [i for i, _ in data]
        self.table.setRowCount(len(data))
        for r, (_, texts) in enumerate(data):
            for col, text in enumerate(texts):
                self.table.setItem(r, col, QTableWidgetItem(text))

    def _selected(self) -> int | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def _write(self, action: object) -> bool:
        try:
            with self.ctx.write("disclosure") as session:
                action(session)  # type: ignore[operator]
        except ValidationError as exc:
            self.message.setText(exc.render(tr_core))
            return False
        self.message.clear()
        self.refresh()
        return True

    def record(self) -> bool:
        day = self.received.value() or self.ctx.today()
        return self._write(
            lambda session: w.add_feedback(
                session,
                self.disclosure_id,
                self.who.text(),
                day,
                self.channel.currentData(),
                self.text.text(),
                self.ctx.today(),
            )
        )

    def answer_selected(self) -> bool:
        fb = self._selected()
        if fb is None:
            self.message.setText(self.tr("Select a query in the list first."))
            return False
        today = self.ctx.today()
        return self._write(lambda session: w.answer_feedback(session, fb, self.answer.text(), today, today))

    def escalate_selected(self) -> bool:
        fb = self._selected()
        if fb is None:
            self.message.setText(self.tr("Select a query in the list first."))
            return False
        return self._write(lambda session: w.escalate_feedback(session, fb, self.ctx.today()))
