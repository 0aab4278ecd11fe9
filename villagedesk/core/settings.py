"""Village rules that vary by place: each part of the desk declares its own (``Part.settings``) with
DOMAIN.md's values as defaults; they are stored per centre and travel to the township with the
rest of the records. Read them as ``get(session, POSTING_DAYS)``: typed, never by a string key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import CentreSetting

MORE_THAN_HALF = "more_than_half"
TWO_THIRDS = "two_thirds"
THRESHOLDS = (MORE_THAN_HALF, TWO_THIRDS)

T = TypeVar("T")


@dataclass(frozen=True)
class SettingDef(Generic[T]):
    key: str  # stored and sent in packages: never renamed
    kind: type
    default: T
    title: str  # translatable
    choices: tuple[Any, ...] = ()
    choice_labels: tuple[str, ...] = ()  # translatable, one per choice: what the settings page shows
    minimum: int | None = None
    maximum: int | None = None
    money: bool = False  # an int amount in fen, entered as yuan
    admin_only: bool = False  # only an administrator changes it (a rule about sign-in itself)


POSTING_DAYS = SettingDef(
    "posting_days",
    int,
    7,
    QT_TRANSLATE_NOOP("core", "Default posting period (days)"),
    minimum=1,
    maximum=90,
)
# The shortest PIN a user may choose. An administrator may only raise it; a PIN shorter than the
# setting must be changed at its owner's next sign-in.
PIN_MIN_LENGTH = SettingDef(
    "pin_min_length",
    int,
    6,
    QT_TRANSLATE_NOOP("core", "Shortest PIN (digits)"),
    minimum=6,
    maximum=12,
    admin_only=True,
)
SPINE_SETTINGS: tuple[SettingDef[Any], ...] = (POSTING_DAYS, PIN_MIN_LENGTH)


def defs() -> dict[str, SettingDef[Any]]:
    """Every declared setting, from the manifests (imported when first needed)."""
    from villagedesk.registers import PARTS

    return {d.key: d for part in PARTS for d in part.settings}


def definition(key: str) -> SettingDef[Any]:
    return defs()[key]


F_SETTING = QT_TRANSLATE_NOOP("core", "Setting")
R_BAD_VALUE = QT_TRANSLATE_NOOP("core", "{title}: {value} is not allowed")


def _decode(definition: SettingDef[T], text: str | None) -> T:
    if text is None:
        return definition.default
    try:
        value = json.loads(text)
    except ValueError:
        return definition.default
    return value if _valid(definition, value) else definition.default


def get(session: Session, definition: SettingDef[T]) -> T:
    row = session.scalars(select(CentreSetting).where(CentreSetting.key == definition.key)).first()
    return _decode(definition, row.value_json if row else None)


class Values:
    """A snapshot of every setting, for the pure rules: ``values[STAGE3_QUORUM]``."""

    def __init__(self, stored: Mapping[str, Any] | None = None) -> None:
        self._stored = dict(stored or {})

    def __getitem__(self, definition: SettingDef[T]) -> T:
        value = self._stored.get(definition.key, definition.default)
        return value  # type: ignore[no-any-return]

    def replace(self, definition: SettingDef[T], value: T) -> Values:
        return Values(self._stored | {definition.key: value})

    def as_dict(self) -> dict[str, Any]:
        return {key: self._stored.get(key, d.default) for key, d in defs().items()}


def snapshot(session: Session) -> Values:
    known = defs()
    stored = {
        row.key: _decode(known[row.key], row.value_json)
        for row in session.scalars(select(CentreSetting))
        if row.key in known
    }
    return Values(stored)


def defaults() -> Values:
    return Values()


def _valid(definition: SettingDef[Any], value: Any) -> bool:
    ok = isinstance(value, definition.kind) and not (definition.kind is int and isinstance(value, bool))
    if ok and definition.choices:
        ok = value in definition.choices
    if ok and definition.kind is int:
        ok = (definition.minimum is None or value >= definition.minimum) and (
            definition.maximum is None or value <= definition.maximum
        )
    if ok and definition.kind is list:
        ok = all(isinstance(v, str) and v.strip() for v in value) and len(value) > 0
    return ok


def set_value(session: Session, definition: SettingDef[T] | str, value: T) -> None:
    from villagedesk.core.users import Action, require

    require(session, Action.EDIT_CENTRE)
    if isinstance(definition, str):
        definition = defs()[definition]
    if definition.admin_only and get(session, definition) != value:
        require(session, Action.MANAGE_USERS)
    store_value(session, definition, value)


def store_value(session: Session, definition: SettingDef[T] | str, value: T) -> None:
    """Check and store a setting without the role check: for a value decided elsewhere (the
    township's catalogues, applied with its acknowledgement by a clerk)."""
    if isinstance(definition, str):
        definition = defs()[definition]
    if not _valid(definition, value):
        raise ValidationError.single(
            F_SETTING, R_BAD_VALUE, title=Translatable(definition.title), value=value
        )
    row = session.scalars(select(CentreSetting).where(CentreSetting.key == definition.key)).first()
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(CentreSetting(key=definition.key, value_json=text))
    elif row.value_json != text:
        row.value_json = text
    session.flush()
