"""Importing the roster from the .xlsx sheet clerks already keep. All rows or none.

Expected header row (any order, extra columns ignored): 姓名, 性别, 出生日期, 村民小组, 手机,
身份 (e.g. 正式党员、村民代表; several separated by 、 or ,), 开始日期 (membership start; for
Party members the join date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from villagedesk.core import roster
from villagedesk.core.errors import FieldError, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import Body, Sex

F_SHEET = QT_TRANSLATE_NOOP("core", "Roster sheet")
R_ROW = QT_TRANSLATE_NOOP("core", "row {row}: {message}")
R_NO_HEADER = QT_TRANSLATE_NOOP("core", "the first row must contain the column 姓名 (name)")
R_BAD_DATE = QT_TRANSLATE_NOOP("core", "{value} is not a date")
R_BAD_BODY = QT_TRANSLATE_NOOP("core", "unknown body {value}")
R_NOT_XLSX = QT_TRANSLATE_NOOP("core", "{value} is not an .xlsx workbook")

HEADERS = {
    "姓名": "name",
    "性别": "sex",
    "出生日期": "birth",
    "村民小组": "group",
    "手机": "phone",
    "身份": "bodies",
    "开始日期": "start",
}
BODY_NAMES = {b.value: b for b in Body} | {
    "党员": Body.PARTY_FULL,
    "代表": Body.REPRESENTATIVE,
    "支委": Body.BRANCH_COMMITTEE,
    "村委": Body.VILLAGE_COMMITTEE,
    "监委": Body.SUPERVISION,
}


@dataclass
class ImportResult:
    people: int = 0
    memberships: int = 0


def _as_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = re.sub(r"[年月/.]", "-", str(value).strip()).rstrip("日")
    return dt.date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))


def import_roster_xlsx(session: Session, path: str | Path) -> ImportResult:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise
    except Exception as exc:
        raise ValidationError.single(F_SHEET, R_NOT_XLSX, value=str(path)) from exc
    rows = list(workbook.active.iter_rows(values_only=True))
    if not rows or "姓名" not in [str(c).strip() if c else "" for c in rows[0]]:
        raise ValidationError.single(F_SHEET, R_NO_HEADER)
    columns = {HEADERS[str(c).strip()]: i for i, c in enumerate(rows[0]) if c and str(c).strip() in HEADERS}
    result = ImportResult()
    problems: list[FieldError] = []
    with session.begin_nested():  # a bad row undoes the whole sheet
        for number, row in enumerate(rows[1:], start=2):

            def cell(key: str, row: tuple[object, ...] = row) -> object:
                return row[columns[key]] if key in columns and columns[key] < len(row) else None

            if not any(row):
                continue
            try:
                sex_text = str(cell("sex") or "").strip()
                data = roster.PersonData(
                    name=str(cell("name") or ""),
                    sex={"男": Sex.MALE, "女": Sex.FEMALE}.get(sex_text),
                    birth_date=_as_date(cell("birth")),
                    group_name=str(cell("group") or ""),
                    phone=str(cell("phone") or ""),
                )
                person = roster.add_person(session, data)
                result.people += 1
                start = _as_date(cell("start")) or dt.date.today()
                for body_name in re.split(r"[、,，;；\s]+", str(cell("bodies") or "").strip()):
                    if not body_name:
                        continue
                    if body_name not in BODY_NAMES:
                        raise ValidationError.single(F_SHEET, R_BAD_BODY, value=body_name)
                    roster.add_membership(session, person.id, BODY_NAMES[body_name], start)
                    result.memberships += 1
            except ValidationError as exc:
                for err in exc.errors:
                    problems.append(FieldError(F_SHEET, R_ROW, {"row": number, "message": err.render()}))
            except ValueError as exc:
                problems.append(FieldError(F_SHEET, R_ROW, {"row": number, "message": str(exc)}))
        if problems:
            raise ValidationError(problems)
    return result
