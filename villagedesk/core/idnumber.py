"""居民身份证号码 (GB 11643): normalise what a clerk typed or pasted, refuse what cannot be trusted.

The one validator every register uses (the roster, the roster import, the 暖心关怀 register)::

    ident = parse_id_number(text, today)            # raises ValidationError naming the field and rule
    ident = parse_id_number(text, today, errors=c)  # or adds to a Collector and returns None
    ident.number, ident.birth_date, ident.sex       # normalised 18 characters, derived facts
    mask_id_number(ident.number)                    # 320902********123X for lists and prints

Normalised: surrounding and inner spaces (also the ideographic space), full-width digits and Ｘ,
a lower-case x. Converted: a legacy 15-digit number (no century, no check character) gets "19" and its
check character. Refused, each with its own rule: wrong length, other characters, a number Excel turned
into a float (``1.10105E+17``) or that lost its last character, a birth date that does not exist or lies
in the future, and a wrong check character.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from villagedesk.core.errors import Collector
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import Sex

F_ID_NUMBER = QT_TRANSLATE_NOOP("core", "Identity number")

R_ID_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_ID_EXCEL = QT_TRANSLATE_NOOP(
    "core",
    "{value} was stored as a number by Excel and has lost its last digits; "
    "set the column to text and type the number again",
)
R_ID_LOST_LAST = QT_TRANSLATE_NOOP(
    "core",
    "{value} has 17 characters: the last one (a digit or X) is missing, "
    "often because Excel dropped it; type the full 18-character number",
)
R_ID_LENGTH = QT_TRANSLATE_NOOP(
    "core", "{value} has {length} characters; an identity number has 18 (15 on an old first-generation card)"
)
R_ID_CHARS = QT_TRANSLATE_NOOP(
    "core", "{value} may contain only digits, and X as the last character, got {char}"
)
R_ID_DATE = QT_TRANSLATE_NOOP("core", "{value}: the birth date in it ({digits}) is not a real date")
R_ID_OLD = QT_TRANSLATE_NOOP("core", "{value}: the birth date in it ({date}) is before 1900")
R_ID_FUTURE = QT_TRANSLATE_NOOP("core", "{value}: the birth date in it ({date}) is after today ({today})")
R_ID_CHECK = QT_TRANSLATE_NOOP(
    "core",
    "{value}: the check character (the last one) should be {expected}, not {actual}; "
    "a character was probably mistyped",
)

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

# Full-width digits and Ｘ/ｘ, lower-case x; nothing else is mapped (no NFKC: ² is not 2).
_WIDTH = {0xFF10 + i: str(i) for i in range(10)} | {0xFF38: "X", 0xFF58: "X", ord("x"): "X"}
_SPACES = re.compile(r"[\s\u3000\u00a0\u2002-\u200a\u202f\u205f]+")
_EXPONENT = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_DIGITS = re.compile(r"^[0-9]+$")


@dataclass(frozen=True)
class IdNumber:
    number: str  # 18 characters, digits and possibly a final X
    birth_date: dt.date
    sex: Sex
    from_legacy: bool = False  # converted from a 15-digit number

    @property
    def masked(self) -> str:
        return mask_id_number(self.number)


def check_character(first17: str) -> str:
    """The 18th character for 17 ASCII digits (ISO 7064 MOD 11-2 as GB 11643 states it)."""
    if len(first17) != 17 or not _DIGITS.match(first17):
        raise ValueError(f"need 17 ASCII digits, got {first17!r}")
    return CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def normalise_text(value: str) -> str:
    """Spaces removed, full-width digits and x/ｘ/Ｘ made ASCII; no other change."""
    return _SPACES.sub("", value.translate(_WIDTH))


def mask_id_number(number: str) -> str:
    """First 6 and last 4 characters visible (DOMAIN.md section 5)."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _birth(digits: str) -> dt.date | None:
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def parse_id_number(
    value: object,
    today: dt.date,
    field: str = F_ID_NUMBER,
    errors: Collector | None = None,
) -> IdNumber | None:
    """Normalise and check one identity number.

    Without ``errors`` a broken rule raises ValidationError; with a Collector the rule is added there
    and None is returned, so a form or a sheet can report every problem at once. An empty value is
    "no number" (None) — whether one is required is the caller's rule.
    """
    own = errors is None
    collector = Collector() if errors is None else errors
    before = len(collector.errors)
    result = _parse(value, today, field, collector)
    if own:
        collector.raise_if_any()
    return result if len(collector.errors) == before else None


class _Refused(Exception):
    """One broken rule of a number; the first one found ends the check."""

    def __init__(self, rule: str, **params: object) -> None:
        super().__init__(rule)
        self.rule = rule
        self.params = params


def _parse(value: object, today: dt.date, field: str, errors: Collector) -> IdNumber | None:
    if value is None:
        return None
    try:
        raw = _as_text(value)
        text = normalise_text(raw)
        if not text:
            return None
        shown = raw.strip()
        _check_characters(text, shown)
        text, legacy = _eighteen_characters(text, shown)
        birth = _checked_birth(text, shown, today)
        _check_last_character(text, shown)
    except _Refused as refused:
        errors.add(field, refused.rule, **refused.params)
        return None
    sex = Sex.MALE if int(text[16]) % 2 else Sex.FEMALE
    return IdNumber(text, birth, sex, legacy)


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        raise _Refused(R_ID_CHARS, value=str(value), char=str(value))
    if isinstance(value, (int, float, Decimal)):
        # A spreadsheet number: Excel keeps 15 significant digits, so only a 15-digit legacy number
        # survives exactly; anything longer has lost digits (and an X cannot be a number at all).
        if isinstance(value, int) and len(str(value)) == 15:
            return str(value)
        if isinstance(value, float) and value.is_integer() and len(str(int(value))) == 15:
            return str(int(value))
        raise _Refused(R_ID_EXCEL, value=_show(value))
    return str(value)


def _check_characters(text: str, shown: str) -> None:
    if _EXPONENT.match(text) or ("." in text and _DIGITS.match(text.replace(".", "", 1))):
        raise _Refused(R_ID_EXCEL, value=shown)
    for index, char in enumerate(text):
        if not ("0" <= char <= "9" or (char == "X" and index == len(text) - 1 and len(text) == 18)):
            raise _Refused(R_ID_CHARS, value=shown, char=char)


def _eighteen_characters(text: str, shown: str) -> tuple[str, bool]:
    """The number in its 18-character form, and whether it was a legacy 15-digit one."""
    if len(text) == 17:
        raise _Refused(R_ID_LOST_LAST, value=shown)
    if len(text) == 15:
        body = text[:6] + "19" + text[6:]
        return body + check_character(body), True
    if len(text) != 18:
        raise _Refused(R_ID_LENGTH, value=shown, length=len(text))
    return text, False


def _checked_birth(text: str, shown: str, today: dt.date) -> dt.date:
    birth = _birth(text[6:14])
    if birth is None:
        raise _Refused(R_ID_DATE, value=shown, digits=text[6:14])
    if birth.year < 1900:
        raise _Refused(R_ID_OLD, value=shown, date=birth.isoformat())
    if birth > today:
        raise _Refused(R_ID_FUTURE, value=shown, date=birth.isoformat(), today=today.isoformat())
    return birth


def _check_last_character(text: str, shown: str) -> None:
    expected = check_character(text[:17])
    if text[17] != expected:
        raise _Refused(R_ID_CHECK, value=shown, expected=expected, actual=text[17])


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6G}"
    return str(value)


def is_valid_id_number(value: object, today: dt.date) -> bool:
    return parse_id_number(value, today, errors=Collector()) is not None
