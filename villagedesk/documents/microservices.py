"""十有 as printable documents: the 服务指南 for the board and the yearly usage statistics (filed,
not posted); and the statistics as a spreadsheet."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.microservices import catalogue as cat
from villagedesk.core.microservices import stats
from villagedesk.db.models import CentreProfile, ClosureKind, Person, ServiceState
from villagedesk.documents import DocumentKind, Printable, centre_info

if TYPE_CHECKING:
    from villagedesk.notices.microservices import GuidePrint, StatsPrint

GUIDE_ID = 1  # one guide: the catalogue as it stands today


def _stable_uuid(centre: CentreProfile, name: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"villagedesk:{centre.division_code}:{name}"))


def _short(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def guide_print(session: Session, centre: CentreProfile, today: dt.date) -> GuidePrint:
    from villagedesk.notices.microservices import GuideLine, GuidePrint

    items = cat.items(session)
    keepers = {
        p.id: p.name
        for p in session.query(Person).filter(
            Person.id.in_([i.responsible_id for i in items if i.responsible_id])
        )
    }
    lines = [
        GuideLine(
            name=item.name,
            location=item.location,
            hours=cat.hours_summary(cat.hours_of(item)),
            keeper=keepers.get(item.responsible_id or 0, ""),
            phone=item.phone,
            state="暂停服务" if item.state is ServiceState.UNAVAILABLE else "",
        )
        for item in items
    ]
    names = {i.id: i.name for i in items}
    exceptions = []
    for closure in cat.closures(session, since=today):
        span = (
            _short(closure.start)
            if closure.start == closure.end
            else f"{_short(closure.start)}至{_short(closure.end)}"
        )
        what = names.get(closure.item_id or 0, "") if closure.item_id else "全部服务"
        verb = "暂停" if closure.kind is ClosureKind.CLOSURE else "休息"
        exceptions.append(f"{span}{closure.note}，{what}{verb}")
    return GuidePrint(
        _stable_uuid(centre, "service-guide"), centre.village_name, lines, exceptions[:6], today
    )


def build_guide_pdf(data: GuidePrint, centre: CentreProfile) -> tuple[bytes, str]:
    from villagedesk.core.hashing import content_hash
    from villagedesk.notices.microservices import build_guide

    return build_guide(data, centre_info(centre)), content_hash(data.record())


YEARS_ON_PAPER = 10  # the yearly statistics print the latest ten years (the table stays on the page)


def stats_print(
    session: Session, centre: CentreProfile, year: int, today: dt.date, yearly: bool = False
) -> StatsPrint:
    """The months of ``year``, or (``yearly``) the years up to ``year``, at most the latest ten."""
    from villagedesk.notices.microservices import StatsPrint

    if yearly:
        span = stats.years_with_usage(session) or (year, year)
        figures = stats.yearly(session, max(span[0], year - YEARS_ON_PAPER + 1), year)
        key = f"service-stats-years-{year}"
    else:
        figures = stats.monthly(session, year)
        key = f"service-stats-{year}"
    return StatsPrint(
        _stable_uuid(centre, key),
        centre.village_name,
        figures.title,
        list(figures.labels),
        [r.name for r in figures.rows],
        [list(r.periods) for r in figures.rows],
        today,
        monthly=not yearly,
    )


def build_stats_pdf(data: StatsPrint, centre: CentreProfile) -> tuple[bytes, str]:
    from villagedesk.core.hashing import content_hash
    from villagedesk.notices.microservices import build_stats

    return build_stats(data, centre_info(centre)), content_hash(data.record())


class GuideKind(DocumentKind):
    prefix = "guide"
    kind = "service_guide"
    label = "服务指南"

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.today = today

    def get(self, session: Session, row_id: int) -> Printable:
        if row_id != GUIDE_ID:
            raise KeyError(f"{self.prefix}-{row_id}")
        centre = get_centre(session)
        data = guide_print(session, centre, self.today())
        return Printable(
            id=f"{self.prefix}-{GUIDE_ID}",
            kind=self.kind,
            kind_label=self.label,
            title=f"{centre.village_name}党群服务中心“十有”服务指南",
            date=data.day,
            uuid=data.uuid,
            version=1,
            locked=False,
            build=partial(build_guide_pdf, data, centre),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        if cat.items(session):
            yield self.get(session, GUIDE_ID)


class StatsKind(DocumentKind):
    prefix = "servicestats"
    kind = "service_stats"
    label = "服务使用统计"
    yearly = False  # one year's months; the 历年 kind below shows the years side by side

    def title(self, row_id: int, data: StatsPrint) -> str:
        return f"“十有”服务使用情况统计（{row_id}年）"

    def get(self, session: Session, row_id: int) -> Printable:
        span = stats.years_with_usage(session)
        if span is None or not span[0] <= row_id <= span[1]:
            raise KeyError(f"{self.prefix}-{row_id}")
        centre = get_centre(session)
        data = stats_print(session, centre, row_id, dt.date.today(), yearly=self.yearly)
        return Printable(
            id=f"{self.prefix}-{row_id}",
            kind=self.kind,
            kind_label=self.label,
            title=self.title(row_id, data),
            date=dt.date(row_id, 12, 31),
            uuid=data.uuid,
            version=1,
            locked=False,
            build=partial(build_stats_pdf, data, centre),
        )

    def list(self, session: Session) -> Iterator[Printable]:
        span = stats.years_with_usage(session)
        if span is not None:
            for year in range(span[1], span[0] - 1, -1):
                yield self.get(session, year)


class YearsKind(StatsKind):
    """The yearly statistics: one column per year, up to the year named by the id (latest ten)."""

    prefix = "servicestatsyears"
    kind = "service_stats_years"
    label = "服务使用统计（历年）"
    yearly = True

    def title(self, row_id: int, data: StatsPrint) -> str:
        return f"“十有”服务使用情况统计（{data.title}）"

    def list(self, session: Session) -> Iterator[Printable]:
        span = stats.years_with_usage(session)
        if span is not None:
            yield self.get(session, span[1])


KINDS: tuple[DocumentKind, ...] = (GuideKind(), StatsKind(), YearsKind())


# -- the statistics as a spreadsheet ----------------------------------------------------------------
def _cell(sheet: Any, value: Any) -> Any:
    """Text stays text (never a formula, even when it starts with = + - @), numbers stay numbers."""
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = bool(value) and value[0] in "=+-@\t\r"
    return cell


def stats_xlsx(figures: stats.Stats, path: Path, village: str) -> Path:
    """One sheet: a row per service, a column per month (or year), people served; totals as numbers."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "服务统计"
    sheet.append([_cell(sheet, f"{village}“十有”服务使用情况统计（{figures.title}，单位：人次）")])
    sheet.append([_cell(sheet, v) for v in ["编码", "服务项目", *figures.labels, "合计", "登记条数"]])
    for row in figures.rows:
        sheet.append(
            [_cell(sheet, v) for v in [row.code, row.name, *row.periods, row.total, sum(row.visits)]]
        )
    totals = figures.totals
    sheet.append(
        [
            _cell(sheet, v)
            for v in ["", "合计", *totals, sum(totals), sum(sum(r.visits) for r in figures.rows)]
        ]
    )
    sheet.column_dimensions["B"].width = 18
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
