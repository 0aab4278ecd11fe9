"""Short fields refuse invisible and control characters and keep every visible character exactly."""

import pytest

from tests.conftest import TODAY
from villagedesk.core import roster
from villagedesk.core.centre import check_text
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.text import forbidden_chars

INVISIBLE = [
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",
    "\u202a",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
    "\u2060",  # word joiner
    "\u2028",  # line separator
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\n",
    "\t",
]


@pytest.mark.parametrize("char", INVISIBLE)
def test_name_refuses_invisible_and_control_characters(session, char):
    with pytest.raises(ValidationError) as err:
        roster.add_person(session, roster.PersonData(name=f"王{char}芳"), today=TODAY)
    assert err.value.fields == ["Name"]
    assert f"U+{ord(char):04X}" in str(err.value) and "character 2" in str(err.value)


@pytest.mark.parametrize(
    "name",
    [
        "𪚥",  # CJK Extension B
        "王䶮",  # Extension A
        "葛\U000e0100",  # ideographic variation selector kept as typed
        "邊\ufe00",  # standardized variation selector
        "李\ue000明",  # private use: old systems put rare characters there
        "阿依古丽·买买提",
    ],
)
def test_rare_characters_and_variation_selectors_are_kept_exactly(session, name):
    person = roster.add_person(session, roster.PersonData(name=name), today=TODAY)
    session.flush()
    session.expire(person)
    assert person.name == name


def test_group_and_notes_are_checked_too(session):
    with pytest.raises(ValidationError) as err:
        roster.add_person(
            session,
            roster.PersonData(name="王芳", group_name="三\u200b组", notes="见\u202e面"),
            today=TODAY,
        )
    assert set(err.value.fields) == {"Villagers' group", "Notes"}


def test_free_text_keeps_line_breaks_short_fields_do_not():
    errors = Collector()
    check_text("第一行\n第二行\t缩进", "Notes", errors, 400)
    assert errors.errors == []
    check_text("第一行\n第二行", "Title", errors, 60)
    assert [e.field for e in errors.errors] == ["Title"]
    check_text("正文\u200b", "Text", errors, 8000)
    assert [e.field for e in errors.errors] == ["Title", "Text"]


def test_positions_are_reported_for_every_bad_character():
    assert forbidden_chars("a\u200bb\u202ec") == [(2, "\u200b"), (4, "\u202e")]
