"""The quorum and pass arithmetic of every meeting type, at its boundaries."""

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core import deliberation as d
from villagedesk.core import settings
from villagedesk.core.deliberation import Facts, config, evaluate, meets, minimum, render_lines, rules_for
from villagedesk.core.settings import MORE_THAN_HALF, TWO_THIRDS
from villagedesk.db.models import MeetingKind, MeetingResult

DEFAULTS = settings.defaults()


@pytest.mark.parametrize(
    "n, half, two_thirds",
    [
        (1, 1, 1),
        (2, 2, 2),
        (3, 2, 2),
        (4, 3, 3),
        (5, 3, 4),
        (6, 4, 4),
        (7, 4, 5),
        (15, 8, 10),
        (31, 16, 21),
        (35, 18, 24),
        (60, 31, 40),
    ],
)
def test_minimums(n, half, two_thirds):
    assert minimum(MORE_THAN_HALF, n) == half
    assert minimum(TWO_THIRDS, n) == two_thirds


@given(st.integers(min_value=1, max_value=5000), st.integers(min_value=0, max_value=5000))
def test_meets_agrees_with_minimum_and_exact_fractions(n, count):
    assert (
        meets(MORE_THAN_HALF, count, n)
        == (count >= minimum(MORE_THAN_HALF, n))
        == (Fraction(count) > Fraction(n, 2))
    )
    assert (
        meets(TWO_THIRDS, count, n)
        == (count >= minimum(TWO_THIRDS, n))
        == (Fraction(count) >= Fraction(2 * n, 3))
    )


def test_empty_body_never_meets():
    assert not meets(TWO_THIRDS, 0, 0) and not meets(MORE_THAN_HALF, 0, 0)


def facts(kind, should, present, yes, no=None, should_vote=None, voting_present=None, written_yes=0):
    voting_present = present if voting_present is None else voting_present
    no = voting_present - yes if no is None else no
    return Facts(
        kind,
        should,
        should if should_vote is None else should_vote,
        present,
        voting_present,
        yes,
        no,
        voting_present - yes - no,
        written_yes,
    )


# stage 1: quorum more than half of members; pass: yes > half of those who SHOULD attend
@pytest.mark.parametrize(
    "should, present, yes, result",
    [
        (5, 2, 2, MeetingResult.NO_QUORUM),
        (5, 3, 3, MeetingResult.PASSED),
        (5, 3, 2, MeetingResult.FAILED),  # 2 of 3 present, but not more than half of 5 who should attend
        (4, 3, 2, MeetingResult.FAILED),
        (4, 3, 3, MeetingResult.PASSED),
    ],
)
def test_stage1_branch_committee(should, present, yes, result):
    assert evaluate(facts(MeetingKind.BRANCH_COMMITTEE, should, present, yes), DEFAULTS).result is result


# stage 2: pass on those present
@pytest.mark.parametrize(
    "should, present, yes, result",
    [
        (9, 4, 4, MeetingResult.NO_QUORUM),
        (9, 5, 3, MeetingResult.PASSED),  # 3 of 5 present is more than half of those present
        (9, 6, 3, MeetingResult.FAILED),
    ],
)
def test_stage2_joint_committees(should, present, yes, result):
    assert evaluate(facts(MeetingKind.JOINT_COMMITTEES, should, present, yes), DEFAULTS).result is result


# stage 3: quorum two thirds of full members (setting), pass > half of full members who SHOULD attend
@pytest.mark.parametrize(
    "full, voting_present, yes, result",
    [
        (31, 20, 20, MeetingResult.NO_QUORUM),  # two thirds of 31 is 21
        (31, 21, 16, MeetingResult.PASSED),  # more than half of 31 is 16
        (31, 21, 15, MeetingResult.FAILED),
        (60, 40, 31, MeetingResult.PASSED),
        (60, 40, 30, MeetingResult.FAILED),
        (60, 39, 39, MeetingResult.NO_QUORUM),
    ],
)
def test_stage3_party_members(full, voting_present, yes, result):
    f = facts(
        MeetingKind.PARTY_GENERAL,
        full + 4,
        voting_present + 3,
        yes,
        should_vote=full,
        voting_present=voting_present,
    )
    assert evaluate(f, DEFAULTS).result is result


