"""One table of what stored values mean to a clerk: enum values, audit actions, reasons, fields.

The database and the audit log keep stable, script-friendly values (``FEMALE``, ``COMMITTEE``,
``roster import``, ``user_add``). Every view that shows them (history, the township, the CLI)
asks this module for an English source string marked ``QT_TRANSLATE_NOOP("core", ...)`` and
translates it, so a clerk never reads a raw value. A register adds its own enums with
``register_enum_labels`` (or by naming them in ``ENUM_LABELS``); an enum nobody labelled shows
its stored Chinese value, never its upper-case name.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import audit
from villagedesk.core.deliberation.messages import STAGE_LABELS
from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity
from villagedesk.core.roster import BODY_LABELS, ROLE_LABELS, SEX_LABELS
from villagedesk.core.users import REVEAL_ACTION, SYSTEM_ACTOR
from villagedesk.core.users import ROLE_LABELS as USER_ROLE_LABELS
from villagedesk.db.base import Base
from villagedesk.db.models import (
    AuditEntry,
    Body,
    Issuer,
    MatterNoticeKind,
    MatterStatus,
    MeetingKind,
    MeetingResult,
    Origin,
    PartyOrgKind,
    Role,
    Sex,
    Stage,
    UserRole,
)

ENUM_LABELS: dict[type[enum.Enum], dict[Any, str]] = {}


def register_enum_labels(enum_cls: type[enum.Enum], labels: dict[Any, str]) -> None:
    """A register's enum: member -> QT_TRANSLATE_NOOP("core", ...) source string."""
    ENUM_LABELS[enum_cls] = labels


register_enum_labels(Sex, SEX_LABELS)
register_enum_labels(Body, BODY_LABELS)
register_enum_labels(Role, ROLE_LABELS)
register_enum_labels(UserRole, USER_ROLE_LABELS)
register_enum_labels(Stage, STAGE_LABELS)
register_enum_labels(
    Issuer,
    {
        Issuer.COMMITTEE: QT_TRANSLATE_NOOP("core", "Villagers' committee"),
        Issuer.PARTY: QT_TRANSLATE_NOOP("core", "Village Party organisation"),
        Issuer.BOTH: QT_TRANSLATE_NOOP("core", "Village Party organisation and villagers' committee"),
    },
)
register_enum_labels(
    PartyOrgKind,
    {
        PartyOrgKind.BRANCH: QT_TRANSLATE_NOOP("core", "Party branch committee"),
        PartyOrgKind.GENERAL_BRANCH: QT_TRANSLATE_NOOP("core", "Party general branch committee"),
        PartyOrgKind.COMMITTEE: QT_TRANSLATE_NOOP("core", "Party committee"),
    },
)
register_enum_labels(
    Origin,
    {
        Origin.VILLAGER_SUGGESTION: QT_TRANSLATE_NOOP("core", "Villagers' suggestion"),
        Origin.CADRE_PROPOSAL: QT_TRANSLATE_NOOP("core", "Proposed by village cadres"),
        Origin.HIGHER_LEVEL: QT_TRANSLATE_NOOP("core", "Assigned by a higher level"),
    },
)
register_enum_labels(
    MatterStatus,
    {
        MatterStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("core", "In progress"),
        MatterStatus.FAILED: QT_TRANSLATE_NOOP("core", "Not passed"),
        MatterStatus.WITHDRAWN: QT_TRANSLATE_NOOP("core", "Withdrawn"),
        MatterStatus.COMPLETED: QT_TRANSLATE_NOOP("core", "Completed"),
    },
)
register_enum_labels(
    MeetingKind,
    {
        MeetingKind.BRANCH_COMMITTEE: QT_TRANSLATE_NOOP("core", "Party organisation committee meeting"),
        MeetingKind.JOINT_COMMITTEES: QT_TRANSLATE_NOOP("core", "Joint meeting of the two committees"),
        MeetingKind.JOINT_PROPOSAL_CONSULTATION: QT_TRANSLATE_NOOP(
            "core", "Party proposal and joint meeting of the two committees"
        ),
        MeetingKind.PARTY_GENERAL: QT_TRANSLATE_NOOP("core", "Party members' meeting"),
        MeetingKind.REPRESENTATIVES: QT_TRANSLATE_NOOP("core", "Villagers' representatives' meeting"),
        MeetingKind.VILLAGERS: QT_TRANSLATE_NOOP("core", "Villagers' meeting"),
    },
)
register_enum_labels(
    MeetingResult,
    {
        MeetingResult.PASSED: QT_TRANSLATE_NOOP("core", "Passed"),
        MeetingResult.FAILED: QT_TRANSLATE_NOOP("core", "Not passed"),
        MeetingResult.NO_QUORUM: QT_TRANSLATE_NOOP("core", "No quorum"),
    },
)
register_enum_labels(
    MatterNoticeKind,
    {
        MatterNoticeKind.RESOLUTION: QT_TRANSLATE_NOOP("core", "Resolution disclosure"),
        MatterNoticeKind.RESULT: QT_TRANSLATE_NOOP("core", "Implementation result disclosure"),
    },
)


