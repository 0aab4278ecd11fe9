"""The township's private keys, encrypted at rest.

The store (SQLite or PostgreSQL) holds the township's two private keys only sealed (AES-GCM) with a
store key that lives in a small key file outside the database, readable by its owner only (0600):
beside a SQLite file (``town.sqlite3.key``), or for a server database in the township's key folder
(``VILLAGEDESK_TOWNSHIP_KEY_DIR``, by default ``township-keys`` in the user's data folder). A copy
of the database alone, a dump or a stolen server disk opens no sealed field and signs nothing; no
passphrase is typed at each import. ``township backup`` carries the key file inside its encrypted
copy, and ``restore`` puts it back beside the new store.

A store made before this kept its keys in clear: the first open moves them under a new key file and
scrubs the old copies from the database file.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import URL, Engine, make_url, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, object_session

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import TownshipInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

ENV_KEY_DIR = "VILLAGEDESK_TOWNSHIP_KEY_DIR"
KEY_KIND = "villagedesk-township-store-key"
SEALED = "vdk1:"  # a private key sealed with the store key
COLUMNS = ("x25519_private", "ed25519_private")

F_STORE_KEY = QT_TRANSLATE_NOOP("core", "Township key file")
R_KEY_MISSING = QT_TRANSLATE_NOOP(
    "core",
    "the private keys of township {name} ({code}) are locked with the key file {path}, which is "
    "missing. Put that file back (from where you kept it), or restore the newest township backup "
    "into a new store",
)
R_KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "the key file {path} is damaged or not a township key file. Put back the right file, or "
    "restore the newest township backup into a new store",
)
R_KEY_WRONG = QT_TRANSLATE_NOOP(
    "core",
    "the key file {path} does not open the keys of township {name} ({code}): it belongs to another "
    "store. Put back this store's key file, or restore the newest township backup into a new store",
)


# -- where the key file lives -------------------------------------------------------------------------
def key_file_path(url: str | URL) -> Path:
    """Beside a SQLite file; for a server database, in the township key folder, named after it."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        db = Path(str(parsed.database)).expanduser().resolve()
        return db.with_name(db.name + ".key")
    folder = os.environ.get(ENV_KEY_DIR)
    if folder:
        root = Path(folder).expanduser()
    else:
        from villagedesk.paths import default_data_dir

        root = default_data_dir() / "township-keys"
    parts = [parsed.get_backend_name(), parsed.host or "local", str(parsed.port or ""), parsed.database or ""]
    return root / (re.sub(r"[^0-9A-Za-z._-]+", "_", "-".join(p for p in parts if p)) + ".key")


def _url_of(session: Session) -> URL:
    return session.get_bind().engine.url


# -- the key file -----------------------------------------------------------------------------------
def _file_bytes(code: str, secret: bytes) -> bytes:
    body = {"kind": KEY_KIND, "township": code, "key": base64.b64encode(secret).decode("ascii")}
    return json.dumps(body).encode("utf-8") + b"\n"


def _parse(path: Path, data: bytes) -> bytes:
    try:
        body = json.loads(data)
        secret = base64.b64decode(body["key"], validate=True)
        if body["kind"] != KEY_KIND or len(secret) != 32:
            raise ValueError
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError.single(F_STORE_KEY, R_KEY_DAMAGED, path=str(path)) from exc
    return secret


