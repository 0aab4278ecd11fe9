"""The USB package: one zip file holding a signed manifest, the records and the posted notices.

manifest.json  format version, village, township, period, sequence, previous package's hash,
               record counts per type, SHA-256 of every other member, how sensitive fields are sealed
manifest.sig   Ed25519 signature of manifest.json by the village key
records/*.json the records of each type: readable fields in clear, sensitive ones in "sealed"
               (AES-GCM under a key agreed with the township's X25519 key; only it can open them)
notices/*.pdf  the notices posted in the period
photos/*.jpg   photos of the posted notices on the board (JPEG, at most 500 kB each), named by the
               record they belong to
audit/chain.json  (format 2) the links of the village's audit history since the last anchor the
               township holds: per entry its action and payload hash, never the payload (see
               exchange/anchors.py); the manifest's ``audit`` names the head (entry count and hash)

Format 1 (before anchors) is still read; exchange/anchors.py accepts it only while the township
holds no anchor of that village.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import io
import json
import re
import secrets
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from villagedesk.core.errors import Translatable
from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity
from villagedesk.exchange.keys import raw_public

FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)
CHAIN_MEMBER = "audit/chain.json"
SUFFIX = ".vdx"
SEAL_ALG = "X25519-HKDF-SHA256-AESGCM"


class Refusal(enum.Enum):
    TRUNCATED = "truncated"
    TAMPERED = "tampered"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad signature"
    UNKNOWN_VILLAGE = "unknown village"
    WRONG_TOWNSHIP = "wrong township"
    OUT_OF_SEQUENCE = "out of sequence"
    FORMAT = "unknown format"
    MALFORMED = "malformed"
    TOO_LARGE = "too large"
    UNREADABLE = "unreadable"
    HISTORY = "history not extended"


REFUSAL_TITLES = {
    Refusal.TRUNCATED: QT_TRANSLATE_NOOP("core", "incomplete file"),
    Refusal.TAMPERED: QT_TRANSLATE_NOOP("core", "altered or damaged"),
    Refusal.UNSIGNED: QT_TRANSLATE_NOOP("core", "not signed"),
    Refusal.BAD_SIGNATURE: QT_TRANSLATE_NOOP("core", "wrong signature"),
    Refusal.UNKNOWN_VILLAGE: QT_TRANSLATE_NOOP("core", "village not enrolled"),
    Refusal.WRONG_TOWNSHIP: QT_TRANSLATE_NOOP("core", "made for another township"),
    Refusal.OUT_OF_SEQUENCE: QT_TRANSLATE_NOOP("core", "out of sequence"),
    Refusal.FORMAT: QT_TRANSLATE_NOOP("core", "unknown format"),
    Refusal.MALFORMED: QT_TRANSLATE_NOOP("core", "malformed"),
    Refusal.TOO_LARGE: QT_TRANSLATE_NOOP("core", "too large"),
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP("core", "cannot be read"),
    Refusal.HISTORY: QT_TRANSLATE_NOOP("core", "audit history rewritten"),
}
MAX_MESSAGE = 199  # a refusal is read in a log line or a dialog, never a wall of text


def _package_error(refusal: Refusal, template: str, params: dict[str, Any]) -> PackageError:
    return PackageError(refusal, template, **params)


def shorten(text: object, limit: int = 60) -> str:
    """A value from a package quoted in a message: never longer than ``limit`` characters."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PackageError(Exception):
    """Why a package was refused: a kind, and a translatable template (source text) with its values."""

    def __init__(self, refusal: Refusal, template: str, **params: Any) -> None:
        self.refusal = refusal
        self.template = template
        self.params = params
        super().__init__(f"{refusal.value}: {self.detail}")

    def __reduce__(self) -> tuple[Any, ...]:
        """It crosses from the process that prepares a batch (see exchange/prepare.py)."""
        return (_package_error, (self.refusal, self.template, self.params))

    @property
    def detail(self) -> str:
        return self.render_detail()

    def render_detail(self, tr: Translator = identity) -> str:
        params = {k: (tr(v) if isinstance(v, Translatable) else v) for k, v in self.params.items()}
        try:
            return tr(self.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the refusal
            return self.template.format(**params)

    def render(self, tr: Translator = identity) -> str:
        """One line under 200 characters in the user's language: what kind of refusal, and why."""
        title = tr(REFUSAL_TITLES[self.refusal])
        text = title + ": " + self.render_detail(tr)
        return shorten(text, MAX_MESSAGE)


R_NOT_PACKAGE = QT_TRANSLATE_NOOP("core", "the file is incomplete or not a package (cut off while copying?)")
R_NO_MANIFEST = QT_TRANSLATE_NOOP("core", "the manifest is missing")
R_MANIFEST_DAMAGED = QT_TRANSLATE_NOOP("core", "the manifest is damaged")
R_FORMAT = QT_TRANSLATE_NOOP("core", "format version {version} (this desk reads {ours})")
R_NO_SIGNATURE = QT_TRANSLATE_NOOP("core", "the package carries no signature")
R_SIG_MALFORMED = QT_TRANSLATE_NOOP("core", "the signature or the village code in the manifest is malformed")
R_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "core",
    "not signed by the enrolled key of village {code} (another village's key, a replaced key, or an altered manifest)",
)
R_UNLISTED = QT_TRANSLATE_NOOP("core", "members not in the manifest: {names}")
R_MEMBER_MISSING = QT_TRANSLATE_NOOP("core", "{name} is missing")
R_MEMBER_DAMAGED = QT_TRANSLATE_NOOP("core", "{name} is damaged")
R_MEMBER_HASH = QT_TRANSLATE_NOOP("core", "{name} does not match its hash in the signed manifest")
R_DUPLICATE = QT_TRANSLATE_NOOP("core", "the file holds {name} twice (a package never does)")
R_TOO_MANY = QT_TRANSLATE_NOOP("core", "the file holds {count} members, more than a package may ({limit})")
R_MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{name} is larger than a package member may be ({limit} MB)")
R_TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "core", "the members together are larger than a package may be ({limit} MB)"
)
R_FIELD_MISSING = QT_TRANSLATE_NOOP("core", "the signed manifest has no {field}")
R_FIELD_TYPE = QT_TRANSLATE_NOOP("core", "{field} in the signed manifest is not {expected}")
R_FIELD_RANGE = QT_TRANSLATE_NOOP("core", "{field} in the signed manifest is out of range: {value}")
R_PHOTO_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{name} is larger than a photo may be ({limit} kB)")
R_NOT_A_PHOTO = QT_TRANSLATE_NOOP("core", "{name} is not a JPEG photo")
R_MEMBER_NAME = QT_TRANSLATE_NOOP("core", "the manifest lists a member with an unexpected name: {name}")
R_COUNT_DIFFERS = QT_TRANSLATE_NOOP(
    "core", "the manifest counts {count} records of {name}, but the package holds {actual}"
)
R_RECORDS_MALFORMED = QT_TRANSLATE_NOOP("core", "{name} is not a list of records")
R_RECORD_FIELD = QT_TRANSLATE_NOOP("core", "a record in {name} has a missing or wrong {field}")
R_RECORD_TWICE = QT_TRANSLATE_NOOP("core", "record {uuid} appears twice in the package")
R_SEALED = QT_TRANSLATE_NOOP("core", "sealed fields of {uuid} do not open")
T_WHOLE_NUMBER = Translatable(QT_TRANSLATE_NOOP("core", "a whole number"))
T_TEXT = Translatable(QT_TRANSLATE_NOOP("core", "text"))
T_TABLE = Translatable(QT_TRANSLATE_NOOP("core", "a table of fields"))
T_YES_NO = Translatable(QT_TRANSLATE_NOOP("core", "yes or no"))
T_DIGEST = Translatable(QT_TRANSLATE_NOOP("core", "a SHA-256 digest"))

