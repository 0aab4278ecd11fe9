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


def _parse(value: object, today: dt.date, field: str, errors: Collector) -> IdNumber | None:
    if value is None:
        return None
    if isinstance(value, bool):
        errors.add(field, R_ID_CHARS, value=str(value), char=str(value))
        return None
    if isinstance(value, (int, float, Decimal)):
        # A spreadsheet number: Excel keeps 15 significant digits, so only a 15-digit legacy number
        # survives exactly; anything longer has lost digits (and an X cannot be a number at all).
        if isinstance(value, int) and len(str(value)) == 15:
            value = str(value)
        elif isinstance(value, float) and value.is_integer() and len(str(int(value))) == 15:
            value = str(int(value))
        else:
            errors.add(field, R_ID_EXCEL, value=_show(value))
            return None
    raw = str(value)
    text = normalise_text(raw)
    if not text:
        return None
    if _EXPONENT.match(text) or ("." in text and _DIGITS.match(text.replace(".", "", 1))):
        errors.add(field, R_ID_EXCEL, value=raw.strip())
        return None
    for index, char in enumerate(text):
        if not ("0" <= char <= "9" or (char == "X" and index == len(text) - 1 and len(text) == 18)):
            errors.add(field, R_ID_CHARS, value=raw.strip(), char=char)
            return None
    if len(text) == 17:
        errors.add(field, R_ID_LOST_LAST, value=raw.strip())
        return None
    legacy = len(text) == 15
    if legacy:
        body = text[:6] + "19" + text[6:]
        text = body + check_character(body)
    elif len(text) != 18:
        errors.add(field, R_ID_LENGTH, value=raw.strip(), length=len(text))
        return None
    birth = _birth(text[6:14])
    if birth is None:
        errors.add(field, R_ID_DATE, value=raw.strip(), digits=text[6:14])
        return None
    if birth.year < 1900:
        errors.add(field, R_ID_OLD, value=raw.strip(), date=birth.isoformat())
        return None
    if birth > today:
        errors.add(field, R_ID_FUTURE, value=raw.strip(), date=birth.isoformat(), today=today.isoformat())
        return None
    expected = check_character(text[:17])
    if text[17] != expected:
        errors.add(field, R_ID_CHECK, value=raw.strip(), expected=expected, actual=text[17])
        return None
    sex = Sex.MALE if int(text[16]) % 2 else Sex.FEMALE
    return IdNumber(text, birth, sex, legacy)


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6G}"
    return str(value)


def is_valid_id_number(value: object, today: dt.date) -> bool:
    return parse_id_number(value, today, errors=Collector()) is not None
