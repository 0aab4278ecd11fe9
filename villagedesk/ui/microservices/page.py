"""十有: the usage log at the desk (keyboard-first), the services with their equipment, the
inspections (自查) and the statistics with a chart; prints the 服务指南 and the statistics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from villagedesk.core import users
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import equipment as eq
from villagedesk.core.microservices import inspections as insp
from villagedesk.core.microservices import stats, usage
from villagedesk.db.models import Person, ServiceItem
from villagedesk.i18n import tr_core
from villagedesk.ui import printing
from villagedesk.ui.context import DeskContext
from villagedesk.ui.microservices.chart import BarChart
from villagedesk.ui.microservices.dialogs import (
    REGISTER,
    ClosureDialog,
    EquipmentDialog,
    InspectionDialog,
    ItemDialog,
    PhotoDialog,
    StockDialog,
)
from villagedesk.ui.microservices.models import EquipmentModel, InspectionsModel, ItemsModel, UsageModel
from villagedesk.ui.pages import Page
from villagedesk.ui.table_model import RowsModel
from villagedesk.ui.widgets import DateField

THUMB = 72  # px, the photo thumbnails of an inspection
COUNT_AFTER_MS = 300  # the typing has paused: count the filtered log
NEW_ENTRY = QKeySequence("Ctrl+N")  # a ready entry: today's date, the last service, the cursor on the count


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _selected(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return view.model().data(rows[0], Qt.ItemDataRole.UserRole) if rows else None


class UsageTab(QWidget):
    """The log with its entry line on top: Ctrl+N, type the count, Enter; the next entry is ready."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        entry = QHBoxLayout()
        self.day = DateField()
        self.day.set_value(ctx.today())
        self.service = QComboBox()
        self.people = QLineEdit()
        self.people.setPlaceholderText(self.tr("people"))
        self.people.setMaximumWidth(70)
        self.resident = QComboBox()
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("outcome (optional)"))
        self.resident.setMaximumWidth(120)
        self.save_button = QPushButton(self.tr("&Save entry"))
        for label, widget in (
            (self.tr("Date"), self.day),
            (self.tr("Service"), self.service),
            (self.tr("People"), self.people),
            (self.tr("Resident"), self.resident),
        ):
            entry.addWidget(QLabel(label))
            entry.addWidget(widget)
        layout.addLayout(entry)
        second = QHBoxLayout()
        second.addWidget(self.outcome, 1)
        second.addWidget(self.save_button)
        layout.addLayout(second)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search service, outcome or resident"))
        self.filter_service = QComboBox()
        self.correct_button = QPushButton(self.tr("&Correct entry..."))
        self.count_label = QLabel()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.filter_service)
        filters.addWidget(self.count_label)
        filters.addWidget(self.correct_button)
        layout.addLayout(filters)
        self.model = UsageModel()
        self.view = _table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (UsageModel.DATE, 90),
            (UsageModel.SERVICE, 130),
            (UsageModel.PEOPLE, 50),
            (UsageModel.RESIDENT, 80),
            (UsageModel.OUTCOME, 260),
        ):
            self.view.setColumnWidth(column, width)
        layout.addWidget(self.view, 1)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(0)
        self._filter_timer.timeout.connect(self.filter_changed)
        # the exact count of a long filtered list is made once the typing pauses
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self.finish_count)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_service.currentIndexChanged.connect(lambda _i: self._filter_timer.start())
        self.save_button.clicked.connect(self.save_entry)
        self.people.returnPressed.connect(self.save_entry)
        self.outcome.returnPressed.connect(self.save_entry)
        self.correct_button.clicked.connect(self.correct)
        self.shortcut = QShortcut(NEW_ENTRY, self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.new_entry)

    def load_choices(self) -> None:
        with self.ctx.read() as session:
            items = cat.items(session)
            last = usage.last_service(session)
            residents = session.execute(
                select(Person.id, Person.name).where(Person.deleted.is_(False)).order_by(Person.name)
            ).all()
        current = self.filter_service.currentData()
        self.service.clear()
        self.filter_service.blockSignals(True)
        self.filter_service.clear()
        self.filter_service.addItem(self.tr("All services"), None)
        for item in items:
            self.service.addItem(item.name, item.id)
            self.filter_service.addItem(item.name, item.id)
        self.filter_service.setCurrentIndex(max(self.filter_service.findData(current), 0))
        self.filter_service.blockSignals(False)
        if last is not None:
            self.service.setCurrentIndex(max(self.service.findData(last), 0))
        self.resident.clear()
        self.resident.addItem(self.tr("(no one named)"), None)
        for person_id, name in residents:
            self.resident.addItem(name, person_id)

    def query(self) -> usage.UsageQuery:
        return usage.UsageQuery(self.search.text(), self.filter_service.currentData())

    def reload(self) -> None:
        """The log may have changed: counts made before are forgotten."""
        self.model.forget_counts()
        self.filter_changed()

    def filter_changed(self) -> None:
        """One page query per keystroke; the count follows when the typing pauses."""
        self.model.load(self.ctx.read, self.query())
        self._show_count()
        if not self.model.exact:
            self._count_timer.start()

    def finish_count(self) -> None:
        self.model.finish_count()
        self._show_count()

    def _show_count(self) -> None:
        if self.model.exact:
            self.count_label.setText(self.tr("%1 lines").replace("%1", str(self.model.total)))
        else:
            shown = str(self.model.rowCount())
            self.count_label.setText(self.tr("more than %1 lines").replace("%1", shown))

    def new_entry(self) -> None:
        """Today's date, the service used last, the cursor in the count."""
        self.day.set_value(self.ctx.today())
        with self.ctx.read() as session:
            last = usage.last_service(session)
        if last is not None:
            self.service.setCurrentIndex(max(self.service.findData(last), 0))
        self.people.clear()
        self.resident.setCurrentIndex(0)
        self.outcome.clear()
        self.people.setFocus()

    def save_entry(self) -> None:
        text = self.people.text().strip()
        try:
            people = int(text)
        except ValueError:
            people = -1 if not text else 0
        day = self.day.value()
        assert day is not None
        data = usage.UsageInput(
            day, self.service.currentData(), people, self.resident.currentData(), self.outcome.text()
        )
        if not text:
            data.people = 0
        try:
            with self.ctx.write(REGISTER) as session:
                usage.add_usage(session, data, self.ctx.today())
        except ValidationError as exc:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(exc.render(tr_core))
            self.people.setFocus()
            self.people.selectAll()
            return
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Saved: %1, %2 people.")
            .replace("%1", self.service.currentText())
            .replace("%2", str(people))
        )
        self.people.clear()
        self.resident.setCurrentIndex(0)
        self.outcome.clear()
        self.people.setFocus()  # the next entry is ready: same date and service

    def correct(self) -> None:
        entry_id = _selected(self.view)
        if entry_id is None:
            return
        reason = self.ctx.dialogs.ask_text(
            self,
            self.tr("Correct entry"),
            self.tr("Why is this entry wrong? It is cancelled by a correction line."),
        )
        if reason is None:
            return
        try:
            with self.ctx.write(REGISTER, reason=reason) as session:
                usage.correct_usage(session, entry_id, reason, None, self.ctx.today())
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, self.tr("Correct entry"), exc.render(tr_core))


class ServicesTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add service..."))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.closure_button = QPushButton(self.tr("&Holiday or closure..."))
        for b in (self.add_button, self.edit_button, self.retire_button, self.closure_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.items = ItemsModel()
        self.items_view = _table(self.items)
        layout.addWidget(self.items_view, 3)
        kit_buttons = QHBoxLayout()
        kit_buttons.addWidget(QLabel(self.tr("Equipment and consumables of the selected service")))
        kit_buttons.addStretch(1)
        self.add_kit = QPushButton(self.tr("New e&quipment..."))
        self.move_kit = QPushButton(self.tr("&Used or restocked..."))
        kit_buttons.addWidget(self.add_kit)
        kit_buttons.addWidget(self.move_kit)
        layout.addLayout(kit_buttons)
        self.kits = EquipmentModel()
        self.kits_view = _table(self.kits)
        layout.addWidget(self.kits_view, 2)
        self.closures_label = QLabel()
        self.closures_label.setWordWrap(True)
        layout.addWidget(self.closures_label)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.items_view.doubleClicked.connect(lambda _i: self._edit())
        self.retire_button.clicked.connect(self._retire)
        self.closure_button.clicked.connect(self._closure)
        self.add_kit.clicked.connect(self._add_kit)
        self.move_kit.clicked.connect(self._move_kit)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_a: self.load_kits())

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _add(self) -> QDialog:
        return self._open(ItemDialog(self.ctx, None, self))

    def _closure(self) -> QDialog:
        return self._open(ClosureDialog(self.ctx, _selected(self.items_view), self))

    def _edit(self) -> QDialog | None:
        item_id = _selected(self.items_view)
        return self._open(ItemDialog(self.ctx, item_id, self)) if item_id is not None else None

    def _retire(self) -> None:
        item_id = _selected(self.items_view)
        if item_id is None or not self.ctx.dialogs.confirm(
            self, self.tr("Retire service"), self.tr("Retire this service? Its records stay in the history.")
        ):
            return
        with self.ctx.write(REGISTER) as session:
            cat.retire_item(session, item_id, self.ctx.today())

    def _add_kit(self) -> QDialog | None:
        item_id = _selected(self.items_view)
        return self._open(EquipmentDialog(self.ctx, item_id, self)) if item_id is not None else None

    def _move_kit(self) -> QDialog | None:
        kit_id = _selected(self.kits_view)
        return self._open(StockDialog(self.ctx, kit_id, self)) if kit_id is not None else None

    def reload(self) -> None:
        selected = _selected(self.items_view)
        with self.ctx.read() as session:
            items = cat.items(session, include_retired=True)
            ids = [i.responsible_id for i in items if i.responsible_id]
            self.items.keepers = dict(
                session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).tuples().all()
            )
            names = {i.id: i.name for i in items}
            closures = cat.closures(session, since=self.ctx.today())
            today = self.ctx.today()
            closed = {c.item_id: c for c in closures if c.start <= today}  # open periods reach today
            self.items.hours = {}
            for i in items:
                hours = cat.hours_summary(cat.hours_of(i))
                shut = closed.get(i.id) or closed.get(None)
                if shut is not None:  # the hours honour today's holiday or closure
                    hours = self.tr("closed today (%1); ").replace("%1", shut.note or shut.kind.value) + hours
                self.items.hours[i.id] = hours
        self.items.set_rows(items)
        for row, item in enumerate(items):
            if item.id == selected:
                self.items_view.selectRow(row)
        everything = self.tr("all services")
        township = self.tr("(set by the township)")
        lines = [
            f"{c.start.isoformat()}—{c.end.isoformat()} {names.get(c.item_id or 0, everything)} {c.note}"
            + (township if c.from_township else "")
            for c in closures
        ]
        self.closures_label.setText(
            self.tr("Coming closures: %1").replace("%1", "；".join(lines)) if lines else ""
        )
        self.load_kits()

    def load_kits(self) -> None:
        item_id = _selected(self.items_view)
        with self.ctx.read() as session:
            kits = eq.equipment_of(session, item_id) if item_id is not None else []
        self.kits.today = self.ctx.today()
        self.kits.set_rows(kits)


class InspectionsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New inspection..."))
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = InspectionsModel()
        self.view = _table(self.model)
        layout.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        photo_row = QHBoxLayout()
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setFixedHeight(THUMB + 34)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setToolTip(self.tr("Double-click a photo to see it large"))
        self.open_photo_button = QPushButton(self.tr("&Open photo..."))
        photo_row.addWidget(self.photos, 1)
        photo_row.addWidget(self.open_photo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(photo_row)
        self.photo_paths: list[Path] = []
        self.new_button.clicked.connect(self._new)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show())
        self.photos.itemActivated.connect(lambda _i: self.open_photo())
        self.open_photo_button.clicked.connect(self.open_photo)

    def _new(self) -> QDialog:
        self.dialog = InspectionDialog(self.ctx, self)
        self.dialog.open()
        return self.dialog

    def open_photo(self) -> QDialog | None:
        row = self.photos.currentRow()
        if not self.photo_paths:
            return None
        self.photo_dialog = PhotoDialog(self.photo_paths, max(row, 0), self)
        self.photo_dialog.open()
        return self.photo_dialog

    def reload(self) -> None:
        with self.ctx.read() as session:
            rows = insp.inspections(session)[:200]
            summaries = {}
            for r in rows[:60]:
                found = insp.findings_of(session, r.id)
                bad = [
                    f"{name}：{tr_core(_state_label(f.state.name))}"
                    for f, name in found
                    if f.state.name != "AVAILABLE"
                ]
                summaries[r.id] = "；".join(bad) or self.tr("%1 services checked, all available").replace(
                    "%1", str(len(found))
                )
        self.model.summaries = summaries
        self.model.set_rows(rows)

    def _show(self) -> None:
        inspection_id = _selected(self.view)
        self.photos.clear()
        self.photo_paths = []
        if inspection_id is None:
            self.detail.setText("")
            return
        with self.ctx.read() as session:
            found = insp.findings_of(session, inspection_id)
            photos = insp.photos_of(session, inspection_id)
        text = "；".join(f"{name}：{tr_core(_state_label(f.state.name))} {f.finding}" for f, name in found)
        self.detail.setText(text)  # the photos show below, as thumbnails
        folder = self.ctx.store.data_dir.attachments
        for number, photo in enumerate(photos, 1):
            path = folder / photo.file
            self.photo_paths.append(path)
            picture = QPixmap(str(path))
            item = QListWidgetItem(str(number))
            if not picture.isNull():
                item.setIcon(QIcon(picture.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
            else:
                item.setToolTip(self.tr("The photo file is missing or cannot be read."))
            self.photos.addItem(item)
        if photos:
            self.photos.setCurrentRow(0)


def _state_label(name: str) -> str:
    from villagedesk.core.microservices.messages import STATE_LABELS

    return STATE_LABELS[name]


class StatsTab(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.today().year)
        self.span = QComboBox()
        self.span.addItem(self.tr("Months of the year"), "month")
        self.span.addItem(self.tr("Years"), "year")
        self.service = QComboBox()
        self.export_button = QPushButton(self.tr("E&xport to Excel..."))
        self.print_button = QPushButton(self.tr("&Print statistics..."))
        self.guide_button = QPushButton(self.tr("Service &guide..."))
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addWidget(self.span)
        row.addWidget(self.service, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        row.addWidget(self.guide_button)
        layout.addLayout(row)
        for button in (self.export_button, self.print_button, self.guide_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.service.setMinimumContentsLength(6)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart = BarChart()
        layout.addWidget(self.chart)
        self.table = QTableView()
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        from PySide6.QtGui import QStandardItemModel

        self.table_model = QStandardItemModel(self)
        self.table.setModel(self.table_model)
        layout.addWidget(self.table, 1)
        self.figures: stats.Stats | None = None
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.service.currentIndexChanged.connect(lambda _i: self._draw())
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_stats)
        self.guide_button.clicked.connect(self.guide)

    def reload(self) -> None:
        from PySide6.QtGui import QStandardItem

        with self.ctx.read() as session:
            if self.span.currentData() == "year":
                span = stats.years_with_usage(session) or (self.ctx.today().year, self.ctx.today().year)
                self.figures = stats.yearly(session, span[0], span[1])
            else:
                self.figures = stats.monthly(session, self.year.value())
        figures = self.figures
        current = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        for r in figures.rows:
            self.service.addItem(r.name, r.code)
        self.service.setCurrentIndex(max(self.service.findData(current), 0))
        self.service.blockSignals(False)
        short = [label for label in figures.labels]
        self.table_model.clear()
        self.table_model.setHorizontalHeaderLabels([self.tr("Service"), *short, self.tr("Total")])
        for r in [*figures.rows]:
            cells = [QStandardItem(r.name)] + [QStandardItem(str(v)) for v in (*r.periods, r.total)]
            self.table_model.appendRow(cells)
        totals = figures.totals
        self.table_model.appendRow(
            [QStandardItem(self.tr("Total"))] + [QStandardItem(str(v)) for v in (*totals, sum(totals))]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._draw()

    def _draw(self) -> None:
        if self.figures is None:
            return
        code = self.service.currentData()
        rows = [r for r in self.figures.rows if code is None or r.code == code]
        values = [sum(r.periods[i] for r in rows) for i in range(len(self.figures.labels))]
        caption = self.tr("People served, %1").replace("%1", self.service.currentText())
        self.chart.set_series(list(self.figures.labels), values, caption)

    def export(self) -> None:
        if self.figures is None:
            return
        from villagedesk.documents.microservices import stats_xlsx

        name = self.ctx.dialogs.save_file(
            self,
            self.tr("Export statistics"),
            f"十有服务统计-{self.figures.title}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        with self.ctx.read() as session:
            village = get_centre(session).village_name
        stats_xlsx(self.figures, Path(name), village)
        self.ctx.dialogs.info(self, self.tr("Export statistics"), self.tr("Saved to %1").replace("%1", name))

    def print_stats(self) -> QDialog | None:
        """The months of the chosen year, or the years (the latest ten), as shown on screen."""
        from villagedesk.documents.microservices import StatsKind, YearsKind

        yearly = self.span.currentData() == "year"
        try:
            with self.ctx.read() as session:
                if yearly:
                    span = stats.years_with_usage(session)
                    if span is None:
                        raise KeyError("no usage")
                    item = YearsKind().get(session, span[1])
                else:
                    item = StatsKind().get(session, self.year.value())
        except KeyError:
            self.ctx.dialogs.info(
                self,
                self.tr("Print statistics"),
                self.tr("No usage was entered yet.")
                if yearly
                else self.tr("No usage was entered in that year."),
            )
            return None
        self.preview = printing.preview(self.ctx, item, self)
        return self.preview

    def guide(self) -> None:
        from villagedesk.documents.microservices import GUIDE_ID, GuideKind

        with self.ctx.read() as session:
            item = GuideKind(self.ctx.today).get(session, GUIDE_ID)
        built = printing.build(self.ctx, item, self)
        if built is None:
            return
        pages = printing.PdfBytes(built[0]).pages
        if pages > 1:
            self.ctx.dialogs.warning(
                self,
                self.tr("Service guide"),
                self.tr(
                    "The list does not fit on one A4 page: the guide takes %1 pages. Shorten the locations "
                    "or hours, or post both pages."
                ).replace("%1", str(pages)),
            )
        self.preview = printing.PreviewDialog(self.ctx, item, built[0], self)
        self.preview.open()


class MicroservicesPage(Page):
    """The usage log opens at once; the other tabs are built the first time they are shown."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Ten services (十有)"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.usage = UsageTab(ctx)
        self._builders = {1: ServicesTab, 2: InspectionsTab, 3: StatsTab}
        self._built: dict[int, QWidget] = {0: self.usage}
        self.tabs.addTab(self.usage, self.tr("&Usage log"))
        self.tabs.addTab(QWidget(), self.tr("Ser&vices"))
        self.tabs.addTab(QWidget(), self.tr("&Inspections"))
        self.tabs.addTab(QWidget(), self.tr("S&tatistics"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: (self._reload_tab(), self.update_gates()))
        self.new_entry = QShortcut(NEW_ENTRY, self)
        self.new_entry.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_entry.activated.connect(self.start_entry)
        self.usage.shortcut.setEnabled(False)  # the page's own shortcut opens the entry from any tab
        ctx.bus.changed.connect(self._changed)
        self._ensure_catalogue()
        self.gate(self.usage.save_button, users.Action.EDIT_RECORDS)
        self.gate(self.usage.correct_button, users.Action.EDIT_RECORDS, self._why_not_correct)
        self.watch_selection(self.usage.view)
        self._choices_stale = True  # the window refreshes the page each time it is shown

    # -- what the buttons need: a role that may edit, and the right thing selected ---------------------
    def _refused_actions(self, actions: set[users.Action]) -> dict[users.Action | None, str]:
        """The role's refusals, asked once per showing of the page: a selection change in the log
        (every keystroke of the filter resets it) re-checks the gates without a query."""
        key = (self.ctx.user, frozenset(actions))
        cached = getattr(self, "_refused", None)
        if cached is None or cached[0] != key:
            self._refused = (key, super()._refused_actions(actions))
        return self._refused[1]

    def _why_not_correct(self) -> str | None:
        rows = self.usage.view.selectionModel().selectedRows()
        if not rows:
            return self.tr("Select the entry to correct first.")
        row = self.usage.model.rows[rows[0].row()]
        if row.reversal:
            return self.tr("This line is itself a correction.")
        if row.corrected:
            return self.tr("This entry has already been corrected.")
        return None

    def _why_no_service(self) -> str | None:
        return None if _selected(self.services.items_view) is not None else self.tr("Select a service first.")

    def _why_not_retire(self) -> str | None:
        item_id = _selected(self.services.items_view)
        if item_id is None:
            return self.tr("Select a service first.")
        item = next((i for i in self.services.items.rows if i.id == item_id), None)
        return self.tr("This service is already retired.") if item is not None and item.retired_on else None

    def _why_no_kit(self) -> str | None:
        return (
            None if _selected(self.services.kits_view) is not None else self.tr("Select the equipment first.")
        )

    def _why_no_photo(self) -> str | None:
        return None if self.inspections.photo_paths else self.tr("Select an inspection with photos first.")

    def _gate_tab(self, index: int, tab: QWidget) -> None:
        edit = users.Action.EDIT_RECORDS
        if isinstance(tab, ServicesTab):
            self.gate(tab.add_button, edit)
            self.gate(tab.edit_button, edit, self._why_no_service)
            self.gate(tab.retire_button, edit, self._why_not_retire)
            self.gate(tab.closure_button, edit)
            self.gate(tab.add_kit, edit, self._why_no_service)
            self.gate(tab.move_kit, edit, self._why_no_kit)
            self.watch_selection(tab.items_view)
            self.watch_selection(tab.kits_view)
        elif isinstance(tab, InspectionsTab):
            self.gate(tab.new_button, edit)
            self.gate(tab.open_photo_button, None, self._why_no_photo)
            self.watch_selection(tab.view)
        elif isinstance(tab, StatsTab):
            for button in (tab.print_button, tab.guide_button, tab.export_button):
                self.gate(button, users.Action.PRINT)

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        def on_service(opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
            def open_it() -> QDialog | None:
                self.tabs.setCurrentWidget(self.services)
                self.services.items_view.selectRow(0)
                return opener()

            return open_it

        def stock() -> QDialog | None:
            tab = self.services
            self.tabs.setCurrentWidget(tab)
            for row in range(tab.items.rowCount()):
                tab.items_view.selectRow(row)
                if tab.kits.rows:
                    tab.kits_view.selectRow(0)
                    return tab._move_kit()
            return None

        def photo() -> QDialog | None:
            tab = self.inspections
            self.tabs.setCurrentWidget(tab)
            for row in range(tab.model.rowCount()):
                tab.view.selectRow(row)
                if tab.photo_paths:
                    return tab.open_photo()
            return None

        def statistics() -> QDialog | None:
            self.tabs.setCurrentWidget(self.stats)
            return self.stats.print_stats()

        return [
            ("new-service", on_service(lambda: self.services._add())),
            ("edit-service", on_service(lambda: self.services._edit())),
            ("closure", on_service(lambda: self.services._closure())),
            ("new-equipment", on_service(lambda: self.services._add_kit())),
            ("stock-movement", stock),
            ("inspection", lambda: self.inspections._new()),
            ("inspection-photo", photo),
            ("print-statistics", statistics),
        ]

    def _tab(self, index: int) -> QWidget:
        if index not in self._built:
            tab = self._builders[index](self.ctx)
            title = self.tabs.tabText(index)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._built[index] = tab
            self._gate_tab(index, tab)
        return self._built[index]

    @property
    def services(self) -> ServicesTab:
        return self._tab(1)  # type: ignore[return-value]

    @property
    def inspections(self) -> InspectionsTab:
        return self._tab(2)  # type: ignore[return-value]

    @property
    def stats(self) -> StatsTab:
        return self._tab(3)  # type: ignore[return-value]

    def _ensure_catalogue(self) -> None:
        with self.ctx.read() as session:
            empty = session.scalar(select(ServiceItem.id).limit(1)) is None
        if empty:
            with self.ctx.write(REGISTER) as session:
                cat.ensure_defaults(session)

    def start_entry(self) -> None:
        self.tabs.setCurrentWidget(self.usage)
        self.usage.new_entry()

    def _changed(self, register: str) -> None:
        if register in (REGISTER, "roster"):
            self._choices_stale = True
            self.refresh()

    def refresh(self) -> None:
        self._refused = None  # the signed-in user may have changed
        if self._choices_stale:
            self.usage.load_choices()
            self._choices_stale = False
        self._reload_tab()

    def _reload_tab(self) -> None:
        tab = self._tab(self.tabs.currentIndex())
        tab.reload()  # type: ignore[attr-defined]
