"""四议两公开 documents: the resolution disclosure (决议公开), the implementation result disclosure
(实施结果公开) and the six-sheet record book (记录本)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from reportlab.platypus import PageBreak

from villagedesk.notices.document import (
    CentreInfo,
    Column,
    NoticeDocument,
    Review,
    chinese_date,
    posting_period,
)
from villagedesk.notices.masking import redact_free_text
from villagedesk.notices.numerals import amount_capitals, format_yuan

RESOLUTION_KIND = "deliberation_resolution"
RESULT_KIND = "deliberation_result"
BOOK_KIND = "deliberation_record_book"
STAGE_NAMES = [
    "党组织提议",
    "村“两委”会议商议",
    "党员大会审议",
    "村民（代表）会议决议",
    "决议公开",
    "实施结果公开",
]
LEGAL_BASIS = "根据《中华人民共和国村民委员会组织法》和“四议两公开”工作法的有关规定"


@dataclass(frozen=True)
class MeetingSummary:
    """What a disclosure or the record book may print about one meeting."""

    stage: int
    kind: str
    held_on: dt.date
    held_at: str
    place: str
    form: str
    chair: str
    recorder: str
    should_attend: int
    should_vote: int
    present: int
    voting_present: int
    yes: int
    no: int
    abstain: int
    result: str
    agenda: str
    discussion: str
    resolution: str
    attendees: list[tuple[str, bool]]  # (name, signed)
    absentees: list[tuple[str, str, str]]  # (name, reason, written opinion)
    observers: list[tuple[str, str]]  # (name, title)
    scan_sha256: str = ""
    stages: tuple[int, ...] = ()  # the stages it covers: two for a joint 一肩挑 meeting
    # 村民会议: the households (0: not counted) and the way the quorum was met ("" when it was not)
    households_total: int = 0
    households_represented: int = 0
    quorum_way: str = ""
    # a joint 一肩挑 meeting: the branch committee members (should, present, yes, no, abstain), or None
    committee: tuple[int, int, int, int, int] | None = None
    # absentees' written votes, kept apart from the votes of those present: (name, vote, counted)
    written: list[tuple[str, str, bool]] = field(default_factory=list)


WRITTEN_VOTE_NAMES = {"yes": "同意", "no": "反对", "abstain": "弃权"}
QUORUM_WAYS = {
    "adults": "本村十八周岁以上村民过半数参加",
    "households": "本村三分之二以上的户的代表参加",
    "both": "本村十八周岁以上村民过半数参加，且三分之二以上的户的代表参加",
}


def _written_summary(m: MeetingSummary) -> str:
    """One line of the absentees' written votes, or "" when there are none."""
    if not m.written:
        return ""
    counts = {v: sum(1 for _, vote, _ in m.written if vote == v) for v in WRITTEN_VOTE_NAMES}
    counted = any(c for _, _, c in m.written)
    return f"缺席人员书面表决意见：同意{counts['yes']}票，反对{counts['no']}票，弃权{counts['abstain']}票" + (
        "（按规定计入表决）" if counted else "（不计入表决）"
    )


def _villagers_line(m: MeetingSummary) -> str:
    """A 村民会议's households and the way it met its quorum, or "" for other meetings."""
    parts = []
    if m.households_total:
        parts.append(f"全村{m.households_total}户，{m.households_represented}户的代表参加")
    if m.quorum_way:
        parts.append(f"以{QUORUM_WAYS[m.quorum_way]}达到法定人数")
    return "；".join(parts)


def _committee_line(m: MeetingSummary) -> str:
    if m.committee is None:
        return ""
    should, present, yes, no, abstain = m.committee
    return (
        f"其中党组织委员会成员应到{should}人，实到{present}人；"
        f"党组织委员会成员表决：同意{yes}票，反对{no}票，弃权{abstain}票"
    )


@dataclass(frozen=True)
class MatterPrint:
    uuid: str
    title: str
    category: str
    origin: str
    origin_detail: str
    amount_fen: int | None
    meetings: list[MeetingSummary]


