"""The township's private keys are encrypted at rest: sealed in the store with a key file kept
outside it (0600). An old store with keys in clear is sealed on first open; a missing or foreign
key file is a clear refusal; backup → restore on a new PC carries the key file and goes on."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, update

from tests.e2e.test_exchange import TOWNSHIP_ADMIN, TOWNSHIP_PIN, World
from tests.e2e.test_township_backup import other_url
from villagedesk.core.session import unit_of_work
from villagedesk.db.base import Base
from villagedesk.db.models import TownshipInfo, TownshipRecord
from villagedesk.exchange import township as tw
from villagedesk.exchange import township_backup, township_keys
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.keys import b64, raw_private
from villagedesk.exchange.township import open_township

CODE = "320902104203"
PASSPHRASE = "盐东镇备份口令2026"


def secrets_of(world: World) -> list[bytes]:
    """Every form the private keys could take in a careless store: raw, base64, hex."""
    with world.town() as s:
        keys = township_keys.private_keys(tw.township(s))
    forms = []
    for key in keys:
        raw = raw_private(key)
        forms += [raw, b64(raw).encode(), raw.hex().encode(), raw.hex().upper().encode()]
    return forms


def dump(url: str) -> bytes:
    """Every row of every table of the store, as bytes (and the SQLite file itself)."""
    engine = create_engine(url)  # as anyone holding the database would read it: no key file needed
    parts: list[bytes] = []
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                for row in conn.execute(select(table)):
                    for value in row:
                        parts.append(value if isinstance(value, bytes) else str(value).encode("utf-8"))
    finally:
        engine.dispose()
    if url.startswith("sqlite:///"):
        db = Path(url[len("sqlite:///") :])
        for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-journal")):
            if path.exists():
                parts.append(path.read_bytes())
    return b"\n".join(parts)


def assert_no_key_in(url: str, forms: list[bytes]) -> None:
    everything = dump(url)
    assert all(form not in everything for form in forms)


@pytest.fixture
def world(tmp_path, township_url):
    w = World(tmp_path, township_url)
    yield w
    w.close()


def url_of(world: World) -> str:
    return world.engine.url.render_as_string(hide_password=False)


def test_no_private_key_bytes_in_the_database_and_the_key_file_is_the_owners_only(world):
    world.village()
    report, ack = world.import_(world.export(CODE))
    assert report.totals().new > 300 and ack is not None
    forms = secrets_of(world)
    url = url_of(world)
    world.engine.dispose()
    assert_no_key_in(url, forms)
    key_file = township_keys.key_file_path(url)
    assert key_file.exists() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert all(form not in key_file.read_bytes() for form in forms)  # it holds the store key only
    with world.town() as s:
        info = tw.township(s)
        assert township_keys.is_sealed(info.x25519_private) and township_keys.is_sealed(info.ed25519_private)


def test_an_old_store_with_keys_in_clear_is_sealed_on_first_open_and_goes_on(world):
    """A store made before the keys were sealed: the first open moves them under a new key file,
    scrubs the clear copies from the database, and the village's packages still import."""
    store = world.village()
    first = world.export(CODE)
    forms = secrets_of(world)
    url = url_of(world)
    with world.town() as s:
        x, e = (b64(raw_private(k)) for k in township_keys.private_keys(tw.township(s)))
    with unit_of_work(world.town) as s:  # what a store of session 3 holds
        s.execute(update(TownshipInfo).values(x25519_private=x, ed25519_private=e))
    world.engine.dispose()
    key_file = township_keys.key_file_path(url)
    key_file.unlink()
    world.engine, world.town = open_township(url)  # the first open seals them
    assert key_file.exists() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    world.engine.dispose()
    assert_no_key_in(url, forms)  # not even in freed pages of the SQLite file
    world.engine, world.town = open_township(url)
    report, ack = world.import_(first)
    assert report.totals().new > 300 and ack is not None  # same keys: the package opens and is acknowledged
    with unit_of_work(store.sessions, actor="tester") as s:
        assert import_ack(s, store.data_dir, ack).sequence == 1


def run_cli(url: str, *args: str, stdin: str = "", lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "villagedesk", "--pin-stdin", "township", "--db", url, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", VILLAGEDESK_LANG=lang),
    )


