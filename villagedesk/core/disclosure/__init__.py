"""村务公开 (village affairs disclosure): disclosures, supervision review, the posting calendar and
villagers' feedback. ``REGISTER`` is its declaration for the shared machinery."""

from villagedesk.core.disclosure.register import REGISTER

__all__ = ["REGISTER"]
