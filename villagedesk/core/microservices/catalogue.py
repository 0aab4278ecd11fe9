"""The catalogue of service items: the shipped default ten, the village's own additions, renames,
retirements, weekly hours with their exceptions, and the township's catalogue replacing the list."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.microservices import messages as msg
from villagedesk.core.users import Action, require
from villagedesk.db.models import ClosureKind, Person, ServiceClosure, ServiceItem, ServiceState

# DOMAIN.md §3: until the township sends its catalogue, every centre starts with these ten.
DEFAULT_SERVICES = (
    "有诊疗器材",
    "有村邮站点",
    "有便民代办",
    "有农家书屋",
    "有文体场地",
    "有电商直播点",
    "有爱心超市",
    "有调解室",
    "有志愿服务站",
    "有户外劳动者驿站",
)
DEFAULT_CODES = tuple(f"SY{n:02d}" for n in range(1, 11))  # the shipped list's codes
VILLAGE_PREFIX = "V-"  # codes the village gives its own items: never issued by a township
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
_RANGE = re.compile(r"^(\d{1,2})[:：](\d{2})\s*[-－~～至到]\s*(\d{1,2})[:：](\d{2})$")

Hours = dict[int, list[tuple[str, str]]]  # weekday (0 = Monday) → [(start, end)] as "HH:MM"


@dataclass
class ItemInput:
    name: str
    location: str = ""
    responsible_id: int | None = None
    phone: str = ""
    partner: str = ""
    hours: Hours = field(default_factory=dict)
    state: ServiceState = ServiceState.AVAILABLE
    checked_on: dt.date | None = None


# -- opening hours --------------------------------------------------------------------------------
def parse_ranges(text: str, weekday: int, errors: Collector) -> list[tuple[str, str]]:
    """ "08:30-11:30, 14:00-17:30" → [("08:30", "11:30"), ("14:00", "17:30")]; empty means closed."""
    ranges: list[tuple[str, str]] = []
    for part in re.split(r"[,，、;；\s]+(?=\d)", text.strip()) if text.strip() else []:
        hit = _RANGE.match(part.strip())
        if not hit or int(hit[1]) > 23 or int(hit[3]) > 24 or int(hit[2]) > 59 or int(hit[4]) > 59:
            errors.add(msg.F_HOURS, msg.R_HOURS, day=msg.WEEKDAYS[weekday], text=part.strip())
            continue
        ranges.append((f"{int(hit[1]):02d}:{hit[2]}", f"{int(hit[3]):02d}:{hit[4]}"))
    ranges.sort()
    for i, (start, end) in enumerate(ranges):
        if end <= start or (i and start < ranges[i - 1][1]):
            errors.add(msg.F_HOURS, msg.R_HOURS_ORDER, day=msg.WEEKDAYS[weekday], text=f"{start}-{end}")
    return ranges


def format_ranges(ranges: list[tuple[str, str]]) -> str:
    return "、".join(f"{a.lstrip('0') if a[0] == '0' else a}-{b}" for a, b in ranges)


def hours_of(item: ServiceItem) -> Hours:
    raw = json.loads(item.hours_json or "{}")
    return {int(k): [(a, b) for a, b in v] for k, v in raw.items() if v}


def hours_summary(hours: Hours) -> str:
    """Consecutive days with the same hours run together: "周一至周五 8:30-11:30、14:00-17:30"."""
    parts: list[str] = []
    day = 0
    while day < 7:
        ranges = hours.get(day, [])
        last = day
        while last + 1 < 7 and hours.get(last + 1, []) == ranges:
            last += 1
        if ranges:
            days = msg.WEEKDAYS[day] if last == day else f"{msg.WEEKDAYS[day]}至{msg.WEEKDAYS[last]}"
            parts.append(f"{days} {format_ranges(ranges)}")
        day = last + 1
    return "；".join(parts)


# -- items ----------------------------------------------------------------------------------------
def _validate(session: Session, data: ItemInput, today: dt.date | None) -> ItemInput:
    errors = Collector()
    name = " ".join(data.name.split())
    check_text(name, msg.F_NAME, errors, 40)
    location, phone, partner = data.location.strip(), data.phone.strip(), data.partner.strip()
    check_text(location, msg.F_LOCATION, errors, 60, required=False)
    check_text(phone, msg.F_PHONE, errors, 30, required=False)
    check_text(partner, msg.F_PARTNER, errors, 60, required=False)
    if data.responsible_id is not None:
        person = session.get(Person, data.responsible_id)
        if person is None or person.deleted:
            errors.add(msg.F_RESPONSIBLE, msg.R_NOT_FOUND)
    for weekday, ranges in data.hours.items():
        check = Collector()
        parse_ranges(", ".join(f"{a}-{b}" for a, b in ranges), weekday, check)
        errors.errors.extend(check.errors)
    if data.checked_on and today and data.checked_on > today:
        errors.add(msg.F_CHECKED, msg.R_FUTURE, day=data.checked_on.isoformat())
    errors.raise_if_any()
    hours = {d: sorted(r) for d, r in data.hours.items() if r}
    return ItemInput(name, location, data.responsible_id, phone, partner, hours, data.state, data.checked_on)


def _apply(item: ServiceItem, data: ItemInput) -> None:
    if item.name and item.name != data.name:  # a rename keeps the old name for the history
        former = [n for n in item.former_names.split("、") if n]
        item.former_names = "、".join(dict.fromkeys([*former, item.name]))[:400]
    values = {
        "name": data.name,
        "location": data.location,
        "responsible_id": data.responsible_id,
        "phone": data.phone,
        "partner": data.partner,
        "hours_json": json.dumps({str(d): r for d, r in sorted(data.hours.items())}, ensure_ascii=False),
        "state": data.state,
        "checked_on": data.checked_on,
    }
    for key, value in values.items():
        if getattr(item, key) != value:
            setattr(item, key, value)


def ensure_defaults(session: Session) -> None:
    """The shipped ten, once, for a centre that has no catalogue yet."""
    if session.scalar(select(func.count()).select_from(ServiceItem)):
        return
    for position, (code, name) in enumerate(zip(DEFAULT_CODES, DEFAULT_SERVICES, strict=True)):
        session.add(ServiceItem(code=code, name=name, position=position))
    session.flush()


def next_village_code(session: Session) -> str:
    codes = session.scalars(select(ServiceItem.code).where(ServiceItem.code.like(f"{VILLAGE_PREFIX}%")))
    numbers = [int(c[len(VILLAGE_PREFIX) :]) for c in codes if c[len(VILLAGE_PREFIX) :].isdigit()]
    return f"{VILLAGE_PREFIX}{max(numbers, default=0) + 1}"


def add_item(session: Session, data: ItemInput, today: dt.date | None = None) -> ServiceItem:
    """A service the village adds: its code is in the village's own namespace (V-1, V-2, …)."""
    require(session, Action.EDIT_RECORDS)
    data = _validate(session, data, today)
    position = session.scalar(select(func.max(ServiceItem.position))) or 0
    item = ServiceItem(code=next_village_code(session), position=position + 1, name="")
    _apply(item, data)
    session.add(item)
    session.flush()
    return item