def test_a_missing_or_foreign_key_file_is_a_clear_refusal_in_chinese(world, tmp_path):
    world.village()
    path = world.export(CODE)
    url = url_of(world)
    world.engine.dispose()
    before = dump(url)
    key_file = township_keys.key_file_path(url)
    kept = key_file.read_bytes()
    key_file.unlink()
    missing = run_cli(url, "report", "--out", str(tmp_path / "o.xlsx"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "密钥文件" in missing.stderr and str(key_file) in missing.stderr and "备份" in missing.stderr
    refused = run_cli(url, "import", str(path), stdin=TOWNSHIP_PIN + "\n")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and str(key_file) in refused.stderr
    # another store's key file put there by mistake
    other = World(tmp_path / "other", f"sqlite:///{tmp_path / 'other' / 'town.sqlite3'}")
    other_key = township_keys.key_file_path(url_of(other))
    other.close()
    key_file.write_bytes(other_key.read_bytes())
    foreign = run_cli(url, "report", "--out", str(tmp_path / "o.xlsx"))
    assert foreign.returncode == 1 and "Traceback" not in foreign.stderr
    assert "不是" in foreign.stderr or "另一" in foreign.stderr, foreign.stderr
    assert dump(url) == before  # refusing changed nothing
    # the right file back: everything works again
    key_file.write_bytes(kept)
    os.chmod(key_file, 0o644)  # copied back carelessly: the owner only, again
    world.engine, world.town = open_township(url)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    report, ack = world.import_(path)
    assert report.totals().new > 300 and ack is not None


def test_the_township_window_says_what_is_missing(tmp_path, qtbot):
    from villagedesk.ui.dialogs import RecordingDialogs
    from villagedesk.ui.township_window import run_township

    url = f"sqlite:///{tmp_path / 'town.sqlite3'}"
    engine, sessions = open_township(url)
    with unit_of_work(sessions) as s:
        tw.init_township(s, "盐东镇", "320902104", TOWNSHIP_ADMIN, TOWNSHIP_PIN)
    engine.dispose()
    township_keys.key_file_path(url).unlink()
    dialogs = RecordingDialogs()
    assert run_township(url, dialogs) == 1
    ((kind, _title, text),) = dialogs.shown
    assert kind == "error" and str(township_keys.key_file_path(url)) in text


def test_backup_restore_on_a_new_pc_carries_the_key_file_and_goes_on(world, tmp_path, township_url):
    """The township PC died: the backup restored into a fresh store on another PC (no key file
    there) opens the keys, imports the next package and acknowledges it at the village."""
    store = world.village()
    world.import_(world.export(CODE))
    forms = secrets_of(world)
    copy = tmp_path / "township.vdtb"
    with unit_of_work(world.town, actor=TOWNSHIP_ADMIN) as s:
        township_backup.make_backup(s, world.engine, copy, PASSPHRASE)
    old_key = township_keys.key_file_path(url_of(world)).read_bytes()
    assert all(form not in copy.read_bytes() for form in forms) and old_key not in copy.read_bytes()
    world.engine.dispose()
    new_url = other_url(
        tmp_path, "postgresql" if township_url.startswith("postgresql") else "sqlite", "newpc/town.sqlite3"
    )
    new_key = township_keys.key_file_path(new_url)
    assert not new_key.exists()
    done = run_cli(new_url, "restore", str(copy), stdin=f"{TOWNSHIP_PIN}\n{PASSPHRASE}\n", lang="en")
    assert done.returncode == 0, done.stderr
    assert new_key.exists() and stat.S_IMODE(new_key.stat().st_mode) == 0o600
    assert_no_key_in(new_url, forms)
    world.engine, world.town = open_township(new_url)
    with unit_of_work(store.sessions, actor="tester") as s:
        from villagedesk.core import roster

        person = roster.search_people(s)[0]
        roster.update_person(s, person.id, roster.PersonData(name=person.name, group_name="十组"))
    report, ack = world.import_(world.export(CODE, folder="usb2"))
    assert report.sequence == 2 and report.summary["person"].updated == 1 and ack is not None
    with unit_of_work(store.sessions, actor="tester") as s:
        assert import_ack(s, store.data_dir, ack).sequence == 2
    with world.town() as s:  # the sealed fields received before the restore still open
        record = s.scalars(
            select(TownshipRecord).where(TownshipRecord.sealed != "", TownshipRecord.record_type == "person")
        ).first()
        assert "phone" in tw.open_sealed(s, record) or "birth_date" in tw.open_sealed(s, record)
