"""Reading generated PDFs the way a checker would: text, fonts, page size and text positions."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream, FloatObject, NumberObject

MM = 72 / 25.4


@dataclass
class Pdf:
    reader: PdfReader
    text: str
    positions: list[tuple[float, float, str]]

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def font_files(self) -> list[str]:
        names = []
        for page in self.reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                for desc_font in font.get("/DescendantFonts", [font]):
                    descriptor = desc_font.get_object().get("/FontDescriptor")
                    if descriptor is not None:
                        d = descriptor.get_object()
                        names.append(
                            str(d.get("/FontName")) + (" embedded" if "/FontFile2" in d else " NOT EMBEDDED")
                        )
        return names


def read_pdf(data: bytes) -> Pdf:
    reader = PdfReader(io.BytesIO(data))
    positions: list[tuple[float, float, str]] = []
    texts = []
    for page in reader.pages:

        def visit(text, cm, tm, font_dict, font_size):  # type: ignore[no-untyped-def]
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                positions.append((x, y, text))

        texts.append(page.extract_text(visitor_text=visit))
    return Pdf(reader, "\n".join(texts), positions)


def squash(text: str) -> str:
    return "".join(text.split())


# -- where every piece of text really ends: a small content-stream interpreter ------------------
@dataclass(frozen=True)
class Run:
    """One text-showing operation: the page (from 1), its left and right edge and baseline in points."""

    page: int
    x0: float
    x1: float
    y: float
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Line:
    page: int
    x0: float
    x1: float
    y: float
    text: str


def _cmap_text(hex_digits: str) -> str:
    """A ToUnicode destination: UTF-16BE, or (as ReportLab writes characters beyond the BMP, e.g.
    <2A6A5> for 𪚥) the code point itself."""
    if len(hex_digits) % 4 == 0:
        try:
            return bytes.fromhex(hex_digits).decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    return chr(int(hex_digits, 16))


class _FontMetrics:
    """Advance widths (1/1000 em) and Unicode of the codes of one simple PDF font."""

    def __init__(self, font: Any) -> None:
        self.name = str(font.get("/BaseFont", "?"))
        self.first = int(font.get("/FirstChar", 0))
        self.widths = [float(w) for w in font.get("/Widths", [])]
        self.unicode: dict[int, str] = {}
        self.standard = None
        if not self.widths:  # one of the 14 standard fonts: ReportLab knows their metrics
            from reportlab.pdfbase import pdfmetrics

            self.standard = pdfmetrics.getFont(self.name.lstrip("/"))
        if "/ToUnicode" in font:
            self._read_cmap(font["/ToUnicode"].get_object().get_data().decode("latin-1"))

    def _read_cmap(self, cmap: str) -> None:
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                self.unicode[int(src, 16)] = _cmap_text(dst)
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
            for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                start = _cmap_text(dst)
                for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    self.unicode[code] = start[:-1] + chr(ord(start[-1]) + offset)

    def width(self, code: int) -> float:
        if self.standard is not None:
            return self.standard.stringWidth(chr(code), 1000)
        index = code - self.first
        return self.widths[index] if 0 <= index < len(self.widths) else 0.0

    def text(self, codes: bytes) -> str:
        if not self.unicode:
            return codes.decode("latin-1")
        return "".join(self.unicode.get(c, "\ufffd") for c in codes)


def _multiply(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _raw(operand: Any) -> bytes:
    if isinstance(operand, bytes):
        return bytes(operand)
    original = getattr(operand, "get_original_bytes", None)
    return original() if original else str(operand).encode("latin-1")


class _TextState:
    """The graphics and text state the operators of one page change."""

    def __init__(self, page: int, runs: list[Run]) -> None:
        self.page, self.runs = page, runs
        self.ctm: tuple[float, ...] = _IDENTITY
        self.stack: list[tuple[float, ...]] = []
        self.tm: tuple[float, ...] = _IDENTITY
        self.tlm: tuple[float, ...] = _IDENTITY
        self.font: _FontMetrics | None = None
        self.size = self.char_space = self.word_space = self.leading = 0.0
        self.scale = 1.0

    def move(self, dx: float, dy: float, line: bool = True) -> None:
        base = self.tlm if line else self.tm
        self.tm = _multiply((1, 0, 0, 1, dx, dy), base)
        if line:
            self.tlm = self.tm

    def show(self, codes: bytes) -> None:
        assert self.font is not None
        start = _multiply(self.tm, self.ctm)
        advance = 0.0
        for code in codes:
            glyph = self.font.width(code) / 1000 * self.size
            advance += (glyph + self.char_space + (self.word_space if code == 32 else 0)) * self.scale
        # the spacing after the last glyph is blank: the run's ink ends with the glyph's advance
        trailing = (
            (self.char_space + (self.word_space if codes[-1:] == b" " else 0)) * self.scale if codes else 0
        )
        end = _multiply(_multiply((1, 0, 0, 1, advance - trailing, 0), self.tm), self.ctm)
        self.move(advance, 0, line=False)
        if codes:
            text = self.font.text(codes)
            self.runs.append(Run(self.page, start[4], end[4], start[5], text, self.font.name, self.size))


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def text_runs(data: bytes) -> list[Run]:
    """Every text-showing operator of the PDF with the extent its glyphs really cover."""
    reader = PdfReader(io.BytesIO(data))
    runs: list[Run] = []
    for page_number, page in enumerate(reader.pages, start=1):
        font_dicts = page["/Resources"].get_object().get("/Font", {})
        metrics = {str(k): _FontMetrics(v.get_object()) for k, v in font_dicts.items()}
        st = _TextState(page_number, runs)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode("latin-1")
            if op == "q":
                st.stack.append(st.ctm)
            elif op == "Q":
                st.ctm = st.stack.pop()
            elif op == "cm":
                st.ctm = _multiply(tuple(float(v) for v in operands), st.ctm)
            elif op == "BT":
                st.tm = st.tlm = _IDENTITY
            elif op == "Tf":
                st.font, st.size = metrics[str(operands[0])], float(operands[1])
            elif op == "Tc":
                st.char_space = float(operands[0])
            elif op == "Tw":
                st.word_space = float(operands[0])
            elif op == "Tz":
                st.scale = float(operands[0]) / 100
            elif op == "TL":
                st.leading = float(operands[0])
            elif op in ("Td", "TD"):
                if op == "TD":
                    st.leading = -float(operands[1])
                st.move(float(operands[0]), float(operands[1]))
            elif op == "Tm":
                st.tm = st.tlm = tuple(float(v) for v in operands)
            elif op == "T*":
                st.move(0, -st.leading)
            elif op == "Tj":
                st.show(_raw(operands[0]))
            elif op in ("'", '"'):
                if op == '"':
                    st.word_space, st.char_space = float(operands[0]), float(operands[1])
                st.move(0, -st.leading)
                st.show(_raw(operands[-1]))
            elif op == "TJ":
                for item in operands[0]:
                    if isinstance(item, (int, float, FloatObject, NumberObject)):
                        st.move(-float(item) / 1000 * st.size * st.scale, 0, line=False)
                    else:
                        st.show(_raw(item))
    return runs


def text_lines(data: bytes, tolerance: float = 0.5) -> list[Line]:
    """Runs on one page sharing a baseline, joined left to right: the printed lines."""
    groups: dict[tuple[int, int], list[Run]] = {}
    for run in text_runs(data):
        key = (run.page, round(run.y / tolerance))
        groups.setdefault(key, []).append(run)
    lines = []
    for (page, _), runs in sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        runs.sort(key=lambda r: r.x0)
        lines.append(
            Line(
                page,
                min(r.x0 for r in runs),
                max(r.x1 for r in runs),
                runs[0].y,
                "".join(r.text for r in runs),
            )
        )
    return lines


BLOCK_LEFT, BLOCK_RIGHT = 28 * MM, (28 + 156) * MM
BLOCK_TOP, BLOCK_BOTTOM = (297 - 37) * MM, (297 - 37 - 225) * MM


def body_lines(data: bytes) -> list[Line]:
    """The printed lines inside the text block's height (not the page number or the margin notes)."""
    return [line for line in text_lines(data) if BLOCK_BOTTOM - 1 <= line.y <= BLOCK_TOP]


def body_text(data: bytes) -> str:
    """The text block's text in reading order across pages, whitespace removed."""
    return squash("".join(line.text for line in body_lines(data)))
