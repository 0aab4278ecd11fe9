"""村务公开's settings (DOMAIN.md §2 defaults), default catalogue and the texts of its refusals."""

from __future__ import annotations

from typing import Any

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.settings import SettingDef

REG = QT_TRANSLATE_NOOP("core", "Village affairs disclosure")

# One catalogue row per line: 事项｜类别｜周期｜保管期限. 周期: 月 / 季 / 年 / 临时 / 财务 (the village's
# finance period setting) / 临时+季 (ad hoc, plus quarterly progress).
DEFAULT_CATALOGUE = [
    "财务收支明细｜财务｜财务｜30年",
    "集体资产、资源处置｜财务｜临时｜永久",
    "工程项目及资金使用｜财务｜临时+季｜永久",
    "低保、特困、残疾人补贴名单｜村务｜季｜10年",
    "救助慰问（含关爱资金）｜村务｜季｜10年",
    "宅基地审批｜村务｜临时｜永久",
    "公益事业筹资筹劳｜村务｜临时｜30年",
    "年度工作计划及完成情况｜村务｜年｜30年",
    "两委分工及联系方式｜村务｜年｜10年",
    "村规民约、自治章程｜村务｜临时｜永久",
    "组织设置及党员情况｜党务｜年｜30年",
    "发展党员｜党务｜临时｜永久",
    "党费收缴｜党务｜季｜30年",
    "民主评议党员｜党务｜年｜30年",
]

CATALOGUE = SettingDef(
    "disclosure_catalogue",
    list,
    DEFAULT_CATALOGUE,
    QT_TRANSLATE_NOOP("core", "Disclosure catalogue (item｜category｜period｜retention)"),
)
POSTING_DAY = SettingDef(
    "disclosure_posting_day",
    int,
    20,
    QT_TRANSLATE_NOOP("core", "Disclosure posting day of the month"),
    minimum=1,
    maximum=28,
)
# 按月 or 按季: a choice (stored as false / true under its first key, so a village's choice and the
# packages it sent stay valid); the calendar, the editor and the township overview follow it
FINANCE_QUARTERLY = SettingDef(
    "disclosure_finance_quarterly",
    bool,
    False,
    QT_TRANSLATE_NOOP("core", "Finance disclosure period"),
    choices=(False, True),
    choice_labels=(QT_TRANSLATE_NOOP("core", "monthly"), QT_TRANSLATE_NOOP("core", "quarterly")),
)
SPLIT_AFFAIRS = SettingDef(
    "disclosure_split_affairs",
    bool,
    False,
    QT_TRANSLATE_NOOP("core", "Split village affairs into 政务 and 事务"),
)
AD_HOC_DAYS = SettingDef(
    "disclosure_ad_hoc_days",
    int,
    7,
    QT_TRANSLATE_NOOP("core", "Ad hoc disclosure within (days of the event)"),
    minimum=1,
    maximum=30,
)
ANSWER_DAYS = SettingDef(
    "disclosure_answer_days",
    int,
    10,
    QT_TRANSLATE_NOOP("core", "Answer a query within (days)"),
    minimum=1,
    maximum=60,
)
TOWNSHIP_ANSWER_DAYS = SettingDef(
    "disclosure_township_answer_days",
    int,
    20,
    QT_TRANSLATE_NOOP("core", "Township answers an escalated query within (days)"),
    minimum=1,
    maximum=90,
)
SETTINGS: tuple[SettingDef[Any], ...] = (
    CATALOGUE,
    POSTING_DAY,
    FINANCE_QUARTERLY,
    SPLIT_AFFAIRS,
    AD_HOC_DAYS,
    ANSWER_DAYS,
    TOWNSHIP_ANSWER_DAYS,
)

CATEGORIES = ("党务", "村务", "财务")
SPLIT_CATEGORIES = ("党务", "政务", "事务", "财务")
RETENTIONS = ("永久", "30年", "10年")
CHANNELS = ("来访", "电话", "书面", "意见箱", "网格员转交")