def get_item(session: Session, item_id: int) -> ServiceItem:
    item = session.get(ServiceItem, item_id)
    if item is None or item.deleted:
        raise NotFoundError(f"service item {item_id}")
    return item


def update_item(session: Session, item_id: int, data: ItemInput, today: dt.date | None = None) -> ServiceItem:
    require(session, Action.EDIT_RECORDS)
    data = _validate(session, data, today)
    item = get_item(session, item_id)
    if item.retired_on is not None:
        raise ValidationError.single(
            msg.F_SERVICE, msg.R_RETIRED_ITEM, name=item.name, retired=item.retired_on
        )
    _apply(item, data)
    session.flush()
    return item


def retire_item(session: Session, item_id: int, day: dt.date) -> ServiceItem:
    """The item leaves the catalogue; its usage, equipment and inspections stay in the history."""
    require(session, Action.EDIT_RECORDS)
    item = get_item(session, item_id)
    if item.retired_on is None:
        item.retired_on = day
        session.flush()
    return item


def items(session: Session, include_retired: bool = False) -> list[ServiceItem]:
    stmt = select(ServiceItem).where(ServiceItem.deleted.is_(False))
    if not include_retired:
        stmt = stmt.where(ServiceItem.retired_on.is_(None))
    return list(session.scalars(stmt.order_by(ServiceItem.position, ServiceItem.id)))


