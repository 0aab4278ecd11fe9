"""Alembic on start: back the database file up, then upgrade to head.

A database already at head is the normal start: that is found out with one query and a look at the
migration files' names, without importing Alembic (it costs a tenth of a second at every start).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from villagedesk.db.engine import sqlite_backup
from villagedesk.files import write_checksum
from villagedesk.paths import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"]([^'\"]+)['\"]|None)", re.M)


@functools.cache
def script_head() -> str:
    """The head revision read from the migration files themselves (one head: a test holds it)."""
    revisions, parents = set(), set()
    for path in (migrations_path() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision:
            revisions.add(revision.group(1))
        if down and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else ""


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None  # a new database: no version table yet


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
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_off(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    engine.dispose()  # later connections start fresh with the standard pragmas


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_off(conn):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()
    engine.dispose()


def migrate_on_start(engine: Engine, db_file: Path | None, backups: Path | None) -> Path | None:
    """Upgrade to head; back up first when an existing database is about to change."""
    current = current_revision(engine)
    if current is not None and current == (script_head() or head_revision()):
        return None
    backup = None
    if current is not None and db_file is not None and backups is not None and db_file.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_backup(db_file, backups / f"villagedesk-rev{current}-{stamp}-pre-migrate.vdbak")
        write_checksum(backup)  # verified before a restore, like every backup
    upgrade(engine)
    return backup
