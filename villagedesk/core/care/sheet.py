"""The care list as an .xlsx sheet: import under the single import policy, export with masking.

Import (the policy of core/roster_import.py): the clerk sees every problem of the sheet at once,
each naming row, column, value and rule; nothing is written until the sheet is clean; the same
sheet imported twice updates the targets it matched (by 身份证号, otherwise by name and 村民小组),
never adds them again. Merged cells, unknown column names and broken rows are problems, never
guesses. Export shows ID numbers and phones masked unless the user holds 查看敏感信息; a full
export is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.care import config as c
from villagedesk.core.care import targets as t
from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.idnumber import F_ID_NUMBER, mask_id_number
from villagedesk.core.roster_import import (
    Cell,
    Problem,
    ProblemGroup,
    _DateProblem,
    _letter,
    group_problems,
    parse_sheet_date,
)
from villagedesk.core.text import normalise_width
from villagedesk.core.users import Action, append_audit_event, can, require
from villagedesk.db.models import CareSource, CareTarget, CentreProfile, Sex

R_MERGED = QT_TRANSLATE_NOOP("core", "cells {range} are merged; unmerge them so every row has its own values")
R_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("core", "is not a column the care list knows; known columns: {known}")
R_MISSING_COLUMN = QT_TRANSLATE_NOOP("core", "the sheet has no {column} column")
R_NO_HEADER = QT_TRANSLATE_NOOP("core", "no header row with a 姓名 column in the first {rows} rows")
R_SAME_ID = QT_TRANSLATE_NOOP("core", "the same identity number as row {other}")
R_SEX = QT_TRANSLATE_NOOP("core", "is not 男 or 女")
R_SOURCE = QT_TRANSLATE_NOOP("core", "is not one of {known}")
R_NOT_XLSX = QT_TRANSLATE_NOOP("core", "{value} is not an .xlsx workbook")
R_EMPTY = QT_TRANSLATE_NOOP("core", "the sheet has a header row but no targets below it")
R_DATE = QT_TRANSLATE_NOOP("core", "is not a date; write it like 2024-03-02")
R_FORMULA = QT_TRANSLATE_NOOP(
    "core", "is a formula without a saved value; open and save the sheet in Excel first"
)

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名",),
    "id_number": ("身份证号", "身份证号码", "公民身份号码"),
    "sex": ("性别",),
    "birth_date": ("出生日期", "出生年月日"),
    "group_name": ("村民小组", "组别", "所在小组"),
    "phone": ("联系电话", "手机号", "手机号码", "电话"),
    "categories": ("关怀类别", "类别"),
    "disability_grade": ("残疾等级",),
    "difficulty_notes": ("困难情况",),
    "health_notes": ("健康状况",),
    "helper": ("结对帮扶人", "结对人"),
    "added_on": ("纳入日期",),
    "source": ("来源",),
    "row_number": ("序号",),
}
EXPORT_COLUMNS = (
    "name",
    "id_number",
    "sex",
    "birth_date",
    "group_name",
    "phone",
    "categories",
    "difficulty_notes",
    "health_notes",
    "helper",
    "added_on",
    "source",
)
FIELD_TO_KEY = {
    c.F_NAME: "name",
    F_ID_NUMBER: "id_number",
    c.F_SEX: "sex",
    c.F_BIRTH: "birth_date",
    c.F_GROUP: "group_name",
    c.F_PHONE: "phone",
    c.F_CATEGORIES: "categories",
    c.F_DIFFICULTY: "difficulty_notes",
    c.F_HEALTH: "health_notes",
    c.F_HELPER: "helper",
    c.F_ADDED_ON: "added_on",
}
SOURCES = {s.value: s for s in CareSource}
HEADER_ROWS = 10


@dataclass
class ImportResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


def _read(path: str | Path) -> tuple[list[list[Cell]], list[str]]:
    """Every cell's saved value, and the merged ranges (read-only mode cannot see them)."""
    import openpyxl

    try:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
    except FileNotFoundError:
        raise
    except Exception as exc:
        problem = Problem(0, "", "", "", R_NOT_XLSX, {"value": str(path)})
        raise ValidationError([ProblemGroup(c.F_CARE_SHEET, R_NOT_XLSX, {}, [problem])]) from exc
    sheet, fsheet = values.active, formulas.active
    merged = [str(r) for r in sheet.merged_cells.ranges]
    rows = []
    for vrow, frow in zip(sheet.iter_rows(), fsheet.iter_rows(), strict=False):
        rows.append(
            [
                Cell(v.value, v.number_format or "General", f.data_type == "f" and v.value is None)
                for v, f in zip(vrow, frow, strict=False)
            ]
        )
    return rows, merged


def _header(rows: list[list[Cell]]) -> tuple[int, dict[int, str | None], list[str]] | None:
    known = {h: key for key, names in HEADERS.items() for h in names}
    for index, row in enumerate(rows[:HEADER_ROWS]):
        texts = [normalise_width(str(cell.value or "")).replace(" ", "").strip() for cell in row]
        if "姓名" in texts:
            return index, {i: known.get(text) for i, text in enumerate(texts) if text}, texts
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value).strip()