# Limits checked before a member is read (from the size the zip declares) and again while it is
# read (a zip that lies about its size is stopped at the limit, never inflated to the end).
MB = 1024 * 1024
MAX_FILE = 512 * MB
MAX_MANIFEST = 4 * MB
MAX_SIGNATURE = 1024
MAX_RECORDS_MEMBER = 128 * MB
MAX_NOTICE_MEMBER = 32 * MB
MAX_PHOTO_MEMBER = 500 * 1024  # a board photo is downscaled to this before it travels
MAX_TOTAL = 512 * MB
MAX_MEMBERS = 50_000
MAX_INT = 2**31 - 1  # what an Integer column holds on every backend
MAX_COUNTER = 2**62


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _derive(shared: bytes, package_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"villagedesk-package-v1:" + package_id.encode()
    ).derive(shared)


class Sealer:
    """Seals sensitive fields so only the township's private key opens them."""

    def __init__(self, township_key: X25519PublicKey, package_id: str) -> None:
        ephemeral = X25519PrivateKey.generate()
        self.ephemeral_public = raw_public(ephemeral.public_key())
        self._aead = AESGCM(_derive(ephemeral.exchange(township_key), package_id))

    def seal(self, record_uuid: str, values: dict[str, Any]) -> str:
        nonce = secrets.token_bytes(12)
        plain = json.dumps(values, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return base64.b64encode(nonce + self._aead.encrypt(nonce, plain, record_uuid.encode())).decode(
            "ascii"
        )


class Opener:
    def __init__(self, township_private: X25519PrivateKey, ephemeral_public: bytes, package_id: str) -> None:
        shared = township_private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        self._aead = AESGCM(_derive(shared, package_id))

    def open(self, record_uuid: str, sealed: str) -> dict[str, Any]:
        return self.open_text(record_uuid, sealed)[0]

    def open_text(self, record_uuid: str, sealed: str) -> tuple[dict[str, Any], str]:
        """The sealed values, and the JSON text they were sealed as."""
        try:
            raw = base64.b64decode(sealed, validate=True)
            text = self._aead.decrypt(raw[:12], raw[12:], record_uuid.encode()).decode("utf-8")
            values = json.loads(text)
            if not isinstance(values, dict):
                raise ValueError
        except (InvalidTag, ValueError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
            raise PackageError(Refusal.TAMPERED, R_SEALED, uuid=shorten(record_uuid, 40)) from exc
        return values, text


@dataclass
class PackageContents:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    records: dict[str, list[dict[str, Any]]]
    notices: dict[str, bytes] = field(default_factory=dict)
    chain: dict[str, Any] | None = None  # format 2: the audit links since the last anchor
    photos: dict[str, bytes] = field(default_factory=dict)  # record uuid → JPEG of the posted board

    @property
    def package_hash(self) -> str:
        return sha256(self.manifest_bytes)

    @property
    def village_code(self) -> str:
        return str(self.manifest["village"]["code"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def build(
    manifest: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    notices: dict[str, bytes],
    signer: Ed25519PrivateKey,
    chain: bytes | None = None,
    photos: dict[str, bytes] | None = None,
) -> tuple[bytes, str]:
    """The package file's bytes and its hash (the SHA-256 of its manifest)."""
    members: dict[str, bytes] = {}
    if chain is not None:
        members[CHAIN_MEMBER] = chain
    for name, rows in records.items():
        members[f"records/{name}.json"] = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")
    for uuid, pdf in notices.items():
        members[f"notices/{uuid}.pdf"] = pdf
    for uuid, jpeg in (photos or {}).items():
        members[f"photos/{uuid}.jpg"] = jpeg
    manifest = dict(
        manifest,
        format_version=FORMAT_VERSION if chain is not None else 1,
        counts={name: len(rows) for name, rows in records.items()},
        members={name: sha256(data) for name, data in sorted(members.items())},
    )
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(signer.sign(manifest_bytes)))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue(), sha256(manifest_bytes)


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # an encrypted member
)
_RECORDS_NAME = re.compile(r"records/[a-z][a-z0-9_]{0,39}\.json")
_NOTICE_NAME = re.compile(r"notices/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf")
_PHOTO_NAME = re.compile(r"photos/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jpg")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, refused before reading when it declares more than ``limit`` and stopped
    while reading when it inflates past it (a zip bomb lies about its size)."""
    name = shorten(info.filename)
    if info.file_size > limit:
        _too_large(name, limit)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(min(1024 * 1024, limit + 1 - total))
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    _too_large(name, limit)
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:
        raise PackageError(Refusal.TAMPERED, R_MEMBER_DAMAGED, name=name) from exc
    return b"".join(chunks)


def _too_large(name: str, limit: int) -> None:
    if name.startswith("photos/"):
        raise PackageError(Refusal.TOO_LARGE, R_PHOTO_TOO_LARGE, name=name, limit=limit // 1024)
    raise PackageError(Refusal.TOO_LARGE, R_MEMBER_TOO_LARGE, name=name, limit=max(limit // MB, 1))


def is_jpeg(data: bytes) -> bool:
    """A JPEG's start and end markers (a photo member is never opened by an image decoder here)."""
    return len(data) > 4 and data[:3] == b"\xff\xd8\xff" and data.rstrip(b"\0")[-2:] == b"\xff\xd9"


def _limit_for(name: str) -> int:
    if name == "manifest.json":
        return MAX_MANIFEST
    if name == "manifest.sig":
        return MAX_SIGNATURE
    if name.startswith("notices/"):
        return MAX_NOTICE_MEMBER
    if name.startswith("photos/"):
        return MAX_PHOTO_MEMBER
    return MAX_RECORDS_MEMBER


def _field(obj: dict[str, Any], key: str, path: str) -> Any:
    if key not in obj:
        raise PackageError(Refusal.MALFORMED, R_FIELD_MISSING, field=path)
    return obj[key]


def _table(obj: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = _field(obj, key, path)
    if not isinstance(value, dict):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field=path, expected=T_TABLE)
    return value


def _text(obj: dict[str, Any], key: str, path: str, limit: int = 200, optional: bool = False) -> str | None:
    value = obj.get(key) if optional else _field(obj, key, path)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field=path, expected=T_TEXT)
    if len(value) > limit:
        raise PackageError(Refusal.MALFORMED, R_FIELD_RANGE, field=path, value=shorten(value, 30))
    return value


def _whole(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field=path, expected=T_WHOLE_NUMBER)
    if not low <= value <= high:
        raise PackageError(Refusal.MALFORMED, R_FIELD_RANGE, field=path, value=shorten(value, 30))
    return value


def check_manifest(manifest: dict[str, Any]) -> None:
    """Every field the importer relies on is there, of the right type and in range. A signature
    says who wrote the manifest, not that it is well formed."""
    _text(manifest, "package_id", "package_id", 64)
    village = _table(manifest, "village", "village")
    code = _text(village, "code", "village.code", 12)
    if not (code and len(code) == 12 and code.isascii() and code.isdigit()):
        raise PackageError(Refusal.MALFORMED, R_FIELD_RANGE, field="village.code", value=shorten(code, 30))
    _text(village, "name", "village.name", 60)
    township = _table(manifest, "township", "township")
    _text(township, "code", "township.code", 9)
    _text(township, "key_fingerprint", "township.key_fingerprint", 60)
    _whole(_field(manifest, "sequence", "sequence"), "sequence", 1, MAX_INT)
    previous = _text(manifest, "previous_hash", "previous_hash", 64)
    if previous and not _DIGEST.fullmatch(previous):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field="previous_hash", expected=T_DIGEST)
    period = _table(manifest, "period", "period")
    _text(period, "from", "period.from", 40, optional=True)
    _text(period, "to", "period.to", 40, optional=True)
    if not isinstance(period.get("full", False), bool):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field="period.full", expected=T_YES_NO)
    _text(manifest, "created_at", "created_at", 40)
    sealing = _table(manifest, "sealing", "sealing")
    _text(sealing, "alg", "sealing.alg", 60)
    ephemeral = _text(sealing, "ephemeral_public", "sealing.ephemeral_public", 60) or ""
    try:
        if len(base64.b64decode(ephemeral, validate=True)) != 32:
            raise ValueError
    except ValueError as exc:
        raise PackageError(
            Refusal.MALFORMED, R_FIELD_RANGE, field="sealing.ephemeral_public", value=shorten(ephemeral, 30)
        ) from exc
    if "changes" in manifest:
        changes = _table(manifest, "changes", "changes")
        after = _whole(_field(changes, "after", "changes.after"), "changes.after", 0, MAX_COUNTER)
        _whole(_field(changes, "upto", "changes.upto"), "changes.upto", after, MAX_COUNTER)
    if manifest.get("format_version", 1) >= 2:
        _check_audit(manifest)
    counts = _table(manifest, "counts", "counts")
    members = _table(manifest, "members", "members")
    for name, digest in members.items():
        if not (
            _RECORDS_NAME.fullmatch(name)
            or _NOTICE_NAME.fullmatch(name)
            or _PHOTO_NAME.fullmatch(name)
            or name == CHAIN_MEMBER
        ):
            raise PackageError(Refusal.MALFORMED, R_MEMBER_NAME, name=shorten(name))
        if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
            raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field=shorten(name), expected=T_DIGEST)
    for name, count in counts.items():
        _whole(count, f"counts.{shorten(name, 40)}", 0, MAX_INT)
        if f"records/{name}.json" not in members:
            raise PackageError(
                Refusal.MALFORMED, R_COUNT_DIFFERS, name=shorten(name, 40), count=count, actual=0
            )
    for name in members:
        if name.startswith("records/") and name[len("records/") : -len(".json")] not in counts:
            raise PackageError(Refusal.MALFORMED, R_FIELD_MISSING, field=f"counts.{shorten(name, 40)}")


