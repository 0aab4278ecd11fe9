"""Export at the village: every record changed above the township's acknowledged mark (or all),
signed, sensitive fields sealed, written under a temporary name, flushed, renamed, read back."""

from __future__ import annotations

import base64
import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.users import Action, require
from villagedesk.db import counter
from villagedesk.db.audit import to_jsonable
from villagedesk.db.base import Base, utcnow
from villagedesk.db.models import ExportLog
from villagedesk.db.models.exchange import ExchangeState
from villagedesk.exchange import anchors, package
from villagedesk.exchange.keys import (
    installed_township_key,
    village_key_json,
    village_public,
    village_signing_key,
)
from villagedesk.exchange.registry import RECORD_TYPES, RecordType
from villagedesk.files import write_atomically

F_EXPORT = QT_TRANSLATE_NOOP("core", "Export")
R_NO_TOWNSHIP_KEY = QT_TRANSLATE_NOOP(
    "core", "import the township's key first (Settings or `villagedesk township-key import`)"
)
R_WRITE = QT_TRANSLATE_NOOP(
    "core",
    "could not write to {folder}: {error}. Nothing was recorded as exported; check the USB stick and try again",
)
R_VERIFY = QT_TRANSLATE_NOOP(
    "core", "the file on {folder} did not read back correctly ({error}); nothing was recorded as exported"
)
SKIP = {"id"}


@dataclass
class ExportResult:
    path: Path
    sequence: int
    package_hash: str
    counts: dict[str, int]
    key_file: Path


def _tables() -> dict[str, type]:
    return {
        mp.class_.__tablename__: mp.class_
        for mp in Base.registry.mappers
        if hasattr(mp.class_, "__tablename__")
    }


def serialize(session: Session, obj: Any, rtype: RecordType, sealer: package.Sealer | None) -> dict[str, Any]:
    """A record as it travels: ids of other records become their UUIDs; sensitive fields and free
    text (where a clerk may type an ID or mobile number: a notice's body and table, notes) are
    sealed to the township's key."""
    tables = _tables()
    out: dict[str, Any] = {}
    secret: dict[str, Any] = {}
    attrs: Any = inspect(rtype.model).column_attrs
    for attr in attrs:
        key = attr.key
        if key in SKIP or key in rtype.exclude:
            continue
        column = attr.columns[0]
        value = getattr(obj, key)
        if column.foreign_keys:
            target = tables[next(iter(column.foreign_keys)).column.table.name]
            ref = session.get(target, value) if value is not None else None
            out[key.removesuffix("_id") + "_uuid"] = ref.uuid if ref is not None else None
            continue
        if key in rtype.sensitive or key in rtype.free_text:
            secret[key] = to_jsonable(value)
        else:
            out[key] = to_jsonable(value)
    if secret and sealer is not None:
        out["sealed"] = sealer.seal(str(obj.uuid), secret)
    return out


def exchange_state(session: Session) -> ExchangeState:
    """The village's one row of exchange state (made on first use)."""
    state = session.get(ExchangeState, counter.STATE_ID)
    if state is None:
        state = ExchangeState(id=counter.STATE_ID)
        session.add(state)
        session.flush()
    return state


def last_acknowledged(session: Session) -> ExportLog | None:
    return session.scalars(
        select(ExportLog)
        .where(ExportLog.acknowledged_at.is_not(None), ExportLog.void.is_(False))
        .order_by(ExportLog.sequence.desc())
    ).first()


def chain_tip(session: Session) -> tuple[int, str]:
    """The package the next one follows: the newest this desk wrote after the last package the
    township said it holds, or that one (after a restore this desk may not have written it)."""
    state = exchange_state(session)
    last = session.scalars(
        select(ExportLog)
        .where(ExportLog.void.is_(False), ExportLog.sequence > state.chain_sequence)
        .order_by(ExportLog.sequence.desc())
    ).first()
    if last is not None:
        return last.sequence, last.package_hash
    return state.chain_sequence, state.chain_hash


def next_sequence(session: Session) -> int:
    return chain_tip(session)[0] + 1


def previous_hash(session: Session) -> str:
    return chain_tip(session)[1]


def collect(session: Session, after: int, sealer: package.Sealer) -> dict[str, list[dict[str, Any]]]:
    """Every record whose change number is above ``after`` (0: all of them)."""
    records: dict[str, list[dict[str, Any]]] = {}
    for rtype in RECORD_TYPES:
        model: Any = rtype.model
        stmt = select(model).where(model.change_counter > after).order_by(model.id)
        records[rtype.name] = [serialize(session, obj, rtype, sealer) for obj in session.scalars(stmt)]
    return records


