"""What the 暖心关怀 register declares to the shared machinery (see core/register.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from villagedesk.core import settings
from villagedesk.core.care import config as c
from villagedesk.core.care.demo import fill_demo
from villagedesk.core.care.fund import finance_statement
from villagedesk.core.care.visits import due
from villagedesk.core.i18n import QT_TRANSLATE_NOOP
from villagedesk.core.register import Count, Overview, OverviewColumn, Records, RecordType, Register
from villagedesk.db import models as m


# -- the township overview: facts stored at import, figures worked out for the day shown -----------
def overview_facts(records: Records) -> dict[str, Any]:
    """Per target who ever had a special-hardship category: birth year, time on the list, the
    category periods and the valid visit dates; per fund: the dated balance changes."""
    stored = {r["key"]: r.get("value_json") for r in records.get("centre_setting", ())}
    special = settings._decode(c.SPECIAL_CATEGORIES, stored.get(c.SPECIAL_CATEGORIES.key))
    age = settings._decode(c.SPECIAL_AGE, stored.get(c.SPECIAL_AGE.key))
    periods: dict[str, list[list[Any]]] = {}
    for k in records.get("care_category", ()):
        if not k.get("deleted") and k.get("category") in special:
            periods.setdefault(k["target_uuid"], []).append([k["valid_from"], k.get("valid_to")])
    visits = [v for v in records.get("care_visit", ()) if not v.get("deleted")]
    reversed_ = {v["reverses_uuid"] for v in visits if v.get("reverses_uuid")}
    dates: dict[str, list[str]] = {}
    for v in visits:
        if not v.get("reverses_uuid") and v["uuid"] not in reversed_:
            dates.setdefault(v["target_uuid"], []).append(v["visit_date"])
    targets = [
        [
            t["birth_year"],
            t["added_on"],
            t.get("exited_on"),
            periods[t["uuid"]],
            sorted(dates.get(t["uuid"], [])),
        ]
        for t in records.get("care_target", ())
        if not t.get("deleted") and t.get("birth_year") and t["uuid"] in periods
    ]
    funds = {f["uuid"]: f["name"] for f in records.get("care_fund", ()) if not f.get("deleted")}
    return {"age": age, "targets": targets, "fund": _fund_moves(records), "funds": funds}


def _fund_moves(records: Records) -> list[list[Any]]:
    entries = [e for e in records.get("care_fund_entry", ()) if not e.get("deleted")]
    by_uuid = {e["uuid"]: e for e in entries}
    moves = []
    for e in entries:
        if e.get("reverses_uuid"):
            original = by_uuid.get(e["reverses_uuid"], {})
            sign = -1 if original.get("kind") == "INCOME" else 1
            moves.append([e["entry_date"], sign * e["amount_fen"], e.get("fund_uuid")])
        elif e.get("kind") == "INCOME":
            moves.append([e["entry_date"], e["amount_fen"], e.get("fund_uuid")])
        elif e.get("state") == "PAID" and e.get("paid_on"):
            moves.append([e["paid_on"], -e["amount_fen"], e.get("fund_uuid")])
    return moves


def _within(day: str, periods: list[list[Any]]) -> bool:
    return any(start <= day and (end is None or day < end) for start, end in periods)


_last_special: tuple[Any, dt.date | None, list[tuple[bool, bool]]] = (None, None, [])


def _special_now(facts: Mapping[str, Any], today: dt.date) -> list[tuple[bool, bool]]:
    """(active this month, visited this month) per special-hardship elderly on ``today`` (worked out
    once for the two columns that use it)."""
    global _last_special
    last_facts, last_today, rows = _last_special  # one tuple, read and written whole
    if last_facts is not facts or last_today != today:
        rows = _work_out_special(facts, today)
        _last_special = (facts, today, rows)
    return rows


def _work_out_special(facts: Mapping[str, Any], today: dt.date) -> list[tuple[bool, bool]]:
    first, iso = today.replace(day=1).isoformat(), today.isoformat()
    out = []
    for born, added, exited, periods, visits in facts.get("targets", ()):
        age = today.year - int(born)  # by year: the township sees no birth dates (they travel sealed)
        if age < int(facts.get("age", 60)) or added > iso or (exited is not None and exited <= first):
            continue
        if not (_within(iso, periods) or _within(first, periods)):
            continue
        out.append((True, any(first <= v <= iso for v in visits)))
    return out


def _not_visited(facts: Mapping[str, Any], today: dt.date) -> int:
    return sum(1 for _, visited in _special_now(facts, today) if not visited)


def _visit_rate(facts: Mapping[str, Any], today: dt.date) -> int:
    rows = _special_now(facts, today)
    return 100 if not rows else sum(1 for _, v in rows if v) * 100 // len(rows)


def _fund_yuan(facts: Mapping[str, Any], today: dt.date) -> int:
    iso = today.isoformat()
    return int(sum(move[1] for move in facts.get("fund", ()) if move[0] <= iso)) // 100


def _fund_balances(facts: Mapping[str, Any], today: dt.date) -> str:
    """Each fund's balance on ``today``: 市县关怀资金 1200元；村集体关怀基金 300元."""
    iso, names = today.isoformat(), facts.get("funds", {})
    balance: dict[str, int] = dict.fromkeys(names, 0)
    for move in facts.get("fund", ()):
        if move[0] <= iso and len(move) > 2 and move[2] in balance:
            balance[move[2]] += int(move[1])
    return "；".join(
        f"{names[u]} {fen // 100}元" for u, fen in sorted(balance.items(), key=lambda x: names[x[0]])
    )


OVERVIEW = Overview(
    overview_facts,
    (
        OverviewColumn(
            "care_not_visited",
            QT_TRANSLATE_NOOP("core", "Special-hardship elderly not visited this month"),
            _not_visited,
        ),
        OverviewColumn("care_visit_rate", QT_TRANSLATE_NOOP("core", "Monthly visit rate (%)"), _visit_rate),
        OverviewColumn(
            "care_fund_balance",
            QT_TRANSLATE_NOOP("core", "Care fund balance (yuan)"),
            _fund_yuan,
            detail=_fund_balances,
        ),
    ),
)

REGISTER = Register(
    key="care",
    title=c.REG,
    record_types=(
        RecordType(
            "care_target",
            m.CareTarget,
            sensitive=frozenset(
                {"id_number", "phone", "birth_date", "difficulty_notes", "health_notes", "disability_grade"}
            ),
            free_text=frozenset({"add_reason", "exit_reason", "helper"}),
        ),
        RecordType("care_category", m.CareCategory),
        RecordType(
            "care_visit",
            m.CareVisit,
            sensitive=frozenset({"findings", "needs"}),
            free_text=frozenset({"visitors", "reversal_reason"}),
        ),
        RecordType("care_fund", m.CareFund),
        RecordType(
            "care_fund_entry",
            m.CareFundEntry,
            free_text=frozenset({"item", "source", "handler", "reversal_reason", "voucher_no"}),
        ),
    ),
    settings=c.SETTINGS,
    due=due,
    overview=OVERVIEW,
    demo=fill_demo,
    counts=(
        Count("care_targets", "care_target", QT_TRANSLATE_NOOP("core", "care targets")),
        Count("care_visits", "care_visit", QT_TRANSLATE_NOOP("core", "care visits")),
    ),
    contributes={"finance_statement": finance_statement},
    document_prefixes=("caredisb", "carevisits", "carefund"),
)
