"""What the township works out from a package file before it touches its store: the file read and
verified (signature, members, format), each record's sealed fields opened and its content encoded
and digested. None of it reads the store, so a batch of files is prepared in a second process
while the store takes the previous file (``township.import_files``); a single file is prepared in
the caller's process by the same functions. No SQLAlchemy here: the worker process stays light.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from villagedesk.core.hashing import link_hash
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.exchange import package
from villagedesk.exchange.keys import unb64
from villagedesk.exchange.package import PackageContents, PackageError, Refusal

R_WRONG_TOWNSHIP_CODE = QT_TRANSLATE_NOOP("core", "village {code} belongs to township {other}, not {own}")
R_NOT_ENROLLED = QT_TRANSLATE_NOOP("core", "village {code} is not enrolled (enrol its key first)")
R_OTHER_TOWNSHIP_KEY = QT_TRANSLATE_NOOP(
    "core", "the package was made for another township or another township key"
)
R_UNREADABLE_FILE = QT_TRANSLATE_NOOP("core", "cannot read the file: {error}")

# Fields that say when and by whom, not what: two copies that differ only here hold the same content.
NOT_CONTENT = frozenset({"sealed", "version", "change_counter", "updated_at", "updated_by"})

# json.dumps(value, ensure_ascii=False, sort_keys=True), without making an encoder for each of the
# thousands of records of a package
to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in NOT_CONTENT}


def digest(key: bytes, content_text: str, opened_text: str) -> str:
    """``content_text``: the readable content as canonical JSON (sorted keys); ``opened_text``: the
    sealed values as canonical JSON, as the village seals them (or "" when none). A JSON text holds
    no raw line break, so the two parts cannot run into each other."""
    return hmac.digest(key, (content_text + "\n" + opened_text).encode("utf-8"), hashlib.sha256).hex()


_WHEN = tuple(sorted(NOT_CONTENT - {"sealed"}))  # the fields that say when and by whom, key order
_quote = json.encoder.encode_basestring  # a JSON string as to_json writes it (ensure_ascii=False)


def _when_text(row: dict[str, Any]) -> str:
    """``to_json`` of the row's fields that say when and by whom, written directly: four small
    values per record did not need the encoder's set-up (other types than text and whole numbers
    still go through it)."""
    version, counter, at, by = (row.get(k) for k in ("version", "change_counter", "updated_at", "updated_by"))
    if (
        type(version) is int and type(counter) is int and type(at) is str and type(by) is str
    ):  # nearly every row
        return f'{{"change_counter": {counter}, "updated_at": {_quote(at)}, "updated_by": {_quote(by)}, "version": {version}}}'
    parts = []
    for key in _WHEN:
        if key in row:
            value = row[key]
            kind = type(value)
            text = _quote(value) if kind is str else int.__repr__(value) if kind is int else to_json(value)
            parts.append(f'"{key}": {text}')
    return "{" + ", ".join(parts) + "}"


def data_json(row: dict[str, Any], content_text: str) -> str:
    """The stored ``data_json`` of a row (its readable fields, the sealed ones kept apart) from its
    content already encoded and the fields that say when and by whom: one JSON object, the
    content's keys first."""
    when = _when_text(row)
    if when == "{}":
        return content_text
    if content_text == "{}":
        return when
    return content_text[:-1] + ", " + when[1:]


@dataclass(frozen=True)
class Keyring:
    """What preparing needs of the township, taken from its store once per batch (it crosses to the
    worker process): its code and key fingerprint, its private sealing key, the content digest's
    key, the enrolled villages' public keys and the record types it stores."""

    township_code: str
    fingerprint: str
    private_raw: bytes = field(repr=False)
    digest_key: bytes = field(repr=False)
    villages: dict[str, str]  # village code → enrolled Ed25519 public key (base64)
    type_names: frozenset[str]


def verifier(lookup: Callable[[str], str | None], township_code: str) -> Callable[[str], Ed25519PublicKey]:
    """``package.read``'s verifier: the enrolled key of a village, or the refusal saying why none."""

    def verifier_for(code: str) -> Ed25519PublicKey:
        key = lookup(code)
        if key is None:
            if code[:9] != township_code:
                raise PackageError(
                    Refusal.WRONG_TOWNSHIP,
                    R_WRONG_TOWNSHIP_CODE,
                    code=code,
                    other=code[:9],
                    own=township_code,
                )
            raise PackageError(Refusal.UNKNOWN_VILLAGE, R_NOT_ENROLLED, code=code)
        return Ed25519PublicKey.from_public_bytes(unb64(key))

    return verifier_for


