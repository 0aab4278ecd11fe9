"""Scrolling over a rule's spin box or combo box without clicking into it changes nothing."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from villagedesk.ui.main_window import MainWindow


def _wheel(widget) -> None:  # noqa: ANN001
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_rule_changes_nothing(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    box = window.show_page("settings").rules_box
    spin, combo = box.widgets["process_limit_days"], box.widgets["stage3_quorum"]
    before = spin.value(), combo.currentIndex()
    window.setFocus()
    _wheel(spin)
    _wheel(combo)
    assert (spin.value(), combo.currentIndex()) == before
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    _wheel(spin)
    assert spin.value() != before[0]  # once the clerk is in the field, the wheel works as usual
