import subprocess
import sys
import textwrap

import pytest

from villagedesk.db.lock import AlreadyRunningError
from villagedesk.db.store import open_store


def test_sqlite_pragmas(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_database_lives_in_data_dir(store, data_dir):
    assert store.data_dir.database == data_dir.root / "villagedesk.sqlite3"
    assert data_dir.database.exists() and data_dir.backups.is_dir() and data_dir.logs.is_dir()


def test_second_instance_in_same_process_refused(store, data_dir):
    with pytest.raises(AlreadyRunningError):
        open_store(data_dir)


def test_second_instance_in_another_process_refused(store, data_dir):
    code = textwrap.dedent(f"""
        import sys
        from villagedesk.db.lock import AlreadyRunningError
        from villagedesk.db.store import open_store
        from villagedesk.paths import DataDir
        try:
            open_store(DataDir.resolve({str(data_dir.root)!r}))
        except AlreadyRunningError:
            sys.exit(7)
        sys.exit(0)
    """)
    assert subprocess.run([sys.executable, "-c", code]).returncode == 7


def test_lock_released_on_close(store, data_dir):
    store.close()
    again = open_store(data_dir)
    again.close()
