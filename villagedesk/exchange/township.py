"""The township: its store (SQLite or PostgreSQL, same migrations), enrolling village keys,
importing packages all-or-nothing, signed acknowledgements, and the overview of every village."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.register import OverviewColumn
from villagedesk.db.base import utcnow
from villagedesk.db.models import (
    EnrolledVillage,
    ImportConflict,
    ReceivedPackage,
    RefusedPackage,
    TownshipInfo,
    TownshipRecord,
)
from villagedesk.exchange import package
from villagedesk.exchange.keys import (
    TownshipPublicKey,
    b64,
    raw_private,
    raw_public,
    read_village_key,
    unb64,
)
from villagedesk.exchange.package import PackageContents, PackageError, Refusal
from villagedesk.exchange.registry import BY_NAME

F_TOWNSHIP = QT_TRANSLATE_NOOP("core", "Township store")
R_CODE9 = QT_TRANSLATE_NOOP("core", "the township code must be 9 digits, got {value}")
R_EXISTS = QT_TRANSLATE_NOOP("core", "this store already belongs to township {name} ({code})")
R_NOT_INIT = QT_TRANSLATE_NOOP(
    "core", "this store has no township yet: run `villagedesk township --db URL init` first"
)
R_OTHER_TOWNSHIP_VILLAGE = QT_TRANSLATE_NOOP("core", "village {code} does not belong to township {township}")
R_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "core",
    "village {code} is already enrolled with another key (fingerprint {old}); a new key must be confirmed in person",
)
ACK_KIND = "villagedesk-ack"


# -- the store --------------------------------------------------------------------------------------
def township(session: Session) -> TownshipInfo:
    info = session.scalars(select(TownshipInfo)).first()
    if info is None:
        raise ValidationError.single(F_TOWNSHIP, R_NOT_INIT)
    return info


def public_key(info: TownshipInfo) -> TownshipPublicKey:
    x = X25519PrivateKey.from_private_bytes(unb64(info.x25519_private))
    e = Ed25519PrivateKey.from_private_bytes(unb64(info.ed25519_private))
    return TownshipPublicKey(info.code, info.name, raw_public(x.public_key()), raw_public(e.public_key()))


def init_township(session: Session, name: str, code: str) -> TownshipInfo:
    if not (len(code) == 9 and code.isascii() and code.isdigit()):
        raise ValidationError.single(F_TOWNSHIP, R_CODE9, value=code)
    existing = session.scalars(select(TownshipInfo)).first()
    if existing is not None:
        raise ValidationError.single(F_TOWNSHIP, R_EXISTS, name=existing.name, code=existing.code)
    info = TownshipInfo(
        name=name.strip(),
        code=code,
        x25519_private=b64(raw_private(X25519PrivateKey.generate())),
        ed25519_private=b64(raw_private(Ed25519PrivateKey.generate())),
        created_at=utcnow(),
    )
    session.add(info)
    session.flush()
    return info


def enrol(session: Session, key_file: Path) -> EnrolledVillage:
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


# -- import -----------------------------------------------------------------------------------------
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

    def totals(self) -> TypeSummary:
        total = TypeSummary()
        for s in self.summary.values():
            total.new += s.new
            total.updated += s.updated
            total.unchanged += s.unchanged
            total.conflicts += s.conflicts
        return total


def _record_hash(row: dict[str, Any]) -> str:
    body = {k: v for k, v in row.items() if k not in ("updated_at", "updated_by")}
    return package.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def verify(session: Session, data: bytes) -> PackageContents:
    """Everything that can be checked before touching the store; raises PackageError saying what."""
    info = township(session)

    def verifier_for(code: str) -> Any:
        village = session.scalars(select(EnrolledVillage).where(EnrolledVillage.code == code)).first()
        if village is None:
            if code[:9] != info.code:
                raise PackageError(
                    Refusal.WRONG_TOWNSHIP, f"village {code} belongs to township {code[:9]}, not {info.code}"
                )
            raise PackageError(
                Refusal.UNKNOWN_VILLAGE, f"village {code} is not enrolled (enrol its key first)"
            )
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        return Ed25519PublicKey.from_public_bytes(unb64(village.public_key))

    contents = package.read(data, verifier_for)
    manifest = contents.manifest
    own = public_key(info)
    if (
        manifest.get("township", {}).get("code") != info.code
        or manifest["township"].get("key_fingerprint") != own.fingerprint
    ):
        raise PackageError(
            Refusal.WRONG_TOWNSHIP, "the package was made for another township or another township key"
        )
    return contents


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
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE,
            f"package {contents.sequence} was already received with different "
            "content (a copy made from another state of the village?)",
        )
    if contents.sequence <= village.last_sequence:
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE,
            f"package {contents.sequence} is older than the last one received ({village.last_sequence})",
        )
    if contents.sequence != village.last_sequence + 1:
        missing = ", ".join(str(n) for n in range(village.last_sequence + 1, contents.sequence))
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE,
            f"packages {missing} of village {village.code} have not been imported yet; import them first",
        )
    if contents.manifest.get("previous_hash", "") != village.last_hash:
        raise PackageError(
            Refusal.OUT_OF_SEQUENCE,
            "the package does not follow the last one received (previous hash differs)",
        )
    return False


def plan(session: Session, contents: PackageContents) -> ImportReport:
    """The dry run: what importing would do, per record type; changes nothing."""
    report = ImportReport(
        contents.village_code,
        str(contents.manifest["village"]["name"]),
        contents.sequence,
        contents.package_hash,
    )
    report.already_imported = _check_sequence(session, contents)
    stored = {
        r.uuid: r
        for r in session.scalars(
            select(TownshipRecord).where(TownshipRecord.village_code == contents.village_code)
        )
    }
    for type_name, rows in contents.records.items():
        if type_name not in BY_NAME:
            continue
        summary = report.summary.setdefault(type_name, TypeSummary())
        for row in rows:
            existing = stored.get(row["uuid"])
            if existing is None:
                summary.new += 1
            elif existing.version == row["version"]:
                if existing.content_hash == _record_hash(row):
                    summary.unchanged += 1
                else:
                    summary.conflicts += 1
            elif row["version"] > existing.version:
                summary.updated += 1
            else:
                summary.conflicts += 1
    return report


def apply(session: Session, contents: PackageContents) -> ImportReport:
    """Apply a verified package in the caller's transaction: all of it or (on any error) none."""
    report = plan(session, contents)
    if report.already_imported:
        return report
    stored = {
        r.uuid: r
        for r in session.scalars(
            select(TownshipRecord).where(TownshipRecord.village_code == contents.village_code)
        )
    }
    now = utcnow()
    for type_name, rows in contents.records.items():
        if type_name not in BY_NAME:
            continue
        for row in rows:
            digest = _record_hash(row)
            sealed = row.get("sealed", "")
            data = json.dumps(
                {k: v for k, v in row.items() if k != "sealed"}, ensure_ascii=False, sort_keys=True
            )
            existing = stored.get(row["uuid"])
            if existing is None:
                session.add(
                    TownshipRecord(
                        village_code=contents.village_code,
                        record_type=type_name,
                        uuid=row["uuid"],
                        version=row["version"],
                        deleted=bool(row.get("deleted")),
                        data_json=data,
                        sealed=sealed,
                        content_hash=digest,
                        package_sequence=contents.sequence,
                    )
                )
            elif row["version"] > existing.version:
                existing.version = row["version"]
                existing.deleted = bool(row.get("deleted"))
                existing.data_json = data
                existing.sealed = sealed
                existing.content_hash = digest
                existing.package_sequence = contents.sequence
            elif existing.version == row["version"] and existing.content_hash == digest:
                continue
            else:  # same version with other content, or older: kept for review, never overwritten
                session.add(
                    ImportConflict(
                        village_code=contents.village_code,
                        record_type=type_name,
                        uuid=row["uuid"],
                        stored_version=existing.version,
                        incoming_version=row["version"],
                        incoming_json=json.dumps(row, ensure_ascii=False),
                        package_sequence=contents.sequence,
                        found_at=now,
                    )
                )
    village = session.scalars(
        select(EnrolledVillage).where(EnrolledVillage.code == contents.village_code)
    ).one()
    session.flush()
    village.facts_json = json.dumps(village_facts(session, contents.village_code), ensure_ascii=False)
    village.last_sequence = contents.sequence
    village.last_hash = contents.package_hash
    village.last_received_at = now
    village.name = str(contents.manifest["village"]["name"])
    period = contents.manifest.get("period", {})
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
    session.flush()
    return report


