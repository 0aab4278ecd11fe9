"""Village rules that vary by place: declared once here with DOMAIN.md's values as defaults,
stored per centre, and travelling to the township with the rest of the records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import CentreSetting

MORE_THAN_HALF = "more_than_half"
TWO_THIRDS = "two_thirds"
THRESHOLDS = (MORE_THAN_HALF, TWO_THIRDS)

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


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: type
    default: Any
    title: str  # translatable
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None


DEFS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef(
            "stage1_quorum", str, MORE_THAN_HALF, QT_TRANSLATE_NOOP("core", "Stage 1 attendance"), THRESHOLDS
        ),
        SettingDef(
            "stage1_pass",
            str,
            MORE_THAN_HALF,
            QT_TRANSLATE_NOOP("core", "Stage 1 pass (of members who should attend)"),
            THRESHOLDS,
        ),
        SettingDef(
            "stage2_quorum", str, MORE_THAN_HALF, QT_TRANSLATE_NOOP("core", "Stage 2 attendance"), THRESHOLDS
        ),
        SettingDef(
            "stage2_pass",
            str,
            MORE_THAN_HALF,
            QT_TRANSLATE_NOOP("core", "Stage 2 pass (of members present)"),
            THRESHOLDS,
        ),
        SettingDef(
            "stage3_quorum",
            str,
            TWO_THIRDS,
            QT_TRANSLATE_NOOP("core", "Party members' meeting attendance"),
            THRESHOLDS,
        ),
        SettingDef(
            "party_notice_days",
            int,
            3,
            QT_TRANSLATE_NOOP("core", "Days ahead Party members get the plan"),
            minimum=0,
            maximum=30,
        ),
        SettingDef(
            "villagers_notice_days",
            int,
            10,
            QT_TRANSLATE_NOOP("core", "Days ahead a villagers' meeting is announced"),
            minimum=0,
            maximum=60,
        ),
        SettingDef(
            "posting_days",
            int,
            7,
            QT_TRANSLATE_NOOP("core", "Default posting period (days)"),
            minimum=1,
            maximum=90,
        ),
        SettingDef(
            "process_limit_days",
            int,
            20,
            QT_TRANSLATE_NOOP("core", "Whole-process limit (days)"),
            minimum=1,
            maximum=365,
        ),
        SettingDef(
            "major_matter_threshold_fen",
            int,
            5_000_000,
            QT_TRANSLATE_NOOP("core", "Amount above which any matter is major (fen)"),
            minimum=0,
        ),
        SettingDef(
            "absentee_opinions_count",
            bool,
            False,
            QT_TRANSLATE_NOOP("core", "Absentees' written opinions count as votes"),
        ),
        SettingDef(
            "major_matters", list, DEFAULT_MAJOR_MATTERS, QT_TRANSLATE_NOOP("core", "Major-matters list")
        ),
    )
}

F_SETTING = QT_TRANSLATE_NOOP("core", "Setting")
R_BAD_VALUE = QT_TRANSLATE_NOOP("core", "{title}: {value} is not allowed")


def get(session: Session, key: str) -> Any:
    definition = DEFS[key]
    row = session.scalars(select(CentreSetting).where(CentreSetting.key == key)).first()
    if row is None:
        return definition.default
    try:
        return json.loads(row.value_json)
    except ValueError:
        return definition.default


def all_values(session: Session) -> dict[str, Any]:
    return {key: get(session, key) for key in DEFS}


def set_value(session: Session, key: str, value: Any) -> None:
    from villagedesk.core.users import Action, require

    require(session, Action.EDIT_CENTRE)
    store_value(session, key, value)


def store_value(session: Session, key: str, value: Any) -> None:
    """Check and store a setting without the role check: for a value decided elsewhere (the
    township's catalogues, applied with its acknowledgement by a clerk)."""
    definition = DEFS[key]
    ok = isinstance(value, definition.kind) and not (definition.kind is int and isinstance(value, bool))
    if ok and definition.choices:
        ok = value in definition.choices
    if ok and definition.kind is int:
        ok = (definition.minimum is None or value >= definition.minimum) and (
            definition.maximum is None or value <= definition.maximum
        )
    if ok and definition.kind is list:
        ok = all(isinstance(v, str) and v.strip() for v in value) and len(value) > 0
    if not ok:
        raise ValidationError.single(
            F_SETTING, R_BAD_VALUE, title=Translatable(definition.title), value=value
        )
    row = session.scalars(select(CentreSetting).where(CentreSetting.key == key)).first()
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(CentreSetting(key=key, value_json=text))
    elif row.value_json != text:
        row.value_json = text
    session.flush()
