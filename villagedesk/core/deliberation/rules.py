"""The arithmetic of quorum and passing, pure integers over ``Facts``: no database.

"more than half of n" needs n // 2 + 1; "at least two thirds of n" needs ceil(2n / 3) = (2n + 2) // 3.
Party meetings pass on the members who should attend (应到), villagers' meetings on those present
(实到); probationary Party members attend without a vote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from villagedesk.core.deliberation.config import (
    ABSENTEE_OPINIONS_COUNT,
    STAGE1_PASS,
    STAGE1_QUORUM,
    STAGE2_PASS,
    STAGE2_QUORUM,
    STAGE3_QUORUM,
)
from villagedesk.core.deliberation.messages import (
    BASIS_PRESENT,
    BASIS_SHOULD,
    BASIS_SHOULD_VOTE,
    L_NO_QUORUM,
    L_NOT,
    L_OK,
    L_PASS,
    L_QUORUM,
    SOURCE_LAW,
    SOURCE_PARTY_RULES,
    SOURCE_PRACTICE,
    THRESHOLD_LABELS,
)
from villagedesk.core.settings import MORE_THAN_HALF, TWO_THIRDS, Values
from villagedesk.db.models import (
    MeetingKind,
    MeetingResult,
)

# -- the arithmetic -------------------------------------------------------------------------------


def minimum(threshold: str, n: int) -> int:
    """The smallest count that satisfies ``threshold`` of ``n``."""
    if threshold == MORE_THAN_HALF:
        return n // 2 + 1
    if threshold == TWO_THIRDS:
        return (2 * n + 2) // 3
    raise ValueError(threshold)


def meets(threshold: str, count: int, n: int) -> bool:
    if n <= 0:
        return False  # a body with nobody on it cannot meet
    if threshold == MORE_THAN_HALF:
        return 2 * count > n
    if threshold == TWO_THIRDS:
        return 3 * count >= 2 * n
    raise ValueError(threshold)


@dataclass(frozen=True)
class Rule:
    threshold: str
    basis: str  # BASIS_* (translatable)
    source: str  # SOURCE_* (translatable)


@dataclass(frozen=True)
class MeetingRules:
    quorum: Rule
    passing: Rule


def rules_for(kind: MeetingKind, values: Values) -> MeetingRules:
    if kind is MeetingKind.BRANCH_COMMITTEE:
        return MeetingRules(
            Rule(values[STAGE1_QUORUM], BASIS_SHOULD, SOURCE_PRACTICE),
            Rule(values[STAGE1_PASS], BASIS_SHOULD, SOURCE_PRACTICE),
        )
    if kind in (MeetingKind.JOINT_COMMITTEES, MeetingKind.JOINT_PROPOSAL_CONSULTATION):
        return MeetingRules(
            Rule(values[STAGE2_QUORUM], BASIS_SHOULD, SOURCE_PRACTICE),
            Rule(values[STAGE2_PASS], BASIS_PRESENT, SOURCE_PRACTICE),
        )
    if kind is MeetingKind.PARTY_GENERAL:
        return MeetingRules(
            Rule(values[STAGE3_QUORUM], BASIS_SHOULD_VOTE, SOURCE_PRACTICE),
            Rule(MORE_THAN_HALF, BASIS_SHOULD_VOTE, SOURCE_PARTY_RULES),
        )
    if kind is MeetingKind.REPRESENTATIVES:
        return MeetingRules(
            Rule(TWO_THIRDS, BASIS_SHOULD, SOURCE_LAW), Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW)
        )
    if kind is MeetingKind.VILLAGERS:
        return MeetingRules(
            Rule(MORE_THAN_HALF, BASIS_SHOULD, SOURCE_LAW), Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW)
        )
    raise ValueError(kind)


@dataclass(frozen=True)
class Facts:
    kind: MeetingKind
    should_attend: int
    should_vote: int
    present: int
    voting_present: int
    yes: int
    no: int = 0
    abstain: int = 0
    written_yes: int = 0  # absentees' written opinions in favour (count only where the setting says so)


@dataclass
class Evaluation:
    quorum_base: int
    quorum_count: int
    quorum_needed: int
    quorum_ok: bool
    pass_base: int
    pass_needed: int
    yes: int
    passed: bool
    result: MeetingResult
    lines: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (translatable template, params)


def evaluate(facts: Facts, values: Values) -> Evaluation:
    rules = rules_for(facts.kind, values)
    party = facts.kind is MeetingKind.PARTY_GENERAL
    quorum_base = facts.should_vote if party else facts.should_attend
    quorum_count = facts.voting_present if party else facts.present
    quorum_ok = meets(rules.quorum.threshold, quorum_count, quorum_base)
    if rules.passing.basis == BASIS_PRESENT:
        pass_base = facts.voting_present
    elif rules.passing.basis == BASIS_SHOULD_VOTE:
        pass_base = facts.should_vote
    else:
        pass_base = facts.should_attend
    yes = facts.yes + (facts.written_yes if values[ABSENTEE_OPINIONS_COUNT] else 0)
    passed = quorum_ok and meets(rules.passing.threshold, yes, pass_base)
    result = (
        MeetingResult.NO_QUORUM
        if not quorum_ok
        else (MeetingResult.PASSED if passed else MeetingResult.FAILED)
    )
    lines = [
        (
            L_QUORUM,
            {
                "rule": THRESHOLD_LABELS[rules.quorum.threshold],
                "basis": rules.quorum.basis,
                "base": quorum_base,
                "needed": minimum(rules.quorum.threshold, quorum_base),
                "count": quorum_count,
                "verdict": L_OK if quorum_ok else L_NOT,
                "source": rules.quorum.source,
            },
        ),
    ]
    if quorum_ok:
        lines.append(
            (
                L_PASS,
                {
                    "rule": THRESHOLD_LABELS[rules.passing.threshold],
                    "basis": rules.passing.basis,
                    "base": pass_base,
                    "needed": minimum(rules.passing.threshold, pass_base),
                    "yes": yes,
                    "verdict": L_OK if passed else L_NOT,
                    "source": rules.passing.source,
                },
            )
        )
    else:
        lines.append((L_NO_QUORUM, {}))
    return Evaluation(
        quorum_base,
        quorum_count,
        minimum(rules.quorum.threshold, quorum_base),
        quorum_ok,
        pass_base,
        minimum(rules.passing.threshold, pass_base),
        yes,
        passed,
        result,
        lines,
    )


def render_lines(evaluation: Evaluation, tr: Any) -> list[str]:
    out = []
    for template, params in evaluation.lines:
        translated = {
            k: (tr(v) if isinstance(v, str) and k in ("rule", "basis", "verdict", "source") else v)
            for k, v in params.items()
        }
        out.append(tr(template).format(**translated))
    return out
