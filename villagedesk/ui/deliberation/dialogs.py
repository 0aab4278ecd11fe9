"""Dialogs of the 四议两公开 register: a matter, a meeting record (rules shown live), a disclosure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from villagedesk.core import deliberation as d
from villagedesk.core import settings as centre_settings
from villagedesk.core.centre import get_centre
from villagedesk.core.deliberation import config
from villagedesk.core.errors import ValidationError
from villagedesk.core.labels import enum_label
from villagedesk.core.money import format_fen
from villagedesk.db.models import MatterNoticeKind, MeetingKind, MeetingResult, Origin
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.money_edit import MoneyEdit
from villagedesk.ui.roster.dialogs import FormDialog
from villagedesk.ui.screen import fit_to_screen
from villagedesk.ui.widgets import DateField


def _text_edit(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _render(template: str, params: dict[str, object]) -> str:
    return tr_core(template).format(**{k: tr_core(v) if isinstance(v, str) else v for k, v in params.items()})


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100000)
    return box


def _boxes_row(boxes: tuple[tuple[str, QSpinBox], ...]) -> QWidget:
    """Several counts on one line (label, box, label, box...), to keep the form short."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for text, box in boxes:
        label = QLabel(text)
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box)
    layout.addStretch(1)
    return row


class MatterDialog(FormDialog):
    register = "deliberation"

    def __init__(
        self, ctx: DeskContext, again_from: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("Propose again (new round)") if again_from else self.tr("New major matter"), parent
        )
        self.again_from = again_from
        self.saved_id: int | None = None
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        with ctx.read() as session:
            for item in centre_settings.get(session, config.MAJOR_MATTERS):
                self.category.addItem(item, item)
            threshold = centre_settings.get(session, config.MAJOR_MATTER_THRESHOLD_FEN)
        self.amount = MoneyEdit(d.F_AMOUNT)
        self.has_amount = QCheckBox(self.tr("involves money"))
        self.has_amount.toggled.connect(self.amount.setEnabled)
        self.amount.setEnabled(False)
        self.origin = QComboBox()
        for origin, label in (
            (Origin.VILLAGER_SUGGESTION, self.tr("Villagers' suggestion")),
            (Origin.CADRE_PROPOSAL, self.tr("Proposed by village cadres")),
            (Origin.HIGHER_LEVEL, self.tr("Assigned by a higher level")),
        ):
            self.origin.addItem(label, origin)
        self.origin_detail = _text_edit(60)
        self.description = _text_edit(80)
        self.opened = DateField()
        self.opened.set_value(ctx.today())
        self.phased = QCheckBox(self.tr("Phased project (several implementation disclosures)"))
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.has_amount, self.amount)
        self.form.addRow(self.tr("&Origin (动议事由)"), self.origin)
        self.form.addRow(self.tr("Origin detai&ls"), self.origin_detail)
        self.form.addRow(self.tr("&Description"), self.description)
        self.form.addRow(self.tr("O&pened on"), self.opened)
        self.form.addRow("", self.phased)
        hint = QLabel(
            self.tr("Any matter above %1 yuan must go through the four deliberations (a setting).").replace(
                "%1", format_fen(threshold)
            )
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        if again_from is not None:
            with ctx.read() as session:
                old = d.get_matter(session, again_from)
                self.title_edit.setText(old.title)
                self.category.setCurrentIndex(max(self.category.findData(old.category), 0))
                self.origin.setCurrentIndex(max(self.origin.findData(old.origin), 0))
                self.origin_detail.setPlainText(old.origin_detail)
                self.description.setPlainText(old.description)
                if old.amount_fen is not None:
                    self.has_amount.setChecked(True)
                    self.amount.set_value(old.amount_fen)

    def data(self) -> d.MatterInput:
        amount = self.amount.value() if self.has_amount.isChecked() else None
        return d.MatterInput(
            self.title_edit.text(),
            self.category.currentData(),
            self.origin.currentData(),
            self.opened.value() or self.ctx.today(),
            amount,
            self.origin_detail.toPlainText(),
            self.description.toPlainText(),
            self.phased.isChecked(),
        )

    def save(self, session: Session) -> None:
        if self.again_from is None:
            matter = d.open_matter(session, self.data(), today=self.ctx.today())
        else:
            matter = d.propose_again(session, self.again_from, self.data(), today=self.ctx.today())
        self.saved_id = matter.id


class MeetingDialog(FormDialog):
    """A meeting record. The attendance and pass rules are computed in core and shown as you type."""

    register = "deliberation"
    PRESENT, NAME, GROUP, VOTES, SIGNED, REASON, WRITTEN, OPINION = range(8)

    def __init__(self, ctx: DeskContext, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record a meeting"), parent)
        self.matter_id = matter_id
        self.warnings: list[str] = []
        with ctx.read() as session:
            matter = d.get_matter(session, matter_id)
            stage = d.next_stage(session, matter)
            one_shoulder = get_centre(session).one_shoulder
            self.values = centre_settings.snapshot(session)
            self.setWindowTitle(self.tr("Record a meeting: %1").replace("%1", matter.title))
        self.kind = QComboBox()
        for kind in d.STAGE_KINDS.get(stage, ()) if stage else ():
            if kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION and not one_shoulder:
                continue
            self.kind.addItem(tr_core(enum_label(kind)), kind)
        self.stage_label = QLabel(tr_core(d.STAGE_LABELS[stage]) if stage else "")
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.time = QTimeEdit(QTime(9, 0))
        self.place = QLineEdit(self.tr("Party-mass service centre meeting room"))
        self.form_edit = QLineEdit(self.tr("In person"))
        self.chair = QLineEdit()
        self.recorder = QLineEdit()
        self.notice = DateField(optional=True)
        self.people = QTableWidget(0, 8)
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Present"),
                self.tr("Name"),
                self.tr("Group"),
                self.tr("Vote"),
                self.tr("Signed"),
                self.tr("Reason absent"),
                self.tr("Written vote"),
                self.tr("Written opinion"),
            ]
        )
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setMinimumHeight(180)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.villagers_should, self.villagers_present = _count_box(), _count_box()
        self.households_total, self.households_represented = _count_box(), _count_box()
        self.adults_row = _boxes_row(
            ((self.tr("total"), self.villagers_should), (self.tr("present"), self.villagers_present))
        )
        self.households_row = _boxes_row(
            (
                (self.tr("total"), self.households_total),
                (self.tr("represented"), self.households_represented),
            )
        )
        self.observers = _text_edit(50)
        self.observers.setPlaceholderText(self.tr("One per line: name, title (e.g. 李明，镇党委委员)"))
        self.agenda = _text_edit(50)
        self.discussion = _text_edit(70)
        self.yes, self.no, self.abstain = _count_box(), _count_box(), _count_box()
        self.votes_row = _boxes_row(
            ((self.tr("&Yes"), self.yes), (self.tr("N&o"), self.no), (self.tr("A&bstain"), self.abstain))
        )
        self.committee_yes, self.committee_no, self.committee_abstain = (
            _count_box(),
            _count_box(),
            _count_box(),
        )
        self.committee_row = _boxes_row(
            (
                (self.tr("yes"), self.committee_yes),
                (self.tr("no"), self.committee_no),
                (self.tr("abstain"), self.committee_abstain),
            )
        )
        self.resolution = _text_edit(60)
        self.scan: Path | None = None
        self.scan_button = QPushButton(self.tr("Attach a scan of the signed sheet..."))
        self.scan_label = QLabel(self.tr("no scan (tick the signed marks instead)"))
        self.scan_button.clicked.connect(self.choose_scan)
        self.evaluation = QLabel()
        self.evaluation.setWordWrap(True)
        self.evaluation.setTextFormat(Qt.TextFormat.PlainText)
        self.evaluation.setStyleSheet("background: #f3f6fa; padding: 6px")
        self.form.addRow(self.tr("Stage"), self.stage_label)
        self.form.addRow(self.tr("&Meeting"), self.kind)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("T&ime"), self.time)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("&Form"), self.form_edit)
        self.form.addRow(self.tr("C&hair"), self.chair)
        self.form.addRow(self.tr("&Recorder"), self.recorder)
        self.form.addRow(self.tr("Announced on"), self.notice)
        self.form.addRow(self.tr("Members (from the roster on the meeting date)"), self.people)
        self.form.addRow(self.tr("Villagers aged 18+"), self.adults_row)
        self.form.addRow(self.tr("Households"), self.households_row)
        self.form.addRow(self.tr("Obser&vers"), self.observers)
        self.form.addRow(self.tr("&Agenda"), self.agenda)
        self.form.addRow(self.tr("Discussio&n"), self.discussion)
        self.form.addRow(self.tr("Votes of those present"), self.votes_row)
        self.form.addRow(self.tr("of them branch committee members"), self.committee_row)
        self.form.addRow(self.tr("Reso&lution"), self.resolution)
        self.form.addRow(self.scan_button, self.scan_label)
        self.form.addRow(self.tr("Rules"), self.evaluation)
        self.kind.currentIndexChanged.connect(self.load_people)
        self.day.edit.dateChanged.connect(self.load_people)
        for box in (
            self.yes,
            self.no,
            self.abstain,
            self.villagers_should,
            self.villagers_present,
            self.households_total,
            self.households_represented,
            self.committee_yes,
            self.committee_no,
            self.committee_abstain,
        ):
            box.valueChanged.connect(self.update_evaluation)
        self.people.itemChanged.connect(lambda _item: self.update_evaluation())
        self.load_people()
        fit_to_screen(self, 900, self.sizeHint().height())

    def choose_scan(self) -> None:
        name = self.ctx.dialogs.open_file(
            self, self.tr("Scan of the signed sheet"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        )
        if name:
            self.scan = Path(name)
            self.scan_label.setText(self.scan.name)

    def current_kind(self) -> MeetingKind | None:
        return self.kind.currentData()

    def load_people(self) -> None:
        """The invitees of the chosen meeting on the chosen day; only the inputs that meeting uses show."""
        kind = self.current_kind()
        villagers = kind is MeetingKind.VILLAGERS
        self.form.setRowVisible(self.people, not villagers)
        self.form.setRowVisible(self.adults_row, villagers)
        self.form.setRowVisible(self.households_row, villagers)
        self.form.setRowVisible(self.committee_row, kind is MeetingKind.JOINT_PROPOSAL_CONSULTATION)
        self.people.blockSignals(True)
        self.people.setRowCount(0)
        if kind is not None and not villagers:
            with self.ctx.read() as session:
                invited = d.invitees(session, kind, self.day.value() or self.ctx.today())
            for invitee in invited:
                self._add_person(invitee)
        self.people.blockSignals(False)
        self.update_evaluation()

    def _add_person(self, invitee: d.Invitee) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        present = QTableWidgetItem()
        present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        present.setCheckState(Qt.CheckState.Checked)
        present.setData(Qt.ItemDataRole.UserRole, invitee.person_id)
        signed = QTableWidgetItem()
        signed.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        signed.setCheckState(Qt.CheckState.Checked)
        self.people.setItem(row, self.PRESENT, present)
        if not invitee.votes:
            vote = self.tr("no vote (probationary)")
        else:
            vote = self.tr("vote, branch committee") if invitee.committee else self.tr("vote")
        for col, text in ((self.NAME, invitee.name), (self.GROUP, invitee.group), (self.VOTES, vote)):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.people.setItem(row, col, item)
        self.people.setItem(row, self.SIGNED, signed)
        self.people.setItem(row, self.REASON, QTableWidgetItem(""))
        self.people.setItem(row, self.OPINION, QTableWidgetItem(""))
        written = QComboBox()
        written.addItem("—", "")
        written.addItem(self.tr("yes"), "yes")
        written.addItem(self.tr("no"), "no")
        written.setEnabled(False)  # for an absentee with a vote
        written.setProperty("votes", invitee.votes)
        written.currentIndexChanged.connect(lambda _index: self.update_evaluation())
        self.people.setCellWidget(row, self.WRITTEN, written)

    def written_box(self, row: int) -> QComboBox:
        box = self.people.cellWidget(row, self.WRITTEN)
        assert isinstance(box, QComboBox)
        return box

    def _is_present(self, row: int) -> bool:
        return self.people.item(row, self.PRESENT).checkState() == Qt.CheckState.Checked

    def _sync_written(self) -> None:
        """A written vote is for an absentee who has a vote; it clears when the person is ticked present."""
        for row in range(self.people.rowCount()):
            box = self.written_box(row)
            absent_voter = not self._is_present(row) and bool(box.property("votes"))
            box.blockSignals(True)
            if not absent_voter:
                box.setCurrentIndex(0)
            box.setEnabled(absent_voter)
            box.blockSignals(False)

    def set_present(self, person_ids: set[int]) -> None:
        """Tick exactly these people as present (the others absent)."""
        for row in range(self.people.rowCount()):
            item = self.people.item(row, self.PRESENT)
            present = item.data(Qt.ItemDataRole.UserRole) in person_ids
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def set_absence_reason(self, reason: str) -> None:
        for row in range(self.people.rowCount()):
            if self.people.item(row, self.PRESENT).checkState() != Qt.CheckState.Checked:
                self.people.item(row, self.REASON).setText(reason)

    def data(self) -> d.MeetingInput:
        attendees, signed, absentees = [], [], []
        for row in range(self.people.rowCount()):
            pid = self.people.item(row, self.PRESENT).data(Qt.ItemDataRole.UserRole)
            if self.people.item(row, self.PRESENT).checkState() == Qt.CheckState.Checked:
                attendees.append(pid)
                if self.people.item(row, self.SIGNED).checkState() == Qt.CheckState.Checked:
                    signed.append(pid)
            else:
                absentees.append(
                    d.Absentee(
                        pid,
                        self.people.item(row, self.REASON).text(),
                        self.people.item(row, self.OPINION).text(),
                        self.written_box(row).currentData() or "",
                    )
                )
        observers = []
        for line in self.observers.toPlainText().splitlines():
            parts = [p.strip() for p in line.replace(",", "，").split("，", 1)]
            if parts and parts[0]:
                observers.append((parts[0], parts[1] if len(parts) > 1 else ""))
        t = self.time.time()
        return d.MeetingInput(
            kind=self.current_kind() or MeetingKind.BRANCH_COMMITTEE,
            held_on=self.day.value() or self.ctx.today(),
            held_at=dt.time(t.hour(), t.minute()),
            place=self.place.text(),
            chair=self.chair.text(),
            recorder=self.recorder.text(),
            attendee_ids=attendees,
            absentees=absentees,
            agenda=self.agenda.toPlainText(),
            discussion=self.discussion.toPlainText(),
            yes=self.yes.value(),
            no=self.no.value(),
            abstain=self.abstain.value(),
            resolution=self.resolution.toPlainText(),
            form=self.form_edit.text(),
            signed_ids=signed,
            observers=observers,
            notice_sent_on=self.notice.value(),
            villagers_should=self.villagers_should.value(),
            villagers_present=self.villagers_present.value(),
            households_total=self.households_total.value(),
            households_represented=self.households_represented.value(),
            committee_yes=self.committee_yes.value(),
            committee_no=self.committee_no.value(),
            committee_abstain=self.committee_abstain.value(),
        )

    def update_evaluation(self) -> d.Evaluation | None:
        if self.current_kind() is None:
            self.evaluation.setText(self.tr("No meeting can be recorded for this matter now."))
            return None
        self._sync_written()
        data = self.data()
        with self.ctx.read() as session:
            facts = d.facts_for(session, data)
            composition = d.composition_warnings_for(session, data.kind, data.held_on)
        evaluation = d.evaluate(facts, self.values)
        verdict = {
            MeetingResult.PASSED: self.tr("Result if saved: PASSED"),
            MeetingResult.FAILED: self.tr("Result if saved: NOT PASSED — the matter stops here"),
            MeetingResult.NO_QUORUM: self.tr("Result if saved: NO QUORUM — the stage does not pass"),
        }
        lines = d.render_lines(evaluation, tr_core)
        votes = self.yes.value() + self.no.value() + self.abstain.value()
        lines.append(
            self.tr("Votes cast: %1 of %2 members with a vote present")
            .replace("%1", str(votes))
            .replace("%2", str(facts.voting_present))
        )
        if facts.committee is not None:
            cast = self.committee_yes.value() + self.committee_no.value() + self.committee_abstain.value()
            lines.append(
                self.tr("Branch committee members' votes cast: %1 of %2 present")
                .replace("%1", str(cast))
                .replace("%2", str(facts.committee.voting_present))
            )
        lines += [_render(template, params) for template, params in composition]
        self.evaluation.setText("\n".join(lines + [verdict[evaluation.result]]))
        return evaluation

    def save(self, session: Session) -> None:
        _meeting, warnings = d.record_meeting(
            session,
            self.matter_id,
            self.data(),
            today=self.ctx.today(),
            attachments=self.ctx.store.data_dir.attachments,
        )
        self.warnings = [_render(t, p) for t, p in warnings]

    def accept(self) -> None:
        self.warnings = []
        super().accept()
        if not self.isVisible() and self.warnings:
            self.ctx.dialogs.warning(self.parentWidget(), self.tr("Please note"), "\n".join(self.warnings))


class MatterNoticeDialog(FormDialog):
    register = "deliberation"

    def __init__(
        self, ctx: DeskContext, matter_id: int, kind: MatterNoticeKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Resolution disclosure")
            if kind is MatterNoticeKind.RESOLUTION
            else self.tr("Implementation result disclosure"),
            parent,
        )
        self.matter_id = matter_id
        self.kind = kind
        with ctx.read() as session:
            days = centre_settings.get(session, centre_settings.POSTING_DAYS)
            matter = d.get_matter(session, matter_id)
        self.content = _text_edit(120)
        self.spent = MoneyEdit(d.F_SPENT, required=False)
        self.acceptance = _text_edit(60)
        self.final = QCheckBox(self.tr("This is the final phase"))
        self.final.setChecked(True)
        self.final.setEnabled(matter.phased)
        self.notice_date = DateField()
        self.notice_date.set_value(ctx.today())
        self.posting_date = DateField()
        self.posting_date.set_value(ctx.today())
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(days)
        self.form.addRow(
            self.tr("&Content") if kind is MatterNoticeKind.RESOLUTION else self.tr("What was &done"),
            self.content,
        )
        if kind is MatterNoticeKind.RESULT:
            self.form.addRow(self.tr("Money &spent"), self.spent)
            self.form.addRow(self.tr("&Acceptance result"), self.acceptance)
            self.form.addRow("", self.final)
        self.form.addRow(self.tr("Date o&f issue"), self.notice_date)
        self.form.addRow(self.tr("&Posting from"), self.posting_date)
        self.form.addRow(self.tr("Posting p&eriod (days)"), self.days)
        self.saved_id: int | None = None

    def save(self, session: Session) -> None:
        spent = self.spent.value() if self.kind is MatterNoticeKind.RESULT else None
        disclosure = d.add_matter_notice(
            session,
            self.matter_id,
            d.MatterNoticeInput(
                self.kind,
                self.content.toPlainText(),
                self.notice_date.value() or self.ctx.today(),
                self.posting_date.value() or self.ctx.today(),
                self.days.value(),
                spent,
                self.acceptance.toPlainText(),
                self.final.isChecked(),
            ),
            today=self.ctx.today(),
        )
        self.saved_id = disclosure.id


_ = ValidationError
