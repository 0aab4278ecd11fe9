"""Backups that hold against the person at the keyboard and against real life: a changed byte, a
crafted header, a killed restore, a year of rotation, the meeting scans."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.test_backup import PASS, add_people, digest, people
from villagedesk.core import backup
from villagedesk.core.errors import ValidationError
from villagedesk.db.migrate import known_revisions
from villagedesk.db.store import open_store
from villagedesk.files import SCRATCH, write_checksum

CODE = "320902104203"


def zh(exc: ValidationError, translator) -> str:  # type: ignore[no-untyped-def]
    return exc.render(lambda s: translator.translate("core", s) or s)


def restore(store, path, passphrase=None, own=CODE):  # type: ignore[no-untyped-def]
    store.engine.dispose()
    return backup.restore_backup(
        path, store.data_dir.database, store.data_dir.backups, own, known_revisions(), passphrase
    )


def refused(store, path, passphrase=None) -> ValidationError:  # type: ignore[no-untyped-def]
    store.engine.dispose()
    before = digest(store.data_dir.database)
    with pytest.raises(ValidationError) as err:
        restore(store, path, passphrase)
    assert digest(store.data_dir.database) == before  # nothing changed
    return err.value


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


# -- 1. a checksum over the content, verified before a restore ------------------------------------
@pytest.mark.parametrize("where", ["database", "header", "end"])
def test_plain_backup_with_one_byte_changed_is_refused_in_chinese(centre_store, translator, where):
    add_people(centre_store, "王建国", "李秀英")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    raw = path.read_bytes()
    if where == "database":  # a byte of a person's name inside the database
        offset = raw.index("李秀英".encode())
    elif where == "header":  # the count of people in the header, which a listing shows
        offset = raw.index(b'"people": 2') + len(b'"people": ')
    else:
        offset = len(raw) - 1
    flip(path, offset)
    add_people(centre_store, "后来的人")
    message = zh(refused(centre_store, path), translator)
    assert path.name in message and "已损坏" in message, message
    assert people(centre_store) == ["后来的人", "李秀英", "王建国"]
    assert [p for p in centre_store.data_dir.backups.iterdir() if "pre-restore" in p.name] == []


def test_encrypted_backup_with_one_byte_changed_is_refused_before_the_passphrase(centre_store, tmp_path):
    path = backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    flip(path, len(path.read_bytes()) // 2)
    message = refused(centre_store, path, "any passphrase at all").render()
    assert path.name in message and "checksum" in message


def test_copy_made_before_a_migration_is_checked_against_its_sidecar(centre_store, tmp_path):
    from villagedesk.db.engine import sqlite_backup

    add_people(centre_store, "王建国")
    copy = sqlite_backup(
        centre_store.data_dir.database,
        centre_store.data_dir.backups / "villagedesk-rev0009-20261126-090000-pre-migrate.vdbak",
    )
    write_checksum(copy)
    assert backup.inspect_backup(copy).counts["people"] == 1
    raw = copy.read_bytes()
    flip(copy, raw.index("王建国".encode()))
    assert "checksum" in refused(centre_store, copy).render()


def test_untouched_plain_backup_restores(centre_store):
    add_people(centre_store, "王建国")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    add_people(centre_store, "后来的人")
    info, safety = restore(centre_store, path)
    assert info.checksum and people(centre_store) == ["王建国"]
    assert backup.is_safety_copy(safety) and backup.inspect_backup(safety).counts["people"] == 2


# -- 2. the key-derivation cost in a header is bounded before it is used --------------------------
def crafted(tmp_path: Path, header: dict | bytes, magic: bytes = backup.MAGIC2, sealed: bytes = b"") -> Path:
    head = header if isinstance(header, bytes) else json.dumps(header).encode()
    if magic == backup.MAGIC2:
        data = backup._assemble(head, sealed)  # a correct checksum: the header itself is the attack
    else:
        data = magic + len(head).to_bytes(4, "big") + head + sealed
    path = tmp_path / "crafted.vdbak"
    path.write_bytes(data)
    return path


def encrypted_header(**kdf: object) -> dict:
    return {
        "format": 2,
        "encrypted": True,
        "kdf": {"name": "scrypt", "n": 2**15, "r": 8, "p": 1, **kdf},
        "salt": "00" * 16,
        "nonce": "00" * 12,
        "size": 32,
        "created_at": "2026-11-26T09:00:00+08:00",
    }


@pytest.mark.parametrize(
    "kdf",
    [
        {"n": 2**40},
        {"n": 2**20},
        {"n": 2**15 + 1},
        {"n": 2},
        {"r": 2**20},
        {"r": 0},
        {"p": 2**30},
        {"n": 2**17, "r": 16},
        {"n": -(2**15)},
    ],
)
def test_huge_or_odd_scrypt_cost_in_a_header_is_refused_at_once(centre_store, tmp_path, kdf):
    path = crafted(tmp_path, encrypted_header(**kdf), sealed=b"\0" * 32)
    started = time.monotonic()
    message = refused(centre_store, path, PASS).render()
    assert time.monotonic() - started < 2
    assert "crafted.vdbak" in message and "key-derivation" in message


def test_huge_scrypt_cost_in_a_format_1_header_is_refused(centre_store, tmp_path):
    header = {"format": 1, "kdf": "scrypt", "n": 2**40, "salt": "00" * 16, "nonce": "00" * 12, "size": 32}
    path = crafted(tmp_path, header, magic=backup.MAGIC, sealed=b"\0" * 32)
    started = time.monotonic()
    assert "key-derivation" in refused(centre_store, path, PASS).render()
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "header",
    [
        b"not json at all",
        b"\xff\xfe",
        b"[1, 2, 3]",
        b'"a string"',
        json.dumps({**encrypted_header(), "kdf": {"name": "scrypt", "n": "32768", "r": 8, "p": 1}}).encode(),
        json.dumps({**encrypted_header(), "kdf": {"name": "scrypt", "n": [32768], "r": 8, "p": 1}}).encode(),
        json.dumps({**encrypted_header(), "kdf": {"name": "scrypt", "n": True, "r": 8, "p": 1}}).encode(),
        json.dumps({**encrypted_header(), "kdf": {"name": "argon2", "n": 2**15}}).encode(),
        json.dumps({**encrypted_header(), "kdf": "scrypt"}).encode(),
        json.dumps({**encrypted_header(), "salt": "zz"}).encode(),
        json.dumps({**encrypted_header(), "salt": None}).encode(),
        json.dumps({**encrypted_header(), "size": "32"}).encode(),
        json.dumps({**encrypted_header(), "format": 9}).encode(),
        json.dumps({"format": 2, "encrypted": False, "size": 32, "members": "all"}).encode(),
        json.dumps(
            {"format": 2, "encrypted": False, "size": 32, "members": [["../../etc/x", 32, "0"]]}
        ).encode(),
        json.dumps(
            {"format": 2, "encrypted": False, "size": 32, "members": [["attachments/a", 40, "0"]]}
        ).encode(),
        json.dumps(
            {"format": 2, "encrypted": False, "size": 32, "members": [["acks/../x.vdack", 32, "0"]]}
        ).encode(),
        json.dumps(
            {"format": 2, "encrypted": False, "size": 32, "members": [["acks/a/x.vdack", 32, "0"]]}
        ).encode(),
    ],
)
def test_malformed_header_is_a_clear_refusal(centre_store, tmp_path, header):
    path = crafted(tmp_path, header, sealed=b"\0" * 32)
    message = refused(centre_store, path, PASS).render()
    assert "crafted.vdbak" in message and "header" in message, message


def test_header_length_beyond_the_file_is_incomplete(centre_store, tmp_path):
    path = tmp_path / "crafted.vdbak"
    path.write_bytes(backup.MAGIC2 + (2**32 - 1).to_bytes(4, "big") + b"{}")
    message = refused(centre_store, path, PASS).render()
    assert "crafted.vdbak" in message and "header" in message


# -- 3. temporary copies in the data folder, removed even after a crash ---------------------------
KILLED_RESTORE = """
import os, sys
from pathlib import Path
from villagedesk.core import backup

