"""Backups with SQLite's online backup API, kept as daily/weekly/monthly copies; restore.

Inside the data folder a backup is a plain SQLite file. Written anywhere else (a USB stick) it is
encrypted with a passphrase the user chooses, since it holds personal data: scrypt derives the key,
AES-GCM seals the database, and the small header (village, date, counts) is authenticated too.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.engine import sqlite_backup
from villagedesk.files import write_atomically

MAGIC = b"VDBAK1\n"
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".vdbak"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_NEWEST = 7, 4, 12, 3
HOURLY = dt.timedelta(hours=1)
STATE_FILE = "backup-state.json"

F_BACKUP = QT_TRANSLATE_NOOP("core", "Backup file")
F_PASSPHRASE = QT_TRANSLATE_NOOP("core", "Passphrase")
R_NOT_BACKUP = QT_TRANSLATE_NOOP("core", "{name} is not a VillageDesk backup")
R_TRUNCATED = QT_TRANSLATE_NOOP(
    "core", "{name} is incomplete or damaged (it may have been cut off while copying)"
)
R_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "core", "the passphrase does not open {name} (or the file was altered)"
)
R_NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP("core", "{name} is encrypted; enter its passphrase")
R_OTHER_VILLAGE = QT_TRANSLATE_NOOP(
    "core", "{name} belongs to {village} ({code}), not to this centre ({own})"
)
R_NEWER = QT_TRANSLATE_NOOP(
    "core", "{name} was made by a newer VillageDesk (database revision {rev}); update first"
)
R_WEAK_PASSPHRASE = QT_TRANSLATE_NOOP("core", "must be at least 8 characters")
R_DISK = QT_TRANSLATE_NOOP("core", "could not be written to {folder}: {error}")


@dataclass
class BackupInfo:
    path: Path
    created_at: dt.datetime
    village_name: str
    division_code: str
    revision: str
    counts: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False


def _summary(db_file: Path) -> tuple[str, str, str, dict[str, int]]:
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "centre_profile" not in tables:
            raise ValueError("not a VillageDesk database")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        row = conn.execute(
            "SELECT village_name, division_code FROM centre_profile WHERE deleted = 0"
        ).fetchone()
        village, code = row if row else ("", "")
        from villagedesk.registers import PARTS

        counts = {}
        for count in (c for part in PARTS for c in part.counts):
            if count.table in tables:
                where = " WHERE deleted = 0" if count.tombstoned else ""
                counts[count.key] = conn.execute(f"SELECT count(*) FROM {count.table}{where}").fetchone()[0]
        return village, code, revision, counts
    finally:
        conn.close()


_write_atomically = write_atomically  # one name the tests can replace to simulate a full disk


def _derive(passphrase: str, salt: bytes, n: int = 2**15) -> bytes:
    import hashlib

    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=8, p=1, dklen=32, maxmem=2**26)


def make_backup(
    db_file: Path,
    folder: Path,
    label: str = "manual",
    passphrase: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """A consistent copy of the live database in ``folder``; encrypted when a passphrase is given."""
    now = now or dt.datetime.now().astimezone()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        sqlite_backup(db_file, copy)
        village, code, revision, counts = _summary(copy)
        data = copy.read_bytes()
    name = f"villagedesk-{code or 'new'}-{stamp}-{label}{SUFFIX}"
    target = folder / name
    try:
        if passphrase is None:
            _write_atomically(target, data)
        else:
            if len(passphrase) < 8:
                raise ValidationError.single(F_PASSPHRASE, R_WEAK_PASSPHRASE)
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
            header = json.dumps(
                {
                    "format": 1,
                    "kdf": "scrypt",
                    "n": 2**15,
                    "salt": salt.hex(),
                    "nonce": nonce.hex(),
                    "created_at": now.isoformat(),
                    "village": village,
                    "code": code,
                    "revision": revision,
                    "counts": counts,
                    "size": len(data)
                    + 16,  # sealed length: a cut-off copy is told apart from a wrong passphrase
                },
                ensure_ascii=False,
            ).encode("utf-8")
            sealed = AESGCM(_derive(passphrase, salt)).encrypt(nonce, data, header)
            _write_atomically(target, MAGIC + len(header).to_bytes(4, "big") + header + sealed)
    except OSError as exc:
        raise ValidationError.single(
            F_BACKUP, R_DISK, folder=str(folder), error=exc.strerror or str(exc)
        ) from exc
    return target


def _open_backup(path: Path, passphrase: str | None) -> tuple[bytes, dict[str, object] | None]:
    """The SQLite bytes inside a backup file (decrypting when needed)."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError.single(F_BACKUP, R_NOT_BACKUP, name=name) from exc
    if raw.startswith(SQLITE_MAGIC):
        return raw, None
    if not raw.startswith(MAGIC):
        raise ValidationError.single(F_BACKUP, R_NOT_BACKUP, name=name)
    body = raw[len(MAGIC) :]
    if len(body) < 4:
        raise ValidationError.single(F_BACKUP, R_TRUNCATED, name=name)
    header_size = int.from_bytes(body[:4], "big")
    header_bytes = body[4 : 4 + header_size]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
        salt, nonce, n = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"]), int(header["n"])
        size = int(header["size"])
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise ValidationError.single(F_BACKUP, R_TRUNCATED, name=name) from exc
    if len(body) - 4 - len(header_bytes) != size:  # cut off while copying (or padded)
        raise ValidationError.single(F_BACKUP, R_TRUNCATED, name=name)
    if not passphrase:
        raise ValidationError.single(F_PASSPHRASE, R_NEEDS_PASSPHRASE, name=name)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = body[4 + header_size :]
    try:
        data = AESGCM(_derive(passphrase, salt, n)).decrypt(nonce, sealed, header_bytes)
    except InvalidTag as exc:
        raise ValidationError.single(F_PASSPHRASE, R_WRONG_PASSPHRASE, name=name) from exc
    return data, header


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _checked_copy(path: Path, passphrase: str | None, folder: Path) -> tuple[Path, BackupInfo]:
    data, header = _open_backup(path, passphrase)
    copy = folder / "restore.sqlite3"
    copy.write_bytes(data)
    try:
        conn = sqlite3.connect(str(copy))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        village, code, revision, counts = _summary(copy)
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise ValidationError.single(F_BACKUP, R_TRUNCATED, name=path.name) from exc
    created = (
        dt.datetime.fromisoformat(str(header["created_at"]))
        if header
        else dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    )
    return copy, BackupInfo(path, created, village, code, revision, counts, header is not None)