class _Row:
    """One sheet row read into TargetData, every problem of it collected."""

    def __init__(self, number: int, cells: dict[str, Cell], letters: dict[str, str], headers: dict[str, str]):
        self.number, self.cells, self.letters, self.headers = number, cells, letters, headers
        self.problems: list[Problem] = []

    def problem(self, key: str, rule: str, **params: Any) -> None:
        cell = self.cells.get(key)
        value = _text(cell.value) if cell else ""
        if key == "id_number" and value:
            from villagedesk.core.idnumber import normalise_text

            value = mask_id_number(normalise_text(value))  # the sheet's number is never echoed in full
            if "value" in params:
                params["value"] = value
        self.problems.append(
            Problem(self.number, self.letters.get(key, ""), self.headers.get(key, ""), value, rule, params)
        )

    def text(self, key: str) -> str:
        cell = self.cells.get(key)
        if cell is not None and cell.formula_without_value:
            self.problem(key, R_FORMULA)
        return (
            normalise_width(_text(cell.value))
            if cell is not None and key != "id_number"
            else _text(cell.value if cell else None)
        )

    def date(self, key: str) -> dt.date | None:
        cell = self.cells.get(key)
        if cell is None:
            return None
        try:
            parsed = parse_sheet_date(cell)
        except _DateProblem:
            self.problem(key, R_DATE)
            return None
        return parsed[0] if parsed else None

    def data(self, today: dt.date) -> t.TargetData:
        sex_text = self.text("sex")
        sex = {"男": Sex.MALE, "女": Sex.FEMALE}.get(sex_text)
        if sex_text and sex is None:
            self.problem("sex", R_SEX)
        source_text = self.text("source")
        source = SOURCES.get(source_text, CareSource.SCREENING)
        if source_text and source_text not in SOURCES:
            self.problem("source", R_SOURCE, known="、".join(SOURCES))
        cats = self.text("categories")
        for sep in "，,；;":
            cats = cats.replace(sep, "、")
        return t.TargetData(
            name=self.text("name"),
            categories=[x for x in cats.split("、") if x.strip()],
            added_on=self.date("added_on") or today,
            id_number=self.text("id_number"),
            sex=sex,
            birth_date=self.date("birth_date"),
            group_name=self.text("group_name"),
            phone=self.text("phone"),
            disability_grade=self.text("disability_grade"),
            difficulty_notes=self.text("difficulty_notes"),
            health_notes=self.text("health_notes"),
            helper=self.text("helper"),
            source=source,
            add_reason="表格导入",
        )


def _sheet_problem(rule: str, **params: Any) -> Problem:
    return Problem(0, "", "", "", rule, params)


def plan_sheet(
    session: Session, path: str | Path, today: dt.date
) -> tuple[list[tuple[t.TargetData, CareTarget | None]], list[Problem]]:
    """Read and check the whole sheet without writing: (rows with their match, problems)."""
    rows, merged = _read(path)
    found = _header(rows)
    if found is None:
        return [], [_sheet_problem(R_NO_HEADER, rows=HEADER_ROWS)]
    header_index, columns, texts = found
    problems = [_sheet_problem(R_MERGED, range=r) for r in merged]
    known = "、".join(names[0] for names in HEADERS.values())
    for index, key in columns.items():
        if key is None:
            problems.append(
                Problem(
                    header_index + 1,
                    _letter(index),
                    texts[index],
                    texts[index],
                    R_UNKNOWN_COLUMN,
                    {"known": known},
                )
            )
    present = {key for key in columns.values() if key}
    for key in ("name", "categories"):
        if key not in present:
            problems.append(_sheet_problem(R_MISSING_COLUMN, column=HEADERS[key][0]))
    if problems:
        return [], problems
    by_key = {key: index for index, key in columns.items() if key}
    letters = {key: _letter(i) for key, i in by_key.items()}
    headers = {key: texts[i] for key, i in by_key.items()}
    planned = _rows(
        session, rows[header_index + 1 :], header_index, by_key, letters, headers, today, problems
    )
    if not planned and not problems:
        problems.append(_sheet_problem(R_EMPTY))
    return planned, problems


def _rows(
    session: Session,
    rows: list[list[Cell]],
    header_index: int,
    by_key: dict[str, int],
    letters: dict[str, str],
    headers: dict[str, str],
    today: dt.date,
    problems: list[Problem],
) -> list[tuple[t.TargetData, CareTarget | None]]:
    planned = []
    seen: dict[str, int] = {}
    values_known = None
    from villagedesk.core import settings

    values_known = settings.get(session, c.CATEGORIES)
    existing = list(session.scalars(select(CareTarget).where(CareTarget.deleted.is_(False))))
    by_id = {x.id_number: x for x in existing if x.id_number}
    by_name = {(x.name, x.group_name): x for x in existing}
    for offset, cells in enumerate(rows):
        number = header_index + 2 + offset
        picked = {key: cells[i] for key, i in by_key.items() if i < len(cells) and key != "row_number"}
        if all(cell.value in (None, "") for cell in picked.values()):
            continue
        row = _Row(number, picked, letters, headers)
        data = row.data(today)
        flagged = {p.letter for p in row.problems}
        match = _match(session, data, by_id, by_name, today)
        try:
            data = t.validate_target(session, data, today, match.id if match else None, known=values_known)
        except ValidationError as exc:
            for error in exc.errors:
                key = FIELD_TO_KEY.get(error.field, "name")
                if letters.get(key) not in flagged:  # one problem per cell: the sheet's own first
                    row.problem(key, error.rule, **error.params)
        if row.problems:
            problems.extend(row.problems)
            continue
        if data.id_number:
            if data.id_number in seen:
                row.problem("id_number", R_SAME_ID, other=seen[data.id_number])
                problems.extend(row.problems)
                continue
            seen[data.id_number] = number
        planned.append((data, match))
    return planned


