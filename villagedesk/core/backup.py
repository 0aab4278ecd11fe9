"""Backups with SQLite's online backup API, kept as daily/weekly/monthly copies; restore.

A backup holds everything needed to carry on after a dead PC: the database, the attachments (meeting
scans), the township's signed acknowledgements (anchors of the audit history outside the database)
and the installed township key; written outside the data folder (a USB stick) it is encrypted
with a passphrase the user chooses and also carries the village's signing key.

The file (format 2)::

    MAGIC2 | header length (4 bytes) | header (JSON) | payload | SHA-256 of everything before it

The header lists every member (name, size, SHA-256) of the payload, which is the members one after
the other. Encrypted, the header says so and names the key derivation (scrypt, with bounded
parameters), and the payload is a whole plain container sealed with AES-GCM (the header is
authenticated too). Every backup is checked against its checksum before anything is restored.
Older files still restore: a bare SQLite copy (its ``.sha256`` sidecar is checked when present, as for
the copies made before a migration) and the format-1 encrypted file.

Temporary copies live in the data folder's scratch folder (never the system temp folder), which the
next start cleans if a process was killed. The copies made before a restore, a migration or an import
are kept apart from the rotation for at least :data:`SAFETY_DAYS` days.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.engine import sqlite_backup
from villagedesk.files import (
    PART,
    disk_full,
    read_checksum,
    scratch,
    sha256_file,
    write_atomically,
)
from villagedesk.paths import DB_FILENAME, DataDir

MAGIC = b"VDBAK1\n"  # format 1: encrypted database only (still read)
MAGIC2 = b"VDBAK2\n"
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".vdbak"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_NEWEST = 7, 4, 12, 3
SAFETY_LABELS = ("pre-restore", "pre-migrate", "pre-import")
SAFETY_DAYS = 30
HOURLY = dt.timedelta(hours=1)
STATE_FILE = "backup-state.json"
DIGEST = 32

# scrypt: what this version writes, and the bounds a header must keep to before anything is derived
KDF_N, KDF_R, KDF_P = 2**15, 8, 1
KDF_N_MIN, KDF_N_MAX = 2**14, 2**17
KDF_R_MAX, KDF_P_MAX = 16, 4
KDF_MEMORY_MAX = 2**27  # 128 * n * r bytes
MAX_HEADER = 4 * 2**20

DATABASE = DB_FILENAME
ATTACHMENTS = "attachments"
KEYS = "keys"
ACKS = "acks"  # the data folder's kept acknowledgements (villagedesk.exchange.anchors.ACKS)
ACK_SUFFIX = ".vdack"

F_BACKUP = QT_TRANSLATE_NOOP("core", "Backup file")
F_PASSPHRASE = QT_TRANSLATE_NOOP("core", "Passphrase")
R_NOT_BACKUP = QT_TRANSLATE_NOOP("core", "{name} is not a VillageDesk backup")
R_TRUNCATED = QT_TRANSLATE_NOOP(
    "core", "{name} is incomplete or damaged (it may have been cut off while copying)"
)
R_CHECKSUM = QT_TRANSLATE_NOOP(
    "core", "{name} is damaged: its content no longer matches the checksum made with it; nothing was restored"
)
R_BAD_HEADER = QT_TRANSLATE_NOOP(
    "core", "{name} has a damaged or unknown header; it was not made by this version of VillageDesk"
)
R_KDF_BOUNDS = QT_TRANSLATE_NOOP(
    "core",
    "{name} asks for key-derivation settings outside the allowed range; it was altered or not made by "
    "VillageDesk",
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
    attachments: int = 0  # files of the attachments folder (meeting scans) inside
    acknowledgements: int = 0  # the township's acknowledgements kept in the data folder, inside
    signing_key: bool = False  # carries the village's signing key (encrypted backups)
    checksum: bool = True  # False only for an old bare copy made before backups carried one
    audit: tuple[int, str] | None = None  # the head of the audit history inside (an anchor)


@dataclass
class _Opened:
    members: dict[str, bytes]
    header: dict[str, Any] | None
    encrypted: bool
    checksum: bool


# -- reading the database inside -------------------------------------------------------------------
def _summary_of(conn: sqlite3.Connection) -> tuple[str, str, str, dict[str, int]]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables or "centre_profile" not in tables:
        raise ValueError("not a VillageDesk database")
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    row = conn.execute("SELECT village_name, division_code FROM centre_profile WHERE deleted = 0").fetchone()
    village, code = row if row else ("", "")
    from villagedesk.registers import PARTS

    counts = {}
    for count in (c for part in PARTS for c in part.counts):
        if count.table in tables:
            where = " WHERE deleted = 0" if count.tombstoned else ""
            counts[count.key] = conn.execute(f"SELECT count(*) FROM {count.table}{where}").fetchone()[0]
    return village, code, revision, counts


def _summary(db_file: Path) -> tuple[str, str, str, dict[str, int]]:
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return _summary_of(conn)
    finally:
        conn.close()


def _checked_summary(conn: sqlite3.Connection, name: str) -> tuple[str, str, str, dict[str, int]]:
    """Integrity check, then what the database holds; a damaged one is refused naming the file."""
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        return _summary_of(conn)
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise ValidationError.single(F_BACKUP, R_TRUNCATED, name=name) from exc


_write_atomically = write_atomically  # one name the tests can replace to simulate a full disk


# -- writing ---------------------------------------------------------------------------------------
def _derive(passphrase: str, salt: bytes, n: int = KDF_N, r: int = KDF_R, p: int = KDF_P) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=2 * KDF_MEMORY_MAX
    )


def _assemble(header: bytes, payload: bytes) -> bytes:
    body = MAGIC2 + len(header).to_bytes(4, "big") + header + payload
    return body + hashlib.sha256(body).digest()


def _encode(header: dict[str, Any]) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _plain(meta: dict[str, Any], members: list[tuple[str, bytes]]) -> bytes:
    header = dict(
        meta,
        format=2,
        encrypted=False,
        members=[[name, len(data), hashlib.sha256(data).hexdigest()] for name, data in members],
        size=sum(len(data) for _, data in members),
    )
    return _assemble(_encode(header), b"".join(data for _, data in members))


def _sealed(meta: dict[str, Any], inner: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = _encode(
        dict(
            meta,
            format=2,
            encrypted=True,
            kdf={"name": "scrypt", "n": KDF_N, "r": KDF_R, "p": KDF_P},
            salt=salt.hex(),
            nonce=nonce.hex(),
            size=len(inner) + 16,  # sealed length: a cut-off copy is told apart from a wrong passphrase
        )
    )
    return _assemble(header, AESGCM(_derive(passphrase, salt)).encrypt(nonce, inner, header))


def _members(copy: Path, data_dir: DataDir, signing_key: bool) -> list[tuple[str, bytes]]:
    """What a backup holds: the database, every attachment, every kept acknowledgement, the township
    key and (encrypted only) the village's signing key."""
    from villagedesk.exchange.keys import TOWNSHIP_KEY_FILE, VILLAGE_KEY_FILE

    members = [(DATABASE, copy.read_bytes())]
    folder = data_dir.attachments
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and not path.name.endswith(PART):
                members.append((f"{ATTACHMENTS}/{path.relative_to(folder).as_posix()}", path.read_bytes()))
    acks = Path(data_dir.root) / ACKS
    if acks.is_dir():
        for path in sorted(acks.glob(f"*{ACK_SUFFIX}")):
            if path.is_file() and not path.is_symlink():
                members.append((f"{ACKS}/{path.name}", path.read_bytes()))
    keys = [TOWNSHIP_KEY_FILE] + ([VILLAGE_KEY_FILE] if signing_key else [])
    for key in keys:
        if (data_dir.keys / key).is_file():
            members.append((f"{KEYS}/{key}", (data_dir.keys / key).read_bytes()))
    return members


