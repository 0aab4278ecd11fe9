"""The township's side of 村务公开's feedback: the queries villages escalated, per village with the
deadline for the township's answer, and the answers it writes (checked here), which go back to the
villages in every acknowledgement (the register's ``disclosure_feedback_answers`` catalogue)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from villagedesk.core import settings
from villagedesk.core.disclosure import config as c
from villagedesk.core.errors import Collector
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.models import EnrolledVillage, TownshipRecord

ANSWERS_KEY = "disclosure_feedback_answers"  # the register's catalogue (see register.py)
MAX_ANSWER = 2000
F_TOWNSHIP_ANSWER = QT_TRANSLATE_NOOP("core", "Township's answer")
F_ANSWER_DATE = QT_TRANSLATE_NOOP("core", "Date of the answer")
F_QUERY = QT_TRANSLATE_NOOP("core", "Escalated query")
R_TOO_LONG = QT_TRANSLATE_NOOP("core", "is longer than {limit} characters")
R_BEFORE_ESCALATED = QT_TRANSLATE_NOOP("core", "{value} is before the query was escalated ({escalated})")
R_UNKNOWN_QUERY = QT_TRANSLATE_NOOP("core", "no query of village {code} was escalated under this number")


@dataclass(frozen=True)
class EscalatedQuery:
    village_code: str
    village_name: str
    uuid: str
    disclosure: str  # the disclosure's title
    received_on: dt.date | None
    channel: str
    content: str
    village_answer: str
    escalated_on: dt.date
    due: dt.date  # escalated + the village's township answer days
    answer: str  # the township's, as it will travel back ("" not yet)
    answered_on: dt.date | None

    def overdue_days(self, today: dt.date) -> int:
        return (today - self.due).days if not self.answer and today > self.due else 0


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _answers(session: Session) -> dict[str, dict[str, str]]:
    from villagedesk.exchange import township as tw

    value = tw.catalogue(session, ANSWERS_KEY)
    return {str(a.get("uuid")): a for a in value if isinstance(a, dict)} if isinstance(value, list) else {}


def escalated_queries(session: Session, village_code: str | None = None) -> list[EscalatedQuery]:
    """Every escalated query the villages sent, oldest deadline first; answered ones included."""
    from villagedesk.exchange import township as tw

    stmt = select(TownshipRecord).where(
        TownshipRecord.record_type.in_(("disclosure_feedback", "disclosure", "centre_setting")),
        TownshipRecord.deleted.is_(False),
    )
    if village_code:
        stmt = stmt.where(TownshipRecord.village_code == village_code)
    titles: dict[tuple[str, str], str] = {}
    days: dict[str, int] = {}
    feedback = []
    for record in session.scalars(stmt):
        data = json.loads(record.data_json)
        if record.record_type == "centre_setting":
            if data.get("key") == c.TOWNSHIP_ANSWER_DAYS.key:
                days[record.village_code] = settings._decode(c.TOWNSHIP_ANSWER_DAYS, data.get("value_json"))
        elif record.record_type == "disclosure":
            titles[(record.village_code, record.uuid)] = str(
                tw.open_sealed(session, record).get("title") or ""
            )
        elif data.get("escalated_on"):
            feedback.append((record, data))
    names = {v.code: v.name for v in session.scalars(select(EnrolledVillage))}
    answers = _answers(session)
    out = []
    for record, data in feedback:
        opened = data | tw.open_sealed(session, record)
        escalated = _date(data["escalated_on"]) or dt.date.min
        given = answers.get(record.uuid, {})
        out.append(
            EscalatedQuery(
                record.village_code,
                names.get(record.village_code, ""),
                record.uuid,
                titles.get((record.village_code, str(data.get("disclosure_uuid"))), ""),
                _date(data.get("received_on")),
                str(data.get("channel") or ""),
                str(opened.get("content") or ""),
                str(opened.get("answer") or ""),
                escalated,
                escalated + dt.timedelta(days=days.get(record.village_code, c.TOWNSHIP_ANSWER_DAYS.default)),
                str(given.get("answer") or opened.get("township_answer") or ""),
                _date(given.get("answered_on") or data.get("township_answered_on")),
            )
        )
    return sorted(out, key=lambda q: (bool(q.answer), q.due, q.village_code))


def answer_query(
    session: Session, village_code: str, uuid: str, answer: str, day: dt.date, today: dt.date
) -> None:
    """The township's answer to one escalated query: kept in the answers catalogue, so the village
    receives it with its next acknowledgement. Refused with the reasons, nothing saved."""
    from villagedesk.exchange import township as tw

    tw.require_township(session, tw.TownshipAction.CATALOGUES)
    query = next((q for q in escalated_queries(session, village_code) if q.uuid == uuid), None)
    errors = Collector()
    text = answer.strip()
    if query is None:
        errors.add(F_QUERY, R_UNKNOWN_QUERY, code=village_code)
    if not text:
        errors.add(F_TOWNSHIP_ANSWER, c.R_REQUIRED)
    elif len(text) > MAX_ANSWER:
        errors.add(F_TOWNSHIP_ANSWER, R_TOO_LONG, limit=MAX_ANSWER)
    if day > today:
        errors.add(F_ANSWER_DATE, c.R_FUTURE, value=day.isoformat(), today=today.isoformat())
    elif query is not None and day < query.escalated_on:
        errors.add(
            F_ANSWER_DATE, R_BEFORE_ESCALATED, value=day.isoformat(), escalated=query.escalated_on.isoformat()
        )
    errors.raise_if_any()
    answers = _answers(session)
    answers[uuid] = {"uuid": uuid, "answer": text, "answered_on": day.isoformat()}
    tw.set_catalogue(session, ANSWERS_KEY, sorted(answers.values(), key=lambda a: a["uuid"]))
