"""The posting period of a notice on the village board, worked out in one place."""

from __future__ import annotations

import datetime as dt


def posting_period(start: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """A posting of ``days`` days starting ``start`` ends on start + days − 1 (both days count)."""
    if days < 1:
        raise ValueError("a posting period lasts at least one day")
    return start, start + dt.timedelta(days=days - 1)


def posting_end(start: dt.date, days: int) -> dt.date:
    return posting_period(start, days)[1]
