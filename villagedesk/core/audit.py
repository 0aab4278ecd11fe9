"""Reading and checking the audit log: a record's history, and the whole chain's integrity."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity
from villagedesk.db.audit import (
    _LOGGED,
    GENESIS_HASH,
    RESTORE_ACTION,
    RESTORE_TABLE,
    entry_hash,
    link_hash,
    payload_hash,
    restore_position,
    to_jsonable,
)
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


@dataclass(frozen=True)
class Words:
    """A sentence for a clerk: an English source template marked ``QT_TRANSLATE_NOOP("core", ...)``
    and its values; a value that is itself ``Words`` (or a ``Translatable`` label) is translated too."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, tr: Translator = identity) -> str:
        from villagedesk.core.errors import Translatable

        values = {
            k: v.render(tr) if isinstance(v, Words) else tr(v) if isinstance(v, Translatable) else v
            for k, v in self.params.items()
        }
        return tr(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


A_ACK = QT_TRANSLATE_NOOP("core", "the township's acknowledgement of package {sequence} ({file})")
A_BACKUP = QT_TRANSLATE_NOOP("core", "the backup {file}")
P_OLD_FORM = QT_TRANSLATE_NOOP(
    "core", "entry {entry}: written in the old form after newer entries (rewritten)"
)
P_LINK = QT_TRANSLATE_NOOP(
    "core", "entry {entry}: link to the previous entry is broken (an entry was removed or inserted)"
)
P_ALTERED = QT_TRANSLATE_NOOP("core", "entry {entry}: its content was altered")
P_RESTORE = QT_TRANSLATE_NOOP(
    "core", "entry {entry}: a restore that does not start from its anchor (rewritten)"
)
P_TRUNCATED = QT_TRANSLATE_NOOP(
    "core",
    "the history ends at entry {position}, but {anchor} holds {count} entries: "
    "the last entries were removed (truncated)",
)
P_REWRITTEN = QT_TRANSLATE_NOOP("core", "entry {count} differs from {anchor}: the history was rewritten")
P_ADDED = QT_TRANSLATE_NOOP("core", "{table} {record}: record added outside the app")
P_DELETED = QT_TRANSLATE_NOOP("core", "{table} {record}: the record was deleted outside the app")
P_CHANGED = QT_TRANSLATE_NOOP(
    "core",
    "{table} {record}: field {field} is {actual} but the audit log says {expected} (changed outside the app)",
)
K_BROKEN = QT_TRANSLATE_NOOP("core", "broken")
K_REWRITTEN = QT_TRANSLATE_NOOP("core", "rewritten")
K_TRUNCATED = QT_TRANSLATE_NOOP("core", "truncated")
K_OUTSIDE = QT_TRANSLATE_NOOP("core", "changed outside the app")
KIND_LABELS = {"broken": K_BROKEN, "rewritten": K_REWRITTEN, "truncated": K_TRUNCATED, "outside": K_OUTSIDE}


def _table(table: str) -> str:
    from villagedesk.core.errors import Translatable
    from villagedesk.core.labels import TABLE_LABELS

    return Translatable(TABLE_LABELS[table]) if table in TABLE_LABELS else table


def _field(table: str, column: str) -> str:
    from villagedesk.core.errors import Translatable
    from villagedesk.core.labels import field_label

    label = field_label(table, column)
    return Translatable(label) if label != column else column


@dataclass(frozen=True)
class Anchor:
    """A head of the history kept outside this database: the newest acknowledgement (signed by the
    township) or a backup's header. ``name`` says which, for the report."""

    name: str
    count: int
    head: str
    at: dt.datetime | None = None  # when it was made (a restore after it explains a difference)
    words: Words | None = None  # ``name`` for a clerk, in their language

    @property
    def said(self) -> Words:
        return self.words if self.words is not None else Words("{name}", {"name": self.name})


@dataclass(frozen=True)
class RestoreNote:
    entry_id: int
    at: str
    actor: str
    when: dt.datetime
    backup: str
    backup_count: int  # the restored history's entries
    anchor_count: int | None  # the acknowledged anchor it started again from (None: none)


@dataclass
class VerifyResult:
    ok: bool
    entries: int
    records: int
    problem: str = ""
    entry_id: int | None = None
    kind: str = ""  # broken / rewritten / truncated / outside (a record changed outside the app)
    anchors: int = 0  # anchors that agree
    restores: list[RestoreNote] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)  # anchors a restore went back past
    problem_words: Words | None = None  # ``problem`` to translate
    discarded_words: list[Words] = field(default_factory=list)  # ``discarded`` to translate

    def problem_text(self, tr: Translator = identity) -> str:
        return self.problem_words.render(tr) if self.problem_words is not None else self.problem

    def kind_text(self, tr: Translator = identity) -> str:
        return tr(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind


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
    entries = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.record_uuid == record_uuid).order_by(AuditEntry.id)
        )
    )
    signed = [e for e in entries if e.table_name == "review_signature" and e.action == "insert"]
    if signed:  # a signature's history says when its signer's PIN was last reset and changed
        entries = sorted(entries + _pin_events_before(session, signed[0]), key=lambda e: e.id)
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