def enum_label(member: enum.Enum) -> str:
    """The source string for an enum member (its Chinese value when nobody labelled it)."""
    labels = ENUM_LABELS.get(type(member), {})
    if member in labels:
        return labels[member]
    return member.value if isinstance(member.value, str) else member.name.replace("_", " ").lower()


# -- fields ------------------------------------------------------------------------------------------
FIELD_LABELS: dict[str, str] = {
    **audit.FIELD_LABELS,
    "body": QT_TRANSLATE_NOOP("core", "Body"),  # membership.body; general_notice.body is its text
    "committee_name": QT_TRANSLATE_NOOP("core", "Villagers' committee name"),
    "county_name": QT_TRANSLATE_NOOP("core", "County"),
    "township_name": QT_TRANSLATE_NOOP("core", "Township"),
    "village_name": QT_TRANSLATE_NOOP("core", "Village"),
    "division_code": QT_TRANSLATE_NOOP("core", "Division code"),
    "objection_phone": QT_TRANSLATE_NOOP("core", "Objection phone"),
    "supervision_phone": QT_TRANSLATE_NOOP("core", "Supervision committee phone"),
    "township_phone": QT_TRANSLATE_NOOP("core", "Township phone"),
    "one_shoulder": QT_TRANSLATE_NOOP("core", "Secretary is also committee chair"),
    "party_org_kind": QT_TRANSLATE_NOOP("core", "Party organisation"),
    "party_org_name": QT_TRANSLATE_NOOP("core", "Party organisation name"),
    "posting_day": QT_TRANSLATE_NOOP("core", "Regular posting day"),
    "amount_fen": QT_TRANSLATE_NOOP("core", "Amount"),
    "spent_fen": QT_TRANSLATE_NOOP("core", "Amount spent"),
    "category": QT_TRANSLATE_NOOP("core", "Category"),
    "close_reason": QT_TRANSLATE_NOOP("core", "Reason for closing"),
    "closed_on": QT_TRANSLATE_NOOP("core", "Closed on"),
    "description": QT_TRANSLATE_NOOP("core", "Description"),
    "opened_on": QT_TRANSLATE_NOOP("core", "Opened on"),
    "origin": QT_TRANSLATE_NOOP("core", "Origin"),
    "origin_detail": QT_TRANSLATE_NOOP("core", "Origin details"),
    "phased": QT_TRANSLATE_NOOP("core", "Carried out in phases"),
    "round": QT_TRANSLATE_NOOP("core", "Round"),
    "status": QT_TRANSLATE_NOOP("core", "Status"),
    "acceptance": QT_TRANSLATE_NOOP("core", "Acceptance"),
    "content": QT_TRANSLATE_NOOP("core", "Content"),
    "final": QT_TRANSLATE_NOOP("core", "Final"),
    "kind": QT_TRANSLATE_NOOP("core", "Kind"),
    "phase": QT_TRANSLATE_NOOP("core", "Phase"),
    "taken_down_on": QT_TRANSLATE_NOOP("core", "Taken down on"),
    "taken_down_reason": QT_TRANSLATE_NOOP("core", "Reason for taking down"),
    "absentees_json": QT_TRANSLATE_NOOP("core", "Absentees"),
    "attendees_json": QT_TRANSLATE_NOOP("core", "Attendees"),
    "observers_json": QT_TRANSLATE_NOOP("core", "Observers"),
    "agenda": QT_TRANSLATE_NOOP("core", "Agenda"),
    "chair": QT_TRANSLATE_NOOP("core", "Chair"),
    "recorder": QT_TRANSLATE_NOOP("core", "Recorder"),
    "discussion": QT_TRANSLATE_NOOP("core", "Discussion"),
    "resolution": QT_TRANSLATE_NOOP("core", "Resolution"),
    "result": QT_TRANSLATE_NOOP("core", "Result"),
    "stage": QT_TRANSLATE_NOOP("core", "Stage"),
    "form": QT_TRANSLATE_NOOP("core", "Form of meeting"),
    "held_at": QT_TRANSLATE_NOOP("core", "Time"),
    "held_on": QT_TRANSLATE_NOOP("core", "Meeting date"),
    "place": QT_TRANSLATE_NOOP("core", "Place"),
    "notice_sent_on": QT_TRANSLATE_NOOP("core", "Meeting notice sent on"),
    "should_attend": QT_TRANSLATE_NOOP("core", "Should attend"),
    "should_vote": QT_TRANSLATE_NOOP("core", "Entitled to vote"),
    "present": QT_TRANSLATE_NOOP("core", "Present"),
    "voting_present": QT_TRANSLATE_NOOP("core", "Present with a vote"),
    "yes": QT_TRANSLATE_NOOP("core", "In favour"),
    "no": QT_TRANSLATE_NOOP("core", "Against"),
    "abstain": QT_TRANSLATE_NOOP("core", "Abstaining"),
    "committee_should_attend": QT_TRANSLATE_NOOP("core", "Committee members who should attend"),
    "committee_present": QT_TRANSLATE_NOOP("core", "Committee members present"),
    "committee_yes": QT_TRANSLATE_NOOP("core", "Committee members in favour"),
    "committee_no": QT_TRANSLATE_NOOP("core", "Committee members against"),
    "committee_abstain": QT_TRANSLATE_NOOP("core", "Committee members abstaining"),
    "households_total": QT_TRANSLATE_NOOP("core", "Households"),
    "households_represented": QT_TRANSLATE_NOOP("core", "Households represented"),
    "scan_file": QT_TRANSLATE_NOOP("core", "Scanned record"),
    "warnings": QT_TRANSLATE_NOOP("core", "Warnings"),
    "opinion": QT_TRANSLATE_NOOP("core", "Opinion"),
    "review_date": QT_TRANSLATE_NOOP("core", "Review date"),
    "signed_at": QT_TRANSLATE_NOOP("core", "Signed at"),
    "signer_name": QT_TRANSLATE_NOOP("core", "Reviewer"),
    "record_version": QT_TRANSLATE_NOOP("core", "Version reviewed"),
}
# Internal links and fingerprints: nothing a clerk can read.
HIDDEN = audit.HIDDEN_IN_HISTORY | {
    "matter_id",
    "previous_round_id",
    "record_kind",
    "record_uuid",
    "signer_person_uuid",
    "scan_sha256",
}
FIELD_LABELS_BY_TABLE: dict[tuple[str, str], str] = {
    ("general_notice", "body"): QT_TRANSLATE_NOOP("core", "Text"),
    ("app_user", "is_admin"): QT_TRANSLATE_NOOP("core", "Administrator"),
    ("app_user", "may_reveal"): QT_TRANSLATE_NOOP("core", "May see identity numbers in full"),
    ("app_user", "must_change_pin"): QT_TRANSLATE_NOOP("core", "Must choose a new PIN"),
    ("app_user", "active"): QT_TRANSLATE_NOOP("core", "In use"),
    ("app_user", "failed_attempts"): QT_TRANSLATE_NOOP("core", "Failed sign-ins"),
    ("app_user", "locked_until"): QT_TRANSLATE_NOOP("core", "Locked until"),
}
L_SYSTEM = QT_TRANSLATE_NOOP("core", "the desk itself")
L_YES = QT_TRANSLATE_NOOP("core", "yes")
L_NO = QT_TRANSLATE_NOOP("core", "no")


