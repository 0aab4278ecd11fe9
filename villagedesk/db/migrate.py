"""Alembic on start: back the database file up, then upgrade to head."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from villagedesk.db.engine import sqlite_backup
from villagedesk.paths import migrations_path


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class MigrationIntegrityError(RuntimeError):
    pass


@contextmanager
def foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite batch migrations rebuild tables: foreign keys must be off, and checked afterwards.

    The pragma only takes effect outside a transaction, so it is issued on a fresh connection
    before anything else and switched back on after the commit.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if sqlite:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    if sqlite:
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationIntegrityError(f"foreign key violations after migration: {problems[:5]}")


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_off(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    engine.dispose()  # later connections start fresh with the standard pragmas


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_off(conn):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()
    engine.dispose()


def migrate_on_start(engine: Engine, db_file: Path | None, backups: Path | None) -> Path | None:
    """Upgrade to head; back up first when an existing database is about to change."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_file is not None and backups is not None and db_file.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_backup(db_file, backups / f"villagedesk-rev{current}-{stamp}-pre-migrate.vdbak")
    upgrade(engine)
    return backup