PIN_EVENTS = ("pin_reset", "pin_change")


def _pin_events_before(session: Session, signed: AuditEntry) -> list[AuditEntry]:
    """The signer's last PIN reset by the administrator and last own PIN change before signing."""
    from villagedesk.db.models import AppUser

    user_uuid = session.scalar(select(AppUser.uuid).where(AppUser.name == signed.actor))
    if user_uuid is None:
        return []
    out = []
    for action in PIN_EVENTS:
        event = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.record_uuid == user_uuid, AuditEntry.action == action, AuditEntry.id < signed.id
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if event is not None:
            out.append(event)
    return out


def _models_by_table() -> dict[str, type]:
    return {
        m.class_.__tablename__: m.class_ for m in Base.registry.mappers if hasattr(m.class_, "__tablename__")
    }


class _Broken(Exception):
    def __init__(
        self, words: Words, entry_id: int | None = None, entries: int = 0, kind: str = "broken"
    ) -> None:
        self.words, self.message = words, words.render()
        super().__init__(self.message)
        self.entry_id, self.entries, self.kind = entry_id, entries, kind


@dataclass
class _Walk:
    prev: str = GENESIS_HASH
    position: int = 0
    count: int = 0
    new_form_since: Any = None  # when the first entry in chain version 2 was written
    positions: dict[int, str] = field(default_factory=dict)
    state: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    restores: list[RestoreNote] = field(default_factory=list)


