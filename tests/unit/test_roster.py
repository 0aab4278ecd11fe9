import datetime as dt

import pytest

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Body, Role


def add(session, name="王建国", birth=dt.date(1970, 3, 1), **kw):
    return roster.add_person(session, roster.PersonData(name=name, birth_date=birth, group_name="三组", **kw))


def test_person_validation(session):
    with pytest.raises(ValidationError) as err:
        roster.add_person(
            session, roster.PersonData(name="", birth_date=TODAY + dt.timedelta(days=1)), today=TODAY
        )
    assert set(err.value.fields) == {"Name", "Birth date"}


@pytest.mark.parametrize("name", ["王1", "李(二)", "张三，"])
def test_name_rejects_digits_and_punctuation(session, name):
    with pytest.raises(ValidationError):
        add(session, name=name)


def test_rare_character_names_are_fine(session):
    assert add(session, name="王喆").name == "王喆"
    assert add(session, name="𠈌明").name == "𠈌明"  # CJK Extension B


def test_mobile_must_be_eleven_digits(session):
    with pytest.raises(ValidationError):
        add(session, phone="1385123456")
    assert add(session, phone="138 5123 4567").phone == "13851234567"


def test_membership_cannot_end_before_it_starts(session):
    p = add(session)
    with pytest.raises(ValidationError) as err:
        roster.add_membership(
            session,
            p.id,
            Body.REPRESENTATIVE,
            dt.date(2021, 1, 1),
            end_date=dt.date(2020, 1, 1),
            end_reason="x",
            today=TODAY,
        )
    assert err.value.fields == ["End date"]


def test_membership_end_same_day_refused(session):
    p = add(session)
    m = roster.add_membership(session, p.id, Body.REPRESENTATIVE, dt.date(2021, 1, 1), today=TODAY)
    with pytest.raises(ValidationError):
        roster.end_membership(session, m.id, dt.date(2021, 1, 1), "任期届满", today=TODAY)


def test_future_start_refused(session):
    p = add(session)
    with pytest.raises(ValidationError) as err:
        roster.add_membership(session, p.id, Body.PARTY_FULL, TODAY + dt.timedelta(days=1), today=TODAY)
    assert "in the future" in str(err.value)


def test_party_membership_needs_adult(session):
    p = add(session, birth=dt.date(2000, 6, 1))
    with pytest.raises(ValidationError):
        roster.add_membership(session, p.id, Body.PARTY_PROBATIONARY, dt.date(2018, 5, 31), today=TODAY)
    roster.add_membership(session, p.id, Body.PARTY_PROBATIONARY, dt.date(2018, 6, 1), today=TODAY)


def test_overlapping_party_standings_refused(session):
    p = add(session)
    roster.add_membership(session, p.id, Body.PARTY_PROBATIONARY, dt.date(2020, 1, 1), today=TODAY)
    with pytest.raises(ValidationError):
        roster.add_membership(session, p.id, Body.PARTY_FULL, dt.date(2020, 6, 1), today=TODAY)


def test_confirm_full_membership(session):
    p = add(session)
    roster.add_membership(session, p.id, Body.PARTY_PROBATIONARY, dt.date(2024, 1, 1), today=TODAY)
    roster.confirm_full_membership(session, p.id, dt.date(2025, 1, 1), today=TODAY)
    assert roster.is_member_on(session, p.id, Body.PARTY_PROBATIONARY, dt.date(2024, 12, 31))
    assert not roster.is_member_on(session, p.id, Body.PARTY_FULL, dt.date(2024, 12, 31))
    assert roster.is_member_on(session, p.id, Body.PARTY_FULL, dt.date(2025, 1, 1))
    assert roster.party_join_date(roster.get_person(session, p.id)) == dt.date(2024, 1, 1)
    assert roster.party_standing_years(roster.get_person(session, p.id), dt.date(2026, 1, 1)) == 2


def test_members_on_date_uses_roster_as_of_meeting(session):
    a, b = add(session, name="甲"), add(session, name="乙")
    roster.add_membership(session, a.id, Body.REPRESENTATIVE, dt.date(2021, 1, 15), today=TODAY)
    m = roster.add_membership(session, b.id, Body.REPRESENTATIVE, dt.date(2021, 1, 15), today=TODAY)
    roster.end_membership(session, m.id, dt.date(2024, 3, 1), "迁出", today=TODAY)
    assert roster.count_on(session, Body.REPRESENTATIVE, dt.date(2021, 1, 14)) == 0
    assert roster.count_on(session, Body.REPRESENTATIVE, dt.date(2024, 2, 29)) == 2
    assert [p.name for p in roster.members_on(session, Body.REPRESENTATIVE, dt.date(2024, 3, 1))] == ["甲"]


def test_end_membership_needs_reason_and_only_once(session):
    p = add(session)
    m = roster.add_membership(session, p.id, Body.VILLAGE_COMMITTEE, dt.date(2021, 1, 1), today=TODAY)
    with pytest.raises(ValidationError) as err:
        roster.end_membership(session, m.id, dt.date(2022, 1, 1), "  ", today=TODAY)
    assert err.value.fields == ["Reason for ending"]
    roster.end_membership(session, m.id, dt.date(2022, 1, 1), "辞职", today=TODAY)
    with pytest.raises(ValidationError):
        roster.end_membership(session, m.id, dt.date(2023, 1, 1), "again", today=TODAY)


def test_one_chair_at_a_time(session):
    a, b = add(session, name="甲"), add(session, name="乙")
    roster.add_membership(session, a.id, Body.SUPERVISION, dt.date(2021, 1, 1), role=Role.CHAIR, today=TODAY)
    with pytest.raises(ValidationError):
        roster.add_membership(
            session, b.id, Body.SUPERVISION, dt.date(2022, 1, 1), role=Role.CHAIR, today=TODAY
        )


def test_remove_person_is_a_tombstone(session):
    p = add(session)
    roster.add_membership(session, p.id, Body.REPRESENTATIVE, dt.date(2021, 1, 1), today=TODAY)
    roster.remove_person(session, p.id)
    session.flush()
    assert roster.search_people(session, "王建国", day=TODAY) == []
    assert roster.count_on(session, Body.REPRESENTATIVE, TODAY) == 0
    from villagedesk.db.models import Person

    assert session.get(Person, p.id).deleted is True


def test_search_by_name_and_body(session):
    p = add(session, name="王建国")
    add(session, name="李秀英")
    roster.add_membership(session, p.id, Body.REPRESENTATIVE, dt.date(2021, 1, 1), today=TODAY)
    assert [r.name for r in roster.search_people(session, "建国", day=TODAY)] == ["王建国"]
    assert [r.name for r in roster.search_people(session, "", Body.REPRESENTATIVE, TODAY)] == ["王建国"]
    assert len(roster.search_people(session, "三组", day=TODAY)) == 2
