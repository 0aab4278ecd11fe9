"""What a supervision review of a matter's disclosure signs: the record its content hash covers.

Built here from the stored rows, so the demo, the review dialog, posting and printing all agree on
one hash without going through the printing layer.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from villagedesk.core.centre import get_centre
from villagedesk.core.deliberation.queries import get_matter, meetings, stage_of
from villagedesk.core.hashing import content_hash
from villagedesk.db.models import MatterNotice, MatterNoticeKind, Meeting


def issuers(session: Session) -> list[str]:
    centre = get_centre(session)
    return [centre.party_org_name, centre.committee_name]


def matter_notice_record(session: Session, notice: MatterNotice) -> dict[str, object]:
    """What the content hash of a disclosure covers (and so what the review signs)."""
    matter = get_matter(session, notice.matter_id)
    return {
        "kind": "resolution" if notice.kind is MatterNoticeKind.RESOLUTION else "result",
        "matter": matter.uuid,
        "uuid": notice.uuid,
        "title": matter.title,
        "origin": matter.origin.value,
        "amount": matter.amount_fen,
        "phase": notice.phase,
        "content": notice.content,
        "spent": notice.spent_fen,
        "acceptance": notice.acceptance,
        "notice_date": notice.notice_date,
        "posting_date": notice.posting_date,
        "posting_days": notice.posting_days,
        "issuers": issuers(session),
        "meetings": [
            (
                stage_of(m.kind).value,
                m.held_on,
                m.should_attend,
                m.present,
                m.yes,
                m.no,
                m.abstain,
                m.result.value,
                m.resolution,
            )
            + _details(m)
            for m in meetings(session, matter.id)
        ],
    }


def _details(m: Meeting) -> tuple[dict[str, object], ...]:
    """What the disclosure prints beyond the counts above (households, the branch committee members'
    votes, absentees' written votes), appended only when there is some, so that a review signed before
    these were recorded still matches."""
    details: dict[str, object] = {}
    if m.households_total or m.households_represented:
        details["households"] = (m.households_total, m.households_represented)
    if m.committee_should_attend:
        details["committee"] = (
            m.committee_should_attend,
            m.committee_present,
            m.committee_yes,
            m.committee_no,
            m.committee_abstain,
        )
    written = [a for a in json.loads(m.absentees_json or "[]") if a.get("vote")]
    if written:
        details["written"] = sorted((a["vote"], bool(a.get("counted"))) for a in written)
    return (details,) if details else ()


def matter_notice_hash(session: Session, notice: MatterNotice) -> str:
    return content_hash(matter_notice_record(session, notice))
