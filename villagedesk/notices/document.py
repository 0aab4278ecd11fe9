"""The board-notice page and the parts every notice kind reuses (GB/T 9704 look).

A4; top margin 37 mm, left 28 mm, text block 156 × 225 mm; body 16 pt 仿宋 on a fixed line grid
of 22 lines per page; title 22 pt 小标宋 centred; headings 一、 in 黑体 and （一） in 楷体; page
numbers "— 1 —"; the date in Arabic numerals four characters from the right margin.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import itertools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from villagedesk.core.errors import FieldError, ValidationError

# The hash a review signs and the posting period are each worked out in one place, below printing.
from villagedesk.core.hashing import content_hash
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.posting import posting_period as posting_period  # re-exported for the builders
from villagedesk.notices.fonts import FontSet, MissingGlyphError, fonts
from villagedesk.notices.linebreak import ChineseParagraph
from villagedesk.notices.masking import mask_address, mask_id, mask_mobile, mask_name, redact_free_text
from villagedesk.notices.numerals import amount_capitals, format_yuan

PAGE_W, PAGE_H = A4
LEFT, TOP = 28 * mm, 37 * mm
BLOCK_W, BLOCK_H = 156 * mm, 225 * mm
LINES_PER_PAGE = 22
LINE = BLOCK_H / LINES_PER_PAGE  # ≈ 28.9 pt: the fixed line grid
BODY_PT, TITLE_PT, TABLE_PT = 16, 22, 12
CHAR = BODY_PT  # one character width in body type

F_NOTICE = QT_TRANSLATE_NOOP("core", "Notice")
R_GLYPH = QT_TRANSLATE_NOOP(
    "core",
    "{where} contains '{char}' (U+{code}), and no font on this PC that can be embedded has it; "
    "install a TrueType font that has it (e.g. SimSun-ExtB) or use another character",
)
R_GLYPH_NOT_EMBEDDABLE = QT_TRANSLATE_NOOP(
    "core",
    "{where} contains '{char}' (U+{code}), and no font on this PC that can be embedded has it: "
    "{fonts} have it but use PostScript outlines, which cannot be embedded; "
    "install a TrueType font that has it (e.g. SimSun-ExtB) or use another character",
)


def glyph_error(exc: MissingGlyphError) -> ValidationError:
    values = {"where": exc.field, "char": exc.char, "code": f"{ord(exc.char):04X}"}
    if exc.unembeddable:
        values["fonts"] = "、".join(exc.unembeddable)
        return ValidationError([FieldError(F_NOTICE, R_GLYPH_NOT_EMBEDDABLE, values)])
    return ValidationError([FieldError(F_NOTICE, R_GLYPH, values)])


@dataclass(frozen=True)
class CentreInfo:
    """What a notice needs to know about the centre (plain data from the profile)."""

    village_name: str
    committee_name: str
    party_org_name: str
    township_name: str
    objection_phone: str
    supervision_phone: str = ""
    township_phone: str = ""


@dataclass(frozen=True)
class Review:
    """The supervision committee's review line (审核意见)."""

    opinion: str
    reviewer: str
    date: dt.date


# -- what a table column may print, and how --------------------------------------------------
KINDS = ("text", "name", "masked_name", "id", "mobile", "group", "amount", "count", "date")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"
    weight: float = 1.0

    def render(self, value: Any) -> str:
        if value is None or value == "":
            return ""
        if self.kind == "masked_name":
            return mask_name(str(value))
        if self.kind == "id":
            return mask_id(str(value))
        if self.kind == "mobile":
            return mask_mobile(str(value))
        if self.kind == "group":
            return mask_address(str(value), str(value) if str(value).endswith("组") else "")
        if self.kind == "amount":
            return format_yuan(int(value))
        if self.kind == "date":
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        if self.kind == "text":  # free text in a cell: a number typed into it is masked too
            return redact_free_text(str(value))
        return str(value)


