"""The registers' pages, in sidebar order: one line per register (its ``ui/<register>`` package
exports ``PAGE``). Registers not built yet hold their place with a plain page saying so."""

from __future__ import annotations

from villagedesk.ui.deliberation import PAGE as DELIBERATION
from villagedesk.ui.general_notice import PAGE as GENERAL_NOTICE
from villagedesk.ui.microservices import PAGE as MICROSERVICES
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
    _upcoming(
        "disclosure",
        QT_TRANSLATE_NOOP("MainWindow", "Village affairs disclosure"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Party, village and finance disclosures with supervision review (村务公开) arrive in a later version.",
        ),
    ),
    _upcoming(
        "care",
        QT_TRANSLATE_NOOP("MainWindow", "Care targets"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The care-target list, visits and the care fund (暖心关怀) arrive in a later version.",
        ),
    ),
    MICROSERVICES,
    GENERAL_NOTICE,
)
