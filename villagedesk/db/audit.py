"""Stamps travelling records and writes the hash-chained audit log inside the same transaction.

Every flush goes through here, whether the change came from the GUI, the CLI or an import, so no
caller can forget it. ``session.info["actor"]`` and ``session.info["reason"]`` say who and why.

The chain (version 2) is built so its links can be checked without the payloads, which hold
personal data: each entry stores the hash of its own payload (when, who, what, which record, the
changes, why) and its entry hash is the hash of the previous entry's hash, its action and that
payload hash. The township receives only actions and payload hashes and can still check that a
village's new history extends the one it anchored. Entries written before version 2 have no
payload hash and are checked with the old formula (they can only come before the first anchor).

Besides the travelling records, the users (roles, administrator, active, granted rights, the
"must change PIN" mark; never the PIN), the print log and the export log are audited here.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, event, func, insert, inspect, select
from sqlalchemy.orm import Session

from villagedesk.core.hashing import link_hash as link_hash  # the chain's link, checked by the township too
from villagedesk.db import counter
from villagedesk.db.base import TravelMixin, new_uuid, utcnow
from villagedesk.db.models.audit import AuditEntry

GENESIS_HASH = "0" * 64
RESTORE_ACTION = "restore"  # a restore's entry; its table name is RESTORE_TABLE
RESTORE_TABLE = "restore"
# Actions whose payload travels to the township in full (no personal data in them): a restore
# says where the history starts again, a PIN reset must be visible outside the PC.
VISIBLE_ACTIONS = frozenset({RESTORE_ACTION, "pin_reset"})
LABEL, LABEL_USED = "audit_label", "audit_label_used"  # see flush_labelled
READ_ONLY_ACTOR = "self-test"  # an identity that may look at everything and write nothing
# (connection, rows about to be audited: action, table, uuid, changes) → raises to refuse
ChangeCheck = Callable[[Connection, list[dict[str, Any]]], None]
CHANGE_CHECKS: list[ChangeCheck] = []
_NOT_AUDITED = {"id", "created_at", "updated_at", "updated_by", "change_counter"}


class HardDeleteError(RuntimeError):
    """A travelling record may only be tombstoned, never deleted."""


class ReadOnlyError(RuntimeError):
    """The read-only identity (the desk's self-test) tried to write."""


# Tables audited besides the travelling records: the fields that tell who may do what (never the
# PIN hash, the wrong-try counter or the lock time), and the append-only logs.
_LOGGED: dict[str, frozenset[str]] = {
    "app_user": frozenset(
        {"uuid", "name", "role", "is_admin", "person_id", "may_reveal", "must_change_pin", "active"}
    ),
    "print_log": frozenset(
        {"uuid", "at", "actor", "action", "document_kind", "document_uuid", "document_version", "title"}
        | {"content_hash", "pages", "copies", "target"}
    ),
    "export_log": frozenset(
        {"sequence", "package_hash", "created_at", "file_name", "records", "acknowledged_at", "void"}
        | {"counter_after", "counter_upto"}
    ),
}


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
    """The hash of an entry written before chain version 2 (no payload hash of its own)."""
    payload = json.dumps([prev_hash, at, actor, action, table, uuid, changes, reason], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def payload_hash(at: str, actor: str, action: str, table: str, uuid: str, changes: str, reason: str) -> str:
    """The hash of what an entry says (it holds personal data; its hash does not)."""
    payload = json.dumps(["vd-audit-2", at, actor, action, table, uuid, changes, reason], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _is_logged(obj: Any) -> bool:
    return isinstance(obj, TravelMixin) or getattr(obj, "__tablename__", "") in _LOGGED


def record_key(obj: Any) -> str:
    """The record an entry is about: its UUID, or ``#id`` for a log row without one."""
    uuid = getattr(obj, "uuid", None)
    return str(uuid) if uuid else f"#{obj.id}"


def _audited_columns(obj: Any) -> list[str]:
    mapper = inspect(obj).mapper
    logged = _LOGGED.get(getattr(obj, "__tablename__", ""))
    if logged is not None:
        return [attr.key for attr in mapper.column_attrs if attr.key in logged]
    return [attr.key for attr in mapper.column_attrs if attr.key not in _NOT_AUDITED]


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context: Any, instances: Any) -> None:
    actor = session.info.get("actor", "system")
    if actor == READ_ONLY_ACTOR and (session.new or session.dirty or session.deleted):
        raise ReadOnlyError("the read-only identity writes nothing")
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
        if _is_logged(obj):
            changes = {key: [None, to_jsonable(getattr(obj, key))] for key in _audited_columns(obj)}
            rows.append(_row(obj, "insert", changes))
    for obj in session.dirty:
        if _is_logged(obj):
            row = _update_row(obj)
            if row is not None:
                rows.append(row)
    if not rows:
        return
    label = session.info.get(LABEL)
    if label is not None:  # a user's change carries its own action and reason (a reset, a grant)
        for row in rows:
            if row["table"] == "app_user":
                row["action"], row["reason"] = label
                session.info[LABEL_USED] = True
    conn = session.connection()
    if not reason:
        for check in CHANGE_CHECKS:
            check(conn, [r for r in rows if r["travels"]])
    append_rows(conn, rows, actor, reason)


def _update_row(obj: Any) -> dict[str, Any] | None:
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
        return None
    if isinstance(obj, TravelMixin):
        # The mapper bumps the version counter during the UPDATE itself, after attribute history
        # was taken, so it is recorded from the object.
        changes["version"] = [obj.version - 1, obj.version]
    action = "delete" if changes.get("deleted") == [False, True] else "update"
    return _row(obj, action, changes)


def chain_head(conn: Connection) -> tuple[int, str]:
    """(entry count, hash of the newest entry): the head an anchor holds. The count is the entry's
    position in the history the township knows: after a restore that started again from an
    acknowledged anchor, positions go on from that anchor."""
    last = conn.execute(
        select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if last is None:
        return 0, GENESIS_HASH
    restore = conn.execute(
        select(AuditEntry.id, AuditEntry.changes)
        .where(AuditEntry.action == RESTORE_ACTION, AuditEntry.table_name == RESTORE_TABLE)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if restore is None:
        count = conn.execute(select(func.count()).select_from(AuditEntry)).scalar() or 0
        return int(count), str(last.entry_hash)
    base = restore_position(json.loads(restore.changes))
    after = conn.execute(select(func.count()).where(AuditEntry.id > restore.id)).scalar() or 0
    return base + int(after), str(last.entry_hash)


def hash_at(conn: Connection, position: int) -> str | None:
    """The hash of the entry at ``position`` of the history as it stands (after a restore that
    started again from an anchor, the anchor's hash at its position); None past the head."""
    if position == 0:
        return GENESIS_HASH
    found: str | None = None
    current = 0
    rows = conn.execute(
        select(
            AuditEntry.action,
            AuditEntry.table_name,
            AuditEntry.changes,
            AuditEntry.prev_hash,
            AuditEntry.entry_hash,
        )
        .order_by(AuditEntry.id)
        .execution_options(yield_per=2000)
    )
    for row in rows:
        if row.action == RESTORE_ACTION and row.table_name == RESTORE_TABLE:
            claim = restore_position(json.loads(row.changes))
            if position >= claim or current < position < claim - 1:
                found = None  # replaced by the restore, or never held here
            if position == claim - 1:
                found = row.prev_hash
            current = claim - 1
        current += 1
        if current == position:
            found = row.entry_hash
    return found


def restore_position(changes: dict[str, Any]) -> int:
    """The position a restore entry claims for itself (its changes say so)."""
    value = changes.get("position", [None, 0])
    return int(value[1]) if isinstance(value, list) and len(value) == 2 and isinstance(value[1], int) else 0


def append_rows(
    conn: Connection, rows: list[dict[str, Any]], actor: str, reason: str, prev: str | None = None
) -> None:
    """Chain ``rows`` (action, table, uuid, changes) after the newest entry, or after ``prev`` (a
    restore that starts again from an anchor)."""
    if prev is None:
        prev = conn.execute(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
        prev = prev or GENESIS_HASH
    at = utcnow()
    at_text = at.isoformat()
    out = []
    for row in rows:
        changes_text = json.dumps(row["changes"], ensure_ascii=False, sort_keys=True)
        payload = payload_hash(
            at_text, actor, row["action"], row["table"], row["uuid"], changes_text, row.get("reason", reason)
        )
        digest = link_hash(prev, row["action"], payload)
        out.append(
            {
                "at": at,
                "actor": actor,
                "action": row["action"],
                "table_name": row["table"],
                "record_uuid": row["uuid"],
                "changes": changes_text,
                "reason": row.get("reason", reason),
                "prev_hash": prev,
                "payload_hash": payload,
                "entry_hash": digest,
            }
        )
        prev = digest
    conn.execute(insert(cast(Table, AuditEntry.__table__)), out)


def flush_labelled(session: Session, record: Any, action: str, reason: str) -> None:
    """Flush a change of a user under its own action and reason (``user_add``, ``pin_reset``...):
    the entry holds the fields that changed (never the PIN). When no audited field changed (a PIN
    changed by its owner), an entry with no changes says it happened."""
    session.info[LABEL] = (action, reason)
    session.info.pop(LABEL_USED, None)
    try:
        session.flush()
    finally:
        session.info.pop(LABEL, None)
    if not session.info.pop(LABEL_USED, False):
        append_event(session, record.__tablename__, record_key(record), action, reason)


def append_event(
    session: Session,
    table: str,
    uuid: str,
    action: str,
    reason: str,
    changes: dict[str, Any] | None = None,
    prev: str | None = None,
) -> None:
    """An entry for an act that is not a change of stored fields (a reveal, a reset, a restore),
    chained like the others, in the caller's transaction."""
    actor = session.info.get("actor", "system")
    if actor == READ_ONLY_ACTOR:
        raise ReadOnlyError("the read-only identity writes nothing")
    session.flush()  # pending changes are logged first, in their order
    row = {"action": action, "table": table, "uuid": uuid, "changes": changes or {}}
    append_rows(session.connection(), [row], actor, reason, prev)


def add_change_check(check: ChangeCheck) -> None:
    """Rules above the storage (``core``) add checks run on every audited flush that has no reason;
    a check raises to refuse the whole transaction. The storage itself knows no business rule."""
    if check not in CHANGE_CHECKS:
        CHANGE_CHECKS.append(check)


def _row(obj: Any, action: str, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        "action": action,
        "table": obj.__tablename__,
        "uuid": record_key(obj),
        "changes": changes,
        "travels": isinstance(obj, TravelMixin),
    }