@dataclass(frozen=True)
class MatterNoticePrint:
    uuid: str
    kind: str  # "resolution" / "result"
    phase: int
    final: bool
    content: str
    spent_fen: int | None
    acceptance: str
    notice_date: dt.date
    posting_date: dt.date
    posting_days: int
    issuers: list[str]
    review: Review | None = None

    def with_review(self, review: Review | None) -> MatterNoticePrint:
        return replace(self, review=review)


def _meeting_rows(matter: MatterPrint) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for m in matter.meetings:
        rows.append(
            {
                "stage": STAGE_NAMES[m.stage - 1] if len(m.stages) < 2 else "提议暨商议（一肩挑）",
                "date": chinese_date(m.held_on),
                "should": m.should_vote if m.stage == 3 else m.should_attend,
                "present": m.voting_present if m.stage == 3 else m.present,
                "yes": m.yes,
                "no": m.no,
                "abstain": m.abstain,
                "result": m.result,
            }
        )
        if m.committee is not None:  # the stage 1 rule among the branch committee members
            should, present, yes, no, abstain = m.committee
            rows.append(
                {
                    "stage": "　其中党组织委员",
                    "should": should,
                    "present": present,
                    "yes": yes,
                    "no": no,
                    "abstain": abstain,
                }
            )
    return rows


def _procedure_notes(matter: MatterPrint) -> list[str]:
    """What the table's counts do not say: a 村民会议's households and quorum, written opinions apart."""
    notes = []
    for m in matter.meetings:
        name = STAGE_NAMES[m.stage - 1] if len(m.stages) < 2 else "提议暨商议（一肩挑）"
        for line in (_villagers_line(m), _written_summary(m)):
            if line:
                notes.append(f"{name}（{chinese_date(m.held_on)}）：{line}。")
    return notes


MEETING_COLUMNS = [
    Column("stage", "程序", weight=2.0),
    Column("date", "日期", "date"),
    Column("should", "应到", "count"),
    Column("present", "实到", "count"),
    Column("yes", "同意", "count"),
    Column("no", "反对", "count"),
    Column("abstain", "弃权", "count"),
    Column("result", "结果"),
]


def build_matter_notice(
    matter: MatterPrint, disclosure: MatterNoticePrint, centre: CentreInfo, record: dict[str, object]
) -> bytes:
    """``record`` is what the review signed (built in core): the sheet's QR code carries its hash."""
    resolution = disclosure.kind == "resolution"
    phase = (
        f"（第{disclosure.phase}期）"
        if not resolution and (disclosure.phase > 1 or not disclosure.final)
        else ""
    )
    title = f"关于{matter.title}决议的公示" if resolution else f"关于{matter.title}实施结果的公示{phase}"
    doc = NoticeDocument(
        title=redact_free_text(title),
        kind=RESOLUTION_KIND if resolution else RESULT_KIND,
        uuid=disclosure.uuid,
        record=record,
        subject="四议两公开",
    )
    passed = [m for m in matter.meetings if m.result == "通过"]
    final_meeting = passed[-1] if passed else None
    if resolution and final_meeting is not None:
        doc.paragraph(
            f"{LEGAL_BASIS}，{matter.title}经村党组织提议、村“两委”会议商议、党员大会审议，"
            f"于{chinese_date(final_meeting.held_on)}经{final_meeting.kind}表决通过。现将决议结果公示如下：",
            "导语",
        )
    else:
        doc.paragraph(f"{LEGAL_BASIS}，现将{matter.title}的实施结果公示如下：", "导语")
    doc.heading("一、事项基本情况", "标题一")
    doc.paragraph(f"事项类别：{matter.category}。", "事项类别")
    doc.paragraph(f"动议事由：{matter.origin}。{redact_free_text(matter.origin_detail)}", "动议事由")
    if matter.amount_fen is not None:
        doc.paragraph(
            f"涉及金额：{format_yuan(matter.amount_fen)}元（大写：{amount_capitals(matter.amount_fen)}）。",
            "涉及金额",
        )
    if resolution:
        doc.heading("二、决策程序", "标题二")
        doc.table(MEETING_COLUMNS, _meeting_rows(matter), "决策程序表")
        for i, note in enumerate(_procedure_notes(matter)):
            doc.paragraph(note, f"决策程序说明{i + 1}")
        doc.heading("三、决议内容", "标题三")
        if final_meeting is not None:
            doc.paragraph(redact_free_text(final_meeting.resolution), "决议内容")
        if disclosure.content.strip():
            doc.paragraph(redact_free_text(disclosure.content), "公开说明")
    else:
        doc.heading("二、实施情况", "标题二")
        doc.paragraph(redact_free_text(disclosure.content), "实施情况")
        if disclosure.spent_fen is not None:
            doc.paragraph(
                f"实际支出：{format_yuan(disclosure.spent_fen)}元（大写：{amount_capitals(disclosure.spent_fen)}）。",
                "实际支出",
            )
        doc.heading("三、验收结果", "标题三")
        doc.paragraph(redact_free_text(disclosure.acceptance or "—"), "验收结果")
    doc.posting(disclosure.posting_date, disclosure.posting_days)
    doc.objection(centre)
    doc.issuer(centre, disclosure.notice_date, disclosure.issuers)
    doc.review(disclosure.review)
    doc.verification()
    return doc.build()