def _chain_head_of(db_file: Path) -> tuple[int, str]:
    """The head of the audit history in a database file (count and newest hash)."""
    from sqlalchemy import create_engine

    from villagedesk.db.audit import chain_head

    engine = create_engine(f"sqlite:///{db_file}")
    try:
        with engine.connect() as conn:
            return chain_head(conn)
    finally:
        engine.dispose()


def _audit_head(head: tuple[int, str]) -> dict[str, Any]:
    return {"count": head[0], "head": head[1]}


def _header_anchor(header: dict[str, Any] | None) -> tuple[int, str] | None:
    audit = header.get("audit") if header else None
    if not isinstance(audit, dict):
        return None
    count, head = audit.get("count"), audit.get("head")
    if isinstance(count, int) and not isinstance(count, bool) and isinstance(head, str) and len(head) == 64:
        return count, head
    return None


def backup_anchors(folder: Path) -> list[Any]:
    """The audit heads the backups in ``folder`` name in their headers: anchors of the history
    outside the database (``audit verify`` checks the history against each)."""
    from villagedesk.core.audit import A_BACKUP, Anchor, Words

    out = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        try:
            _start, header = _peek_header(path)
        except OSError:
            continue
        anchor = _header_anchor(header)
        if anchor is None or header is None:
            continue
        try:
            at = dt.datetime.fromisoformat(str(header.get("created_at")))
        except ValueError:
            at = None
        out.append(
            Anchor(f"the backup {path.name}", anchor[0], anchor[1], at, Words(A_BACKUP, {"file": path.name}))
        )
    return out


