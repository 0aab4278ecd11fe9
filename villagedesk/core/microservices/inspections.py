"""Inspections (自查): a walk through the centre recording each service's state, with photos.

A finding updates the item's state and the date it was last checked. Photos are kept by content in
the attachments folder (like the meeting signature scans): the record names the file by its hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector
from villagedesk.core.microservices import messages as msg
from villagedesk.core.users import Action, require
from villagedesk.db.models import Inspection, InspectionFinding, InspectionPhoto, ServiceItem, ServiceState
from villagedesk.files import write_atomically

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
MAX_PHOTO_BYTES = 20 * 1024 * 1024


@dataclass
class FindingInput:
    item_id: int
    state: ServiceState
    finding: str = ""


@dataclass
class InspectionInput:
    day: dt.date
    inspector: str
    findings: list[FindingInput] = field(default_factory=list)
    note: str = ""
    photos: list[Path] = field(default_factory=list)


def _check_photos(photos: list[Path], errors: Collector) -> list[tuple[Path, str]]:
    checked = []
    for photo in photos:
        name = Path(photo).name
        if Path(photo).suffix.lower() not in PHOTO_SUFFIXES:
            errors.add(msg.F_PHOTO, msg.R_PHOTO_KIND, name=name)
            continue
        try:
            data = Path(photo).read_bytes()
        except OSError:
            errors.add(msg.F_PHOTO, msg.R_PHOTO_READ, name=name)
            continue
        if len(data) > MAX_PHOTO_BYTES:
            errors.add(msg.F_PHOTO, msg.R_PHOTO_SIZE, name=name)
            continue
        checked.append((Path(photo), hashlib.sha256(data).hexdigest()))
    return checked


def _check_findings(session: Session, data: InspectionInput, errors: Collector) -> dict[int, ServiceItem]:
    items: dict[int, ServiceItem] = {}
    for finding in data.findings:
        check_text(finding.finding.strip(), msg.F_FINDINGS, errors, 400, required=False)
        item = session.get(ServiceItem, finding.item_id)
        if item is None or item.deleted:
            errors.add(msg.F_SERVICE, msg.R_NOT_FOUND)
        elif item.retired_on is not None and data.day > item.retired_on:
            errors.add(msg.F_SERVICE, msg.R_RETIRED_ITEM, name=item.name, retired=item.retired_on.isoformat())
        else:
            items[item.id] = item
    return items


def record_inspection(
    session: Session, data: InspectionInput, today: dt.date | None = None, attachments: Path | None = None
) -> Inspection:
    require(session, Action.EDIT_RECORDS)
    errors = Collector()
    inspector, note = " ".join(data.inspector.split()), data.note.strip()
    check_text(inspector, msg.F_INSPECTOR, errors, 40)
    check_text(note, msg.F_NOTE, errors, 2000, required=False)
    if today is not None and data.day > today:
        errors.add(msg.F_DATE, msg.R_FUTURE, day=data.day.isoformat())
    if not data.findings:
        errors.add(msg.F_FINDINGS, msg.R_NO_FINDINGS)
    items = _check_findings(session, data, errors)
    photos = _check_photos(data.photos, errors)
    errors.raise_if_any()
    inspection = Inspection(day=data.day, inspector=inspector, note=note)
    session.add(inspection)
    session.flush()
    for finding in data.findings:
        session.add(
            InspectionFinding(
                inspection_id=inspection.id,
                item_id=finding.item_id,
                state=finding.state,
                finding=finding.finding.strip(),
            )
        )
        item = items[finding.item_id]
        if item.checked_on is None or item.checked_on <= data.day:  # an older inspection entered late
            item.state, item.checked_on = finding.state, data.day
    for path, sha in photos:
        stored_name = f"{sha}{path.suffix.lower()}"
        if attachments is not None:
            stored = attachments / stored_name
            attachments.mkdir(parents=True, exist_ok=True)
            if not stored.exists():
                write_atomically(stored, path.read_bytes())
        session.add(InspectionPhoto(inspection_id=inspection.id, file=stored_name, sha256=sha))
    session.flush()
    return inspection


def inspections(session: Session) -> list[Inspection]:
    stmt = select(Inspection).where(Inspection.deleted.is_(False))
    return list(session.scalars(stmt.order_by(Inspection.day.desc(), Inspection.id.desc())))


def findings_of(session: Session, inspection_id: int) -> list[tuple[InspectionFinding, str]]:
    stmt = (
        select(InspectionFinding, ServiceItem.name)
        .join(ServiceItem, ServiceItem.id == InspectionFinding.item_id)
        .where(InspectionFinding.inspection_id == inspection_id, InspectionFinding.deleted.is_(False))
        .order_by(ServiceItem.position)
    )
    return [(f, name) for f, name in session.execute(stmt).tuples()]


def photos_of(session: Session, inspection_id: int) -> list[InspectionPhoto]:
    stmt = select(InspectionPhoto).where(
        InspectionPhoto.inspection_id == inspection_id, InspectionPhoto.deleted.is_(False)
    )
    return list(session.scalars(stmt.order_by(InspectionPhoto.id)))
