"""The township: its store (SQLite or PostgreSQL, same migrations), enrolling village keys,
importing packages all-or-nothing, signed acknowledgements, and the overview of every village."""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import zipfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, Table, event, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from villagedesk.core import users
from villagedesk.core.errors import Collector, DiskFullError, Translatable, ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity
from villagedesk.core.register import OverviewColumn
from villagedesk.core.session import unit_of_work
from villagedesk.db.base import utcnow
from villagedesk.db.models import (
    AppUser,
    EnrolledVillage,
    ImportConflict,
    ReceivedPackage,
    RefusedPackage,
    TownshipInfo,
    TownshipRecord,
    UserRole,
)
from villagedesk.db.models.exchange import TownshipNotice, TownshipPhoto, VillageKeyChange
from villagedesk.exchange import anchors, package, prepare, township_keys
from villagedesk.exchange.keys import (
    TownshipPublicKey,
    b64,
    raw_private,
    raw_public,
    read_village_key,
)
from villagedesk.exchange.package import PackageContents, PackageError, Refusal
from villagedesk.exchange.prepare import R_UNREADABLE_FILE as R_UNREADABLE_FILE
from villagedesk.exchange.registry import BY_NAME
from villagedesk.files import disk_full, write_atomically

F_TOWNSHIP = QT_TRANSLATE_NOOP("core", "Township store")
R_CODE9 = QT_TRANSLATE_NOOP("core", "the township code must be 9 digits, got {value}")
R_EXISTS = QT_TRANSLATE_NOOP("core", "this store already belongs to township {name} ({code})")
R_NOT_INIT = QT_TRANSLATE_NOOP(
    "core", "this store has no township yet: run `villagedesk township --db URL init` first"
)
R_OTHER_TOWNSHIP_VILLAGE = QT_TRANSLATE_NOOP("core", "village {code} does not belong to township {township}")
R_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "core",
    "village {code} is already enrolled with another key (fingerprint {old}); if its key was lost, "
    "re-enrol it after reading the new fingerprint out by phone",
)
ACK_KIND = "villagedesk-ack"


# -- the store --------------------------------------------------------------------------------------
def township(session: Session) -> TownshipInfo:
    info = session.scalars(select(TownshipInfo)).first()
    if info is None:
        raise ValidationError.single(F_TOWNSHIP, R_NOT_INIT)
    return info


def public_key(info: TownshipInfo) -> TownshipPublicKey:
    x, e = township_keys.private_keys(info)
    return TownshipPublicKey(info.code, info.name, raw_public(x.public_key()), raw_public(e.public_key()))


def init_township(
    session: Session,
    name: str,
    code: str,
    admin_name: str | None = None,
    admin_pin: str | None = None,
    admin_repeat: str | None = None,
) -> TownshipInfo:
    """A new township store; with ``admin_name`` its administrator is made in the same transaction
    (the command line and the window always make one: every writing command acts as a user)."""
    if not (len(code) == 9 and code.isascii() and code.isdigit()):
        raise ValidationError.single(F_TOWNSHIP, R_CODE9, value=code)
    existing = session.scalars(select(TownshipInfo)).first()
    if existing is not None:
        raise ValidationError.single(F_TOWNSHIP, R_EXISTS, name=existing.name, code=existing.code)
    x25519_sealed, ed25519_sealed = township_keys.new_private_keys(session, code, name.strip())
    info = TownshipInfo(
        name=name.strip(),
        code=code,
        x25519_private=x25519_sealed,  # sealed with the store's key file: never in clear here
        ed25519_private=ed25519_sealed,
        created_at=utcnow(),
    )
    session.add(info)
    session.flush()
    if admin_name is not None:
        previous = session.info.get("actor")
        session.info["actor"] = users.SYSTEM_ACTOR  # the first user bootstraps, as at the desk
        try:
            users.create_user(
                session, admin_name, UserRole.SECRETARY, admin_pin or "", admin_repeat, is_admin=True
            )
        finally:
            session.info["actor"] = previous
    return info


# -- the township's users ---------------------------------------------------------------------------
# The township keeps its own users in its own store (the same app_user table and the same PIN
# policy, hashing and lockout as the desk: core/users.py). Its administrator is made at init.
STORE_ACTOR = "township"  # open_township's actor: the store's own setup (migrations, tests)


class TownshipAction(enum.Enum):
    IMPORT = QT_TRANSLATE_NOOP("core", "import village packages")
    RESOLVE = QT_TRANSLATE_NOOP("core", "decide conflicts")
    ENROL = QT_TRANSLATE_NOOP("core", "enrol or re-enrol a village")
    CATALOGUES = QT_TRANSLATE_NOOP("core", "set the catalogues")
    BACKUP = QT_TRANSLATE_NOOP("core", "back up or restore the township store")
    MANAGE_USERS = QT_TRANSLATE_NOOP("core", "manage township users")


_OPERATOR_ACTIONS = frozenset({TownshipAction.IMPORT, TownshipAction.RESOLVE})
# township roles as the command line names them; the administrator has every action
TOWNSHIP_ROLES = {"operator": UserRole.CLERK, "viewer": UserRole.VIEWER}
TOWNSHIP_ROLE_LABELS = {
    UserRole.SECRETARY: QT_TRANSLATE_NOOP("core", "Township administrator"),
    UserRole.CLERK: QT_TRANSLATE_NOOP("core", "Township operator"),
    UserRole.VIEWER: QT_TRANSLATE_NOOP("core", "Viewer"),
}


def township_can(session: Session, actor: str, action: TownshipAction) -> bool:
    if actor == STORE_ACTOR:
        return True
    user = users.find_user(session, actor)
    if user is None or not user.active or users.is_locked(user):
        return False
    return user.is_admin or (user.role is UserRole.CLERK and action in _OPERATOR_ACTIONS)


def require_township(session: Session, action: TownshipAction) -> None:
    """Refuse unless the session's actor (a township user who gave their PIN) may do ``action``."""
    actor = str(session.info.get("actor", ""))
    if township_can(session, actor, action):
        return
    user = users.find_user(session, actor)
    role = Translatable(TOWNSHIP_ROLE_LABELS.get(user.role, "—")) if user is not None else "—"
    raise ValidationError.single(
        users.F_PERMISSION, users.R_DENIED, name=actor, role=role, action=Translatable(action.value)
    )


def add_township_user(
    session: Session, name: str, role: UserRole, pin: str, repeat: str | None = None
) -> AppUser:
    require_township(session, TownshipAction.MANAGE_USERS)
    return users.create_user(session, name, role, pin, repeat)


def sign_in(session: Session, name: str, pin: str) -> AppUser:
    """A township user proves who they are (wrong tries count towards the lockout: the caller
    commits even when this raises); a PIN that must be changed is refused here."""
    user = users.authenticate(session, name, pin)
    if users.needs_new_pin(session, user, pin):
        raise ValidationError.single(
            users.F_PIN, users.R_MUST_CHANGE, name=name, minimum=users.pin_min_length(session)
        )
    return user


