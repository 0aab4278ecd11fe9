"""The USB package: one zip file holding a signed manifest, the records and the posted notices.

manifest.json  format version, village, township, period, sequence, previous package's hash,
               record counts per type, SHA-256 of every other member, how sensitive fields are sealed
manifest.sig   Ed25519 signature of manifest.json by the village key
records/*.json the records of each type: readable fields in clear, sensitive ones in "sealed"
               (AES-GCM under a key agreed with the township's X25519 key; only it can open them)
notices/*.pdf  the notices posted in the period
"""

from __future__ import annotations

import base64
import enum
import hashlib
import io
import json
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

from villagedesk.exchange.keys import raw_public

FORMAT_VERSION = 1
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


class PackageError(Exception):
    def __init__(self, refusal: Refusal, detail: str) -> None:
        self.refusal = refusal
        self.detail = detail
        super().__init__(f"{refusal.value}: {detail}")


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
        raw = base64.b64decode(sealed)
        try:
            plain = self._aead.decrypt(raw[:12], raw[12:], record_uuid.encode())
        except InvalidTag as exc:
            raise PackageError(Refusal.TAMPERED, f"sealed fields of {record_uuid} do not open") from exc
        return json.loads(plain)


@dataclass
class PackageContents:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    records: dict[str, list[dict[str, Any]]]
    notices: dict[str, bytes] = field(default_factory=dict)

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
) -> tuple[bytes, str]:
    """The package file's bytes and its hash (the SHA-256 of its manifest)."""
    members: dict[str, bytes] = {}
    for name, rows in records.items():
        members[f"records/{name}.json"] = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")
    for uuid, pdf in notices.items():
        members[f"notices/{uuid}.pdf"] = pdf
    manifest = dict(
        manifest,
        format_version=FORMAT_VERSION,
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


def read(data: bytes, verifier_for: Any) -> PackageContents:
    """Open and verify a package. ``verifier_for(village_code)`` returns the enrolled public key
    or raises PackageError(UNKNOWN_VILLAGE). Raises PackageError saying what is wrong."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise PackageError(
            Refusal.TRUNCATED, "the file is incomplete or not a package (cut off while copying?)"
        ) from exc
    if "manifest.json" not in names:
        raise PackageError(Refusal.TRUNCATED, "the manifest is missing")
    try:
        manifest_bytes = archive.read("manifest.json")
        manifest = json.loads(manifest_bytes)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, zlib.error) as exc:
        raise PackageError(Refusal.TAMPERED, "the manifest is damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise PackageError(
            Refusal.FORMAT,
            f"format version {manifest.get('format_version') if isinstance(manifest, dict) else '?'}"
            f" (this desk reads {FORMAT_VERSION})",
        )
    if "manifest.sig" not in names:
        raise PackageError(Refusal.UNSIGNED, "the package carries no signature")
    try:
        code = str(manifest["village"]["code"])
        members = dict(manifest["members"])
        signature = base64.b64decode(archive.read("manifest.sig"), validate=True)
    except (KeyError, TypeError, ValueError, zipfile.BadZipFile, zlib.error) as exc:
        raise PackageError(Refusal.TAMPERED, "the manifest or signature is malformed") from exc
    verifier: Ed25519PublicKey = verifier_for(code)
    try:
        verifier.verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise PackageError(
            Refusal.BAD_SIGNATURE,
            f"not signed by the enrolled key of village {code} "
            "(another village's key, a replaced key, or an altered manifest)",
        ) from exc
    unlisted = names - set(members) - {"manifest.json", "manifest.sig"}
    if unlisted:
        raise PackageError(Refusal.TAMPERED, f"members not in the manifest: {', '.join(sorted(unlisted))}")
    contents: dict[str, bytes] = {}
    for name, digest in members.items():
        if name not in names:
            raise PackageError(Refusal.TRUNCATED, f"{name} is missing")
        try:
            body = archive.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise PackageError(Refusal.TAMPERED, f"{name} is damaged") from exc
        if sha256(body) != digest:
            raise PackageError(Refusal.TAMPERED, f"{name} does not match its hash in the signed manifest")
        contents[name] = body
    records = {
        name[len("records/") : -len(".json")]: json.loads(body)
        for name, body in contents.items()
        if name.startswith("records/")
    }
    notices = {
        name[len("notices/") : -len(".pdf")]: body
        for name, body in contents.items()
        if name.startswith("notices/")
    }
    return PackageContents(manifest, manifest_bytes, records, notices)
