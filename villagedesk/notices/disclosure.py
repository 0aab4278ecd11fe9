"""村务公开 notices: a disclosure for the board (党务 / 村务 / 财务), its 更正公告, and the finance
ledger that runs across pages with repeated headers, a subtotal at the foot of every page and the
totals in figures and in capital numerals (大写)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from villagedesk.notices.document import (
    BLOCK_H,
    BLOCK_W,
    LINE,
    CentreInfo,
    Column,
    NoticeDocument,
    Review,
    chinese_date,
)
from villagedesk.notices.linebreak import break_lines
from villagedesk.notices.masking import redact_free_text
from villagedesk.notices.numerals import amount_capitals, format_yuan

KIND = "disclosure"
LEGAL_BASIS = "根据《中华人民共和国村民委员会组织法》和村务公开的有关规定"
LEDGER_COLUMNS = (
    Column("seq", "序号", "count"),
    Column("item", "收支项目"),
    Column("income", "收入（元）", "amount"),
    Column("expenditure", "支出（元）", "amount"),
    Column("source", "资金来源"),
    Column("handler", "经办人", "name"),
    Column("opinion", "审核意见"),
)
PAD = 4.0  # cell padding top + bottom (2 + 2)
CELL_PT, CELL_LEADING = 10.5, 13.0  # 五号: a ledger of hundreds of lines stays readable and compact
# 序号, 收支项目, 收入, 支出, 资金来源, 经办人, 审核意见: fixed, so a long ledger never reflows
WIDTHS = (34.0, 112.0, 66.0, 66.0, 76.0, 46.0, 42.0)


@dataclass(frozen=True)
class LedgerLinePrint:
    seq: int
    direction: str  # income / expenditure
    item: str
    amount_fen: int
    source: str
    handler: str
    opinion: str


@dataclass(frozen=True)
class DisclosurePrint:
    uuid: str
    category: str
    item: str
    period: str  # e.g. 2026年第3季度
    title: str
    lead: str
    content: str
    table_headers: list[str]
    table_rows: list[list[str]]
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int
    issuers: list[str]
    ledger: bool = False
    opening_fen: int = 0
    closing_fen: int = 0
    opening_reason: str = ""
    lines: list[LedgerLinePrint] = field(default_factory=list)
    township_check: str = ""  # 经管站 who and when, or ""
    corrects: tuple[str, dt.date, str] | None = None  # original title, posted on, reason
    review: Review | None = None

    def with_review(self, review: Review | None) -> DisclosurePrint:
        return replace(self, review=review)


def _row(line: LedgerLinePrint) -> dict[str, Any]:
    income = line.direction == "income"
    return {
        "seq": line.seq,
        "item": redact_free_text(line.item),
        "income": line.amount_fen if income else None,
        "expenditure": None if income else line.amount_fen,
        "source": line.source,
        "handler": line.handler,
        "opinion": redact_free_text(line.opinion),
    }


Cell: TypeAlias = Flowable | str


class _Ledger:
    """Splits the ledger into one table per page, each with the header row and a 本页小计 row.

    A cell that fits on one line in the cell font is drawn as a plain string (fast: a 200-line
    ledger has 1,400 cells); one that wraps or needs a fallback font for a rare character is a
    paragraph."""

    def __init__(self, doc: NoticeDocument, rows: list[dict[str, Any]]) -> None:
        self.doc = doc
        self.rows = rows
        scale = BLOCK_W / sum(WIDTHS)
        self.widths = [w * scale for w in WIDTHS]
        self.font = doc.cell.fontName
        self.style = ParagraphStyle("ledger", parent=doc.cell, fontSize=CELL_PT, leading=CELL_LEADING)
        self.num_style = ParagraphStyle("ledger-num", parent=self.style, alignment=TA_RIGHT)
        self.head_style = ParagraphStyle(
            "ledger-head", parent=doc.cell_head, fontSize=CELL_PT, leading=CELL_LEADING
        )
        self.head_font = doc.cell_head.fontName
        self._plain: dict[tuple[str, float, str], str] = {}
        self._widths: dict[tuple[str, str], float] = {}

    def cell(self, text: str, where: str, width: float, numeric: bool, role: str = "fangsong") -> Cell:
        if not text:
            return ""
        font = self.head_font if role == "hei" else self.font
        key = (text, width, role)
        known = self._plain.get(key)
        if known is not None:  # the same text in the same column: 集体经营收入, 王建国, 属实 …
            return known
        runs = self.doc._fonts.runs(text, role, where) if not text.isascii() else [(font, text)]
        if len(runs) != 1 or runs[0][0] != font:
            style = self.head_style if role == "hei" else self.num_style if numeric else self.style
            return self.doc.para(text, where, style)
        plain = runs[0][1]
        widths = [self._char_width(ch, font) for ch in plain]
        if sum(widths) > width - 12:
            # one font, several lines: broken here once (the same rules as paragraphs), drawn as lines
            spans = break_lines(list(plain), widths, [width - 12])
            plain = "\n".join(plain[a:b].strip() for a, b in spans)
        self._plain[key] = plain
        return plain

    def _char_width(self, char: str, font: str) -> float:
        key = (char, font)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = stringWidth(char, font, CELL_PT)
        return width

    def cells(self, row: dict[str, Any], where: str) -> list[Cell]:
        out: list[Cell] = []
        for index, column in enumerate(LEDGER_COLUMNS):
            numeric = column.kind in ("amount", "count")
            text = column.render(row.get(column.key))
            out.append(self.cell(text, f"{where}第{index + 1}列", self.widths[index], numeric))
        return out

    def header(self) -> list[Cell]:
        return [
            self.cell(c.header, "明细表表头", self.widths[i], False, "hei")
            for i, c in enumerate(LEDGER_COLUMNS)
        ]

    def height(self, cells: Sequence[Cell]) -> float:
        tallest = CELL_LEADING
        for cell, w in zip(cells, self.widths, strict=True):
            if isinstance(cell, str):
                tallest = max(tallest, CELL_LEADING * (cell.count("\n") + 1))
            else:
                tallest = max(tallest, cell.wrap(w - 12, BLOCK_H)[1])
        return tallest + PAD

    def subtotal(self, label: str, chunk: list[dict[str, Any]]) -> list[Cell]:
        row = {
            "item": label,
            "income": sum(r["income"] or 0 for r in chunk),
            "expenditure": sum(r["expenditure"] or 0 for r in chunk),
        }
        return self.cells(row, label)

    def pages(self, first_free: float) -> list[list[Flowable]]:  # noqa: C901 - one greedy loop
        """Greedy fill: as many rows as fit under the header with room for the subtotal row."""
        head = self.header()
        fixed = self.height(head) + self.height(self.subtotal("本页小计", self.rows[:1])) + LINE * 0.6
        free = first_free
        out: list[list[Flowable]] = []
        chunk: list[tuple[dict[str, Any], list[Cell], float]] = []
        used = fixed
        for number, row in enumerate(self.rows, start=1):
            cells = self.cells(row, f"明细表第{number}行")
            h = self.height(cells)
            if chunk and used + h > free:
                out.append(self._table(chunk))
                chunk, used, free = [], fixed, BLOCK_H - LINE * 0.5
            chunk.append((row, cells, h))
            used += h
        if chunk:
            out.append(self._table(chunk))
        return out

    def _table(self, chunk: list[tuple[dict[str, Any], list[Cell], float]]) -> list[Flowable]:
        data = [self.header()] + [cells for _, cells, _ in chunk]
        data.append(self.subtotal("本页小计", [row for row, _, _ in chunk]))
        table = Table(data, colWidths=self.widths, repeatRows=1, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("FONTSIZE", (0, 0), (-1, -1), CELL_PT),
                    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
                    ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                    ("ALIGN", (2, 0), (3, -1), "RIGHT"),
                    ("FONTNAME", (0, 0), (-1, 0), self.head_font),
                    ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [table]


def _used_height(story: list[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(BLOCK_W, BLOCK_H)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _finance(doc: NoticeDocument, data: DisclosurePrint) -> None:
    rows = [_row(line) for line in data.lines]
    income = sum(line.amount_fen for line in data.lines if line.direction == "income")
    expenditure = sum(line.amount_fen for line in data.lines if line.direction == "expenditure")
    doc.story.append(
        doc.para(
            f"期初余额：{format_yuan(data.opening_fen)}元（大写：{amount_capitals(data.opening_fen)}）",
            "期初余额",
            doc.plain,
        )
    )
    if data.opening_reason:
        doc.paragraph(f"期初余额说明：{redact_free_text(data.opening_reason)}", "期初余额说明")
    doc.story.append(Spacer(1, LINE * 0.3))
    ledger = _Ledger(doc, rows)
    free = BLOCK_H - _used_height(doc.story) - LINE * 0.5
    if free < 4 * LINE:  # not even a few lines left: start the table on a new page
        doc.story.append(PageBreak())
        free = BLOCK_H - LINE * 0.5
    for index, page in enumerate(ledger.pages(free)):
        if index:
            doc.story.append(PageBreak())
        doc.story.extend(page)
    doc.story.append(Spacer(1, LINE * 0.3))
    doc.amount_line("本期收入合计", income, "收入合计")
    doc.amount_line("本期支出合计", expenditure, "支出合计")
    doc.amount_line("期末余额", data.closing_fen, "期末余额")
    if data.township_check:
        doc.story.append(doc.para(f"乡镇经管站审核：{data.township_check}", "经管站审核", doc.plain))


def build_disclosure(data: DisclosurePrint, centre: CentreInfo, record: dict[str, object]) -> bytes:
    """``record`` is what the review signed (built in core): every sheet's QR code carries its hash."""
    doc = NoticeDocument(
        title=redact_free_text(data.title), kind=KIND, uuid=data.uuid, record=record, subject="村务公开"
    )
    if data.corrects is not None:
        title, posted_on, reason = data.corrects
        doc.paragraph(
            f"本村于{chinese_date(posted_on)}公开的《{redact_free_text(title)}》有误，现予更正。"
            f"更正原因：{redact_free_text(reason)}。更正后的内容如下：",
            "更正说明",
        )
    lead = data.lead.strip() or f"{LEGAL_BASIS}，现将{data.period}{data.item}公开如下："
    doc.paragraph(redact_free_text(lead), "导语")
    doc.paragraph(f"公开类别：{data.category}；公开事项：{data.item}；公开期间：{data.period}。", "公开事项")
    for number, text in enumerate(p for p in data.content.splitlines() if p.strip()):
        doc.paragraph(redact_free_text(text), f"正文第{number + 1}段")
    if data.table_headers:
        columns = [Column(f"c{i}", redact_free_text(h)) for i, h in enumerate(data.table_headers)]
        rows = [{f"c{i}": cell for i, cell in enumerate(row)} for row in data.table_rows]
        doc.table(columns, rows, "表格")
    if data.ledger:
        _finance(doc, data)
    doc.posting(data.posting_date, data.posting_days)
    doc.objection(centre)
    doc.issuer(centre, data.notice_date, data.issuers)
    doc.review(data.review)
    doc.verification()
    return doc.build()
