"""The mouse wheel scrolls the page; it never changes a spin box, combo box or slider the clerk has
not clicked into. A clerk scrolling the settings page must not change a village rule by accident."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, _GUARDED)
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # the scroll area around it gets the wheel instead
            return True
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
