"""Engine and session setup. SQLite for the village desk; any SQLAlchemy URL for a township store."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

import villagedesk.db.audit  # noqa: F401  (registers the stamping/audit listeners)


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _disk_full(context: Any) -> None:
    """A full disk under an SQLite database is one clear error naming the folder (the transaction
    is rolled back as a whole, so no record is half-written)."""
    from villagedesk.files import disk_full

    database = context.engine.url.database if context.engine is not None else None
    error = disk_full(context.original_exception, Path(database).resolve().parent if database else None)
    if error is not None:
        raise error from context.original_exception


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", _disk_full)
    return engine


def make_session_factory(engine: Engine, actor: str = "system") -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, info={"actor": actor})


def sqlite_backup(source: Path, target: Path) -> Path:
    """Consistent copy of a live SQLite database with the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target