def _check_audit(manifest: dict[str, Any]) -> None:
    audit = _table(manifest, "audit", "audit")
    _whole(_field(audit, "count", "audit.count"), "audit.count", 0, MAX_COUNTER)
    head = _text(audit, "head", "audit.head", 64)
    if not head or not _DIGEST.fullmatch(head):
        raise PackageError(Refusal.MALFORMED, R_FIELD_TYPE, field="audit.head", expected=T_DIGEST)
    if CHAIN_MEMBER not in _table(manifest, "members", "members"):
        raise PackageError(Refusal.MALFORMED, R_FIELD_MISSING, field=CHAIN_MEMBER)


def _check_chain(body: bytes) -> dict[str, Any]:
    """The links member: {"from": [count, hash], "entries": [{"a": action, "p": payload hash
    (, "d": a payload shown in full)} or {"a": action, "e": an old-form entry's hash}]}."""
    try:
        chain = json.loads(body)
        start = chain["from"]
        if not (
            isinstance(start, list)
            and len(start) == 2
            and isinstance(start[0], int)
            and not isinstance(start[0], bool)
            and 0 <= start[0] <= MAX_COUNTER
            and isinstance(start[1], str)
            and _DIGEST.fullmatch(start[1])
            and isinstance(chain["entries"], list)
        ):
            raise ValueError
        for entry in chain["entries"]:
            if not _link_ok(entry):
                raise ValueError
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise PackageError(Refusal.MALFORMED, R_RECORDS_MALFORMED, name=CHAIN_MEMBER) from exc
    return dict(chain)


