"""The first-run wizard is the first window a new centre sees: on a 1024×768 screen every page of
it, with its Back/Next/Finish buttons, is on the screen (it opened 720×780 before)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget, QWizard

SCREEN = QRect(0, 0, 1024, 768)


def test_every_page_of_the_first_run_wizard_fits_with_its_buttons(qtbot, qapp, translator, data_dir):
    from villagedesk.ui.app import build_desk
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.wizard import FirstRunWizard

    assert QApplication.primaryScreen().availableGeometry() == SCREEN
    ctx = build_desk(data_dir, RecordingDialogs(), user="system")
    try:
        wizard = FirstRunWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.move(0, 0)
        seen = []
        for _ in range(3):
            QApplication.processEvents()
            page = wizard.currentPage()
            seen.append(page)
            frame = wizard.frameGeometry()
            assert frame.width() <= 1024 and frame.height() <= 768, f"{frame.width()}×{frame.height()}"
            assert wizard.minimumSizeHint().height() <= 768
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
                button = wizard.button(which)
                if button.isVisible():
                    corner = button.mapToGlobal(QPoint(0, 0))
                    assert SCREEN.contains(QRect(corner, button.size())), which
            # every field of the page is inside the window, none cut off at its bottom
            for child in page.findChildren(QWidget):
                if child.isVisible() and child.isWindow() is False:
                    bottom = child.mapTo(wizard, QPoint(0, child.height())).y()
                    assert bottom <= wizard.height(), type(child).__name__
            if page is wizard.centre_page:
                page.form.village.setText("新桥村")
                page.form.code.setText("320902104203")
                page.form.township.setText("盐东镇")
                page.form.objection_phone.setText("0515-88881234")
            wizard.next()
        assert seen == [wizard.welcome, wizard.centre_page, wizard.admin_page]
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert finish.isVisible() and SCREEN.contains(QRect(finish.mapToGlobal(QPoint(0, 0)), finish.size()))
    finally:
        ctx.store.close()
