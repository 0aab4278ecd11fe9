"""The 暖心关怀 register's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec

if TYPE_CHECKING:
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def _page(ctx: DeskContext) -> Page:
    from villagedesk.ui.care.page import CarePage

    return CarePage(ctx)


PAGE = PageSpec("care", QT_TRANSLATE_NOOP("MainWindow", "Care targets"), _page)
