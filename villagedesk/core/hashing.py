"""The content hash a review signs and a printed sheet's QR code carries."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record's canonical JSON: independent of fonts, layout and machine."""
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