def book_record(matter: MatterPrint, disclosures: list[MatterNoticePrint]) -> dict[str, object]:
    """What the record book's content hash covers."""
    return {
        "kind": BOOK_KIND,
        "matter": matter.uuid,
        "meetings": [(m.stage, m.held_on, m.result) for m in matter.meetings],
        "disclosures": [(d.uuid, d.kind, d.phase) for d in disclosures],
    }


def build_record_book(matter: MatterPrint, disclosures: list[MatterNoticePrint], centre: CentreInfo) -> bytes:
    """Six sheets, one per stage, ready to sign and file; stages not yet held print as blank forms."""
    record = book_record(matter, disclosures)
    doc = NoticeDocument(
        title=f"“四议两公开”记录本：{redact_free_text(matter.title)}",
        kind=BOOK_KIND,
        uuid=matter.uuid,
        record=record,
        subject="四议两公开记录本",
    )
    origin_line = f"动议事由：{matter.origin}。{redact_free_text(matter.origin_detail)}"
    for stage in range(1, 5):
        held = [m for m in matter.meetings if stage in m.stages]
        if stage > 1:
            doc.story.append(PageBreak())
        doc.heading(f"第{stage}页　{STAGE_NAMES[stage - 1]}", f"第{stage}页标题")
        doc.paragraph(f"事项：{matter.title}（{matter.category}）", f"第{stage}页事项")
        doc.paragraph(origin_line, f"第{stage}页动议事由")
        if not held:
            _blank_meeting(doc, stage)
            continue
        for m in held:
            _meeting_sheet(doc, m, stage)
    for stage, kind in ((5, "resolution"), (6, "result")):
        doc.story.append(PageBreak())
        doc.heading(f"第{stage}页　{STAGE_NAMES[stage - 1]}", f"第{stage}页标题")
        doc.paragraph(f"事项：{matter.title}（{matter.category}）", f"第{stage}页事项")
        doc.paragraph(origin_line, f"第{stage}页动议事由")
        items = [d for d in disclosures if d.kind == kind]
        if not items:
            doc.paragraph("公开内容：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", f"第{stage}页内容")
            doc.paragraph(
                "公开时间：　　年　月　日至　　年　月　日　　公开形式：村务公开栏", f"第{stage}页时间"
            )
            doc.paragraph("监督意见：＿＿＿＿＿＿＿＿＿＿　监督人（签字）：＿＿＿＿", f"第{stage}页监督意见")
            continue
        for d in items:
            _, end = posting_period(d.posting_date, d.posting_days)
            label = f"第{d.phase}期：" if kind == "result" and len(items) > 1 else ""
            doc.paragraph(f"{label}公开内容：{redact_free_text(d.content)}", f"第{stage}页内容")
            if d.spent_fen is not None:
                doc.paragraph(
                    f"实际支出：{format_yuan(d.spent_fen)}元（大写：{amount_capitals(d.spent_fen)}）",
                    f"第{stage}页支出",
                )
            if d.acceptance:
                doc.paragraph(f"验收结果：{redact_free_text(d.acceptance)}", f"第{stage}页验收")
            doc.paragraph(
                f"公开时间：{chinese_date(d.posting_date)}至{chinese_date(end)}　公开形式：村务公开栏",
                f"第{stage}页时间",
            )
            if d.review is not None:
                doc.paragraph(
                    f"监督意见：{d.review.opinion}　监督人：{d.review.reviewer}　{chinese_date(d.review.date)}",
                    f"第{stage}页监督意见",
                )
            else:
                doc.paragraph(
                    "监督意见：＿＿＿＿＿＿＿＿＿＿　监督人（签字）：＿＿＿＿", f"第{stage}页监督意见"
                )
    doc.verification()
    return doc.build()


