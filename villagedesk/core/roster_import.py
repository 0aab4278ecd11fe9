"""Importing the roster from the .xlsx sheets village offices keep: check, show the plan, then apply.

One policy for every importer (DESIGN.md "bad input"): the clerk sees every problem of the sheet at
once, each with its row, column, value and rule, problems of one kind grouped; nothing is written
until the sheet is clean; nothing is guessed. So a missing start date, an unknown 性别, 身份 "党员"
(正式 or 预备?), an unknown 身份, a formula without a saved value and a failing 身份证号 are problems,
never defaults.

Importing is an update, not an append: a sheet row is matched to a roster person by 身份证号 when both
have one, otherwise by name and birth date (村民小组 separating namesakes). Matched people are updated,
others added; an empty cell keeps what the roster has; a 身份 the roster has and the sheet lacks is
listed as a difference and never ended by the import.

    plan = plan_import(session, path, today)       # changes nothing; plan.problems, plan.people
    apply_import(session, path, today, plan.sheet_sha256)   # the same work, kept

The plan is made by doing the import inside a savepoint and rolling it back, so what the clerk
confirms is exactly what applying does, with the same validation as the forms.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core.errors import Collector, FieldError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity
from villagedesk.core.idnumber import F_ID_NUMBER, parse_id_number
from villagedesk.core.text import normalise_width
from villagedesk.db.models import Body, Membership, Person, Role, Sex

F_SHEET = QT_TRANSLATE_NOOP("core", "Roster sheet")
F_BODIES = QT_TRANSLATE_NOOP("core", "Bodies (身份)")
F_ROW_NUMBER = QT_TRANSLATE_NOOP("core", "Row number (序号, not imported)")

# Where a problem is: one cell, or a run of rows with the same problem in the same column.
R_AT_CELL = QT_TRANSLATE_NOOP("core", "row {row}, column {letter} ({column}), value {value}: {message}")
R_AT_ROWS = QT_TRANSLATE_NOOP(
    "core",
    "rows {rows} ({count} rows), column {letter} ({column}), for example row {row} value {value}: {message}",
)
R_AT_SHEET = QT_TRANSLATE_NOOP("core", "{message}")
R_NOT_XLSX = QT_TRANSLATE_NOOP("core", "{value} is not an .xlsx workbook")
R_NO_HEADER = QT_TRANSLATE_NOOP(
    "core", "no header row with a 姓名 column and at least one other known column in the first {rows} rows"
)
R_TWO_COLUMNS = QT_TRANSLATE_NOOP(
    "core", "columns {first} and {second} both give {field}; delete one of them"
)
R_BAD_DATE = QT_TRANSLATE_NOOP(
    "core", "is not a date; write it like 1965-03-02 (or 1965-03 when only the year and month are known)"
)
R_AMBIGUOUS_MONTH = QT_TRANSLATE_NOOP(
    "core",
    "could be January or October (Excel turns 1965.10 into 1965.1); set the column to text and type it again",
)
R_START_NEEDS_DAY = QT_TRANSLATE_NOOP("core", "a start date needs the day, not only the year and month")
R_SEX = QT_TRANSLATE_NOOP("core", "is not 男 or 女")
R_BODY_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "core", "{value} does not say whether 正式党员 (full) or 预备党员 (probationary); write one of them"
)
R_BODY_UNKNOWN = QT_TRANSLATE_NOOP("core", "{value} is not one the roster keeps: {known}")
R_START_MISSING = QT_TRANSLATE_NOOP(
    "core", "is required when column {letter} lists a body; the import never invents a start date"
)
R_FORMULA = QT_TRANSLATE_NOOP(
    "core", "is a formula with no saved value; open the sheet in Excel or WPS, save it, and import it again"
)
R_SAME_IN_SHEET = QT_TRANSLATE_NOOP("core", "is the same person as row {other}")
R_MATCH_MANY = QT_TRANSLATE_NOOP(
    "core", "matches {count} people on the roster; add the 身份证号 to the sheet to tell them apart"
)
R_MATCHED_TWICE = QT_TRANSLATE_NOOP("core", "matches the same roster person as row {other}")
R_SHEET_CHANGED = QT_TRANSLATE_NOOP(
    "core", "the sheet was changed after it was checked; check it again before importing"
)
R_EMPTY_SHEET = QT_TRANSLATE_NOOP("core", "the sheet has a header row but no people below it")

HEADER_SCAN_ROWS = 30
MAX_RUNS_SHOWN = 6

# Column names seen on village sheets → what the roster keeps. Headers are compared without spaces,
# line breaks, a leading *, a trailing colon or a bracketed hint such as 出生年月（年.月）.
ALIASES: dict[str, str] = {
    "姓名": "name",
    "性别": "sex",
    "出生日期": "birth",
    "出生年月": "birth",
    "出生年月日": "birth",
    "出生时间": "birth",
    "生日": "birth",
    "村民小组": "group",
    "组别": "group",
    "所在组": "group",
    "所在小组": "group",
    "所属小组": "group",
    "小组": "group",
    "组": "group",
    "手机": "phone",
    "手机号": "phone",
    "手机号码": "phone",
    "联系电话": "phone",
    "电话": "phone",
    "电话号码": "phone",
    "联系方式": "phone",
    "身份证号": "id_number",
    "身份证号码": "id_number",
    "公民身份号码": "id_number",
    "身份证": "id_number",
    "身份": "bodies",
    "职务身份": "bodies",
    "开始日期": "start",
    "起始日期": "start",
    "开始时间": "start",
    "起始时间": "start",
    "入党日期": "start",
    "入党时间": "start",
    "备注": "notes",
    "序号": "row_number",
    "编号": "row_number",
}
KEY_LABELS: dict[str, str] = {
    "name": roster.F_NAME,
    "sex": roster.F_SEX,
    "birth": roster.F_BIRTH,
    "group": roster.F_GROUP,
    "phone": roster.F_PHONE,
    "id_number": F_ID_NUMBER,
    "bodies": F_BODIES,
    "start": roster.F_START,
    "notes": roster.F_NOTES,
    "row_number": F_ROW_NUMBER,
}
# Where a rule from the roster's own validation lands in the sheet.
FIELD_KEYS = {
    roster.F_NAME: "name",
    roster.F_SEX: "sex",
    roster.F_BIRTH: "birth",
    roster.F_GROUP: "group",
    roster.F_PHONE: "phone",
    roster.F_NOTES: "notes",
    F_ID_NUMBER: "id_number",
    roster.F_START: "start",
    roster.F_END: "start",
    roster.F_BODY: "bodies",
}

BODY_NAMES: dict[str, Body] = {b.value: b for b in Body} | {
    "代表": Body.REPRESENTATIVE,
    "村民代表": Body.REPRESENTATIVE,
    "支委": Body.BRANCH_COMMITTEE,
    "支部委员": Body.BRANCH_COMMITTEE,
    "村委": Body.VILLAGE_COMMITTEE,
    "村委委员": Body.VILLAGE_COMMITTEE,
    "监委": Body.SUPERVISION,
    "监委会成员": Body.SUPERVISION,
}
AMBIGUOUS_PARTY = frozenset({"党员", "中共党员", "共产党员"})
NO_BODY = frozenset({"群众", "无", "—", "-"})
SEXES = {"男": Sex.MALE, "男性": Sex.MALE, "女": Sex.FEMALE, "女性": Sex.FEMALE}

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


@dataclass(frozen=True)
class Column:
    index: int
    letter: str
    header: str  # as written in the sheet
    key: str | None  # what it feeds; None: not understood (reported, not imported)

    @property
    def label(self) -> str:
        return KEY_LABELS[self.key] if self.key else ""


@dataclass(frozen=True)
class Problem:
    row: int  # sheet row as Excel numbers it; 0 for the sheet as a whole
    letter: str
    column: str
    value: str
    rule: str  # translatable source text with {named} placeholders
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def message(self, tr: Translator = identity) -> str:
        params = {k: (tr(v) if isinstance(v, Translatable) else v) for k, v in self.params.items()}
        return tr(self.rule).format(**{"value": self.value, **params})


@dataclass
class ProblemGroup(FieldError):
    """Problems of one kind in one column, shown as one line: rows 3–5001 (4,500 rows) …"""

    problems: list[Problem] = field(default_factory=list)

    def render(self, tr: Translator = identity) -> str:
        first = self.problems[0]
        message = first.message(tr)
        if first.row == 0:
            return tr(R_AT_SHEET).format(message=message)
        where = {
            "letter": first.letter,
            "column": first.column,
            "value": f"“{first.value}”",
            "row": first.row,
        }
        if len(self.problems) == 1:
            return tr(R_AT_CELL).format(message=message, **where)
        rows = sorted({p.row for p in self.problems})
        return tr(R_AT_ROWS).format(message=message, rows=_row_runs(rows), count=f"{len(rows):,}", **where)


@dataclass
class PersonChange:
    row: int
    name: str
    kind: str  # NEW / UPDATED / UNCHANGED
    person_id: int | None = None
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (field label, old, new)
    added: list[tuple[Body, dt.date]] = field(default_factory=list)
    not_in_sheet: list[tuple[Body, dt.date]] = field(default_factory=list)  # kept, listed
    start_differs: list[tuple[Body, dt.date, dt.date]] = field(default_factory=list)  # roster, sheet


@dataclass
class ImportPlan:
    sheet_sha256: str
    header_row: int = 0
    columns: list[Column] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    people: list[PersonChange] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems

    def count(self, kind: str) -> int:
        return sum(1 for p in self.people if p.kind == kind)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def memberships_added(self) -> int:
        return sum(len(p.added) for p in self.people)

    @property
    def unknown_columns(self) -> list[Column]:
        return [c for c in self.columns if c.key is None]

    @property
    def differences(self) -> list[PersonChange]:
        return [p for p in self.people if p.not_in_sheet or p.start_differs]

    def grouped_problems(self) -> list[ProblemGroup]:
        return group_problems(self.problems)

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ValidationError(list(self.grouped_problems()))


def group_problems(problems: Iterable[Problem]) -> list[ProblemGroup]:
    groups: dict[tuple[str, str, str], ProblemGroup] = {}
    for p in sorted(problems, key=lambda p: (p.row, p.letter)):
        key = (p.letter, p.column, p.rule) if p.row else (str(id(p)), "", p.rule)
        if key not in groups:
            groups[key] = ProblemGroup(F_SHEET, p.rule, {}, [])
        groups[key].problems.append(p)
    return list(groups.values())


def _row_runs(rows: list[int]) -> str:
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in runs[:MAX_RUNS_SHOWN]]
    return "、".join(parts) + ("…" if len(runs) > MAX_RUNS_SHOWN else "")


# -- reading the workbook ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    value: object
    number_format: str = "General"
    formula_without_value: bool = False


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def read_cells(path: str | Path) -> tuple[str, list[list[Cell]]]:
    """The active sheet's cells (values as last saved) and the file's SHA-256."""
    import openpyxl

    data = Path(path).read_bytes()  # FileNotFoundError passes through
    digest = hashlib.sha256(data).hexdigest()
    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:
        raise ValidationError(
            [ProblemGroup(F_SHEET, R_NOT_XLSX, {}, [_sheet_problem(R_NOT_XLSX, value=str(path))])]
        ) from exc
    try:
        rows: list[list[Cell]] = []
        for value_row, formula_row in zip(
            values.active.iter_rows(), formulas.active.iter_rows(), strict=False
        ):
            cells = []
            for v, f in zip(value_row, formula_row, strict=False):
                value = getattr(v, "value", None)
                is_formula = getattr(f, "data_type", None) == "f"
                cells.append(
                    Cell(
                        value,
                        getattr(v, "number_format", "General") or "General",
                        is_formula and value is None,
                    )
                )
            rows.append(cells)
    finally:
        values.close()
        formulas.close()
    return digest, rows


def _sheet_problem(rule: str, **params: Any) -> Problem:
    return Problem(0, "", "", "", rule, params)


def _normal_header(value: object) -> str:
    text = normalise_width(str(value or ""))
    text = re.sub(r"[\s\u3000]+", "", text).lstrip("*").rstrip(":：")
    return re.sub(r"[（(][^）)]*[）)]$", "", text)


def find_header(rows: list[list[Cell]]) -> tuple[int, list[Column]] | None:
    for number, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = [ALIASES.get(_normal_header(c.value)) for c in cells]
        if "name" in keys and len({k for k in keys if k and k != "row_number"}) >= 2:
            columns = [
                Column(i, _letter(i), str(c.value).strip(), keys[i])
                for i, c in enumerate(cells)
                if c.value not in (None, "") or keys[i]
            ]
            return number, columns
    return None


# -- reading one row ---------------------------------------------------------------------------


@dataclass
class SheetRow:
    row: int
    person: roster.PersonData
    bodies: list[Body]
    start: dt.date | None
    given: set[str]  # keys with a value in this row (empty cells keep what the roster has)


_FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT_FULL = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_COMPACT_MONTH = re.compile(r"^(\d{4})(\d{2})$")


class _DateProblem(ValueError):
    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


def parse_sheet_date(cell: Cell) -> tuple[dt.date, bool] | None:
    """(date, month_only) from a cell; None when empty; _DateProblem when it is not a date."""
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        # a cell formatted without the day (yyyy.mm, yyyy"年"m"月") holds only a month
        month_only = "d" not in cell.number_format.lower()
        return (day.replace(day=1), True) if month_only else (day, False)
    if isinstance(value, bool):
        raise _DateProblem(R_BAD_DATE)
    if isinstance(value, float) and not value.is_integer():
        text = repr(value)  # 1965.03 → "1965.03"; Excel already turned 1965.10 into 1965.1
        year, _, frac = text.partition(".")
        if len(frac) == 1 and frac == "1":
            raise _DateProblem(R_AMBIGUOUS_MONTH)
        return _checked(int(year), int(frac), 1, True)
    text = normalise_width(str(int(value)) if isinstance(value, int | float) else str(value)).strip()
    for pattern, month_only in (
        (_FULL, False),
        (_COMPACT_FULL, False),
        (_MONTH, True),
        (_COMPACT_MONTH, True),
    ):
        m = pattern.match(text)
        if m:
            parts = [int(g) for g in m.groups()]
            return _checked(parts[0], parts[1], parts[2] if not month_only else 1, month_only)
    raise _DateProblem(R_BAD_DATE)


def _checked(year: int, month: int, day: int, month_only: bool) -> tuple[dt.date, bool]:
    try:
        return dt.date(year, month, day), month_only
    except ValueError:
        raise _DateProblem(R_BAD_DATE) from None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value).strip()


class _RowReader:
    """One sheet row read cell by cell; the problems it finds, in the order the clerk sees them."""

    def __init__(self, number: int, cells: list[Cell], columns: dict[str, Column]) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns
        self.found: list[Problem] = []
        # keys with a value in this row (empty cells keep what the roster has)
        self.given = {key for key in columns if key != "row_number" and _text(self.cell(key).value)}

    def cell(self, key: str) -> Cell:
        col = self.columns.get(key)
        if col is None or col.index >= len(self.cells):
            return Cell(None)
        return self.cells[col.index]

    def text(self, key: str) -> str:
        return _text(self.cell(key).value)

    def add(self, key: str, shown: str, rule: str, params: dict[str, Any]) -> None:
        col = self.columns[key]
        self.found.append(Problem(self.number, col.letter, col.header, shown, rule, params))

    def problem(self, key: str, rule: str, value: object = None, **params: Any) -> None:
        self.add(key, self.text(key) if value is None else str(value), rule, params)

    def check_formulas(self) -> None:
        for key in self.columns:
            if key != "row_number" and self.cell(key).formula_without_value:  # 序号 is never imported
                self.problem(key, R_FORMULA, "=…")

    def sex(self) -> Sex | None:
        if "sex" not in self.given:
            return None
        sex = SEXES.get(normalise_width(self.text("sex")).replace(" ", ""))
        if sex is None:
            self.problem("sex", R_SEX)
        return sex

    def date(self, key: str) -> tuple[dt.date, bool] | None:
        try:
            return parse_sheet_date(self.cell(key))
        except _DateProblem as exc:
            self.problem(key, exc.rule)
            return None

    def birth(self) -> tuple[dt.date | None, bool]:
        if "birth" not in self.given:
            return None, False
        parsed = self.date("birth")
        return parsed if parsed is not None else (None, False)

    def start(self) -> dt.date | None:
        if "start" not in self.given:
            return None
        parsed = self.date("start")
        if parsed is not None and parsed[1]:
            self.problem("start", R_START_NEEDS_DAY)
            return None
        return parsed[0] if parsed is not None else None

    def id_number(self, today: dt.date) -> str:
        if "id_number" not in self.given:
            return ""
        collector = Collector()
        ident = parse_id_number(self.cell("id_number").value, today, F_ID_NUMBER, collector)
        for err in collector.errors:
            self.problem("id_number", err.rule, **err.params)
        return ident.number if ident else ""

    def bodies(self, start: dt.date | None) -> list[Body]:
        bodies: list[Body] = []
        if "bodies" not in self.given:
            return bodies
        for name in re.split(r"[、,，;；/\s]+", normalise_width(self.text("bodies"))):
            body = self.body(name)
            if body is not None and body not in bodies:
                bodies.append(body)
        if bodies and start is None and "start" not in self.given:
            self.start_missing()
        return bodies

    def body(self, name: str) -> Body | None:
        if not name or name in NO_BODY:
            return None
        if name in AMBIGUOUS_PARTY:
            self.problem("bodies", R_BODY_AMBIGUOUS, value=name)
        elif name not in BODY_NAMES:
            known = "、".join(b.value for b in Body)
            self.problem("bodies", R_BODY_UNKNOWN, value=name, known=known)
        else:
            return BODY_NAMES[name]
        return None

    def start_missing(self) -> None:
        letter = self.columns["bodies"].letter
        if "start" in self.columns:  # the empty 开始日期 cell is where the date belongs
            self.problem("start", R_START_MISSING, "", letter=letter)
        else:
            self.problem("bodies", R_START_MISSING, letter=letter)

    def validated(self, data: roster.PersonData, today: dt.date) -> roster.PersonData:
        try:
            return roster.validate_person(data, today)
        except ValidationError as exc:
            for err in exc.errors:
                key = FIELD_KEYS.get(err.field, "name")
                key = key if key in self.columns else "name"
                self.add(key, self.text(key), err.rule, err.params)
            return data


def _read_row(
    number: int, cells: list[Cell], columns: dict[str, Column], today: dt.date, problems: list[Problem]
) -> SheetRow | None:
    reader = _RowReader(number, cells, columns)
    reader.check_formulas()
    sex = reader.sex()
    birth, month_only = reader.birth()
    start = reader.start()
    id_number = reader.id_number(today)
    bodies = reader.bodies(start)
    data = roster.PersonData(
        name=reader.text("name"),  # exactly as typed: names keep every character
        sex=sex,
        birth_date=birth,
        group_name=reader.text("group"),
        phone=reader.text("phone"),
        notes=reader.text("notes"),
        id_number=id_number,
        birth_month_only=month_only,
    )
    if not reader.found:
        data = reader.validated(data, today)
    problems.extend(reader.found)
    return None if reader.found else SheetRow(number, data, bodies, start, reader.given)


# -- planning and applying ---------------------------------------------------------------------


def plan_import(session: Session, path: str | Path, today: dt.date) -> ImportPlan:
    """Everything the import would do and every problem, with nothing changed."""
    return _run(session, path, today, keep=False)


def apply_import(
    session: Session, path: str | Path, today: dt.date, expected_sha256: str | None = None
) -> ImportPlan:
    """Do the import the clerk confirmed; refused as a whole if the sheet has any problem or was
    changed since ``plan_import`` gave ``expected_sha256``."""
    return _run(session, path, today, keep=True, expected_sha256=expected_sha256)


def _run(
    session: Session, path: str | Path, today: dt.date, keep: bool, expected_sha256: str | None = None
) -> ImportPlan:
    from villagedesk.core.users import Action, require

    require(session, Action.EDIT_RECORDS)
    digest, rows = read_cells(path)
    plan = ImportPlan(digest)
    if expected_sha256 is not None and expected_sha256 != digest:
        plan.problems.append(_sheet_problem(R_SHEET_CHANGED))
        plan.raise_if_problems()
    header = find_header(rows)
    if header is None:
        plan.problems.append(_sheet_problem(R_NO_HEADER, rows=HEADER_SCAN_ROWS))
        if keep:
            plan.raise_if_problems()
        return plan
    header_index, plan.columns = header
    plan.header_row = header_index + 1
    by_key = _columns_by_key(plan.columns, plan.problems)
    sheet_rows = _read_rows(rows[header_index + 1 :], header_index + 2, by_key, today, plan.problems)
    _same_in_sheet(sheet_rows, by_key, plan.problems)
    _write_in_savepoint(session, sheet_rows, by_key, today, plan, keep)
    if keep:
        plan.raise_if_problems()
    return plan


def _columns_by_key(columns: list[Column], problems: list[Problem]) -> dict[str, Column]:
    """The known columns by what they give; a second column giving the same is a problem."""
    by_key: dict[str, Column] = {}
    for col in columns:
        if col.key is None:
            continue
        if col.key in by_key:
            problems.append(
                _sheet_problem(
                    R_TWO_COLUMNS,
                    first=by_key[col.key].letter,
                    second=col.letter,
                    field=Translatable(KEY_LABELS[col.key]),
                )
            )
            continue
        by_key[col.key] = col
    return by_key


def _read_rows(
    rows: list[list[Cell]],
    first_number: int,
    by_key: dict[str, Column],
    today: dt.date,
    problems: list[Problem],
) -> list[SheetRow]:
    """The rows below the header that hold a person, read; blank rows and rows with only a 序号 skipped."""
    row_number_index = getattr(by_key.get("row_number"), "index", -1)
    sheet_rows: list[SheetRow] = []
    seen_rows = 0
    for index, cells in enumerate(rows, start=first_number):
        if _blank(cells) or _only_row_number(cells, row_number_index):
            continue
        seen_rows += 1
        parsed = _read_row(index, cells, by_key, today, problems)
        if parsed is not None:
            sheet_rows.append(parsed)
    if seen_rows == 0:
        problems.append(_sheet_problem(R_EMPTY_SHEET))
    return sheet_rows


def _blank(cells: list[Cell]) -> bool:
    return all(_text(c.value) == "" and not c.formula_without_value for c in cells)


def _only_row_number(cells: list[Cell], row_number_index: int) -> bool:
    return all(_text(c.value) == "" for i, c in enumerate(cells) if i != row_number_index)


def _write_in_savepoint(
    session: Session,
    rows: list[SheetRow],
    by_key: dict[str, Column],
    today: dt.date,
    plan: ImportPlan,
    keep: bool,
) -> None:
    """Do the import in a savepoint, kept only when asked to and the sheet had no problem."""
    nested = session.begin_nested()
    try:
        _write(session, rows, by_key, today, plan)
    finally:
        if keep and not plan.problems:
            nested.commit()
        else:
            nested.rollback()


def _same_in_sheet(rows: list[SheetRow], columns: dict[str, Column], problems: list[Problem]) -> None:
    seen: dict[tuple[Any, ...], int] = {}
    for r in list(rows):
        keys: list[tuple[Any, ...]] = []
        if r.person.id_number:
            keys.append(("id", r.person.id_number))
        if r.person.birth_date is not None:
            keys.append(("nb", r.person.name, r.person.birth_date, r.person.group_name))
        for key in keys:
            if key in seen:
                col = columns["id_number"] if key[0] == "id" else columns["name"]
                value = (r.person.id_number or "") if key[0] == "id" else r.person.name
                problems.append(
                    Problem(r.row, col.letter, col.header, value, R_SAME_IN_SHEET, {"other": seen[key]})
                )
                rows.remove(r)
                break
            seen[key] = r.row


def _same_month(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and (a.year, a.month) == (b.year, b.month)


def _match(row: SheetRow, by_number: dict[str, Person], by_name: dict[str, list[Person]]) -> list[Person]:
    data = row.person
    if data.id_number and data.id_number in by_number:
        return [by_number[data.id_number]]
    candidates = []
    for p in by_name.get(data.name, []):
        if data.id_number and p.id_number:
            continue  # both have numbers and they differ: not the same person
        if data.birth_date is None or p.birth_date is None:
            same_birth = data.birth_date is None and p.birth_date is None
        elif data.birth_month_only or p.birth_month_only:
            same_birth = _same_month(data.birth_date, p.birth_date)
        else:
            same_birth = data.birth_date == p.birth_date
        if same_birth:
            candidates.append(p)
    if len(candidates) > 1 and data.group_name:
        in_group = [p for p in candidates if p.group_name == data.group_name]
        candidates = in_group or candidates
    return candidates


def _row_value(row: SheetRow, key: str) -> str:
    data = row.person
    values = {
        "name": data.name,
        "sex": data.sex.value if data.sex else "",
        "birth": _shown("birth_date", data.birth_date, data.birth_month_only),
        "group": data.group_name,
        "phone": data.phone,
        "notes": data.notes,
        "id_number": data.id_number or "",
        "bodies": "、".join(b.value for b in row.bodies),
        "start": row.start.isoformat() if row.start else "",
    }
    return values.get(key, "")


PERSON_FIELDS = ("name", "sex", "birth_date", "group_name", "phone", "notes", "id_number")
FIELD_LABELS = {
    "name": roster.F_NAME,
    "sex": roster.F_SEX,
    "birth_date": roster.F_BIRTH,
    "group_name": roster.F_GROUP,
    "phone": roster.F_PHONE,
    "notes": roster.F_NOTES,
    "id_number": F_ID_NUMBER,
}
GIVEN_KEY = {
    "name": "name",
    "sex": "sex",
    "birth_date": "birth",
    "group_name": "group",
    "phone": "phone",
    "notes": "notes",
    "id_number": "id_number",
}


def _shown(person_field: str, value: object, month_only: bool = False) -> str:
    if value is None or value == "":
        return ""
    if person_field == "sex" and isinstance(value, Sex):
        return value.value
    if person_field == "birth_date" and isinstance(value, dt.date):
        return f"{value:%Y-%m}" if month_only else value.isoformat()
    if person_field == "id_number":
        from villagedesk.core.idnumber import mask_id_number

        return mask_id_number(str(value))
    return str(value)


def _write(
    session: Session, rows: list[SheetRow], columns: dict[str, Column], today: dt.date, plan: ImportPlan
) -> None:
    live = list(session.scalars(select(Person).where(Person.deleted.is_(False))))
    by_number = {p.id_number: p for p in live if p.id_number}
    by_name: dict[str, list[Person]] = {}
    for p in live:
        by_name.setdefault(p.name, []).append(p)

    def report(row: SheetRow, exc: ValidationError) -> None:
        for err in exc.errors:
            key = FIELD_KEYS.get(err.field, "name")
            key = key if key in columns else ("bodies" if "bodies" in columns else "name")
            col = columns[key]
            plan.problems.append(
                Problem(row.row, col.letter, col.header, _row_value(row, key), err.rule, err.params)
            )

    created: list[tuple[PersonChange, Person]] = []
    with session.no_autoflush:  # the rules are checked in memory; one flush at the end
        _write_rows(session, rows, columns, today, plan, by_number, by_name, created, report)
    session.flush()  # one flush (and one batch of audit entries) for the whole sheet
    for change, person in created:
        change.person_id = person.id


def _write_rows(
    session: Session,
    rows: list[SheetRow],
    columns: dict[str, Column],
    today: dt.date,
    plan: ImportPlan,
    by_number: dict[str, Person],
    by_name: dict[str, list[Person]],
    created: list[tuple[PersonChange, Person]],
    report: Any,
) -> None:
    matched_rows: dict[int, int] = {}
    for row in rows:
        candidates = _match(row, by_number, by_name)
        if len(candidates) > 1:
            col = columns["name"]
            plan.problems.append(
                Problem(
                    row.row, col.letter, col.header, row.person.name, R_MATCH_MANY, {"count": len(candidates)}
                )
            )
            continue
        person = candidates[0] if candidates else None
        if person is not None and person.id in matched_rows:
            col = columns["name"]
            plan.problems.append(
                Problem(
                    row.row,
                    col.letter,
                    col.header,
                    row.person.name,
                    R_MATCHED_TWICE,
                    {"other": matched_rows[person.id]},
                )
            )
            continue
        try:
            if person is None:
                # row.person was validated and normalised when the row was read
                change = PersonChange(row.row, row.person.name, NEW)
                person = Person(**row.person.__dict__)
                session.add(person)
                created.append((change, person))
            else:
                matched_rows[person.id] = row.row
                change = _update(person, row, today)
            _memberships(session, person, row, columns, today, change)
        except ValidationError as exc:
            report(row, exc)
            continue
        if change.kind == UNCHANGED and change.added:
            change.kind = UPDATED
        plan.people.append(change)


def _update(person: Person, row: SheetRow, today: dt.date) -> PersonChange:
    change = PersonChange(row.row, person.name, UNCHANGED, person.id)
    before = {f: getattr(person, f) for f in PERSON_FIELDS}
    before_month_only = person.birth_month_only
    merged = roster.validate_person(_merged(person, row), today)  # the combined record obeys the form's rules
    for key, value in merged.__dict__.items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    roster.check_ages(person)
    change.fields = _changed_fields(person, before, before_month_only)
    if change.fields:
        change.kind = UPDATED
    return change


def _merged(person: Person, row: SheetRow) -> roster.PersonData:
    """The roster person with the sheet's given cells laid over it; an empty cell keeps what the
    roster has, and a month-only birth date never replaces a full one in the same month."""
    sheet = row.person
    merged = roster.PersonData(
        name=person.name,
        sex=person.sex,
        birth_date=person.birth_date,
        group_name=person.group_name,
        phone=person.phone,
        notes=person.notes,
        id_number=person.id_number,
        birth_month_only=person.birth_month_only,
    )
    for attr, key in GIVEN_KEY.items():
        value = getattr(sheet, attr)
        if key not in row.given or value in (None, ""):
            continue
        if attr != "birth_date":
            setattr(merged, attr, value)
        elif not (sheet.birth_month_only and _same_month(value, person.birth_date)):
            merged.birth_date, merged.birth_month_only = value, sheet.birth_month_only
    return merged


def _changed_fields(
    person: Person, before: dict[str, object], before_month_only: bool
) -> list[tuple[str, str, str]]:
    changed: list[tuple[str, str, str]] = []
    for f in PERSON_FIELDS:
        after = getattr(person, f)
        if after != before[f] or (f == "birth_date" and person.birth_month_only != before_month_only):
            changed.append(
                (
                    FIELD_LABELS[f],
                    _shown(f, before[f], before_month_only),
                    _shown(f, after, person.birth_month_only),
                )
            )
    return changed


def _memberships(
    session: Session,
    person: Person,
    row: SheetRow,
    columns: dict[str, Column],
    today: dt.date,
    change: PersonChange,
) -> None:
    if "bodies" not in columns:
        return
    current = [m for m in person.memberships if m.active_on(today)]
    for body in row.bodies:
        same = [m for m in current if m.body is body]
        if same:
            if row.start is not None and same[0].start_date != row.start:
                change.start_differs.append((body, same[0].start_date, row.start))
            continue
        assert row.start is not None  # a body without a start date was a problem already
        errors = Collector()
        roster.check_membership(person, body, row.start, today, errors)
        errors.raise_if_any()
        session.add(
            Membership(person=person, body=body, role=Role.MEMBER, start_date=row.start, end_reason="")
        )
        change.added.append((body, row.start))
    for m in current:
        if m.body not in row.bodies:
            change.not_in_sheet.append((m.body, m.start_date))


# -- the one-step import the command line uses ---------------------------------------------------


@dataclass
class ImportResult:
    people: int = 0
    memberships: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0


def import_roster_xlsx(session: Session, path: str | Path, today: dt.date | None = None) -> ImportResult:
    """Check and apply in one step (the command line; the desk shows the plan first). All rows or none."""
    plan = apply_import(session, path, today or dt.date.today())
    return ImportResult(
        people=plan.new + plan.updated,
        memberships=plan.memberships_added,
        new=plan.new,
        updated=plan.updated,
        unchanged=plan.unchanged,
    )
