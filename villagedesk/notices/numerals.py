"""Amounts in capital Chinese numerals (大写), as finance notices and vouchers write them.

Money is integer 分 throughout; 12345.67 yuan is ``1234567``.
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]
SECTIONS = ["", "万", "亿", "万亿"]


def _group(value: int) -> str:
    """0 < value < 10000, without leading 零."""
    out: list[str] = []
    pending_zero = False
    for position in (3, 2, 1, 0):
        digit = value // 10**position % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
        out.append(DIGITS[digit] + UNITS[position])
        pending_zero = False
    return "".join(out)


def integer_capitals(value: int) -> str:
    if value == 0:
        return "零"
    groups = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    if len(groups) > len(SECTIONS):
        raise ValueError("amount too large")
    out = ""
    gap = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += _group(group) + SECTIONS[index]
        gap = False
    return out


def amount_capitals(fen: int) -> str:
    """12345.67 元 → 壹万贰仟叁佰肆拾伍元陆角柒分; 100 元 → 壹佰元整; 1.05 元 → 壹元零伍分."""
    if not isinstance(fen, int):
        raise TypeError("amounts are integer fen (分), never floats")
    if fen < 0:
        return "负" + amount_capitals(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    if fen == 0:
        return "零元整"
    out = integer_capitals(yuan) + "元" if yuan else ""
    if jiao == 0 and cents == 0:
        return out + "整"
    if jiao:
        if yuan and yuan % 10 == 0:
            out += "零"  # 壹拾元零壹角: the banks' usual form when the 元 digit is 0
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if cents:
        out += DIGITS[cents] + "分"
    return out


def format_yuan(fen: int) -> str:
    """1234567 → '12,345.67'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def parse_yuan(text: str) -> int:
    """'12,345.6' → 1234560 fen; refuses more than two decimals instead of rounding."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("元", "").replace("¥", "")
    if not cleaned:
        raise ValueError("empty amount")
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-+")
    whole, _, frac = cleaned.partition(".")
    if not whole.isdigit() and not (whole == "" and frac):
        raise ValueError(f"not an amount: {text}")
    if frac and (not frac.isdigit() or len(frac) > 2):
        raise ValueError(f"at most two decimals (分): {text}")
    fen = int(whole or "0") * 100 + int((frac + "00")[:2])
    return -fen if negative else fen
