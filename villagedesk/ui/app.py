"""Starting the desk: QApplication, fonts, translation, the store, first run, the main window.

Nothing here runs at import time; ``run_desk`` and ``build_desk`` do the work so tests can build
a desk on a temporary folder without monkeypatching.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from villagedesk import __version__
from villagedesk.core import users
from villagedesk.core.centre import find_centre
from villagedesk.db.lock import AlreadyRunningError
from villagedesk.db.store import open_store
from villagedesk.i18n import load_translator
from villagedesk.logs import setup_logging
from villagedesk.paths import DataDir, resource_path
from villagedesk.ui.context import DeskContext
from villagedesk.ui.dialogs import DialogService
from villagedesk.ui.errors import install_excepthook, set_dialog_service
from villagedesk.ui.settings import Preferences

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
    data_dir.ensure()
    setup_logging(data_dir.logs)
    store = open_store(data_dir, actor=user)
    if store.pre_migration_backup:
        log.info("database backed up before migration to %s", store.pre_migration_backup)
    dialogs = dialogs or DialogService()
    set_dialog_service(dialogs, data_dir.root)
    return DeskContext(
        store=store, preferences=Preferences(data_dir.root / "desk.ini"), dialogs=dialogs, user=user
    )


def run_desk(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    app = ensure_application()
    try:
        load_translator()
    except RuntimeError as exc:
        log.warning("translation not loaded: %s", exc)
    install_excepthook()
    data_dir = DataDir.resolve(args.data_dir)
    try:
        ctx = build_desk(data_dir, user=args.user or "admin")
    except AlreadyRunningError:
        QMessageBox.warning(
            None,
            app.translate("app", "VillageDesk is already open"),
            app.translate(
                "app",
                "VillageDesk is already open on this data folder:\n%1\n\n"
                "Switch to the open window, or close it and try again.",
            ).replace("%1", str(data_dir.root)),
        )
        return 3
    self_test = getattr(args, "self_test", False)
    with ctx.read() as session:
        has_centre = find_centre(session) is not None
        has_users = bool(users.users(session))
    if not (has_centre and has_users):
        from villagedesk.ui.wizard import FirstRunWizard

        ctx.user = users.SYSTEM_ACTOR
        wizard = FirstRunWizard(ctx, need_centre=not has_centre)
        if self_test or wizard.exec() != QWizard.DialogCode.Accepted.value:
            ctx.store.close()
            return 0 if self_test else 1
    elif self_test:
        ctx.user = users.READ_ONLY_ACTOR  # no PIN was given: the self-test may look, never write
    else:
        from villagedesk.ui import settings as prefs
        from villagedesk.ui.trust import SignInDialog

        sign_in = SignInDialog(ctx, ctx.preferences.get(prefs.LAST_USER))
        if sign_in.exec() != QDialog.DialogCode.Accepted.value:
            ctx.store.close()
            return 0
        ctx.preferences.set(prefs.LAST_USER, ctx.user)
    from villagedesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    shown_at = time.time()
    log.info("desk ready in %.3f s", time.perf_counter() - started)
    if getattr(args, "self_test", False):
        app.processEvents()
        ok = window.isVisible() and bool(_font_families)
        window.close()
        ctx.store.close()
        print(f"self-test {'ok' if ok else 'FAILED'}: window shown at {shown_at:.6f}, fonts {_font_families}")
        return 0 if ok else 1
    code = app.exec()
    ctx.store.close()
    return code