def _full_or(exc: BaseException, folder: Path) -> Exception:
    full = disk_full(exc, folder)
    if full is not None:
        return full
    error = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return ValidationError.single(F_BACKUP, R_DISK, folder=str(folder), error=error)


def make_backup(
    db_file: Path,
    folder: Path,
    label: str = "manual",
    passphrase: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """A consistent copy of the live database and the attachments in ``folder``, with a checksum;
    encrypted (and then with the village's signing key) when a passphrase is given."""
    if passphrase is not None and len(passphrase) < 8:
        raise ValidationError.single(F_PASSPHRASE, R_WEAK_PASSPHRASE)
    now = now or dt.datetime.now().astimezone()
    data_dir = DataDir(Path(db_file).parent)
    try:
        with scratch(data_dir.root) as work:
            copy = work / "copy.sqlite3"
            sqlite_backup(db_file, copy)
            village, code, revision, counts = _summary(copy)
            copy_head = _chain_head_of(copy)
            members = _members(copy, data_dir, signing_key=passphrase is not None)
    except (OSError, sqlite3.Error) as exc:
        raise _full_or(exc, data_dir.root) from exc
    meta = {
        "created_at": now.isoformat(),
        "village": village,
        "code": code,
        "revision": revision,
        "counts": counts,
        "audit": _audit_head(copy_head),
    }
    inner = _plain(meta, members)
    del members
    data = inner if passphrase is None else _sealed(meta, inner, passphrase)
    target = Path(folder) / f"villagedesk-{code or 'new'}-{now.strftime('%Y%m%d-%H%M%S')}-{label}{SUFFIX}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, data)
    except OSError as exc:
        raise _full_or(exc, Path(folder)) from exc
    return target


# -- reading ---------------------------------------------------------------------------------------
def _refuse(rule: str, name: str, field_label: str = F_BACKUP) -> ValidationError:
    return ValidationError.single(field_label, rule, name=name)


def _split(raw: bytes, magic: bytes, name: str) -> tuple[dict[str, Any], bytes, bytes]:
    """Header (parsed), header bytes and the rest, for a file starting with ``magic``."""
    body = raw[len(magic) :]
    if len(body) < 4:
        raise _refuse(R_TRUNCATED, name)
    size = int.from_bytes(body[:4], "big")
    if size > MAX_HEADER:
        raise _refuse(R_BAD_HEADER, name)
    if len(body) < 4 + size:
        raise _refuse(R_TRUNCATED, name)
    header_bytes = body[4 : 4 + size]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    if not isinstance(header, dict):
        raise _refuse(R_BAD_HEADER, name)
    return header, header_bytes, body[4 + size :]


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("not an integer")
    return value


def _hex(value: object, size: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not text")
    data = bytes.fromhex(value)
    if len(data) != size:
        raise ValueError("wrong length")
    return data


def _kdf(n: object, r: object, p: object, name: str) -> tuple[int, int, int]:
    """The scrypt cost a header asks for, refused unless it is within bounds: checked before
    anything is derived, since a crafted header could otherwise ask for any memory and time."""
    try:
        n, r, p = _int(n), _int(r), _int(p)
    except ValueError as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    if (
        not KDF_N_MIN <= n <= KDF_N_MAX
        or n & (n - 1)
        or not 1 <= r <= KDF_R_MAX
        or not 1 <= p <= KDF_P_MAX
        or 128 * n * r > KDF_MEMORY_MAX
    ):
        raise _refuse(R_KDF_BOUNDS, name)
    return n, r, p


def _safe(name: str, parts: tuple[str, ...]) -> bool:
    return "\\" not in name and not any(part in ("", ".", "..") or ":" in part for part in parts)


def _member_name(name: object) -> str:
    if not isinstance(name, str):
        raise ValueError("member name")
    from villagedesk.exchange.keys import TOWNSHIP_KEY_FILE, VILLAGE_KEY_FILE

    if name in (DATABASE, f"{KEYS}/{TOWNSHIP_KEY_FILE}", f"{KEYS}/{VILLAGE_KEY_FILE}"):
        return name
    parts = PurePosixPath(name).parts
    if _safe(name, parts) and len(parts) == 2 and parts[0] == ACKS and parts[1].endswith(ACK_SUFFIX):
        return name
    if len(parts) >= 2 and parts[0] == ATTACHMENTS and _safe(name, parts):
        return name
    raise ValueError(f"member name {name!r}")


def _decrypt(
    header: dict[str, Any], header_bytes: bytes, sealed: bytes, passphrase: str | None, name: str
) -> bytes:
    kdf = header.get("kdf")
    if header.get("format") == 1 and kdf == "scrypt":  # format 1 named only n; r and p were fixed
        kdf = {"name": "scrypt", "n": header.get("n"), "r": KDF_R, "p": KDF_P}
    if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
        raise _refuse(R_BAD_HEADER, name)
    n, r, p = _kdf(kdf.get("n"), kdf.get("r"), kdf.get("p"), name)
    try:
        salt, nonce = _hex(header.get("salt"), 16), _hex(header.get("nonce"), 12)
    except ValueError as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    if not passphrase:
        raise _refuse(R_NEEDS_PASSPHRASE, name, F_PASSPHRASE)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, sealed, header_bytes)
    except InvalidTag as exc:
        raise _refuse(R_WRONG_PASSPHRASE, name, F_PASSPHRASE) from exc


def _payload_members(header: dict[str, Any], payload: bytes, name: str) -> dict[str, bytes]:
    """The members of a plain payload, each checked against the checksum listed for it."""
    listed = header.get("members")
    members: dict[str, bytes] = {}
    offset = 0
    try:
        if not isinstance(listed, list):
            raise ValueError("members")
        for entry in listed:
            if not isinstance(entry, list) or len(entry) != 3:
                raise ValueError("member")
            member, length = _member_name(entry[0]), _int(entry[1])
            data = payload[offset : offset + length]
            offset += length
            if len(data) != length or member in members:
                raise ValueError("member")
            members[member] = data
            if hashlib.sha256(data).hexdigest() != entry[2]:
                break
        else:
            if offset == len(payload) and DATABASE in members:
                return members
            raise ValueError("members")
    except ValueError as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    raise _refuse(R_CHECKSUM, name)


def _open_v2(raw: bytes, name: str, passphrase: str | None, inner: bool = False) -> _Opened:
    header, header_bytes, rest = _split(raw, MAGIC2, name)
    try:
        if header.get("format") != 2 or not isinstance(header.get("encrypted"), bool):
            raise ValueError("format")
        size = _int(header.get("size"))
    except ValueError as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    if len(rest) != size + DIGEST:  # cut off while copying (or padded)
        raise _refuse(R_TRUNCATED, name)
    if hashlib.sha256(raw[:-DIGEST]).digest() != raw[-DIGEST:]:
        raise _refuse(R_CHECKSUM, name)
    payload = rest[:size]
    if header["encrypted"]:
        if inner:
            raise _refuse(R_BAD_HEADER, name)
        plain = _decrypt(header, header_bytes, payload, passphrase, name)
        if not plain.startswith(MAGIC2):
            raise _refuse(R_BAD_HEADER, name)
        opened = _open_v2(plain, name, None, inner=True)
        return _Opened(opened.members, header, True, True)
    return _Opened(_payload_members(header, payload, name), header, False, True)


def _open_v1(raw: bytes, name: str, passphrase: str | None) -> _Opened:
    header, header_bytes, sealed = _split(raw, MAGIC, name)
    try:
        size = _int(header.get("size"))
    except ValueError as exc:
        raise _refuse(R_BAD_HEADER, name) from exc
    if len(sealed) != size:
        raise _refuse(R_TRUNCATED, name)
    data = _decrypt(header, header_bytes, sealed, passphrase, name)
    return _Opened({DATABASE: data}, header, True, True)


def _open_backup(path: Path, passphrase: str | None) -> _Opened:
    """Everything inside a backup file, verified against its checksum (decrypting when needed)."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refuse(R_NOT_BACKUP, name) from exc
    if raw.startswith(MAGIC2):
        return _open_v2(raw, name, passphrase)
    if raw.startswith(MAGIC):
        return _open_v1(raw, name, passphrase)
    if raw.startswith(SQLITE_MAGIC):  # a bare copy: made before a migration, or by an older version
        expected = read_checksum(path)
        if expected is not None and hashlib.sha256(raw).hexdigest() != expected:
            raise _refuse(R_CHECKSUM, name)
        return _Opened({DATABASE: raw}, None, False, expected is not None)
    raise _refuse(R_NOT_BACKUP, name)


def _peek_header(path: Path) -> tuple[bytes, dict[str, Any] | None]:
    """The magic and (format 2) the header, read without reading the whole file."""
    with open(path, "rb") as handle:
        start = handle.read(len(SQLITE_MAGIC))
        if not start.startswith(MAGIC2):
            return start, None
        handle.seek(len(MAGIC2))
        size = int.from_bytes(handle.read(4), "big")
        if size > MAX_HEADER:
            return start, None
        try:
            header = json.loads(handle.read(size).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return start, None
        return start, header if isinstance(header, dict) else None


def is_encrypted(path: Path) -> bool:
    start, header = _peek_header(Path(path))
    if start.startswith(MAGIC):
        return True
    return bool(header and header.get("encrypted") is True)


def _info(path: Path, opened: _Opened, summary: tuple[str, str, str, dict[str, int]]) -> BackupInfo:
    village, code, revision, counts = summary
    created = None
    if opened.header is not None:
        try:
            created = dt.datetime.fromisoformat(str(opened.header.get("created_at")))
        except ValueError:
            created = None
    if created is None:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    from villagedesk.exchange.keys import VILLAGE_KEY_FILE

    return BackupInfo(
        path,
        created,
        village,
        code,
        revision,
        counts,
        opened.encrypted,
        attachments=sum(1 for m in opened.members if m.startswith(f"{ATTACHMENTS}/")),
        acknowledgements=sum(1 for m in opened.members if m.startswith(f"{ACKS}/")),
        signing_key=f"{KEYS}/{VILLAGE_KEY_FILE}" in opened.members,
        checksum=opened.checksum,
        audit=_header_anchor(opened.header),
    )


def _rollback_journal(data: bytes) -> bytes:
    """The same database marked for a rollback journal (header bytes 18-19), since SQLite cannot
    read a WAL-mode image from memory. Only the in-memory check sees this copy."""
    if len(data) > 19 and data[18:20] == b"\x02\x02":
        return data[:18] + b"\x01\x01" + data[20:]
    return data


def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Open and check a backup without touching the live database: date, village, contents.
    The database inside is checked in memory, so no copy of it is written anywhere."""
    path = Path(path)
    opened = _open_backup(path, passphrase)
    conn = sqlite3.connect(":memory:")
    try:
        try:
            conn.deserialize(_rollback_journal(opened.members[DATABASE]))
        except sqlite3.DatabaseError as exc:
            raise _refuse(R_TRUNCATED, path.name) from exc
        return _info(path, opened, _checked_summary(conn, path.name))
    finally:
        conn.close()


def _put_file(target: Path, data: bytes) -> None:
    if target.is_file() and sha256_file(target) == hashlib.sha256(data).hexdigest():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)


