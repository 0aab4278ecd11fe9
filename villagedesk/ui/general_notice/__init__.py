"""The 通用公告 register's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec

if TYPE_CHECKING:
    from villagedesk.ui.context import DeskContext
    from villagedesk.ui.pages import Page


def _page(ctx: DeskContext) -> Page:
    from villagedesk.ui.general_notice.page import GeneralNoticePage

    return GeneralNoticePage(ctx)


PAGE = PageSpec("general_notice", QT_TRANSLATE_NOOP("MainWindow", "General notices"), _page)
