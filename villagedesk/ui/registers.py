"""The registers' pages, in sidebar order: one line per register (its ``ui/<register>`` package
exports ``PAGE``). Registers not built yet hold their place with a plain page saying so."""

from __future__ import annotations

from villagedesk.ui.care import PAGE as CARE
from villagedesk.ui.deliberation import PAGE as DELIBERATION
from villagedesk.ui.disclosure import PAGE as DISCLOSURE
from villagedesk.ui.general_notice import PAGE as GENERAL_NOTICE
from villagedesk.ui.page_spec import QT_TRANSLATE_NOOP, PageSpec


def _upcoming(key: str, title: str, text: str) -> PageSpec:
    def factory(ctx: object) -> object:
        from PySide6.QtCore import QCoreApplication

        from villagedesk.ui.pages import NotYetPage

        return NotYetPage(
            QCoreApplication.translate("MainWindow", title), QCoreApplication.translate("MainWindow", text)
        )

    return PageSpec(key, title, factory)  # type: ignore[arg-type]


PAGES: tuple[PageSpec, ...] = (
    DELIBERATION,
    DISCLOSURE,
    CARE,
    _upcoming(
        "microservices",
        QT_TRANSLATE_NOOP("MainWindow", "Ten services"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The centre's ten micro-services and their usage log (十有服务) arrive in a later version.",
        ),
    ),
    GENERAL_NOTICE,
)