def restore_backup(
    path: Path,
    db_file: Path,
    backups: Path,
    own_code: str | None,
    known_revisions: set[str],
    passphrase: str | None = None,
    actor: str = "system",
) -> tuple[BackupInfo, Path]:
    """Replace the live database with a backup, after checking it and backing up the current state;
    put back its attachments and keys. Nothing changes unless every check passes. Returns the
    restored backup's info and the path of the safety copy of the state before the restore.

    The temporary copy lives in the data folder's scratch folder and is removed afterwards (or at
    the next start, if this process is killed)."""
    path, db_file = Path(path), Path(db_file)
    data_dir = DataDir(db_file.parent)
    opened = _open_backup(path, passphrase)
    try:
        with scratch(data_dir.root) as work:
            copy = work / "restore.sqlite3"
            copy.write_bytes(opened.members[DATABASE])
            conn = sqlite3.connect(str(copy))
            try:
                info = _info(path, opened, _checked_summary(conn, path.name))
            finally:
                conn.close()
            if own_code and info.division_code != own_code:
                raise ValidationError.single(
                    F_BACKUP,
                    R_OTHER_VILLAGE,
                    name=path.name,
                    village=info.village_name,
                    code=info.division_code,
                    own=own_code,
                )
            if info.revision not in known_revisions:
                raise ValidationError.single(F_BACKUP, R_NEWER, name=path.name, rev=info.revision)
            safety = make_backup(db_file, backups, "pre-restore") if db_file.exists() else db_file
            _restore_files(opened, data_dir)
            src = sqlite3.connect(str(copy))
            try:
                dst = sqlite3.connect(str(db_file))
                try:
                    src.backup(dst)  # one transaction on the destination: all of the backup or none
                finally:
                    dst.close()
            finally:
                src.close()
        record_restore(db_file, path.name, actor)
    except (OSError, sqlite3.OperationalError, SQLAlchemyError) as exc:
        full = disk_full(exc, data_dir.root)
        if full is None:
            raise
        raise full from exc
    return info, safety