def column_widths(
    columns: Sequence[Column], rows: Sequence[dict[str, Any]], font: str = "", size: float = TABLE_PT
) -> list[float]:
    """Widths from the content in points: numbers and short columns get what they need so they
    never wrap; long text columns share the rest of the text block."""
    padding = 14.0  # the table style pads cells 6 pt on each side
    cap = 14 * size  # a long text column wraps after about 14 characters of its natural width

    def width(text: str) -> float:
        return stringWidth(text, font, size) if font else len(text) * size

    natural = []
    for column in columns:
        texts = [column.header] + [column.render(r.get(column.key)) for r in rows[:300]]
        natural.append(min(max(width(t) for t in texts), cap) + padding)
    total = sum(natural)
    flexible = [i for i, c in enumerate(columns) if c.kind not in ("amount", "count", "date", "id", "mobile")]
    if not flexible:
        flexible = list(range(len(columns)))
    widths = list(natural)
    spare = BLOCK_W - total
    flex_total = sum(natural[i] for i in flexible)
    for i in flexible:
        widths[i] = max(natural[i] + spare * natural[i] / flex_total, 2 * size + padding)
    scale = BLOCK_W / sum(widths)
    return [w * scale for w in widths]


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _PageDecor:
    """Page number "— n —" under the text block, and in the bottom margin of every sheet a small QR
    code with the notice's UUID and content hash plus the same in text, so each posted sheet can be
    checked against the record the township received."""

    def __init__(self, number_font: str, small_font: str, qr: QrFlowable | None, lines: list[str]) -> None:
        self.number_font = number_font
        self.small_font = small_font
        self.qr = qr
        self.lines = lines

    def __call__(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(self.number_font, 14)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - TOP - BLOCK_H - 7 * mm - 14, f"— {doc.page} —")
        if self.qr is not None:
            # drawn once as a form and placed on every sheet: a long notice repeats it cheaply
            if not canvas.hasForm("verification-qr"):
                canvas.beginForm(
                    "verification-qr", lowerx=0, lowery=0, upperx=self.qr.size, uppery=self.qr.size
                )
                self.qr.drawOn(canvas, 0, 0)
                canvas.endForm()
            canvas.saveState()
            canvas.translate(LEFT, 6 * mm)
            canvas.doForm("verification-qr")
            canvas.restoreState()
            canvas.setFont(self.small_font, 6)
            for index, line in enumerate(self.lines):
                canvas.drawString(LEFT + self.qr.size + 2 * mm, 6 * mm + 9 - index * 8 + 8, line)
        canvas.restoreState()


