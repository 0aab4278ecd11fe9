"""Starting the desk: QApplication, fonts, translation, the store, first run, the main window.

Nothing here runs at import time; ``run_desk`` and ``build_desk`` do the work so tests can build
a desk on a temporary folder without monkeypatching.

The start is in two steps so that the window shows at once: first the main window alone (the Qt
side, from the preferences: nothing here imports SQLAlchemy or the models before it shows), then the
store opens in the background (SQLAlchemy and the models are imported, the migration check runs, the
home page's facts are read) while the window keeps painting; sign-in, or the first-run wizard, and
the pages follow. ``--self-test`` reports both moments.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from villagedesk import __version__
from villagedesk.db.lock import AlreadyRunningError
from villagedesk.i18n import load_translator
from villagedesk.logs import setup_logging
from villagedesk.paths import DataDir, resource_path
from villagedesk.ui import settings as prefs
from villagedesk.ui.dialogs import DialogService
from villagedesk.ui.errors import install_excepthook, set_dialog_service
from villagedesk.ui.settings import Preferences

if TYPE_CHECKING:
    from villagedesk.core.workbench import HomeFacts
    from villagedesk.db.store import Store
    from villagedesk.ui.context import DeskContext

log = logging.getLogger(__name__)
_font_families: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register the bundled CJK font so Chinese never shows as boxes, and use it for the UI."""
    if _font_families:
        return _font_families
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    if font_id >= 0:
        _font_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _font_families


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("VillageDesk")
    from villagedesk.ui import wheel_guard

    wheel_guard.install(app)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "villagedesk-256.png"))))
    families = register_bundled_fonts()
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return app


def build_desk(data_dir: DataDir, dialogs: DialogService | None = None, user: str = "admin") -> DeskContext:
    """Open the store and everything a window needs (the store lock is taken here)."""
    return _context(_open_store(data_dir, user), data_dir, dialogs, user)


def _open_store(data_dir: DataDir, user: str) -> Store:
    from villagedesk.db.store import open_store

    data_dir.ensure()
    setup_logging(data_dir.logs)
    store = open_store(data_dir, actor=user)
    if store.pre_migration_backup:
        log.info("database backed up before migration to %s", store.pre_migration_backup)
    return store


def _context(store: Store, data_dir: DataDir, dialogs: DialogService | None, user: str) -> DeskContext:
    """The desk's context, made on the GUI thread (its change bus is a QObject that lives there)."""
    from villagedesk.ui.context import DeskContext

    dialogs = dialogs or DialogService()
    set_dialog_service(dialogs, data_dir.root)
    return DeskContext(
        store=store, preferences=Preferences(data_dir.root / "desk.ini"), dialogs=dialogs, user=user
    )


def _open_in_background(
    data_dir: DataDir, user: str, on_home: bool
) -> tuple[Store, bool, bool, HomeFacts | None]:
    """The slow half of a start, off the GUI thread: import the database layer, open (and if need be
    migrate) the store, see whether the centre and its users exist, and when the desk reopens on the
    home page, read its facts."""
    import datetime as dt

    from villagedesk.core import users, workbench
    from villagedesk.core.centre import find_centre

    store = _open_store(data_dir, user)
    try:
        with store.sessions() as session:
            has_centre = find_centre(session) is not None
            has_users = bool(users.users(session))
            home = (
                workbench.home_facts(session, dt.date.today(), data_dir.keys)
                if on_home and has_centre and has_users
                else None
            )
    except BaseException:
        store.close()
        raise
    return store, has_centre, has_users, home


def run_desk(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    app = ensure_application()
    try:
        load_translator()
    except RuntimeError as exc:
        log.warning("translation not loaded: %s", exc)
    install_excepthook()
    data_dir = DataDir.resolve(args.data_dir)
    self_test = getattr(args, "self_test", False)
    from villagedesk.ui.main_window import MainWindow

    window = MainWindow(preferences=Preferences(data_dir.root / "desk.ini"))
    window.show()
    app.processEvents()
    shown_at = time.time()
    log.info("desk window shown in %.3f s", time.perf_counter() - started)
    on_home = (window.preferences.get(prefs.LAST_PAGE) or "home") == "home"
    opened = _open_store_while_showing(window, data_dir, args.user or "admin", on_home)
    if opened is None:
        window.close()
        return 3
    store, has_centre, has_users, home = opened
    ctx = _context(store, data_dir, None, args.user or "admin")
    if not _sign_in(
        ctx, window, need_centre=not has_centre, first_run=not (has_centre and has_users), self_test=self_test
    ):
        window.close()
        ctx.store.close()
        return 0 if self_test or has_centre and has_users else 1
    window.attach(ctx, home)
    app.processEvents()
    ready_at = time.time()
    log.info("desk ready in %.3f s", time.perf_counter() - started)
    if self_test:
        app.processEvents()
        ok = window.isVisible() and bool(_font_families) and window.ctx is ctx
        window.close()
        ctx.store.close()
        print(
            f"self-test {'ok' if ok else 'FAILED'}: window shown at {shown_at:.6f}, "
            f"ready at {ready_at:.6f}, fonts {_font_families}"
        )
        return 0 if ok else 1
    code = app.exec() if window.isVisible() else 0  # closed already: Qt would wait for a quit
    ctx.store.close()
    return code


def _open_store_while_showing(window: QWidget, data_dir: DataDir, user: str, on_home: bool) -> Any:
    """Open the store in the background while the shown window keeps painting; None (after saying
    so) when another desk has this data folder open."""
    from villagedesk.ui.jobs import run_job_and_wait

    try:
        return run_job_and_wait(
            window,
            QApplication.translate("app", "Opening the village's records…"),
            lambda _progress: _open_in_background(data_dir, user, on_home),
        )
    except AlreadyRunningError:
        QMessageBox.warning(
            window,
            QApplication.translate("app", "VillageDesk is already open"),
            QApplication.translate(
                "app",
                "VillageDesk is already open on this data folder:\n%1\n\n"
                "Switch to the open window, or close it and try again.",
            ).replace("%1", str(data_dir.root)),
        )
        return None


def _sign_in(
    ctx: DeskContext, window: QWidget, *, need_centre: bool, first_run: bool, self_test: bool
) -> bool:
    """The first-run wizard on a new folder, else the PIN (the self-test only looks, never writes)."""
    from villagedesk.core import users

    if first_run:
        from villagedesk.ui.wizard import FirstRunWizard

        ctx.user = users.SYSTEM_ACTOR
        if self_test:
            return False
        wizard = FirstRunWizard(ctx, need_centre=need_centre)
        return bool(wizard.exec() == QWizard.DialogCode.Accepted.value)
    if self_test:
        ctx.user = users.READ_ONLY_ACTOR  # no PIN was given: the self-test may look, never write
        return True
    from villagedesk.ui.trust import SignInDialog

    sign_in = SignInDialog(ctx, ctx.preferences.get(prefs.LAST_USER), window)
    if sign_in.exec() != QDialog.DialogCode.Accepted.value:
        return False
    ctx.preferences.set(prefs.LAST_USER, ctx.user)
    return True
