"""Users, PINs, roles and what each role may do. Checked here, so the GUI, the CLI and the importer
all get the same answer — hiding a button is only a convenience."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import locks
from villagedesk.core.errors import Collector, NotFoundError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db import audit as audit_log
from villagedesk.db.base import utcnow
from villagedesk.db.models import AppUser, Body, UserRole

SYSTEM_ACTOR = "system"  # migrations, demo data and the first-run wizard act as the system
READ_ONLY_ACTOR = audit_log.READ_ONLY_ACTOR  # the desk's self-test: may look, may do nothing, writes nothing
RESERVED_NAMES = frozenset({SYSTEM_ACTOR, READ_ONLY_ACTOR})
MAX_TRIES = 5
LOCK_MINUTES = 5
# About 0.1 s a guess on the centre PC (16 MiB of memory each): a stolen database yields its PINs
# slowly. Tests lower N through PIN_COST_ENV (tests/conftest.py); one test holds the real cost.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # about 0.1 s a guess on a 2-core village PC
PIN_COST_ENV = "VILLAGEDESK_PIN_HASH_N"
_MAX_N, _MAX_R, _MAX_P = 2**20, 16, 4  # a stored hash asking for more is refused, not computed
MAX_PIN_LENGTH = 12

F_USER = QT_TRANSLATE_NOOP("core", "User")
F_PIN = QT_TRANSLATE_NOOP("core", "PIN")
F_ROLE = QT_TRANSLATE_NOOP("core", "Role")
F_PERMISSION = QT_TRANSLATE_NOOP("core", "Permission")

R_REQUIRED = QT_TRANSLATE_NOOP("core", "is required")
R_PIN_FORMAT = QT_TRANSLATE_NOOP("core", "must be {minimum} to {maximum} digits")
R_PIN_WEAK = QT_TRANSLATE_NOOP(
    "core", "is too easy to guess (the same digit, a simple sequence or a repeated group such as 121212)"
)
R_PIN_SAME = QT_TRANSLATE_NOOP("core", "the new PIN must differ from the current one")
R_MUST_CHANGE = QT_TRANSLATE_NOOP(
    "core",
    "{name} must choose a new PIN before doing anything else (it was reset by the administrator or is "
    "shorter than {minimum} digits): sign in at the desk, or run "
    "`villagedesk --user {name} user set-pin {name}`",
)
R_PIN_RESET_BY_ADMIN = QT_TRANSLATE_NOOP(
    "core", "the PIN of {name} was reset by the administrator: {name} must first choose a new PIN"
)
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


def scrypt_n() -> int:
    """The scrypt cost for new hashes: the real one unless PIN_COST_ENV lowers it (tests only)."""
    text = os.environ.get(PIN_COST_ENV, "")
    if text.isdigit() and 2 <= int(text) < SCRYPT_N and int(text) & (int(text) - 1) == 0:
        return int(text)
    return SCRYPT_N


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    n = scrypt_n()
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32, maxmem=256 * SCRYPT_R * n + 2**20
    )
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _hash_params(stored: str) -> tuple[int, int, int, bytes, str] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        params = (int(n), int(r), int(p), bytes.fromhex(salt), digest)
    except ValueError:
        return None
    if scheme != "scrypt" or not (
        2 <= params[0] <= _MAX_N and 1 <= params[1] <= _MAX_R and 1 <= params[2] <= _MAX_P
    ):
        return None
    return params


def pin_matches(pin: str, stored: str) -> bool:
    params = _hash_params(stored)
    if params is None:
        return False
    n, r, p, salt, digest = params
    candidate = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * r * n + 2**20)
    return hmac.compare_digest(candidate.hex(), digest)


def pin_min_length(session: Session | None) -> int:
    """The shortest PIN the centre allows (an administrator's setting, never below 6)."""
    from villagedesk.core import settings

    return (
        settings.get(session, settings.PIN_MIN_LENGTH)
        if session is not None
        else settings.PIN_MIN_LENGTH.default
    )


def is_trivial_pin(pin: str) -> bool:
    """The same digit, a run up or down with one step (123456, 654321, 135791, 097531) or a
    repeated group (121212, 123123, 12341234): the first PINs anyone tries."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if len(steps) <= 1:
        return True
    return any(len(pin) % k == 0 and pin == pin[:k] * (len(pin) // k) for k in range(1, len(pin) // 2 + 1))


def check_pin(pin: str, errors: Collector, repeat: str | None = None, minimum: int | None = None) -> None:
    from villagedesk.core import settings

    minimum = settings.PIN_MIN_LENGTH.default if minimum is None else minimum
    if not pin:
        errors.add(F_PIN, R_REQUIRED)
        return
    if not (pin.isascii() and pin.isdigit() and minimum <= len(pin) <= MAX_PIN_LENGTH):
        errors.add(F_PIN, R_PIN_FORMAT, minimum=minimum, maximum=MAX_PIN_LENGTH)
        return
    if is_trivial_pin(pin):
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
    elif name in RESERVED_NAMES or find_user(session, name) is not None:
        errors.add(F_USER, R_NAME_TAKEN, name=name)
    check_pin(pin, errors, repeat, pin_min_length(session))
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
    flags = " admin" if is_admin else ""
    audit_log.flush_labelled(session, user, "user_add", f"user {name}: {role.name}{flags}")
    return user


def set_pin(session: Session, name: str, pin: str, repeat: str | None = None) -> None:
    """A user changes their own PIN, or an administrator resets someone else's. A reset PIN is one
    the administrator knows, so its owner must choose a new one at the next sign-in (and cannot
    sign a review with it). Both are written to the audit log; the PIN never is."""
    own = session.info.get("actor") == name
    if not own:
        require(session, Action.MANAGE_USERS)
    _store_pin(session, _active(session, name), pin, repeat, own)


def change_own_pin(session: Session, name: str, old_pin: str, pin: str, repeat: str | None = None) -> AppUser:
    """At sign-in: prove the current PIN, then choose a new one (after a reset, or when the current
    one is shorter than the policy). The caller commits even when this raises (tries count)."""
    user = authenticate(session, name, old_pin)
    previous = session.info.get("actor")
    session.info["actor"] = name  # the audit log names the user, not the sign-in dialog
    try:
        _store_pin(session, user, pin, repeat, own=True)
    finally:
        session.info["actor"] = previous
    return user


def _store_pin(session: Session, user: AppUser, pin: str, repeat: str | None, own: bool) -> None:
    errors = Collector()
    check_pin(pin, errors, repeat, pin_min_length(session))
    if own and not errors.errors and pin_matches(pin, user.pin_hash):
        errors.add(F_PIN, R_PIN_SAME)
    errors.raise_if_any()
    user.pin_hash = hash_pin(pin)
    user.failed_attempts = 0
    user.locked_until = None
    user.must_change_pin = not own
    if own:
        audit_log.flush_labelled(session, user, "pin_change", f"user {user.name} changed their PIN")
    else:
        audit_log.flush_labelled(
            session, user, "pin_reset", f"PIN of {user.name} reset; to be changed at sign-in"
        )


def set_active(session: Session, name: str, active: bool) -> None:
    require(session, Action.MANAGE_USERS)
    user = _active(session, name) if not active else find_user(session, name)
    if user is None:
        raise NotFoundError(name)
    if not active and user.is_admin and len([u for u in users(session) if u.is_admin]) <= 1:
        raise ValidationError.single(F_USER, R_LAST_ADMIN)
    if user.active == active:
        return
    user.active = active
    action = "user_enable" if active else "user_disable"
    audit_log.flush_labelled(session, user, action, f"user {name} {'enabled' if active else 'disabled'}")


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
        params = _hash_params(user.pin_hash)
        if params is not None and params[0] < scrypt_n():
            user.pin_hash = hash_pin(pin)  # an older, cheaper hash is upgraded at sign-in
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


def needs_new_pin(session: Session, user: AppUser, pin: str) -> bool:
    """After a correct PIN: must the user choose a new one before anything else? After an
    administrator's reset, or when the PIN no longer meets the policy (e.g. 4 digits from before)."""
    errors = Collector()
    check_pin(pin, errors, minimum=pin_min_length(session))
    return user.must_change_pin or bool(errors.errors)


def is_locked(user: AppUser, now: dt.datetime | None = None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or utcnow())


def can(session: Session, actor: str, action: Action) -> bool:
    if actor == SYSTEM_ACTOR:
        return True
    user = find_user(session, actor)
    if user is None or not user.active or is_locked(user):
        return False  # a disabled or locked user can do nothing, from the desk or the command line
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
    audit_log.flush_labelled(session, user, "grant" if allowed else "revoke", "reveal_sensitive")


def reveal(session: Session, record: Any, field_name: str) -> str:
    """A sensitive field's full value for the session's actor, who must hold 查看敏感信息.

    Every reveal is written to the hash-chained audit log (who, when, which record and field), in
    the caller's transaction.
    """
    require(session, Action.REVEAL_SENSITIVE)
    append_audit_event(session, record, REVEAL_ACTION, f"{REVEAL_ACTION} {field_name}")
    return str(getattr(record, field_name))


def append_audit_event(session: Session, record: Any, action: str, reason: str) -> None:
    """An audit-log entry for an act that changes no field (a reveal, a grant, a reset), chained
    like the entries db/audit.py writes for changes. It carries no changes, so replaying the log
    to check the stored records is unaffected."""
    audit_log.append_event(session, record.__tablename__, record.uuid, action, reason)


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
