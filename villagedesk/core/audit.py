"""Reading and checking the audit log: a record's history, and the whole chain's integrity."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.audit import GENESIS_HASH, entry_hash, to_jsonable
from villagedesk.db.base import Base
from villagedesk.db.models import AuditEntry

NOT_AUDITED = {"id", "created_at", "updated_at", "updated_by"}
HIDDEN_IN_HISTORY = {"uuid", "version", "id", "content_hash", "person_id", "supersedes_id", "table_json"}
# Field names as a clerk knows them; a field without a label shows its column name.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("core", "Name"),
    "sex": QT_TRANSLATE_NOOP("core", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("core", "Birth date"),
    "group_name": QT_TRANSLATE_NOOP("core", "Villagers' group"),
    "phone": QT_TRANSLATE_NOOP("core", "Mobile phone"),
    "notes": QT_TRANSLATE_NOOP("core", "Notes"),
    "body": QT_TRANSLATE_NOOP("core", "Text"),
    "title": QT_TRANSLATE_NOOP("core", "Title"),
    "notice_date": QT_TRANSLATE_NOOP("core", "Date of issue"),
    "posting_date": QT_TRANSLATE_NOOP("core", "Posting date"),
    "posting_days": QT_TRANSLATE_NOOP("core", "Posting period (days)"),
    "posted_on": QT_TRANSLATE_NOOP("core", "Posted on"),
    "posted_by": QT_TRANSLATE_NOOP("core", "Posted by"),
    "issuer": QT_TRANSLATE_NOOP("core", "Issued by"),
    "revision": QT_TRANSLATE_NOOP("core", "Revision"),
    "deleted": QT_TRANSLATE_NOOP("core", "Deleted"),
    "start_date": QT_TRANSLATE_NOOP("core", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("core", "End date"),
    "end_reason": QT_TRANSLATE_NOOP("core", "Reason for ending"),
    "role": QT_TRANSLATE_NOOP("core", "Role"),
    "id_number": QT_TRANSLATE_NOOP("core", "Identity number"),
    "birth_month_only": QT_TRANSLATE_NOOP("core", "Birth date known only to the month"),
    "party_joined": QT_TRANSLATE_NOOP("core", "Joined the Party"),
    "party_full": QT_TRANSLATE_NOOP("core", "Became a full Party member"),
    "disability_grade": QT_TRANSLATE_NOOP("core", "Disability grade"),
    "difficulty_notes": QT_TRANSLATE_NOOP("core", "Difficulties"),
    "health_notes": QT_TRANSLATE_NOOP("core", "Health"),
    "helper": QT_TRANSLATE_NOOP("core", "Paired helper"),
    "source": QT_TRANSLATE_NOOP("core", "Source"),
    "status": QT_TRANSLATE_NOOP("core", "Status"),
    "added_on": QT_TRANSLATE_NOOP("core", "Added to the list on"),
    "add_reason": QT_TRANSLATE_NOOP("core", "Reason"),
    "exited_on": QT_TRANSLATE_NOOP("core", "Exit date"),
    "exit_reason": QT_TRANSLATE_NOOP("core", "Reason for leaving"),
    "next_review": QT_TRANSLATE_NOOP("core", "Next review"),
    "erased_on": QT_TRANSLATE_NOOP("core", "Sensitive details erased on"),
}
# Shown masked in history: whoever may read the history may not necessarily see these.
MASKED_IN_HISTORY = {"id_number", "phone", "difficulty_notes", "health_notes", "findings", "needs"}
HIDDEN_TEXT = "（敏感信息，已隐藏）"


@dataclass(frozen=True)
class HistoryLine:
    at: str
    actor: str
    action: str
    changes: dict[str, list[Any]]
    reason: str


@dataclass
class VerifyResult:
    ok: bool
    entries: int
    records: int
    problem: str = ""
    entry_id: int | None = None


def readable_changes(changes: dict[str, list[Any]]) -> list[tuple[str, Any, Any]]:
    """(field label, old, new) for a clerk: internal fields hidden, empty values on creation skipped."""
    out = []
    for key, (old, new) in changes.items():
        if key in HIDDEN_IN_HISTORY or (old is None and new in ("", None, False)):
            continue
        if key in MASKED_IN_HISTORY:
            old, new = (_masked(key, v) if isinstance(v, str) and v else v for v in (old, new))
        out.append((FIELD_LABELS.get(key, key), old, new))
    return out


def _masked(key: str, value: str) -> str:
    from villagedesk.core.idnumber import mask_id_number

    if key == "id_number":
        return mask_id_number(value)
    if key == "phone":
        digits = "".join(ch for ch in value if ch.isdigit())
        return f"{digits[:3]}****{digits[-4:]}" if len(digits) == 11 else "*" * len(digits)
    return HIDDEN_TEXT


def history(session: Session, record_uuid: str) -> list[HistoryLine]:
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.record_uuid == record_uuid).order_by(AuditEntry.id)
    )
    return [
        HistoryLine(
            e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            e.actor,
            e.action,
            json.loads(e.changes),
            e.reason,
        )
        for e in entries
    ]


def _models_by_table() -> dict[str, type]:
    return {
        m.class_.__tablename__: m.class_ for m in Base.registry.mappers if hasattr(m.class_, "__tablename__")
    }


class _Broken(Exception):
    def __init__(self, message: str, entry_id: int | None = None, entries: int = 0) -> None:
        super().__init__(message)
        self.message, self.entry_id, self.entries = message, entry_id, entries


def verify_chain(session: Session) -> VerifyResult:
    """Walk every entry: each must hash correctly and point at the one before; then replay the
    entries per record and compare with the records as stored now."""
    session.expire_all()  # compare with what is on disk, not with objects this session holds
    try:
        count, state = _walk_chain(session)
    except _Broken as broken:
        return VerifyResult(False, broken.entries, 0, broken.message, broken.entry_id)
    try:
        _compare_records(session, state)
    except _Broken as broken:
        return VerifyResult(False, count, len(state), broken.message)
    return VerifyResult(True, count, len(state))


def _walk_chain(session: Session) -> tuple[int, dict[tuple[str, str], dict[str, Any]]]:
    prev = GENESIS_HASH
    count = 0
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if e.prev_hash != prev:
            raise _Broken(
                f"entry {e.id}: link to the previous entry is broken (an entry was removed or inserted)",
                e.id,
                count,
            )
        expected = entry_hash(
            e.prev_hash, e.at.isoformat(), e.actor, e.action, e.table_name, e.record_uuid, e.changes, e.reason
        )
        if expected != e.entry_hash:
            raise _Broken(f"entry {e.id}: its content was altered", e.id, count)
        prev = e.entry_hash
        values = state.setdefault((e.table_name, e.record_uuid), {})
        for key, (_old, new) in json.loads(e.changes).items():
            values[key] = new
    return count, state


def _compare_records(session: Session, state: dict[tuple[str, str], dict[str, Any]]) -> None:
    models = _models_by_table()
    _compare_known(session, models, state)
    for table, model in models.items():
        if not hasattr(model, "version") or table == "audit_entry":
            continue
        known = {u for (t, u) in state if t == table}
        for uuid in session.scalars(select(model.uuid)):  # type: ignore[attr-defined]
            if uuid not in known:
                raise _Broken(f"{table} {uuid}: record added outside the app")


def _compare_known(
    session: Session, models: dict[str, Any], state: dict[tuple[str, str], dict[str, Any]]
) -> None:
    for (table, uuid), expected_values in state.items():
        model = models.get(table)
        if model is None:
            continue
        row = session.scalars(select(model).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
        if row is None:
            raise _Broken(f"{table} {uuid}: the record was deleted outside the app")
        for attr in inspect(model).column_attrs:
            if attr.key in NOT_AUDITED or attr.key not in expected_values:
                continue
            actual = to_jsonable(getattr(row, attr.key))
            if actual != expected_values[attr.key]:
                raise _Broken(
                    f"{table} {uuid}: field {attr.key} is {actual!r} but the audit log says "
                    f"{expected_values[attr.key]!r} (changed outside the app)"
                )
