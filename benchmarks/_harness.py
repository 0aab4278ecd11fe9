"""What the list benchmarks share: the DESIGN.md budgets, the timing of one step, the report line,
and the paint counter that proves a timed step really painted the list.

    from _harness import OPEN_BUDGET_S, KEYSTROKE_BUDGET_S, MEMORY_BUDGET_MB, line, timed, Painted

(benchmarks/lists.py and benchmarks/microservices.py; run from any folder: each inserts its own
folder into sys.path.)
"""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from typing import Any

OPEN_BUDGET_S = 0.2
KEYSTROKE_BUDGET_S = 0.1
MEMORY_BUDGET_MB = 300


def median(times: list[float]) -> float:
    return statistics.median(times)


def line(label: str, times: list[float], floor: list[float], budget: float) -> tuple[str, bool]:
    """One report line: the median (and worst) time beside its floor and budget; ok when in budget."""
    ok = median(times) <= budget
    return (
        f"{label:<34} {median(times) * 1000:7.1f} ms (max {max(times) * 1000:6.1f})"
        f"   floor {median(floor) * 1000:6.1f} ms   budget {budget * 1000:4.0f} ms"
        f"   {'ok' if ok else 'OVER BUDGET'}",
        ok,
    )


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def memory_line() -> tuple[str, bool]:
    """The peak memory of this process against its budget."""
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = rss_mb <= MEMORY_BUDGET_MB
    return (
        f"{'peak memory of the desk process':<34} {rss_mb:7.0f} MB{'':27}budget {MEMORY_BUDGET_MB} MB"
        f"   {'ok' if ok else 'OVER BUDGET'}",
        ok,
    )


class Painted:
    """Counts the paint events of the widgets it watches; ``check()`` delivers the pending updates
    and fails unless one of them painted (so a timed step includes the painting of the list)."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        owner = self

        class _Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    owner.count += 1
                return False

        self.app = app
        self.count = 0
        self.filter = _Filter()

    def watch(self, widget: Any) -> None:
        widget.installEventFilter(self.filter)

    def check(self) -> None:
        before = self.count
        self.app.processEvents()
        assert self.count > before, "the list was not painted"


def open_floor(window: Any, columns: int, painted: Painted) -> None:
    """The floor of opening a list page: a page holding an empty QTableView with ``columns`` columns,
    built, shown and painted the same way."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    page = QWidget()
    view = QTableView(page)
    view.setModel(QStandardItemModel(0, columns, view))
    QVBoxLayout(page).addWidget(view)
    painted.watch(view.viewport())
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    painted.check()
    window.stack.removeWidget(page)
    page.deleteLater()


def drop_page(window: Any, key: str, app: Any) -> None:
    """Forget a page, so the next opening builds it as on the first visit."""
    window.show_page("home")
    old = window.pages.pop(key, None)
    if old is not None:
        window.stack.removeWidget(old)
        old.deleteLater()
    app.processEvents()
