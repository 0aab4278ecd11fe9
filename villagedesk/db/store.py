"""Opening a centre's data folder: lock, engine, migrate-on-start, sessions."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from villagedesk.db.engine import make_engine, make_session_factory
from villagedesk.db.lock import InstanceLock
from villagedesk.db.migrate import migrate_on_start
from villagedesk.files import clean_leftovers
from villagedesk.paths import DataDir


@dataclass
class Store:
    data_dir: DataDir
    engine: Engine
    sessions: sessionmaker[Session]
    lock: InstanceLock | None = None
    pre_migration_backup: object = field(default=None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_store(data_dir: DataDir, *, lock: bool = True, actor: str = "system") -> Store:
    """Open (creating if needed) the centre database, refusing a second writer on the same folder."""
    data_dir.ensure()
    instance_lock = InstanceLock(data_dir.lock_file).acquire() if lock else None
    try:
        if instance_lock is not None:  # only the holder of the lock removes what a killed process left
            clean_leftovers(data_dir.root, data_dir.backups, data_dir.attachments, data_dir.keys)
        engine = make_engine(data_dir.url)
        backup = migrate_on_start(engine, data_dir.database, data_dir.backups)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise
    return Store(data_dir, engine, make_session_factory(engine, actor), instance_lock, backup)
