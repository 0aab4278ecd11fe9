"""The 四议两公开 register's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec

if TYPE_CHECKING:
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def _page(ctx: DeskContext) -> Page:
    from villagedesk.ui.deliberation.page import DeliberationPage

    return DeliberationPage(ctx)


PAGE = PageSpec("deliberation", QT_TRANSLATE_NOOP("MainWindow", "Four deliberations, two disclosures"), _page)