def posted_notices(session: Session, uuids: set[str] | None) -> dict[str, bytes]:
    """The PDFs of posted notices among the records in the package (``None``: all posted ones)."""
    from villagedesk import documents

    out: dict[str, bytes] = {}
    for item in documents.printables(session):
        if not item.locked:  # posted notices only: a filed document (the record book) is never locked
            continue
        if uuids is not None and item.uuid not in uuids:
            continue
        out[item.uuid] = item.build()[0]
    return out


def package_photos(session: Session, data_dir: Any, uuids: set[str] | None) -> dict[str, bytes]:
    """Board photos the registers send beside their posted notices (``contributes["package_photos"]``:
    ``(session, attachments folder, uuids or None) -> {record uuid: JPEG of at most 500 kB}``)."""
    from villagedesk.registers import PARTS

    out: dict[str, bytes] = {}
    for part in PARTS:
        hook = part.contributes.get("package_photos")
        if hook is not None:
            out.update(hook(session, Path(data_dir.attachments), uuids))
    return out


def export_package(
    session: Session,
    data_dir: Any,
    to_dir: Path,
    full: bool = False,
    now: dt.datetime | None = None,
    progress: Any = None,
) -> ExportResult:
    """A package of every record changed above the township's acknowledged high-water mark (or,
    with ``full``, of everything). The clock only names the file: what travels is chosen by the
    change counter."""
    require(session, Action.EXPORT)
    now = now or utcnow()
    centre = get_centre(session)
    township = installed_township_key(data_dir.keys)
    if township is None:
        raise ValidationError.single(F_EXPORT, R_NO_TOWNSHIP_KEY)
    state = exchange_state(session)
    after = 0 if full else state.high_water
    upto = counter.current(session)
    acknowledged = last_acknowledged(session)
    since = acknowledged.created_at if acknowledged and not full else None
    sequence = next_sequence(session)
    package_id = str(uuid_module.uuid4())
    sealer = package.Sealer(township.encryption_key(), package_id)
    if progress:
        progress(1, 4)
    records = collect(session, after, sealer)
    if progress:
        progress(2, 4)
    uuids = None if full else {row["uuid"] for rows in records.values() for row in rows}
    notices = posted_notices(session, uuids)
    photos = package_photos(session, data_dir, uuids)
    audit_head, chain = anchors.package_audit(session, data_dir)
    manifest = {
        "package_id": package_id,
        "village": {"code": centre.division_code, "name": centre.village_name},
        "township": {"code": township.code, "key_fingerprint": township.fingerprint},
        "period": {
            "from": since.isoformat() if since else None,
            "to": now.isoformat(),
            "full": full or after == 0,
        },
        "changes": {"after": after, "upto": upto},
        "sequence": sequence,
        "previous_hash": previous_hash(session),
        "created_at": now.isoformat(),
        "audit": audit_head,
        "sealing": {
            "alg": package.SEAL_ALG,
            "ephemeral_public": base64.b64encode(sealer.ephemeral_public).decode(),
        },
    }
    data, package_hash = package.build(
        manifest, records, notices, village_signing_key(data_dir.keys), chain, photos
    )
    if progress:
        progress(3, 4)
    name = f"villagedesk-{centre.division_code}-{now.astimezone().strftime('%Y%m%d')}-{sequence:04d}{package.SUFFIX}"
    target = Path(to_dir) / name
    key_file = Path(to_dir) / f"village-{centre.division_code}.pub"
    try:
        Path(to_dir).mkdir(parents=True, exist_ok=True)
        _write_flushed(target, data)
        _write_flushed(
            key_file,
            village_key_json(village_public(data_dir.keys, centre.division_code, centre.village_name)).encode(
                "utf-8"
            ),
        )
    except OSError as exc:
        raise ValidationError.single(
            F_EXPORT, R_WRITE, folder=str(to_dir), error=exc.strerror or str(exc)
        ) from exc
    try:
        back = target.read_bytes()
        own_key = village_signing_key(data_dir.keys).public_key()
        package.read(back, lambda code: own_key)
        if package.sha256(back) != package.sha256(data):
            raise package.PackageError(package.Refusal.TAMPERED, "content differs")
    except (OSError, package.PackageError) as exc:
        target.unlink(missing_ok=True)
        raise ValidationError.single(F_EXPORT, R_VERIFY, folder=str(to_dir), error=str(exc)) from exc
    session.add(
        ExportLog(
            sequence=sequence,
            package_hash=package_hash,
            created_at=now,
            since=since,
            file_name=name,
            records=sum(len(r) for r in records.values()),
            counter_after=after,
            counter_upto=upto,
        )
    )
    session.flush()
    if progress:
        progress(4, 4)
    return ExportResult(target, sequence, package_hash, {k: len(v) for k, v in records.items()}, key_file)


_write_flushed = write_atomically  # one name the tests can replace to simulate a pulled stick
