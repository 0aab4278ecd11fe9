"""The township's signed acknowledgement, carried back on the stick and applied at the village.

An acknowledgement says which package the township imported, the last package it holds of this
village (the chain head), its high-water mark of this village's changes, and its catalogues. The
village applies only an acknowledgement newer than the one it applied last, so a replayed old one
can neither roll the catalogues back nor make the next package skip changes. After a restore or
on a new PC, the newest acknowledgement puts the village back on the township's chain: the next
package follows the last one the township holds, and later changes are numbered above its mark.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.users import Action, require
from villagedesk.db import counter
from villagedesk.db.base import utcnow
from villagedesk.db.models import ExportLog
from villagedesk.exchange.anchors import keep_ack
from villagedesk.exchange.export import exchange_state
from villagedesk.exchange.keys import installed_township_key
from villagedesk.exchange.township import ACK_KIND
from villagedesk.registers import PARTS

F_ACK = QT_TRANSLATE_NOOP("core", "Acknowledgement")
R_NOT_ACK = QT_TRANSLATE_NOOP("core", "{name} is not a township acknowledgement")
R_MALFORMED = QT_TRANSLATE_NOOP("core", "{name} is signed but malformed ({field})")
R_TOO_LARGE = QT_TRANSLATE_NOOP("core", "{name} is too large to be an acknowledgement")
R_BAD_SIG = QT_TRANSLATE_NOOP("core", "{name} is not signed by this village's township key")
R_OTHER_VILLAGE = QT_TRANSLATE_NOOP("core", "{name} acknowledges village {code}, not this one")
R_OLDER = QT_TRANSLATE_NOOP(
    "core",
    "{name} is older than the acknowledgement already applied (package {applied}); nothing was changed",
)
MAX_ACK_BYTES = 1024 * 1024
_DIGEST = re.compile(r"[0-9a-f]{64}")
MAX_INT = 2**31 - 1


@dataclass
class AckResult:
    sequence: int
    newly_acknowledged: int
    catalogues_applied: list[str]
    already_applied: bool = False
    rejoined: bool = False  # this desk's chain was behind or apart from the township's: it follows it now
    voided: list[int] = field(default_factory=list)
    high_water: int = 0


def _whole(body: dict[str, Any], key: str, name: str, default: int | None = None) -> int:
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field=key)
    return value


def _read(path: Path) -> tuple[bytes, bytes, dict[str, Any]]:
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_ACK_BYTES:
            raise ValidationError.single(F_ACK, R_TOO_LARGE, name=name)
        wrapper = json.loads(Path(path).read_text(encoding="utf-8"))
        body_bytes = wrapper["body"].encode("utf-8")
        signature = base64.b64decode(wrapper["signature"], validate=True)
        body = json.loads(body_bytes)
        if not isinstance(body, dict) or body.get("kind") != ACK_KIND:
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValidationError.single(F_ACK, R_NOT_ACK, name=name) from exc
    return body_bytes, signature, body


def import_ack(session: Session, data_dir: Any, path: Path) -> AckResult:
    """Apply a township acknowledgement: a clerk's action; the catalogues it carries are the
    township's decision. Refused, changing nothing, when it is not signed by the township, is for
    another village, is malformed, or is older than the one applied before."""
    require(session, Action.EXPORT)
    name = Path(path).name
    body_bytes, signature, body = _read(path)
    key = installed_township_key(data_dir.keys)
    try:
        if key is None:
            raise InvalidSignature
        key.verifier().verify(signature, body_bytes)
    except InvalidSignature as exc:
        raise ValidationError.single(F_ACK, R_BAD_SIG, name=name) from exc
    # signed by the township, but a signature does not make it well formed
    if not isinstance(body.get("village"), str):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="village")
    sequence = _whole(body, "sequence", name)
    package_hash = body.get("package_hash")
    if not isinstance(package_hash, str) or not _DIGEST.fullmatch(package_hash):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="package_hash")
    serial = _whole(body, "serial", name, 0)
    high_water = _whole(body, "high_water", name, 0)
    head = body.get("head", {"sequence": sequence, "hash": package_hash})
    if not isinstance(head, dict):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="head")
    head_sequence = _whole(head, "sequence", name)
    head_hash = head.get("hash")
    if head_sequence < sequence or not isinstance(head_hash, str) or not _DIGEST.fullmatch(head_hash):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="head")
    audit = body.get("audit")
    if audit is not None and not (
        isinstance(audit, dict)
        and isinstance(audit.get("count"), int)
        and not isinstance(audit.get("count"), bool)
        and 0 <= audit["count"]
        and isinstance(audit.get("head"), str)
        and _DIGEST.fullmatch(audit["head"])
    ):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="audit")
    catalogues = body.get("catalogues") or {}
    if not isinstance(catalogues, dict):
        raise ValidationError.single(F_ACK, R_MALFORMED, name=name, field="catalogues")
    centre = get_centre(session)
    if body["village"] != centre.division_code:
        raise ValidationError.single(F_ACK, R_OTHER_VILLAGE, name=name, code=body["village"][:12])

    state = exchange_state(session)
    if (head_sequence, serial) < (state.chain_sequence, state.ack_serial):
        raise ValidationError.single(F_ACK, R_OLDER, name=name, applied=state.chain_sequence)
    result = AckResult(sequence, 0, [], high_water=high_water)
    if (head_sequence, serial) == (state.chain_sequence, state.ack_serial) and serial:
        result.already_applied = True
        return result

    now = utcnow()
    rows = list(
        session.scalars(select(ExportLog).where(ExportLog.void.is_(False)).order_by(ExportLog.sequence))
    )
    at_head = [r for r in rows if r.sequence == head_sequence]
    on_chain = bool(at_head) and at_head[0].package_hash == head_hash
    for row in rows:
        if on_chain or row.sequence < head_sequence:
            if row.sequence <= head_sequence and row.acknowledged_at is None:
                row.acknowledged_at = now
                result.newly_acknowledged += 1
        else:  # made on a state the township never had (after a restore): the township refused it
            row.void = True
            result.voided.append(row.sequence)
    result.rejoined = not on_chain
    state.chain_sequence, state.chain_hash = head_sequence, head_hash
    state.ack_sequence, state.ack_serial = sequence, serial
    state.high_water = high_water
    # later changes are numbered above everything the township holds, before anything is written
    counter.raise_to(session, high_water)
    declared = {c.key: c for part in PARTS for c in part.catalogues}
    for key_name, value in catalogues.items():
        if key_name in declared:
            declared[key_name].apply(session, value)
            result.catalogues_applied.append(key_name)
    session.flush()
    if audit is not None:
        keep_ack(data_dir, Path(path))  # an anchor of this desk's history, outside its database
    return result