def read_key_file(path: Path, info: TownshipInfo) -> bytes:
    """The store key, or a refusal saying what is missing and what to do."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError.single(
            F_STORE_KEY, R_KEY_MISSING, name=info.name, code=info.code, path=str(path)
        ) from exc
    if os.name == "posix" and path.stat().st_mode & 0o077:
        try:
            os.chmod(path, 0o600)  # copied back with loose permissions: the owner only, again
        except OSError:
            pass  # another user's file: it still opens; its owner tightens it
    return _parse(path, data)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (0600) only if no file is there; FileExistsError otherwise. The
    file appears complete or not at all (written aside, then linked), so two processes opening an
    old store at once agree on one key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(str(part), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(part, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            if path.exists():
                raise FileExistsError(path) from None
            part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    if os.name == "posix":
        folder = os.open(str(path.parent), os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _make_or_read(path: Path, info: TownshipInfo) -> bytes:
    try:
        _write_new(path, _file_bytes(info.code, secrets.token_bytes(32)))
    except FileExistsError:
        pass  # made by an earlier open that did not finish, or by another process just now
    return read_key_file(path, info)


def install_key_file(path: Path, code: str, secret: bytes, stamp: str) -> Path | None:
    """Put a restored store key in place. A different key file already there is kept aside,
    never deleted; returns where it was kept."""
    try:
        if _parse(path, path.read_bytes()) == secret:
            return None
    except FileNotFoundError:
        _write_new(path, _file_bytes(code, secret))
        return None
    except ValidationError:
        pass
    kept = path.with_name(f"{path.name}.before-restore-{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = path.with_name(f"{path.name}.before-restore-{stamp}-{number}")
    path.rename(kept)
    _write_new(path, _file_bytes(code, secret))
    return kept


# -- sealing the private keys -------------------------------------------------------------------------
def _aad(code: str, column: str) -> bytes:
    return f"{KEY_KIND}|{code}|{column}".encode()


def seal(secret: bytes, code: str, column: str, value: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(secret).encrypt(nonce, value.encode("ascii"), _aad(code, column))
    return SEALED + base64.b64encode(nonce + sealed).decode("ascii")


def is_sealed(value: str) -> bool:
    return value.startswith(SEALED)


def _open(secret: bytes, info: TownshipInfo, column: str, path: Path) -> str:
    value: str = getattr(info, column)
    if not is_sealed(value):
        return value  # a store from before this, not opened through open_township yet
    raw = base64.b64decode(value[len(SEALED) :])
    try:
        return AESGCM(secret).decrypt(raw[:12], raw[12:], _aad(info.code, column)).decode("ascii")
    except (InvalidTag, ValueError) as exc:
        raise ValidationError.single(
            F_STORE_KEY, R_KEY_WRONG, name=info.name, code=info.code, path=str(path)
        ) from exc


def new_private_keys(session: Session, code: str, name: str) -> tuple[str, str]:
    """Fresh private keys for ``township init``, sealed with a new key file for this store."""
    from villagedesk.exchange.keys import b64, raw_private

    path = key_file_path(_url_of(session))
    probe = TownshipInfo(name=name, code=code)
    secret = _make_or_read(path, probe)
    x = b64(raw_private(X25519PrivateKey.generate()))
    e = b64(raw_private(Ed25519PrivateKey.generate()))
    return seal(secret, code, COLUMNS[0], x), seal(secret, code, COLUMNS[1], e)


def private_keys(info: TownshipInfo) -> tuple[X25519PrivateKey, Ed25519PrivateKey]:
    """The township's private keys, opened with the key file of the store ``info`` came from."""
    from villagedesk.exchange.keys import unb64

    session = object_session(info)
    values = [getattr(info, c) for c in COLUMNS]
    if all(not is_sealed(v) for v in values) or session is None:
        opened = values
    else:
        path = key_file_path(_url_of(session))
        secret = read_key_file(path, info)
        opened = [_open(secret, info, c, path) for c in COLUMNS]
    return (
        X25519PrivateKey.from_private_bytes(unb64(opened[0])),
        Ed25519PrivateKey.from_private_bytes(unb64(opened[1])),
    )


def store_key(session: Session, info: TownshipInfo) -> bytes:
    """The store key (for ``township backup``), checked against the sealed keys."""
    path = key_file_path(_url_of(session))
    secret = read_key_file(path, info)
    for column in COLUMNS:
        _open(secret, info, column, path)
    return secret


def seal_in_place(session: Session, info: TownshipInfo, secret: bytes | None = None) -> bool:
    """Seal keys still held in clear (with ``secret`` or this store's key file, made if missing),
    and check sealed ones open. True when something was sealed."""
    path = key_file_path(_url_of(session))
    secret = secret if secret is not None else _make_or_read(path, info)
    changed = False
    for column in COLUMNS:
        value = getattr(info, column)
        if is_sealed(value):
            _open(secret, info, column, path)
        else:
            setattr(info, column, seal(secret, info.code, column, value))
            changed = True
    return changed


def secure_store(engine: Engine, sessions: sessionmaker[Session], actor: str) -> None:
    """At each open: a store from before this has its keys sealed under a new key file (made
    before the database changes, so nothing is lost if the commit fails); a store whose key file is
    missing or foreign is refused with what to do."""
    from villagedesk.core.session import unit_of_work

    with unit_of_work(sessions, actor=actor, reason="seal the township keys") as session:
        info = session.scalars(select(TownshipInfo)).first()
        if info is None:
            return
        in_clear = not all(is_sealed(getattr(info, c)) for c in COLUMNS)
        changed = seal_in_place(session, info, None if in_clear else store_key(session, info))
    if changed:
        scrub(engine)


def scrub(engine: Engine) -> None:
    """Old copies of the keys in clear must not stay in freed pages of the database file (SQLite)
    or in dead row versions (PostgreSQL): rewrite them away. Best effort: a server user without
    the right to vacuum leaves it to the next routine vacuum."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if engine.dialect.name == "sqlite":
                conn.execute(text("VACUUM"))
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            elif engine.dialect.name == "postgresql":
                conn.execute(text("VACUUM FULL township_info"))
    except SQLAlchemyError:
        pass


def restore_stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