def _link_ok(entry: Any) -> bool:
    if not isinstance(entry, dict) or not isinstance(entry.get("a"), str) or len(entry["a"]) > 20:
        return False
    digest = entry.get("e", entry.get("p"))
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest) or ("e" in entry) == ("p" in entry):
        return False
    shown = entry.get("d")
    return shown is None or (
        isinstance(shown, list)
        and len(shown) == 7
        and all(isinstance(x, str) and len(x) <= 4000 for x in shown)
    )


def _check_records(name: str, rows: Any, count: int, seen: set[str]) -> list[dict[str, Any]]:
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise PackageError(Refusal.MALFORMED, R_RECORDS_MALFORMED, name=shorten(name, 40))
    if len(rows) != count:
        raise PackageError(
            Refusal.MALFORMED, R_COUNT_DIFFERS, name=shorten(name, 40), count=count, actual=len(rows)
        )
    for row in rows:
        uuid = row.get("uuid")
        if not isinstance(uuid, str) or not 0 < len(uuid) <= 36:
            raise PackageError(Refusal.MALFORMED, R_RECORD_FIELD, name=shorten(name, 40), field="uuid")
        for key, low, high in (("version", 1, MAX_INT), ("change_counter", 0, MAX_COUNTER)):
            value = row.get(key, low if key == "change_counter" else None)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise PackageError(Refusal.MALFORMED, R_RECORD_FIELD, name=shorten(name, 40), field=key)
        if not isinstance(row.get("deleted", False), bool):
            raise PackageError(Refusal.MALFORMED, R_RECORD_FIELD, name=shorten(name, 40), field="deleted")
        if not isinstance(row.get("sealed", ""), str):
            raise PackageError(Refusal.MALFORMED, R_RECORD_FIELD, name=shorten(name, 40), field="sealed")
        if uuid in seen:
            raise PackageError(Refusal.MALFORMED, R_RECORD_TWICE, uuid=uuid)
        seen.add(uuid)
    return rows


