"""The roster list in core: filtered in SQL, read a page at a time, in a fixed number of queries."""

import contextlib
import datetime as dt

import pytest
from sqlalchemy import event

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.idnumber import check_character
from villagedesk.db.models import Body

GROUPS = ("一组", "二组", "三组")


def number(n: int) -> str:
    body = f"32090219700301{n:03d}"  # born 1970-03-01, as add() has it
    return body + check_character(body)


def add(session, name, group="一组", birth=dt.date(1970, 3, 1), **kw):
    return roster.add_person(
        session, roster.PersonData(name=name, birth_date=birth, group_name=group, **kw), today=TODAY
    )


def village(session, people=30):
    """People in three groups, each a representative; every second a Party member since 2000."""
    made = []
    for n in range(people):
        p = add(session, f"村民{'甲乙丙丁戊己庚辛壬癸'[n % 10]}{'一二三'[n % 3]}", GROUPS[n % 3])
        roster.add_membership(session, p.id, Body.REPRESENTATIVE, dt.date(2021, 1, 15), today=TODAY)
        if n % 2 == 0:
            roster.add_membership(
                session,
                p.id,
                Body.PARTY_PROBATIONARY,
                dt.date(2000, 5, 1),
                end_date=dt.date(2001, 5, 1),
                end_reason="转为正式党员",
                today=TODAY,
            )
            roster.add_membership(session, p.id, Body.PARTY_FULL, dt.date(2001, 5, 1), today=TODAY)
        made.append(p)
    session.flush()
    return made


@contextlib.contextmanager
def counted(session):
    statements = []
    engine = session.get_bind()

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_pages_put_together_are_the_whole_list(session):
    village(session)
    query = roster.PeopleQuery("", None, TODAY)
    whole = roster.search_people(session, day=TODAY)
    pages = [roster.people_page(session, query, offset, 7) for offset in range(0, 35, 7)]
    assert [len(p) for p in pages] == [7, 7, 7, 7, 2]
    assert [row for page in pages for row in page] == whole
    assert roster.count_people(session, query) == len(whole) == 30
    assert [(r.group_name, r.name, r.id) for r in whole] == sorted(
        (r.group_name, r.name, r.id) for r in whole
    )


def test_a_row_carries_current_bodies_and_the_day_the_person_joined_the_party(session):
    member = village(session, 3)[0]
    (row,) = [
        r for r in roster.people_page(session, roster.PeopleQuery(day=TODAY), 0, 10) if r.id == member.id
    ]
    assert row.bodies == (Body.PARTY_FULL, Body.REPRESENTATIVE)  # in the order they joined
    assert row.party_joined == dt.date(2000, 5, 1)  # the probationary start, although that ended
    (then,) = roster.people_page(session, roster.PeopleQuery(member.name, None, dt.date(2000, 6, 1)), 0, 10)
    assert then.bodies == (Body.PARTY_PROBATIONARY,)


def test_filters_by_text_in_name_or_group_and_by_body_on_a_day(session):
    village(session)
    add(session, "王建国", "二组")
    by_name = roster.PeopleQuery("建国", None, TODAY)
    assert [r.name for r in roster.people_page(session, by_name, 0, 50)] == ["王建国"]
    by_group = roster.PeopleQuery(" 三组 ", None, TODAY)
    assert roster.count_people(session, by_group) == 10
    assert {r.group_name for r in roster.people_page(session, by_group, 0, 50)} == {"三组"}
    party = roster.PeopleQuery("", Body.PARTY_FULL, TODAY)
    assert roster.count_people(session, party) == 15
    assert roster.count_people(session, roster.PeopleQuery("", Body.PARTY_FULL, dt.date(2001, 4, 30))) == 0
    assert roster.count_people(session, roster.PeopleQuery("一组", Body.PARTY_FULL, TODAY)) == 5


@pytest.mark.parametrize("typed", ["%", "_", "组%"])
def test_a_typed_wildcard_is_looked_for_as_itself(session, typed):
    village(session, 3)
    assert roster.count_people(session, roster.PeopleQuery(typed, None, TODAY)) == 0
    assert roster.people_page(session, roster.PeopleQuery(typed, None, TODAY), 0, 10) == []


def test_duplicates_are_flagged_when_the_other_entry_is_on_another_page(session):
    first = add(session, "张秀兰", "一组", id_number=number(1))
    add(session, "李秀英", "一组", birth=dt.date(1972, 5, 8))
    last = add(session, "张秀兰", "三组")  # same name and birth date as the first, far down the list
    twin = add(session, "王五", "三组", birth=dt.date(1980, 1, 1))
    twin.id_number = number(1)  # the same number only arrives from outside the forms
    session.flush()
    query = roster.PeopleQuery("", None, TODAY)
    top, bottom = roster.people_page(session, query, 0, 1), roster.people_page(session, query, 3, 1)
    assert [r.id for r in top] == [first.id] and top[0].duplicate == roster.DUPLICATE_ID
    assert [r.id for r in bottom] == [twin.id] and bottom[0].duplicate == roster.DUPLICATE_ID
    assert roster.people_page(session, query, 2, 1)[0].id == last.id
    assert roster.people_page(session, query, 2, 1)[0].duplicate == roster.DUPLICATE_NAME_BIRTH
    assert roster.people_page(session, query, 1, 1)[0].duplicate == ""
    roster.remove_person(session, first.id)  # a removed entry is no longer the other one
    assert [r.duplicate for r in roster.search_people(session, day=TODAY)] == ["", "", ""]


def test_the_full_identity_number_never_leaves_core_in_a_row(session):
    add(session, "王建国", id_number=number(2))
    (row,) = roster.people_page(session, roster.PeopleQuery(day=TODAY), 0, 5)
    assert number(2) not in repr(row) and row.id_masked == number(2)[:6] + "********" + number(2)[-4:]


def test_a_page_costs_the_same_queries_however_long_it_is(session):
    village(session, 60)
    query = roster.PeopleQuery("村民", None, TODAY)
    with counted(session) as short:
        assert len(roster.people_page(session, query, 0, 10)) == 10
    with counted(session) as long:
        assert len(roster.people_page(session, query, 0, 60)) == 60
    with counted(session) as later:
        assert len(roster.people_page(session, query, 50, 10)) == 10
    assert len(short) == len(long) == len(later) == 3
    with counted(session) as count:
        roster.count_people(session, query)
    assert len(count) == 1


def test_a_long_list_is_completed_in_batches(session, monkeypatch):
    village(session, 12)
    whole = roster.search_people(session, day=TODAY)
    monkeypatch.setattr(roster, "PAGE_LIMIT", 5)
    with counted(session) as statements:
        assert roster.search_people(session, day=TODAY) == whole
    assert len(statements) == 1 + 2 * 3  # the people, then two queries for each batch of five


def test_the_position_of_a_person_in_the_list(session):
    people = village(session, 12)
    query = roster.PeopleQuery("", None, TODAY)
    whole = roster.search_people(session, day=TODAY)
    for person in people:
        assert roster.people_position(session, query, person.id) == [r.id for r in whole].index(person.id)
    outside = people[1]  # in 二组
    assert roster.people_position(session, roster.PeopleQuery("三组", None, TODAY), outside.id) is None
    roster.remove_person(session, people[0].id)
    assert roster.people_position(session, query, people[0].id) is None