def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Open and check a backup without touching the live database: date, village, contents."""
    with tempfile.TemporaryDirectory() as tmp:
        _copy, info = _checked_copy(Path(path), passphrase, Path(tmp))
        return info


def restore_backup(
    path: Path,
    db_file: Path,
    backups: Path,
    own_code: str | None,
    known_revisions: set[str],
    passphrase: str | None = None,
) -> tuple[BackupInfo, Path]:
    """Replace the live database with a backup, after checking it and backing up the current state.

    Nothing changes unless every check passes. Returns the restored backup's info and the path of
    the safety copy of the state before the restore.
    """
    with tempfile.TemporaryDirectory() as tmp:
        copy, info = _checked_copy(Path(path), passphrase, Path(tmp))
        if own_code and info.division_code != own_code:
            raise ValidationError.single(
                F_BACKUP,
                R_OTHER_VILLAGE,
                name=Path(path).name,
                village=info.village_name,
                code=info.division_code,
                own=own_code,
            )
        if info.revision not in known_revisions:
            raise ValidationError.single(F_BACKUP, R_NEWER, name=Path(path).name, rev=info.revision)
        safety = make_backup(db_file, backups, "pre-restore") if db_file.exists() else db_file
        src = sqlite3.connect(str(copy))
        try:
            dst = sqlite3.connect(str(db_file))
            try:
                src.backup(dst)  # one transaction on the destination: all of the backup or none
            finally:
                dst.close()
        finally:
            src.close()
        return info, safety


def list_backups(folder: Path) -> list[BackupInfo]:
    infos = []
    for path in sorted(folder.glob(f"*{SUFFIX}"), reverse=True):
        try:
            if is_encrypted(path):
                continue
            village, code, revision, counts = _summary(path)
        except (ValueError, sqlite3.DatabaseError, OSError):
            continue
        created = _stamp_of(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)
        infos.append(BackupInfo(path, created, village, code, revision, counts))
    return infos


def _stamp_of(path: Path) -> dt.datetime | None:
    parts = path.name.split("-")
    for i in range(len(parts) - 1):
        try:
            return dt.datetime.strptime(parts[i] + "-" + parts[i + 1], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
    return None


def rotate(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest copy of each of the last 7 days, 4 weeks and 12 months (and the 3 newest)."""
    now = now or dt.datetime.now()
    dated = [(stamp, p) for p in folder.glob(f"*{SUFFIX}") if (stamp := _stamp_of(p)) is not None]
    dated.sort(reverse=True)
    keep: set[Path] = {p for _, p in dated[:KEEP_NEWEST]}
    buckets: dict[tuple[str, object], Path] = {}
    for stamp, path in dated:
        for kind, key in (
            ("day", stamp.date()),
            ("week", stamp.isocalendar()[:2]),
            ("month", (stamp.year, stamp.month)),
        ):
            buckets.setdefault((kind, key), path)
    for kind, limit in (("day", KEEP_DAILY), ("week", KEEP_WEEKLY), ("month", KEEP_MONTHLY)):
        chosen = [p for (k, _), p in buckets.items() if k == kind]
        chosen.sort(key=lambda p: _stamp_of(p) or now, reverse=True)
        keep.update(chosen[:limit])
    removed = []
    for _, path in dated:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_if_changed(
    db_file: Path, folder: Path, change_marker: int, now: dt.datetime | None = None
) -> Path | None:
    """The periodic backup: only when data changed since the last one, and at most hourly."""
    now = now or dt.datetime.now().astimezone()
    state_path = folder / STATE_FILE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    last_at = dt.datetime.fromisoformat(state["at"]) if "at" in state else None
    if state.get("marker") == change_marker or (last_at is not None and now - last_at < HOURLY):
        return None
    path = make_backup(db_file, folder, "auto", now=now)
    state_path.write_text(json.dumps({"at": now.isoformat(), "marker": change_marker}), encoding="utf-8")
    rotate(folder, now.replace(tzinfo=None))
    return path


def copy_file(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.copy2(path, target)
    return target
