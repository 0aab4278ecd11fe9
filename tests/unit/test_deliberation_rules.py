"""The quorum and pass arithmetic of every meeting type, at its boundaries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core import settings
from villagedesk.core.deliberation import Facts, config, evaluate, meets, minimum
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
    from fractions import Fraction

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
