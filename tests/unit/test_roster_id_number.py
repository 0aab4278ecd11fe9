"""Identity numbers on the roster: validated, cross-checked, masked, revealed only with permission."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from villagedesk.core import audit, roster, users
from villagedesk.core.errors import ValidationError
from villagedesk.core.idnumber import check_character
from villagedesk.db.models import AuditEntry, Sex, UserRole


def number(birth: dt.date, seq: int = 123, area: str = "320902") -> str:
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


BIRTH = dt.date(1965, 3, 2)
WANG = number(BIRTH, 123)  # odd sequence: male


def add(session, **kw):
    data = {"name": "王建国", "group_name": "三组", **kw}
    return roster.add_person(session, roster.PersonData(**data), today=TODAY)


def test_number_is_normalised_and_fills_birth_date_and_sex(session):
    typed = " ".join([WANG[:6], WANG[6:14], WANG[14:]]).replace("1", "１")
    person = add(session, id_number=typed)
    assert person.id_number == WANG
    assert person.birth_date == BIRTH and person.sex is Sex.MALE


def test_agreeing_birth_date_and_sex_are_accepted(session):
    person = add(session, id_number=WANG, birth_date=BIRTH, sex=Sex.MALE)
    assert person.id_number == WANG


def test_birth_date_must_agree_with_the_number(session):
    with pytest.raises(ValidationError) as err:
        add(session, id_number=WANG, birth_date=BIRTH + dt.timedelta(days=1))
    assert err.value.fields == ["Birth date"] and "1965-03-02" in str(err.value)


def test_sex_must_agree_with_the_number(session):
    with pytest.raises(ValidationError) as err:
        add(session, id_number=WANG, sex=Sex.FEMALE)
    assert err.value.fields == ["Sex"]


def test_month_only_birth_date_is_completed_from_the_number(session):
    person = add(session, id_number=WANG, birth_date=dt.date(1965, 3, 1), birth_month_only=True)
    assert person.birth_date == BIRTH and not person.birth_month_only
    with pytest.raises(ValidationError):
        add(
            session,
            name="王二",
            id_number=number(BIRTH, 125),
            birth_date=dt.date(1965, 4, 1),
            birth_month_only=True,
        )


def test_month_only_birth_date_without_number_keeps_its_precision(session):
    person = add(session, birth_date=dt.date(1965, 3, 1), birth_month_only=True)
    assert person.birth_date == dt.date(1965, 3, 1) and person.birth_month_only


def test_bad_number_is_refused_with_every_other_problem(session):
    with pytest.raises(ValidationError) as err:
        add(session, name="", id_number=WANG[:-1] + ("0" if WANG[-1] != "0" else "1"))
    assert set(err.value.fields) == {"Name", "Identity number"}


def test_the_same_number_cannot_be_entered_twice(session):
    add(session, id_number=WANG)
    with pytest.raises(ValidationError) as err:
        add(session, name="王建民", id_number=WANG)
    assert "320902********" in str(err.value) and WANG not in str(err.value)


def test_update_without_number_keeps_it_and_empty_removes_it(session):
    person = add(session, id_number=WANG)
    roster.update_person(
        session, person.id, roster.PersonData(name="王建国", group_name="四组", id_number=None), today=TODAY
    )
    assert person.id_number == WANG and person.group_name == "四组"
    with pytest.raises(ValidationError):  # the kept number still checks the birth date
        roster.update_person(
            session,
            person.id,
            roster.PersonData(name="王建国", birth_date=dt.date(1966, 1, 1), id_number=None),
            today=TODAY,
        )
    roster.update_person(session, person.id, roster.PersonData(name="王建国", id_number=""), today=TODAY)
    assert person.id_number == ""


def test_lists_show_the_masked_number_only(session):
    add(session, id_number=WANG)
    (row,) = roster.search_people(session, "王建国", day=TODAY)
    assert row.id_masked == WANG[:6] + "********" + WANG[-4:]
    assert WANG not in repr(row)


def test_history_masks_the_number(session):
    person = add(session, id_number=WANG)
    session.flush()
    lines = audit.history(session, person.uuid)
    shown = json.dumps([audit.readable_changes(line.changes) for line in lines], ensure_ascii=False)
    assert WANG not in shown and WANG[:6] + "********" in shown


def test_duplicates_are_flagged(session):
    a = add(session, id_number=WANG)
    b = add(session, name="李秀英", birth_date=dt.date(1972, 5, 8))
    c = add(session, name="李秀英", birth_date=dt.date(1972, 5, 8))
    d = add(session, name="李秀英", birth_date=dt.date(1972, 5, 9))
    # the same number can only arrive from outside the forms (an old import, a merge)
    other = add(session, name="王建设")
    other.id_number = WANG
    session.flush()
    flags = {r.id: r.duplicate for r in roster.search_people(session, day=TODAY)}
    assert flags[a.id] == flags[other.id] == roster.DUPLICATE_ID
    assert flags[b.id] == flags[c.id] == roster.DUPLICATE_NAME_BIRTH
    assert flags[d.id] == ""
    roster.remove_person(session, c.id)
    assert roster.duplicate_people(session).get(b.id) is None


# -- the 查看敏感信息 permission ----------------------------------------------------------------


def make_user(session, name, role, may_reveal=False, admin=False):
    users.create_user(session, name, role, "246813", is_admin=admin)
    if may_reveal:
        users.grant_reveal(session, name, True)


@pytest.mark.parametrize(
    ("role", "admin", "granted", "allowed"),
    [
        (UserRole.SECRETARY, False, False, True),
        (UserRole.CLERK, True, False, True),
        (UserRole.CLERK, False, False, False),
        (UserRole.CLERK, False, True, True),
        (UserRole.VIEWER, False, False, False),
        (UserRole.VIEWER, False, True, True),
    ],
)
def test_who_may_reveal(session, role, admin, granted, allowed):
    make_user(session, "小周", role, granted, admin)
    assert users.can(session, "小周", users.Action.REVEAL_SENSITIVE) is allowed


def test_reveal_is_checked_in_core_and_audited(session):
    person = add(session, id_number=WANG)
    make_user(session, "小周", UserRole.CLERK)
    session.info["actor"] = "小周"
    with pytest.raises(ValidationError) as err:
        roster.reveal_id_number(session, person.id)
    assert err.value.fields == ["Permission"]
    session.info["actor"] = "tester"
    assert roster.reveal_id_number(session, person.id) == WANG
    entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.actor, entry.action, entry.record_uuid) == ("tester", "reveal", person.uuid)
    assert WANG not in entry.changes
    session.info["actor"] = "小周"
    with pytest.raises(ValidationError):
        users.grant_reveal(session, "小周", True)  # only an administrator grants it
    session.info["actor"] = "tester"
    users.grant_reveal(session, "小周", True)
    session.info["actor"] = "小周"
    assert roster.reveal_id_number(session, person.id) == WANG
    assert audit.verify_chain(session).ok


def test_reveal_entries_show_in_history(session):
    person = add(session, id_number=WANG)
    roster.reveal_id_number(session, person.id)
    assert [line.action for line in audit.history(session, person.uuid)][-1] == "reveal"
