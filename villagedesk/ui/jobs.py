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
_exclusive: set[_Signals] = set()


def exclusive_running() -> bool:
    """True while a job that replaces the database (a restore) runs: nothing else may touch the
    database or close the window until it ends (the main window's timers and close ask this)."""
    return bool(_exclusive)


def run_job(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    show_progress: bool = True,
    exclusive: bool = False,
) -> _Signals:
    """Run ``work(progress)`` off the GUI thread; ``progress(done, total)`` moves the dialog.

    ``exclusive``: the work owns the database (it disposes the engine and replaces the file); the
    progress dialog shows at once and :func:`exclusive_running` is true until the result is back."""
    signals = _Signals()
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0 if exclusive else 400)
        # Qt 6 shows the dialog only once a value is set: without this, work that never reports
        # progress (a backup, a restore) ran with no dialog at all.
        dialog.setValue(0)

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
        _exclusive.discard(signals)

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
    if exclusive:
        _exclusive.add(signals)
    QThreadPool.globalInstance().start(_Job(work, signals))
    return signals


def wait_for_jobs(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)


def run_job_and_wait(parent: QWidget | None, label: str, work: Callable[[Progress], Any]) -> Any:
    """Run ``work`` as a job and return its result (or raise its error) to a caller that needs it
    now, such as a preview or a print dialog about to open. While it runs the GUI thread keeps
    turning its event loop (the window repaints, timers fire, the progress dialog shows for long
    work) but holds back the user's clicks and keys until the result is in, so nothing re-enters."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException, _trace: str) -> None:
        outcome["error"] = exc
        loop.quit()

    run_job(parent, label, work, on_done=done, on_error=failed)
    if not outcome:  # the job may already have reported if the pool ran it very fast
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
