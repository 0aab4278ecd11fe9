"""When a change needs a reason: once a record has been posted on the village board.

Printing or saving a working document (a draft, a preview, the record book) never locks anything,
and the fields the system sets as the consequence of a step — a notice's posting and take-down
dates, a matter's status — never need a reason (models list them in ``__status_fields__``).
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Connection, select

from villagedesk.core.errors import ValidationError
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.db.audit import add_change_check
from villagedesk.db.models import PrintLog

F_REASON = QT_TRANSLATE_NOOP("core", "Reason for the change")
R_POSTED = QT_TRANSLATE_NOOP("core", "is required: this record has been posted on the village board")


@functools.cache
def status_fields(table: str) -> frozenset[str]:
    from villagedesk.db.base import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return frozenset(getattr(mapper.class_, "__status_fields__", ()))
    return frozenset()


def refuse_unexplained_changes(conn: Connection, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if row["action"] == "insert":
            continue
        if not set(row["changes"]) - {"version"} - status_fields(row["table"]):
            continue
        posted = conn.execute(
            select(PrintLog.id)
            .where(PrintLog.document_uuid == row["uuid"], PrintLog.action == "post")
            .limit(1)
        ).first()
        if posted:
            raise ValidationError.single(F_REASON, R_POSTED)


def install() -> None:
    add_change_check(refuse_unexplained_changes)