# -- field labels ------------------------------------------------------------------------------------
F_DISCLOSURE = QT_TRANSLATE_NOOP("core", "Disclosure")
F_CATEGORY = QT_TRANSLATE_NOOP("core", "Category")
F_ITEM = QT_TRANSLATE_NOOP("core", "Catalogue item")
F_PERIOD = QT_TRANSLATE_NOOP("core", "Period")
F_PERIOD_END = QT_TRANSLATE_NOOP("core", "End of period")
F_EVENT_DATE = QT_TRANSLATE_NOOP("core", "Date of the event")
F_TITLE = QT_TRANSLATE_NOOP("core", "Title")
F_LEAD = QT_TRANSLATE_NOOP("core", "Lead paragraph")
F_CONTENT = QT_TRANSLATE_NOOP("core", "Content")
F_NOTICE_DATE = QT_TRANSLATE_NOOP("core", "Date of issue")
F_POSTING_DATE = QT_TRANSLATE_NOOP("core", "Posting date")
F_POSTING_DAYS = QT_TRANSLATE_NOOP("core", "Posting period (days)")
F_OPENING = QT_TRANSLATE_NOOP("core", "Opening balance")
F_OPENING_REASON = QT_TRANSLATE_NOOP("core", "Reason the opening balance differs")
F_CLOSING = QT_TRANSLATE_NOOP("core", "Closing balance")
F_LINES = QT_TRANSLATE_NOOP("core", "Ledger lines")
F_LINE_ITEM = QT_TRANSLATE_NOOP("core", "Line {row}: income or expenditure item")
F_LINE_AMOUNT = QT_TRANSLATE_NOOP("core", "Line {row}: amount")
F_LINE_DIRECTION = QT_TRANSLATE_NOOP("core", "Line {row}: income or expenditure")
F_LINE_HANDLER = QT_TRANSLATE_NOOP("core", "Line {row}: handled by")
F_REVIEWER = QT_TRANSLATE_NOOP("core", "Reviewer")
F_RETURN_REASON = QT_TRANSLATE_NOOP("core", "Reason for sending it back")
F_CORRECTION_REASON = QT_TRANSLATE_NOOP("core", "Reason for the correction")
F_ATTACHMENT = QT_TRANSLATE_NOOP("core", "Attachment")
F_TAKEN_DOWN = QT_TRANSLATE_NOOP("core", "Taken down on")
F_FEEDBACK_WHO = QT_TRANSLATE_NOOP("core", "Who raised it")
F_FEEDBACK_DATE = QT_TRANSLATE_NOOP("core", "Received on")
F_FEEDBACK_CHANNEL = QT_TRANSLATE_NOOP("core", "Channel")
F_FEEDBACK_CONTENT = QT_TRANSLATE_NOOP("core", "Query or objection")
F_ANSWER = QT_TRANSLATE_NOOP("core", "Answer")
F_ANSWER_DATE = QT_TRANSLATE_NOOP("core", "Answered on")
F_TOWNSHIP_CHECK = QT_TRANSLATE_NOOP("core", "Township accounting station check")