def read(data: bytes, verifier_for: Any) -> PackageContents:
    """Open and verify a package. ``verifier_for(village_code)`` returns the enrolled public key
    or raises PackageError(UNKNOWN_VILLAGE). Raises PackageError saying what is wrong; never reads
    a member past its size limit, and never trusts a field of the manifest it has not checked."""
    if len(data) > MAX_FILE:
        raise PackageError(Refusal.TOO_LARGE, R_TOTAL_TOO_LARGE, limit=MAX_FILE // MB)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS as exc:
        raise PackageError(Refusal.TRUNCATED, R_NOT_PACKAGE) from exc
    if len(infos) > MAX_MEMBERS:
        raise PackageError(Refusal.TOO_LARGE, R_TOO_MANY, count=len(infos), limit=MAX_MEMBERS)
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.filename in by_name:  # the importer would read one copy and `unzip` show another
            raise PackageError(Refusal.TAMPERED, R_DUPLICATE, name=shorten(info.filename))
        by_name[info.filename] = info
    if sum(i.file_size for i in infos) > MAX_TOTAL:
        raise PackageError(Refusal.TOO_LARGE, R_TOTAL_TOO_LARGE, limit=MAX_TOTAL // MB)
    if "manifest.json" not in by_name:
        raise PackageError(Refusal.TRUNCATED, R_NO_MANIFEST)
    manifest_bytes = _read_member(archive, by_name["manifest.json"], MAX_MANIFEST)
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, RecursionError) as exc:
        raise PackageError(Refusal.TAMPERED, R_MANIFEST_DAMAGED) from exc
    version = manifest.get("format_version") if isinstance(manifest, dict) else "?"
    if not isinstance(manifest, dict) or version not in READABLE_FORMATS or isinstance(version, bool):
        raise PackageError(Refusal.FORMAT, R_FORMAT, version=shorten(version, 20), ours=FORMAT_VERSION)
    if "manifest.sig" not in by_name:
        raise PackageError(Refusal.UNSIGNED, R_NO_SIGNATURE)
    try:
        village = manifest["village"]
        code = village["code"] if isinstance(village, dict) else None
        if not isinstance(code, str) or not (len(code) == 12 and code.isascii() and code.isdigit()):
            raise ValueError
        signature = base64.b64decode(
            _read_member(archive, by_name["manifest.sig"], MAX_SIGNATURE), validate=True
        )
    except (KeyError, ValueError) as exc:
        raise PackageError(Refusal.TAMPERED, R_SIG_MALFORMED) from exc
    verifier: Ed25519PublicKey = verifier_for(code)
    try:
        verifier.verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise PackageError(Refusal.BAD_SIGNATURE, R_BAD_SIGNATURE, code=code) from exc
    check_manifest(manifest)
    members: dict[str, str] = manifest["members"]
    unlisted = set(by_name) - set(members) - {"manifest.json", "manifest.sig"}
    if unlisted:
        raise PackageError(Refusal.TAMPERED, R_UNLISTED, names=shorten(", ".join(sorted(unlisted))))
    contents: dict[str, bytes] = {}
    for name, digest in members.items():
        if name not in by_name:
            raise PackageError(Refusal.TRUNCATED, R_MEMBER_MISSING, name=shorten(name))
        body = _read_member(archive, by_name[name], _limit_for(name))
        if sha256(body) != digest:
            raise PackageError(Refusal.TAMPERED, R_MEMBER_HASH, name=shorten(name))
        contents[name] = body
    records: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for name, body in contents.items():
        if not name.startswith("records/"):
            continue
        type_name = name[len("records/") : -len(".json")]
        try:
            rows = json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise PackageError(Refusal.MALFORMED, R_RECORDS_MALFORMED, name=type_name) from exc
        records[type_name] = _check_records(type_name, rows, manifest["counts"][type_name], seen)
    notices = {
        name[len("notices/") : -len(".pdf")]: body
        for name, body in contents.items()
        if name.startswith("notices/")
    }
    photos = {
        name[len("photos/") : -len(".jpg")]: body
        for name, body in contents.items()
        if name.startswith("photos/")
    }
    for uuid, body in photos.items():
        if not is_jpeg(body):
            raise PackageError(Refusal.TAMPERED, R_NOT_A_PHOTO, name=f"photos/{uuid}.jpg")
    chain = _check_chain(contents[CHAIN_MEMBER]) if CHAIN_MEMBER in contents else None
    return PackageContents(manifest, manifest_bytes, records, notices, chain, photos)