def _meeting_sheet(doc: NoticeDocument, m: MeetingSummary, stage: int) -> None:
    where = f"第{stage}页"
    should, present = (m.should_vote, m.voting_present) if stage == 3 else (m.should_attend, m.present)
    ratio = f"{present * 100 // should}%" if should else "—"
    lines = [
        f"会议名称：{m.kind}（{m.result}）",
        f"时间：{chinese_date(m.held_on)} {m.held_at}　地点：{m.place}　形式：{m.form}",
        f"主持人：{m.chair}　记录人：{m.recorder}",
        f"应到{'有表决权党员' if stage == 3 else ''}{should}人，实到{present}人，到会比例{ratio}"
        + (
            f"（另有预备党员等列席{m.present - m.voting_present}人）"
            if stage == 3 and m.present > m.voting_present
            else ""
        ),
        "缺席人员及原因：" + ("；".join(f"{n}（{r}）" for n, r, _ in m.absentees) or "无"),
    ]
    lines += [line for line in (_villagers_line(m), _committee_line(m)) if line]
    votes = {name: WRITTEN_VOTE_NAMES.get(vote, vote) for name, vote, _ in m.written}
    opinions = [(n, o, votes.get(n, "")) for n, _, o in m.absentees if o or n in votes]
    if opinions:
        lines.append(
            "缺席人员书面意见（另行存档）："
            + "；".join(f"{n}：{o}" + (f"（书面表决：{v}）" if v else "") for n, o, v in opinions)
        )
    lines.append("列席人员：" + ("；".join(f"{n}（{t}）" for n, t in m.observers) or "无"))
    lines.append(f"议题：{redact_free_text(m.agenda)}")
    if m.discussion:
        lines.append(f"讨论情况：{redact_free_text(m.discussion)}")
    lines.append(f"表决结果：同意{m.yes}票，反对{m.no}票，弃权{m.abstain}票。")
    if m.written:
        lines.append(_written_summary(m) + "。")
    lines.append(f"形成决议：{redact_free_text(m.resolution)}")
    for i, line in enumerate(lines):
        doc.paragraph(line, f"{where}第{i + 1}项")
    columns = [
        Column("n1", "参会人员", weight=1.2),
        Column("s1", "签名", weight=1.0),
        Column("n2", "参会人员", weight=1.2),
        Column("s2", "签名", weight=1.0),
    ]
    rows = []
    people = m.attendees
    for i in range(0, len(people), 2):
        row: dict[str, object] = {}
        for j, key in enumerate(("1", "2")):
            if i + j < len(people):
                name, signed = people[i + j]
                row["n" + key] = name
                row["s" + key] = "已签" if signed else ""
        rows.append(row)
    if rows:
        doc.table(columns, rows, f"{where}签到表")
    if m.scan_sha256:
        doc.paragraph(f"签到表扫描件已存档（SHA-256：{m.scan_sha256[:16]}…）", f"{where}扫描件")


def _blank_meeting(doc: NoticeDocument, stage: int) -> None:
    for i, line in enumerate(
        [
            "时间：　　年　月　日　时　　地点：＿＿＿＿＿＿　形式：＿＿＿＿",
            "主持人：＿＿＿＿　记录人：＿＿＿＿",
            "应到＿＿人，实到＿＿人，到会比例＿＿",
            "缺席人员及原因：＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
            "列席人员：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
            "议题：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
            "表决结果：同意＿＿票，反对＿＿票，弃权＿＿票",
            "形成决议：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
            "参会人员签名：",
        ]
    ):
        doc.paragraph(line, f"第{stage}页空白第{i + 1}项")