def enrol(session: Session, key_file: Path) -> EnrolledVillage:
    require_township(session, TownshipAction.ENROL)
    info = township(session)
    key = read_village_key(key_file)
    if key.code[:9] != info.code:
        raise ValidationError.single(F_TOWNSHIP, R_OTHER_TOWNSHIP_VILLAGE, code=key.code, township=info.code)
    village = session.scalars(select(EnrolledVillage).where(EnrolledVillage.code == key.code)).first()
    if village is not None:
        if village.public_key != b64(key.ed25519):
            raise ValidationError.single(F_TOWNSHIP, R_KEY_CHANGED, code=key.code, old=village.fingerprint)
        return village
    village = EnrolledVillage(
        code=key.code,
        name=key.name,
        public_key=b64(key.ed25519),
        fingerprint=key.fingerprint,
        enrolled_at=utcnow(),
    )
    session.add(village)
    session.flush()
    return village


F_REENROL = QT_TRANSLATE_NOOP("core", "Re-enrol")
R_NOT_YET_ENROLLED = QT_TRANSLATE_NOOP("core", "village {code} is not enrolled yet: enrol it instead")
R_SAME_KEY = QT_TRANSLATE_NOOP("core", "village {code} is already enrolled with this key")
R_FINGERPRINT = QT_TRANSLATE_NOOP(
    "core", "the fingerprint read out by phone ({given}) is not the one of this key file ({actual})"
)
R_REASON = QT_TRANSLATE_NOOP(
    "core", "say why the key is replaced (e.g. the PC died and no backup had the key)"
)


def _normal_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def reenrol(
    session: Session, key_file: Path, confirmed: str, reason: str, now: dt.datetime | None = None
) -> VillageKeyChange:
    """A village whose signing key is really lost gets a new one, after its fingerprint was read
    out by phone (``confirmed``) and with a reason; the change is kept with who made it. From now
    on only the new key's packages import; the chain of package numbers goes on."""
    require_township(session, TownshipAction.ENROL)
    info = township(session)
    key = read_village_key(key_file)
    if key.code[:9] != info.code:
        raise ValidationError.single(F_TOWNSHIP, R_OTHER_TOWNSHIP_VILLAGE, code=key.code, township=info.code)
    village = session.scalars(select(EnrolledVillage).where(EnrolledVillage.code == key.code)).first()
    if village is None:
        raise ValidationError.single(F_REENROL, R_NOT_YET_ENROLLED, code=key.code)
    errors = Collector()
    if village.public_key == b64(key.ed25519):
        errors.add(F_REENROL, R_SAME_KEY, code=key.code)
    elif _normal_fingerprint(confirmed) != _normal_fingerprint(key.fingerprint):
        errors.add(F_REENROL, R_FINGERPRINT, given=confirmed.strip() or "—", actual=key.fingerprint)
    if not reason.strip():
        errors.add(F_REENROL, R_REASON)
    errors.raise_if_any()
    change = VillageKeyChange(
        village_code=village.code,
        old_public_key=village.public_key,
        old_fingerprint=village.fingerprint,
        new_public_key=b64(key.ed25519),
        new_fingerprint=key.fingerprint,
        changed_by=str(session.info.get("actor", ""))[:80],
        reason=reason.strip(),
        changed_at=now or utcnow(),
    )
    session.add(change)
    village.public_key = b64(key.ed25519)
    village.fingerprint = key.fingerprint
    session.flush()
    return change


def key_changes(session: Session, village_code: str | None = None) -> list[VillageKeyChange]:
    stmt = select(VillageKeyChange).order_by(VillageKeyChange.id)
    if village_code:
        stmt = stmt.where(VillageKeyChange.village_code == village_code)
    return list(session.scalars(stmt))


# -- import -----------------------------------------------------------------------------------------
R_SEQ_DIFFERENT = QT_TRANSLATE_NOOP(
    "core",
    "package {sequence} was already received with other content; if the village restored a backup, "
    "it must first import the township's newest acknowledgement",
)
R_SEQ_OLDER = QT_TRANSLATE_NOOP("core", "package {sequence} is older than the last one received ({last})")
R_SEQ_MISSING = QT_TRANSLATE_NOOP(
    "core", "packages {missing} of village {code} have not been imported yet; import them first"
)
R_SEQ_HASH = QT_TRANSLATE_NOOP(
    "core", "the package does not follow the last one received (previous hash differs)"
)
R_CHANGES_GAP = QT_TRANSLATE_NOOP(
    "core",
    "the package starts after change {after}, but the township holds changes only up to {held}; "
    "export everything (--all) at the village",
)
R_STORE_FAILED = QT_TRANSLATE_NOOP(
    "core", "the township store could not save it ({error}); nothing was imported, try again"
)
R_ACK_FAILED = QT_TRANSLATE_NOOP(
    "core",
    "imported, but the acknowledgement could not be written ({error}); write it again with `township ack --again`",
)
R_NOT_RECEIVED = QT_TRANSLATE_NOOP("core", "package {sequence} of village {code} has not been imported")
F_CONFLICT = QT_TRANSLATE_NOOP("core", "Conflict")
R_NO_CONFLICT = QT_TRANSLATE_NOOP("core", "there is no conflict number {id}")
R_DECIDED = QT_TRANSLATE_NOOP("core", "conflict {id} was already decided ({decision} by {by})")
R_WHO = QT_TRANSLATE_NOOP("core", "say who decides (a name)")
F_NOTICE_PDF = QT_TRANSLATE_NOOP("core", "Notice PDF")
R_NO_PDF = QT_TRANSLATE_NOOP("core", "village {code} sent no notice PDF {id}")
R_NO_PHOTO = QT_TRANSLATE_NOOP("core", "village {code} sent no board photo of {id}")

_NOT_CONTENT = prepare.NOT_CONTENT


@dataclass
class TypeSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class ImportReport:
    village_code: str
    village_name: str
    sequence: int
    package_hash: str
    already_imported: bool = False
    summary: dict[str, TypeSummary] = field(default_factory=dict)
    history: anchors.HistoryCheck | None = None  # the audit history checked against the anchors

    def totals(self) -> TypeSummary:
        total = TypeSummary()
        for s in self.summary.values():
            total.new += s.new
            total.updated += s.updated
            total.unchanged += s.unchanged
            total.conflicts += s.conflicts
        return total