def test_stage3_quorum_setting_national_floor():
    values = DEFAULTS.replace(config.STAGE3_QUORUM, MORE_THAN_HALF)
    f = facts(MeetingKind.PARTY_GENERAL, 31, 16, 16, should_vote=31, voting_present=16)
    assert evaluate(f, DEFAULTS).result is MeetingResult.NO_QUORUM
    assert evaluate(f, values).result is MeetingResult.PASSED


def test_probationary_members_do_not_count_for_the_vote():
    # 10 full + 5 probationary; 7 full + 5 probationary present: quorum is on the full members (7 of 10)
    f = facts(MeetingKind.PARTY_GENERAL, 15, 12, 6, should_vote=10, voting_present=7)
    evaluation = evaluate(f, DEFAULTS)
    assert evaluation.quorum_base == 10 and evaluation.quorum_count == 7 and evaluation.quorum_ok
    assert evaluation.pass_base == 10 and evaluation.pass_needed == 6 and evaluation.passed


# stage 4: representatives — quorum at least two thirds (law); pass > half of those PRESENT (law)
@pytest.mark.parametrize(
    "should, present, yes, result",
    [
        (35, 23, 23, MeetingResult.NO_QUORUM),  # two thirds of 35 is 24
        (35, 24, 13, MeetingResult.PASSED),
        (35, 24, 12, MeetingResult.FAILED),  # exactly half is not more than half
        (36, 24, 13, MeetingResult.PASSED),
    ],
)
def test_stage4_representatives(should, present, yes, result):
    assert evaluate(facts(MeetingKind.REPRESENTATIVES, should, present, yes), DEFAULTS).result is result


@pytest.mark.parametrize(
    "adults, present, yes, result",
    [
        (800, 400, 400, MeetingResult.NO_QUORUM),
        (800, 401, 201, MeetingResult.PASSED),
        (800, 401, 200, MeetingResult.FAILED),
    ],
)
def test_stage4_villagers_assembly(adults, present, yes, result):
    assert evaluate(facts(MeetingKind.VILLAGERS, adults, present, yes), DEFAULTS).result is result


def test_written_opinions_count_only_when_setting_says_so():
    f = facts(MeetingKind.BRANCH_COMMITTEE, 5, 3, 2, written_yes=1)
    assert evaluate(f, DEFAULTS).result is MeetingResult.FAILED
    assert evaluate(f, DEFAULTS.replace(config.ABSENTEE_OPINIONS_COUNT, True)).result is MeetingResult.PASSED


def test_explanations_name_the_rule():
    lines = evaluate(facts(MeetingKind.REPRESENTATIVES, 35, 24, 13), DEFAULTS).lines
    assert lines[0][1]["needed"] == 24 and "Organic Law" in lines[0][1]["source"]
    assert lines[1][1]["needed"] == 13 and lines[1][1]["base"] == 24


# -- 村民会议: "应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加" -----------------
def villagers(adults, present, yes, households=0, represented=0, no=None):
    no = present - yes if no is None else no
    return Facts(
        MeetingKind.VILLAGERS,
        adults,
        adults,
        present,
        present,
        yes,
        no,
        present - yes - no,
        households_total=households,
        households_represented=represented,
    )


@pytest.mark.parametrize(
    "adults, present, households, represented, quorum, way",
    [
        (800, 400, 0, 0, False, ""),  # exactly half of the adults is not more than half
        (800, 401, 0, 0, True, d.WAY_ADULTS),
        (800, 300, 301, 200, False, ""),  # two thirds of 301 is 200.67: 200 households are short
        (800, 300, 301, 201, True, d.WAY_HOUSEHOLDS),  # households alone suffice
        (800, 300, 300, 200, True, d.WAY_HOUSEHOLDS),  # exactly two thirds is "三分之二以上"
        (800, 300, 300, 199, False, ""),
        (800, 401, 300, 200, True, d.WAY_BOTH),
        (800, 401, 300, 10, True, d.WAY_ADULTS),
        (0, 250, 300, 200, True, d.WAY_HOUSEHOLDS),  # the adults not counted: the households suffice
    ],
)
def test_villagers_assembly_quorum_by_adults_or_households(
    adults, present, households, represented, quorum, way
):
    evaluation = evaluate(villagers(adults, present, present, households, represented), DEFAULTS)
    assert evaluation.quorum_ok is quorum
    assert evaluation.quorum_way == way
    assert evaluation.result is (MeetingResult.PASSED if quorum else MeetingResult.NO_QUORUM)
    templates = [t for t, _ in evaluation.lines]
    assert (d.L_QUORUM_WAY in templates) is quorum
    assert (d.L_QUORUM_HOUSEHOLDS in templates) and (d.L_NO_QUORUM in templates) is not quorum


