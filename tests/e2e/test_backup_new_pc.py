"""A village whose PC died: an encrypted backup restored on a new PC carries on the chain the
township knows, signed with the same key."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import select

from tests.e2e.test_exchange import World
from tests.e2e.test_exchange_chain import CODE, apply_ack, edit, records_in, township_person
from villagedesk.core import backup
from villagedesk.db.migrate import known_revisions
from villagedesk.db.models import ReceivedPackage, TownshipRecord
from villagedesk.db.store import open_store
from villagedesk.exchange.keys import VILLAGE_KEY_FILE, village_signing_key
from villagedesk.paths import DataDir

PASS = "村口老槐树下的石碾"


@pytest.fixture
def world(tmp_path, township_url):  # type: ignore[no-untyped-def]
    w = World(tmp_path, township_url)
    yield w
    w.close()


def new_pc(world: World, name: str, backup_file, key_made_first: bool = False):  # type: ignore[no-untyped-def]
    store = open_store(DataDir.resolve(world.tmp / name))
    if key_made_first:  # the clerk tried an export on the new PC before restoring: a new key was made
        village_signing_key(store.data_dir.keys)
    store.engine.dispose()
    info, _ = backup.restore_backup(
        backup_file, store.data_dir.database, store.data_dir.backups, None, known_revisions(), PASS
    )
    assert info.signing_key and info.division_code == CODE
    world.villages[CODE] = store
    return store


@pytest.mark.parametrize("key_made_first", [False, True])
def test_a_new_pc_restored_from_an_encrypted_backup_exports_what_the_township_accepts(world, key_made_first):
    store = world.village()
    _report, ack = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack)
    changed = edit(store, "换电脑前改的组")
    usb = backup.make_backup(store.data_dir.database, world.tmp / "usb-stick", "usb", PASS)
    old_key = (store.data_dir.keys / VILLAGE_KEY_FILE).read_bytes()
    assert old_key not in usb.read_bytes()  # the private key travels sealed
    store.close()  # the PC dies

    store = new_pc(world, "new-pc", usb, key_made_first)
    key_file = store.data_dir.keys / VILLAGE_KEY_FILE
    assert key_file.read_bytes() == old_key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    aside = list(store.data_dir.keys.glob(f"{VILLAGE_KEY_FILE}.before-restore-*"))
    assert len(aside) == (1 if key_made_first else 0)  # a key made on the new PC is kept, never deleted

    second = world.export(CODE, folder="2")
    assert changed in [r["uuid"] for rows in records_in(second).values() for r in rows]
    report, ack2 = world.import_(second)  # signed with the enrolled key: accepted
    assert report.sequence == 2 and report.totals().conflicts == 0
    assert township_person(world, changed)["group_name"] == "换电脑前改的组"
    apply_ack(store, ack2)
    with world.town() as s:
        assert sorted(s.scalars(select(ReceivedPackage.sequence))) == [1, 2]
        uuids = s.scalars(select(TownshipRecord.uuid)).all()
        assert len(uuids) == len(set(uuids))


def test_a_plain_backup_never_holds_the_signing_key(world):
    store = world.village()
    world.export(CODE)  # the key exists
    plain = backup.make_backup(store.data_dir.database, store.data_dir.backups)
    key = (store.data_dir.keys / VILLAGE_KEY_FILE).read_bytes()
    assert key not in plain.read_bytes() and not backup.inspect_backup(plain).signing_key
