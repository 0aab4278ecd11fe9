"""暖心关怀 care targets: identity numbers, duplicates, the dynamic list, 党龄, masking, erasure."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.conftest import TODAY
from villagedesk.core import audit, settings
from villagedesk.core.care import config as c
from villagedesk.core.care import targets as t
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import WEIGHTS, check_character, parse_id_number
from villagedesk.db.models import AuditEntry, CareStatus, Sex

ID = "11010519491231002X"  # a valid number (female, born 1949-12-31)


def make_id(birth: dt.date, seq: int, area: str = "320902") -> str:
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def data(**kw):
    values = dict(
        name="王桂兰", categories=["特困", "独居老人"], added_on=dt.date(2024, 3, 1), group_name="三组"
    )
    values.update(kw)
    return t.TargetData(**values)


# -- the check digit ---------------------------------------------------------------------------
@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_makes_the_weighted_sum_one_mod_11(first17):
    check = check_character(first17)
    value = 10 if check == "X" else int(check)
    assert (sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) + value) % 11 == 1


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.integers(0, 999),
    st.integers(0, 16),
    st.integers(1, 9),
)
def test_any_single_digit_change_is_refused(birth, seq, position, delta):
    number = make_id(birth, seq)
    assert parse_id_number(number, TODAY).number == number
    digits = list(number)
    digits[position] = str((int(digits[position]) + delta) % 10)
    changed = "".join(digits)
    result = parse_id_number(
        changed, TODAY, errors=__import__("villagedesk.core.errors").core.errors.Collector()
    )
    # a changed digit either breaks the check character or the birth date; it never passes as valid
    assert result is None or result.number != number and check_character(changed[:17]) == changed[17]


@pytest.mark.parametrize(
    "number",
    [
        "110105194912310021",  # wrong check character
        "11010519490230002X",  # 30 February
        "11010520991231002X",  # born in the future
        "1.10105E+17",  # Excel turned it into a float
        "11010519491231002",  # lost its last character
    ],
)
def test_invalid_identity_numbers_are_refused_and_nothing_is_saved(session, number):
    with pytest.raises(ValidationError) as caught:
        t.add_target(session, data(id_number=number), TODAY)
    assert "Identity number" in caught.value.fields
    assert number not in str(caught.value)  # the message shows the number masked
    assert session.scalars(select(t.CareTarget)).first() is None


def test_a_legacy_15_digit_number_is_converted_never_stored_as_typed(session):
    target = t.add_target(session, data(id_number="110105491231002"), TODAY)
    assert target.id_number == ID
    assert target.birth_date == dt.date(1949, 12, 31) and target.sex is Sex.FEMALE


def test_birth_date_and_sex_must_agree_with_the_number(session):
    with pytest.raises(ValidationError) as caught:
        t.add_target(session, data(id_number=ID, birth_date=dt.date(1950, 1, 1), sex=Sex.MALE), TODAY)
    assert set(caught.value.fields) == {c.F_BIRTH, c.F_SEX}


def test_full_width_and_spaced_numbers_are_normalised(session):
    target = t.add_target(session, data(id_number="１１０１０５ １９４９１２３１ ００２ｘ"), TODAY)
    assert target.id_number == ID


def test_a_duplicate_target_is_refused_naming_the_other_with_the_number_masked(session):
    t.add_target(session, data(id_number=ID), TODAY)
    with pytest.raises(ValidationError) as caught:
        t.add_target(session, data(name="王桂芳", id_number=ID.lower(), sex=None), TODAY)
    message = str(caught.value)
    assert "王桂兰" in message and "110105********002X" in message and ID not in message
    with pytest.raises(ValidationError):
        t.add_targets(
            session,
            [
                data(name="甲", id_number="110105194912310038"),
                data(name="乙", id_number="110105194912310038"),
            ],
            TODAY,
        )


def test_categories_must_come_from_the_setting(session):
    with pytest.raises(ValidationError) as caught:
        t.add_target(session, data(categories=["五保户"]), TODAY)
    assert c.F_CATEGORIES in caught.value.fields
    settings.set_value(session, c.CATEGORIES, [*c.CATEGORIES_DEFAULT, "五保户"])
    assert t.add_target(session, data(categories=["五保户"]), TODAY).id


def test_the_list_as_it_stood_on_a_past_day_with_the_categories_then(session):
    a = t.add_target(session, data(name="张大爷", categories=["低保", "空巢老人"]), dt.date(2024, 3, 1))
    b = t.add_target(session, data(name="李奶奶", added_on=dt.date(2024, 6, 1)), dt.date(2024, 6, 1))
    changed = data(name="张大爷", categories=["低保边缘", "空巢老人"])
    t.update_target(session, a.id, changed, dt.date(2025, 1, 10))
    t.exit_target(session, b.id, dt.date(2025, 5, 1), "病故", TODAY)
    day = lambda d: {r.name: r.categories for r in t.target_rows(session, d)}  # noqa: E731
    assert day(dt.date(2024, 4, 1)) == {"张大爷": ("低保", "空巢老人")}
    assert day(dt.date(2024, 12, 31)) == {"张大爷": ("低保", "空巢老人"), "李奶奶": ("特困", "独居老人")}
    assert day(dt.date(2025, 3, 1)) == {"张大爷": ("空巢老人", "低保边缘"), "李奶奶": ("特困", "独居老人")}
    assert day(TODAY) == {"张大爷": ("空巢老人", "低保边缘")}
    exited = {r.name: r for r in t.target_rows(session, TODAY, include_exited=True)}
    assert exited["李奶奶"].status is CareStatus.EXITED and exited["李奶奶"].categories == (
        "特困",
        "独居老人",
    )
    assert session.get(t.CareTarget, b.id).deleted is False  # an exit is never a deletion
    with pytest.raises(ValidationError):
        t.exit_target(session, b.id, TODAY, "again", TODAY)


def test_exit_needs_a_reason_and_a_date_after_adding(session):
    a = t.add_target(session, data(), TODAY)
    with pytest.raises(ValidationError) as caught:
        t.exit_target(session, a.id, dt.date(2020, 1, 1), " ", TODAY)
    assert set(caught.value.fields) == {c.F_REASON, c.F_EXIT_ON}


@pytest.mark.parametrize(
    "full, joined, year, years, fifty, before_1949",
    [
        (dt.date(1976, 7, 1), dt.date(1975, 7, 1), 2026, 50, True, False),
        (dt.date(1976, 7, 2), dt.date(1975, 7, 2), 2026, 49, False, False),
        (dt.date(1949, 9, 30), dt.date(1948, 9, 30), 2026, 76, True, True),
        (dt.date(1950, 10, 1), dt.date(1949, 10, 1), 2026, 75, True, False),
    ],
)
def test_party_standing_counts_from_full_membership_as_of_july_first(
    full, joined, year, years, fifty, before_1949
):
    s = t.standing(full, joined, year)
    assert (s.years, s.fifty, s.before_1949) == (years, fifty, before_1949)


def test_party_dates_come_from_the_roster_when_linked(session):
    from villagedesk.core import roster
    from villagedesk.db.models import Body

    person = roster.add_person(
        session, roster.PersonData(name="赵德福", sex=Sex.MALE, birth_date=dt.date(1940, 2, 1)), today=TODAY
    )
    roster.add_membership(
        session,
        person.id,
        Body.PARTY_PROBATIONARY,
        dt.date(1965, 5, 1),
        end_date=dt.date(1966, 5, 1),
        end_reason="转正",
        today=TODAY,
    )
    roster.add_membership(session, person.id, Body.PARTY_FULL, dt.date(1966, 5, 1), today=TODAY)
    target = t.add_target(
        session,
        data(name="赵德福", categories=["老党员"], person_id=person.id, party_full=dt.date(1990, 1, 1)),
        TODAY,
    )
    assert (target.party_joined, target.party_full) == (dt.date(1965, 5, 1), dt.date(1966, 5, 1))
    row = t.target_rows(session, TODAY)[0]
    assert row.standing.years == 60 and row.standing.fifty and row.party


def test_lists_mask_and_reveal_needs_the_permission_and_is_audited(session):
    from villagedesk.core import users
    from villagedesk.db.models import UserRole

    target = t.add_target(
        session, data(id_number=ID, phone="13851235678", difficulty_notes="住房漏雨"), TODAY
    )
    row = t.target_rows(session, TODAY)[0]
    assert (row.id_masked, row.phone_masked) == ("110105********002X", "138****5678")
    users.create_user(session, "文书", UserRole.CLERK, "592718")
    session.info["actor"] = "文书"
    with pytest.raises(ValidationError):
        t.reveal_field(session, target.id, "id_number")
    session.info["actor"] = "tester"
    assert t.reveal_field(session, target.id, "id_number") == ID
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert entry.actor == "tester" and entry.reason == "reveal id_number" and ID not in entry.changes


def test_history_view_masks_sensitive_fields(session):
    target = t.add_target(session, data(id_number=ID, phone="13851235678", health_notes="糖尿病"), TODAY)
    session.flush()
    shown = repr([audit.readable_changes(line.changes) for line in audit.history(session, target.uuid)])
    assert ID not in shown and "13851235678" not in shown and "糖尿病" not in shown
    assert "110105********002X" in shown and "138****5678" in shown


def test_sensitive_fields_of_long_exited_targets_are_erased_and_audited(session):
    added = dt.date(2020, 1, 1)
    old = t.add_target(
        session, data(id_number=ID, phone="13851235678", difficulty_notes="x", added_on=added), TODAY
    )
    recent = t.add_target(
        session, data(name="新", id_number=make_id(dt.date(1950, 1, 1), 12), added_on=added), TODAY
    )
    t.exit_target(session, old.id, dt.date(2022, 1, 1), "病故", TODAY)
    t.exit_target(session, recent.id, dt.date(2025, 1, 1), "迁出", TODAY)
    assert t.erase_expired(session, TODAY) == ["王桂兰"]
    assert (old.id_number, old.phone, old.difficulty_notes, old.erased_on) == ("", "", "", TODAY)
    assert recent.id_number != ""
    assert session.scalars(
        select(AuditEntry).where(AuditEntry.action == "erase", AuditEntry.record_uuid == old.uuid)
    ).one()
    with pytest.raises(ValidationError):
        t.update_target(session, old.id, data(), TODAY)


def test_a_review_falls_due_after_the_configured_interval_and_marking_it_moves_it_on(session):
    from villagedesk.core.care import visits as v

    settings.set_value(session, c.REVIEW_DAYS, 90)
    kept = t.add_target(
        session,
        t.TargetData(name="钱大爷", categories=["残疾人"], added_on=dt.date(2026, 8, 20), group_name="二组"),
        TODAY,
    )
    fresh = t.add_target(
        session,
        t.TargetData(name="孙大娘", categories=["残疾人"], added_on=dt.date(2026, 9, 1), group_name="二组"),
        TODAY,
    )
    assert (kept.next_review, fresh.next_review) == (dt.date(2026, 11, 18), dt.date(2026, 11, 30))

    def reviews(day):
        return [i.params["names"] for i in v.due(session, day) if i.text == c.D_REVIEW]

    assert reviews(TODAY) == ["钱大爷"]  # 孙大娘's review is not due until 11-30
    t.mark_reviewed(session, kept.id, TODAY)
    assert kept.next_review == TODAY + dt.timedelta(days=90) and reviews(TODAY) == []
    assert reviews(dt.date(2026, 11, 30)) == ["孙大娘"]