@pytest.mark.parametrize("yes, result", [(150, MeetingResult.FAILED), (151, MeetingResult.PASSED)])
def test_villagers_assembly_passes_on_those_present_whichever_way_it_met(yes, result):
    # quorum through the households; "所作决定应当经到会人员的过半数通过": 300 present need 151
    evaluation = evaluate(villagers(800, 300, yes, 300, 200), DEFAULTS)
    assert evaluation.pass_base == 300 and evaluation.pass_needed == 151 and evaluation.result is result


@given(
    st.integers(0, 3000),
    st.integers(0, 3000),
    st.integers(0, 1000),
    st.integers(0, 1000),
)
def test_villagers_quorum_is_either_way(adults, present, households, represented):
    present, represented = min(present, adults), min(represented, households)
    evaluation = evaluate(villagers(adults, present, 0, households, represented), DEFAULTS)
    assert evaluation.quorum_ok == (
        2 * present > adults or (households > 0 and 3 * represented >= 2 * households)
    )


# -- absentees' written opinions -------------------------------------------------------------------
COUNTING = DEFAULTS.replace(config.ABSENTEE_OPINIONS_COUNT, True)


def with_written(f, yes=0, no=0, abstain=0):
    return replace(f, written_yes=yes, written_no=no, written_abstain=abstain)


@pytest.mark.parametrize("kind", [MeetingKind.REPRESENTATIVES, MeetingKind.VILLAGERS])
def test_written_opinions_never_count_at_stage_4(kind):
    # 35 should, 24 present, 12 yes: exactly half of 到会人员 fails, and five written "yes" change nothing
    f = with_written(facts(kind, 35, 24, 12), yes=5)
    for values in (DEFAULTS, COUNTING):
        evaluation = evaluate(f, values)
        assert evaluation.result is MeetingResult.FAILED
        assert evaluation.pass_base == 24 and evaluation.yes == 12 and evaluation.written == d.WRITTEN_NEVER
    assert d.L_WRITTEN_NEVER in [t for t, _ in evaluate(f, COUNTING).lines]


def test_written_opinions_at_stage_1_join_the_tally_only():
    # 5 should attend (应到 is the base: the absentees are in it already), 3 present, 2 yes
    f = facts(MeetingKind.BRANCH_COMMITTEE, 5, 3, 2)
    assert evaluate(with_written(f, yes=1), COUNTING).result is MeetingResult.PASSED
    counted = evaluate(with_written(f, yes=1, no=1), COUNTING)
    assert counted.pass_base == 5 and counted.yes == 3 and counted.written == d.WRITTEN_TALLY
    assert evaluate(with_written(f, no=2), COUNTING).pass_base == 5
    assert evaluate(with_written(f, yes=1), DEFAULTS).result is MeetingResult.FAILED


def test_written_opinions_at_stage_3_join_the_tally_only():
    f = facts(MeetingKind.PARTY_GENERAL, 35, 24, 15, should_vote=31, voting_present=21)
    assert evaluate(f, COUNTING).result is MeetingResult.FAILED  # 15 of 31 is not more than half
    evaluation = evaluate(with_written(f, yes=1, no=3), COUNTING)
    assert evaluation.result is MeetingResult.PASSED and evaluation.pass_base == 31 and evaluation.yes == 16


@pytest.mark.parametrize(
    "present, yes, no, w_yes, w_no, w_abstain, base, result",
    [
        (4, 2, 2, 0, 0, 0, 4, MeetingResult.FAILED),
        # the old rule added the written "yes" to the tally but kept the base at 4 (3 of 4: passed)
        (4, 2, 2, 1, 1, 0, 6, MeetingResult.FAILED),
        (6, 3, 3, 1, 0, 0, 7, MeetingResult.PASSED),  # 4 of 7
        (6, 3, 3, 1, 1, 0, 8, MeetingResult.FAILED),  # 4 of 8 is exactly half
        (6, 4, 2, 0, 1, 1, 8, MeetingResult.FAILED),  # a written abstention is in the base too
        (5, 3, 2, 0, 1, 0, 6, MeetingResult.FAILED),  # 3 of 6; without the written "no" 3 of 5 passes
    ],
)
def test_written_opinions_at_stage_2_join_tally_and_base(
    present, yes, no, w_yes, w_no, w_abstain, base, result
):
    f = facts(MeetingKind.JOINT_COMMITTEES, 7, present, yes, no=no)
    evaluation = evaluate(with_written(f, w_yes, w_no, w_abstain), COUNTING)
    assert evaluation.pass_base == base and evaluation.yes == yes + w_yes and evaluation.result is result
    assert evaluation.written == d.WRITTEN_BOTH


