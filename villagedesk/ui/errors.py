"""One place that shows errors: validation errors as a warning naming the field and rule,
anything unexpected logged and shown with copyable details."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from villagedesk.core.errors import ValidationError
from villagedesk.files import disk_full
from villagedesk.i18n import tr_core
from villagedesk.ui.dialogs import DialogService

log = logging.getLogger(__name__)
_dialogs: DialogService = DialogService()


_data_folder: Path | None = None  # named when a full disk's error does not say where it was writing


def set_dialog_service(service: DialogService, data_folder: Path | None = None) -> None:
    global _dialogs, _data_folder
    _dialogs = service
    _data_folder = data_folder


def report_exception(parent: QWidget | None, exc: BaseException, trace: str = "") -> None:
    full = disk_full(exc, _data_folder)
    if full is not None:  # not a bug: one clear message naming the folder, no details to copy
        log.warning("disk full: %s", full.folder)
        _dialogs.warning(
            parent, QCoreApplication.translate("errors", "The disk is full"), full.render(tr_core)
        )
        return
    if isinstance(exc, ValidationError):
        _dialogs.warning(
            parent, QCoreApplication.translate("errors", "Please check the input"), exc.render(tr_core)
        )
        return
    log.error("unexpected error: %s", trace or repr(exc))
    _dialogs.error(
        parent,
        QCoreApplication.translate("errors", "Something went wrong"),
        QCoreApplication.translate(
            "errors",
            "VillageDesk hit an unexpected error. Your saved records are safe; the last action was not saved.\n"
            "Press 'Show Details' to copy the details for support.",
        ),
        trace or repr(exc),
    )


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        trace = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("uncaught exception: %s", trace)
        try:
            report_exception(None, exc, trace)
        except Exception:  # never let the hook itself crash the desk
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