def killed(conn, name):  # the power goes while the plaintext copy is being checked
    os._exit(9)

backup._checked_summary = killed
backup.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), None, set(), sys.argv[4])
"""


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_a_killed_restore_leaves_nothing_after_the_next_start(centre_store, tmp_path):
    add_people(centre_store, "王建国")
    usb = backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    data_dir = centre_store.data_dir
    centre_store.close()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = dict(os.environ, TMPDIR=str(system_temp), TEMP=str(system_temp), TMP=str(system_temp))
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(usb), str(data_dir.database), str(data_dir.backups), PASS],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 9, proc.stderr
    left = files_in(data_dir.root / SCRATCH)
    assert left and any(p.read_bytes().startswith(backup.SQLITE_MAGIC) for p in left)  # the kill left it
    assert files_in(system_temp) == []  # never in the system temp folder
    again = open_store(data_dir)
    try:
        assert files_in(data_dir.root / SCRATCH) == []
        assert files_in(system_temp) == []
        assert people(again) == ["王建国"]  # the live database was never touched
    finally:
        again.close()


def test_backup_and_restore_write_nothing_to_the_system_temp_folder(centre_store, tmp_path, monkeypatch):
    import tempfile

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    copies: list[Path] = []
    real_backup = backup.sqlite_backup

    def watched(source, target):  # type: ignore[no-untyped-def]
        assert files_in(system_temp) == []
        copies.append(Path(target))
        return real_backup(source, target)

    monkeypatch.setattr(backup, "sqlite_backup", watched)
    add_people(centre_store, "王建国")
    plain = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    usb = backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    backup.inspect_backup(usb, PASS)
    restore(centre_store, plain)
    restore(centre_store, usb, PASS)
    assert files_in(system_temp) == []
    assert len(copies) == 4  # two backups, and the safety copy before each restore
    assert all(c.is_relative_to(centre_store.data_dir.root / SCRATCH) for c in copies), copies
    assert files_in(centre_store.data_dir.root / SCRATCH) == []  # and cleaned up at once


def test_half_written_files_are_removed_at_the_next_start(centre_store):
    data_dir = centre_store.data_dir
    centre_store.close()
    part = data_dir.backups / "villagedesk-320902104203-20261126-090000-auto.vdbak.part"
    part.write_bytes(b"SQLite format 3\x00 half of it")
    scan = data_dir.attachments / "ab12.png.part"
    scan.parent.mkdir(parents=True, exist_ok=True)
    scan.write_bytes(b"half a scan")
    again = open_store(data_dir)
    again.close()
    assert not part.exists() and not scan.exists()


def test_a_second_reader_does_not_clean_under_a_running_desk(centre_store):
    work = centre_store.data_dir.root / SCRATCH / "work-running"
    work.mkdir(parents=True)
    (work / "copy.sqlite3").write_bytes(b"in use")
    reader = open_store(centre_store.data_dir, lock=False)  # e.g. `villagedesk info` while the desk is open
    reader.close()
    assert (work / "copy.sqlite3").exists()


# -- 4. safety copies kept apart from the rotation for 30 days -------------------------------------
def test_a_year_of_rotation_keeps_each_safety_copy_30_days_then_prunes_it(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 8, 0)
    made: dict[Path, dt.datetime] = {}
    now = start
    step = 0
    while now < start + dt.timedelta(days=366):
        (folder / f"villagedesk-{CODE}-{now:%Y%m%d-%H%M%S}-auto.vdbak").write_bytes(b"x")
        if step % 37 == 5:  # a restore every few days
            path = folder / f"villagedesk-{CODE}-{now:%Y%m%d-%H%M%S}-pre-restore.vdbak"
            path.write_bytes(b"x")
            made[path] = now
        if step % 200 == 11:  # an update of VillageDesk now and then
            path = folder / f"villagedesk-rev0009-{now:%Y%m%d-%H%M%S}-pre-migrate.vdbak"
            path.write_bytes(b"x")
            write_checksum(path)
            made[path] = now
        backup.rotate(folder, now)
        for path, at in made.items():
            age = now - at
            if age <= dt.timedelta(days=30):
                assert path.exists(), f"{path.name} removed after {age}"
            elif age > dt.timedelta(days=30, hours=6):
                assert not path.exists(), f"{path.name} still there after {age}"
                assert not path.with_name(path.name + ".sha256").exists()
        regular = [p for p in folder.glob("*.vdbak") if not backup.is_safety_copy(p)]
        assert (
            len(regular) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY + backup.KEEP_NEWEST
        )
        now += dt.timedelta(hours=6)
        step += 1
    assert len(made) > 20
    months = {backup._stamp_of(p).strftime("%Y%m") for p in folder.glob("*-auto.vdbak")}
    assert len(months) >= 12  # the rotation itself still keeps a year of monthly copies


def test_backups_list_shows_the_safety_copy_made_before_a_restore(centre_store):
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    _, safety = restore(centre_store, path)
    listed = backup.list_backups(centre_store.data_dir.backups)
    assert safety in [i.path for i in listed] and backup.is_safety_copy(safety)


# -- 5. attachments (meeting signature scans) are in every backup ---------------------------------
def scan(store, content: bytes) -> Path:  # type: ignore[no-untyped-def]
    folder = store.data_dir.attachments
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(content).hexdigest()}.png"
    path.write_bytes(content)
    return path


def test_attachments_come_back_with_a_plain_restore(centre_store):
    first = scan(centre_store, b"\x89PNG signatures of the 2026-11 meeting")
    second = scan(centre_store, b"\x89PNG signatures of the 2026-12 meeting")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    assert backup.inspect_backup(path).attachments == 2
    first.unlink()
    second.write_bytes(b"overwritten by mistake")
    restore(centre_store, path)
    assert first.read_bytes() == b"\x89PNG signatures of the 2026-11 meeting"
    assert second.read_bytes() == b"\x89PNG signatures of the 2026-12 meeting"


def test_attachments_come_back_on_a_new_pc_from_an_encrypted_backup(centre_store, tmp_path):
    content = b"\x89PNG the committee's signatures"
    kept = scan(centre_store, content)
    usb = backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    assert content not in usb.read_bytes()
    from villagedesk.paths import DataDir

    new_pc = open_store(DataDir.resolve(tmp_path / "new-pc"))
    try:
        info, _ = restore(new_pc, usb, PASS, own=None)
        assert info.attachments == 1
        assert (new_pc.data_dir.attachments / kept.name).read_bytes() == content
    finally:
        new_pc.close()


# -- 6. the township's acknowledgements (anchors of the audit history) are in every backup ---------
def kept_ack(store, name: str, content: bytes) -> Path:  # type: ignore[no-untyped-def]
    folder = store.data_dir.root / backup.ACKS
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_the_acks_folder_is_the_one_the_exchange_keeps():
    from villagedesk.exchange import anchors

    assert backup.ACKS == anchors.ACKS


def test_kept_acknowledgements_come_back_with_a_plain_restore(centre_store):
    first = kept_ack(centre_store, "320902104203-1.vdack", b'{"body": "package 1"}')
    second = kept_ack(centre_store, "320902104203-2.vdack", b'{"body": "package 2"}')
    kept_ack(centre_store, "notes.txt", b"not an acknowledgement")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    assert backup.inspect_backup(path).acknowledgements == 2
    first.unlink()
    second.write_bytes(b'{"body": "signed by the township, never overwritten"}')
    info, _ = restore(centre_store, path)
    assert info.acknowledgements == 2
    assert first.read_bytes() == b'{"body": "package 1"}'
    assert second.read_bytes() == b'{"body": "signed by the township, never overwritten"}'


def test_kept_acknowledgements_come_back_on_a_new_pc_from_an_encrypted_backup(centre_store, tmp_path):
    content = b'{"body": "the township acknowledged package 1"}'
    kept_ack(centre_store, "320902104203-1.vdack", content)
    usb = backup.make_backup(centre_store.data_dir.database, tmp_path / "usb", "usb", PASS)
    assert content not in usb.read_bytes()
    from villagedesk.paths import DataDir

    new_pc = open_store(DataDir.resolve(tmp_path / "new-pc"))
    try:
        info, _ = restore(new_pc, usb, PASS, own=None)
        assert info.acknowledgements == 1
        assert (new_pc.data_dir.root / backup.ACKS / "320902104203-1.vdack").read_bytes() == content
    finally:
        new_pc.close()


def test_a_tampered_attachment_inside_a_backup_is_refused(centre_store):
    scan(centre_store, b"\x89PNG the original scan")
    path = backup.make_backup(centre_store.data_dir.database, centre_store.data_dir.backups)
    flip(path, path.read_bytes().index(b"original"))
    assert path.name in refused(centre_store, path).render()


def test_an_encrypted_backup_of_format_1_still_restores(centre_store, tmp_path):
    """USB backups made by the previous version (format 1) keep working."""
    import secrets as secrets_module

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from villagedesk.db.engine import sqlite_backup

    add_people(centre_store, "王建国")
    copy = sqlite_backup(centre_store.data_dir.database, tmp_path / "copy.sqlite3")
    data = copy.read_bytes()
    salt, nonce = secrets_module.token_bytes(16), secrets_module.token_bytes(12)
    header = json.dumps(
        {
            "format": 1,
            "kdf": "scrypt",
            "n": 2**15,
            "salt": salt.hex(),
            "nonce": nonce.hex(),
            "created_at": "2026-11-26T09:00:00+08:00",
            "village": "新桥村",
            "code": CODE,
            "revision": "x",
            "counts": {},
            "size": len(data) + 16,
        }
    ).encode()
    key = hashlib.scrypt(PASS.encode(), salt=salt, n=2**15, r=8, p=1, dklen=32, maxmem=2**26)
    old = tmp_path / "old.vdbak"
    old.write_bytes(
        backup.MAGIC + len(header).to_bytes(4, "big") + header + AESGCM(key).encrypt(nonce, data, header)
    )
    add_people(centre_store, "后来的人")
    info, _ = restore(centre_store, old, PASS)
    assert info.encrypted and people(centre_store) == ["王建国"]
