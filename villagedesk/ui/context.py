"""What every page needs: the open store, preferences, the dialog service, the signed-in user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from villagedesk.core.session import unit_of_work
from villagedesk.db.store import Store
from villagedesk.ui.dialogs import DialogService
from villagedesk.ui.settings import Preferences


class ChangeBus(QObject):
    """Tells views which register changed, so they refresh (like Anki's operation notifications)."""

    changed = Signal(str)


@dataclass
class DeskContext:
    store: Store
    preferences: Preferences
    dialogs: DialogService
    user: str = "admin"
    bus: ChangeBus = field(default_factory=ChangeBus)
    today_override: dt.date | None = None

    @contextmanager
    def write(self, register: str, reason: str = "") -> Iterator[Session]:
        """One user action: one transaction, audited as the signed-in user; views are told after."""
        with unit_of_work(self.store.sessions, actor=self.user, reason=reason) as session:
            yield session
        self.bus.changed.emit(register)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.store.sessions()
        try:
            yield session
        finally:
            session.close()

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()
