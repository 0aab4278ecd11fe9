"""Chinese line breaking for notices: every line inside its box, no forbidden line starts or ends.

ReportLab's CJK wrapping lets a closing mark hang past the right edge and knows only the Japanese
rules, so a notice line with digits ran into the margin and "（" could end a line. Here widths are
the real glyph advances of the font each character is drawn in (``pdfmetrics.stringWidth``, via
ReportLab's ``cjkU``), and a line breaks only where the Chinese rules allow (GB/T 15834 标点符号用法):

- no line starts with closing punctuation (，。、；：？！）》」』】” and the like);
- no line ends with an opening bracket or quote (（《「『【“ and the like);
- a run of Latin letters, digits and the marks inside them (amounts, dates, phone numbers, codes,
  masked numbers such as 138****5678) stays on one line, unless it is longer than a whole line;
- a dash —— or ellipsis …… is never split, and the middle dot of a name (阿依古丽·买买提) sticks to
  both neighbours.

When a line has no allowed break at all (a code longer than a table cell), it is cut where it
fits rather than run outside the box: staying inside the box comes first.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine, sameFrag

# May not start a line (GB/T 15834: 句号、问号、叹号、逗号、顿号、分号、冒号、后引号、后括号、后书名号 …).
CANNOT_START = frozenset("，。、；：？！）》」』】〕〗〉”’％‰℃°・,.;:?!)]}%\u3009\u300b\uff09\uff3d\uff5d")
# May not end a line (前引号、前括号、前书名号).
CANNOT_END = frozenset("（《「『【〔〖〈“‘([{\uff08\uff3b\uff5b")
# Never split between two of these (——, ……).
_PAIRED = frozenset("—…")
# Sticks to both neighbours.
_GLUE = frozenset("·\u00b7\u30fb\u2027")
_FUZZ = 1e-6


def is_word_char(char: str) -> bool:
    """Part of a Latin/digit run that must not be broken: letters, digits and ASCII marks."""
    if not char or char.isspace():
        return False
    code = ord(char)
    if 0xFF10 <= code <= 0xFF5A:  # full-width digits and letters
        return code < 0xFF1A or 0xFF21 <= code < 0xFF3B or code >= 0xFF41
    return code < 0x2E80 and char not in _PAIRED and char not in _GLUE and char not in "“”‘’"


def may_break(before: str, after: str, split_words: bool = False) -> bool:
    """May a line end after ``before`` with the next line starting with ``after``?"""
    if after.isspace() or before.isspace():
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before in _GLUE or after in _GLUE:
        return False
    if before == after and before in _PAIRED:
        return False
    return split_words or not (is_word_char(before) and is_word_char(after))


def break_lines(
    chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float], hard: Sequence[bool] = ()
) -> list[tuple[int, int]]:
    """Split ``chars`` into lines as (start, end) index pairs, each no wider than its maximum.

    ``hard[i]`` marks a forced line break after character ``i``. Spaces at the start of a wrapped
    line are skipped; a line holds at least one character so the text always advances.
    """
    count = len(chars)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < count:
        if lines and not (hard and hard[start - 1]):
            while start < count and chars[start] == " ":
                start += 1
            if start >= count:
                break
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        i = start
        best = relaxed = 0
        forced = False
        while i < count:
            if i > start and used + widths[i] > limit + _FUZZ:
                break
            used += widths[i]
            i += 1
            if hard and hard[i - 1]:
                forced = True
                break
            if i < count and i > start:
                if may_break(chars[i - 1], chars[i]):
                    best = i
                elif may_break(chars[i - 1], chars[i], split_words=True):
                    relaxed = i
        if forced or i >= count:
            end = i
        else:
            end = best or relaxed or i
        lines.append((start, end))
        start = end
    return lines


class ChineseParagraph(Paragraph):
    """A Paragraph that wraps with ``break_lines`` whatever mix of fonts and scripts it holds."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (ReportLab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        # ReportLab wraps a paragraph several times at the same width (a table measures, splits and
        # draws each cell): the lines depend only on the widths, so keep the last answer.
        key = tuple(maxWidths)
        cached = getattr(self, "_lines_for", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        result = self._break_lines_cjk(maxWidths, style)
        self._lines_for = (key, result)
        return result

    def _break_lines_cjk(self, maxWidths: Any, style: Any) -> Any:  # noqa: N803 (ReportLab's name)
        frags = self.frags
        if not frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        units: list[Any] = []
        for frag in frags:
            text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
            if text:
                units.extend(cjkU(char, frag, "utf8") for char in text)
            else:
                units.append(cjkU(text, frag, "utf8"))
        widths = [u.width for u in units]
        hard = [hasattr(u.frag, "lineBreak") for u in units]
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        if not any(hard) and sum(widths) <= maxWidths[0] + _FUZZ:
            spans = [(0, len(units))]  # fits on one line: the usual table cell
        else:
            spans = break_lines(units, widths, maxWidths, hard)
        lines = []
        for number, (start, end) in enumerate(spans):
            limit = maxWidths[min(number, len(maxWidths) - 1)]
            line = units[start:end]
            stop = len(line)
            while stop > 1 and line[stop - 1] == " ":
                stop -= 1  # a trailing space neither counts nor shows
            used = sum(widths[start : start + stop])
            frag_line = makeCJKParaLine(line[:stop], limit, used, limit - used, hard[end - 1], calc_bounds)
            # ReportLab justifies by extra / (wordCount − 1): count the gaps that may stretch
            frag_line.wordCount = 1 + sum(
                _stretches(line[k], line[k + 1])
                or (line[k].frag is not line[k + 1].frag and not sameFrag(line[k].frag, line[k + 1].frag))
                for k in range(stop - 1)
            )
            lines.append(frag_line)
        return ParaLines(kind=1, lines=lines)

    def beginText(self, x: float, y: float) -> Any:  # noqa: N802 (ReportLab's name)
        if self.style.alignment == TA_JUSTIFY:
            return _JustifyingText(self.canv, x, y)
        return self.canv.beginText(x, y)


def _stretches(before: str, after: str) -> bool:
    """Does a justified line widen the gap between these two characters? Only where the line
    could break: never inside a number, code or Latin word, never before a closing mark."""
    return may_break(before, after)


class _JustifyingText(PDFTextObject):
    """Chinese has no spaces, so ReportLab's justification (a word space, ``Tw``) does nothing.
    The per-gap amount it asks for is spent instead as character spacing (``Tc``) after each
    character whose following gap may stretch; digits and letters of one run stay together."""

    _gap = 0.0

    def setWordSpace(self, wordSpace: float) -> None:  # noqa: N802, N803 (ReportLab's names)
        self._gap = wordSpace
        if not wordSpace:
            self.setCharSpace(0)

    def _textOut(self, text: str, TStar: int = 0) -> None:  # noqa: N803
        if not self._gap or not text:
            super()._textOut(text, TStar)
            return
        # A chunk is one font run; the gap after its last character, to the next run, stretches
        # (the line's gap count in ``breakLinesCJK`` counts every run change as a stretching gap).
        flags = [_stretches(a, b) for a, b in itertools.pairwise(text)] + [True]
        pieces = [
            (flag, "".join(c for c, _ in group))
            for flag, group in itertools.groupby(zip(text, flags, strict=True), key=lambda p: p[1])
        ]
        for number, (flag, piece) in enumerate(pieces):
            space = self._gap if flag else 0.0
            if space != getattr(self, "_charSpace", 0.0):
                self.setCharSpace(space)
            super()._textOut(piece, TStar if number == len(pieces) - 1 else 0)