# -- exceptions to the weekly hours -----------------------------------------------------------------
@dataclass
class ClosureInput:
    item_id: int | None  # None: the whole centre (a public holiday)
    kind: ClosureKind
    start: dt.date
    end: dt.date
    note: str = ""


def add_closure(session: Session, data: ClosureInput) -> ServiceClosure:
    """Refuses a period that overlaps another of the same item (or one for the whole centre)."""
    require(session, Action.EDIT_RECORDS)
    errors = Collector()
    note = data.note.strip()
    check_text(note, msg.F_NOTE, errors, 60, required=False)
    if data.end < data.start:
        errors.add(msg.F_END, msg.R_END_BEFORE, end=data.end.isoformat(), start=data.start.isoformat())
    else:
        stmt = select(ServiceClosure).where(
            ServiceClosure.deleted.is_(False),
            ServiceClosure.start <= data.end,
            ServiceClosure.end >= data.start,
        )
        if data.item_id is not None:
            stmt = stmt.where((ServiceClosure.item_id == data.item_id) | ServiceClosure.item_id.is_(None))
        other = session.scalars(stmt.order_by(ServiceClosure.start)).first()
        if other is not None:
            errors.add(
                msg.F_CLOSURE,
                msg.R_OVERLAP,
                start=data.start.isoformat(),
                end=data.end.isoformat(),
                other=other.note or other.kind.value,
                other_start=other.start.isoformat(),
                other_end=other.end.isoformat(),
            )
    errors.raise_if_any()
    closure = ServiceClosure(item_id=data.item_id, kind=data.kind, start=data.start, end=data.end, note=note)
    session.add(closure)
    session.flush()
    return closure


def remove_closure(session: Session, closure_id: int) -> None:
    require(session, Action.EDIT_RECORDS)
    closure = session.get(ServiceClosure, closure_id)
    if closure is None or closure.deleted:
        raise NotFoundError(f"closure {closure_id}")
    if closure.from_township:
        raise ValidationError.single(msg.F_CLOSURE, msg.R_TOWNSHIP_HOLIDAY, note=closure.note)
    closure.deleted = True
    session.flush()


def closures(session: Session, since: dt.date | None = None) -> list[ServiceClosure]:
    stmt = select(ServiceClosure).where(ServiceClosure.deleted.is_(False))
    if since is not None:
        stmt = stmt.where(ServiceClosure.end >= since)
    return list(session.scalars(stmt.order_by(ServiceClosure.start)))


# -- the township's catalogue -----------------------------------------------------------------------
def check_catalogue(value: Any) -> list[dict[str, Any]]:
    """The township's list, [{"code", "name"}] or {"items": [...], "holidays": [...]}, checked row by
    row (the holidays too: every problem is named at once); returns the services."""
    errors = Collector()
    rows = value.get("items") if isinstance(value, dict) else value
    if not isinstance(rows, list) or not rows:
        errors.add(msg.F_CATALOGUE, msg.R_CATALOGUE_EMPTY)
        if isinstance(value, dict):
            _check_holidays(value.get("holidays") or [], errors)
        errors.raise_if_any()
        return []
    seen: set[str] = set()
    clean = []
    for number, row in enumerate(rows, 1):
        code = str(row.get("code", "")).strip() if isinstance(row, dict) else ""
        name = " ".join(str(row.get("name", "")).split()) if isinstance(row, dict) else ""
        row_errors = Collector()
        if not _CODE.match(code) or code.upper().startswith(VILLAGE_PREFIX):
            row_errors.add(msg.F_CODE, msg.R_CODE_FORM, code=code)
        if code in seen:
            row_errors.add(msg.F_CODE, msg.R_DUPLICATE_CODE, code=code)
        check_text(name, msg.F_NAME, row_errors, 40)
        for e in row_errors.errors:
            errors.add(msg.F_CATALOGUE_ROW, e.rule, row=number, column=Translatable(e.field), **e.params)
        seen.add(code)
        clean.append({"code": code, "name": name})
    if isinstance(value, dict):
        _check_holidays(value.get("holidays") or [], errors)
    errors.raise_if_any()
    return clean


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        return None