def test_written_opinions_off_by_default_are_shown_but_not_counted():
    f = with_written(facts(MeetingKind.JOINT_COMMITTEES, 9, 5, 3, no=2), no=1)
    evaluation = evaluate(f, DEFAULTS)
    assert evaluation.result is MeetingResult.PASSED and evaluation.pass_base == 5
    assert evaluation.written == d.WRITTEN_OFF and not evaluation.written_counted
    assert any("not counted" in line for line in render_lines(evaluation, str))


@pytest.mark.parametrize(
    "kind", [MeetingKind.BRANCH_COMMITTEE, MeetingKind.JOINT_COMMITTEES, MeetingKind.PARTY_GENERAL]
)
def test_written_opinions_never_make_a_quorum(kind):
    # one short of the quorum, everyone else sent a written "yes"
    should = 9
    needed = d.minimum(rules_for(kind, COUNTING).quorum.threshold, should)
    f = with_written(facts(kind, should, needed - 1, needed - 1), yes=should - needed + 1)
    assert evaluate(f, COUNTING).result is MeetingResult.NO_QUORUM


@given(
    st.sampled_from(list(MeetingKind)),
    st.integers(1, 60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(0, 20),
    st.integers(0, 20),
    st.integers(0, 20),
    st.booleans(),
)
def test_written_opinions_property(kind, should, present, yes, w_yes, w_no, w_abstain, counting):
    present = min(present, should)
    yes = min(yes, present)
    absent = should - present
    w_yes, w_no = min(w_yes, absent), min(w_no, max(0, absent - w_yes))
    w_abstain = min(w_abstain, max(0, absent - w_yes - w_no))
    plain = facts(kind, should, present, yes)
    values = COUNTING if counting else DEFAULTS
    bare, written = evaluate(plain, values), evaluate(with_written(plain, w_yes, w_no, w_abstain), values)
    assert written.quorum_ok == bare.quorum_ok  # never turns a meeting short of quorum into one that met
    rules = rules_for(kind, values)
    stage4 = kind in (MeetingKind.REPRESENTATIVES, MeetingKind.VILLAGERS)
    if stage4 or not counting:
        assert (written.pass_base, written.yes, written.result) == (bare.pass_base, bare.yes, bare.result)
    elif rules.passing.basis == d.BASIS_PRESENT:
        assert written.pass_base == bare.pass_base + w_yes + w_no + w_abstain and written.yes == yes + w_yes
    else:
        assert written.pass_base == bare.pass_base and written.yes == yes + w_yes
    assert written.passed == (
        written.quorum_ok and meets(rules.passing.threshold, written.yes, written.pass_base)
    )


# -- the joint 一肩挑 meeting: stage 1 among the branch committee members, stage 2 for the whole ------
def joint(c_should, c_present, c_yes, should, present, yes, c_no=None, no=None):
    c_no = c_present - c_yes if c_no is None else c_no
    committee = facts(MeetingKind.BRANCH_COMMITTEE, c_should, c_present, c_yes, no=c_no)
    return replace(
        facts(MeetingKind.JOINT_PROPOSAL_CONSULTATION, should, present, yes, no=no), committee=committee
    )


@pytest.mark.parametrize(
    "c_should, c_present, c_yes, should, present, yes, result",
    [
        (5, 3, 3, 9, 5, 3, MeetingResult.PASSED),
        (5, 3, 2, 9, 5, 3, MeetingResult.FAILED),  # 2 of the 5 committee members: not more than half
        (5, 2, 2, 9, 6, 6, MeetingResult.NO_QUORUM),  # the committee is short of its own quorum
        (5, 3, 3, 9, 4, 3, MeetingResult.NO_QUORUM),  # the whole meeting is short of its quorum
        (5, 3, 3, 9, 7, 3, MeetingResult.FAILED),  # 3 of 7 present is not more than half
        (5, 5, 3, 9, 9, 5, MeetingResult.PASSED),
        (4, 3, 3, 8, 5, 3, MeetingResult.PASSED),
        (4, 3, 2, 8, 5, 3, MeetingResult.FAILED),  # 2 of 4 is exactly half
    ],
)
def test_joint_meeting_meets_both_rules(c_should, c_present, c_yes, should, present, yes, result):
    evaluation = evaluate(joint(c_should, c_present, c_yes, should, present, yes), DEFAULTS)
    assert evaluation.result is result
    assert evaluation.committee is not None and evaluation.committee.pass_base == c_should
    templates = [t for t, _ in evaluation.lines]
    assert templates.index(d.L_JOINT_COMMITTEE) < templates.index(d.L_JOINT_WHOLE)
    assert templates.count(d.L_QUORUM) == 2


def test_joint_meeting_committee_part_follows_the_stage_1_settings():
    f = joint(6, 6, 4, 10, 10, 6)
    assert evaluate(f, DEFAULTS).result is MeetingResult.PASSED
    stricter = DEFAULTS.replace(config.STAGE1_PASS, TWO_THIRDS)
    assert evaluate(joint(6, 6, 3, 10, 10, 6), stricter).result is MeetingResult.FAILED
    assert evaluate(f, stricter).result is MeetingResult.PASSED  # 4 of 6 is two thirds
    assert evaluate(joint(6, 6, 3, 10, 10, 6), DEFAULTS).result is MeetingResult.FAILED


# -- the 村民代表会议's composition ------------------------------------------------------------------
@pytest.mark.parametrize(
    "members, representatives, women, warned",
    [
        (40, 32, 14, []),  # exactly four fifths: "五分之四以上" includes the number
        (40, 31, 14, [d.W_REPRESENTATIVES_SHARE]),
        (41, 32, 14, [d.W_REPRESENTATIVES_SHARE]),  # 4/5 of 41 is 32.8
        (41, 33, 14, []),
        (40, 32, 13, [d.W_WOMEN_SHARE]),  # a third of 40 is 13.33
        (39, 35, 13, []),  # exactly a third
        (39, 31, 12, [d.W_REPRESENTATIVES_SHARE, d.W_WOMEN_SHARE]),
        (0, 0, 0, []),
    ],
)
def test_representatives_meeting_composition(members, representatives, women, warned):
    warnings = d.composition_warnings(d.Composition(members, representatives, women))
    assert [t for t, _ in warnings] == warned


def test_composition_warnings_say_how_many_are_needed_and_note_unknown_sex():
    warnings = d.composition_warnings(d.Composition(41, 32, 13, unknown_sex=2))
    assert [(t, p.get("needed")) for t, p in warnings] == [
        (d.W_REPRESENTATIVES_SHARE, 33),
        (d.W_WOMEN_SHARE, 14),
        (d.W_SEX_UNKNOWN, None),
    ]
    assert d.composition_warnings(d.Composition(40, 40, 20, unknown_sex=2)) == []


@given(st.integers(1, 500), st.integers(0, 500), st.integers(0, 500))
def test_composition_property(members, representatives, women):
    representatives = min(representatives, members)
    women = min(women, representatives)
    texts = {t: p for t, p in d.composition_warnings(d.Composition(members, representatives, women))}
    assert (d.W_REPRESENTATIVES_SHARE in texts) == (Fraction(representatives, members) < Fraction(4, 5))
    assert (d.W_WOMEN_SHARE in texts) == (Fraction(women, members) < Fraction(1, 3))
    for template, share in ((d.W_REPRESENTATIVES_SHARE, Fraction(4, 5)), (d.W_WOMEN_SHARE, Fraction(1, 3))):
        if template in texts:
            needed = texts[template]["needed"]
            assert Fraction(needed, members) >= share > Fraction(needed - 1, members)


def test_every_explanation_line_renders():
    lines = []
    for f, values in (
        (villagers(800, 300, 151, 300, 200), DEFAULTS),
        (with_written(joint(5, 3, 3, 9, 5, 3), yes=1, no=1), COUNTING),
        (with_written(joint(5, 3, 3, 9, 5, 3), yes=1), DEFAULTS),
        (with_written(facts(MeetingKind.REPRESENTATIVES, 35, 24, 13), no=2), COUNTING),
        (with_written(facts(MeetingKind.BRANCH_COMMITTEE, 5, 3, 3), no=1), COUNTING),
    ):
        lines += render_lines(evaluate(f, values), str)
    assert not any("{" in line for line in lines)
    assert any("households" in line for line in lines) and any("branch committee" in line for line in lines)