def read_verified(
    data: bytes, lookup: Callable[[str], str | None], township_code: str, fingerprint: str
) -> PackageContents:
    """The package read and verified, and sealed for this township's key; raises PackageError."""
    contents = package.read(data, verifier(lookup, township_code))
    township = contents.manifest["township"]
    if township["code"] != township_code or township["key_fingerprint"] != fingerprint:
        raise PackageError(Refusal.WRONG_TOWNSHIP, R_OTHER_TOWNSHIP_KEY)
    return contents


def opener(private: X25519PrivateKey, sealing: dict[str, Any], package_id: str) -> package.Opener:
    try:
        return package.Opener(private, base64.b64decode(sealing["ephemeral_public"]), package_id)
    except (KeyError, ValueError, TypeError) as exc:
        raise PackageError(
            Refusal.MALFORMED, package.R_FIELD_RANGE, field="sealing.ephemeral_public", value="?"
        ) from exc


@dataclass
class Computed:
    """What preparing works out of a package's contents: per stored record type, for each record in
    the package's order, its keyed digest and its ``data_json``; and the audit chain's hash after
    each of its entries."""

    records: dict[str, list[tuple[str, str]]]
    links: list[str] | None


def chain_hashes(chain: dict[str, Any] | None) -> list[str] | None:
    """The hash after each entry of a package's audit chain (read and checked by package.read)."""
    if chain is None:
        return None
    current = str(chain["from"][1])
    hashes = []
    for entry in chain["entries"]:
        current = str(entry["e"]) if "e" in entry else link_hash(current, str(entry["a"]), str(entry["p"]))
        hashes.append(current)
    return hashes


def compute(
    contents: PackageContents, private: X25519PrivateKey, key: bytes, type_names: Iterable[str]
) -> Computed:
    """Each record's content encoded once (for its digest and its stored copy) and its digest over
    the content and the opened sealed values (a sealed field that does not open is a refusal);
    and the audit chain's links."""
    wanted = set(type_names)
    opened_by: package.Opener | None = None
    records: dict[str, list[tuple[str, str]]] = {}
    for type_name, rows in contents.records.items():
        if type_name not in wanted:
            continue
        out = records[type_name] = []
        for row in rows:
            opened_text = ""
            if row.get("sealed"):
                if opened_by is None:
                    manifest = contents.manifest
                    opened_by = opener(private, manifest["sealing"], manifest["package_id"])
                opened, opened_text = opened_by.open_text(row["uuid"], row["sealed"])
                if not opened:
                    opened_text = ""
            content_text = to_json(content(row))
            out.append((digest(key, content_text, opened_text), data_json(row, content_text)))
    return Computed(records, chain_hashes(contents.chain))


def load(path: Path) -> bytes:
    """A package file's bytes; a file too large or unreadable is a refusal, not an exception."""
    try:
        if path.stat().st_size > package.MAX_FILE:
            raise PackageError(
                Refusal.TOO_LARGE, package.R_TOTAL_TOO_LARGE, limit=package.MAX_FILE // package.MB
            )
        return path.read_bytes()
    except OSError as exc:
        raise PackageError(
            Refusal.UNREADABLE, R_UNREADABLE_FILE, error=package.shorten(exc.strerror or exc, 80)
        ) from exc


@dataclass
class Prepared:
    """One file, prepared: its contents and their computed digests, or the refusal."""

    contents: PackageContents | None = None
    computed: Computed | None = None
    refusal: PackageError | None = None
    unread: bool = False  # the refusal is that the file could not be read at all
    data: bytes = b""  # a refused file's bytes, as they were refused (its log line reads them)
    village_key: str = ""  # the enrolled key that verified it (the store is checked still to hold it)


def prepare_file(path: Path, keyring: Keyring) -> Prepared:
    """Read, verify and compute one file with ``keyring``; never raises for a bad file."""
    try:
        data = load(path)
    except PackageError as exc:
        return Prepared(refusal=exc, unread=True)
    try:
        contents = read_verified(data, keyring.villages.get, keyring.township_code, keyring.fingerprint)
        computed = compute(
            contents,
            X25519PrivateKey.from_private_bytes(keyring.private_raw),
            keyring.digest_key,
            keyring.type_names,
        )
    except PackageError as exc:
        return Prepared(refusal=exc, data=data)
    return Prepared(contents, computed, village_key=keyring.villages[contents.village_code])


# -- in the worker process --------------------------------------------------------------------------
_kept: list[Keyring] = []


def keep_keyring(keyring: Keyring) -> None:
    """The worker's initializer: the keyring crosses once per batch, not once per file."""
    _kept[:] = [keyring]


def prepare_kept(path: Path) -> Prepared:
    return prepare_file(path, _kept[0])
