"""A small bar chart drawn with QPainter (QtCharts would add PySide6-Addons, 160 MB, to every install)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

_BAR = QColor("#2f6fb3")


class BarChart(QWidget):
    """Bars of one series with their values on top and the period labels below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int] = []
        self.caption = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 190)

    def set_series(self, labels: list[str], values: list[int], caption: str = "") -> None:
        self.labels, self.values, self.caption = labels, values, caption
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 4, -8, -(line + 6))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(8, 0, self.width() - 16, line + 2), Qt.AlignmentFlag.AlignLeft, self.caption)
        if not self.values:
            return
        top = max(max(self.values), 1)
        count = len(self.values)
        slot = area.width() / count
        bar_w = max(slot * 0.6, 2)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=False)):
            height = (area.height() - line) * value / top
            x = area.left() + i * slot + (slot - bar_w) / 2
            bar = QRectF(x, area.bottom() - height, bar_w, height)
            painter.fillRect(bar, _BAR)
            above = QRectF(area.left() + i * slot, bar.top() - line, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(value))
            below = QRectF(area.left() + i * slot, area.bottom() + 2, slot, line + 4)
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()
