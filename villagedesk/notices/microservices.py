"""十有 notices: the 服务指南 for the board (one A4 page) and the usage statistics with a bar chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer, Table, TableStyle

from villagedesk.notices.document import (
    BLOCK_W,
    LINE,
    CentreInfo,
    Column,
    NoticeDocument,
    chinese_date,
    column_widths,
)
from villagedesk.notices.masking import redact_free_text

GUIDE_KIND = "service_guide"
STATS_KIND = "service_stats"
GUIDE_PT = 10.5  # the guide's table (五号); the body text keeps 3号


@dataclass(frozen=True)
class GuideLine:
    name: str
    location: str
    hours: str
    keeper: str  # the responsible person: a public role, printed in full
    phone: str  # declared printable: the service's public contact phone
    state: str = ""  # "" when available, else e.g. "暂停服务"


@dataclass(frozen=True)
class GuidePrint:
    uuid: str
    village: str
    lines: list[GuideLine]
    exceptions: list[str]  # "10月1日至10月7日 国庆节 全部暂停" …
    day: dt.date

    def record(self) -> dict[str, object]:
        return {
            "kind": GUIDE_KIND,
            "lines": [vars(line) for line in self.lines],
            "exceptions": self.exceptions,
            "day": self.day,
        }


def build_guide(data: GuidePrint, centre: CentreInfo) -> bytes:
    """Fits one A4 page for a usual list (the table in 五号); a longer list runs onto a second page."""
    doc = NoticeDocument(
        title=f"{data.village}党群服务中心“十有”服务指南",
        kind=GUIDE_KIND,
        uuid=data.uuid,
        record=data.record(),
        subject="服务指南",
    )
    doc.paragraph("村党群服务中心提供以下便民服务，欢迎群众就近办理。", "导语")
    cell = ParagraphStyle("guide", parent=doc.cell, fontSize=GUIDE_PT, leading=GUIDE_PT * 1.3)
    head = ParagraphStyle("guidehead", parent=doc.cell_head, fontSize=GUIDE_PT, leading=GUIDE_PT * 1.3)
    columns = [
        Column("name", "服务项目", "name"),
        Column("location", "地点", "name"),
        Column("hours", "开放时间", "name"),
        Column("keeper", "负责人", "name"),
        Column("phone", "联系电话", "name"),
    ]
    rows = [
        {
            "name": line.name + (f"（{line.state}）" if line.state else ""),
            "location": line.location,
            "hours": line.hours or "预约服务",
            "keeper": line.keeper,
            "phone": line.phone,
        }
        for line in data.lines
    ]

    # who and which number to call must never wrap: the name and phone columns take what they need
    def natural(column: Column) -> float:
        texts = [column.header] + [r[column.key] for r in rows]
        widest = max(stringWidth(str(t), cell.fontName, GUIDE_PT) for t in texts)
        return float(widest) + 16  # the table pads 6 pt a side

    # who and which number never wrap; the place and the hours share the rest, 35 : 65
    name = min(natural(columns[0]), 6 * GUIDE_PT + 16)  # a long name with its state may wrap
    keeper, phone = natural(columns[3]), natural(columns[4])
    rest = BLOCK_W - name - keeper - phone
    widths = [name, rest * 0.35, rest * 0.65, keeper, phone]
    table_data = [[doc.para(c.header, "指南表头", head) for c in columns]]
    for number, row in enumerate(rows, 1):
        table_data.append(
            [
                doc.para(
                    redact_free_text(row[c.key]) if c.key != "phone" else row[c.key],
                    f"指南第{number}行",
                    cell,
                )
                for c in columns
            ]
        )
    table = Table(table_data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    doc.story += [Spacer(1, LINE * 0.2), table, Spacer(1, LINE * 0.2)]
    small = ParagraphStyle("guidesmall", parent=doc.plain, fontSize=12, leading=LINE * 0.6)
    if data.exceptions:
        doc.story.append(doc.para("特别提示：" + "；".join(data.exceptions) + "。", "特别提示", small))
    supervision = centre.supervision_phone or centre.objection_phone
    doc.story.append(
        doc.para(
            f"监督电话：村务监督委员会 {supervision}"
            + (f"；{centre.township_name}人民政府 {centre.township_phone}" if centre.township_phone else ""),
            "监督电话",
            small,
        )
    )
    # issuer and date in the smaller size too, right-aligned: the guide keeps to one page
    signed = ParagraphStyle("guidesigned", parent=small, alignment=TA_RIGHT, rightIndent=2 * 16)
    doc.story.append(Spacer(1, LINE * 0.4))
    doc.story.append(doc.para(f"{data.village}党群服务中心", "落款", signed))
    doc.story.append(doc.para(chinese_date(data.day), "日期", signed))
    doc.verification()
    return doc.build()


# -- statistics ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatsPrint:
    uuid: str
    village: str
    title: str  # "2026年" or "2022—2026年"
    labels: list[str]
    names: list[str]
    people: list[list[int]]  # per service, per period
    day: dt.date
    monthly: bool = True
    totals: list[int] = field(default_factory=list)

    def record(self) -> dict[str, object]:
        return {
            "kind": STATS_KIND,
            "title": self.title,
            "labels": self.labels,
            "names": self.names,
            "people": self.people,
        }


def chart(labels: list[str], values: list[int], width: float, height: float, font: str) -> Drawing:
    """A bar chart of the people served per period, in ReportLab's own graphics."""
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 36, 24, width - 46, height - 40
    bars.data = [values or [0]]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 8
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max([*values, 1]) * 1.15
    bars.bars[0].fillColor = colors.HexColor("#2f6fb3")
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 7
    bars.barLabelFormat = "%d"
    bars.barLabels.nudge = 6
    drawing.add(bars)
    drawing.add(String(0, height - 10, "服务人次", fontName=font, fontSize=8))
    return drawing


