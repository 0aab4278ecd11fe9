"""The 十有 register's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec

if TYPE_CHECKING:
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def _page(ctx: DeskContext) -> Page:
    from villagedesk.ui.microservices.page import MicroservicesPage

    return MicroservicesPage(ctx)


PAGE = PageSpec("microservices", QT_TRANSLATE_NOOP("MainWindow", "Ten services"), _page)
