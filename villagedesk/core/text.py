"""What a typed text may hold: names and short fields are printed on public boards.

Control characters, bidirectional overrides and zero-width characters make a name look like another
one, or hide text, so they are refused (with the position, so the clerk can find them). Everything
visible is kept exactly as typed: rare characters beyond the BMP (𪚥, 䶮), private-use characters old
systems used for rare names, and variation selectors (U+FE00–FE0F, U+E0100–E01EF) that pick a glyph.
"""

from __future__ import annotations

import unicodedata

from villagedesk.core.errors import Collector
from villagedesk.core.i18n import QT_TRANSLATE_NOOP

R_INVISIBLE = QT_TRANSLATE_NOOP(
    "core", "character {position} is an invisible or control character ({char}); delete it and type again"
)

# Named in DOMAIN.md and the issue; all of them are Unicode category Cf, which is refused as a whole.
INVISIBLE_RANGES = ((0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0xFEFF, 0xFEFF))
# Free text (notice bodies, notes) may be laid out in lines; short fields may not.
LINE_LAYOUT = frozenset("\n\r\t")
FREE_TEXT_MIN_LENGTH = 100  # a field allowed more than this many characters is free text


def forbidden_char(char: str, multiline: bool = False) -> bool:
    if multiline and char in LINE_LAYOUT:
        return False
    category = unicodedata.category(char)
    # Cc control, Cf format (zero-width, bidi, BOM, soft hyphen, tags), Zl/Zp line separators,
    # Cs a lone surrogate from a broken paste.
    return category in ("Cc", "Cf", "Zl", "Zp", "Cs") or any(
        lo <= ord(char) <= hi for lo, hi in INVISIBLE_RANGES
    )


def forbidden_chars(value: str, multiline: bool = False) -> list[tuple[int, str]]:
    """(1-based position, character) of every character a field may not hold."""
    return [(i, ch) for i, ch in enumerate(value, 1) if forbidden_char(ch, multiline)]


def code_point(char: str) -> str:
    return f"U+{ord(char):04X}"


def check_chars(value: str, field_label: str, errors: Collector, multiline: bool = False) -> bool:
    """Add one error naming the first bad character; True when the text is clean."""
    bad = forbidden_chars(value, multiline)
    if bad:
        position, char = bad[0]
        errors.add(field_label, R_INVISIBLE, position=position, char=code_point(char))
    return not bad


_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}


def normalise_width(value: str) -> str:
    """Full-width ASCII (１２３, ｘ, ：) and the ideographic space as their ordinary forms; Chinese text
    and every other character unchanged. For numbers, dates and codes, not for names."""
    return value.translate(_FULL_WIDTH)