def build_stats(data: StatsPrint, centre: CentreInfo) -> bytes:
    doc = NoticeDocument(
        title="“十有”服务使用情况统计表",
        kind=STATS_KIND,
        uuid=data.uuid,
        record=data.record(),
        subject="服务统计",
    )
    totals = [sum(p[i] for p in data.people) for i in range(len(data.labels))]
    doc.paragraph(
        f"{data.title}，{data.village}党群服务中心各项便民服务共服务群众{sum(totals)}人次，分{'月' if data.monthly else '年'}情况如下。",
        "导语",
    )
    doc.story.append(chart(data.labels, totals, BLOCK_W, 150, doc.cell.fontName))
    short = [
        label.removesuffix("年") if not data.monthly else label.removesuffix("月") for label in data.labels
    ]
    columns = (
        [Column("name", "服务项目", "name", 3)]
        + [Column(f"p{i}", s, "count") for i, s in enumerate(short)]
        + [Column("total", "合计", "count")]
    )
    rows = [
        {"name": name, **{f"p{i}": v for i, v in enumerate(people)}, "total": sum(people)}
        for name, people in zip(data.names, data.people, strict=True)
    ]
    cell = ParagraphStyle("stat", parent=doc.cell, fontSize=8, leading=10)
    head = ParagraphStyle("stathead", parent=doc.cell_head, fontSize=8, leading=10)
    num = ParagraphStyle("statnum", parent=doc.cell_num, fontSize=8, leading=10)
    widths = column_widths(columns, rows, cell.fontName, 8)
    table_data = [[doc.para(c.header, "统计表头", head) for c in columns]]
    for number, row in enumerate(
        [*rows, {"name": "合计", **{f"p{i}": v for i, v in enumerate(totals)}, "total": sum(totals)}], 1
    ):
        table_data.append(
            [
                doc.para(str(row[c.key]), f"统计第{number}行", cell if c.key == "name" else num)
                for c in columns
            ]
        )
    table = Table(table_data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    doc.story += [Spacer(1, LINE * 0.3), table]
    doc.story.append(
        doc.para(
            f"统计日期：{chinese_date(data.day)}",
            "统计日期",
            ParagraphStyle("sd", parent=doc.plain, fontSize=12, leading=LINE * 0.7),
        )
    )
    doc.verification()
    return doc.build()
