"""The arithmetic of quorum and passing, pure integers over ``Facts``: no database.

"more than half of n" needs n // 2 + 1; "at least two thirds of n" needs ceil(2n / 3) = (2n + 2) // 3.
Party meetings pass on the members who should attend (应到), villagers' meetings on those present
(实到); probationary Party members attend without a vote. Absentees' written opinions never count
towards the quorum; where the village counts them they join the tally, and the base too where the
base is those present; at stage 4 (到会人员 by law) never. A joint 一肩挑 meeting must meet the stage 1
rule among its branch committee members and the stage 2 rule as a whole. The 村民代表会议's
composition (村民代表 ≥ 4/5, women 村民代表 ≥ 1/3 of its 组成人员) is checked here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    BASIS_ADULTS,
    BASIS_HOUSEHOLDS,
    BASIS_PRESENT,
    BASIS_SHOULD,
    BASIS_SHOULD_VOTE,
    L_JOINT_COMMITTEE,
    L_JOINT_WHOLE,
    L_NO_QUORUM,
    L_NOT,
    L_OK,
    L_PASS,
    L_QUORUM,
    L_QUORUM_HOUSEHOLDS,
    L_QUORUM_WAY,
    L_WRITTEN_BOTH,
    L_WRITTEN_NEVER,
    L_WRITTEN_OFF,
    L_WRITTEN_TALLY,
    SOURCE_LAW,
    SOURCE_PARTY_RULES,
    SOURCE_PRACTICE,
    THRESHOLD_LABELS,
    W_REPRESENTATIVES_SHARE,
    W_SEX_UNKNOWN,
    W_WOMEN_SHARE,
    WAY_ADULTS,
    WAY_BOTH,
    WAY_HOUSEHOLDS,
)
from villagedesk.core.settings import MORE_THAN_HALF, TWO_THIRDS, Values
from villagedesk.db.models import (
    MeetingKind,
    MeetingResult,
)

Line = tuple[str, dict[str, Any]]  # (translatable template, params)

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
    alternative: Rule | None = None  # 村民会议: the households' representatives also give a quorum
    written_opinions: bool = True  # False where the law decides by those present (到会人员): stage 4


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
            Rule(TWO_THIRDS, BASIS_SHOULD, SOURCE_LAW),
            Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW),
            written_opinions=False,
        )
    if kind is MeetingKind.VILLAGERS:
        return MeetingRules(
            Rule(MORE_THAN_HALF, BASIS_ADULTS, SOURCE_LAW),
            Rule(MORE_THAN_HALF, BASIS_PRESENT, SOURCE_LAW),
            alternative=Rule(TWO_THIRDS, BASIS_HOUSEHOLDS, SOURCE_LAW),
            written_opinions=False,
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
    # absentees with a vote whose written opinion states one (kept apart from the votes of those present)
    written_yes: int = 0
    written_no: int = 0
    written_abstain: int = 0
    # 村民会议: should_attend / present are the villagers aged 18 and over; and the households
    households_total: int = 0
    households_represented: int = 0
    # a joint 一肩挑 meeting: the branch committee members' own facts (their votes are part of the whole)
    committee: Facts | None = None

    @property
    def written(self) -> int:
        return self.written_yes + self.written_no + self.written_abstain


# How absentees' written votes count (DOMAIN.md): never at stage 4; otherwise as the village setting
# says, in the tally only where the base is 应到 (the absentee is in it already), in both where it is 实到.
WRITTEN_NEVER, WRITTEN_OFF, WRITTEN_TALLY, WRITTEN_BOTH = "never", "off", "tally", "both"


def written_mode(rules: MeetingRules, values: Values) -> str:
    if not rules.written_opinions:
        return WRITTEN_NEVER
    if not values[ABSENTEE_OPINIONS_COUNT]:
        return WRITTEN_OFF
    return WRITTEN_BOTH if rules.passing.basis == BASIS_PRESENT else WRITTEN_TALLY


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
    lines: list[Line] = field(default_factory=list)
    written: str = WRITTEN_OFF  # WRITTEN_*: how the absentees' written votes were taken
    quorum_way: str = ""  # 村民会议: WAY_* (translatable), the way its quorum was met
    committee: Evaluation | None = None  # a joint meeting: the stage 1 rule among the committee members

    @property
    def written_counted(self) -> bool:
        return self.written in (WRITTEN_TALLY, WRITTEN_BOTH)


def _result(quorum_ok: bool, passed: bool) -> MeetingResult:
    if not quorum_ok:
        return MeetingResult.NO_QUORUM
    return MeetingResult.PASSED if passed else MeetingResult.FAILED


def _quorum_line(template: str, rule: Rule, base: int, count: int, ok: bool) -> Line:
    return (
        template,
        {
            "rule": THRESHOLD_LABELS[rule.threshold],
            "basis": rule.basis,
            "base": base,
            "needed": minimum(rule.threshold, base),
            "count": count,
            "verdict": L_OK if ok else L_NOT,
            "source": rule.source,
        },
    )


def _quorum(facts: Facts, rules: MeetingRules) -> tuple[int, int, bool, str, list[Line]]:
    """(base, count, met, way, lines): only those present count, never written opinions."""
    party = facts.kind is MeetingKind.PARTY_GENERAL
    base = facts.should_vote if party else facts.should_attend
    count = facts.voting_present if party else facts.present
    ok = meets(rules.quorum.threshold, count, base)
    lines = [_quorum_line(L_QUORUM, rules.quorum, base, count, ok)]
    alt = rules.alternative
    if alt is None:
        return base, count, ok, "", lines
    by_households = meets(alt.threshold, facts.households_represented, facts.households_total)
    lines.append(
        _quorum_line(
            L_QUORUM_HOUSEHOLDS, alt, facts.households_total, facts.households_represented, by_households
        )
    )
    way = {(True, True): WAY_BOTH, (True, False): WAY_ADULTS, (False, True): WAY_HOUSEHOLDS}.get(
        (ok, by_households), ""
    )
    if way:
        lines.append((L_QUORUM_WAY, {"way": way}))
    return base, count, bool(way), way, lines


def _pass_base(facts: Facts, rules: MeetingRules) -> int:
    if rules.passing.basis == BASIS_PRESENT:
        return facts.voting_present
    if rules.passing.basis == BASIS_SHOULD_VOTE:
        return facts.should_vote
    return facts.should_attend


_WRITTEN_LINES = {
    WRITTEN_NEVER: L_WRITTEN_NEVER,
    WRITTEN_OFF: L_WRITTEN_OFF,
    WRITTEN_TALLY: L_WRITTEN_TALLY,
    WRITTEN_BOTH: L_WRITTEN_BOTH,
}


def _written_line(facts: Facts, rules: MeetingRules, mode: str) -> Line:
    source = rules.passing.source if mode == WRITTEN_NEVER else SOURCE_PRACTICE
    return (
        _WRITTEN_LINES[mode],
        {
            "yes": facts.written_yes,
            "no": facts.written_no,
            "abstain": facts.written_abstain,
            "source": source,
        },
    )


def _pass_line(rules: MeetingRules, base: int, yes: int, passed: bool) -> Line:
    return (
        L_PASS,
        {
            "rule": THRESHOLD_LABELS[rules.passing.threshold],
            "basis": rules.passing.basis,
            "base": base,
            "needed": minimum(rules.passing.threshold, base),
            "yes": yes,
            "verdict": L_OK if passed else L_NOT,
            "source": rules.passing.source,
        },
    )


def evaluate(facts: Facts, values: Values) -> Evaluation:
    if facts.committee is not None:
        return _evaluate_joint(facts, values)
    rules = rules_for(facts.kind, values)
    quorum_base, quorum_count, quorum_ok, way, lines = _quorum(facts, rules)
    mode = written_mode(rules, values)
    pass_base, yes = _pass_base(facts, rules), facts.yes
    if mode in (WRITTEN_TALLY, WRITTEN_BOTH):
        yes += facts.written_yes
    if mode == WRITTEN_BOTH:
        pass_base += facts.written
    if facts.written:
        lines.append(_written_line(facts, rules, mode))
    passed = quorum_ok and meets(rules.passing.threshold, yes, pass_base)
    lines.append(_pass_line(rules, pass_base, yes, passed) if quorum_ok else (L_NO_QUORUM, {}))
    return Evaluation(
        quorum_base,
        quorum_count,
        minimum(rules.quorum.threshold, quorum_base),
        quorum_ok,
        pass_base,
        minimum(rules.passing.threshold, pass_base),
        yes,
        passed,
        _result(quorum_ok, passed),
        lines,
        mode,
        way,
    )


def _evaluate_joint(facts: Facts, values: Values) -> Evaluation:
    """Both rules at once: stage 1 among the branch committee members, stage 2 for the whole meeting."""
    assert facts.committee is not None
    committee = evaluate(replace(facts.committee, kind=MeetingKind.BRANCH_COMMITTEE, committee=None), values)
    whole = evaluate(replace(facts, committee=None), values)
    quorum_ok = committee.quorum_ok and whole.quorum_ok
    passed = committee.passed and whole.passed
    return replace(
        whole,
        quorum_ok=quorum_ok,
        passed=passed,
        result=_result(quorum_ok, passed),
        lines=[(L_JOINT_COMMITTEE, {}), *committee.lines, (L_JOINT_WHOLE, {}), *whole.lines],
        committee=committee,
    )


def render_lines(evaluation: Evaluation, tr: Any) -> list[str]:
    out = []
    for template, params in evaluation.lines:
        translated = {
            k: (tr(v) if isinstance(v, str) and k in ("rule", "basis", "verdict", "source", "way") else v)
            for k, v in params.items()
        }
        out.append(tr(template).format(**translated))
    return out


# -- the 村民代表会议's composition (村民委员会组织法) ------------------------------------------------


@dataclass(frozen=True)
class Composition:
    """Who makes up the 村民代表会议 on a day: its 组成人员 are the 村委会 members and the 村民代表,
    a person in both counted once."""

    members: int
    representatives: int
    women_representatives: int
    unknown_sex: int = 0  # 村民代表 whose sex the roster does not give


def composition_warnings(c: Composition) -> list[Line]:
    """村民代表 at least four fifths and women 村民代表 at least one third of the 组成人员 ("以上"
    includes the number itself); a warning each, never a refusal. Nobody on the roster: nothing to say."""
    if c.members <= 0:
        return []
    out: list[Line] = []
    if 5 * c.representatives < 4 * c.members:
        needed = (4 * c.members + 4) // 5
        out.append(
            (
                W_REPRESENTATIVES_SHARE,
                {
                    "representatives": c.representatives,
                    "members": c.members,
                    "needed": needed,
                    "source": SOURCE_LAW,
                },
            )
        )
    if 3 * c.women_representatives < c.members:
        needed = (c.members + 2) // 3
        out.append(
            (
                W_WOMEN_SHARE,
                {
                    "women": c.women_representatives,
                    "members": c.members,
                    "needed": needed,
                    "source": SOURCE_LAW,
                },
            )
        )
        if c.unknown_sex:
            out.append((W_SEX_UNKNOWN, {"count": c.unknown_sex}))
    return out
