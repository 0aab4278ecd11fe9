"""Backups: plain in the data folder, encrypted elsewhere; restore checks everything first."""

import datetime as dt
import hashlib
import os

import pytest

from tests.conftest import sample_centre
from villagedesk.core import backup, roster
from villagedesk.core.centre import create_centre
from villagedesk.core.errors import DiskFullError, ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.migrate import known_revisions
from villagedesk.db.store import open_store
from villagedesk.paths import DataDir

PASS = "桥头柳树2026"


def add_people(store, *names):
    with unit_of_work(store.sessions, actor="tester") as s:
        for name in names:
            roster.add_person(s, roster.PersonData(name=name))


def people(store):
    with store.sessions() as s:
        return sorted(r.name for r in roster.search_people(s))


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_in_data_folder_is_plain_and_described(centre_store):
    add_people(centre_store, "王建国", "李秀英")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    raw = path.read_bytes()
    assert raw.startswith(backup.MAGIC2) and not backup.is_encrypted(path)
    assert "王建国".encode() in raw  # plain: it stays inside the data folder
    info = backup.inspect_backup(path)
    assert info.village_name == "新桥村" and info.division_code == "320902104203"
    assert info.counts["people"] == 2 and not info.encrypted


def test_encrypted_backup_roundtrip_and_restore(centre_store, tmp_path):
    add_people(centre_store, "王建国")
    usb = tmp_path / "usb"
    path = backup.make_backup(centre_store.data_dir.database, usb, "usb", PASS)
    raw = path.read_bytes()
    assert raw.startswith(backup.MAGIC2) and backup.is_encrypted(path)
    assert "王建国".encode() not in raw and b"SQLite format 3" not in raw
    add_people(centre_store, "后来的人")
    before = digest(centre_store.data_dir.database)
    centre_store.engine.dispose()
    info, safety = backup.restore_backup(
        path,
        centre_store.data_dir.database,
        centre_store.data_dir.backups,
        "320902104203",
        known_revisions(),
        PASS,
    )
    assert info.encrypted and info.counts["people"] == 1
    assert people(centre_store) == ["王建国"]
    assert digest(centre_store.data_dir.database) != before
    assert backup.inspect_backup(safety).counts["people"] == 2  # the state before the restore is kept


def _refused(centre_store, path, passphrase=None, own="320902104203"):
    centre_store.engine.dispose()
    before = digest(centre_store.data_dir.database)
    with pytest.raises(ValidationError) as err:
        backup.restore_backup(
            path,
            centre_store.data_dir.database,
            centre_store.data_dir.backups,
            own,
            known_revisions(),
            passphrase,
        )
    assert digest(centre_store.data_dir.database) == before  # nothing changed
    return err.value.render()


def test_wrong_passphrase(centre_store, tmp_path):
    path = backup.make_backup(centre_store.data_dir.database, tmp_path, "usb", PASS)
    assert "passphrase does not open" in _refused(centre_store, path, "wrong passphrase")
    assert "is encrypted" in _refused(centre_store, path, None)


@pytest.mark.parametrize("fraction", [0.0, 0.001, 0.3, 0.5, 0.9, 0.999])
def test_truncated_encrypted_backup(centre_store, tmp_path, fraction):
    path = backup.make_backup(centre_store.data_dir.database, tmp_path, "usb", PASS)
    data = path.read_bytes()
    cut = max(len(backup.MAGIC) + 1, int(len(data) * fraction)) if fraction else len(backup.MAGIC) + 2
    path.write_bytes(data[:cut])
    assert "incomplete or damaged" in _refused(centre_store, path, PASS)


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8])
def test_truncated_plain_backup(centre_store, tmp_path, fraction):
    add_people(centre_store, *[f"村民{chr(0x4E00 + i)}" for i in range(300)])
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    data = path.read_bytes()
    damaged = tmp_path / "cut.vdbak"
    damaged.write_bytes(data[: int(len(data) * fraction)])
    assert "incomplete or damaged" in _refused(centre_store, damaged)


def test_not_a_backup(centre_store, tmp_path):
    junk = tmp_path / "photo.vdbak"
    junk.write_bytes(os.urandom(4096))
    assert "is not a VillageDesk backup" in _refused(centre_store, junk)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    assert "is not a VillageDesk backup" in _refused(centre_store, text_file)


def test_backup_of_another_village_refused(centre_store, tmp_path):
    other = open_store(DataDir.resolve(tmp_path / "other"))
    with unit_of_work(other.sessions, actor="system") as s:
        create_centre(s, sample_centre(village_name="东河村", division_code="320902104205"))
    path = backup.make_backup(other.data_dir.database, tmp_path / "out", "usb", PASS)
    other.close()
    message = _refused(centre_store, path, PASS)
    assert "东河村" in message and "320902104205" in message


def test_rotation_keeps_daily_weekly_monthly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2026, 11, 26, 12, 0)
    for hours in range(0, 24 * 500, 7):
        stamp = now - dt.timedelta(hours=hours)
        (folder / f"villagedesk-320902104203-{stamp:%Y%m%d-%H%M%S}-auto.vdbak").write_bytes(b"x")
    backup.rotate(folder, now)
    kept = sorted(backup._stamp_of(p) for p in folder.glob("*.vdbak"))
    assert len(kept) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY + backup.KEEP_NEWEST
    days = {k.date() for k in kept}
    assert all((now.date() - dt.timedelta(days=d)) in days for d in range(7))
    months = {(k.year, k.month) for k in kept}
    assert len(months) >= 12
    assert max(kept) == max(now - dt.timedelta(hours=h) for h in range(0, 24 * 500, 7))


def test_periodic_backup_only_when_changed_and_hourly(centre_store):
    folder = centre_store.data_dir.backups
    t0 = dt.datetime(2026, 11, 26, 9, 0).astimezone()
    assert backup.backup_if_changed(centre_store.data_dir.database, folder, 10, t0) is not None
    assert (
        backup.backup_if_changed(centre_store.data_dir.database, folder, 10, t0 + dt.timedelta(hours=3))
        is None
    )
    assert (
        backup.backup_if_changed(centre_store.data_dir.database, folder, 11, t0 + dt.timedelta(minutes=30))
        is None
    )
    assert backup.backup_if_changed(centre_store.data_dir.database, folder, 11, t0 + dt.timedelta(minutes=61))


def test_short_passphrase_refused(centre_store, tmp_path):
    with pytest.raises(ValidationError):
        backup.make_backup(centre_store.data_dir.database, tmp_path, "usb", "1234")


def test_full_disk_reported(centre_store, tmp_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_write_atomically", no_space)
    with pytest.raises(DiskFullError) as err:
        backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    assert str(tmp_path / "usb") in err.value.render() and "disk is full" in err.value.render()
    assert list((tmp_path / "usb").glob("*")) == []
