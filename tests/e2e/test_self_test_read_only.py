"""`--self-test` opens the desk without a PIN, so it must not act as the administrator: it signs in
as a read-only identity, may do nothing, and writes nothing to the database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from villagedesk.paths import DataDir


def snapshot(db) -> tuple:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return tuple((t, tuple(conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall())) for t in tables)
    finally:
        conn.close()


def test_the_self_test_writes_nothing(tmp_path, demo_templates):
    data_dir = demo_templates.copy_to(DataDir.resolve(tmp_path / "village"))
    before = snapshot(data_dir.database)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir.root), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test ok" in done.stdout
    assert snapshot(data_dir.database) == before  # not one row written, not one audit entry