# -- rules ---------------------------------------------------------------------------------------------
R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("core", "{value} is not one of {allowed}")
R_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("core", "{value} is not in the disclosure catalogue")
R_ITEM_CATEGORY = QT_TRANSLATE_NOOP("core", "{item} belongs to {category}, not {value}")
R_END_BEFORE_START = QT_TRANSLATE_NOOP("core", "the period ends on {end}, before it starts on {start}")
R_PERIOD_SHAPE = QT_TRANSLATE_NOOP(
    "core", "{start} to {end} is not a whole {kind}; a periodic disclosure covers one calendar {kind}"
)
R_POST_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "core", "{posting} is before the date of issue {issued}; a notice is posted after it is issued"
)
R_DAYS = QT_TRANSLATE_NOOP("core", "must be from 1 to 90 days, got {value}")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "must be at most {max} characters")
R_LEDGER_ONLY_FINANCE = QT_TRANSLATE_NOOP("core", "only a finance disclosure has ledger lines")
R_NO_LINES = QT_TRANSLATE_NOOP("core", "a finance disclosure needs at least one line")
R_DIRECTION = QT_TRANSLATE_NOOP("core", "must be 收入 or 支出, got {value}")
R_NOT_ADDING_UP = QT_TRANSLATE_NOOP(
    "core",
    "{closing} does not add up: opening {opening} + income {income} − expenditure {expenditure} = {expected}",
)
R_OPENING_DIFFERS = QT_TRANSLATE_NOOP(
    "core",
    "{value} differs from the closing balance {previous} of the previous period ({period}); record the reason",
)
R_LOCKED = QT_TRANSLATE_NOOP(
    "core", "this disclosure was posted on {day} and can never be changed; make a correction notice instead"
)
R_NOT_DRAFT = QT_TRANSLATE_NOOP("core", "is {status}; only a draft can be sent for review")
R_NOT_PENDING = QT_TRANSLATE_NOOP("core", "is {status}; only a disclosure waiting for review can be reviewed")
R_NEEDS_REVIEW = QT_TRANSLATE_NOOP(
    "core", "has not been reviewed and signed by the supervision committee; it cannot be posted"
)
R_OWN_DRAFT = QT_TRANSLATE_NOOP("core", "{name} drafted this disclosure and may not review it")
R_OWN_LINE = QT_TRANSLATE_NOOP("core", "{name} handled line {row} of this disclosure and may not review it")
R_VILLAGE_COMMITTEE = QT_TRANSLATE_NOOP(
    "core",
    "{name} is a member of the villagers' committee on {day} and may not sit on the supervision committee",
)
R_CORRECT_POSTED = QT_TRANSLATE_NOOP("core", "only a posted disclosure can be corrected")
R_NOT_POSTED = QT_TRANSLATE_NOOP("core", "has not been posted")
R_BEFORE_POSTED = QT_TRANSLATE_NOOP("core", "{value} is before the day it was posted ({posted})")
R_FUTURE = QT_TRANSLATE_NOOP("core", "{value} is in the future (today is {today})")
R_SCAN_KIND = QT_TRANSLATE_NOOP("core", "{name} is not a PDF, JPEG or PNG file")
R_SCAN_READ = QT_TRANSLATE_NOOP("core", "{name} cannot be read")
R_SCAN_SIZE = QT_TRANSLATE_NOOP("core", "{name} is larger than 20 MB")
R_ALREADY_ANSWERED = QT_TRANSLATE_NOOP("core", "this query was already answered on {day}")
R_ALREADY_ESCALATED = QT_TRANSLATE_NOOP("core", "this query was already sent to the township on {day}")
R_ANSWER_BEFORE = QT_TRANSLATE_NOOP("core", "{value} is before the query was received ({received})")

# -- due on the home page ---------------------------------------------------------------------------
D_DUE = QT_TRANSLATE_NOOP("core", "{item} for {period} is due on {day}")
D_OVERDUE = QT_TRANSLATE_NOOP("core", "{item} for {period} was due on {day}: {days} days overdue")
D_POSTED = QT_TRANSLATE_NOOP("core", "“{title}” is on the board until {day}")
D_REVIEW = QT_TRANSLATE_NOOP("core", "“{title}” waits for the supervision committee's review")
D_ANSWER_OVERDUE = QT_TRANSLATE_NOOP(
    "core", "a query about “{title}” received on {day} was to be answered by {deadline}: {days} days overdue"
)
D_TOWNSHIP_OVERDUE = QT_TRANSLATE_NOOP(
    "core", "the township's answer to a query about “{title}” was due on {deadline}: {days} days overdue"
)