def field_label(table: str, column: str) -> str:
    return FIELD_LABELS_BY_TABLE.get((table, column)) or FIELD_LABELS.get(column, column)


def _enum_columns() -> dict[tuple[str, str], type[enum.Enum]]:
    found: dict[tuple[str, str], type[enum.Enum]] = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper.class_, "__tablename__", None)
        for column in mapper.columns:
            if table and isinstance(column.type, SAEnum) and column.type.enum_class is not None:
                found[(table, column.key)] = column.type.enum_class
    return found


_ISO_MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?$")


def value_text(table: str, column: str, value: Any, tr: Translator = identity) -> str:
    """A stored value as a clerk reads it (translated with ``tr``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr(L_YES if value else L_NO)
    enum_cls = _enum_columns().get((table, column))
    if enum_cls is not None and isinstance(value, str) and value in enum_cls.__members__:
        return tr(enum_label(enum_cls[value]))
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.strftime("%Y-%m-%d %H:%M")
    if column.endswith("_json") and isinstance(value, str):
        return _people(value)
    if column == "warnings" and isinstance(value, str):
        return _warnings(value, tr)
    if column.endswith("_fen") and isinstance(value, int):
        from villagedesk.core.money import format_fen

        return format_fen(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _people(text: str) -> str:
    """A list of people stored as JSON: their names."""
    try:
        rows = json.loads(text)
    except ValueError:
        return text
    if isinstance(rows, list):
        return "、".join(str(r.get("name", "")) if isinstance(r, dict) else str(r) for r in rows)
    return text


def _warnings(text: str, tr: Translator) -> str:
    """Warnings stored as JSON [template, params] pairs (source strings): rendered and translated."""
    try:
        items = json.loads(text)
    except ValueError:
        return text
    if not isinstance(items, list):
        return text
    out = []
    for item in items:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], dict):
            params = {k: tr(v) if isinstance(v, str) else v for k, v in item[1].items()}
            out.append(tr(str(item[0])).format(**params))
        else:
            out.append(str(item))
    return "；".join(out)


# -- actions and reasons -----------------------------------------------------------------------------
ACTION_LABELS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("core", "created"),
    "update": QT_TRANSLATE_NOOP("core", "changed"),
    "delete": QT_TRANSLATE_NOOP("core", "removed"),
    REVEAL_ACTION: QT_TRANSLATE_NOOP("core", "viewed the full identity number"),
    "user_add": QT_TRANSLATE_NOOP("core", "user added"),
    "pin_change": QT_TRANSLATE_NOOP("core", "PIN changed"),
    "pin_reset": QT_TRANSLATE_NOOP("core", "PIN reset"),
    "user_enable": QT_TRANSLATE_NOOP("core", "user enabled"),
    "user_disable": QT_TRANSLATE_NOOP("core", "user disabled"),
    "grant": QT_TRANSLATE_NOOP("core", "permission granted"),
    "revoke": QT_TRANSLATE_NOOP("core", "permission withdrawn"),
    "restore": QT_TRANSLATE_NOOP("core", "backup restored"),
}
# Reasons the desk itself writes, keyed by the stored text.
REASON_LABELS: dict[str, str] = {
    "roster import": QT_TRANSLATE_NOOP("core", "roster import"),
    "PIN reset": QT_TRANSLATE_NOOP("core", "PIN reset"),
    "settings": QT_TRANSLATE_NOOP("core", "centre profile saved in the settings"),
    "first run": QT_TRANSLATE_NOOP("core", "first-run setup"),
    "export": QT_TRANSLATE_NOOP("core", "export to the township"),
    "township acknowledgement": QT_TRANSLATE_NOOP("core", "township acknowledgement"),
    "removed from roster": QT_TRANSLATE_NOOP("core", "removed from the roster"),
    "reveal id_number": QT_TRANSLATE_NOOP("core", "the full identity number was viewed"),
    "village rules": QT_TRANSLATE_NOOP("core", "village rules changed"),
    "draft deleted": QT_TRANSLATE_NOOP("core", "draft deleted"),
    "reveal_sensitive": QT_TRANSLATE_NOOP("core", "may view sensitive information"),
}
# Reasons with values in them: (pattern, source template with {named} fields).
REASON_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^user (?P<name>.+): (?P<role>[A-Z_]+)(?P<admin> admin)?$"), ""),  # see _user_added
    (
        re.compile(r"^user (?P<name>.+) changed their PIN$"),
        QT_TRANSLATE_NOOP("core", "{name} changed their PIN"),
    ),
    (
        re.compile(r"^PIN of (?P<name>.+) reset; to be changed at sign-in$"),
        QT_TRANSLATE_NOOP("core", "PIN of {name} reset; to be changed at sign-in"),
    ),
    (re.compile(r"^user (?P<name>.+) enabled$"), QT_TRANSLATE_NOOP("core", "{name} enabled")),
    (re.compile(r"^user (?P<name>.+) disabled$"), QT_TRANSLATE_NOOP("core", "{name} disabled")),
    (re.compile(r"^import (?P<file>\S+)$"), QT_TRANSLATE_NOOP("core", "import of {file}")),
    (
        re.compile(r"^acknowledge (?P<code>\d+) (?P<number>\d+) again$"),
        QT_TRANSLATE_NOOP("core", "acknowledgement of package {number} from {code} sent again"),
    ),
    (re.compile(r"^acknowledge (?P<file>\S+)$"), QT_TRANSLATE_NOOP("core", "acknowledgement {file}")),
    (re.compile(r"^conflict (?P<id>\d+)$"), QT_TRANSLATE_NOOP("core", "conflict {id} decided")),
]
R_USER_ADDED = QT_TRANSLATE_NOOP("core", "{name} added as {role}")
R_USER_ADDED_ADMIN = QT_TRANSLATE_NOOP("core", "{name} added as {role}, administrator")


def reason_text(reason: str, tr: Translator = identity) -> str:
    """A stored reason in the clerk's language; a reason a user typed is shown as typed."""
    if reason in REASON_LABELS:
        return tr(REASON_LABELS[reason])
    for pattern, template in REASON_PATTERNS:
        match = pattern.match(reason)
        if match is None:
            continue
        params = match.groupdict()
        if not template:
            return _user_added(params, tr)
        return tr(template).format(**params)
    return refusal_text(reason, tr) if reason in _refusal_values() else reason


