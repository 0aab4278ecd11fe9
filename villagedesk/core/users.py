"""Users, PINs, roles and what each role may do. Checked here, so the GUI, the CLI and the importer
all get the same answer — hiding a button is only a convenience."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from villagedesk.core import locks
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.audit import GENESIS_HASH, entry_hash
from villagedesk.db.base import utcnow
from villagedesk.db.models import AppUser, AuditEntry, Body, UserRole

SYSTEM_ACTOR = "system"  # migrations, demo data and the first-run wizard act as the system
MAX_TRIES = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

F_USER = QT_TRANSLATE_NOOP("core", "User")
F_PIN = QT_TRANSLATE_NOOP("core", "PIN")
F_ROLE = QT_TRANSLATE_NOOP("core", "Role")
F_PERMISSION = QT_TRANSLATE_NOOP("core", "Permission")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_PIN_FORMAT = QT_TRANSLATE_NOOP("core", "must be 4 to 12 digits")
R_PIN_WEAK = QT_TRANSLATE_NOOP("core", "is too easy to guess (all the same digit or a simple sequence)")
R_PIN_MISMATCH = QT_TRANSLATE_NOOP("core", "the two PINs are different")
R_NAME_TAKEN = QT_TRANSLATE_NOOP("core", "a user called {name} already exists")
R_UNKNOWN_USER = QT_TRANSLATE_NOOP("core", "there is no active user called {name}")
R_WRONG_PIN = QT_TRANSLATE_NOOP(
    "core", "wrong PIN; {left} tries left before the account is locked for {minutes} minutes"
)
R_LOCKED = QT_TRANSLATE_NOOP("core", "too many wrong PINs; the account is locked until {until}")
R_DENIED = QT_TRANSLATE_NOOP("core", "{name} ({role}) may not {action}")
R_SUPERVISOR_PERSON = QT_TRANSLATE_NOOP(
    "core", "a supervision committee user must be linked to a person on the roster"
)
R_LAST_ADMIN = QT_TRANSLATE_NOOP("core", "the last administrator cannot be removed or demoted")

ROLE_LABELS = {
    UserRole.CLERK: QT_TRANSLATE_NOOP("core", "Clerk"),
    UserRole.SECRETARY: QT_TRANSLATE_NOOP("core", "Secretary / chair"),
    UserRole.SUPERVISOR: QT_TRANSLATE_NOOP("core", "Supervision committee member"),
    UserRole.VIEWER: QT_TRANSLATE_NOOP("core", "Viewer"),
}


class Action(enum.Enum):
    EDIT_RECORDS = QT_TRANSLATE_NOOP("core", "change records")
    EDIT_CENTRE = QT_TRANSLATE_NOOP("core", "change the centre profile")
    PRINT = QT_TRANSLATE_NOOP("core", "print or save documents")
    POST = QT_TRANSLATE_NOOP("core", "print notices for posting")
    REVIEW = QT_TRANSLATE_NOOP("core", "sign a supervision review")
    MANAGE_USERS = QT_TRANSLATE_NOOP("core", "manage users")
    BACKUP = QT_TRANSLATE_NOOP("core", "make backups")
    RESTORE = QT_TRANSLATE_NOOP("core", "restore a backup")
    EXPORT = QT_TRANSLATE_NOOP("core", "export data for the township")
    REVEAL_SENSITIVE = QT_TRANSLATE_NOOP("core", "see sensitive information (查看敏感信息)")


ROLE_ACTIONS: dict[UserRole, frozenset[Action]] = {
    UserRole.CLERK: frozenset({Action.EDIT_RECORDS, Action.PRINT, Action.POST, Action.BACKUP, Action.EXPORT}),
    UserRole.SECRETARY: frozenset(
        {
            Action.EDIT_RECORDS,
            Action.EDIT_CENTRE,
            Action.PRINT,
            Action.POST,
            Action.BACKUP,
            Action.EXPORT,
            Action.REVEAL_SENSITIVE,
        }
    ),
    UserRole.SUPERVISOR: frozenset({Action.PRINT, Action.REVIEW}),
    UserRole.VIEWER: frozenset({Action.PRINT}),
}
ADMIN_ACTIONS = frozenset(
    {Action.MANAGE_USERS, Action.RESTORE, Action.EDIT_CENTRE, Action.BACKUP, Action.REVEAL_SENSITIVE}
)
# Actions the administrator may grant to one user beyond the user's role (stored on the user).
GRANTABLE = frozenset({Action.REVEAL_SENSITIVE})
REVEAL_ACTION = "reveal"  # audit-log action of a reveal; the entry changes nothing


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: UserRole
    is_admin: bool
    active: bool
    person_id: int | None
    locked_until: dt.datetime | None
    may_reveal: bool = False  # 查看敏感信息 granted beyond the role


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(candidate.hex(), digest)


def check_pin(pin: str, errors: Collector, repeat: str | None = None) -> None:
    if not pin:
        errors.add(F_PIN, R_REQUIRED)
        return
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        errors.add(F_PIN, R_PIN_FORMAT)
        return
    ascending = "01234567890123456789"
    if len(set(pin)) == 1 or pin in ascending or pin in ascending[::-1]:
        errors.add(F_PIN, R_PIN_WEAK)
    if repeat is not None and repeat != pin:
        errors.add(F_PIN, R_PIN_MISMATCH)


def users(session: Session, include_inactive: bool = False) -> list[UserRow]:
    stmt = select(AppUser).order_by(AppUser.is_admin.desc(), AppUser.name)
    if not include_inactive:
        stmt = stmt.where(AppUser.active.is_(True))
    return [
        UserRow(u.id, u.name, u.role, u.is_admin, u.active, u.person_id, u.locked_until, u.may_reveal)
        for u in session.scalars(stmt)
    ]


def find_user(session: Session, name: str) -> AppUser | None:
    return session.scalars(select(AppUser).where(AppUser.name == name)).first()


def administrator(session: Session) -> AppUser | None:
    return session.scalars(
        select(AppUser).where(AppUser.is_admin.is_(True), AppUser.active.is_(True)).order_by(AppUser.id)
    ).first()


def create_user(
    session: Session,
    name: str,
    role: UserRole,
    pin: str,
    repeat: str | None = None,
    is_admin: bool = False,
    person_id: int | None = None,
) -> AppUser:
    if session.scalars(select(AppUser.id).limit(1)).first() is not None:
        require(session, Action.MANAGE_USERS)  # only the very first user (the administrator) bootstraps
    errors = Collector()
    name = " ".join((name or "").split())
    if not name:
        errors.add(F_USER, R_REQUIRED)
    elif find_user(session, name) is not None:
        errors.add(F_USER, R_NAME_TAKEN, name=name)
    check_pin(pin, errors, repeat)
    if role is UserRole.SUPERVISOR and person_id is None:
        errors.add(F_ROLE, R_SUPERVISOR_PERSON)
    if person_id is not None:
        from villagedesk.core import roster

        roster.get_person(session, person_id)
    errors.raise_if_any()
    user = AppUser(
        name=name,
        role=role,
        is_admin=is_admin,
        person_id=person_id,
        pin_hash=hash_pin(pin),
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    return user


def set_pin(session: Session, name: str, pin: str, repeat: str | None = None) -> None:
    if session.info.get("actor") != name:
        require(session, Action.MANAGE_USERS)
    errors = Collector()
    check_pin(pin, errors, repeat)
    errors.raise_if_any()
    user = _active(session, name)
    user.pin_hash = hash_pin(pin)
    user.failed_attempts = 0
    user.locked_until = None
    session.flush()


def set_active(session: Session, name: str, active: bool) -> None:
    require(session, Action.MANAGE_USERS)
    user = _active(session, name) if not active else find_user(session, name)
    if user is None:
        raise NotFoundError(name)
    if not active and user.is_admin and len([u for u in users(session) if u.is_admin]) <= 1:
        raise ValidationError.single(F_USER, R_LAST_ADMIN)
    user.active = active
    session.flush()


def _active(session: Session, name: str) -> AppUser:
    user = find_user(session, name)
    if user is None or not user.active:
        raise ValidationError.single(F_USER, R_UNKNOWN_USER, name=name)
    return user


def authenticate(session: Session, name: str, pin: str, now: dt.datetime | None = None) -> AppUser:
    """Check a PIN. Wrong tries are counted in the database (they survive a restart); the caller
    must commit even when this raises, so a failed try is recorded."""
    now = now or utcnow()
    user = _active(session, name)
    if user.locked_until is not None and user.locked_until > now:
        local = user.locked_until.astimezone().strftime("%H:%M")
        raise ValidationError.single(F_PIN, R_LOCKED, until=local)
    if pin_matches(pin, user.pin_hash):
        user.failed_attempts = 0
        user.locked_until = None
        session.flush()
        return user
    user.failed_attempts += 1
    if user.failed_attempts >= MAX_TRIES:
        user.failed_attempts = 0
        user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        session.flush()
        raise ValidationError.single(F_PIN, R_LOCKED, until=user.locked_until.astimezone().strftime("%H:%M"))
    session.flush()
    raise ValidationError.single(
        F_PIN, R_WRONG_PIN, left=MAX_TRIES - user.failed_attempts, minutes=LOCK_MINUTES
    )


def can(session: Session, actor: str, action: Action) -> bool:
    if actor == SYSTEM_ACTOR:
        return True
    user = find_user(session, actor)
    if user is None or not user.active:
        return False
    return (
        action in ROLE_ACTIONS[user.role]
        or (user.is_admin and action in ADMIN_ACTIONS)
        or (action is Action.REVEAL_SENSITIVE and user.may_reveal)
    )


def grant_reveal(session: Session, name: str, allowed: bool) -> None:
    """Give one user 查看敏感信息 beyond the role (or take it back); only an administrator may.
    The grant is written to the audit log, like every reveal it allows."""
    require(session, Action.MANAGE_USERS)
    user = _active(session, name)
    if user.may_reveal == allowed:
        return
    user.may_reveal = allowed
    session.flush()
    append_audit_event(session, user, "grant" if allowed else "revoke", "reveal_sensitive")


def reveal(session: Session, record: Any, field_name: str) -> str:
    """A sensitive field's full value for the session's actor, who must hold 查看敏感信息.

    Every reveal is written to the hash-chained audit log (who, when, which record and field), in
    the caller's transaction.
    """
    require(session, Action.REVEAL_SENSITIVE)
    append_audit_event(session, record, REVEAL_ACTION, f"{REVEAL_ACTION} {field_name}")
    return str(getattr(record, field_name))


def append_audit_event(session: Session, record: Any, action: str, reason: str) -> None:
    """An audit-log entry for an act that changes no field (a reveal, a grant), chained like the
    entries db/audit.py writes for changes. It carries no changes, so replaying the log to check
    the stored records is unaffected."""
    session.flush()  # pending changes are logged first, in their order
    conn = session.connection()
    prev = conn.execute(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS_HASH
    at = utcnow()
    actor = session.info.get("actor", SYSTEM_ACTOR)
    table = record.__tablename__
    changes = "{}"
    digest = entry_hash(prev, at.isoformat(), actor, action, table, record.uuid, changes, reason)
    conn.execute(
        insert(AuditEntry.__table__).values(
            at=at,
            actor=actor,
            action=action,
            table_name=table,
            record_uuid=record.uuid,
            changes=changes,
            reason=reason,
            prev_hash=prev,
            entry_hash=digest,
        )
    )


def require(session: Session, action: Action) -> None:
    """Refuse unless the session's actor may do ``action``."""
    actor = session.info.get("actor", SYSTEM_ACTOR)
    if can(session, actor, action):
        return
    user = find_user(session, actor)
    role = Translatable(ROLE_LABELS[user.role]) if user is not None else "—"
    raise ValidationError.single(
        F_PERMISSION, R_DENIED, name=actor, role=role, action=Translatable(action.value)
    )


def supervisor_person_on(session: Session, user: AppUser, day: dt.date) -> bool:
    from villagedesk.core import roster

    return (
        user.role is UserRole.SUPERVISOR
        and user.person_id is not None
        and roster.is_member_on(session, user.person_id, Body.SUPERVISION, day)
    )


# Every writing action passes ``require`` above, so the rule that a posted record changes only with
# a reason is installed on the storage's audited flush wherever writing is possible.
locks.install()
