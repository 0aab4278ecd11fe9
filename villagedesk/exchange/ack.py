"""The township's signed acknowledgement, carried back on the stick and applied at the village."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.base import utcnow
from villagedesk.db.models import ExportLog
from villagedesk.exchange.keys import installed_township_key
from villagedesk.exchange.township import ACK_KIND
from villagedesk.registers import PARTS

F_ACK = QT_TRANSLATE_NOOP("core", "Acknowledgement")
R_NOT_ACK = QT_TRANSLATE_NOOP("core", "{name} is not a township acknowledgement")
R_BAD_SIG = QT_TRANSLATE_NOOP("core", "{name} is not signed by this village's township key")
R_OTHER_VILLAGE = QT_TRANSLATE_NOOP("core", "{name} acknowledges village {code}, not this one")
R_UNKNOWN_EXPORT = QT_TRANSLATE_NOOP(
    "core", "{name} acknowledges package {sequence}, which this desk did not export"
)


@dataclass
class AckResult:
    sequence: int
    newly_acknowledged: int
    catalogues_applied: list[str]


def import_ack(session: Session, data_dir: Any, path: Path) -> AckResult:
    name = Path(path).name
    try:
        wrapper = json.loads(Path(path).read_text(encoding="utf-8"))
        body_bytes = wrapper["body"].encode("utf-8")
        signature = base64.b64decode(wrapper["signature"], validate=True)
        body = json.loads(body_bytes)
        if body.get("kind") != ACK_KIND:
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ValidationError.single(F_ACK, R_NOT_ACK, name=name) from exc
    key = installed_township_key(data_dir.keys)
    try:
        if key is None:
            raise InvalidSignature
        key.verifier().verify(signature, body_bytes)
    except InvalidSignature as exc:
        raise ValidationError.single(F_ACK, R_BAD_SIG, name=name) from exc
    centre = get_centre(session)
    if body["village"] != centre.division_code:
        raise ValidationError.single(F_ACK, R_OTHER_VILLAGE, name=name, code=body["village"])
    sequence = int(body["sequence"])
    export = session.scalars(select(ExportLog).where(ExportLog.sequence == sequence)).first()
    if export is None or export.package_hash != body["package_hash"]:
        raise ValidationError.single(F_ACK, R_UNKNOWN_EXPORT, name=name, sequence=sequence)
    newly = 0
    for row in session.scalars(select(ExportLog).where(ExportLog.sequence <= sequence)):
        if row.acknowledged_at is None:
            row.acknowledged_at = utcnow()
            newly += 1
    applied = []
    catalogues = {c.key: c for part in PARTS for c in part.catalogues}
    for key_name, value in (body.get("catalogues") or {}).items():
        if key_name in catalogues:
            catalogues[key_name].apply(session, value)
            applied.append(key_name)
    session.flush()
    return AckResult(sequence, newly, applied)
