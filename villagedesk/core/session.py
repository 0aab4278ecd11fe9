"""Units of work: one user action, one transaction, one actor and reason in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def unit_of_work(
    factory: sessionmaker[Session], actor: str | None = None, reason: str = ""
) -> Iterator[Session]:
    """Commit on success, roll back everything on any error."""
    session = factory()
    if actor:
        session.info["actor"] = actor
    session.info["reason"] = reason
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