def open_sealed(session: Session, record: TownshipRecord) -> dict[str, Any]:
    """The sensitive fields of a record, opened with the township's private key."""
    if not record.sealed:
        return {}
    info = township(session)
    received = session.scalars(
        select(ReceivedPackage).where(
            ReceivedPackage.village_code == record.village_code,
            ReceivedPackage.sequence == record.package_sequence,
        )
    ).one()
    meta = json.loads(received.summary_json)["_sealing"]
    opener = package.Opener(
        X25519PrivateKey.from_private_bytes(unb64(info.x25519_private)),
        base64.b64decode(meta["ephemeral_public"]),
        meta["package_id"],
    )
    return opener.open(record.uuid, record.sealed)


def log_refusal(session: Session, file_name: str, data: bytes, error: PackageError) -> None:
    """Remember a refused package (in its own transaction; the records are untouched)."""
    code, sequence = "", None
    try:
        import io
        import zipfile

        manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
        code, sequence = str(manifest["village"]["code"]), int(manifest["sequence"])
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


def missing_sequences(session: Session, village: EnrolledVillage) -> list[int]:
    """Numbers between the last package received and a later one that was refused for the gap."""
    later = session.scalars(
        select(RefusedPackage.sequence).where(
            RefusedPackage.village_code == village.code,
            RefusedPackage.reason == Refusal.OUT_OF_SEQUENCE.value,
            RefusedPackage.sequence > village.last_sequence + 1,
        )
    ).all()
    highest = max((s for s in later if s is not None), default=0)
    return list(range(village.last_sequence + 1, highest))