def record_restore(db_file: Path, backup_name: str, actor: str) -> None:
    """The restore's audit entry, written in the restored database (brought up to this version
    first). It names the backup and the head of the history restored; when the newest
    acknowledgement kept in the data folder anchors entries the backup does not hold, the entry
    starts again from that anchor, so the next package extends what the township holds and
    ``audit verify`` tells this restore from a rewrite."""
    from villagedesk.db.audit import RESTORE_ACTION, RESTORE_TABLE, append_event, chain_head, hash_at
    from villagedesk.db.base import new_uuid
    from villagedesk.db.engine import make_engine, make_session_factory
    from villagedesk.db.migrate import upgrade
    from villagedesk.exchange.anchors import newest_ack

    data_dir = DataDir(Path(db_file).parent)
    engine = make_engine(f"sqlite:///{db_file}")
    try:
        upgrade(engine)
        sessions = make_session_factory(engine, actor=actor)
        with sessions() as session:
            session.info["actor"] = actor
            conn = session.connection()
            count, head = chain_head(conn)
            ack = newest_ack(data_dir)
            anchor = [ack.count, ack.head, ack.name] if ack is not None else None
            jump = ack is not None and hash_at(conn, ack.count) != ack.head
            changes = {
                "position": [None, ack.count + 1 if ack is not None and jump else count + 1],
                "backup": [None, backup_name],
                "backup_head": [None, [count, head]],
                "anchor": [None, anchor],
            }
            append_event(
                session,
                RESTORE_TABLE,
                new_uuid(),
                RESTORE_ACTION,
                f"restore {backup_name}",
                changes,
                prev=ack.head if ack is not None and jump else None,
            )
            session.commit()
    finally:
        engine.dispose()