def _check_holidays(rows: Any, errors: Collector) -> list[tuple[dt.date, dt.date, str]]:
    """Public holidays: [{"start", "end", "note"}], dates as YYYY-MM-DD; no two overlap."""
    if not isinstance(rows, list):
        rows = [rows]
    clean: list[tuple[dt.date, dt.date, str]] = []
    for number, row in enumerate(rows, 1):
        row = row if isinstance(row, dict) else {}
        start, end = _day(row.get("start", "")), _day(row.get("end", row.get("start", "")))
        note = " ".join(str(row.get("note", "")).split())
        row_errors = Collector()
        check_text(note, msg.F_NOTE, row_errors, 60)
        if start is None:
            row_errors.add(msg.F_START, msg.R_DATE_FORM, value=str(row.get("start", "")))
        if end is None and (start is not None or str(row.get("end", "")) != str(row.get("start", ""))):
            row_errors.add(msg.F_END, msg.R_DATE_FORM, value=str(row.get("end", "")))
        if start is not None and end is not None and end < start:
            row_errors.add(msg.F_END, msg.R_END_BEFORE, end=end.isoformat(), start=start.isoformat())
        if not row_errors.errors and start is not None and end is not None:
            other = next(((s, e, n) for s, e, n in clean if s <= end and e >= start), None)
            if other is not None:
                row_errors.add(
                    msg.F_CLOSURE,
                    msg.R_OVERLAP,
                    start=start.isoformat(),
                    end=end.isoformat(),
                    other=other[2],
                    other_start=other[0].isoformat(),
                    other_end=other[1].isoformat(),
                )
            else:
                clean.append((start, end, note))
        for e in row_errors.errors:
            errors.add(msg.F_HOLIDAY_ROW, e.rule, row=number, column=Translatable(e.field), **e.params)
    return clean


def catalogue_holidays(value: Any) -> list[tuple[dt.date, dt.date, str]]:
    """The public holidays a township catalogue carries (checked), oldest first."""
    errors = Collector()
    rows = _check_holidays(value.get("holidays") or [], errors) if isinstance(value, dict) else []
    errors.raise_if_any()
    return sorted(rows)


def apply_holidays(session: Session, value: Any, today: dt.date) -> int:
    """The township's public holidays become closures of the whole centre marked as its decision.
    Holidays it no longer lists are withdrawn unless already past (the past stays as it was);
    returns how many were added."""
    wanted = catalogue_holidays(value)
    current = list(
        session.scalars(
            select(ServiceClosure).where(
                ServiceClosure.deleted.is_(False), ServiceClosure.from_township.is_(True)
            )
        )
    )
    have = {(c.start, c.end, c.note): c for c in current}
    for key, closure in have.items():
        if key not in wanted and closure.end >= today:
            closure.deleted = True
    added = 0
    for start, end, note in wanted:
        if (start, end, note) not in have:
            session.add(
                ServiceClosure(
                    item_id=None,
                    kind=ClosureKind.HOLIDAY,
                    start=start,
                    end=end,
                    note=note,
                    from_township=True,
                )
            )
            added += 1
    session.flush()
    return added


def apply_catalogue(session: Session, value: Any, today: dt.date | None = None) -> dict[str, int]:
    """Replace the village's list with the township's, keeping every record (matched by code).

    An item whose code the township lists is renamed if need be (its usage stays with it); a default
    item the township does not list but names the same way takes the township's code; any other
    default item is retired (kept for the history); the village's own items (V-…) stay as they are.
    """
    rows = check_catalogue(value)
    today = today or dt.date.today()
    existing = {i.code: i for i in session.scalars(select(ServiceItem).where(ServiceItem.deleted.is_(False)))}
    by_name = {i.name: i for i in existing.values() if i.code not in {r["code"] for r in rows}}
    counts = {"added": 0, "renamed": 0, "retired": 0, "holidays": 0}
    taken: set[int] = set()
    for position, row in enumerate(rows):
        item = existing.get(row["code"]) or by_name.pop(row["name"], None)
        if item is None:
            item = ServiceItem(code=row["code"], name=row["name"], position=position)
            session.add(item)
            counts["added"] += 1
        else:
            if item.code != row["code"]:
                item.code = row["code"]
            if item.name != row["name"]:
                _apply(item, ItemInput(**{**_input_of(item).__dict__, "name": row["name"]}))
                counts["renamed"] += 1
            item.position, item.retired_on = position, None
        session.flush()
        taken.add(item.id)
    for item in existing.values():
        if item.id not in taken and not item.code.startswith(VILLAGE_PREFIX) and item.retired_on is None:
            item.retired_on = today
            counts["retired"] += 1
    session.flush()
    counts["holidays"] = apply_holidays(session, value, today)
    return counts


