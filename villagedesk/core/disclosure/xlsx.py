"""Ledger lines from the township's rural collective accounting system (.xlsx), under the single
import policy (core/roster_import.py): every problem of the sheet at once, with its row, column
and rule; nothing is taken until the sheet is clean; nothing is guessed.

    lines = read_ledger_xlsx(path)   # ValidationError listing every problem, or the clean lines

The lines go into the draft's editor; saving the draft checks them again with the balance rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from villagedesk.core.disclosure.ledger import LineInput
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.money import parse_yuan
from villagedesk.core.roster_import import Cell, Problem, ProblemGroup, group_problems, read_cells
from villagedesk.core.text import normalise_width

F_LEDGER_SHEET = QT_TRANSLATE_NOOP("core", "Ledger sheet")
R_NO_LEDGER_HEADER = QT_TRANSLATE_NOOP(
    "core",
    "no header row with a 收支项目 column and 收入/支出 (or 金额 and 收支) columns in the first {rows} rows",
)
R_NO_LINES = QT_TRANSLATE_NOOP("core", "the sheet has no ledger lines under its header")
R_CELL_REQUIRED = QT_TRANSLATE_NOOP("core", "is empty; every line needs it")
R_BOTH = QT_TRANSLATE_NOOP("core", "has both an income and an expenditure amount; a line is one or the other")
R_NEITHER = QT_TRANSLATE_NOOP("core", "has neither an income nor an expenditure amount")
R_FORMULA = QT_TRANSLATE_NOOP(
    "core", "is a formula without a saved value; open the sheet in Excel or WPS, save it, and import again"
)
R_DIRECTION_CELL = QT_TRANSLATE_NOOP("core", "must be 收入 or 支出")

HEADER_ROWS = 10
KEYS = {
    "收支项目": "item",
    "项目": "item",
    "摘要": "item",
    "收入": "income",
    "收入金额": "income",
    "支出": "expenditure",
    "支出金额": "expenditure",
    "金额": "amount",
    "收支": "direction",
    "收支类型": "direction",
    "类型": "direction",
    "资金来源": "source",
    "经办人": "handler",
    "审核意见": "opinion",
}


@dataclass(frozen=True)
class _Col:
    index: int
    letter: str
    header: str


def _header(value: object) -> str:
    text = re.sub(r"[\s\u3000]+", "", normalise_width(str(value or ""))).rstrip(":：")
    return re.sub(r"[（(][^）)]*[）)]$", "", text)


def _find_header(rows: list[list[Cell]]) -> tuple[int, dict[str, _Col]] | None:
    from openpyxl.utils import get_column_letter

    for r, cells in enumerate(rows[:HEADER_ROWS]):
        found: dict[str, _Col] = {}
        for i, cell in enumerate(cells):
            key = KEYS.get(_header(cell.value))
            if key and key not in found:
                found[key] = _Col(i, get_column_letter(i + 1), str(cell.value).strip())
        amounts = "income" in found or "expenditure" in found or {"amount", "direction"} <= set(found)
        if "item" in found and amounts:
            return r, found
    return None


def _text(cell: Cell | None) -> str:
    if cell is None or cell.value is None:
        return ""
    return " ".join(str(cell.value).split())


def _amount_text(cell: Cell | None) -> str:
    """Numbers as Excel saved them (shortest exact repr), so 12.345 stays three decimals and is refused."""
    if cell is None or cell.value is None:
        return ""
    if isinstance(cell.value, bool):
        return str(cell.value)
    if isinstance(cell.value, (int, float)):
        return repr(cell.value)
    return str(cell.value).strip()


class _Reader:
    def __init__(self, columns: dict[str, _Col]) -> None:
        self.columns = columns
        self.problems: list[Problem] = []

    def cell(self, cells: list[Cell], key: str) -> Cell | None:
        col = self.columns.get(key)
        return cells[col.index] if col is not None and col.index < len(cells) else None

    def problem(self, row: int, key: str, value: str, rule: str, **params: object) -> None:
        col = self.columns[key]
        self.problems.append(Problem(row, col.letter, col.header, value, rule, dict(params)))

    def money(self, row: int, cells: list[Cell], key: str) -> int | None:
        cell = self.cell(cells, key)
        if cell is not None and cell.formula_without_value:
            self.problem(row, key, "", R_FORMULA)
            return None
        text = _amount_text(cell)
        if not text:
            return None
        errors = Collector()
        fen = parse_yuan(text, key, errors)
        if errors.errors:
            e = errors.errors[0]
            self.problem(row, key, text, e.rule, **{k: v for k, v in e.params.items() if k != "value"})
        return fen

    def direction_and_amount(self, row: int, cells: list[Cell]) -> tuple[str, int] | None:
        if "amount" in self.columns and "direction" in self.columns:
            word = _text(self.cell(cells, "direction"))
            fen = self.money(row, cells, "amount")
            if word not in ("收入", "支出"):
                self.problem(row, "direction", word, R_DIRECTION_CELL)
                return None
            return (word, fen) if fen is not None else None
        income = self.money(row, cells, "income") if "income" in self.columns else None
        expenditure = self.money(row, cells, "expenditure") if "expenditure" in self.columns else None
        key = "income" if "income" in self.columns else "expenditure"
        if income is not None and expenditure is not None:
            self.problem(row, key, _amount_text(self.cell(cells, key)), R_BOTH)
            return None
        if income is None and expenditure is None:
            if not any(p.row == row for p in self.problems):
                self.problem(row, key, "", R_NEITHER)
            return None
        return ("收入", income) if income is not None else ("支出", expenditure or 0)

    def line(self, row: int, cells: list[Cell]) -> LineInput | None:
        item = _text(self.cell(cells, "item"))
        if not item:
            self.problem(row, "item", "", R_CELL_REQUIRED)
        money = self.direction_and_amount(row, cells)
        if not item or money is None:
            return None
        direction, fen = money
        return LineInput(
            direction,
            item,
            fen,
            _text(self.cell(cells, "source")),
            _text(self.cell(cells, "handler")),
            _text(self.cell(cells, "opinion")),
        )


def read_ledger_xlsx(path: str | Path) -> list[LineInput]:
    _, rows = read_cells(path)
    header = _find_header(rows)
    if header is None:
        problem = Problem(0, "", "", "", R_NO_LEDGER_HEADER, {"rows": HEADER_ROWS})
        raise ValidationError([ProblemGroup(F_LEDGER_SHEET, R_NO_LEDGER_HEADER, {}, [problem])])
    start, columns = header
    reader = _Reader(columns)
    lines: list[LineInput] = []
    for offset, cells in enumerate(rows[start + 1 :], start=start + 2):
        if all(_text(c) == "" for c in cells):
            continue
        if _text(reader.cell(cells, "item")) in ("合计", "本页小计", "小计", "总计"):
            continue  # the accounting system's own totals are not lines
        line = reader.line(offset, cells)
        if line is not None:
            lines.append(line)
    if reader.problems:
        raise ValidationError(list(group_problems(reader.problems)))
    if not lines:
        problem = Problem(0, "", "", "", R_NO_LINES, {})
        raise ValidationError([ProblemGroup(F_LEDGER_SHEET, R_NO_LINES, {}, [problem])])
    return lines
