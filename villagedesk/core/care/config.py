"""The 暖心关怀 register's settings (DOMAIN.md section 4 defaults), field labels, rules and the
festival calendar it needs without a network (七一, 元旦 and the 春节 table)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.settings import SettingDef

REG = QT_TRANSLATE_NOOP("core", "Care targets")

PARTY_CATEGORIES_DEFAULT = ["困难党员", "老党员", "离任村干部"]
CATEGORIES_DEFAULT = [
    *PARTY_CATEGORIES_DEFAULT,
    "低保",
    "特困",
    "低保边缘",
    "残疾人",
    "留守儿童",
    "独居老人",
    "空巢老人",
    "留守老人",
    "失能/重残老人",
]
SPECIAL_DEFAULT = ["特困", "低保", "独居老人", "空巢老人", "留守老人", "失能/重残老人"]
OCCASIONS_DEFAULT = ["春节", "七一", "元旦", "住院", "灾情", "丧事", "日常", "电话/视频"]
FUNDS_DEFAULT = ["市县关爱基金", "村级关爱资金", "党费划拨"]

CATEGORIES = SettingDef(
    "care_categories", list, CATEGORIES_DEFAULT, QT_TRANSLATE_NOOP("core", "Care categories")
)
PARTY_CATEGORIES = SettingDef(
    "care_party_categories",
    list,
    PARTY_CATEGORIES_DEFAULT,
    QT_TRANSLATE_NOOP("core", "Care categories visited at 七一 and 春节 (Party side)"),
)
SPECIAL_CATEGORIES = SettingDef(
    "care_special_categories",
    list,
    SPECIAL_DEFAULT,
    QT_TRANSLATE_NOOP("core", "Categories of special-hardship elderly"),
)
SPECIAL_AGE = SettingDef(
    "care_special_age",
    int,
    60,
    QT_TRANSLATE_NOOP("core", "Age from which a target counts as special-hardship elderly"),
    minimum=50,
    maximum=80,
)
OCCASIONS = SettingDef(
    "care_occasions", list, OCCASIONS_DEFAULT, QT_TRANSLATE_NOOP("core", "Visit occasions")
)
FUNDS = SettingDef("care_funds", list, FUNDS_DEFAULT, QT_TRANSLATE_NOOP("core", "Care funds"))
REVIEW_DAYS = SettingDef(
    "care_review_days",
    int,
    180,
    QT_TRANSLATE_NOOP("core", "Review each care target every (days)"),
    minimum=30,
    maximum=730,
)
FESTIVAL_DAYS = SettingDef(
    "care_festival_days",
    int,
    30,
    QT_TRANSLATE_NOOP("core", "Party-side visits fall within this many days before 七一 and 春节"),
    minimum=1,
    maximum=60,
)
RETENTION_YEARS = SettingDef(
    "care_retention_years",
    int,
    3,
    QT_TRANSLATE_NOOP("core", "Erase sensitive details of exited care targets after (years)"),
    minimum=1,
    maximum=30,
)
SETTINGS: tuple[SettingDef[Any], ...] = (
    CATEGORIES,
    PARTY_CATEGORIES,
    SPECIAL_CATEGORIES,
    SPECIAL_AGE,
    OCCASIONS,
    FUNDS,
    REVIEW_DAYS,
    FESTIVAL_DAYS,
    RETENTION_YEARS,
)

# -- fields -------------------------------------------------------------------------------------
F_NAME = QT_TRANSLATE_NOOP("core", "Name")
F_SEX = QT_TRANSLATE_NOOP("core", "Sex")
F_BIRTH = QT_TRANSLATE_NOOP("core", "Birth date")
F_GROUP = QT_TRANSLATE_NOOP("core", "Villagers' group")
F_PHONE = QT_TRANSLATE_NOOP("core", "Mobile phone")
F_CATEGORIES = QT_TRANSLATE_NOOP("core", "Care categories")
F_DIFFICULTY = QT_TRANSLATE_NOOP("core", "Difficulties")
F_HEALTH = QT_TRANSLATE_NOOP("core", "Health")
F_HELPER = QT_TRANSLATE_NOOP("core", "Paired helper")
F_PARTY_JOINED = QT_TRANSLATE_NOOP("core", "Joined the Party")
F_PARTY_FULL = QT_TRANSLATE_NOOP("core", "Became a full Party member")
F_ADDED_ON = QT_TRANSLATE_NOOP("core", "Added to the list on")
F_REASON = QT_TRANSLATE_NOOP("core", "Reason")
F_EXIT_ON = QT_TRANSLATE_NOOP("core", "Exit date")
F_NEXT_REVIEW = QT_TRANSLATE_NOOP("core", "Next review")
F_VISIT_DATE = QT_TRANSLATE_NOOP("core", "Visit date")
F_VISITORS = QT_TRANSLATE_NOOP("core", "Visitors")
F_OCCASION = QT_TRANSLATE_NOOP("core", "Occasion")
F_FINDINGS = QT_TRANSLATE_NOOP("core", "Findings")
F_NEEDS = QT_TRANSLATE_NOOP("core", "Needs")
F_FOLLOW_UP = QT_TRANSLATE_NOOP("core", "Follow-up date")
F_FUND = QT_TRANSLATE_NOOP("core", "Fund")
F_AMOUNT = QT_TRANSLATE_NOOP("core", "Amount (yuan)")
F_ITEM = QT_TRANSLATE_NOOP("core", "Item")
F_SOURCE = QT_TRANSLATE_NOOP("core", "Source of funds")
F_HANDLER = QT_TRANSLATE_NOOP("core", "Handled by")
F_DATE = QT_TRANSLATE_NOOP("core", "Date")
F_APPROVER = QT_TRANSLATE_NOOP("core", "Approved by")
F_VOUCHER = QT_TRANSLATE_NOOP("core", "Voucher number")
F_SIGNED = QT_TRANSLATE_NOOP("core", "Signed by the recipient")
F_DISBURSEMENT = QT_TRANSLATE_NOOP("core", "Disbursement")
F_TARGET = QT_TRANSLATE_NOOP("core", "Care target")
F_CARE_SHEET = QT_TRANSLATE_NOOP("core", "Care-target sheet")

# -- rules --------------------------------------------------------------------------------------
R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_FUTURE = QT_TRANSLATE_NOOP("core", "{value} is in the future; it cannot be later than today ({today})")
R_ID_BIRTH = QT_TRANSLATE_NOOP(
    "core", "{value} does not agree with the identity number, which gives {expected}"
)
R_ID_SEX = QT_TRANSLATE_NOOP(
    "core", "{value} does not agree with the identity number, which gives {expected}"
)
R_DUPLICATE = QT_TRANSLATE_NOOP("core", "{masked} is already on the care list for {name}")
R_UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("core", "{value} is not one of the care categories: {known}")
R_UNKNOWN_OCCASION = QT_TRANSLATE_NOOP("core", "{value} is not one of the visit occasions: {known}")
R_MOBILE = QT_TRANSLATE_NOOP("core", "{value} is not an 11-digit mobile number starting with 1")
R_FULL_BEFORE_JOIN = QT_TRANSLATE_NOOP(
    "core", "{value} is before the day of joining ({joined}); a member becomes full after joining"
)
R_ALREADY_EXITED = QT_TRANSLATE_NOOP("core", "{name} already left the list on {day}")
R_EXIT_BEFORE_ADD = QT_TRANSLATE_NOOP("core", "{value} is before the day {name} was added ({added})")
R_VISIT_EXITED = QT_TRANSLATE_NOOP(
    "core", "{name} left the care list on {day}; a later visit cannot be recorded"
)
R_VISIT_BEFORE_ADD = QT_TRANSLATE_NOOP("core", "{value} is before {name} was added to the list ({added})")
R_FOLLOW_BEFORE = QT_TRANSLATE_NOOP("core", "{value} is before the visit date")
R_ALREADY_REVERSED = QT_TRANSLATE_NOOP("core", "this entry was already cancelled on {day}")
R_IS_REVERSAL = QT_TRANSLATE_NOOP("core", "this entry is itself a cancellation and cannot be cancelled")
R_OVER_BALANCE = QT_TRANSLATE_NOOP(
    "core",
    "{amount} yuan is more than {fund} has left ({available} yuan: balance {balance} yuan, of which "
    "{committed} yuan is already approved for other payments); a fund can never go below zero",
)
R_UNKNOWN_FUND = QT_TRANSLATE_NOOP("core", "{value} is not one of the care funds: {known}")
R_WRONG_STATE = QT_TRANSLATE_NOOP("core", "this disbursement is {state}; it cannot be {action} now")
R_PAY_BEFORE_END = QT_TRANSLATE_NOOP(
    "core", "the posting period runs until {end}; payment is made only after it has ended (from {next})"
)
R_BEFORE_STEP = QT_TRANSLATE_NOOP("core", "{value} is before the previous step on {previous}")
R_NOT_SIGNED = QT_TRANSLATE_NOOP(
    "core", "the recipient must have signed for the money before it is recorded as paid"
)
R_NOT_ACTIVE_TARGET = QT_TRANSLATE_NOOP("core", "{name} is not on the care list on {day}")
R_NEEDS_REVIEW = QT_TRANSLATE_NOOP(
    "core",
    "the supervision committee has not reviewed this notice as it now prints; every disclosure is "
    "reviewed and signed before it is posted",
)
R_ERASED = QT_TRANSLATE_NOOP("core", "the sensitive details of {name} were erased on {day}")

A_BRANCH = QT_TRANSLATE_NOOP("core", "approved by the branch")
A_TOWNSHIP = QT_TRANSLATE_NOOP("core", "approved by the township")
A_PAID = QT_TRANSLATE_NOOP("core", "paid")
A_WITHDRAWN = QT_TRANSLATE_NOOP("core", "withdrawn")

STATE_LABELS = {
    "RECORDED": QT_TRANSLATE_NOOP("core", "recorded"),
    "APPLIED": QT_TRANSLATE_NOOP("core", "applied for"),
    "BRANCH_APPROVED": QT_TRANSLATE_NOOP("core", "approved by the branch"),
    "TOWNSHIP_APPROVED": QT_TRANSLATE_NOOP("core", "approved by the township"),
    "POSTED": QT_TRANSLATE_NOOP("core", "posted"),
    "PAID": QT_TRANSLATE_NOOP("core", "paid"),
    "WITHDRAWN": QT_TRANSLATE_NOOP("core", "withdrawn"),
}

# -- due items ------------------------------------------------------------------------------------
D_SPECIAL = QT_TRANSLATE_NOOP(
    "core", "{count} special-hardship elderly not yet visited this month, e.g. {names}"
)
D_FESTIVAL = QT_TRANSLATE_NOOP(
    "core", "{festival} on {day}: {count} Party-side care targets still to visit, e.g. {names}"
)
D_FOLLOW_UP = QT_TRANSLATE_NOOP("core", "Follow-up visit to {name} due on {day}")
D_REVIEW = QT_TRANSLATE_NOOP("core", "{count} care targets due for review, e.g. {names}")
D_PAYMENT = QT_TRANSLATE_NOOP("core", "Care payment to {name} may be paid: its posting period ended on {day}")

# 春节 (the first day of the lunar year), 2020-2040: there is no network to ask, so it is a table.
SPRING_FESTIVAL = {
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
    2031: dt.date(2031, 1, 23),
    2032: dt.date(2032, 2, 11),
    2033: dt.date(2033, 1, 31),
    2034: dt.date(2034, 2, 19),
    2035: dt.date(2035, 2, 8),
    2036: dt.date(2036, 1, 28),
    2037: dt.date(2037, 2, 15),
    2038: dt.date(2038, 2, 4),
    2039: dt.date(2039, 1, 24),
    2040: dt.date(2040, 2, 12),
}


def spring_festival(year: int) -> dt.date | None:
    return SPRING_FESTIVAL.get(year)


def party_day(year: int) -> dt.date:
    return dt.date(year, 7, 1)


def festivals_ahead(today: dt.date, days: int) -> list[tuple[str, dt.date]]:
    """七一 and 春节 falling within ``days`` days from today (today included)."""
    found = []
    for year in (today.year, today.year + 1):
        for name, day in (("七一", party_day(year)), ("春节", spring_festival(year))):
            if day is not None and 0 <= (day - today).days <= days:
                found.append((name, day))
    return sorted(found, key=lambda f: f[1])