def _input_of(item: ServiceItem) -> ItemInput:
    return ItemInput(
        item.name,
        item.location,
        item.responsible_id,
        item.phone,
        item.partner,
        hours_of(item),
        item.state,
        item.checked_on,
    )


def item_input(item: ServiceItem) -> ItemInput:
    return _input_of(item)


def current_catalogue(session: Session) -> list[dict[str, Any]]:
    return [{"code": i.code, "name": i.name} for i in items(session) if not i.code.startswith(VILLAGE_PREFIX)]


_CODE_HEADERS = {"编码", "代码", "服务编码", "code"}
_NAME_HEADERS = {"名称", "服务项目", "服务名称", "项目", "name"}
_START_HEADERS = {"开始日期", "开始", "起始日期", "日期", "start"}
_END_HEADERS = {"结束日期", "结束", "截止日期", "end"}
_NOTE_HEADERS = {"名称", "节日", "节假日", "说明", "name", "note"}
HOLIDAY_SHEET = "节假日"


def _columns(header_row: Any, *wanted: set[str]) -> list[int | None]:
    header = [str(c or "").strip().lower() for c in (header_row or [])]
    return [next((i for i, h in enumerate(header) if h in names), None) for names in wanted]


def _body(rows: list[list[Any]]) -> list[list[Any]]:
    return [r for r in rows[1:] if any(c not in (None, "") for c in r)]


def read_catalogue_sheet(path: Path) -> list[dict[str, Any]] | dict[str, Any]:
    """The township's catalogue from a spreadsheet: a header row naming 编码 and 名称 (or code and
    name), one service a row; optionally a sheet named 节假日 (开始日期, 结束日期, 名称: one public
    holiday or closure of the whole centre a row). Checked as the village will check it, every
    problem named at once. Without holidays the services' list, else {"items", "holidays"}."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in workbook.worksheets}
        first = workbook.worksheets[0].title
    finally:
        workbook.close()
    errors = Collector()
    rows = sheets[first]
    code_col, name_col = _columns(rows[0] if rows else None, _CODE_HEADERS, _NAME_HEADERS)
    items: list[dict[str, Any]] = []
    if code_col is None or name_col is None:
        errors.add(msg.F_CATALOGUE, msg.R_CATALOGUE_COLUMNS)
    else:
        items = [
            {"code": str(r[code_col] or "").strip(), "name": str(r[name_col] or "").strip()}
            for r in _body(rows)
        ]
    holidays: list[dict[str, Any]] | None = None
    if HOLIDAY_SHEET in sheets and first != HOLIDAY_SHEET:
        rows = sheets[HOLIDAY_SHEET]
        start_col, end_col, note_col = _columns(
            rows[0] if rows else None, _START_HEADERS, _END_HEADERS, _NOTE_HEADERS
        )
        if start_col is None or note_col is None:
            errors.add(msg.F_HOLIDAYS, msg.R_HOLIDAY_COLUMNS)
        else:
            holidays = [
                {
                    "start": _iso(r[start_col]),
                    "end": _iso(
                        r[end_col] if end_col is not None and r[end_col] not in (None, "") else r[start_col]
                    ),
                    "note": str(r[note_col] or "").strip(),
                }
                for r in _body(rows)
            ]
    value: list[dict[str, Any]] | dict[str, Any] = (
        items if holidays is None else {"items": items, "holidays": holidays}
    )
    if errors.errors:  # the columns are wrong: say so, with whatever else the rows show
        try:
            check_catalogue(value) if items else None
        except ValidationError as exc:
            errors.errors.extend(exc.errors)
        errors.raise_if_any()
    check_catalogue(value)
    return value


def _iso(cell: Any) -> str:
    day = _day(cell) if cell not in (None, "") else None
    return day.isoformat() if day is not None else str(cell or "").strip()