def _digest_key(info: TownshipInfo) -> bytes:
    """A secret only the township holds (derived from its private key): a plain hash of a record
    would let anyone holding the store guess a phone number by trying them all."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"villagedesk-content-digest-v1"
    ).derive(raw_private(township_keys.private_keys(info)[0]))


def content_digest(key: bytes, readable: dict[str, Any], opened: dict[str, Any]) -> str:
    """The keyed digest of a record's content in clear: its readable fields and its opened sealed
    ones, without the fields that only say when and by whom. Re-sealing the same values for another
    package changes the ciphertext, never this. (A digest stored before this form, or before digests
    were keyed, differs: the import then compares the stored record's content itself.)"""
    return prepare.digest(
        key, prepare.to_json(prepare.content(readable)), prepare.to_json(opened) if opened else ""
    )


def _opener(info: TownshipInfo, sealing: dict[str, Any], package_id: str) -> package.Opener:
    return prepare.opener(township_keys.private_keys(info)[0], sealing, package_id)


def _enrolled_key(session: Session, code: str) -> str | None:
    return session.scalars(select(EnrolledVillage.public_key).where(EnrolledVillage.code == code)).first()


def verify(session: Session, data: bytes) -> PackageContents:
    """Everything that can be checked before touching the store; raises PackageError saying what."""
    info = township(session)
    return prepare.read_verified(
        data, lambda code: _enrolled_key(session, code), info.code, public_key(info).fingerprint
    )


def keyring(session: Session) -> prepare.Keyring:
    """What preparing a batch of files needs of this township (see exchange/prepare.py)."""
    info = township(session)
    villages = {v.code: v.public_key for v in session.scalars(select(EnrolledVillage))}
    return prepare.Keyring(
        info.code,
        public_key(info).fingerprint,
        raw_private(township_keys.private_keys(info)[0]),
        _digest_key(info),
        villages,
        frozenset(BY_NAME),
    )


def format_ranges(numbers: Sequence[int]) -> str:
    """Package numbers as a reader wants them: "3, 7–9, 12–40031", never forty thousand numbers."""
    if isinstance(numbers, range) and numbers.step == 1:
        runs = [(numbers.start, numbers.stop - 1)] if len(numbers) else []
    else:
        runs = []
        for n in sorted(set(numbers)):
            if runs and n == runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], n)
            else:
                runs.append((n, n))
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def _check_sequence(session: Session, contents: PackageContents) -> bool:
    """True when this exact package was imported before; raises when it is out of sequence."""
    village = session.scalars(
        select(EnrolledVillage).where(EnrolledVillage.code == contents.village_code)
    ).one()
    seen = session.scalars(
        select(ReceivedPackage).where(
            ReceivedPackage.village_code == village.code, ReceivedPackage.sequence == contents.sequence
        )
    ).first()
    if seen is not None:
        if seen.package_hash == contents.package_hash:
            return True
        raise PackageError(Refusal.OUT_OF_SEQUENCE, R_SEQ_DIFFERENT, sequence=contents.sequence)
    if contents.sequence <= village.last_sequence:
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE, R_SEQ_OLDER, sequence=contents.sequence, last=village.last_sequence
        )
    if contents.sequence != village.last_sequence + 1:
        missing = format_ranges(range(village.last_sequence + 1, contents.sequence))
        raise PackageError(Refusal.OUT_OF_SEQUENCE, R_SEQ_MISSING, missing=missing, code=village.code)
    if contents.manifest["previous_hash"] != village.last_hash:
        raise PackageError(Refusal.OUT_OF_SEQUENCE, R_SEQ_HASH)
    changes = contents.manifest.get("changes")
    if changes is not None and changes["after"] > village.high_water:
        # the village believes the township holds changes it never received: they would be skipped
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE, R_CHANGES_GAP, after=changes["after"], held=village.high_water
        )
    return False


@dataclass(slots=True)
class _Decision:
    type_name: str
    row: dict[str, Any]
    digest: str
    outcome: str  # new, updated, unchanged, conflict
    existing: TownshipRecord | None
    data_json: str  # the stored readable copy (see prepare.data_json)


class _StoredPlain:
    """Opens stored records' sealed fields, one opener per package (for records stored before
    digests were keyed, and for showing what a conflict is about)."""

    def __init__(self, session: Session, info: TownshipInfo) -> None:
        self.session, self.info = session, info
        self._openers: dict[tuple[str, int], package.Opener] = {}

    def opener(self, village_code: str, sequence: int) -> package.Opener:
        key = (village_code, sequence)
        if key not in self._openers:
            received = self.session.scalars(
                select(ReceivedPackage).where(
                    ReceivedPackage.village_code == village_code, ReceivedPackage.sequence == sequence
                )
            ).one()
            meta = json.loads(received.summary_json)["_sealing"]
            self._openers[key] = _opener(self.info, meta, meta["package_id"])
        return self._openers[key]

    def opened(self, record: TownshipRecord) -> dict[str, Any]:
        if not record.sealed:
            return {}
        return self.opener(record.village_code, record.package_sequence).open(record.uuid, record.sealed)


def _is_newer(row: dict[str, Any], existing: TownshipRecord) -> bool:
    """By the village's change counter when both copies carry one (it survives a restore: the
    village numbers later changes above the township's mark), else by version."""
    incoming = int(row.get("change_counter") or 0)
    if incoming and existing.change_counter and incoming != existing.change_counter:
        return incoming > existing.change_counter
    return int(row["version"]) > existing.version


def _decide(
    session: Session, contents: PackageContents, computed: prepare.Computed | None = None
) -> tuple[ImportReport, list[_Decision], dict[str, TownshipRecord]]:
    """What becomes of each record of the package, and the village's records as stored before it."""
    info = township(session)
    report = ImportReport(
        contents.village_code,
        str(contents.manifest["village"]["name"]),
        contents.sequence,
        contents.package_hash,
    )
    key = _digest_key(info)
    if computed is None:
        computed = prepare.compute(contents, township_keys.private_keys(info)[0], key, BY_NAME)
    report.already_imported = _check_sequence(session, contents)
    if not report.already_imported:
        report.history = anchors.check(session, contents, computed.links)
    stored = {
        r.uuid: r
        for r in session.scalars(
            select(TownshipRecord).where(TownshipRecord.village_code == contents.village_code)
        )
    }
    plain = _StoredPlain(session, info)
    decisions: list[_Decision] = []
    for type_name, rows in contents.records.items():
        if type_name not in BY_NAME:
            continue
        summary = report.summary.setdefault(type_name, TypeSummary())
        for row, (digest, data_json) in zip(rows, computed.records[type_name], strict=True):
            existing = stored.get(row["uuid"])
            if existing is None:
                outcome = "new"
                summary.new += 1
            elif existing.record_type == type_name and _is_newer(row, existing):
                outcome = "updated"
                summary.updated += 1
            elif existing.record_type == type_name and (
                existing.content_hash == digest
                or content_digest(key, json.loads(existing.data_json), plain.opened(existing)) == digest
            ):
                outcome = "unchanged"
                summary.unchanged += 1
            else:
                outcome = "conflict"
                summary.conflicts += 1
            decisions.append(_Decision(type_name, row, digest, outcome, existing, data_json))
    return report, decisions, stored


def plan(
    session: Session, contents: PackageContents, computed: prepare.Computed | None = None
) -> ImportReport:
    """The dry run: what importing would do, per record type; changes nothing."""
    return _decide(session, contents, computed)[0]


# a record's stored columns that its package row gives, in the table's order
_FIELD_NAMES = (
    "version",
    "deleted",
    "data_json",
    "sealed",
    "content_hash",
    "package_sequence",
    "change_counter",
)
_NEW_RECORD_COLUMNS = ("village_code", "record_type", "uuid", *_FIELD_NAMES)  # apply's new rows


