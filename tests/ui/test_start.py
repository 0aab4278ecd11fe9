"""A real start of the desk, as a clerk meets it: the window is on the screen at once, saying that
the village's records are being opened; the sign-in comes over it once the store is open; after the
PIN the desk opens on the page it was left on, signed in as that person."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import TESTER_PIN
from villagedesk.paths import DataDir


def _drive(steps: list) -> None:  # type: ignore[type-arg]
    """Run each step on the event loop in turn; a step returning False is tried again shortly."""

    def tick() -> None:
        if steps and steps[0]() is not False:
            steps.pop(0)
        if steps:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(0, tick)


def test_the_window_shows_first_and_the_sign_in_comes_over_it(
    qapp, translator, tmp_path, demo_templates, monkeypatch
):
    from villagedesk.ui import settings as prefs
    from villagedesk.ui.app import run_desk
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.trust import SignInDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_desk installs the desk's own
    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "village"))
    preferences = prefs.Preferences(data_dir.root / "desk.ini")
    preferences.set(prefs.LAST_PAGE, "deliberation")
    seen: dict[str, object] = {}

    def window() -> MainWindow | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None
        )

    def sign_in() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            return False
        shown = window()
        seen["window before sign-in"] = shown is not None and shown.ctx is None
        seen["sign-in over the window"] = dialog.parent() is shown
        dialog.user.setCurrentIndex(dialog.user.findData("tester"))
        dialog.pin.setText(TESTER_PIN)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return True

    def desk_open() -> bool:
        shown = window()
        if shown is None or shown.ctx is None:
            return False
        seen["user"] = shown.ctx.user
        seen["page"] = shown.stack.currentWidget() is shown.pages.get("deliberation")
        seen["sidebar"] = shown.sidebar.isEnabled() and shown.sidebar.currentRow() == [
            s.key for s in shown.specs
        ].index("deliberation")
        seen["status"] = shown.statusBar().currentMessage()
        shown.close()
        return True

    _drive([sign_in, desk_open])
    args = argparse.Namespace(data_dir=str(data_dir.root), user=None, self_test=False)
    assert run_desk(args) == 0
    assert seen["window before sign-in"] is True, "the window shows while the records open"
    assert seen["sign-in over the window"] is True
    assert seen["user"] == "tester"
    assert seen["page"] is True and seen["sidebar"] is True
    assert "tester" in str(seen["status"])


def test_quitting_at_the_sign_in_closes_the_window(qapp, translator, tmp_path, demo_templates, monkeypatch):
    from villagedesk.ui.app import run_desk
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.trust import SignInDialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "village"))

    def quit_sign_in() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            return False
        dialog.reject()
        return True

    _drive([quit_sign_in])
    assert run_desk(argparse.Namespace(data_dir=str(data_dir.root), user=None, self_test=False)) == 0
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
