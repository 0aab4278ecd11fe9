"""暖心关怀 notices: the disbursement notice for the board, the festival visit list, the fund
statement. Only the fields declared here reach the PDF; names of minors never do (the caller
already replaced them), phones and ID numbers never print, free text is scanned for numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from villagedesk.notices.document import CentreInfo, Column, NoticeDocument, Review, chinese_date
from villagedesk.notices.masking import mask_name, redact_free_text
from villagedesk.notices.numerals import amount_capitals, format_yuan

DISBURSEMENT = "care_disbursement"
VISIT_LIST = "care_visit_list"
STATEMENT = "care_fund_statement"


@dataclass(frozen=True)
class DisbursementPrint:
    record: dict[str, Any]  # core/care/printed.disbursement_record: what the review signed
    posting_date: dt.date
    issuers: list[str]
    review: Review | None = None


def disbursement_title(record: dict[str, Any]) -> str:
    items = {line["item"] for line in record["lines"]}
    what = redact_free_text(items.pop()) if len(items) == 1 else f"{record['fund']}"
    return f"关于{what}发放情况的公示"


def build_disbursement(data: DisbursementPrint, centre: CentreInfo) -> bytes:
    r = data.record
    title = disbursement_title(r)
    doc = NoticeDocument(title=title, kind=DISBURSEMENT, uuid=r["uuid"], record=r, subject="关爱资金发放公示")
    approved = dt.date.fromisoformat(r["township_approved_on"])
    branch = dt.date.fromisoformat(r["branch_approved_on"])
    doc.paragraph(
        "根据《中华人民共和国村民委员会组织法》关于村务公开的规定和关爱资金使用管理有关要求，"
        f"经村党组织于{chinese_date(branch)}审批、{centre.township_name}于{chinese_date(approved)}审核同意，"
        f"现将{r['fund']}发放对象及金额予以公示。",
        "导语",
    )
    columns = [
        Column("no", "序号", "count", 0.5),
        Column("recipient", "姓名", "name"),
        Column("group", "村民小组", "group"),
        Column("people", "人数", "count", 0.6),
        Column("item", "发放事由", "text", 2),
        Column("amount_fen", "金额（元）", "amount"),
    ]
    rows = [
        {**{k: line[k] for k in ("recipient", "group", "people", "item", "amount_fen")}, "no": n}
        for n, line in enumerate(r["lines"], 1)
    ]
    people = sum(line["people"] for line in r["lines"])
    doc.table(
        columns,
        rows,
        "发放名单",
        totals={"recipient": "合计", "people": people, "amount_fen": r["total_fen"]},
    )
    doc.story.append(
        doc.para(
            f"合计发放{people}人，金额{format_yuan(r['total_fen'])}元（大写：{amount_capitals(r['total_fen'])}）。",
            "合计",
        )
    )
    doc.paragraph("公示期满无异议后，由经办人凭发放凭证发放到本人，并由领取人签字确认。", "发放说明")
    doc.posting(data.posting_date, int(r["posting_days"]))
    doc.objection(centre)
    doc.issuer(centre, data.posting_date, data.issuers)
    doc.review(data.review)
    doc.verification()
    return doc.build()


@dataclass(frozen=True)
class VisitLine:
    name: str
    minor: bool
    group: str
    categories: str
    helper: str
    last_visit: dt.date | None
    standing: str = ""


@dataclass(frozen=True)
class VisitListPrint:
    uuid: str
    title: str
    festival: str
    festival_date: dt.date
    window_start: dt.date
    made_on: dt.date
    lines: list[VisitLine] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        return {
            "kind": VISIT_LIST,
            "title": self.title,
            "festival_date": self.festival_date,
            "lines": [
                [
                    mask_name(x.name) if x.minor else x.name,
                    x.group,
                    x.categories,
                    x.helper,
                    x.last_visit,
                    x.standing,
                ]
                for x in self.lines
            ],
        }


def build_visit_list(data: VisitListPrint, centre: CentreInfo) -> bytes:
    """A working list for the visitors of a festival round (filed, not posted)."""
    doc = NoticeDocument(
        title=data.title, kind=VISIT_LIST, uuid=data.uuid, record=data.record(), subject="走访慰问名单"
    )
    doc.paragraph(
        f"{data.festival}（{chinese_date(data.festival_date)}）前，请各结对人于{chinese_date(data.window_start)}起"
        "完成走访慰问，如实填写走访情况并签字，交村党群服务中心登记。",
        "说明",
    )
    columns = [
        Column("no", "序号", "count"),
        Column("name", "姓名", "name"),
        Column("group", "组别", "group"),
        Column("categories", "类别（党龄）", "text"),
        Column("helper", "结对人", "text"),
        Column("last", "上次走访", "date"),
        Column("done", "走访情况及签字", "text"),
    ]
    rows = [
        {
            "no": n,
            "name": mask_name(x.name) if x.minor else x.name,
            "group": x.group,
            "categories": x.categories + (f"（党龄{x.standing}）" if x.standing else ""),
            "helper": x.helper,
            "last": x.last_visit,
            "done": "",
        }
        for n, x in enumerate(data.lines, 1)
    ]
    doc.table(columns, rows, "走访名单")
    _fixed_widths(doc, (26, 52, 36, 108, 72, 88, 60))
    doc.issuer(centre, data.made_on, [centre.party_org_name])
    doc.verification()
    return doc.build()


def _fixed_widths(doc: NoticeDocument, points: tuple[int, ...]) -> None:
    """A list to be filled in by hand: names and dates never wrap, the rest shares the block."""
    from reportlab.platypus import Table

    from villagedesk.notices.document import BLOCK_W

    table = next(x for x in reversed(doc.story) if isinstance(x, Table))
    scale = BLOCK_W / sum(points)
    table._argW = [p * scale for p in points]


@dataclass(frozen=True)
class StatementPrint:
    uuid: str
    fund: str
    start: dt.date
    end: dt.date
    opening: int
    income: int
    expenditure: int
    closing: int
    lines: list[dict[str, Any]]
    made_on: dt.date
    issuers: list[str]
    period: str = ""  # as the title names it: 2025年, 2025年第一季度, 2025年3月, or the two dates

    def record(self) -> dict[str, Any]:
        return {
            "kind": STATEMENT,
            "fund": self.fund,
            "start": self.start,
            "end": self.end,
            "opening": self.opening,
            "income": self.income,
            "expenditure": self.expenditure,
            "closing": self.closing,
            "lines": [
                [x["date"], x["direction"], x["item"], x["amount_fen"], x["handler"]] for x in self.lines
            ],
        }


def build_statement(data: StatementPrint, centre: CentreInfo) -> bytes:
    period = f"{chinese_date(data.start)}至{chinese_date(data.end)}"
    doc = NoticeDocument(
        title=f"{data.fund}收支情况（{data.period or period}）",
        kind=STATEMENT,
        uuid=data.uuid,
        record=data.record(),
        subject="关爱资金收支情况",
    )
    doc.paragraph(f"根据村务公开有关规定，现将{period}{data.fund}收支情况公开如下：", "导语")
    doc.amount_line("期初余额", data.opening, "期初余额")
    doc.amount_line("本期收入", data.income, "本期收入")
    doc.amount_line("本期支出", data.expenditure, "本期支出")
    doc.amount_line("期末余额", data.closing, "期末余额")
    columns = [
        Column("no", "序号", "count", 0.5),
        Column("date", "日期", "date"),
        Column("item", "收支项目", "text", 2.5),
        Column("income", "收入（元）", "amount"),
        Column("spent", "支出（元）", "amount"),
        Column("handler", "经办人", "text"),
    ]
    rows = [
        {
            "no": n,
            "date": x["date"],
            "item": redact_free_text(x["item"]),
            "income": x["amount_fen"] if x["direction"] == "income" else None,
            "spent": x["amount_fen"] if x["direction"] == "expenditure" else None,
            "handler": x["handler"],
        }
        for n, x in enumerate(data.lines, 1)
    ]
    if rows:
        doc.table(
            columns,
            rows,
            "收支明细",
            totals={"item": "合计", "income": data.income, "spent": data.expenditure},
        )
        _fixed_widths(doc, (26, 80, 150, 74, 74, 56))
    else:
        doc.paragraph("本期无收支。", "收支明细")
    doc.issuer(centre, data.made_on, data.issuers)
    doc.review(None)
    doc.verification()
    return doc.build()