def verify_chain(session: Session, anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walk every entry: each must hash correctly and point at the one before (a restore may start
    again from an acknowledged anchor); the anchors kept outside must lie on the history; then
    replay the entries per record (users and roles too) and compare with what is stored now."""
    session.expire_all()  # compare with what is on disk, not with objects this session holds
    walk = _Walk()
    try:
        _walk_chain(session, walk)
    except _Broken as broken:
        return VerifyResult(
            False, broken.entries, 0, broken.message, broken.entry_id, broken.kind, problem_words=broken.words
        )
    result = VerifyResult(True, walk.count, len(walk.state), restores=walk.restores)
    try:
        _check_anchors(walk, anchors, result)
        _compare_records(session, walk)
    except _Broken as broken:
        result.ok, result.problem, result.kind = False, broken.message, broken.kind
        result.problem_words = broken.words
    return result


def _walk_chain(session: Session, walk: _Walk) -> None:
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)):
        walk.count += 1
        if e.payload_hash is None:
            _check_old_form(e, walk)
        else:
            _check_new_form(e, walk)
        walk.prev = e.entry_hash
        walk.position += 1
        walk.positions[walk.position] = e.entry_hash
        _replay(e, walk.state)


def _check_old_form(e: AuditEntry, walk: _Walk) -> None:
    if walk.new_form_since is not None:
        raise _Broken(Words(P_OLD_FORM, {"entry": e.id}), e.id, walk.count)
    if e.prev_hash != walk.prev:
        raise _Broken(Words(P_LINK, {"entry": e.id}), e.id, walk.count)
    expected = entry_hash(
        e.prev_hash, e.at.isoformat(), e.actor, e.action, e.table_name, e.record_uuid, e.changes, e.reason
    )
    if expected != e.entry_hash:
        raise _Broken(Words(P_ALTERED, {"entry": e.id}), e.id, walk.count)


def _check_new_form(e: AuditEntry, walk: _Walk) -> None:
    if walk.new_form_since is None:
        walk.new_form_since = e.at
    payload = payload_hash(
        e.at.isoformat(), e.actor, e.action, e.table_name, e.record_uuid, e.changes, e.reason
    )
    if payload != e.payload_hash or link_hash(e.prev_hash, e.action, payload) != e.entry_hash:
        raise _Broken(Words(P_ALTERED, {"entry": e.id}), e.id, walk.count)
    if e.action == RESTORE_ACTION and e.table_name == RESTORE_TABLE:
        _check_restore(e, walk)
    elif e.prev_hash != walk.prev:
        raise _Broken(Words(P_LINK, {"entry": e.id}), e.id, walk.count)


def _value(changes: dict[str, Any], key: str) -> Any:
    pair = changes.get(key)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def _check_restore(e: AuditEntry, walk: _Walk) -> None:
    """A restore links to the restored history's head, or starts again from the acknowledged
    anchor it names, replacing the restored head (which it names too)."""
    changes = json.loads(e.changes)
    claim = restore_position(changes)
    restored = _value(changes, "backup_head")
    anchor = _value(changes, "anchor")
    if e.prev_hash == walk.prev:
        ok = claim == walk.position + 1
    else:
        ok = (
            isinstance(anchor, list)
            and len(anchor) >= 2
            and anchor[1] == e.prev_hash
            and claim == anchor[0] + 1
            and restored == [walk.position, walk.prev]
        )
    if not ok:
        raise _Broken(Words(P_RESTORE, {"entry": e.id}), e.id, walk.count)
    walk.restores.append(
        RestoreNote(
            e.id,
            e.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            e.actor,
            e.at,
            str(_value(changes, "backup") or ""),
            int(restored[0]) if isinstance(restored, list) and restored else walk.position,
            int(anchor[0]) if isinstance(anchor, list) and anchor else None,
        )
    )
    if e.prev_hash != walk.prev:
        for later in [p for p in walk.positions if p > claim - 1]:
            del walk.positions[later]  # the restored history is replaced from the anchor on
        walk.positions[claim - 1] = e.prev_hash
    walk.position = claim - 1


_LEGACY_USER = re.compile(r"user (?P<name>.+): (?P<role>[A-Z]+)(?P<admin> admin)?$")


def _replay(e: AuditEntry, state: dict[tuple[str, str], dict[str, Any]]) -> None:
    if e.table_name == RESTORE_TABLE:
        return
    values = state.setdefault((e.table_name, e.record_uuid), {})
    changes = json.loads(e.changes)
    if e.action == "user_add" and not changes:  # written before users were audited field by field
        match = _LEGACY_USER.match(e.reason)
        if match:
            values.setdefault("role", match["role"])
            values.setdefault("is_admin", bool(match["admin"]))
    for key, (_old, new) in changes.items():
        values[key] = new


def _check_anchors(walk: _Walk, anchors: Sequence[Anchor], result: VerifyResult) -> None:
    """Each anchor must lie on the history; one that does not is a rewrite or a truncation, unless
    a restore went back past it (the restore says so)."""
    for anchor in anchors:
        if anchor.count == 0:
            continue
        here = walk.positions.get(anchor.count)
        if here == anchor.head:
            result.anchors += 1
            continue
        if any(
            r.backup_count < anchor.count or (anchor.at is not None and anchor.at <= r.when)
            for r in walk.restores
        ):
            result.discarded.append(anchor.name)
            result.discarded_words.append(anchor.said)
            continue
        if anchor.count > walk.position:
            words = Words(
                P_TRUNCATED, {"position": walk.position, "anchor": anchor.said, "count": anchor.count}
            )
            raise _Broken(words, kind="truncated")
        raise _Broken(Words(P_REWRITTEN, {"count": anchor.count, "anchor": anchor.said}), kind="rewritten")


def _compare_records(session: Session, walk: _Walk) -> None:
    models = _models_by_table()
    _compare_known(session, models, walk.state)
    for table, model in models.items():
        if table == "audit_entry":
            continue
        known = {u for (t, u) in walk.state if t == table}
        if hasattr(model, "version"):
            for uuid in session.scalars(select(model.uuid)):  # type: ignore[attr-defined]
                if uuid not in known:
                    raise _Broken(Words(P_ADDED, {"table": _table(table), "record": uuid}), kind="outside")
        elif table in _LOGGED and walk.new_form_since is not None:
            _unknown_log_rows(session, model, table, known, walk.new_form_since)


def _unknown_log_rows(session: Session, model: Any, table: str, known: set[str], since: Any) -> None:
    """Users and log rows written since this desk audits them must all be in the history."""
    stamp = model.at if table == "print_log" else model.created_at
    for row in session.scalars(select(model).where(stamp >= since)):
        key = str(row.uuid) if getattr(row, "uuid", None) else f"#{row.id}"
        if key not in known:
            raise _Broken(Words(P_ADDED, {"table": _table(table), "record": key}), kind="outside")


def _compare_known(
    session: Session, models: dict[str, Any], state: dict[tuple[str, str], dict[str, Any]]
) -> None:
    for (table, uuid), expected_values in state.items():
        model = models.get(table)
        if model is None:
            continue
        if uuid.startswith("#"):
            row = session.get(model, int(uuid[1:])) if uuid[1:].isdigit() else None
        else:
            row = session.scalars(select(model).where(model.uuid == uuid)).first()
        if row is None:
            raise _Broken(Words(P_DELETED, {"table": _table(table), "record": uuid}), kind="outside")
        for attr in inspect(model).column_attrs:
            if attr.key in NOT_AUDITED or attr.key not in expected_values:
                continue
            actual = to_jsonable(getattr(row, attr.key))
            if actual != expected_values[attr.key]:
                values = {"actual": repr(actual), "expected": repr(expected_values[attr.key])}
                where = {"table": _table(table), "record": uuid, "field": _field(table, attr.key)}
                raise _Broken(Words(P_CHANGED, where | values), kind="outside")
