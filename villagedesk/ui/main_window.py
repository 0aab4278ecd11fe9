"""The main window: a sidebar of registers and a stack of pages.

It is built in two steps so that the desk shows at once: the window with its sidebar first, from the
preferences alone (this module imports neither SQLAlchemy nor the models), then :meth:`attach` gives it
the opened store once that has opened in the background (ui/app.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from villagedesk import __version__
from villagedesk.ui import settings as prefs
from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec
from villagedesk.ui.screen import available_size, fit_to_screen
from villagedesk.ui.settings import GeometryMixin, Preferences

if TYPE_CHECKING:
    from villagedesk.core.workbench import HomeFacts
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def _page(module: str, cls: str) -> Callable[[DeskContext], Page]:
    def factory(ctx: DeskContext) -> Page:
        import importlib

        return getattr(importlib.import_module(module), cls)(ctx)  # type: ignore[no-any-return]

    return factory


def default_pages() -> list[PageSpec]:
    """The sidebar: the workbench, the registers (ui/registers.py), then the desk's own pages."""
    from villagedesk.ui.registers import PAGES

    return [
        PageSpec(
            "home", QT_TRANSLATE_NOOP("MainWindow", "Workbench"), _page("villagedesk.ui.pages", "HomePage")
        ),
        *PAGES,
        PageSpec(
            "roster",
            QT_TRANSLATE_NOOP("MainWindow", "People roster"),
            _page("villagedesk.ui.roster.page", "RosterPage"),
        ),
        PageSpec(
            "exchange",
            QT_TRANSLATE_NOOP("MainWindow", "Township exchange"),
            _page("villagedesk.ui.exchange_page", "ExchangePage"),
        ),
        PageSpec(
            "backup",
            QT_TRANSLATE_NOOP("MainWindow", "Backup and restore"),
            _page("villagedesk.ui.backup_page", "BackupPage"),
        ),
        PageSpec(
            "settings",
            QT_TRANSLATE_NOOP("MainWindow", "Settings"),
            _page("villagedesk.ui.pages", "SettingsPage"),
        ),
    ]


class MainWindow(GeometryMixin, QMainWindow):
    geometry_name = "main"

    def __init__(
        self,
        ctx: DeskContext | None = None,
        pages: list[PageSpec] | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        """``MainWindow(ctx)`` is the whole desk; ``MainWindow(preferences=…)`` is the window alone,
        showing that the village's records are being opened, until :meth:`attach` is called."""
        super().__init__()
        assert ctx is not None or preferences is not None
        self.ctx: DeskContext | None = None
        self.preferences = ctx.preferences if ctx is not None else preferences  # type: ignore[assignment]
        from villagedesk.ui.styles import apply_text_scale

        apply_text_scale(self.preferences)
        self.setWindowTitle(self.tr("VillageDesk") + f" {__version__}")
        central = QWidget()
        layout = QHBoxLayout(central)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Registers"))
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.specs = pages or default_pages()
        self.pages: dict[str, Page] = {}
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"Ctrl+{number}" if number < 10 else "")
            self.sidebar.addItem(item)
            if number < 10:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda n=number - 1: self.sidebar.setCurrentRow(n))
        self.fit_sidebar()
        if not self.restore_window_geometry():
            fit_to_screen(self, 1180, 760)
        self.opening: QLabel | None = None
        if ctx is not None:
            self.attach(ctx)
        else:
            # the window alone: the page the desk reopens on is marked, the records are on their way
            self.opening = QLabel(self.tr("Opening the village's records…"))
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.opening)
            self.sidebar.setEnabled(False)
            keys = [s.key for s in self.specs]
            last = self.preferences.get(prefs.LAST_PAGE) or "home"
            self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)
            self.statusBar().showMessage(self.opening.text())

    def attach(self, ctx: DeskContext, home: HomeFacts | None = None) -> None:
        """Give the window its opened store: the title names the village, the pages work.
        ``home``: the workbench's facts, already read in the background (ui/app.py)."""
        self.ctx = ctx
        self.preferences = ctx.preferences
        from villagedesk.core.centre import find_centre

        with ctx.read() as session:
            centre = find_centre(session)
        village = centre.village_name if centre else ""
        self.setWindowTitle(f"{village} · " + self.tr("VillageDesk") + f" {__version__}")
        self.sidebar.setEnabled(True)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.statusBar().showMessage(
            self.tr("Signed in as %1 · data folder: %2")
            .replace("%1", ctx.user)
            .replace("%2", str(ctx.store.data_dir.root))
        )
        ctx.bus.changed.connect(self._changed)
        # Periodic backup while the desk is open: only when data changed, at most hourly.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(10 * 60 * 1000)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.backup_timer.start()
        if home is not None:  # the home page shows what was read in the background, not read again
            from villagedesk.ui.pages import HomePage

            page = self.page("home")
            assert isinstance(page, HomePage)
            page.take_facts(home)
        self.show_page(ctx.preferences.get(prefs.LAST_PAGE) or "home")
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None

    def fit_sidebar(self) -> None:
        """As wide as its longest entry in the font now in use (大字模式 widens it, leaving it
        narrows it back), never more than a quarter of the screen."""
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self.specs), default=150)
        free_w, _ = available_size(self)
        self.sidebar.setFixedWidth(min(max(widest + 48, 180), free_w // 4))

    def text_size_changed(self) -> None:
        """After 大字模式 is turned on or off: the sidebar fits its entries, the window the screen."""
        self.fit_sidebar()
        QApplication.processEvents()  # the style sheet's new sizes reach every widget's layout
        for widget in [*self.pages.values(), self.stack, self.centralWidget()]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
            widget.updateGeometry()
        QApplication.processEvents()
        if not self.isMaximized():
            fit_to_screen(self, self.width(), self.height())

    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use so start-up stays fast."""
        if key not in self.pages:
            from villagedesk.ui.pages import HomePage, SettingsPage

            assert self.ctx is not None, "the desk is still opening"
            spec = next(s for s in self.specs if s.key == key)
            page = spec.factory(self.ctx)
            if isinstance(page, HomePage):
                page.open_page.connect(self.show_page)
            if isinstance(page, SettingsPage):
                page.large_text_changed.connect(lambda _on: self.text_size_changed())
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        keys = [s.key for s in self.specs]
        if key not in keys:
            key = "home"
        row = keys.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # calls _show_row
        else:
            self._show_row(row)
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        page = self.page(key)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.ctx.preferences.set(prefs.LAST_PAGE, key, at_once=False)

    def _changed(self, register: str) -> None:
        if register == "*":  # a restore replaced everything
            for page in self.pages.values():
                page.refresh()

    def periodic_backup(self) -> Path | None:
        from sqlalchemy import func, select

        from villagedesk.core.backup import backup_if_changed
        from villagedesk.db.models import AuditEntry
        from villagedesk.ui.jobs import exclusive_running

        if exclusive_running() or self.ctx is None:  # a restore is replacing the database: the next tick
            return None
        with self.ctx.read() as session:
            marker = session.scalar(select(func.max(AuditEntry.id))) or 0
        data_dir = self.ctx.store.data_dir
        try:
            return backup_if_changed(data_dir.database, data_dir.backups, marker)
        except Exception:  # a failed periodic backup must never disturb the clerk's work
            logging.getLogger(__name__).exception("periodic backup failed")
            return None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        from villagedesk.ui.jobs import exclusive_running

        if exclusive_running():  # never close under a restore half done
            event.ignore()
            return
        self.periodic_backup()
        self.save_window_geometry()
        super().closeEvent(event)