def _user_added(params: dict[str, str], tr: Translator) -> str:
    role = params["role"]
    role_text = tr(enum_label(UserRole[role])) if role in UserRole.__members__ else role
    template = R_USER_ADDED_ADMIN if params.get("admin") else R_USER_ADDED
    return tr(template).format(name=params["name"], role=role_text)


def _refusal_values() -> set[str]:
    from villagedesk.exchange.package import Refusal

    return {r.value for r in Refusal}


def refusal_text(value: str, tr: Translator = identity) -> str:
    """Why the township refused a package, from the stored refusal value."""
    from villagedesk.exchange.package import REFUSAL_TITLES, Refusal

    for refusal in Refusal:
        if refusal.value == value:
            return tr(REFUSAL_TITLES[refusal])
    return value


def action_text(action: str, tr: Translator = identity) -> str:
    return tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


# -- a readable history --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReadableLine:
    at: str
    actor: str
    record: str  # which record (a kind the clerk knows), translated
    action: str
    changes: list[tuple[str, str, str | None]]  # (field, new, old or None when created)
    reason: str


TABLE_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("core", "Person"),
    "membership": QT_TRANSLATE_NOOP("core", "Membership"),
    "matter": QT_TRANSLATE_NOOP("core", "Major matter"),
    "meeting": QT_TRANSLATE_NOOP("core", "Meeting"),
    "matter_disclosure": QT_TRANSLATE_NOOP("core", "Disclosure"),
    "review_signature": QT_TRANSLATE_NOOP("core", "Supervision review"),
    "general_notice": QT_TRANSLATE_NOOP("core", "General notice"),
    "centre_profile": QT_TRANSLATE_NOOP("core", "Centre profile"),
    "app_user": QT_TRANSLATE_NOOP("core", "User"),
    "disclosure": QT_TRANSLATE_NOOP("core", "Village affairs disclosure"),
    "disclosure_line": QT_TRANSLATE_NOOP("core", "Ledger line"),
    "disclosure_feedback": QT_TRANSLATE_NOOP("core", "Villager's query"),
    "care_target": QT_TRANSLATE_NOOP("core", "Care target"),
    "care_category": QT_TRANSLATE_NOOP("core", "Care category"),
    "care_visit": QT_TRANSLATE_NOOP("core", "Visit"),
    "care_fund": QT_TRANSLATE_NOOP("core", "Care fund"),
    "care_fund_entry": QT_TRANSLATE_NOOP("core", "Fund entry"),
    "service_item": QT_TRANSLATE_NOOP("core", "Service"),
    "service_closure": QT_TRANSLATE_NOOP("core", "Closure"),
    "service_equipment": QT_TRANSLATE_NOOP("core", "Equipment"),
    "stock_movement": QT_TRANSLATE_NOOP("core", "Stock movement"),
    "usage_entry": QT_TRANSLATE_NOOP("core", "Usage entry"),
    "service_inspection": QT_TRANSLATE_NOOP("core", "Inspection"),
    "inspection_finding": QT_TRANSLATE_NOOP("core", "Inspection finding"),
    "inspection_photo": QT_TRANSLATE_NOOP("core", "Inspection photo"),
}


