"""Every page and every dialog a page lists in ``Page.tour()`` (so a new register's forms are
covered by listing them): shortcut letters are unique, and in 大字模式 each still fits a
1366×768 screen, with headings keeping their style and the sidebar coming back to its size."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QWidget

from villagedesk.ui import settings as prefs
from villagedesk.ui.main_window import MainWindow, default_pages
from villagedesk.ui.styles import apply_text_scale

LARGE_SCREEN = (1366, 768)  # the common village PC for 大字模式
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root: QWidget) -> list[str]:
    """The shortcut letters of the visible buttons, labels and boxes under ``root``."""
    letters = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        found = MNEMONIC.search(text.replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


def clashes(root: QWidget) -> list[str]:
    return [letter for letter, n in Counter(mnemonics(root)).items() if n > 1]


@pytest.fixture
def window(qtbot, desk):
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def walk(window):
    """(name, widget) for every page and every dialog its tour opens."""
    for spec in default_pages():
        page = window.show_page(spec.key)
        QApplication.processEvents()
        yield spec.key, page
        for name, opener in page.tour():
            dialog = opener()
            if dialog is None:
                continue
            dialog.show()
            QApplication.processEvents()
            yield f"{spec.key}/{name}", dialog
            dialog.reject()


def test_shortcut_letters_are_unique_on_every_page_and_dialog(window):
    problems = {name: clashes(widget) for name, widget in walk(window)}
    problems = {name: letters for name, letters in problems.items() if letters}
    assert not problems, problems


def test_the_walk_reaches_the_dialogs(window):
    names = [name for name, _ in walk(window)]
    for expected in ("deliberation/new-matter", "roster/person-history", "general_notice/new-notice"):
        assert expected in names


def test_large_text_fits_1366_and_switches_back_cleanly(window, desk):
    title = window.show_page("roster").findChild(QLabel, "pageTitle")
    normal = (title.font().pointSizeF(), window.sidebar.width(), QApplication.font().pointSizeF())
    settings = window.show_page("settings")
    settings.large_text.setChecked(True)
    try:
        assert QApplication.font().pointSizeF() > normal[2]
        assert title.font().bold() and title.font().pointSizeF() > QApplication.font().pointSizeF()
        assert window.sidebar.width() >= normal[1]
        too_big = {}
        for name, widget in walk(window):
            hint = (widget if isinstance(widget, QDialog) else window).minimumSizeHint()
            if hint.width() > LARGE_SCREEN[0] - 24 or hint.height() > LARGE_SCREEN[1] - 48:
                too_big[name] = (hint.width(), hint.height())
        assert not too_big, too_big
    finally:
        settings = window.show_page("settings")
        settings.large_text.setChecked(False)
    assert (title.font().pointSizeF(), window.sidebar.width(), QApplication.font().pointSizeF()) == normal
    assert title.font().bold()
    assert window.frameGeometry().width() <= 1024


def test_large_text_preference_survives_a_restart(qtbot, desk):
    desk.preferences.set(prefs.LARGE_TEXT, True)
    try:
        w = MainWindow(desk)
        qtbot.addWidget(w)
        assert QApplication.font().pointSizeF() > 10.0
    finally:
        desk.preferences.set(prefs.LARGE_TEXT, False)
        apply_text_scale(desk.preferences)