def _restore_files(opened: _Opened, data_dir: DataDir) -> None:
    """Attachments come back (files already there stay); so do the kept acknowledgements (one already
    there is kept: the township signed it); the township key is put back when none is installed; the village's signing key from the backup is put in place (a different one already
    there is kept aside, never deleted)."""
    from villagedesk.exchange.keys import TOWNSHIP_KEY_FILE, VILLAGE_KEY_FILE, restore_village_signing_key

    for member, data in opened.members.items():
        if member.startswith(f"{ATTACHMENTS}/"):
            _put_file(data_dir.attachments.joinpath(*PurePosixPath(member).parts[1:]), data)
        elif member.startswith(f"{ACKS}/"):
            target = Path(data_dir.root) / ACKS / PurePosixPath(member).name
            if not target.exists():
                _put_file(target, data)
    township = opened.members.get(f"{KEYS}/{TOWNSHIP_KEY_FILE}")
    if township is not None and not (data_dir.keys / TOWNSHIP_KEY_FILE).exists():
        _put_file(data_dir.keys / TOWNSHIP_KEY_FILE, township)
    signing = opened.members.get(f"{KEYS}/{VILLAGE_KEY_FILE}")
    if signing is not None:
        data_dir.keys.mkdir(parents=True, exist_ok=True)
        restore_village_signing_key(data_dir.keys, signing, dt.datetime.now().strftime("%Y%m%d-%H%M%S"))


