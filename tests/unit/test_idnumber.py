"""GB 11643 identity numbers: the check character, real birth dates, legacy numbers, Excel damage."""

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.conftest import TODAY
from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.idnumber import (
    F_ID_NUMBER,
    check_character,
    is_valid_id_number,
    mask_id_number,
    normalise_text,
    parse_id_number,
)
from villagedesk.db.models import Sex

# The standard's own worked example (GB 11643-1999, appendix): 11010519491231002X.
EXAMPLE = "11010519491231002X"


def make(area: str, birth: dt.date, seq: int) -> str:
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


areas = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)
births = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)
valid_numbers = st.builds(make, areas, births, sequences)


def test_standard_example():
    ident = parse_id_number(EXAMPLE, TODAY)
    assert ident.number == EXAMPLE
    assert ident.birth_date == dt.date(1949, 12, 31)
    assert ident.sex is Sex.FEMALE  # sequence 002 is even
    assert not ident.from_legacy


def test_male_with_odd_sequence():
    number = make("320902", dt.date(1965, 3, 2), 123)
    assert parse_id_number(number, TODAY).sex is Sex.MALE


@given(st.builds(lambda a, b, s: (a, b, s), areas, births, sequences))
def test_valid_numbers_round_trip(parts):
    area, birth, seq = parts
    number = make(area, birth, seq)
    ident = parse_id_number(number, TODAY)
    assert ident.number == number
    assert ident.birth_date == birth
    assert ident.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)


@given(valid_numbers, st.data())
def test_any_single_character_change_is_caught(number, data):
    position = data.draw(st.integers(min_value=0, max_value=17))
    alphabet = "0123456789X" if position == 17 else "0123456789"
    replacement = data.draw(st.sampled_from(alphabet))
    assume(replacement != number[position])
    changed = number[:position] + replacement + number[position + 1 :]
    assert not is_valid_id_number(changed, TODAY)


@given(valid_numbers, st.integers(min_value=0, max_value=16))
def test_adjacent_transposition_is_caught(number, position):
    a, b = number[position], number[position + 1]
    assume(a != b and b != "X")
    swapped = number[:position] + b + a + number[position + 2 :]
    assert not is_valid_id_number(swapped, TODAY)


@given(valid_numbers, st.data())
def test_typing_variants_normalise_to_the_same_number(number, data):
    full_width = "".join(chr(ord(c) - ord("0") + 0xFF10) if c.isdigit() else "Ｘ" for c in number)
    spaced = f" {number[:6]} {number[6:14]}\u3000{number[14:]} "
    lower = number.lower()
    variant = data.draw(st.sampled_from([full_width, spaced, lower]))
    assert parse_id_number(variant, TODAY).number == number


@pytest.mark.parametrize(
    "typed", ["11010519491231002x", "110105 19491231 002X", "１１０１０５１９４９１２３１００２ｘ"]
)
def test_lower_x_spaces_and_full_width(typed):
    assert parse_id_number(typed, TODAY).number == EXAMPLE


def test_legacy_fifteen_digits_are_converted():
    # 15 digits: area 6, birth YYMMDD, sequence 3; the 18-digit form inserts 19 and a check character.
    ident = parse_id_number("110105491231002", TODAY)
    assert ident.number == EXAMPLE
    assert ident.from_legacy and ident.birth_date == dt.date(1949, 12, 31)


def test_legacy_with_impossible_date_is_refused():
    with pytest.raises(ValidationError, match="not a real date"):
        parse_id_number("110105490231002", TODAY)  # 1949-02-31


def rule_of(value, today=TODAY):
    with pytest.raises(ValidationError) as err:
        parse_id_number(value, today)
    assert err.value.fields == [F_ID_NUMBER]
    return str(err.value)


def test_wrong_check_character_names_the_expected_one():
    message = rule_of("110105194912310021")
    assert "should be X, not 1" in message


def test_impossible_birth_date():
    body = "32090219800230123"  # 30 February
    assert "not a real date" in rule_of(body + check_character(body))


def test_birth_date_in_the_future_by_one_day():
    tomorrow = TODAY + dt.timedelta(days=1)
    future = make("320902", tomorrow, 11)
    assert "after today" in rule_of(future)
    assert parse_id_number(make("320902", TODAY, 11), TODAY).birth_date == TODAY


def test_birth_before_1900():
    body = "32090218991231123"
    assert "before 1900" in rule_of(body + check_character(body))


@pytest.mark.parametrize("pasted", ["1.10105E+17", "1.10105e17", "110105194912310000.0"])
def test_excel_scientific_notation_text(pasted):
    assert "stored as a number by Excel" in rule_of(pasted)


@pytest.mark.parametrize("cell", [1.10105194912310e17, 110105194912310000, 320902198003011230.0])
def test_excel_number_cells(cell):
    assert "stored as a number by Excel" in rule_of(cell)


def test_fifteen_digit_number_cell_is_exact_and_converted():
    assert parse_id_number(110105491231002, TODAY).number == EXAMPLE
    assert parse_id_number(110105491231002.0, TODAY).number == EXAMPLE


def test_number_that_lost_its_x():
    assert "the last one (a digit or X) is missing" in rule_of(EXAMPLE[:17])


@pytest.mark.parametrize(
    ("value", "rule"), [("1101051949", "has 10 characters"), ("1101051949123100211", "has 19")]
)
def test_wrong_length(value, rule):
    assert rule in rule_of(value)


@pytest.mark.parametrize(
    "value", ["X1010519491231002X", "110105-19491231-002X", "11010519491231002Y", "²10105194912310021"]
)
def test_other_characters(value):
    assert "may contain only digits" in rule_of(value)


def test_empty_is_no_number():
    assert parse_id_number("", TODAY) is None
    assert parse_id_number("  ", TODAY) is None
    assert parse_id_number(None, TODAY) is None


def test_collector_mode_gathers_instead_of_raising():
    errors = Collector()
    assert parse_id_number("11010519491231002", TODAY, "Row 3", errors) is None
    assert parse_id_number(EXAMPLE, TODAY, "Row 4", errors).number == EXAMPLE
    assert [e.field for e in errors.errors] == ["Row 3"]


def test_mask():
    assert mask_id_number("32090219800301123X") == "320902********123X"
    assert parse_id_number(EXAMPLE, TODAY).masked == "110105********002X"


def test_normalise_text_maps_nothing_else():
    assert normalise_text("１２ x") == "12X"
    assert normalise_text("²") == "²"


def test_rules_are_translated(translator):
    from villagedesk.core.errors import ValidationError as VE

    try:
        parse_id_number("110105194912310021", TODAY)
    except VE as exc:
        text = exc.render(lambda s: translator.translate("core", s) or s)
    assert "身份证号" in text and "校验码" in text
