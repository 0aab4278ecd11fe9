"""What is due: each part of the desk contributes items to the home page (工作台) through its
declaration (``Part.due``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DueItem:
    register: str  # translatable register title
    text: str  # translatable template
    params: dict[str, object]
    urgent: bool = False
    page: str = ""  # page key to open


def due_items(session: Session, today: dt.date | None = None) -> list[DueItem]:
    from villagedesk.registers import PARTS

    today = today or dt.date.today()
    items: list[DueItem] = []
    for part in PARTS:
        if part.due is not None:
            items.extend(part.due(session, today))
    return sorted(items, key=lambda i: not i.urgent)
