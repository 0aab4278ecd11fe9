"""Killing the desk in the middle of a large write leaves a database that opens, passes
integrity_check, and holds all or none of the interrupted action."""

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import sample_centre
from villagedesk.core.centre import create_centre
from villagedesk.core.session import unit_of_work
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir

N = 6000
CHILD = textwrap.dedent("""
    import sys
    from villagedesk.core import roster
    from villagedesk.core.session import unit_of_work
    from villagedesk.db.store import open_store
    from villagedesk.paths import DataDir

    store = open_store(DataDir.resolve(sys.argv[1]))
    print("ready", flush=True)
    with unit_of_work(store.sessions, actor="system", reason="bulk") as session:
        for i in range({n}):
            roster.add_person(session, roster.PersonData(name="村民" + chr(0x4E00 + i % 20000) + chr(0x4E00 + i // 20000)))
    print("committed", flush=True)
""").format(n=N)


@pytest.mark.parametrize("delay", [0.05, 0.5, 1.0, 1.5, 2.0, 2.2, 2.4, 2.6])
def test_kill_mid_write_is_all_or_nothing(tmp_path, delay):
    folder = tmp_path / "desk"
    store = open_store(DataDir.resolve(folder))
    with unit_of_work(store.sessions, actor="system") as s:
        create_centre(s, sample_centre())
    store.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    conn = sqlite3.connect(str(folder / "villagedesk.sqlite3"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM audit_entry WHERE table_name='person'").fetchone()[0]
    finally:
        conn.close()
    print(f"delay {delay}: {people} people")
    assert people in (0, N) and audit == people
    again = open_store(DataDir.resolve(folder))  # and the desk opens it again
    again.close()