def _field_values(
    row: dict[str, Any], digest: str, sequence: int, data_json: str | None = None
) -> tuple[Any, ...]:
    """A record's stored columns (``_FIELD_NAMES``), as the package row gives them."""
    return (
        int(row["version"]),
        bool(row.get("deleted")),
        prepare.data_json(row, prepare.to_json(prepare.content(row))) if data_json is None else data_json,
        row.get("sealed", ""),
        digest,
        sequence,
        int(row.get("change_counter") or 0),
    )


def _store_fields(
    record: TownshipRecord, row: dict[str, Any], digest: str, sequence: int, data_json: str | None = None
) -> None:
    for name, value in zip(_FIELD_NAMES, _field_values(row, digest, sequence, data_json), strict=True):
        setattr(record, name, value)


def _insert_many(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Rows (in ``columns``' order) in one executemany handed straight to the database driver, in
    the caller's transaction: SQLAlchemy's processing of each row's parameters cost as much as
    SQLite's insert itself. For columns that need no type conversion (text, whole numbers, bools)."""
    connection = session.connection()
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
    params: list[Any]
    if compiled.positional:
        order = [columns.index(name) for name in compiled.positiontup or ()]
        params = rows if order == list(range(len(columns))) else [tuple(r[i] for i in order) for r in rows]
    else:
        params = [dict(zip(columns, row, strict=True)) for row in rows]
    connection.exec_driver_sql(compiled.string, params)


def apply(
    session: Session, contents: PackageContents, computed: prepare.Computed | None = None
) -> ImportReport:
    """Apply a verified package in the caller's transaction: all of it or (on any error) none.
    ``computed``: its records' digests worked out already (``prepare.compute``)."""
    require_township(session, TownshipAction.IMPORT)
    report, decisions, stored = _decide(session, contents, computed)
    if report.already_imported:
        return report
    now = utcnow()
    # new records go in as one bulk insert (a year of a village is thousands of rows: building an
    # ORM object for each cost most of the import)
    code, sequence = contents.village_code, contents.sequence
    new_rows = [
        (code, d.type_name, d.row["uuid"], *_field_values(d.row, d.digest, sequence, d.data_json))
        for d in decisions
        if d.outcome == "new"
    ]
    if new_rows:
        _insert_many(session, cast(Table, TownshipRecord.__table__), _NEW_RECORD_COLUMNS, new_rows)
    for d in decisions:
        if d.outcome == "new":
            continue
        if d.outcome == "updated" and d.existing is not None:
            _store_fields(d.existing, d.row, d.digest, contents.sequence, d.data_json)
        elif d.outcome == "unchanged" and d.existing is not None:
            if d.existing.content_hash != d.digest:  # stored before digests were keyed (or of an older form)
                d.existing.content_hash = d.digest
        elif d.existing is not None:  # other content at the same or an older change: a person decides
            session.add(
                ImportConflict(
                    village_code=contents.village_code,
                    record_type=d.type_name,
                    uuid=d.row["uuid"],
                    stored_version=d.existing.version,
                    incoming_version=int(d.row["version"]),
                    incoming_json=json.dumps(d.row, ensure_ascii=False),
                    package_sequence=contents.sequence,
                    found_at=now,
                )
            )
    village = session.scalars(
        select(EnrolledVillage).where(EnrolledVillage.code == contents.village_code)
    ).one()
    session.flush()
    village.facts_json = json.dumps(_facts_after(stored, decisions), ensure_ascii=False)
    village.last_sequence = contents.sequence
    village.last_hash = contents.package_hash
    village.last_received_at = now
    village.name = str(contents.manifest["village"]["name"])
    changes = contents.manifest.get("changes")
    if changes is not None:
        village.high_water = max(village.high_water, int(changes["upto"]))
    period = contents.manifest["period"]
    session.add(
        ReceivedPackage(
            village_code=contents.village_code,
            sequence=contents.sequence,
            package_hash=contents.package_hash,
            period_from=str(period.get("from") or ""),
            period_to=str(period.get("to") or ""),
            received_at=now,
            summary_json=json.dumps(
                {
                    **{k: vars(v) for k, v in report.summary.items()},
                    "_sealing": {
                        **contents.manifest["sealing"],
                        "package_id": contents.manifest["package_id"],
                    },
                }
            ),
        )
    )
    _keep_notices(session, contents, now)
    _keep_photos(session, contents, now)
    if report.history is not None:
        anchors.record(session, contents, report.history)
    session.flush()
    return report


def _facts_after(stored: dict[str, TownshipRecord], decisions: list[_Decision]) -> dict[str, Any]:
    """``village_facts`` of the village as this import leaves it, worked out from the records
    already in memory (the stored ones, updated in place, and the new rows of the package) instead
    of reading thousands of rows back; in the order the store keeps them."""
    records: dict[str, list[dict[str, Any]]] = {}
    for record in sorted(stored.values(), key=lambda r: r.id):
        if not record.deleted:
            records.setdefault(record.record_type, []).append(json.loads(record.data_json))
    for d in decisions:
        if d.outcome == "new" and not d.row.get("deleted"):
            # the package's row as it is: the registers' overview_facts read their named readable
            # fields, never the sealed text (a copy without it for 2,000 rows cost a tenth of the import)
            records.setdefault(d.type_name, []).append(d.row)
    return _facts_of(records)


def _keep_notices(session: Session, contents: PackageContents, now: dt.datetime) -> None:
    """The posted notices' PDFs, kept as the village printed them (a copy already kept is not
    stored twice)."""
    if not contents.notices:
        return
    have = set(
        session.execute(
            select(TownshipNotice.notice_uuid, TownshipNotice.sha256).where(
                TownshipNotice.village_code == contents.village_code
            )
        ).all()
    )
    for uuid, pdf in contents.notices.items():
        digest = package.sha256(pdf)
        if (uuid, digest) in have:
            continue
        session.add(
            TownshipNotice(
                village_code=contents.village_code,
                notice_uuid=uuid,
                package_sequence=contents.sequence,
                sha256=digest,
                size=len(pdf),
                pdf=pdf,
                received_at=now,
            )
        )


def _keep_photos(session: Session, contents: PackageContents, now: dt.datetime) -> None:
    """The board photos, kept beside the posted PDFs (a copy already kept is not stored twice)."""
    if not contents.photos:
        return
    have: set[tuple[str, str]] = {  # one query for the village, not one per photo
        (uuid, digest)
        for uuid, digest in session.execute(
            select(TownshipPhoto.record_uuid, TownshipPhoto.sha256).where(
                TownshipPhoto.village_code == contents.village_code
            )
        )
    }
    for uuid, jpeg in contents.photos.items():
        digest = package.sha256(jpeg)
        if (uuid, digest) not in have:
            have.add((uuid, digest))
            session.add(
                TownshipPhoto(
                    village_code=contents.village_code,
                    record_uuid=uuid,
                    package_sequence=contents.sequence,
                    sha256=digest,
                    size=len(jpeg),
                    jpeg=jpeg,
                    received_at=now,
                )
            )


def photo_uuids(session: Session, village_code: str) -> set[str]:
    """The records of a village the township holds a board photo of."""
    return set(
        session.scalars(select(TownshipPhoto.record_uuid).where(TownshipPhoto.village_code == village_code))
    )


def notice_photo(session: Session, village_code: str, record_uuid: str) -> bytes:
    """The newest board photo of a record (a notice's UUID), as the village sent it."""
    found = session.scalars(
        select(TownshipPhoto)
        .where(TownshipPhoto.village_code == village_code, TownshipPhoto.record_uuid == record_uuid)
        .order_by(TownshipPhoto.id.desc())
    ).first()
    if found is None:
        raise ValidationError.single(F_NOTICE_PDF, R_NO_PHOTO, code=village_code, id=record_uuid)
    return found.jpeg


def open_sealed(session: Session, record: TownshipRecord) -> dict[str, Any]:
    """The sensitive fields of a record, opened with the township's private key."""
    return _StoredPlain(session, township(session)).opened(record)


def log_refusal(session: Session, file_name: str, data: bytes, error: PackageError) -> None:
    """Remember a refused package (in its own transaction; the records are untouched)."""
    code, sequence = "", None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("manifest.json")
        if info.file_size <= package.MAX_MANIFEST:
            with archive.open(info) as handle:
                manifest = json.loads(handle.read(package.MAX_MANIFEST + 1))
            code = str(manifest["village"]["code"])[:12]
            raw = manifest["sequence"]
            sequence = (
                raw
                if isinstance(raw, int) and not isinstance(raw, bool) and 0 < raw <= package.MAX_INT
                else None
            )
    except Exception:  # a damaged file tells us nothing more; the refusal itself is what matters
        pass
    session.add(
        RefusedPackage(
            village_code=code,
            sequence=sequence,
            file_name=file_name[:200],
            reason=error.refusal.value,
            detail=error.detail,
            refused_at=utcnow(),
        )
    )
    session.flush()


def missing_sequences(session: Session, village: EnrolledVillage) -> range:
    """Numbers between the last package received and a later one that was refused for the gap
    (a range: a number far ahead must not become a list of millions)."""
    highest = session.scalar(
        select(func.max(RefusedPackage.sequence)).where(
            RefusedPackage.village_code == village.code,
            RefusedPackage.reason == Refusal.OUT_OF_SEQUENCE.value,
            RefusedPackage.sequence > village.last_sequence + 1,
        )
    )
    return range(village.last_sequence + 1, highest or 0)


# -- one file of a batch ----------------------------------------------------------------------------
@dataclass
class FileOutcome:
    """What became of one file: imported (``report``), refused (``refusal``), or not stored
    (``failure``: disk full, database gone). ``ack_failure``: imported, but no acknowledgement."""

    path: Path
    report: ImportReport | None = None
    ack: Path | None = None
    refusal: PackageError | None = None
    failure: str = ""
    ack_failure: str = ""
    full: DiskFullError | None = None  # the failure was a full disk: said once, naming the folder

    @property
    def imported(self) -> bool:
        return self.report is not None and self.refusal is None and not self.failure

    def message(self, tr: Translator = identity) -> str:
        """The one line a clerk reads about this file when it did not go through, under 200 characters."""
        if self.refusal is not None:
            return self.refusal.render(tr)
        if self.full is not None and not self.ack_failure:
            return package.shorten(self.full.render(tr), package.MAX_MESSAGE)
        text = tr(R_STORE_FAILED).format(error=self.failure) if self.failure else ""
        if self.ack_failure:  # imported and committed: only the acknowledgement is missing
            error = self.full.short(tr) if self.full is not None else self.ack_failure
            text = tr(R_ACK_FAILED).format(error=error)
        return package.shorten(text, package.MAX_MESSAGE)


def _store_folder(sessions: sessionmaker[Session]) -> Path | None:
    bind = sessions.kw.get("bind")
    database = bind.url.database if isinstance(bind, Engine) and bind.dialect.name == "sqlite" else None
    return Path(database).resolve().parent if database else None


def import_file(
    sessions: sessionmaker[Session], path: Path, ack_dir: Path | None = None, dry_run: bool = False
) -> FileOutcome:
    """Import one package file in its own transaction. The import is committed first and the
    acknowledgement written after, so an acknowledgement never speaks for records the township
    failed to store. A package imported before gets its acknowledgement written again (the
    first one may have been lost). Nothing here raises for a bad file: the outcome says it."""
    return _import(sessions, Path(path), None, ack_dir, dry_run)


# A batch of at least this many files is prepared in a second process (starting it costs about as
# much as preparing one file).
PREPARE_APART_FROM = 3
_AHEAD = 3  # files prepared ahead of the store: bounds the memory a batch holds


def import_files(
    sessions: sessionmaker[Session],
    paths: Sequence[Path],
    ack_dir: Path | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[FileOutcome]:
    """``import_file`` of each file in turn, each outcome as it comes (each file in its own
    transaction, a bad one reported and the others still imported), with the next files read,
    verified and digested in a second process while the store takes the current one: on a
    two-core PC that nearly halves a batch of 200 villages. Where that process cannot start or
    dies, the files are prepared here as ``import_file`` does."""
    paths = [Path(p) for p in paths]
    apart = _prepared_apart(sessions, paths)
    try:
        for done, (path, prepared) in enumerate(zip(paths, apart, strict=True)):
            if progress is not None:
                progress(done, len(paths))
            yield _import(sessions, path, prepared, ack_dir, dry_run)
    finally:
        apart.close()  # the worker processes end now, also when the caller stops early or fails


def _prepared_apart(
    sessions: sessionmaker[Session], paths: list[Path]
) -> Generator[prepare.Prepared | None, None, None]:
    """Each file prepared in a worker process, in order; None where it is to be prepared here."""
    import os

    if len(paths) < PREPARE_APART_FROM or (os.cpu_count() or 1) < 2:
        yield from (None for _ in paths)
        return
    try:
        with sessions() as session:
            ring = keyring(session)
    except Exception:  # noqa: BLE001  (each file meets the same problem here and reports it)
        yield from (None for _ in paths)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(
            max_workers=2,
            mp_context=multiprocessing.get_context("spawn"),  # no fork of a process with threads (the desk's)
            initializer=prepare.keep_keyring,
            initargs=(ring,),
        )
    except Exception:  # noqa: BLE001  (no worker processes on this PC: prepared here)
        yield from (None for _ in paths)
        return
    try:
        futures: list[Future[prepare.Prepared] | None] = []
        broken = False
        for index, _path in enumerate(paths):
            while not broken and len(futures) < min(index + 1 + _AHEAD, len(paths)):
                try:
                    futures.append(pool.submit(prepare.prepare_kept, paths[len(futures)]))
                except Exception:  # noqa: BLE001  (the pool is broken: the rest are prepared here)
                    broken = True
            future = futures[index] if index < len(futures) else None
            if index < len(futures):
                futures[index] = None  # its file's records are let go once the store has them
            try:
                yield future.result() if future is not None else None
            except Exception:  # noqa: BLE001  (the worker died on it: prepared here instead)
                broken = True
                yield None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _import(
    sessions: sessionmaker[Session],
    path: Path,
    prepared: prepare.Prepared | None,
    ack_dir: Path | None,
    dry_run: bool,
) -> FileOutcome:
    out = FileOutcome(path)
    data: bytes | None = None
    if prepared is None:
        try:
            data = prepare.load(path)
        except PackageError as exc:
            out.refusal = exc
            return out
    elif prepared.unread:  # the file could not be read at all: nothing to log of it
        out.refusal = prepared.refusal
        return out
    ack: SignedAck | None = None
    try:
        with unit_of_work(sessions, reason=f"import {path.name}") as session:
            contents, computed = _contents(session, path, prepared, data)
            if dry_run:
                out.report = plan(session, contents, computed)
                session.rollback()
            else:
                out.report = apply(session, contents, computed)
                # numbered in the import's commit, written only after it: an acknowledgement never
                # speaks for records the township failed to store
                ack = signed_ack(session, out.report.village_code, out.report.sequence)
    except PackageError as exc:
        out.refusal = exc
        if not dry_run:
            try:
                if data is None:  # refused apart: the bytes it refused
                    data = prepared.data if prepared is not None else b""
                with unit_of_work(sessions) as session:
                    log_refusal(session, path.name, data, exc)
            except (SQLAlchemyError, OSError):
                pass  # the refusal is still reported; only its log line is lost
        return out
    except (SQLAlchemyError, OSError) as exc:
        out.full = disk_full(exc, _store_folder(sessions))
        cause = getattr(exc, "orig", None) or exc
        out.failure = package.shorten(str(cause).splitlines()[0] if str(cause) else type(cause).__name__, 80)
        return out
    if ack is None:
        return out
    folder = Path(ack_dir) if ack_dir else path.parent
    try:
        out.ack = ack.write(folder)
    except OSError as exc:
        out.full = disk_full(exc, folder)
        out.ack_failure = package.shorten(exc.strerror or exc, 80)
    return out


_REFUSED_FOR_KEYS = frozenset({Refusal.BAD_SIGNATURE, Refusal.UNKNOWN_VILLAGE, Refusal.WRONG_TOWNSHIP})


def _contents(
    session: Session, path: Path, prepared: prepare.Prepared | None, data: bytes | None
) -> tuple[PackageContents, prepare.Computed | None]:
    """The file's verified contents (and digests, when prepared apart), as the store holds the
    village's key now: a file prepared with a key since re-enrolled is verified again here."""
    if prepared is not None:
        if prepared.refusal is not None:
            if prepared.refusal.refusal not in _REFUSED_FOR_KEYS:
                raise prepared.refusal
            # refused for the village's key as the batch began: checked again with the store's now
            # (another desk may have enrolled or re-enrolled the village meanwhile)
            return verify(session, prepared.data), None
        assert prepared.contents is not None
        if _enrolled_key(session, prepared.contents.village_code) == prepared.village_key:
            return prepared.contents, prepared.computed
        data = prepare.load(path)
    assert data is not None
    return verify(session, data), None


# -- acknowledgements -------------------------------------------------------------------------------
def write_ack(session: Session, report: ImportReport, folder: Path) -> Path:
    return write_ack_for(session, report.village_code, report.sequence, folder)


def write_ack_for(session: Session, village_code: str, sequence: int, folder: Path) -> Path:
    """The signed acknowledgement of a package already imported (and committed): what the township
    holds of this village now (its last package, its high-water mark) and its catalogues."""
    return signed_ack(session, village_code, sequence).write(folder)


@dataclass(frozen=True)
class SignedAck:
    """An acknowledgement signed and numbered in a transaction, written to its folder after it."""

    name: str
    content: bytes

    def write(self, folder: Path) -> Path:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / self.name
        write_atomically(path, self.content)
        return path


def signed_ack(session: Session, village_code: str, sequence: int) -> SignedAck:
    """``write_ack_for``'s acknowledgement, numbered (the village applies only a newer one) in the
    caller's transaction; an import signs it in its own, so one commit stores both."""
    require_township(session, TownshipAction.IMPORT)
    info = township(session)
    village = session.scalars(select(EnrolledVillage).where(EnrolledVillage.code == village_code)).first()
    received = session.scalars(
        select(ReceivedPackage).where(
            ReceivedPackage.village_code == village_code, ReceivedPackage.sequence == sequence
        )
    ).first()
    if village is None or received is None:
        raise ValidationError.single(F_TOWNSHIP, R_NOT_RECEIVED, sequence=sequence, code=village_code)
    village.acks_written += 1
    session.flush()
    body = {
        "kind": ACK_KIND,
        "township": {"code": info.code, "name": info.name},
        "village": village_code,
        "sequence": sequence,
        "package_hash": received.package_hash,
        "serial": village.acks_written,
        "head": {"sequence": village.last_sequence, "hash": village.last_hash},
        "high_water": village.high_water,
        "acknowledged_at": utcnow().isoformat(),
        "catalogues": json.loads(info.catalogues_json or "{}"),
    }
    audit_anchor = anchors.ack_field(session, village_code)
    if audit_anchor is not None:
        body["audit"] = audit_anchor  # the head of the village's audit history the township holds
    body_bytes = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signature = township_keys.private_keys(info)[1].sign(body_bytes)
    wrapper = {"body": body_bytes.decode("utf-8"), "signature": b64(signature)}
    return SignedAck(
        f"ack-{village_code}-{sequence:04d}.vdack", json.dumps(wrapper, ensure_ascii=False).encode("utf-8")
    )


def set_catalogues(session: Session, catalogues: dict[str, Any]) -> None:
    require_township(session, TownshipAction.CATALOGUES)
    township(session).catalogues_json = json.dumps(catalogues, ensure_ascii=False)
    session.flush()


def catalogue(session: Session, key: str) -> Any:
    """One catalogue the acknowledgements carry (None when not set)."""
    return json.loads(township(session).catalogues_json or "{}").get(key)


def set_catalogue(session: Session, key: str, value: Any) -> None:
    """Set one catalogue (``None`` removes it), keeping the others."""
    require_township(session, TownshipAction.CATALOGUES)
    info = township(session)
    catalogues = json.loads(info.catalogues_json or "{}")
    if value is None:
        catalogues.pop(key, None)
    else:
        catalogues[key] = value
    info.catalogues_json = json.dumps(catalogues, ensure_ascii=False)
    session.flush()


# -- conflicts --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictRow:
    id: int
    village_code: str
    record_type: str
    uuid: str
    stored_version: int
    incoming_version: int
    package_sequence: int
    found_at: dt.datetime
    fields: tuple[str, ...]  # the fields whose content differs (names only)
    decision: str = ""
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    reason: str = ""


def _incoming_plain(plain: _StoredPlain, conflict: ImportConflict) -> tuple[dict[str, Any], dict[str, Any]]:
    row = json.loads(conflict.incoming_json)
    opened = (
        plain.opener(conflict.village_code, conflict.package_sequence).open(row["uuid"], row["sealed"])
        if row.get("sealed")
        else {}
    )
    return row, opened


def _conflict_row(session: Session, plain: _StoredPlain, conflict: ImportConflict) -> ConflictRow:
    stored = session.scalars(
        select(TownshipRecord).where(
            TownshipRecord.village_code == conflict.village_code, TownshipRecord.uuid == conflict.uuid
        )
    ).first()
    row, opened = _incoming_plain(plain, conflict)
    incoming = {k: v for k, v in row.items() if k not in _NOT_CONTENT} | opened
    have: dict[str, Any] = {}
    if stored is not None:
        have = {k: v for k, v in json.loads(stored.data_json).items() if k not in _NOT_CONTENT}
        have |= plain.opened(stored)
    fields = tuple(sorted(k for k in set(incoming) | set(have) if incoming.get(k) != have.get(k)))
    return ConflictRow(
        conflict.id,
        conflict.village_code,
        conflict.record_type,
        conflict.uuid,
        conflict.stored_version,
        conflict.incoming_version,
        conflict.package_sequence,
        conflict.found_at,
        fields,
        conflict.decision,
        conflict.decided_by,
        conflict.decided_at,
        conflict.decision_reason,
    )


def list_conflicts(
    session: Session, village_code: str | None = None, include_decided: bool = False
) -> list[ConflictRow]:
    stmt = select(ImportConflict).order_by(ImportConflict.id)
    if village_code:
        stmt = stmt.where(ImportConflict.village_code == village_code)
    if not include_decided:
        stmt = stmt.where(ImportConflict.resolved.is_(False))
    plain = _StoredPlain(session, township(session))
    return [_conflict_row(session, plain, c) for c in session.scalars(stmt)]


def resolve_conflict(
    session: Session, conflict_id: int, take: bool, by: str, reason: str = "", now: dt.datetime | None = None
) -> ConflictRow:
    """Keep the stored record or take the incoming one; the decision, who made it and why are kept
    with the conflict."""
    require_township(session, TownshipAction.RESOLVE)
    if not by.strip():
        raise ValidationError.single(F_CONFLICT, R_WHO)
    conflict = session.get(ImportConflict, conflict_id)
    if conflict is None:
        raise ValidationError.single(F_CONFLICT, R_NO_CONFLICT, id=conflict_id)
    if conflict.resolved:
        raise ValidationError.single(
            F_CONFLICT, R_DECIDED, id=conflict_id, decision=conflict.decision, by=conflict.decided_by
        )
    info = township(session)
    plain = _StoredPlain(session, info)
    if take:
        row, opened = _incoming_plain(plain, conflict)
        record = session.scalars(
            select(TownshipRecord).where(
                TownshipRecord.village_code == conflict.village_code, TownshipRecord.uuid == conflict.uuid
            )
        ).one()
        _store_fields(record, row, content_digest(_digest_key(info), row, opened), conflict.package_sequence)
    conflict.resolved = True
    conflict.decision = "take" if take else "keep"
    conflict.decided_by = by.strip()[:80]
    conflict.decided_at = now or utcnow()
    conflict.decision_reason = reason.strip()
    session.flush()
    return _conflict_row(session, plain, conflict)


# -- posted notices as the villages sent them -------------------------------------------------------
@dataclass(frozen=True)
class NoticePdf:
    id: int
    village_code: str
    notice_uuid: str
    title: str
    package_sequence: int
    size: int
    received_at: dt.datetime


def list_notice_pdfs(session: Session, village_code: str) -> list[NoticePdf]:
    rows = session.execute(
        select(
            TownshipNotice.id,
            TownshipNotice.notice_uuid,
            TownshipNotice.package_sequence,
            TownshipNotice.size,
            TownshipNotice.received_at,
        )
        .where(TownshipNotice.village_code == village_code)
        .order_by(TownshipNotice.id)
    ).all()
    plain = _StoredPlain(session, township(session))
    titles = (
        {  # the title is free text: it travels sealed and is opened here
            r.uuid: str((json.loads(r.data_json) | plain.opened(r)).get("title") or "")
            for r in session.scalars(
                select(TownshipRecord).where(
                    TownshipRecord.village_code == village_code,
                    TownshipRecord.uuid.in_([row.notice_uuid for row in rows]),
                )
            )
        }
        if rows
        else {}
    )
    return [
        NoticePdf(
            r.id,
            village_code,
            r.notice_uuid,
            titles.get(r.notice_uuid, ""),
            r.package_sequence,
            r.size,
            r.received_at,
        )
        for r in rows
    ]


def notice_pdf(session: Session, village_code: str, ident: str) -> bytes:
    """One kept PDF by its number in the list or its notice UUID (the newest copy)."""
    stmt = select(TownshipNotice).where(TownshipNotice.village_code == village_code)
    if ident.isdigit():
        stmt = stmt.where(TownshipNotice.id == int(ident))
    else:
        stmt = stmt.where(TownshipNotice.notice_uuid == ident)
    found = session.scalars(stmt.order_by(TownshipNotice.id.desc())).first()
    if found is None:
        raise ValidationError.single(F_NOTICE_PDF, R_NO_PDF, code=village_code, id=ident)
    return found.pdf


# -- the overview -----------------------------------------------------------------------------------
@dataclass
class VillageStatus:
    code: str
    name: str
    last_sequence: int
    last_received: dt.datetime | None
    values: dict[str, Any] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # a column's words behind its figure
    missing: Sequence[int] = field(default_factory=list)
    restores: int = 0  # packages whose audit history carried a restore (anchored)
    pin_resets: int = 0  # administrator PIN resets in the village's audit history (anchored)


def overview_columns() -> list[tuple[str, OverviewColumn]]:
    """(part key, column) for every column the parts of the desk declare, in manifest order."""
    from villagedesk.registers import PARTS

    return [(part.key, c) for part in PARTS if part.overview for c in part.overview.columns]


def _records_by_type(session: Session, code: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    loads = json.loads
    for record_type, data_json in session.execute(  # two columns, not ORM objects: thousands of rows
        select(TownshipRecord.record_type, TownshipRecord.data_json).where(
            TownshipRecord.village_code == code, TownshipRecord.deleted.is_(False)
        )
    ):
        out.setdefault(record_type, []).append(loads(data_json))
    return out


def village_facts(session: Session, code: str) -> dict[str, Any]:
    """What each part needs for its overview columns, read from the village's records once."""

    return _facts_of(_records_by_type(session, code))


def _facts_of(records: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """What each part needs for its overview columns, from a village's records by type."""
    from villagedesk.registers import PARTS

    return {part.key: part.overview.facts(records) for part in PARTS if part.overview}


def overview(session: Session, today: dt.date | None = None) -> list[VillageStatus]:
    """One row per village from the facts stored at its last import; columns that depend on the day
    are worked out for ``today`` here, without reading any record."""
    today = today or dt.date.today()
    columns = overview_columns()
    rows = []
    # what is asked per village is read for all of them at once (200 villages: one query each)
    refused_ahead = dict(
        session.execute(
            select(RefusedPackage.village_code, func.max(RefusedPackage.sequence))
            .where(RefusedPackage.reason == Refusal.OUT_OF_SEQUENCE.value)
            .group_by(RefusedPackage.village_code)
        ).all()
    )
    flags = anchors.all_flags(session)
    no_records: dict[str, Any] | None = None  # the facts of a village that never sent a package
    for village in session.scalars(select(EnrolledVillage).order_by(EnrolledVillage.code)):
        facts = json.loads(village.facts_json or "{}")
        if not facts and village.last_sequence == 0:
            if no_records is None:
                no_records = _facts_of({})
            facts = no_records
        elif not facts:  # imported before the facts were kept at import
            facts = village_facts(session, village.code)
        highest = refused_ahead.get(village.code) or 0
        status = VillageStatus(
            village.code,
            village.name,
            village.last_sequence,
            village.last_received_at,
            missing=range(village.last_sequence + 1, highest if highest > village.last_sequence + 1 else 0),
        )
        history = flags.get(village.code, anchors.HistoryFlags())
        status.restores, status.pin_resets = history.restores, history.pin_resets
        for part_key, column in columns:
            status.values[column.key] = column.value(facts.get(part_key, {}), today)
            if column.detail is not None:
                status.details[column.key] = column.detail(facts.get(part_key, {}), today)
        rows.append(status)
    return rows


H_VILLAGE = QT_TRANSLATE_NOOP("core", "Village")
H_CODE = QT_TRANSLATE_NOOP("core", "Code")
H_LAST = QT_TRANSLATE_NOOP("core", "Last package")
H_RECEIVED = QT_TRANSLATE_NOOP("core", "Received")
H_MISSING = QT_TRANSLATE_NOOP("core", "Missing packages")
H_RESTORES = QT_TRANSLATE_NOOP("core", "Backups restored")
H_RESETS = QT_TRANSLATE_NOOP("core", "PIN resets by the administrator")
H_DETAIL = QT_TRANSLATE_NOOP("core", "{title}: details")


def _text_cell(sheet: Any, value: Any) -> Any:
    """A cell Excel shows as written: text is stored as a string (never a formula, even when a
    village name starts with = + - @), numbers as numbers."""
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        cell.quotePrefix = bool(value) and value[0] in "=+-@\t\r"  # and Excel keeps it text when edited
    return cell


def report_xlsx(rows: list[VillageStatus], path: Path, tr: Callable[[str], str] = lambda s: s) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "overview"
    headers = [
        tr(H_VILLAGE),
        tr(H_CODE),
        tr(H_LAST),
        tr(H_RECEIVED),
        tr(H_MISSING),
    ]
    columns = overview_columns()
    detailed = [c for _p, c in columns if c.detail is not None]
    headers += [tr(c.title) for _p, c in columns] + [tr(H_RESTORES), tr(H_RESETS)]
    headers += [tr(H_DETAIL).format(title=tr(c.title)) for c in detailed]
    sheet.append([_text_cell(sheet, h) for h in headers])
    for row in rows:
        values = [
            row.name,
            row.code,
            row.last_sequence,
            row.last_received.astimezone().strftime("%Y-%m-%d %H:%M") if row.last_received else "",
            format_ranges(row.missing),
        ]
        values += [row.values[c.key] for _p, c in columns] + [row.restores, row.pin_resets]
        values += [row.details.get(c.key, "") for c in detailed]
        sheet.append([_text_cell(sheet, v) for v in values])
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def report_pdf(session: Session, rows: list[VillageStatus], tr: Callable[[str], str] = lambda s: s) -> bytes:
    from villagedesk.notices.document import Column, NoticeDocument

    info = township(session)
    # Two tables, each narrow enough that a village's name and its 12-digit code stay on one line:
    # the exchange state, then the figures under numbered headings explained in a legend.
    marks = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    figures = overview_columns()[: len(marks)]
    ident = [Column("name", "村名", weight=1.5), Column("code", "区划代码", "date")]
    state = ident + [
        Column("seq", "包号", "count"),
        Column("received", "接收时间", "date"),
        Column("missing", "缺号"),
    ]
    if any(r.restores or r.pin_resets for r in rows):  # only when there is something to flag: width
        state += [Column("restores", "恢复备份", "count"), Column("resets", "密码重置", "count")]
    per_table = 5  # a name, a 12-digit code and five figures fit the width on one line each
    count_tables = [
        ident
        + [Column(c.key, marks[i], "count") for i, (_p, c) in list(enumerate(figures))[k : k + per_table]]
        for k in range(0, len(figures), per_table)
    ]
    data = [
        {
            "name": r.name,
            "code": r.code,
            "seq": r.last_sequence,
            "received": r.last_received.astimezone().strftime("%m-%d") if r.last_received else "未报送",
            "missing": format_ranges(r.missing),
            "restores": r.restores,
            "resets": r.pin_resets,
            **r.values,
        }
        for r in rows
    ]
    doc = NoticeDocument(
        title=f"{info.name}各村台账报送情况",
        kind="township_report",
        uuid=info.code,
        record={"rows": [(r.code, r.last_sequence) for r in rows]},
        subject="乡镇汇总",
    )
    doc.paragraph(f"截至{dt.date.today().isoformat()}，共{len(rows)}个村已登记密钥。", "说明")
    doc.heading("一、数据包报送情况", "报送情况", level=2)
    doc.table(state, data, "报送表")
    doc.heading("二、各村台账情况", "台账情况", level=2)
    for number, counts in enumerate(count_tables, start=1):
        doc.table(counts, data, f"台账表{number}")
    titles = [tr(c.title) for _p, c in figures]
    legend = "；".join(marks[i] + title for i, title in enumerate(titles))
    doc.paragraph(f"注：{legend}。", "图例")
    return doc.build()


# -- the store ---------------------------------------------------------------------------------------
def township_url(text: str) -> str:
    """A SQLAlchemy URL, or a file path taken as a SQLite file."""
    return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"


def _township_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """A bigger page cache than SQLite's 2 MB and a longer write-ahead log: an import of a village
    adds thousands of rows to indexes of hundreds of thousands, and the township PC serves nothing
    else. (Durability stays as db/engine.py sets it: WAL with a synced commit, before the
    acknowledgement is written.)"""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA cache_size=-65536")  # in KiB: 64 MB at most, taken as pages are read
    # the write-ahead log copied into the database every 64 MB instead of every 4 MB: an import of a
    # village writes a few MB, and the index pages it touches were copied (and synced) again each time
    cursor.execute("PRAGMA wal_autocheckpoint=16384")
    cursor.close()


def open_township(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """The township store at ``url``, migrated to head (SQLite file or PostgreSQL)."""
    from villagedesk.db.engine import make_engine, make_session_factory
    from villagedesk.db.migrate import upgrade

    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _township_sqlite)
    try:
        upgrade(engine)
        sessions = make_session_factory(engine, actor=STORE_ACTOR)
        township_keys.secure_store(engine, sessions, STORE_ACTOR)
    except BaseException:
        engine.dispose()
        raise
    return engine, sessions
