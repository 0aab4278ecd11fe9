"""General notices (通用公告): 停水通知, 会议通知, 征求意见 and the like.

A draft can be edited; printing it for posting locks it. Changing a posted notice makes a new
revision linked to the old one, which stays as it was posted.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, NotFoundError, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.register import Count, RecordType, Register
from villagedesk.core.users import Action, require
from villagedesk.db.models import GeneralNotice, Issuer

if TYPE_CHECKING:
    from villagedesk.core.demo import DemoSummary

F_TITLE = QT_TRANSLATE_NOOP("core", "Title")
F_BODY = QT_TRANSLATE_NOOP("core", "Text")
F_TABLE = QT_TRANSLATE_NOOP("core", "Table")
F_NOTICE_DATE = QT_TRANSLATE_NOOP("core", "Date of issue")
F_POSTING_DATE = QT_TRANSLATE_NOOP("core", "Posting date")
F_POSTING_DAYS = QT_TRANSLATE_NOOP("core", "Posting period (days)")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "must be at most {max} characters")
R_DAYS = QT_TRANSLATE_NOOP("core", "must be from 1 to 90 days, got {value}")
R_POST_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "core", "{posting} is before the date of issue {issued}; a notice is posted after it is issued"
)
R_TABLE_COLUMNS = QT_TRANSLATE_NOOP("core", "must have 1 to 8 columns, got {count}")
R_TABLE_HEADER = QT_TRANSLATE_NOOP("core", "column {column} has no heading")
R_TABLE_ROW = QT_TRANSLATE_NOOP("core", "row {row} has {got} cells but the table has {want} columns")
R_TABLE_ROWS = QT_TRANSLATE_NOOP("core", "must have at least one row and at most {max}")
R_TABLE_CELL = QT_TRANSLATE_NOOP("core", "row {row}, column {column} is longer than {max} characters")
R_LOCKED = QT_TRANSLATE_NOOP(
    "core", "this notice was posted on {day} and is locked; make a new revision to change it"
)
R_NOT_CURRENT = QT_TRANSLATE_NOOP("core", "revision {revision} has already been replaced by a newer revision")

MAX_ROWS = 200


@dataclass
class NoticeTable:
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def to_json(self) -> str:
        return (
            json.dumps({"headers": self.headers, "rows": self.rows}, ensure_ascii=False)
            if self.headers
            else ""
        )

    @classmethod
    def from_json(cls, text: str) -> NoticeTable | None:
        if not text:
            return None
        data = json.loads(text)
        return cls(list(data["headers"]), [list(r) for r in data["rows"]])


@dataclass
class GeneralNoticeData:
    title: str
    body: str
    notice_date: dt.date | None
    posting_date: dt.date | None
    posting_days: int = 7
    issuer: Issuer = Issuer.COMMITTEE
    table: NoticeTable | None = None

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.splitlines() if p.strip()]


def validate_notice(data: GeneralNoticeData) -> GeneralNoticeData:
    errors = Collector()
    title = " ".join(data.title.split())
    check_text(title, F_TITLE, errors, 60)
    body = "\n".join(p.strip() for p in data.body.strip().splitlines())
    check_text(body, F_BODY, errors, 8000)
    _check_dates(data, errors)
    table = _check_table(data.table, errors)
    errors.raise_if_any()
    return GeneralNoticeData(
        title, body, data.notice_date, data.posting_date, data.posting_days, data.issuer, table
    )


def _check_dates(data: GeneralNoticeData, errors: Collector) -> None:
    if data.notice_date is None:
        errors.add(F_NOTICE_DATE, R_REQUIRED)
    if data.posting_date is None:
        errors.add(F_POSTING_DATE, R_REQUIRED)
    if data.notice_date and data.posting_date and data.posting_date < data.notice_date:
        errors.add(
            F_POSTING_DATE,
            R_POST_BEFORE_ISSUE,
            posting=data.posting_date.isoformat(),
            issued=data.notice_date.isoformat(),
        )
    if not isinstance(data.posting_days, int) or not 1 <= data.posting_days <= 90:
        errors.add(F_POSTING_DAYS, R_DAYS, value=data.posting_days)


def _check_table(table: NoticeTable | None, errors: Collector) -> NoticeTable | None:
    if table is None or not (table.headers or table.rows):
        return None
    headers = [h.strip() for h in table.headers]
    rows = [[str(c).strip() for c in r] for r in table.rows if any(str(c).strip() for c in r)]
    if not 1 <= len(headers) <= 8:
        errors.add(F_TABLE, R_TABLE_COLUMNS, count=len(headers))
    for i, header in enumerate(headers, 1):
        if not header:
            errors.add(F_TABLE, R_TABLE_HEADER, column=i)
    if not 1 <= len(rows) <= MAX_ROWS:
        errors.add(F_TABLE, R_TABLE_ROWS, max=MAX_ROWS)
    for r, row in enumerate(rows, 1):
        if len(row) != len(headers):
            errors.add(F_TABLE, R_TABLE_ROW, row=r, got=len(row), want=len(headers))
        for c, cell in enumerate(row, 1):
            if len(cell) > 200:
                errors.add(F_TABLE, R_TABLE_CELL, row=r, column=c, max=200)
    return NoticeTable(headers, rows)


def get_notice(session: Session, notice_id: int) -> GeneralNotice:
    notice = session.get(GeneralNotice, notice_id)
    if notice is None or notice.deleted:
        raise NotFoundError(f"general notice {notice_id}")
    return notice


def _apply(notice: GeneralNotice, data: GeneralNoticeData) -> None:
    values = {
        "title": data.title,
        "body": data.body,
        "table_json": data.table.to_json() if data.table else "",
        "issuer": data.issuer,
        "notice_date": data.notice_date,
        "posting_date": data.posting_date,
        "posting_days": data.posting_days,
    }
    for key, value in values.items():
        if getattr(notice, key) != value:
            setattr(notice, key, value)


def create_notice(session: Session, data: GeneralNoticeData) -> GeneralNotice:
    require(session, Action.EDIT_RECORDS)
    data = validate_notice(data)
    notice = GeneralNotice(revision=1)
    _apply(notice, data)
    session.add(notice)
    session.flush()
    return notice


def successor(session: Session, notice: GeneralNotice) -> GeneralNotice | None:
    return session.scalars(
        select(GeneralNotice).where(
            GeneralNotice.supersedes_id == notice.id, GeneralNotice.deleted.is_(False)
        )
    ).first()


def update_notice(session: Session, notice_id: int, data: GeneralNoticeData) -> GeneralNotice:
    """Edit a draft in place; a posted notice refuses (use ``revise_notice``)."""
    require(session, Action.EDIT_RECORDS)
    data = validate_notice(data)
    notice = get_notice(session, notice_id)
    if notice.posted_on is not None:
        raise ValidationError.single(F_TITLE, R_LOCKED, day=notice.posted_on.isoformat())
    _apply(notice, data)
    session.flush()
    return notice


def revise_notice(session: Session, notice_id: int, data: GeneralNoticeData) -> GeneralNotice:
    """A posted notice stays as posted; the change becomes a new draft revision linked to it."""
    require(session, Action.EDIT_RECORDS)
    data = validate_notice(data)
    old = get_notice(session, notice_id)
    if successor(session, old) is not None:
        raise ValidationError.single(F_TITLE, R_NOT_CURRENT, revision=old.revision)
    if old.posted_on is None:
        return update_notice(session, notice_id, data)
    new = GeneralNotice(revision=old.revision + 1, supersedes_id=old.id)
    _apply(new, data)
    session.add(new)
    session.flush()
    return new


def mark_posted(
    session: Session, notice_id: int, day: dt.date, actor: str, content_hash: str
) -> GeneralNotice:
    require(session, Action.POST)
    notice = get_notice(session, notice_id)
    if notice.posted_on is None:
        notice.posted_on = day
        notice.posted_by = actor
    if content_hash and not notice.content_hash:
        notice.content_hash = content_hash
    session.flush()
    return notice


def remove_draft(session: Session, notice_id: int) -> None:
    require(session, Action.EDIT_RECORDS)
    notice = get_notice(session, notice_id)
    if notice.posted_on is not None:
        raise ValidationError.single(F_TITLE, R_LOCKED, day=notice.posted_on.isoformat())
    notice.deleted = True
    session.flush()


def notice_data(notice: GeneralNotice) -> GeneralNoticeData:
    return GeneralNoticeData(
        notice.title,
        notice.body,
        notice.notice_date,
        notice.posting_date,
        notice.posting_days,
        notice.issuer,
        NoticeTable.from_json(notice.table_json),
    )


def current_notices(session: Session, year: int | None = None, text: str = "") -> list[GeneralNotice]:
    """The newest revision of every notice, newest first; a posted revision stays listed while the
    revision after it is still a draft (what is on the board must not vanish from the list)."""
    newer = aliased(GeneralNotice)
    stmt = select(GeneralNotice).where(
        GeneralNotice.deleted.is_(False),
        ~select(newer.id)
        .where(
            newer.supersedes_id == GeneralNotice.id,
            newer.deleted.is_(False),
            or_(GeneralNotice.posted_on.is_(None), newer.posted_on.is_not(None)),
        )
        .exists(),
    )
    if year:
        stmt = stmt.where(
            GeneralNotice.notice_date >= dt.date(year, 1, 1),
            GeneralNotice.notice_date <= dt.date(year, 12, 31),
        )
    if text.strip():
        stmt = stmt.where(GeneralNotice.title.contains(text.strip()))
    return list(session.scalars(stmt.order_by(GeneralNotice.notice_date.desc(), GeneralNotice.id.desc())))


def history(session: Session, notice_id: int) -> list[GeneralNotice]:
    """All revisions of a notice, oldest first."""
    chain = [get_notice(session, notice_id)]
    while chain[0].supersedes_id is not None:
        chain.insert(0, session.get(GeneralNotice, chain[0].supersedes_id))  # type: ignore[arg-type]
    nxt = successor(session, chain[-1])
    while nxt is not None:
        chain.append(nxt)
        nxt = successor(session, nxt)
    return chain


# -- demo ------------------------------------------------------------------------------------------
def fill_demo(session: Session, rng: random.Random, today: dt.date, years: int, summary: DemoSummary) -> None:
    """The register's share of `villagedesk demo`: a few notices, one of them revised."""
    from villagedesk.core.demo import GIVEN, GROUPS, SURNAMES

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    water = create_notice(
        session,
        GeneralNoticeData(
            title="关于冬季农村饮水管网检修临时停水的通知",
            body="因镇自来水厂对本村主管网进行冬季检修，经村民委员会研究，现将停水安排通知如下：\n"
            "一、停水时间\n"
            f"{day(20).year}年{day(20).month}月{day(20).day}日8时至18时。如遇特殊情况顺延，另行通知。\n"
            "二、停水范围\n（一）一组至四组全部农户；\n（二）村党群服务中心、卫生室和农家书屋。\n"
            "请各户提前做好储水准备，独居老人由网格员上门告知。",
            notice_date=day(25),
            posting_date=day(25),
            posting_days=5,
            issuer=Issuer.COMMITTEE,
            table=NoticeTable(
                ["村民小组", "网格员", "停水时段"],
                [[f"{g}", f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}", "8时至18时"] for g in GROUPS[:4]],
            ),
        ),
    )
    mark_posted(session, water.id, day(25), "admin", "")
    meeting = create_notice(
        session,
        GeneralNoticeData(
            title="关于召开村民代表会议的通知",
            body="各位村民代表：\n经村党组织提议、村“两委”会议商议，定于近期召开村民代表会议，审议村级公益事业建设项目有关事项。"
            "请各位代表准时参加，因故不能参加的请提前向村委会请假，并可提交书面意见。\n"
            "一、会议时间：另行电话通知。\n二、会议地点：村党群服务中心二楼会议室。",
            notice_date=day(8),
            posting_date=day(8),
            posting_days=10,
            issuer=Issuer.BOTH,
        ),
    )
    mark_posted(session, meeting.id, day(8), "admin", "")
    revise_notice(
        session,
        meeting.id,
        GeneralNoticeData(
            title="关于召开村民代表会议的通知",
            body="各位村民代表：\n经村党组织提议、村“两委”会议商议，定于近期召开村民代表会议，审议村级公益事业建设项目有关事项。"
            "请各位代表准时参加，因故不能参加的请提前向村委会请假，并可提交书面意见。\n"
            f"一、会议时间：{day(-3).month}月{day(-3).day}日上午9时。\n二、会议地点：村党群服务中心二楼会议室。",
            notice_date=day(6),
            posting_date=day(6),
            posting_days=10,
            issuer=Issuer.BOTH,
        ),
    )
    create_notice(
        session,
        GeneralNoticeData(
            title="关于修订《新桥村村规民约》公开征求意见的公告",
            body="为进一步推进移风易俗、加强村民自治，村民委员会起草了《新桥村村规民约（修订草案）》，现公开征求全体村民意见。\n"
            "一、征求意见时间：自公告之日起十五日内。\n"
            "二、意见反映方式：可到村党群服务中心书面提出，也可向所在村民小组长反映。",
            notice_date=today,
            posting_date=today,
            posting_days=15,
            issuer=Issuer.BOTH,
        ),
    )
    summary.counts["通用公告"] = len(current_notices(session))


# -- the register ------------------------------------------------------------------------------------
REGISTER = Register(
    key="general_notice",
    title=QT_TRANSLATE_NOOP("core", "General notices"),
    record_types=(
        RecordType("general_notice", GeneralNotice, free_text=frozenset({"title", "body", "table_json"})),
    ),
    demo=fill_demo,
    counts=(Count("notices", "general_notice", QT_TRANSLATE_NOOP("core", "notices")),),
    document_prefixes=("general",),
)
