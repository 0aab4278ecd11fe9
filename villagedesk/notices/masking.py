"""Privacy masking for anything printed or exported (个人信息保护法; DOMAIN.md §5).

Builders apply these from each notice kind's field declarations, never the caller; free text a
clerk typed is also scanned so a full ID or mobile number pasted into a paragraph cannot leak.
"""

from __future__ import annotations

import re

_ID18_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")
_ID15_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{5})(\d{4})(?![0-9A-Za-z])")
_MOBILE_RE = re.compile(r"(?<![0-9])(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9])")


def mask_id(value: str) -> str:
    """320902199001011234 → 320902********1234 (first 6 and last 4 shown)."""
    value = value.strip()
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_mobile(value: str) -> str:
    """13851235678 → 138****5678."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11:
        return f"{digits[:3]}****{digits[-4:]}"
    return value if not digits else "*" * len(digits)


def mask_name(value: str) -> str:
    """王建国 → 王*国; 王芳 → 王*; a notice that must not name someone asks for this."""
    value = value.strip()
    if len(value) <= 1:
        return value
    if len(value) == 2:
        return value[0] + "*"
    return value[0] + "*" * (len(value) - 2) + value[-1]


def mask_address(value: str, group: str = "") -> str:
    """Addresses print only to 村民小组 level."""
    if group:
        return group
    match = re.search(r"([^\s，,]*?(组|村民小组))", value)
    return match.group(1) if match else ""


def redact_free_text(text: str) -> str:
    """Mask anything in typed text that looks like an ID number or a mobile number."""
    text = _ID18_RE.sub(lambda m: m.group(1) + "*" * 8 + m.group(3), text)
    text = _ID15_RE.sub(lambda m: m.group(1) + "*" * 5 + m.group(3), text)
    return _MOBILE_RE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
