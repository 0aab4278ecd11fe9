"""Privacy masking for anything printed or exported (个人信息保护法; DOMAIN.md §5).

Builders apply these from each notice kind's field declarations, never the caller; free text a
clerk typed is also scanned so a full ID or mobile number pasted into a paragraph cannot leak.
"""

from __future__ import annotations

import datetime as dt
import re

# Digits as clerks type them: ASCII or full-width (１２３).
_DIGIT = "0-9\uff10-\uff19"
# What people put between the groups of a number: spaces (also full-width and no-break) and
# hyphens. Not "." or "," (amounts), not "—" or "～" (ranges), not "/" (dates).
_SEP = " \u00a0\u3000\\-\uff0d\u2010\u2011\u2013"
_X = "Xx\uff38\uff58"
# A stretch of digit groups joined by up to three separator characters (" - "), optionally
# ending in an X (an ID number's check character); the numbers inside are found group by group.
_CANDIDATE_RE = re.compile(f"[{_DIGIT}](?:[{_SEP}]{{0,3}}[{_DIGIT}])*(?:[{_SEP}]?[{_X}])?")
_GROUP_RE = re.compile(f"[{_DIGIT}]+|[{_X}]")
_TO_ASCII = str.maketrans("０１２３４５６７８９Ｘｘx", "0123456789XXX")
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_ID18_RE = re.compile(r"[1-9]\d{5}(18|19|20)\d{2}\d{4}\d{3}[\dX]")
_ID15_RE = re.compile(r"[1-9]\d{5}\d{2}\d{4}\d{3}")


def normalise_number(value: str) -> str:
    """ASCII digits and upper-case X, separators dropped: "１３８ 5123-5678" → "13851235678"."""
    return re.sub(f"[{_SEP}]", "", value).translate(_TO_ASCII)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _sensitive_kind(digits: str) -> str | None:
    """ "id" or "mobile" when these normalised characters are an ID number or a mobile number.

    An ID number needs a plausible area code and a real birth date (so an 18-digit order number
    or a 15-digit serial is not taken for one); the check character is not required, because a
    mistyped ID number is still somebody's ID number. A mobile number is 11 digits from 13x–19x;
    a landline (0515-88881234, 12 digits starting with 0), a 12-digit division code, an amount or
    a date never has either shape.
    """
    if len(digits) == 18 and _ID18_RE.fullmatch(digits):
        if _real_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])):
            return "id"
    elif len(digits) == 15 and _ID15_RE.fullmatch(digits):
        if _real_date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12])):
            return "id"
    elif len(digits) == 11 and _MOBILE_RE.fullmatch(digits):
        return "mobile"
    return None


def mask_id(value: str) -> str:
    """320902199001011234 → 320902********1234 (first 6 and last 4 shown), whatever the spacing."""
    value = normalise_number(value.strip())
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_mobile(value: str) -> str:
    """13851235678 → 138****5678, whatever the spacing."""
    digits = re.sub(r"\D", "", normalise_number(value))
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


def _mask_candidate(text: str) -> str:
    """Mask every ID or mobile number made of whole digit groups of one candidate stretch.

    Groups are tried left to right, longest number first, so "编号 2 13851235678" masks the mobile
    number and keeps the 2, and "138 5123 5678 139 5123 0000" masks both numbers.
    """
    groups = list(_GROUP_RE.finditer(text))
    out: list[str] = []
    position = 0
    i = 0
    while i < len(groups):
        found = None
        digits = ""
        for j in range(i, len(groups)):
            part = normalise_number(groups[j].group())
            if part == "X" and len(digits) != 17:
                break  # an X is only ever the 18th character of an ID number
            digits += part
            if len(digits) > 18:
                break
            kind = _sensitive_kind(digits)
            if kind is not None:
                found = (j, kind, digits)
        if found is None:
            i += 1
            continue
        j, kind, digits = found
        out.append(text[position : groups[i].start()])
        out.append(mask_id(digits) if kind == "id" else mask_mobile(digits))
        position = groups[j].end()
        i = j + 1
    out.append(text[position:])
    return "".join(out)


def redact_free_text(text: str) -> str:
    """Mask every ID number and mobile number in typed text, however it was typed.

    Spaces, hyphens and full-width digits inside the number are accepted (``138 5123 5678``,
    ``１３８－５１２３－５６７８``, ``320902 19900101 123x``); the number prints in the plain masked
    form (``138****5678``, ``320902********123X``) and the text around it is kept as typed.
    """
    return _CANDIDATE_RE.sub(lambda m: _mask_candidate(m.group()), text)
