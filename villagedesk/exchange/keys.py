"""Keys: each village signs its packages (Ed25519); the township decrypts sensitive fields (X25519)
and signs its acknowledgements (Ed25519). Public keys travel as small JSON files whose
fingerprints are read out over the phone once."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.files import write_atomically

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

VILLAGE_KEY_KIND = "villagedesk-village-key"
TOWNSHIP_KEY_KIND = "villagedesk-township-key"
F_KEY = QT_TRANSLATE_NOOP("core", "Key file")
R_NOT_KEY = QT_TRANSLATE_NOOP("core", "{name} is not a VillageDesk {what} key file")
R_WRONG_TOWNSHIP = QT_TRANSLATE_NOOP(
    "core", "{name} is the key of township {code}, but this village belongs to {own}"
)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def fingerprint(*raw_keys: bytes) -> str:
    """What two people compare over the phone: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(b"".join(raw_keys)).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class VillagePublicKey:
    code: str
    name: str
    ed25519: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519)


@dataclass(frozen=True)
class TownshipPublicKey:
    code: str
    name: str
    x25519: bytes
    ed25519: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.x25519, self.ed25519)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.x25519)

    def to_json(self) -> str:
        return json.dumps(
            {
                "kind": TOWNSHIP_KEY_KIND,
                "code": self.code,
                "name": self.name,
                "x25519": b64(self.x25519),
                "ed25519": b64(self.ed25519),
            },
            ensure_ascii=False,
            indent=1,
        )


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


VILLAGE_KEY_FILE = "village-ed25519.key"  # private: travels only inside encrypted backups
TOWNSHIP_KEY_FILE = "township.pub"


def village_signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    """The village's key pair, made once and kept in the data folder."""
    path = keys_dir / VILLAGE_KEY_FILE
    if not path.exists():
        _write_private(path, b64(raw_private(Ed25519PrivateKey.generate())).encode("ascii"))
    return Ed25519PrivateKey.from_private_bytes(unb64(path.read_text(encoding="ascii").strip()))


def village_public(keys_dir: Path, code: str, name: str) -> VillagePublicKey:
    return VillagePublicKey(code, name, raw_public(village_signing_key(keys_dir).public_key()))


def village_key_json(key: VillagePublicKey) -> str:
    return json.dumps(
        {"kind": VILLAGE_KEY_KIND, "code": key.code, "name": key.name, "ed25519": b64(key.ed25519)},
        ensure_ascii=False,
        indent=1,
    )


def _load_json(path: Path, what: str) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError
        return data
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValidationError.single(F_KEY, R_NOT_KEY, name=Path(path).name, what=what) from exc


def read_village_key(path: Path) -> VillagePublicKey:
    data = _load_json(path, "village")
    try:
        if data["kind"] != VILLAGE_KEY_KIND:
            raise ValueError
        key = VillagePublicKey(str(data["code"]), str(data["name"]), unb64(data["ed25519"]))
        Ed25519PublicKey.from_public_bytes(key.ed25519)
    except (KeyError, ValueError) as exc:
        raise ValidationError.single(F_KEY, R_NOT_KEY, name=Path(path).name, what="village") from exc
    return key


def read_township_key(path: Path) -> TownshipPublicKey:
    data = _load_json(path, "township")
    try:
        if data["kind"] != TOWNSHIP_KEY_KIND:
            raise ValueError
        key = TownshipPublicKey(
            str(data["code"]), str(data["name"]), unb64(data["x25519"]), unb64(data["ed25519"])
        )
        key.encryption_key()
        key.verifier()
    except (KeyError, ValueError) as exc:
        raise ValidationError.single(F_KEY, R_NOT_KEY, name=Path(path).name, what="township") from exc
    return key


def parse_village_signing_key(data: bytes) -> Ed25519PrivateKey:
    """The key in the bytes of a village key file (ValueError when they are not one)."""
    try:
        return Ed25519PrivateKey.from_private_bytes(unb64(data.decode("ascii").strip()))
    except (UnicodeDecodeError, ValueError, TypeError) as exc:
        raise ValueError("not a village key") from exc


