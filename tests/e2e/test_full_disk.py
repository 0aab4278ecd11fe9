"""A full disk anywhere: one clear Chinese message naming the folder, and no record half-written.
Uses a real small tmpfs (needs root, as on CI; skipped where mounting is not permitted)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import sample_centre
from villagedesk.core.centre import create_centre
from villagedesk.core.errors import DiskFullError
from villagedesk.core.session import unit_of_work
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir


@pytest.fixture
def small_disk(tmp_path):  # type: ignore[no-untyped-def]
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root?)")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill(folder, leave: int = 0) -> None:  # type: ignore[no-untyped-def]
    vfs = os.statvfs(folder)
    (folder / "filler").write_bytes(b"\0" * max(vfs.f_bavail * vfs.f_frsize - leave, 0))


def cli(data_dir, *args):  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="zh_CN")
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def integrity(database) -> str:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(str(database))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_demo_of_ten_years_on_a_full_disk_ends_with_one_clear_message(small_disk):
    folder = small_disk / "centre"
    proc = cli(folder, "demo", "--years", "10", "--as-of", "2026-11-26")
    assert proc.returncode == 1, proc.stdout
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "磁盘已满" in lines[0] and str(folder) in lines[0], proc.stderr
    database = folder / "villagedesk.sqlite3"
    assert integrity(database) == "ok"
    conn = sqlite3.connect(str(database))
    try:  # all or nothing: the demo is one transaction, none of it was written
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM centre_profile").fetchone()[0] == 0
    finally:
        conn.close()
    assert cli(folder, "info").returncode == 0  # the folder is still usable


def test_a_write_on_a_full_disk_is_undone_whole_and_names_the_folder(small_disk):
    from villagedesk.core import roster

    data_dir = DataDir.resolve(small_disk / "centre")
    store = open_store(data_dir)
    try:
        with unit_of_work(store.sessions, actor="system") as s:
            create_centre(s, sample_centre())
        fill(small_disk)
        with pytest.raises(DiskFullError) as err:
            with unit_of_work(store.sessions, actor="system") as s:
                for i in range(3000):
                    roster.add_person(
                        s, roster.PersonData(name="村民" + chr(0x4E00 + i), notes="很长的备注" * 40)
                    )
        assert err.value.folder == str(data_dir.root)
        (small_disk / "filler").unlink()
        with store.sessions() as s:
            assert roster.search_people(s) == []  # none of the 3000 half-written
    finally:
        store.close()
    assert integrity(data_dir.database) == "ok"


def test_a_backup_onto_a_full_disk_names_the_folder_and_leaves_no_part(small_disk, centre_store):
    from villagedesk.core import backup

    fill(small_disk)
    with pytest.raises(DiskFullError) as err:
        backup.make_backup(centre_store.data_dir.database, small_disk / "usb", "usb", "村口老槐树下的石碾")
    assert err.value.folder == str(small_disk / "usb")
    assert [p.name for p in (small_disk / "usb").iterdir()] == []


def test_the_desk_shows_a_full_disk_as_one_message_not_an_error(small_disk, qapp, translator):
    from villagedesk.ui import errors
    from villagedesk.ui.dialogs import RecordingDialogs

    dialogs = RecordingDialogs()
    errors.set_dialog_service(dialogs, small_disk)
    try:
        try:
            with open(small_disk / "scan.png", "wb") as handle:
                handle.write(b"\0" * 4 * 2**20)
        except OSError as exc:
            errors.report_exception(None, exc, "trace")
    finally:
        errors.set_dialog_service(errors.DialogService())
    assert [kind for kind, _, _ in dialogs.shown] == ["warning"]
    _, _title, text = dialogs.shown[0]
    assert "磁盘已满" in text and str(small_disk) in text


def test_a_township_import_on_a_full_disk_says_so_in_chinese_and_stores_nothing(
    tmp_path, small_disk, translator
):
    from tests.e2e.test_exchange import World
    from villagedesk.exchange import township as tw

    world = World(tmp_path, f"sqlite:///{small_disk / 'township.sqlite3'}")
    try:
        world.village()
        path = world.export("320902104203")
        fill(small_disk, leave=16 * 1024)
        before = world.snapshot()
        outcome = tw.import_file(world.town, path)
        message = outcome.message(lambda s: translator.translate("core", s) or s)
        assert not outcome.imported and outcome.ack is None
        assert "磁盘已满" in message and str(small_disk) in message and len(message) < 200, message
        assert world.snapshot() == before
    finally:
        world.close()
