"""Stamps travelling records and writes the hash-chained audit log inside the same transaction.

Every flush goes through here, whether the change came from the GUI, the CLI or an import, so no
caller can forget it. ``session.info["actor"]`` and ``session.info["reason"]`` say who and why.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from villagedesk.db import counter
from villagedesk.db.base import TravelMixin, new_uuid, utcnow
from villagedesk.db.models.audit import AuditEntry

GENESIS_HASH = "0" * 64
# (connection, rows about to be audited: action, table, uuid, changes) → raises to refuse
ChangeCheck = Callable[[Connection, list[dict[str, Any]]], None]
CHANGE_CHECKS: list[ChangeCheck] = []
_NOT_AUDITED = {"id", "created_at", "updated_at", "updated_by", "change_counter"}


class HardDeleteError(RuntimeError):
    """A travelling record may only be tombstoned, never deleted."""


def to_jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def entry_hash(
    prev_hash: str, at: str, actor: str, action: str, table: str, uuid: str, changes: str, reason: str
) -> str:
    payload = json.dumps([prev_hash, at, actor, action, table, uuid, changes, reason], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _audited_columns(obj: TravelMixin) -> list[str]:
    mapper = inspect(obj).mapper
    return [attr.key for attr in mapper.column_attrs if attr.key not in _NOT_AUDITED]


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context: Any, instances: Any) -> None:
    actor = session.info.get("actor", "system")
    now = utcnow()
    written: list[TravelMixin] = []
    for obj in session.deleted:
        if isinstance(obj, TravelMixin):
            raise HardDeleteError(f"{type(obj).__name__} {obj.uuid}: records are tombstoned, never deleted")
    for obj in session.new:
        if isinstance(obj, TravelMixin):
            if not obj.uuid:
                obj.uuid = new_uuid()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.updated_by = actor
            if obj.deleted is None:
                obj.deleted = False
            written.append(obj)
    for obj in session.dirty:
        if isinstance(obj, TravelMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor
            written.append(obj)
    counter.number_changes(session, written)


@event.listens_for(Session, "after_flush")
def _audit(session: Session, flush_context: Any) -> None:
    actor = session.info.get("actor", "system")
    reason = session.info.get("reason", "")
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, TravelMixin):
            changes = {key: [None, to_jsonable(getattr(obj, key))] for key in _audited_columns(obj)}
            rows.append(_row(obj, "insert", changes))
    for obj in session.dirty:
        if not isinstance(obj, TravelMixin):
            continue
        state = inspect(obj)
        changes = {}
        for key in _audited_columns(obj):
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if to_jsonable(old) != to_jsonable(new):
                    changes[key] = [to_jsonable(old), to_jsonable(new)]
        changes.pop("version", None)
        if not changes:
            continue
        # The mapper bumps the version counter during the UPDATE itself, after attribute history
        # was taken, so it is recorded from the object.
        changes["version"] = [obj.version - 1, obj.version]
        action = "delete" if changes.get("deleted") == [False, True] else "update"
        rows.append(_row(obj, action, changes))
    if not rows:
        return
    conn = session.connection()
    if not reason:
        for check in CHANGE_CHECKS:
            check(conn, rows)
    prev = conn.execute(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS_HASH
    at = utcnow()
    at_text = at.isoformat()
    for row in rows:
        changes_text = json.dumps(row["changes"], ensure_ascii=False, sort_keys=True)
        digest = entry_hash(
            prev, at_text, actor, row["action"], row["table"], row["uuid"], changes_text, reason
        )
        row.update(
            at=at,
            actor=actor,
            changes=changes_text,
            reason=reason,
            prev_hash=prev,
            entry_hash=digest,
            table_name=row.pop("table"),
            record_uuid=row.pop("uuid"),
        )
        prev = digest
    conn.execute(insert(cast(Table, AuditEntry.__table__)), rows)


def add_change_check(check: ChangeCheck) -> None:
    """Rules above the storage (``core``) add checks run on every audited flush that has no reason;
    a check raises to refuse the whole transaction. The storage itself knows no business rule."""
    if check not in CHANGE_CHECKS:
        CHANGE_CHECKS.append(check)


def _row(obj: TravelMixin, action: str, changes: dict[str, Any]) -> dict[str, Any]:
    return {"action": action, "table": obj.__tablename__, "uuid": obj.uuid, "changes": changes}  # type: ignore[attr-defined]
