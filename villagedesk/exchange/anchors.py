"""Anchors of the village's audit history outside the PC.

Each package's manifest names the head of the village's audit chain (entry count and newest hash)
and the package carries the links since the last anchor the village knows the township holds: per
entry its action and payload hash, never the payload (which holds personal data), except for a
restore and a PIN reset, whose payloads hold none and travel in full so the township can show them.
The township replays the links from an anchor it holds and accepts the package only when the new
history passes through its newest anchor and ends at the head the manifest names, or starts again
from one of its anchors with a restore (accepted, and flagged in the overview). "More entries than
last time" is never the check. It keeps one anchor per package received and puts the newest in its
acknowledgement; the village keeps the signed acknowledgements it applied (``acks`` in the data
folder), and ``audit verify`` checks the history against the newest of them and the backup headers.

A package from before anchors (format 1) carries no history: it is accepted only while the township
holds no anchor of that village (the first anchored package then starts the record).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core.audit import A_ACK, Anchor, Words
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.audit import (
    GENESIS_HASH,
    RESTORE_ACTION,
    RESTORE_TABLE,
    VISIBLE_ACTIONS,
    chain_head,
    payload_hash,
    restore_position,
)
from villagedesk.db.base import utcnow
from villagedesk.db.models import AuditAnchor, AuditEntry
from villagedesk.exchange.package import PackageContents, PackageError, Refusal, shorten
from villagedesk.exchange.prepare import chain_hashes

ACKS = "acks"  # the signed acknowledgements this village applied, kept in the data folder
CHAIN_MEMBER = "audit/chain.json"

R_NO_HISTORY = QT_TRANSLATE_NOOP(
    "core",
    "the package carries no audit history (an older VillageDesk), but the township already anchored "
    "{count} entries of this village; update VillageDesk at the village and export again",
)
R_UNKNOWN_START = QT_TRANSLATE_NOOP(
    "core",
    "the audit history in the package starts from entry {count}, a point the township never anchored; "
    "import the newest acknowledgement at the village and export again",
)
R_NOT_EXTENDING = QT_TRANSLATE_NOOP(
    "core",
    "the audit history does not extend the one anchored with package {sequence} ({count} entries): "
    "records were rewritten or removed at the village",
)
R_HEAD_DIFFERS = QT_TRANSLATE_NOOP(
    "core", "the audit history in the package does not lead to the head its manifest names"
)
R_OLD_ENTRY = QT_TRANSLATE_NOOP(
    "core", "the audit history holds an old-form entry after the first anchor (rewritten)"
)
R_BAD_VISIBLE = QT_TRANSLATE_NOOP("core", "an entry shown in full does not match its hash (altered)")


# -- the village ------------------------------------------------------------------------------------
def keep_ack(data_dir: Any, path: Path) -> None:
    """Keep a copy of an applied acknowledgement in the data folder (an anchor outside the database:
    it is signed by the township, so it cannot be rewritten here)."""
    folder = Path(data_dir.root) / ACKS
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(path).name
    if Path(path).resolve() != target.resolve():
        shutil.copyfile(path, target)


@dataclass(frozen=True)
class AckAnchor:
    name: str
    sequence: int
    serial: int
    count: int
    head: str
    at: dt.datetime | None


def _read_ack(path: Path, verifier: Any) -> AckAnchor | None:
    try:
        wrapper = json.loads(path.read_text(encoding="utf-8"))
        body_bytes = wrapper["body"].encode("utf-8")
        verifier.verify(base64.b64decode(wrapper["signature"], validate=True), body_bytes)
        body = json.loads(body_bytes)
        audit = body["audit"]
        count, head = int(audit["count"]), str(audit["head"])
        at = dt.datetime.fromisoformat(body["acknowledged_at"]) if body.get("acknowledged_at") else None
        return AckAnchor(path.name, int(body["sequence"]), int(body.get("serial", 0)), count, head, at)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
        return None  # not an acknowledgement with an anchor, or not the township's


def kept_acks(data_dir: Any) -> list[AckAnchor]:
    """The kept acknowledgements that carry an anchor and are signed by the installed township key."""
    from villagedesk.exchange.keys import installed_township_key

    key = installed_township_key(Path(data_dir.keys))
    folder = Path(data_dir.root) / ACKS
    if key is None or not folder.is_dir():
        return []
    found = [a for a in (_read_ack(p, key.verifier()) for p in folder.glob("*.vdack")) if a is not None]
    return sorted(found, key=lambda a: (a.sequence, a.serial, a.count))


def newest_ack(data_dir: Any) -> AckAnchor | None:
    """The newest kept acknowledgement with an anchor."""
    acks = kept_acks(data_dir)
    return acks[-1] if acks else None


def local_anchors(data_dir: Any) -> list[Anchor]:
    """Every anchor this desk can check its history against: the newest acknowledgement and the
    headers of the backups in the data folder."""
    from villagedesk.core.backup import backup_anchors

    out = []
    ack = newest_ack(data_dir)
    if ack is not None:
        out.append(
            Anchor(
                f"the township's acknowledgement of package {ack.sequence} ({ack.name})",
                ack.count,
                ack.head,
                ack.at,
                Words(A_ACK, {"sequence": ack.sequence, "file": ack.name}),
            )
        )
    out.extend(backup_anchors(Path(data_dir.backups)))
    return out


def chain_links(session: Session, starts: set[tuple[int, str]]) -> dict[str, Any]:
    """The links to the head from the newest of ``starts`` (anchors the township holds, as the kept
    acknowledgements say) that lies on this history, walking back from the head: it stops there, at
    a restore that started again from an anchor (the links then start from that anchor), or at the
    first entry."""
    count, _head = chain_head(session.connection())
    entries: list[dict[str, Any]] = []
    position = count  # the position of the row at hand, walking back
    origin: tuple[int, str] = (0, GENESIS_HASH)
    rows = session.execute(
        select(
            AuditEntry.id,
            AuditEntry.prev_hash,
            AuditEntry.entry_hash,
            AuditEntry.payload_hash,
            AuditEntry.action,
            AuditEntry.table_name,
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.record_uuid,
            AuditEntry.changes,
            AuditEntry.reason,
        ).order_by(AuditEntry.id.desc())
    )
    for row in rows:
        if (position, row.entry_hash) in starts:
            origin = (position, row.entry_hash)
            break
        entries.append(_link(row))
        if row.action == RESTORE_ACTION and row.table_name == RESTORE_TABLE and _jumped(session, row):
            origin = (restore_position(json.loads(row.changes)) - 1, row.prev_hash)
            break
        position -= 1
    entries.reverse()
    return {"from": [origin[0], origin[1]], "entries": entries}


def _jumped(session: Session, row: Any) -> bool:
    """Did this restore start again from an anchor (its link is not to the entry before it)?"""
    before = session.scalar(
        select(AuditEntry.entry_hash).where(AuditEntry.id < row.id).order_by(AuditEntry.id.desc()).limit(1)
    )
    return bool((before or GENESIS_HASH) != row.prev_hash)


def _link(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"a": row.action}
    if row.payload_hash is None:  # written before chain version 2: only its hash can travel
        out["e"] = row.entry_hash
        return out
    out["p"] = row.payload_hash
    if row.action in VISIBLE_ACTIONS:
        out["d"] = [
            row.at.isoformat(),
            row.actor,
            row.action,
            row.table_name,
            row.record_uuid,
            row.changes,
            row.reason,
        ]
    return out


def package_audit(session: Session, data_dir: Any) -> tuple[dict[str, Any], bytes]:
    """The manifest's ``audit`` field (the head) and the links member for a package."""
    count, head = chain_head(session.connection())
    links = chain_links(session, {(a.count, a.head) for a in kept_acks(data_dir)})
    body = json.dumps(links, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return {"count": count, "head": head}, body


# -- the township -----------------------------------------------------------------------------------
@dataclass
class HistoryCheck:
    """What the township learnt from a package's audit history."""

    count: int = 0
    head: str = ""
    anchored: bool = False  # False: a package from before anchors, nothing to keep
    restored: bool = False
    pin_resets: int = 0
    notes: list[str] = field(default_factory=list)


def anchors_of(session: Session, village_code: str) -> list[AuditAnchor]:
    return list(
        session.scalars(
            select(AuditAnchor)
            .where(AuditAnchor.village_code == village_code)
            .order_by(AuditAnchor.package_sequence)
        )
    )


def check(session: Session, contents: PackageContents, links: list[str] | None = None) -> HistoryCheck:
    """Raise PackageError(HISTORY) unless the package's history extends the anchored one.
    ``links``: the hash after each of the chain's entries, worked out already (prepare.chain_hashes)."""
    anchors = anchors_of(session, contents.village_code)
    audit = contents.manifest.get("audit")
    if audit is None or contents.chain is None:
        if anchors:
            raise PackageError(Refusal.HISTORY, R_NO_HISTORY, count=anchors[-1].entries)
        return HistoryCheck()
    result = HistoryCheck(int(audit["count"]), str(audit["head"]), anchored=True)
    start = contents.chain["from"]
    position, current = int(start[0]), str(start[1])
    known = {(a.entries, a.head_hash) for a in anchors} | {(0, GENESIS_HASH)}
    if anchors and (position, current) not in known:
        raise PackageError(Refusal.HISTORY, R_UNKNOWN_START, count=position)
    newest = (anchors[-1].entries, anchors[-1].head_hash) if anchors else None
    first = anchors[0].entries if anchors else None
    reached = newest is None or (position, current) == newest
    if links is None:
        links = chain_hashes(contents.chain)
    assert links is not None
    for entry, current in zip(contents.chain["entries"], links, strict=True):
        if "e" in entry:
            if first is not None and position + 1 > first:
                raise PackageError(Refusal.HISTORY, R_OLD_ENTRY)
        elif entry["a"] in VISIBLE_ACTIONS or "d" in entry:  # a reset or a restore cannot be hidden
            _visible(entry, position + 1, result)
        position += 1
        reached = reached or (position, current) == newest
    if (position, current) != (result.count, result.head):
        raise PackageError(Refusal.HISTORY, R_HEAD_DIFFERS)
    if not reached and not result.restored:
        assert anchors
        raise PackageError(
            Refusal.HISTORY, R_NOT_EXTENDING, sequence=anchors[-1].package_sequence, count=anchors[-1].entries
        )
    return result


def _visible(entry: dict[str, Any], position: int, result: HistoryCheck) -> None:
    d = entry.get("d")
    if not isinstance(d, list) or payload_hash(*[str(x) for x in d]) != entry["p"] or d[2] != entry["a"]:
        raise PackageError(Refusal.HISTORY, R_BAD_VISIBLE)
    at = shorten(str(d[0])[:16].replace("T", " "), 20)
    if d[2] == RESTORE_ACTION and d[3] == RESTORE_TABLE:
        if restore_position(json.loads(d[5])) != position:
            raise PackageError(Refusal.HISTORY, R_BAD_VISIBLE)
        result.restored = True
        result.notes.append(f"restore {at} {shorten(d[1], 20)}")
    elif d[2] == "pin_reset":
        result.pin_resets += 1
        result.notes.append(f"pin_reset {at} {shorten(d[1], 20)}: {shorten(d[6], 60)}")


def record(session: Session, contents: PackageContents, checked: HistoryCheck) -> None:
    """Keep the package's head as this village's newest anchor (in the import's transaction)."""
    if not checked.anchored:
        return
    session.add(
        AuditAnchor(
            village_code=contents.village_code,
            package_sequence=contents.sequence,
            entries=checked.count,
            head_hash=checked.head,
            restored=checked.restored,
            pin_resets=checked.pin_resets,
            note="\n".join(checked.notes),
            received_at=utcnow(),
        )
    )


def ack_field(session: Session, village_code: str) -> dict[str, Any] | None:
    """The newest anchor, for the acknowledgement."""
    anchors = anchors_of(session, village_code)
    return {"count": anchors[-1].entries, "head": anchors[-1].head_hash} if anchors else None


@dataclass(frozen=True)
class HistoryFlags:
    restores: int = 0
    pin_resets: int = 0
    last_restore_package: int | None = None


def flags(session: Session, village_code: str) -> HistoryFlags:
    """What the overview shows of a village's history: restores and administrator PIN resets."""
    return _flags(anchors_of(session, village_code))


def all_flags(session: Session) -> dict[str, HistoryFlags]:
    """``flags`` of every village in one query (the overview of 200 villages)."""
    by_village: dict[str, list[AuditAnchor]] = {}
    for anchor in session.scalars(
        select(AuditAnchor).order_by(AuditAnchor.village_code, AuditAnchor.package_sequence)
    ):
        by_village.setdefault(anchor.village_code, []).append(anchor)
    return {code: _flags(anchors) for code, anchors in by_village.items()}


def _flags(anchors: list[AuditAnchor]) -> HistoryFlags:
    restored = [a.package_sequence for a in anchors if a.restored]
    return HistoryFlags(len(restored), sum(a.pin_resets for a in anchors), restored[-1] if restored else None)