@dataclass
class NoticeDocument:
    """Collects the parts of one notice and renders them; each part checks its glyphs first."""

    title: str
    kind: str
    uuid: str
    record: dict[str, Any]
    subject: str = ""
    story: list[Flowable] = field(default_factory=list)
    verify: bool = False
    _fonts: FontSet = field(default_factory=fonts)

    def __post_init__(self) -> None:
        f = self._fonts
        self.body = ParagraphStyle(
            "body",
            fontName=f.font("fangsong").name,
            fontSize=BODY_PT,
            leading=LINE,
            firstLineIndent=2 * CHAR,
            alignment=TA_JUSTIFY,
            wordWrap="CJK",
        )
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0, alignment=TA_LEFT)
        self.title_style = ParagraphStyle(
            "title",
            fontName=f.font("xbs").name,
            fontSize=TITLE_PT,
            leading=LINE * 1.25,
            alignment=TA_CENTER,
            wordWrap="CJK",
            spaceAfter=LINE * 0.75,
        )
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=f.font("hei").name)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=f.font("kai").name)
        self.cell = ParagraphStyle(
            "cell",
            fontName=f.font("fangsong").name,
            fontSize=TABLE_PT,
            leading=TABLE_PT * 1.3,
            wordWrap="CJK",
            alignment=TA_LEFT,
        )
        self.cell_head = ParagraphStyle(
            "cellhead", parent=self.cell, fontName=f.font("hei").name, alignment=TA_CENTER
        )
        self.cell_num = ParagraphStyle("cellnum", parent=self.cell, alignment=TA_RIGHT)
        self.small = ParagraphStyle(
            "small", fontName=f.font("song").name, fontSize=8, leading=10, wordWrap="CJK"
        )
        self.right = ParagraphStyle("right", parent=self.plain, alignment=TA_RIGHT, rightIndent=4 * CHAR)
        self.hash = content_hash(self.record)
        self.story.append(
            ChineseParagraph(self._markup(self.title, self.title_style, "标题"), self._balanced_title_style())
        )

    def _balanced_title_style(self) -> ParagraphStyle:
        """Long titles wrap into lines of about equal length, never leaving one character alone."""
        width = stringWidth(self.title, self.title_style.fontName, TITLE_PT)
        lines = int(width // BLOCK_W) + 1
        if lines == 1:
            return self.title_style
        target = min(width / lines + 2 * TITLE_PT, BLOCK_W)
        indent = (BLOCK_W - target) / 2
        return ParagraphStyle(
            "title-balanced", parent=self.title_style, leftIndent=indent, rightIndent=indent
        )

    # -- text with per-character font fallback ------------------------------------------------
    def _markup(self, text: str, style: ParagraphStyle, where: str) -> str:
        role = {v.name: k for k, v in self._fonts.roles.items()}.get(style.fontName, "fangsong")
        try:
            runs = self._fonts.runs(text, role, where)
        except MissingGlyphError as exc:
            raise glyph_error(exc) from exc
        out = []
        for font_name, chunk in runs:
            chunk_markup = html.escape(chunk, quote=False).replace("\n", "<br/>")  # & < > only
            out.append(
                chunk_markup
                if font_name == style.fontName
                else f'<font face="{font_name}">{chunk_markup}</font>'
            )
        return "".join(out)

    def para(self, text: str, where: str, style: ParagraphStyle | None = None) -> ChineseParagraph:
        style = style or self.body
        return ChineseParagraph(self._markup(text, style, where), style)

    # -- the parts -------------------------------------------------------------------------------
    def paragraph(self, text: str, where: str) -> None:
        stripped = text.strip()
        if not stripped:
            return
        if _is_heading1(stripped):
            self.story.append(self.para(stripped, where, self.h1))
        elif _is_heading2(stripped):
            self.story.append(self.para(stripped, where, self.h2))
        else:
            self.story.append(self.para(stripped, where))

    def heading(self, text: str, where: str, level: int = 1) -> None:
        self.story.append(self.para(text, where, self.h1 if level == 1 else self.h2))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[dict[str, Any]],
        where: str,
        totals: dict[str, Any] | None = None,
    ) -> None:
        """A content table: only the declared columns print, masked by kind; header repeats per page."""
        widths = column_widths(columns, rows, self.cell.fontName)
        data: list[list[Flowable]] = [[self.para(c.header, f"{where}表头", self.cell_head) for c in columns]]
        numeric = {
            c.key
            for c in columns
            if c.kind in ("amount", "count")
            or (
                rows
                and all(_looks_numeric(column_text) for column_text in (c.render(r.get(c.key)) for r in rows))
            )
        }
        for number, row in enumerate(rows, start=1):
            line = []
            for col_index, column in enumerate(columns, start=1):
                style = self.cell_num if column.key in numeric else self.cell
                line.append(
                    self.para(
                        column.render(row.get(column.key)), f"{where}第{number}行第{col_index}列", style
                    )
                )
            data.append(line)
        if totals:
            data.append(
                [
                    self.para(
                        Column(c.key, c.header, c.kind).render(totals.get(c.key, "")),
                        f"{where}合计行",
                        self.cell_num if c.kind in ("amount", "count") else self.cell,
                    )
                    for c in columns
                ]
            )
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.story.append(Spacer(1, LINE * 0.3))
        self.story.append(table)
        self.story.append(Spacer(1, LINE * 0.3))

    def amount_line(self, label: str, fen: int, where: str) -> None:
        self.story.append(
            self.para(f"{label}：{format_yuan(fen)}元（大写：{amount_capitals(fen)}）", where, self.plain)
        )

    def posting(self, start: dt.date, days: int) -> None:
        begin, end = posting_period(start, days)
        self.story.append(
            self.para(f"公示期：{chinese_date(begin)}至{chinese_date(end)}", "公示期", self.body)
        )

    def objection(self, centre: CentreInfo) -> None:
        parts = []
        if centre.supervision_phone:
            parts.append(f"村务监督委员会（电话：{centre.supervision_phone}）")
        else:
            parts.append("村务监督委员会")
        if centre.township_phone:
            parts.append(f"{centre.township_name}人民政府（电话：{centre.township_phone}）")
        else:
            parts.append(f"{centre.township_name}人民政府")
        text = (
            f"公示期间，如对公示内容有异议，请向{parts[0]}反映，也可向{parts[1]}反映。"
            f"意见反映电话：{centre.objection_phone}。"
        )
        self.story.append(self.para(text, "异议反映"))

    def issuer(self, centre: CentreInfo, day: dt.date, issuers: Sequence[str] | None = None) -> None:
        """Issuer lines centred over the date, the date four characters from the right, room for the seal."""
        names = list(issuers) if issuers else [centre.committee_name]
        date_text = chinese_date(day)
        font = self.body.fontName
        date_w = stringWidth(date_text, font, BODY_PT)
        lines: list[Flowable] = [Spacer(1, LINE)]
        for name in names:
            indent = max(4 * CHAR + (date_w - stringWidth(name, font, BODY_PT)) / 2, 0)
            lines.append(
                self.para(name, "落款", ParagraphStyle("iss", parent=self.right, rightIndent=indent))
            )
        lines.append(self.para(date_text, "日期", self.right))
        self.story.append(KeepTogether(lines))

    def review(self, review: Review | None) -> None:
        if review is None:
            text = "村务监督委员会审核意见：＿＿＿＿＿＿　审核人（签字）：＿＿＿＿　日期：＿＿＿＿"
        else:
            text = (
                f"村务监督委员会审核意见：{review.opinion}　审核人：{review.reviewer}　"
                f"审核日期：{chinese_date(review.date)}"
            )
        self.story.append(Spacer(1, LINE * 0.5))
        self.story.append(
            self.para(
                text, "审核意见", ParagraphStyle("rev", parent=self.plain, fontSize=14, leading=LINE * 0.8)
            )
        )

    def verification(self) -> None:
        """Print the verification QR code and hash in the bottom margin of every page."""
        self.verify = True

    def build(self) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=PAGE_W - LEFT - BLOCK_W,
            topMargin=TOP,
            bottomMargin=PAGE_H - TOP - BLOCK_H,
            title=self.title,
            author="VillageDesk",
            subject=self.subject or self.kind,
            creator="VillageDesk",
            invariant=1,
        )
        frame = Frame(
            LEFT,
            PAGE_H - TOP - BLOCK_H,
            BLOCK_W,
            BLOCK_H,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        qr = QrFlowable(f"villagedesk:{self.kind}:{self.uuid}:{self.hash}", 16 * mm) if self.verify else None
        lines = ["核验：扫码或比对以下编号与校验值", f"编号：{self.uuid}", f"SHA-256：{self.hash}"]
        song, bundled = self._fonts.font("song"), self._fonts.bundled
        assert song is not None and bundled is not None  # the bundled face always loads
        decor = _PageDecor(song.name, bundled.name, qr, lines)
        doc.addPageTemplates([PageTemplate("notice", frames=[frame], onPage=decor)])
        doc.build(list(self.story))
        return buffer.getvalue()


class QrFlowable(Flowable):
    """A QR code encoded once and drawn as filled runs (ReportLab's widget encodes it twice)."""

    def __init__(self, payload: str, size: float, border: int = 1) -> None:
        super().__init__()
        self.modules = _qr_modules(payload)
        self.size = size
        self.border = border
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            for dark, group in itertools.groupby(row):
                run = len(list(group))
                if dark:
                    canvas.rect((c + self.border) * box, y, run * box, box, stroke=0, fill=1)
                c += run


_QR_MASK = 2  # any of the eight masks is a valid code; the reader test (zbarimg) decodes the printed page


@functools.cache
def _qrencoder() -> ModuleType:
    """ReportLab's QR encoder (a module of its own, needing only ``re`` and ``itertools``), loaded
    without its package: importing the package sets up every barcode widget and ReportLab's
    drawing layer, about a twentieth of a second on every print from the command line. Where the
    file cannot be read on its own (a bundle that keeps modules in an archive), the package is
    imported after all."""
    name = "reportlab.graphics.barcode.qrencoder"
    if name in sys.modules:
        return sys.modules[name]
    import importlib.util

    import reportlab

    path = Path(reportlab.__file__).parent / "graphics" / "barcode" / "qrencoder.py"
    spec = importlib.util.spec_from_file_location("villagedesk_qrencoder", path) if path.is_file() else None
    if spec is None or spec.loader is None:
        from reportlab.graphics.barcode import qrencoder

        packaged: ModuleType = qrencoder
        return packaged
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=16)
def _qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules; a preview and the print that follows it encode the same payload once.

    One fixed mask pattern instead of trying all eight for the lowest penalty (ReportLab's ``make``):
    every reader decodes every mask, and the search took a quarter of a notice's build time."""
    qrencoder = _qrencoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, _QR_MASK)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def _looks_numeric(text: str) -> bool:
    cleaned = text.replace(",", "").replace(".", "", 1).lstrip("-")
    return cleaned.isdigit() or text == ""


def _is_heading1(text: str) -> bool:
    return len(text) > 2 and text[0] in "一二三四五六七八九十" and "、" in text[:4] and len(text) <= 40


def _is_heading2(text: str) -> bool:
    return text.startswith(("（", "(")) and ("）" in text[:5] or ")" in text[:5]) and len(text) <= 40


BuildFn = Callable[..., bytes]
