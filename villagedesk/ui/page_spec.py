"""What a register's UI package exports as ``PAGE``: its sidebar entry and how to build its page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (marker lupdate recognises)
    return text


@dataclass(frozen=True)
class PageSpec:
    key: str  # the register's key (villagedesk/registers.py)
    source_title: str  # English source, translated in the "MainWindow" context
    factory: Callable[[DeskContext], Page]  # imports the page module when first opened

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.source_title)
