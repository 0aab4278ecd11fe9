"""Everything a clerk opens fits a 1024×768 screen (the tests' offscreen screen is that size, see
conftest): the main window and every page the manifests list, and the forms, whose Save button
is always on the screen (long forms scroll inside the dialog)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from villagedesk.db.models import MeetingKind
from villagedesk.ui.main_window import MainWindow, default_pages

SCREEN = QRect(0, 0, 1024, 768)


def _on_screen(widget: QWidget) -> bool:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return SCREEN.contains(QRect(top_left, widget.size()))


def _fits(window: QWidget) -> None:
    assert QApplication.primaryScreen().availableGeometry() == SCREEN
    frame = window.frameGeometry()
    assert frame.width() <= SCREEN.width() and frame.height() <= SCREEN.height(), (
        f"{type(window).__name__} is {frame.width()}×{frame.height()}"
    )


@pytest.fixture
def window(qtbot, desk):
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def test_main_window_and_every_page_fit(window):
    _fits(window)
    for spec in default_pages():
        page = window.show_page(spec.key)
        assert window.minimumSizeHint().width() <= SCREEN.width(), spec.key
        assert page.minimumSizeHint().height() <= SCREEN.height(), spec.key
        _fits(window)


def _save_button_visible(dialog) -> None:  # noqa: ANN001
    dialog.show()
    dialog.move(0, 0)
    QApplication.processEvents()
    _fits(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    assert _on_screen(buttons), f"{type(dialog).__name__}: the buttons are off the screen"
    dialog.reject()


def test_forms_fit_with_their_buttons_in_view(qtbot, window):
    matters = window.show_page("deliberation")
    _save_button_visible(matters.new_matter())
    for row in matters.model.rows:
        matters.select_matter(row.id)
        dialog = matters.record_meeting()
        if dialog is None:
            continue
        for kind in (
            MeetingKind.JOINT_PROPOSAL_CONSULTATION,
            MeetingKind.VILLAGERS,
            MeetingKind.PARTY_GENERAL,
        ):
            index = dialog.kind.findData(kind)
            if index >= 0:
                dialog.kind.setCurrentIndex(index)
                _save_button_visible(dialog)
        dialog.reject()
    notices = window.show_page("general_notice")
    _save_button_visible(notices.new_notice())
    disclosures = window.show_page("disclosure")
    _save_button_visible(disclosures.new_disclosure())
    disclosures.view.selectRow(0)
    _save_button_visible(disclosures.edit())
    _save_button_visible(disclosures.review())
    _save_button_visible(disclosures.feedback())
    roster = window.show_page("roster")
    _save_button_visible(roster.add_person())
    care = window.show_page("care")
    _save_button_visible(care.add_target())


def test_every_dialog_a_page_lists_fits(qtbot, window):
    """The dialogs each page names in ``Page.tour()`` (a new register's page lists its own)."""
    opened = 0
    for spec in default_pages():
        page = window.show_page(spec.key)
        for name, opener in page.tour():
            dialog = opener()
            if dialog is None:
                continue
            opened += 1
            dialog.show()
            dialog.move(0, 0)
            QApplication.processEvents()
            _fits(dialog)
            assert dialog.minimumSizeHint().height() <= SCREEN.height(), f"{spec.key}/{name}"
            dialog.reject()
    assert opened >= 8
    services = window.show_page("microservices")
    tab = services.services
    tab.items_view.selectRow(0)
    tab.kits_view.selectRow(0)
    for button in (tab.add_button, tab.edit_button, tab.closure_button, tab.add_kit, tab.move_kit):
        button.click()
        _save_button_visible(tab.last_dialog)
    services.inspections.new_button.click()
    _save_button_visible(services.inspections.dialog)