def _match(
    session: Session,
    data: t.TargetData,
    by_id: dict[str, CareTarget],
    by_name: dict[tuple[str, str], CareTarget],
    today: dt.date,
) -> CareTarget | None:
    from villagedesk.core.errors import Collector
    from villagedesk.core.idnumber import parse_id_number

    ident = parse_id_number(data.id_number, today, errors=Collector())
    if ident is not None and ident.number in by_id:
        return by_id[ident.number]
    name = " ".join(data.name.split())
    return by_name.get((name, data.group_name.strip()))


def import_sheet(session: Session, path: str | Path, today: dt.date) -> ImportResult:
    """Import the sheet when it is clean; otherwise raise every problem at once and write nothing."""
    require(session, Action.EDIT_RECORDS)
    planned, problems = plan_sheet(session, path, today)
    if problems:
        raise ValidationError(list(group_problems(problems)))
    result = ImportResult()
    new = [data for data, match in planned if match is None]
    for data, match in planned:
        if match is None:
            continue
        before = (match.version, _categories(session, match.id))
        data.categories = data.categories or before[1]
        t.update_target(session, match.id, _merged(match, data), today)
        session.flush()
        if (match.version, _categories(session, match.id)) == before:
            result.unchanged += 1
        else:
            result.updated += 1
    if new:
        t.add_targets(session, new, today)
    result.new = len(new)
    return result


def _categories(session: Session, target_id: int) -> list[str]:
    return sorted(k.category for k in t.open_categories(session, target_id))


def _merged(target: CareTarget, data: t.TargetData) -> t.TargetData:
    """An empty cell keeps what the record has."""
    out = t.TargetData(name=data.name, categories=data.categories, added_on=target.added_on)
    for key in t._PLAIN:
        value = getattr(data, key)
        setattr(out, key, value if value not in ("", None) else getattr(target, key))
    out.source = target.source
    return out


# -- export -------------------------------------------------------------------------------------
EXPORT_HEADERS = {key: HEADERS[key][0] for key in EXPORT_COLUMNS}


def export_rows(session: Session, day: dt.date, full: bool) -> list[list[str]]:
    cats = t.categories_on(session, day)
    out = []
    for target in t.targets_on(session, day):
        values = {
            "name": target.name,
            "id_number": target.id_number
            if full
            else (mask_id_number(target.id_number) if target.id_number else ""),
            "sex": target.sex.value if target.sex else "",
            "birth_date": target.birth_date.isoformat() if target.birth_date else "",
            "group_name": target.group_name,
            "phone": target.phone if full else (t.mask_phone(target.phone) if target.phone else ""),
            "categories": "、".join(cats.get(target.id, [])),
            "difficulty_notes": target.difficulty_notes
            if full
            else ("（已隐藏）" if target.difficulty_notes else ""),
            "health_notes": target.health_notes if full else ("（已隐藏）" if target.health_notes else ""),
            "helper": target.helper,
            "added_on": target.added_on.isoformat(),
            "source": target.source.value,
        }
        out.append([values[key] for key in EXPORT_COLUMNS])
    return out


def export_sheet(session: Session, path: str | Path, day: dt.date, full: bool = False) -> int:
    """Write the list of ``day``; ``full`` needs 查看敏感信息 and is written to the audit log."""
    import openpyxl

    if full:
        require(session, Action.REVEAL_SENSITIVE)
    require(session, Action.PRINT)
    rows = export_rows(session, day, full)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "关怀对象"
    sheet.append([EXPORT_HEADERS[key] for key in EXPORT_COLUMNS])
    for row in rows:
        sheet.append([_text_cell(sheet, value) for value in row])
    import io

    from villagedesk.files import write_atomically

    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(Path(path), buffer.getvalue())
    centre = session.scalars(select(CentreProfile)).first()
    if centre is not None:
        action = "export_full" if full else "export_masked"
        append_audit_event(session, centre, action, f"care list of {day.isoformat()}: {len(rows)} targets")
    return len(rows)


def may_export_full(session: Session) -> bool:
    return can(session, session.info.get("actor", ""), Action.REVEAL_SENSITIVE)


def _text_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell.cell import Cell as XCell

    cell = XCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        cell.quotePrefix = bool(value) and value[0] in "=+-@\t\r"
    return cell
