"""Restoring a backup into the open data folder: the one service under the desk and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from villagedesk.core import users
from villagedesk.core.backup import BackupInfo, restore_backup
from villagedesk.core.centre import find_centre

if TYPE_CHECKING:
    from villagedesk.db.store import Store


def restore_into(
    store: Store, path: Path, passphrase: str | None = None, *, actor: str | None
) -> tuple[BackupInfo, Path]:
    """Check that the acting user may restore, then replace the data with the backup (checked first:
    its checksum, that it is this village's and no newer than this program; the current state is
    backed up first) and bring the database to this version. Returns what was restored and where
    the state before it is kept. Nothing changes unless every check passes."""
    from villagedesk.db.migrate import known_revisions, upgrade

    with store.sessions() as session:
        users.require(session, users.Action.RESTORE)
        centre = find_centre(session)
        own = centre.division_code if centre else None
    store.engine.dispose()  # no connection may hold the file while it is replaced
    info, safety = restore_backup(
        path,
        store.data_dir.database,
        store.data_dir.backups,
        own,
        known_revisions(),
        passphrase,
        actor=actor or users.SYSTEM_ACTOR,  # the restore's own audit entry names who restored
    )
    upgrade(store.engine)
    return info, safety
