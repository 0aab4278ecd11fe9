"""Windows open inside the screen they are on: a village PC often has 1366×768 or 1024×768."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 24  # leave room for the window frame and the taskbar's edge


def available_size(widget: QWidget | None = None) -> tuple[int, int]:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return 1024, 768
    geometry = screen.availableGeometry()
    return geometry.width(), geometry.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the size wished for, but never larger than the screen's free area."""
    free_w, free_h = available_size(widget)
    widget.resize(min(width, free_w - MARGIN), min(height, free_h - 2 * MARGIN))
