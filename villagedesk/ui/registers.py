"""The registers' pages, in sidebar order: one line per register (its ``ui/<register>`` package
exports ``PAGE``)."""

from __future__ import annotations

from villagedesk.ui.care import PAGE as CARE
from villagedesk.ui.deliberation import PAGE as DELIBERATION
from villagedesk.ui.disclosure import PAGE as DISCLOSURE
from villagedesk.ui.general_notice import PAGE as GENERAL_NOTICE
from villagedesk.ui.microservices import PAGE as MICROSERVICES
from villagedesk.ui.page_spec import PageSpec

PAGES: tuple[PageSpec, ...] = (
    DELIBERATION,
    DISCLOSURE,
    CARE,
    MICROSERVICES,
    GENERAL_NOTICE,
)
