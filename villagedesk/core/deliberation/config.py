"""The 四议两公开 register's village rules: declared once, DOMAIN.md's values as defaults.

Each is read as ``settings.get(session, STAGE3_QUORUM)`` (or from a ``settings.Values`` snapshot
inside the pure rules), never by a string key.
"""

from __future__ import annotations

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.settings import MORE_THAN_HALF, THRESHOLDS, TWO_THIRDS, SettingDef

DEFAULT_MAJOR_MATTERS = [
    # statutory (村民委员会组织法)
    "村干部误工补贴人员及补贴标准",
    "从村集体经济所得收益的使用",
    "村公益事业的兴办和筹资筹劳方案及建设承包方案",
    "土地承包经营方案",
    "村集体经济项目的立项、承包方案",
    "宅基地的使用方案",
    "征地补偿费的使用、分配方案",
    "以借贷、租赁或者其他方式处分村集体财产",
    # common local additions
    "村规民约的制定和修改",
    "村年度工作计划",
    "集体资产购置、处置",
    "救灾救济款物分配",
    "其他重大事项",
]

STAGE1_QUORUM = SettingDef(
    "stage1_quorum", str, MORE_THAN_HALF, QT_TRANSLATE_NOOP("core", "Stage 1 attendance"), THRESHOLDS
)
STAGE1_PASS = SettingDef(
    "stage1_pass",
    str,
    MORE_THAN_HALF,
    QT_TRANSLATE_NOOP("core", "Stage 1 pass (of members who should attend)"),
    THRESHOLDS,
)
STAGE2_QUORUM = SettingDef(
    "stage2_quorum", str, MORE_THAN_HALF, QT_TRANSLATE_NOOP("core", "Stage 2 attendance"), THRESHOLDS
)
STAGE2_PASS = SettingDef(
    "stage2_pass",
    str,
    MORE_THAN_HALF,
    QT_TRANSLATE_NOOP("core", "Stage 2 pass (of members present)"),
    THRESHOLDS,
)
STAGE3_QUORUM = SettingDef(
    "stage3_quorum",
    str,
    TWO_THIRDS,
    QT_TRANSLATE_NOOP("core", "Party members' meeting attendance"),
    THRESHOLDS,
)
PARTY_NOTICE_DAYS = SettingDef(
    "party_notice_days",
    int,
    3,
    QT_TRANSLATE_NOOP("core", "Days ahead Party members get the plan"),
    minimum=0,
    maximum=30,
)
VILLAGERS_NOTICE_DAYS = SettingDef(
    "villagers_notice_days",
    int,
    10,
    QT_TRANSLATE_NOOP("core", "Days ahead a villagers' meeting is announced"),
    minimum=0,
    maximum=60,
)
PROCESS_LIMIT_DAYS = SettingDef(
    "process_limit_days",
    int,
    20,
    QT_TRANSLATE_NOOP("core", "Whole-process limit (days)"),
    minimum=1,
    maximum=365,
)
MAJOR_MATTER_THRESHOLD_FEN = SettingDef(
    "major_matter_threshold_fen",
    int,
    5_000_000,
    QT_TRANSLATE_NOOP("core", "Amount above which any matter is major (yuan)"),
    minimum=0,
    money=True,
)
ABSENTEE_OPINIONS_COUNT = SettingDef(
    "absentee_opinions_count",
    bool,
    False,
    QT_TRANSLATE_NOOP("core", "Absentees' written opinions count as votes"),
)
MAJOR_MATTERS = SettingDef(
    "major_matters", list, DEFAULT_MAJOR_MATTERS, QT_TRANSLATE_NOOP("core", "Major-matters list")
)

SETTINGS = (
    STAGE1_QUORUM,
    STAGE1_PASS,
    STAGE2_QUORUM,
    STAGE2_PASS,
    STAGE3_QUORUM,
    PARTY_NOTICE_DAYS,
    VILLAGERS_NOTICE_DAYS,
    PROCESS_LIMIT_DAYS,
    MAJOR_MATTER_THRESHOLD_FEN,
    ABSENTEE_OPINIONS_COUNT,
    MAJOR_MATTERS,
)
