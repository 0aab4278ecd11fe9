"""One helper for work that touches the database or disk for more than a blink.

The work runs on a pool thread; a progress dialog shows for long work; the result or the error
comes back on the GUI thread, and errors are reported in one place.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.signals.progress.emit(done, total))
        except BaseException as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_job(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    show_progress: bool = True,
) -> _Signals:
    """Run ``work(progress)`` off the GUI thread; ``progress(done, total)`` moves the dialog."""
    signals = _Signals()
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def move(done: int, total: int) -> None:
            assert dialog is not None
            dialog.setMaximum(total)
            dialog.setValue(done)

        signals.progress.connect(move)

    def finish() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        _running.discard(signals)

    def done(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException, trace: str) -> None:
        finish()
        log.error("job %r failed: %s", label, trace)
        if on_error is not None:
            on_error(exc, trace)
        else:
            from villagedesk.ui.errors import report_exception

            report_exception(parent, exc, trace)

    signals.done.connect(done)
    signals.failed.connect(failed)
    _running.add(signals)
    QThreadPool.globalInstance().start(_Job(work, signals))
    return signals


def wait_for_jobs(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
