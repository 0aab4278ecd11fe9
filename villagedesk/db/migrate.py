"""Alembic on start: back the database file up, then upgrade to head."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def migrate_on_start(engine: Engine, db_file: Path | None, backups: Path | None) -> Path | None:
    """Upgrade to head; back up first when an existing database is about to change."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_file is not None and backups is not None and db_file.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_backup(db_file, backups / f"pre-migrate-{current}-{stamp}.sqlite3")
    upgrade(engine)
    return backup
