"""The village's change counter: a number that only goes up, taken by every write of a travelling
record. Export picks records by it, never by the PC's clock (village PCs have flat clock batteries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

STATE_ID = 1


def take(session: Session, n: int) -> int:
    """Reserve ``n`` numbers in the caller's transaction; returns the first. The UPDATE comes first
    so the row is locked (SQLite: the write lock) before it is read."""
    from villagedesk.db.models.exchange import ExchangeState

    conn = session.connection()
    table = cast(Table, ExchangeState.__table__)
    done = conn.execute(
        update(table).where(table.c.id == STATE_ID).values(counter=table.c.counter + n)
    ).rowcount
    if not done:
        conn.execute(insert(table).values(id=STATE_ID, counter=n))
    last = conn.execute(select(table.c.counter).where(table.c.id == STATE_ID)).scalar_one()
    return int(last) - n + 1


def number_changes(session: Session, objects: Sequence[Any]) -> None:
    """Stamp each travelling record written in this flush with the next counter value."""
    if not objects:
        return
    first = take(session, len(objects))
    for offset, obj in enumerate(objects):
        obj.change_counter = first + offset


def current(session: Session) -> int:
    """The last number taken (0 before any), read from the database, not from a cached object."""
    from villagedesk.db.models.exchange import ExchangeState

    table = cast(Table, ExchangeState.__table__)
    value = session.connection().execute(select(table.c.counter).where(table.c.id == STATE_ID)).scalar()
    return int(value or 0)


def raise_to(session: Session, value: int) -> None:
    """Number every later change above ``value`` (the township's high-water mark, after a restore
    or on a new PC). Never lowers the counter."""
    if current(session) < value:
        take(session, value - current(session))