def restore_village_signing_key(keys_dir: Path, data: bytes, stamp: str) -> Path | None:
    """Put the village key from a backup in place (a new PC continues the chain the township knows).
    A different key already there is kept aside, never deleted. Returns where it was kept, if any."""
    parse_village_signing_key(data)
    path = keys_dir / VILLAGE_KEY_FILE
    kept = None
    if path.exists():
        current = path.read_bytes()
        if current.strip() == data.strip():
            return None
        kept = keys_dir / f"{VILLAGE_KEY_FILE}.before-restore-{stamp}"
        number = 1
        while kept.exists():
            number += 1
            kept = keys_dir / f"{VILLAGE_KEY_FILE}.before-restore-{stamp}-{number}"
        _write_private(kept, current)
    part = keys_dir / f"{VILLAGE_KEY_FILE}.part"
    part.unlink(missing_ok=True)
    _write_private(part, data)
    part.replace(path)
    return kept


def installed_township_key(keys_dir: Path) -> TownshipPublicKey | None:
    path = keys_dir / TOWNSHIP_KEY_FILE
    return read_township_key(path) if path.exists() else None


def install_township_key(keys_dir: Path, source: Path, village_code: str) -> TownshipPublicKey:
    key = read_township_key(source)
    if key.code != village_code[:9]:
        raise ValidationError.single(
            F_KEY, R_WRONG_TOWNSHIP, name=Path(source).name, code=key.code, own=village_code[:9]
        )
    keys_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(keys_dir / TOWNSHIP_KEY_FILE, key.to_json().encode("utf-8"))
    return key


# -- installing or replacing the township key at the village: the administrator's act ---------------
F_TOWNSHIP_KEY = QT_TRANSLATE_NOOP("core", "Township key")
A_TOWNSHIP_KEY = QT_TRANSLATE_NOOP("core", "install or replace the township key")


@dataclass(frozen=True)
class TownshipKeyChange:
    """What installing a township key file would change: the key installed now (None the first
    time) and the new one, to be shown side by side and confirmed."""

    old: TownshipPublicKey | None
    new: TownshipPublicKey

    @property
    def unchanged(self) -> bool:
        return self.old is not None and self.old.fingerprint == self.new.fingerprint


def require_administrator(session: Session) -> None:
    """Only the centre's administrator (who gave their PIN) installs or replaces the township key:
    whoever holds it decides where the village's sealed data can be read."""
    from villagedesk.core import users
    from villagedesk.core.errors import Translatable

    actor = str(session.info.get("actor", users.SYSTEM_ACTOR))
    user = users.find_user(session, actor)
    if actor == users.SYSTEM_ACTOR or (
        user is not None and user.is_admin and user.active and not users.is_locked(user)
    ):
        return
    role = Translatable(users.ROLE_LABELS[user.role]) if user is not None else "—"
    raise ValidationError.single(
        users.F_PERMISSION, users.R_DENIED, name=actor, role=role, action=Translatable(A_TOWNSHIP_KEY)
    )


def township_key_change(keys_dir: Path, source: Path, village_code: str) -> TownshipKeyChange:
    """Read the key file and check it belongs to this village's township; changes nothing."""
    key = read_township_key(source)
    if key.code != village_code[:9]:
        raise ValidationError.single(
            F_KEY, R_WRONG_TOWNSHIP, name=Path(source).name, code=key.code, own=village_code[:9]
        )
    try:
        old = installed_township_key(keys_dir)
    except ValidationError:
        old = None  # a damaged key file is replaced like a missing one
    return TownshipKeyChange(old, key)


def replace_township_key(
    session: Session, keys_dir: Path, source: Path, village_code: str, expected: str
) -> TownshipKeyChange:
    """Install the key after the administrator saw the change and confirmed it: ``expected`` is
    the new fingerprint they were shown (a file swapped in between is refused)."""
    require_administrator(session)
    change = township_key_change(keys_dir, source, village_code)
    if change.new.fingerprint != expected:
        raise ValidationError.single(F_TOWNSHIP_KEY, R_KEY_FILE_CHANGED, name=Path(source).name)
    install_township_key(keys_dir, source, village_code)
    return change


R_KEY_FILE_CHANGED = QT_TRANSLATE_NOOP("core", "{name} changed after it was shown; open it again")