def readable_history(session: Session, uuids: list[str], tr: Translator = identity) -> list[ReadableLine]:
    """Every audit entry of the given records, oldest first, with every value in words."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.record_uuid.in_(uuids)).order_by(AuditEntry.id)
    )
    return [_readable(e, tr) for e in entries]


def _readable(entry: AuditEntry, tr: Translator) -> ReadableLine:
    table = entry.table_name
    changes: list[tuple[str, str, str | None]] = []
    for key, (old, new) in json.loads(entry.changes).items():
        if key in HIDDEN or (old is None and new in ("", None, False, "[]")):
            continue
        if key in audit.MASKED_IN_HISTORY:
            from villagedesk.core.idnumber import mask_id_number

            old, new = (mask_id_number(v) if isinstance(v, str) and v else v for v in (old, new))
        old_text = None if entry.action == "insert" else value_text(table, key, old, tr)
        changes.append((tr(field_label(table, key)), value_text(table, key, new, tr), old_text))
    return ReadableLine(
        entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        tr(L_SYSTEM) if entry.actor == SYSTEM_ACTOR else entry.actor,
        tr(TABLE_LABELS[table]) if table in TABLE_LABELS else table,
        action_text(entry.action, tr),
        changes,
        reason_text(entry.reason, tr),
    )


def person_records(session: Session, person_id: int) -> list[str]:
    """A roster person's history covers the person and each of their memberships."""
    from villagedesk.db.models import Membership, Person

    person = session.get(Person, person_id)
    if person is None:
        return []
    memberships = session.scalars(select(Membership.uuid).where(Membership.person_id == person_id))
    return [person.uuid, *memberships]


def matter_records(session: Session, matter_id: int) -> list[str]:
    """A matter's history covers the matter, its meetings, its disclosures and their reviews."""
    from villagedesk.db.models import Matter, MatterNotice, Meeting, ReviewSignature

    matter = session.get(Matter, matter_id)
    if matter is None:
        return []
    meetings = list(session.scalars(select(Meeting.uuid).where(Meeting.matter_id == matter_id)))
    notices = list(session.scalars(select(MatterNotice.uuid).where(MatterNotice.matter_id == matter_id)))
    reviews = session.scalars(select(ReviewSignature.uuid).where(ReviewSignature.record_uuid.in_(notices)))
    return [matter.uuid, *meetings, *notices, *reviews]
