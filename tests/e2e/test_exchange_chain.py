"""The chain between a village and the township through real life: a clock set back, a commit
that fails, a lost acknowledgement, a replayed one, a malformed one, and a restored backup.
Each asserts that every record ends up at the township exactly once and a refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tests.conftest import TODAY
from tests.e2e.test_exchange import TOWNSHIP_PIN, World
from villagedesk.core import roster
from villagedesk.core import settings as centre_settings
from villagedesk.core.deliberation.config import MAJOR_MATTERS
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.engine import sqlite_backup
from villagedesk.db.models import ExportLog, Person, ReceivedPackage, TownshipRecord, UserRole
from villagedesk.db.models.exchange import ExchangeState
from villagedesk.db.store import open_store
from villagedesk.exchange import township as tw
from villagedesk.exchange import township_keys
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.keys import b64
from villagedesk.exchange.package import Refusal
from villagedesk.paths import DataDir

CODE = "320902104203"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def records_in(path) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    archive = zipfile.ZipFile(path)
    return {
        n[len("records/") : -len(".json")]: json.loads(archive.read(n))
        for n in archive.namelist()
        if n.startswith("records/")
    }


def apply_ack(store, ack):  # type: ignore[no-untyped-def]
    with unit_of_work(store.sessions, actor="tester") as s:
        return import_ack(s, store.data_dir, ack)


def edit(store, group: str, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    with unit_of_work(store.sessions, actor="tester") as s:
        person = sorted(roster.search_people(s), key=lambda p: p.id)[index]
        roster.update_person(s, person.id, roster.PersonData(name=person.name, group_name=group), today=TODAY)
        return s.scalars(select(Person.uuid).where(Person.id == person.id)).one()


def township_person(world, uuid):  # type: ignore[no-untyped-def]
    with world.town() as s:
        record = s.scalars(select(TownshipRecord).where(TownshipRecord.uuid == uuid)).one()
        return json.loads(record.data_json)


def test_a_record_edited_with_the_clock_set_back_travels_in_the_next_package_once(world, monkeypatch):
    store = world.village()
    _report, ack = world.import_(world.export(CODE))
    apply_ack(store, ack)
    import villagedesk.db.audit as audit

    monkeypatch.setattr(audit, "utcnow", lambda: dt.datetime(2001, 1, 1, tzinfo=dt.UTC))  # a flat battery
    uuid = edit(store, "回拨时钟组")
    second = world.export(CODE)
    rows = [r["uuid"] for rows in records_in(second).values() for r in rows]
    assert rows == [uuid]  # the edit, exactly once, and nothing else
    report, ack = world.import_(second)
    assert report.summary["person"].updated == 1 and report.totals().conflicts == 0
    assert township_person(world, uuid)["group_name"] == "回拨时钟组"
    apply_ack(store, ack)
    assert sum(len(r) for r in records_in(world.export(CODE, folder="third")).values()) == 0


def test_the_township_commits_first_and_a_failed_commit_writes_no_acknowledgement(world, monkeypatch):
    world.village()
    path = world.export(CODE)
    real_commit = Session.commit

    def full_disk(self):  # type: ignore[no-untyped-def]
        if self.info.get("reason", "").startswith("import"):
            raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))
        return real_commit(self)

    before = world.snapshot()
    monkeypatch.setattr(Session, "commit", full_disk)
    outcome = tw.import_file(world.town, path)
    assert not outcome.imported and "disk is full" in outcome.message()
    assert outcome.ack is None and not list(path.parent.glob("*.vdack"))
    monkeypatch.setattr(Session, "commit", real_commit)
    assert world.snapshot() == before
    outcome = tw.import_file(world.town, path)  # the disk has room again
    assert outcome.imported and outcome.ack is not None and outcome.ack.exists()


def test_a_lost_acknowledgement_is_written_again(world, monkeypatch):
    store = world.village()
    path = world.export(CODE)
    import villagedesk.exchange.township as township_module

    def pulled(target, data):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(township_module, "write_atomically", pulled)
    outcome = tw.import_file(world.town, path)
    monkeypatch.undo()
    assert outcome.imported and outcome.ack is None and "township ack --again" in outcome.message()
    assert world.count(ReceivedPackage) == 1  # the import itself stands
    out = world.tmp / "again"
    url = str(world.engine.url.render_as_string(hide_password=False))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "villagedesk",
            "--pin-stdin",
            "township",
            "--db",
            url,
            "ack",
            "--again",
            CODE,
            "1",
        ]
        + ["--out", str(out)],
        input=TOWNSHIP_PIN + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr
    result = apply_ack(store, out / f"ack-{CODE}-0001.vdack")
    assert result.sequence == 1 and result.newly_acknowledged == 1 and not result.rejoined
    # bringing the same package again writes its acknowledgement again too, and imports nothing twice
    again = tw.import_file(world.town, path)
    assert again.report.already_imported and again.ack is not None
    assert apply_ack(store, again.ack).newly_acknowledged == 0
    with pytest.raises(ValidationError) as err, unit_of_work(world.town) as s:
        tw.write_ack_for(s, CODE, 2, out)
    assert "has not been imported" in err.value.render()


def test_an_older_acknowledgement_is_refused_and_rolls_nothing_back(world):
    store = world.village()
    with unit_of_work(world.town) as s:
        tw.set_catalogues(s, {"major_matters": ["旧目录"]})
    _r, first = world.import_(world.export(CODE, folder="a"))
    with unit_of_work(world.town) as s:
        tw.set_catalogues(s, {"major_matters": ["新目录一", "新目录二"]})
    edit(store, "二组")
    _r, second = world.import_(world.export(CODE, folder="b"))
    assert apply_ack(store, second).catalogues_applied == ["major_matters"]
    with store.sessions() as s:
        state_before = s.get(ExchangeState, 1).high_water
    with pytest.raises(ValidationError) as err:
        apply_ack(store, first)
    assert "older than the acknowledgement already applied" in err.value.render()
    with store.sessions() as s:
        assert centre_settings.get(s, MAJOR_MATTERS) == ["新目录一", "新目录二"]
        assert s.get(ExchangeState, 1).high_water == state_before > 0
    assert apply_ack(store, second).already_applied


def test_a_clerk_applies_an_acknowledgement_with_catalogues(world):
    store = world.village()
    from villagedesk.core import users

    with unit_of_work(store.sessions, actor="tester") as s:
        users.create_user(s, "小李", UserRole.CLERK, "135724")
    with unit_of_work(world.town) as s:
        tw.set_catalogues(s, {"major_matters": ["村道建设"]})
    _r, ack = world.import_(world.export(CODE))
    with unit_of_work(store.sessions, actor="小李") as s:
        assert import_ack(s, store.data_dir, ack).catalogues_applied == ["major_matters"]
    with store.sessions() as s:
        assert centre_settings.get(s, MAJOR_MATTERS) == ["村道建设"]


def test_a_malformed_acknowledgement_is_a_clear_refusal(world):
    store = world.village()
    _r, ack = world.import_(world.export(CODE))
    wrapper = json.loads(ack.read_text(encoding="utf-8"))
    good = json.loads(wrapper["body"])
    with world.town() as s:
        signer = township_keys.private_keys(tw.township(s))[1]

    def signed(body) -> str:  # type: ignore[no-untyped-def]
        text = json.dumps(body, ensure_ascii=False)
        return json.dumps({"body": text, "signature": b64(signer.sign(text.encode()))})

    cases = {
        "sequence": signed(good | {"sequence": "abc"}),
        "package_hash": signed({k: v for k, v in good.items() if k != "package_hash"}),
        "head": signed(good | {"head": ["x"]}),
        "catalogues": signed(good | {"catalogues": ["x"]}),
        "high_water": signed(good | {"high_water": -5}),
        "不是": "not json at all",
        "回执": json.dumps({"body": 5, "signature": "x"}),
    }
    for needle, text in cases.items():
        bad = world.tmp / "bad.vdack"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ValidationError) as err:
            apply_ack(store, bad)
        from villagedesk.i18n import load_translator, tr_core

        load_translator("zh_CN")
        message = err.value.render(tr_core)
        assert len(message) < 200 and (needle in message or needle in err.value.render()), message
    bad_value = world.tmp / "bad-value.vdack"
    bad_value.write_text(signed(good | {"catalogues": {"major_matters": 5}}), encoding="utf-8")
    with pytest.raises(ValidationError):
        apply_ack(store, bad_value)
    with store.sessions() as s:  # nothing of it was applied
        assert s.scalars(select(ExportLog)).one().acknowledged_at is None
        assert s.get(ExchangeState, 1).high_water == 0


def test_restore_then_export_twice_continues_the_township_chain(world):
    store = world.village()
    _r, ack = world.import_(world.export(CODE, folder="1"))
    apply_ack(store, ack)
    backup = world.tmp / "backup.sqlite3"
    sqlite_backup(store.data_dir.database, backup)
    lost_uuid = edit(store, "备份后改的组")
    world.import_(world.export(CODE, folder="2"))  # the township has package 2; its ack never came back

    # the disk dies; the backup is restored (from before package 2), by the desk's restore, which
    # writes the restore's audit entry (a database copied over by hand would be a rewritten history)
    store.close()
    from villagedesk.core.backup import restore_backup
    from villagedesk.db.migrate import known_revisions

    restore_backup(
        backup, store.data_dir.database, store.data_dir.backups, CODE, known_revisions(), actor="tester"
    )
    store = open_store(DataDir.resolve(world.tmp / CODE))
    world.villages[CODE] = store

    # exporting before the township's acknowledgement reuses number 2: refused, nothing changes
    stale = world.export(CODE, folder="stale")
    before = world.snapshot()
    with pytest.raises(tw.PackageError) as err:
        world.import_(stale)
    assert err.value.refusal is Refusal.OUT_OF_SEQUENCE and "acknowledgement" in err.value.detail
    assert world.snapshot() == before

    # the procedure: the township writes its newest acknowledgement again, the village imports it
    with unit_of_work(world.town) as s:
        newest = tw.write_ack_for(s, CODE, 2, world.tmp / "again")
    result = apply_ack(store, newest)
    assert result.rejoined and result.voided == [2]

    # an edit after the restore travels as a newer version, not as a conflict
    assert edit(store, "恢复后改的组") == lost_uuid
    third = world.export(CODE, folder="3")
    report, ack3 = world.import_(third)
    assert report.sequence == 3 and report.summary["person"].updated == 1 and report.totals().conflicts == 0
    assert report.history is not None and report.history.restored  # accepted, and flagged
    assert township_person(world, lost_uuid)["group_name"] == "恢复后改的组"
    apply_ack(store, ack3)
    other = edit(store, "第二次导出", index=1)
    fourth = world.export(CODE, folder="4")
    assert [r["uuid"] for rows in records_in(fourth).values() for r in rows] == [other]
    report, _ = world.import_(fourth)
    assert report.sequence == 4 and report.summary["person"].updated == 1
    with world.town() as s:
        assert sorted(s.scalars(select(ReceivedPackage.sequence))) == [1, 2, 3, 4]
        uuids = s.scalars(select(TownshipRecord.uuid)).all()
        assert len(uuids) == len(set(uuids))  # every record exactly once
        assert s.scalar(select(func.count()).select_from(tw.ImportConflict)) == 0


def test_counter_numbers_every_write_and_survives_a_new_session(world):
    store = world.village()
    with store.sessions() as s:
        start = s.get(ExchangeState, 1).counter
    uuid = edit(store, "计数组")
    with store.sessions() as s:
        person = s.scalars(select(Person).where(Person.uuid == uuid)).one()
        assert person.change_counter == start + 1 == s.get(ExchangeState, 1).counter
        counters = s.scalars(select(Person.change_counter)).all()
        assert len(counters) == len(set(counters))  # no two writes share a number


@pytest.fixture
def small_disk(tmp_path):  # type: ignore[no-untyped-def]
    """A real 8 MB tmpfs for the township's SQLite store (needs root, as on CI; skipped otherwise)."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root?)")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def test_a_disk_that_fills_at_the_township_writes_no_acknowledgement(tmp_path, small_disk):
    world = World(tmp_path, f"sqlite:///{small_disk / 'township.sqlite3'}")
    try:
        world.village()
        path = world.export(CODE)
        filler = small_disk / "filler"
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        filler.write_bytes(b"\0" * max(free - 48 * 1024, 0))
        before = world.snapshot()
        outcome = tw.import_file(world.town, path)
        assert not outcome.imported and outcome.failure, outcome
        assert "full" in outcome.message() and len(outcome.message()) < 200
        assert outcome.ack is None and not list(path.parent.glob("*.vdack"))
        assert world.snapshot() == before  # nothing half-stored
        filler.unlink()
        outcome = tw.import_file(world.town, path)
        assert outcome.imported and outcome.ack is not None and outcome.ack.exists()
        assert world.count(ReceivedPackage) == 1
    finally:
        world.close()
