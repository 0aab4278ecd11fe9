"""The centre profile: validation of the village's identity and notice settings."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import Collector, NotFoundError, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.text import FREE_TEXT_MIN_LENGTH, check_chars
from villagedesk.core.users import Action, require
from villagedesk.db.models import CentreProfile, PartyOrgKind

F_VILLAGE = QT_TRANSLATE_NOOP("core", "Village name")
F_CODE = QT_TRANSLATE_NOOP("core", "Statistical division code")
F_TOWNSHIP = QT_TRANSLATE_NOOP("core", "Township name")
F_COUNTY = QT_TRANSLATE_NOOP("core", "County name")
F_PARTY_ORG = QT_TRANSLATE_NOOP("core", "Party organisation name")
F_COMMITTEE = QT_TRANSLATE_NOOP("core", "Villagers' committee name")
F_OBJECTION_PHONE = QT_TRANSLATE_NOOP("core", "Objection phone")
F_SUPERVISION_PHONE = QT_TRANSLATE_NOOP("core", "Supervision committee phone")
F_TOWNSHIP_PHONE = QT_TRANSLATE_NOOP("core", "Township phone")
F_POSTING_DAY = QT_TRANSLATE_NOOP("core", "Posting day of month")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "must be at most {max} characters")
R_CODE_DIGITS = QT_TRANSLATE_NOOP("core", "must be exactly 12 digits (0-9), got {length} characters: {value}")
R_CODE_PROVINCE = QT_TRANSLATE_NOOP("core", "first two digits {prefix} are not a province code")
R_CODE_TOWNSHIP = QT_TRANSLATE_NOOP("core", "digits 7-9 (township part) cannot be 000")
R_CODE_VILLAGE = QT_TRANSLATE_NOOP("core", "digits 10-12 (village part) cannot be 000")
R_PHONE = QT_TRANSLATE_NOOP(
    "core", "{value} is not a phone number (landline such as 0515-88881234 or an 11-digit mobile)"
)
R_DAY_RANGE = QT_TRANSLATE_NOOP("core", "must be a day from 1 to 28, got {value}")

PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)
_PHONE_RE = re.compile(r"^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|\d{7,8})$")
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


@dataclass
class CentreData:
    village_name: str
    division_code: str
    township_name: str
    county_name: str = ""
    party_org_kind: PartyOrgKind = PartyOrgKind.BRANCH
    party_org_name: str = ""
    committee_name: str = ""
    objection_phone: str = ""
    supervision_phone: str = ""
    township_phone: str = ""
    one_shoulder: bool = False
    posting_day: int = 20

    def normalised(self) -> CentreData:
        data = CentreData(**asdict(self))
        for key in (
            "village_name",
            "division_code",
            "township_name",
            "county_name",
            "party_org_name",
            "committee_name",
            "objection_phone",
            "supervision_phone",
            "township_phone",
        ):
            setattr(data, key, str(getattr(data, key) or "").strip())
        if not data.party_org_name and data.village_name:
            data.party_org_name = f"中共{data.village_name}{data.party_org_kind.value}"
        if not data.committee_name and data.village_name:
            data.committee_name = f"{data.village_name}村民委员会"
        return data


def check_division_code(code: str, errors: Collector) -> None:
    if not code:
        errors.add(F_CODE, R_REQUIRED)
        return
    if len(code) != 12 or not (code.isascii() and code.isdigit()):
        errors.add(F_CODE, R_CODE_DIGITS, length=len(code), value=code)
        return
    if code[:2] not in PROVINCE_CODES:
        errors.add(F_CODE, R_CODE_PROVINCE, prefix=code[:2])
    if code[6:9] == "000":
        errors.add(F_CODE, R_CODE_TOWNSHIP)
    if code[9:] == "000":
        errors.add(F_CODE, R_CODE_VILLAGE)


def check_phone(value: str, field_label: str, errors: Collector, required: bool = False) -> None:
    if not value:
        if required:
            errors.add(field_label, R_REQUIRED)
        return
    if not _PHONE_RE.match(value.replace(" ", "")):
        errors.add(field_label, R_PHONE, value=value)


def is_mobile(value: str) -> bool:
    return bool(_MOBILE_RE.match(value))


def check_text(
    value: str,
    field_label: str,
    errors: Collector,
    max_len: int,
    required: bool = True,
    multiline: bool | None = None,
) -> None:
    """Required, length, and no control or invisible characters (core/text.py). A field allowed
    more than FREE_TEXT_MIN_LENGTH characters is free text and may hold line breaks and tabs."""
    if not value:
        if required:
            errors.add(field_label, R_REQUIRED)
        return
    if len(value) > max_len:
        errors.add(field_label, R_TOO_LONG, max=max_len)
    if multiline is None:
        multiline = max_len > FREE_TEXT_MIN_LENGTH
    check_chars(value, field_label, errors, multiline)


def validate_centre(data: CentreData) -> CentreData:
    data = data.normalised()
    errors = Collector()
    check_text(data.village_name, F_VILLAGE, errors, 60)
    check_division_code(data.division_code, errors)
    check_text(data.township_name, F_TOWNSHIP, errors, 60)
    check_text(data.county_name, F_COUNTY, errors, 60, required=False)
    check_text(data.party_org_name, F_PARTY_ORG, errors, 80)
    check_text(data.committee_name, F_COMMITTEE, errors, 80)
    check_phone(data.objection_phone, F_OBJECTION_PHONE, errors, required=True)
    check_phone(data.supervision_phone, F_SUPERVISION_PHONE, errors)
    check_phone(data.township_phone, F_TOWNSHIP_PHONE, errors)
    if not isinstance(data.posting_day, int) or not 1 <= data.posting_day <= 28:
        errors.add(F_POSTING_DAY, R_DAY_RANGE, value=data.posting_day)
    errors.raise_if_any()
    return data


def find_centre(session: Session) -> CentreProfile | None:
    return session.scalars(select(CentreProfile).where(CentreProfile.deleted.is_(False))).first()


def get_centre(session: Session) -> CentreProfile:
    centre = find_centre(session)
    if centre is None:
        raise NotFoundError("no centre profile: run the first-run wizard or `villagedesk init`")
    return centre


def create_centre(session: Session, data: CentreData) -> CentreProfile:
    require(session, Action.EDIT_CENTRE)
    data = validate_centre(data)
    if find_centre(session) is not None:
        raise ValidationError.single(
            F_VILLAGE, QT_TRANSLATE_NOOP("core", "a centre profile already exists in this data folder")
        )
    centre = CentreProfile(**asdict(data))
    session.add(centre)
    session.flush()
    return centre


def update_centre(session: Session, data: CentreData) -> CentreProfile:
    require(session, Action.EDIT_CENTRE)
    data = validate_centre(data)
    centre = get_centre(session)
    for key, value in asdict(data).items():
        if getattr(centre, key) != value:
            setattr(centre, key, value)
    session.flush()
    return centre


def centre_data(centre: CentreProfile) -> CentreData:
    return CentreData(**{k: getattr(centre, k) for k in CentreData.__dataclass_fields__})
