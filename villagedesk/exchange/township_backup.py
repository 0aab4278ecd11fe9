"""`township backup` and `restore`: a portable, logical copy of the township store written by the
app itself (one JSON line per row of every table, read and written through SQLAlchemy), so a copy
made on SQLite restores into PostgreSQL and back, whatever the version of a database client.

The copy holds the township's private keys and the villages' sealed records: the whole file is
encrypted with a passphrase (scrypt, AES-GCM), as the desk's backups are. Restoring goes into an
empty store only, in one transaction, and only for an administrator of the restored store who gives
their PIN; a wrong PIN or passphrase leaves the target as it was.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import gzip
import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from villagedesk.core.backup import KDF_N, KDF_N_MAX, KDF_N_MIN, KDF_P, KDF_R, KDF_R_MAX
from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.session import unit_of_work
from villagedesk.db.base import Base
from villagedesk.db.models import TownshipInfo
from villagedesk.exchange import township_keys
from villagedesk.files import write_atomically

MAGIC = b"VDTOWNSHIP-BACKUP\n"
KIND = "villagedesk-township-backup"
MAX_HEADER = 64 * 1024

F_TOWNSHIP_BACKUP = QT_TRANSLATE_NOOP("core", "Township backup")
R_NOT_BACKUP = QT_TRANSLATE_NOOP("core", "{name} is not a VillageDesk township backup")
R_PASSPHRASE = QT_TRANSLATE_NOOP(
    "core", "wrong passphrase, or the file {name} is damaged; nothing was restored"
)
R_SHORT_PASSPHRASE = QT_TRANSLATE_NOOP("core", "the passphrase must be at least {minimum} characters")
R_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "core",
    "this store already holds township {name} ({code}); restore into a new, empty database",
)
R_UNKNOWN_TABLE = QT_TRANSLATE_NOOP(
    "core", "the backup holds {table}, which this version does not know; use a newer VillageDesk"
)
R_NOT_ADMIN = QT_TRANSLATE_NOOP(
    "core", "{name} is not an administrator of the restored township; nothing was restored"
)
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class BackupSummary:
    township: str
    code: str
    rows: dict[str, int]


# -- values as JSON ---------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, enum.Enum):
        return {"$e": value.name}
    return value


def _decode(table: Table, column: str, value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "$b" in value:
        return base64.b64decode(value["$b"])
    if "$dt" in value:
        return dt.datetime.fromisoformat(value["$dt"])
    if "$d" in value:
        return dt.date.fromisoformat(value["$d"])
    if "$e" in value:
        enum_class = getattr(table.c[column].type, "enum_class", None)
        return enum_class[value["$e"]] if enum_class is not None else value["$e"]
    return value


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _lines(engine: Engine, store_key: bytes) -> Iterator[bytes]:
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in _tables()}
        meta = {"kind": KIND, "format": 1, "revision": revision, "rows": counts}
        # the key file that opens the sealed private keys travels inside the encrypted copy
        meta["store_key"] = base64.b64encode(store_key).decode("ascii")
        yield json.dumps(meta).encode() + b"\n"
        for table in _tables():
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*order)):
                record = {k: _encode(v) for k, v in row._mapping.items()}
                yield json.dumps({"t": table.name, "r": record}, ensure_ascii=False).encode("utf-8") + b"\n"


# -- writing ----------------------------------------------------------------------------------------
def _key(passphrase: str, salt: bytes, n: int = KDF_N, r: int = KDF_R, p: int = KDF_P) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * n * r + 2**20
    )


def make_backup(session: Session, engine: Engine, target: Path, passphrase: str) -> BackupSummary:
    """Write the encrypted logical copy of the whole store to ``target`` (atomically). The caller's
    session says who acts: a township administrator."""
    from villagedesk.exchange import township as tw

    tw.require_township(session, tw.TownshipAction.BACKUP)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.single(F_TOWNSHIP_BACKUP, R_SHORT_PASSPHRASE, minimum=MIN_PASSPHRASE)
    info = tw.township(session)
    store_key = township_keys.store_key(session, info)
    payload = gzip.compress(b"".join(_lines(engine, store_key)), compresslevel=6, mtime=0)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = json.dumps(
        {
            "kind": KIND,
            "format": 1,
            "township": {"name": info.name, "code": info.code},
            "kdf": {"name": "scrypt", "n": KDF_N, "r": KDF_R, "p": KDF_P},
            "salt": salt.hex(),
            "nonce": nonce.hex(),
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, payload, header)
    write_atomically(Path(target), MAGIC + len(header).to_bytes(4, "big") + header + sealed)
    counts = json.loads(gzip.decompress(payload).split(b"\n", 1)[0])["rows"]
    return BackupSummary(info.name, info.code, counts)


# -- reading ----------------------------------------------------------------------------------------
def _refuse(rule: str, path: Path, **values: Any) -> ValidationError:
    return ValidationError.single(F_TOWNSHIP_BACKUP, rule, name=Path(path).name, **values)


def _open(path: Path, passphrase: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    raw = Path(path).read_bytes()
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise _refuse(R_NOT_BACKUP, path)
    size = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    if size > MAX_HEADER or len(raw) < start + size:
        raise _refuse(R_NOT_BACKUP, path)
    header_bytes = raw[start : start + size]
    try:
        header = json.loads(header_bytes)
        kdf = header["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt, nonce = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
        if header["kind"] != KIND or not (KDF_N_MIN <= n <= KDF_N_MAX and 1 <= r <= KDF_R_MAX and p == 1):
            raise ValueError
    except (ValueError, KeyError, TypeError) as exc:
        raise _refuse(R_NOT_BACKUP, path) from exc
    try:
        payload = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, raw[start + size :], header_bytes)
    except (InvalidTag, ValueError) as exc:
        raise _refuse(R_PASSPHRASE, path) from exc
    lines = gzip.decompress(payload).splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def restore_backup(
    sessions: sessionmaker[Session], path: Path, passphrase: str, user: str | None, pin: str
) -> BackupSummary:
    """Restore into an empty store (SQLite or PostgreSQL), all or nothing. ``user`` (default: the
    restored township's administrator) must be an administrator of the restored store and give
    their PIN; otherwise nothing stays."""
    from villagedesk.core import users
    from villagedesk.exchange import township as tw

    meta, rows = _open(path, passphrase)
    tables = {t.name: t for t in _tables()}
    for name in meta["rows"]:
        if name not in tables:
            raise _refuse(R_UNKNOWN_TABLE, path, table=name)
    with unit_of_work(sessions, actor=users.SYSTEM_ACTOR, reason="restore") as session:
        existing = session.scalars(select(TownshipInfo)).first()
        if existing is not None:
            raise ValidationError.single(
                F_TOWNSHIP_BACKUP, R_NOT_EMPTY, name=existing.name, code=existing.code
            )
        conn = session.connection()
        for table in reversed(_tables()):  # what the migrations put in an empty store
            conn.execute(delete(table))
        batch: dict[str, list[dict[str, Any]]] = {}
        for line in rows:
            table = tables[line["t"]]
            batch.setdefault(table.name, []).append({k: _decode(table, k, v) for k, v in line["r"].items()})
        for table in _tables():
            if batch.get(table.name):
                conn.execute(insert(table), batch[table.name])
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
        session.flush()
        admin = users.find_user(session, user) if user else users.administrator(session)
        name = admin.name if admin is not None else (user or "")
        tw.sign_in(session, name, pin)  # raising rolls everything back: the target stays empty
        if admin is None or not admin.is_admin:
            raise ValidationError.single(F_TOWNSHIP_BACKUP, R_NOT_ADMIN, name=name)
        info = tw.township(session)
        _restore_key_file(session, info, meta)
        summary = BackupSummary(info.name, info.code, dict(meta["rows"]))
        engine = session.get_bind().engine
    if "store_key" not in meta:
        township_keys.scrub(engine)  # the keys were in clear for a moment: no copy stays in the file
    return summary


def _restore_key_file(session: Session, info: TownshipInfo, meta: dict[str, Any]) -> None:
    """The key file from the backup goes beside the new store (a different one found there is kept
    aside). A copy made before the keys were sealed has them in clear: they are sealed now, under
    a new key file, before the restore commits."""
    carried = meta.get("store_key")
    if carried is None:
        township_keys.seal_in_place(session, info)
        return
    secret = base64.b64decode(carried)
    path = township_keys.key_file_path(session.get_bind().engine.url)
    township_keys.install_key_file(path, info.code, secret, township_keys.restore_stamp())
    township_keys.seal_in_place(session, info, secret)


def _reset_sequences(conn: Any) -> None:
    """Rows came with their ids: the next id each table hands out follows the highest restored."""
    for table in _tables():
        id_column = table.c.get("id")
        if id_column is None or not id_column.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
