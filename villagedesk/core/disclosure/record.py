"""What a disclosure's content hash covers, so the review, posting and the printed PDF agree on it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.disclosure.service import get, lines_of
from villagedesk.core.hashing import content_hash
from villagedesk.db.models import Disclosure

KIND = "disclosure"


def issuers(session: Session, category: str) -> list[str]:
    centre = get_centre(session)
    if category == "党务":
        return [centre.party_org_name]
    return [centre.committee_name]


def disclosure_record(session: Session, d: Disclosure) -> dict[str, Any]:
    corrects = get(session, d.corrects_id) if d.corrects_id else None
    return {
        "kind": KIND,
        "uuid": d.uuid,
        "category": d.category,
        "item": d.item,
        "period": (d.period_kind.name, d.period_start, d.period_end),
        "event_date": d.event_date,
        "title": d.title,
        "lead": d.lead,
        "content": d.content,
        "table": d.table_json,
        "notice_date": d.notice_date,
        "posting_date": d.posting_date,
        "posting_days": d.posting_days,
        "issuers": issuers(session, d.category),
        "ledger": (d.opening_fen, d.closing_fen, d.opening_reason) if d.ledger else None,
        "lines": [
            (ln.seq, ln.direction, ln.item, ln.amount_fen, ln.source, ln.handler, ln.opinion)
            for ln in lines_of(session, d)
        ],
        "corrects": (corrects.uuid, corrects.title, corrects.posted_on, d.correction_reason)
        if corrects is not None
        else None,
    }


def disclosure_hash(session: Session, d: Disclosure) -> str:
    return content_hash(disclosure_record(session, d))
