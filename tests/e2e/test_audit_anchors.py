"""The audit history anchored outside the PC, tried as someone at the keyboard with sqlite3 would:
a vote changed and the whole chain recomputed, the last entries removed with their changes, a
package whose history does not extend the anchored one, a package from an older desk, and a
legitimate restore (accepted and flagged, never taken for a rewrite)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, select, text

from tests.e2e.test_exchange import World
from villagedesk.core import audit, roster
from villagedesk.core.backup import make_backup, restore_backup
from villagedesk.core.session import unit_of_work
from villagedesk.db.audit import GENESIS_HASH, chain_head, link_hash, payload_hash
from villagedesk.db.migrate import known_revisions
from villagedesk.db.models import AuditEntry, Meeting
from villagedesk.db.store import open_store
from villagedesk.exchange import anchors
from villagedesk.exchange import township as tw
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.package import PackageError, Refusal
from villagedesk.paths import DataDir

CODE = "320902104203"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def apply_ack(store, ack):  # type: ignore[no-untyped-def]
    with unit_of_work(store.sessions, actor="tester") as s:
        return import_ack(s, store.data_dir, ack)


def verify(store, with_anchors: bool = True) -> audit.VerifyResult:  # type: ignore[no-untyped-def]
    with store.sessions() as s:
        return audit.verify_chain(s, anchors.local_anchors(store.data_dir) if with_anchors else ())


def recompute_chain(store) -> None:  # type: ignore[no-untyped-def]
    """What an attacker does after editing entries: every hash recomputed with the app's own
    (public, unkeyed) formula, written straight into the file."""
    engine = create_engine(f"sqlite:///{store.data_dir.database}")
    with store.sessions() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    prev = GENESIS_HASH
    with engine.begin() as conn:
        for e in entries:
            p = payload_hash(
                e.at.isoformat(), e.actor, e.action, e.table_name, e.record_uuid, e.changes, e.reason
            )
            h = link_hash(prev, e.action, p)
            conn.execute(
                text("UPDATE audit_entry SET prev_hash=:prev, payload_hash=:p, entry_hash=:h WHERE id=:id"),
                {"prev": prev, "p": p, "h": h, "id": e.id},
            )
            prev = h
    engine.dispose()


def change_a_vote(store) -> str:  # type: ignore[no-untyped-def]
    """One more 'yes' in a meeting, in the record and in the entry that recorded the vote."""
    with store.sessions() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.yes > 0).order_by(Meeting.id)).first()
        assert meeting is not None
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_uuid == meeting.uuid, AuditEntry.changes.contains('"yes"'))
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        changes = json.loads(entry.changes)
        changes["yes"][1] = meeting.yes + 1
        uuid, yes, entry_id = meeting.uuid, meeting.yes + 1, entry.id
    engine = create_engine(f"sqlite:///{store.data_dir.database}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE meeting SET yes=:yes WHERE uuid=:uuid"), {"yes": yes, "uuid": uuid})
        conn.execute(
            text("UPDATE audit_entry SET changes=:c WHERE id=:id"),
            {"c": json.dumps(changes, ensure_ascii=False, sort_keys=True), "id": entry_id},
        )
    engine.dispose()
    recompute_chain(store)
    return uuid


def cli_verify(store, lang: str = "zh_CN"):  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--data-dir", str(store.data_dir.root), "audit", "verify"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def refused_history(world: World, path) -> PackageError:  # type: ignore[no-untyped-def]
    before = world.snapshot()
    with pytest.raises(PackageError) as err:
        world.import_(path)
    assert err.value.refusal is Refusal.HISTORY
    assert world.snapshot() == before  # nothing imported
    return err.value


def test_a_vote_changed_and_the_chain_recomputed_is_named_by_the_anchor(world):
    store = world.village()
    _report, ack = world.import_(world.export(CODE))
    apply_ack(store, ack)
    make_backup(store.data_dir.database, store.data_dir.backups, "manual")
    assert verify(store).ok and verify(store).anchors == 2  # the acknowledgement and the backup agree

    change_a_vote(store)
    assert verify(store, with_anchors=False).ok  # without an anchor the recomputed chain passes
    result = verify(store)
    assert not result.ok and result.kind == "rewritten"
    assert "acknowledgement of package 1" in result.problem
    cli = cli_verify(store)
    assert (
        cli.returncode != 0
        and "修改记录链已损坏（被改写）" in cli.stderr
        and "与乡镇对第 1 个数据包的回执（" in cli.stderr
    )
    assert not re.search(r"[A-Za-z]{4,}", cli.stderr.replace(".vdack", ""))  # Chinese, ids aside
    english = cli_verify(store, lang="en")
    assert "audit chain BROKEN (rewritten)" in english.stderr
    assert "the township's acknowledgement of package 1" in english.stderr

    shutil.rmtree(store.data_dir.root / anchors.ACKS)  # the acknowledgements deleted too
    result = verify(store)
    assert not result.ok and result.kind == "rewritten" and "the backup villagedesk-" in result.problem

    # and the township, which anchored the history, refuses the next package
    error = refused_history(world, world.export(CODE, folder="2"))
    assert "package 1" in error.detail


def test_the_last_entries_removed_with_their_changes_are_caught(world):
    store = world.village()
    with store.sessions() as s:
        kept, _ = chain_head(s.connection())
        last_kept = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id).offset(kept - 1).limit(1)).one()
    with unit_of_work(store.sessions, actor="tester") as s:
        person = roster.add_person(s, roster.PersonData(name="删除者"))
        uuid = person.uuid
    _report, ack = world.import_(world.export(CODE))
    apply_ack(store, ack)

    # the person, and every entry from it on, removed: the chain left is consistent in itself
    engine = create_engine(f"sqlite:///{store.data_dir.database}")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM person WHERE uuid=:u"), {"u": uuid})
        conn.execute(text("DELETE FROM audit_entry WHERE id > :i"), {"i": last_kept})
        conn.execute(text("DELETE FROM export_log"))
    engine.dispose()
    assert verify(store, with_anchors=False).ok
    result = verify(store)
    assert not result.ok and result.kind == "truncated"
    assert "acknowledgement of package 1" in result.problem and f"ends at entry {kept}" in result.problem
    cli = cli_verify(store)
    assert (
        "修改记录链已损坏（被截短）" in cli.stderr
        and f"修改记录只到第 {kept} 条，而乡镇对第 1 个数据包的回执" in cli.stderr
    )

    refused_history(world, world.export(CODE, folder="2"))


def test_a_restore_is_accepted_and_flagged_not_taken_for_a_rewrite(world):
    store = world.village()
    _r, ack1 = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack1)
    backup = make_backup(store.data_dir.database, store.data_dir.backups, "manual")
    with unit_of_work(store.sessions, actor="tester") as s:
        roster.add_person(s, roster.PersonData(name="备份后的人"))
    _r, ack2 = world.import_(world.export(CODE, folder="2"))
    apply_ack(store, ack2)
    with store.sessions() as s:
        anchored, _ = chain_head(s.connection())

    store.close()
    restore_backup(
        backup, store.data_dir.database, store.data_dir.backups, CODE, known_revisions(), actor="tester"
    )
    store = open_store(DataDir.resolve(world.tmp / CODE))
    world.villages[CODE] = store

    result = verify(store)
    assert result.ok, result.problem
    [restore] = result.restores
    assert restore.actor == "tester" and restore.backup == backup.name and restore.anchor_count is not None
    assert restore.backup_count < restore.anchor_count <= anchored
    assert any("pre-restore" in name for name in result.discarded)  # the state before it, named
    cli = cli_verify(store)
    assert cli.returncode == 0, cli.stderr
    assert f"{restore.at} 由 tester 从 {backup.name} 恢复" in cli.stdout and "修改记录链完好" in cli.stdout

    apply_ack(store, ack2)  # back on the township's chain of packages
    report, _ack3 = world.import_(world.export(CODE, folder="3"))
    assert report.history is not None and report.history.restored
    with world.town() as s:
        flags = anchors.flags(s, CODE)
        [row] = tw.overview(s)
    assert flags.restores == 1 and flags.last_restore_package == 3
    assert row.restores == 1


def test_a_rewrite_dressed_as_nothing_after_a_restore_is_still_refused(world):
    """A restore explains the history before it, not a vote changed after the next anchor."""
    store = world.village()
    _r, ack1 = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack1)
    change_a_vote(store)
    refused_history(world, world.export(CODE, folder="2"))


def test_a_package_from_an_older_desk_is_accepted_only_before_the_first_anchor(world, monkeypatch):
    store = world.village()
    import villagedesk.exchange.export as export_module

    real = export_module.anchors.package_audit
    monkeypatch.setattr(export_module.anchors, "package_audit", lambda s, d: (None, None))
    report, ack = world.import_(world.export(CODE, folder="1"))  # no anchor yet: accepted, un-anchored
    assert report.history is not None and not report.history.anchored
    apply_ack(store, ack)
    monkeypatch.setattr(export_module.anchors, "package_audit", real)
    _r, ack = world.import_(world.export(CODE, folder="2"))  # the first anchor
    apply_ack(store, ack)
    monkeypatch.setattr(export_module.anchors, "package_audit", lambda s, d: (None, None))
    error = refused_history(world, world.export(CODE, folder="3"))
    assert "older VillageDesk" in error.detail


def test_the_refusal_reads_in_chinese(world, translator):
    store = world.village()
    _r, ack1 = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack1)
    change_a_vote(store)
    error = refused_history(world, world.export(CODE, folder="2"))
    message = error.render(lambda source: translator.translate("core", source) or source)
    assert "审计" in message and "package" not in message


def test_a_pin_reset_travels_in_full_and_shows_in_the_overview(world):
    store = world.village()
    _r, ack1 = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack1)
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    with unit_of_work(store.sessions, actor="tester") as s:
        users.create_user(s, "新来的文书", UserRole.CLERK, "135724")
        users.set_pin(s, "新来的文书", "147258")  # the administrator's reset
    path = world.export(CODE, folder="2")
    report, _ack = world.import_(path)
    assert report.history is not None and report.history.pin_resets == 1
    assert any("pin_reset" in note and "tester" in note for note in report.history.notes)
    with world.town() as s:
        [row] = tw.overview(s)
    assert row.pin_resets == 1 and row.restores == 0


def test_a_pin_reset_stripped_from_the_package_is_refused(world):
    """The action is part of each link's hash, so a reset cannot travel as an anonymous entry."""
    import zipfile

    from villagedesk.exchange import package as pkg

    store = world.village()
    _r, ack1 = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack1)
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    with unit_of_work(store.sessions, actor="tester") as s:
        users.create_user(s, "新来的文书", UserRole.CLERK, "135724")
        users.set_pin(s, "新来的文书", "147258")
    path = world.export(CODE, folder="2")
    archive = zipfile.ZipFile(path)
    manifest = json.loads(archive.read("manifest.json"))
    chain = json.loads(archive.read(pkg.CHAIN_MEMBER))
    for entry in chain["entries"]:
        entry.pop("d", None)  # the reset's details left out
    records = {
        n[len("records/") : -len(".json")]: json.loads(archive.read(n))
        for n in archive.namelist()
        if n.startswith("records/")
    }
    from villagedesk.exchange.keys import village_signing_key

    for key in ("format_version", "counts", "members"):
        manifest.pop(key)
    data, _ = pkg.build(
        manifest,
        records,
        {},
        village_signing_key(store.data_dir.keys),
        json.dumps(chain).encode("utf-8"),
    )
    forged = path.with_name("forged.vdx")
    forged.write_bytes(data)
    refused_history(world, forged)


def test_a_new_pc_restored_from_a_usb_backup_keeps_the_townships_anchor(world):
    """The acknowledgements kept in the data folder travel in the backup: after a dead PC the
    restored desk still checks its history against the township's anchor."""
    store = world.village()
    _r, ack = world.import_(world.export(CODE))
    apply_ack(store, ack)
    assert verify(store, with_anchors=False).ok
    usb = make_backup(store.data_dir.database, world.tmp / "usb", "usb", "桥头柳树2026")

    new_pc = open_store(DataDir.resolve(world.tmp / "new-pc" / CODE))
    try:
        new_pc.close()
        restore_backup(
            usb, new_pc.data_dir.database, new_pc.data_dir.backups, None, known_revisions(), "桥头柳树2026"
        )
        restored = open_store(DataDir.resolve(world.tmp / "new-pc" / CODE))
        world.villages["new-pc"] = restored
        [kept] = anchors.kept_acks(restored.data_dir)
        assert kept.sequence == 1
        result = verify(restored)
        assert result.ok, result.problem
        assert result.anchors >= 1 and not result.discarded  # the acknowledgement agrees
    finally:
        new_pc.close()
