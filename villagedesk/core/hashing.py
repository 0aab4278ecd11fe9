"""The content hash a review signs and a printed sheet's QR code carries, and the audit chain's link."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record's canonical JSON: independent of fonts, layout and machine."""
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def link_hash(prev_hash: str, action: str, payload: str) -> str:
    """An entry's hash in chain version 2: checkable from the previous hash, the action and the
    payload hash alone. Hashed text: ``json.dumps(["vd-link-2", prev_hash, action, payload],
    ensure_ascii=False)``, written directly (a township checks thousands of links per package)."""
    text = f'["vd-link-2", {_quote(prev_hash)}, {_quote(action)}, {_quote(payload)}]'
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_quote = json.encoder.encode_basestring  # a JSON string as json.dumps writes it (ensure_ascii=False)