# -- acknowledgements -------------------------------------------------------------------------------
def write_ack(session: Session, report: ImportReport, folder: Path) -> Path:
    info = township(session)
    body = {
        "kind": ACK_KIND,
        "township": {"code": info.code, "name": info.name},
        "village": report.village_code,
        "sequence": report.sequence,
        "package_hash": report.package_hash,
        "acknowledged_at": utcnow().isoformat(),
        "catalogues": json.loads(info.catalogues_json or "{}"),
    }
    body_bytes = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    signature = Ed25519PrivateKey.from_private_bytes(unb64(info.ed25519_private)).sign(body_bytes)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ack-{report.village_code}-{report.sequence:04d}.vdack"
    path.write_text(
        json.dumps({"body": body_bytes.decode("utf-8"), "signature": b64(signature)}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def set_catalogues(session: Session, catalogues: dict[str, Any]) -> None:
    township(session).catalogues_json = json.dumps(catalogues, ensure_ascii=False)
    session.flush()


# -- the overview -----------------------------------------------------------------------------------
@dataclass
class VillageStatus:
    code: str
    name: str
    last_sequence: int
    last_received: dt.datetime | None
    values: dict[str, Any] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)


def overview_columns() -> list[tuple[str, OverviewColumn]]:
    """(part key, column) for every column the parts of the desk declare, in manifest order."""
    from villagedesk.registers import PARTS

    return [(part.key, c) for part in PARTS if part.overview for c in part.overview.columns]


def _records_by_type(session: Session, code: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for record in session.scalars(
        select(TownshipRecord).where(TownshipRecord.village_code == code, TownshipRecord.deleted.is_(False))
    ):
        out.setdefault(record.record_type, []).append(json.loads(record.data_json))
    return out


def village_facts(session: Session, code: str) -> dict[str, Any]:
    """What each part needs for its overview columns, read from the village's records once."""
    from villagedesk.registers import PARTS

    records = _records_by_type(session, code)
    return {part.key: part.overview.facts(records) for part in PARTS if part.overview}


def overview(session: Session, today: dt.date | None = None) -> list[VillageStatus]:
    """One row per village from the facts stored at its last import; columns that depend on the day
    are worked out for ``today`` here, without reading any record."""
    today = today or dt.date.today()
    columns = overview_columns()
    rows = []
    for village in session.scalars(select(EnrolledVillage).order_by(EnrolledVillage.code)):
        facts = json.loads(village.facts_json or "{}") or village_facts(session, village.code)
        status = VillageStatus(
            village.code,
            village.name,
            village.last_sequence,
            village.last_received_at,
            missing=missing_sequences(session, village),
        )
        for part_key, column in columns:
            status.values[column.key] = column.value(facts.get(part_key, {}), today)
        rows.append(status)
    return rows


H_VILLAGE = QT_TRANSLATE_NOOP("core", "Village")
H_CODE = QT_TRANSLATE_NOOP("core", "Code")
H_LAST = QT_TRANSLATE_NOOP("core", "Last package")
H_RECEIVED = QT_TRANSLATE_NOOP("core", "Received")
H_MISSING = QT_TRANSLATE_NOOP("core", "Missing packages")


def report_xlsx(rows: list[VillageStatus], path: Path, tr: Callable[[str], str] = lambda s: s) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "overview"
    sheet.append(
        [tr(H_VILLAGE), tr(H_CODE), tr(H_LAST), tr(H_RECEIVED), tr(H_MISSING)]
        + [tr(c.title) for _p, c in overview_columns()]
    )
    for row in rows:
        sheet.append(
            [
                row.name,
                row.code,
                row.last_sequence,
                row.last_received.astimezone().strftime("%Y-%m-%d %H:%M") if row.last_received else "",
                ", ".join(str(n) for n in row.missing),
            ]
            + [row.values[c.key] for _p, c in overview_columns()]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def report_pdf(session: Session, rows: list[VillageStatus], tr: Callable[[str], str] = lambda s: s) -> bytes:
    from villagedesk.notices.document import Column, NoticeDocument

    info = township(session)
    columns = [
        Column("name", "村名", weight=1.5),
        Column("code", "区划代码", "date"),
        Column("seq", "包号", "count"),
        Column("received", "接收时间", "date"),
        Column("missing", "缺号"),
    ] + [Column(c.key, tr(c.title), "count") for _p, c in overview_columns()]
    data = [
        {
            "name": r.name,
            "code": r.code,
            "seq": r.last_sequence,
            "received": r.last_received.astimezone().strftime("%m-%d") if r.last_received else "未报送",
            "missing": "、".join(str(n) for n in r.missing),
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
    doc.table(columns, data, "汇总表")
    return doc.build()
