"""`township backup` and `restore`: a logical copy written by the app, keys included and encrypted,
that restores the same on SQLite and PostgreSQL (a SQLite copy into PostgreSQL and back)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from tests.e2e.conftest import PG_URL, _pg_database
from tests.e2e.test_exchange import TOWNSHIP_ADMIN, TOWNSHIP_PIN, World
from villagedesk.core import users
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import TownshipRecord
from villagedesk.exchange import township as tw
from villagedesk.exchange import township_backup, township_keys
from villagedesk.exchange.keys import b64, raw_private
from villagedesk.exchange.township import open_township

CODE = "320902104203"
ADMIN, ADMIN_PIN = TOWNSHIP_ADMIN, TOWNSHIP_PIN
PASSPHRASE = "盐东镇备份口令2026"


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    w.village()
    w.import_(w.export(CODE))
    yield w
    w.close()


def township(url: str, *args: str, stdin: str):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--pin-stdin", "township", "--db", url, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en"),
    )


def state(url: str) -> tuple:
    """Everything a user of the township would notice: the records with their sealed fields opened,
    the overview, the kept PDFs, the users and the township key."""
    engine, sessions = open_township(url)
    try:
        with sessions() as s:
            records = sorted(
                (r.uuid, r.version, r.data_json, repr(sorted(tw.open_sealed(s, r).items())))
                for r in s.scalars(select(TownshipRecord))
            )
            overview = [(v.code, v.last_sequence, v.values) for v in tw.overview(s, dt_today())]
            pdfs = [(p.notice_uuid, p.size) for p in tw.list_notice_pdfs(s, CODE)]
            people = [(u.name, u.is_admin) for u in users.users(s)]
            return records, overview, pdfs, people, tw.public_key(tw.township(s)).fingerprint
    finally:
        engine.dispose()


def dt_today():  # type: ignore[no-untyped-def]
    from tests.conftest import TODAY

    return TODAY


def other_url(tmp_path, kind: str, name: str) -> str:
    if kind == "postgresql":
        if not PG_URL:
            pytest.skip("set VILLAGEDESK_PG_URL to restore into PostgreSQL")
        return _pg_database()
    return f"sqlite:///{tmp_path / name}"


def test_backup_restores_into_sqlite_and_postgresql_and_back(world, tmp_path, township_url):
    url = world.engine.url.render_as_string(hide_password=False)
    world.engine.dispose()
    before = state(url)
    copy = tmp_path / "township.vdtb"
    made = township(url, "backup", str(copy), stdin=f"{ADMIN_PIN}\n{PASSPHRASE}\n")
    assert made.returncode == 0, made.stderr
    raw = copy.read_bytes()
    with world.town() as s:
        private = b64(raw_private(township_keys.private_keys(tw.township(s))[0])).encode()
    assert private not in raw and "新桥村".encode() not in raw  # keys and records encrypted
    # into SQLite (from whichever the test runs on), then into PostgreSQL (or SQLite) again
    sqlite_url = other_url(tmp_path, "sqlite", "restored.sqlite3")
    done = township(sqlite_url, "restore", str(copy), stdin=f"{ADMIN_PIN}\n{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert state(sqlite_url) == before
    second = tmp_path / "again.vdtb"
    assert township(sqlite_url, "backup", str(second), stdin=f"{ADMIN_PIN}\n{PASSPHRASE}\n").returncode == 0
    back_url = other_url(
        tmp_path, "postgresql" if township_url.startswith("postgresql") else "sqlite", "b.db"
    )
    again = township(back_url, "restore", str(second), stdin=f"{ADMIN_PIN}\n{PASSPHRASE}\n")
    assert again.returncode == 0, again.stderr
    assert state(back_url) == before
    # the restored store goes on: the next package imports and new rows get new ids
    engine, sessions = open_township(back_url)
    try:
        world.town = sessions
        report, ack = world.import_(world.export(CODE, full=True, folder="usb2"))
        assert report.sequence == 2 and ack is not None and report.totals().conflicts == 0
    finally:
        engine.dispose()


def test_restore_refuses_a_wrong_passphrase_a_wrong_pin_and_a_store_in_use(world, tmp_path):
    url = world.engine.url.render_as_string(hide_password=False)
    copy = tmp_path / "t.vdtb"
    with unit_of_work(world.town, actor=ADMIN) as s:
        township_backup.make_backup(s, world.engine, copy, PASSPHRASE)
    target = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    wrong = township(target, "restore", str(copy), stdin=f"{ADMIN_PIN}\nnot the passphrase\n")
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr
    bad_pin = township(target, "restore", str(copy), stdin=f"135792\n{PASSPHRASE}\n")
    assert bad_pin.returncode == 1 and "wrong PIN" in bad_pin.stderr
    engine, sessions = open_township(target)
    with sessions() as s:
        assert s.scalars(select(TownshipRecord)).first() is None  # nothing stayed
    engine.dispose()
    in_use = township(url, "restore", str(copy), stdin=f"{ADMIN_PIN}\n{PASSPHRASE}\n")
    assert in_use.returncode == 1 and "already holds township" in in_use.stderr
    clerk = "钱干事"
    with unit_of_work(world.town, actor=ADMIN) as s:
        tw.add_township_user(s, clerk, tw.TOWNSHIP_ROLES["operator"], "975318")
    denied = subprocess.run(
        [
            sys.executable,
            "-m",
            "villagedesk",
            "--user",
            clerk,
            "--pin-stdin",
            "township",
            "--db",
            url,
            "backup",
            str(tmp_path / "x.vdtb"),
        ],
        input=f"975318\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG="en"),
    )
    assert denied.returncode == 1 and "may not back up" in denied.stderr
    assert not (tmp_path / "x.vdtb").exists()
