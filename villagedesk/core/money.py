"""Money is integer 分 (fen) from the keyboard to the database, never a float.

``parse_yuan`` reads what a clerk types in yuan exactly (string and Decimal arithmetic, no float on
the way), ``require_fen`` is the guard core services put in front of every stored amount, and
``format_fen`` writes an amount back for forms and prints.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from villagedesk.core.errors import Collector
from villagedesk.core.i18n import QT_TRANSLATE_NOOP

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_MONEY_FORMAT = QT_TRANSLATE_NOOP(
    "core", "{value} is not an amount in yuan (write it like 1234.50 or 1,234.50)"
)
R_MONEY_DECIMALS = QT_TRANSLATE_NOOP(
    "core", "{value} has more than two decimal places; amounts are kept to the fen (0.01 yuan)"
)
R_MONEY_NEGATIVE = QT_TRANSLATE_NOOP("core", "{value} is negative; an amount cannot be below zero")
R_MONEY_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{value} is more than the largest amount allowed ({max} yuan)")
R_MONEY_ZERO = QT_TRANSLATE_NOOP("core", "must be more than zero")
R_MONEY_NOT_FEN = QT_TRANSLATE_NOOP("core", "{value} is not a whole number of fen")

FEN_PER_YUAN = 100
MAX_FEN = 999_999_999_999  # 9,999,999,999.99 yuan: more than any village amount, still exact everywhere

# Full-width digits, point and comma, the two yuan signs; nothing else is mapped.
_WIDTH = {0xFF10 + i: str(i) for i in range(10)} | {0xFF0E: ".", 0xFF0C: ",", 0xFFE5: "¥"}
_SPACES = re.compile(r"[\s\u3000]+")
_PLAIN = re.compile(r"^\d+(\.\d*)?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d*)?$")


def _clean(text: str) -> str:
    text = _SPACES.sub("", text.translate(_WIDTH))
    if text.startswith("¥"):
        text = text[1:]
    if text.endswith("元"):
        text = text[:-1]
    return text


def parse_yuan(
    text: str | None,
    field: str,
    errors: Collector | None = None,
    required: bool = True,
    allow_zero: bool = True,
    max_fen: int = MAX_FEN,
) -> int | None:
    """The exact number of fen in ``text`` (yuan as typed), or None when empty and not required.

    Without ``errors`` a broken rule raises ValidationError naming ``field``; with a Collector the
    rule is added there and None is returned, so a form reports all its problems at once.
    """
    own = errors is None
    collector = Collector() if errors is None else errors
    before = len(collector.errors)
    fen = _parse(text, field, collector, required, allow_zero, max_fen)
    if own:
        collector.raise_if_any()
    return fen if len(collector.errors) == before else None


def _parse(
    text: str | None, field: str, errors: Collector, required: bool, allow_zero: bool, max_fen: int
) -> int | None:
    shown = (text or "").strip()
    cleaned = _clean(text or "")
    if not cleaned:
        if required:
            errors.add(field, R_REQUIRED)
        return None
    negative = cleaned.startswith("-") or cleaned.startswith("−")
    digits = cleaned[1:] if negative else cleaned
    digits = digits[1:] if negative and digits.startswith("¥") else digits
    if not (_PLAIN.match(digits) or _GROUPED.match(digits)) or not digits.isascii():
        errors.add(field, R_MONEY_FORMAT, value=shown)
        return None
    try:
        amount = Decimal(digits.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the patterns above admit only plain decimals
        errors.add(field, R_MONEY_FORMAT, value=shown)
        return None
    if negative and amount != 0:
        errors.add(field, R_MONEY_NEGATIVE, value=shown)
        return None
    fen = amount * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        errors.add(field, R_MONEY_DECIMALS, value=shown)
        return None
    if fen > max_fen:
        errors.add(field, R_MONEY_TOO_LARGE, value=shown, max=format_fen(max_fen))
        return None
    if fen == 0 and not allow_zero:
        errors.add(field, R_MONEY_ZERO)
        return None
    return int(fen)


def require_fen(
    value: object,
    field: str,
    errors: Collector | None = None,
    minimum: int = 0,
    maximum: int = MAX_FEN,
) -> int:
    """Core services call this before storing an amount: an int number of fen, nothing else.

    A float (``1234.5``), a Decimal, a bool or a string is refused, not rounded."""
    own = errors is None
    collector = Collector() if errors is None else errors
    if isinstance(value, bool) or not isinstance(value, int):
        collector.add(field, R_MONEY_NOT_FEN, value=repr(value) if isinstance(value, str) else str(value))
    elif value < minimum:
        collector.add(field, R_MONEY_NEGATIVE, value=format_fen(value))
    elif value > maximum:
        collector.add(field, R_MONEY_TOO_LARGE, value=format_fen(value), max=format_fen(maximum))
    if own:
        collector.raise_if_any()
    return value  # type: ignore[return-value]


def format_fen(fen: int, grouping: bool = True) -> str:
    """1234_50 fen → "1,234.50" (or "1234.50" without grouping)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"an amount in fen must be an int, got {fen!r}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{whole}.{cents:02d}"