# -- the backups folder ----------------------------------------------------------------------------
def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in the data folder (newest first), described from their headers."""
    infos = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}"), reverse=True):
        try:
            start, header = _peek_header(path)
            created = _stamp_of(path) or dt.datetime.fromtimestamp(path.stat().st_mtime)
            if start.startswith(SQLITE_MAGIC):
                village, code, revision, counts = _summary(path)
                infos.append(
                    BackupInfo(
                        path,
                        created,
                        village,
                        code,
                        revision,
                        counts,
                        checksum=read_checksum(path) is not None,
                    )
                )
                continue
            if header is None or header.get("encrypted") is not False:
                continue
            stored_counts: Any = header.get("counts")
            members = header.get("members")
            infos.append(
                BackupInfo(
                    path,
                    created,
                    str(header.get("village", "")),
                    str(header.get("code", "")),
                    str(header.get("revision", "")),
                    {str(k): v for k, v in stored_counts.items() if isinstance(v, int)}
                    if isinstance(stored_counts, dict)
                    else {},
                    attachments=sum(
                        1
                        for m in (members if isinstance(members, list) else [])
                        if isinstance(m, list) and m and str(m[0]).startswith(f"{ATTACHMENTS}/")
                    ),
                )
            )
        except (ValueError, sqlite3.DatabaseError, OSError):
            continue
    return infos


def _stamp_of(path: Path) -> dt.datetime | None:
    parts = path.name.split("-")
    for i in range(len(parts) - 1):
        try:
            return dt.datetime.strptime(parts[i] + "-" + parts[i + 1], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
    return None


def is_safety_copy(path: Path) -> bool:
    """A copy made before a restore, a migration or an import: kept apart from the rotation."""
    return any(Path(path).name.endswith(f"-{label}{SUFFIX}") for label in SAFETY_LABELS)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".sha256").unlink(missing_ok=True)


def rotate(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest copy of each of the last 7 days, 4 weeks and 12 months (and the 3 newest).
    The safety copies made before a restore, a migration or an import are not part of that
    rotation: each is kept for :data:`SAFETY_DAYS` days, then removed."""
    now = now or dt.datetime.now()
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)  # the stamps in the names are local time
    stamped = [(stamp, p) for p in Path(folder).glob(f"*{SUFFIX}") if (stamp := _stamp_of(p)) is not None]
    safety = [(stamp, p) for stamp, p in stamped if is_safety_copy(p)]
    dated = sorted(((stamp, p) for stamp, p in stamped if not is_safety_copy(p)), reverse=True)
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
            _remove(path)
            removed.append(path)
    for stamp, path in safety:
        if now - stamp > dt.timedelta(days=SAFETY_DAYS):
            _remove(path)
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
