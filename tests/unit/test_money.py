"""Money as integer fen: exact parsing of what a clerk types, refusals naming the field."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core.errors import Collector, ValidationError
from villagedesk.core.money import MAX_FEN, format_fen, parse_yuan, require_fen

F = "Amount"


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12", 1200),
        ("12.3", 1230),
        ("12.34", 1234),
        ("0.01", 1),
        ("0", 0),
        ("1,234.50", 123450),
        ("1,234,567.89", 123456789),
        ("１２．３４", 1234),  # full-width digits and point
        ("１，２３４", 123400),
        ("¥12.34", 1234),
        ("￥ 1,000", 100000),
        (" 12.30 元", 1230),
        ("12.340", 1234),  # a trailing zero loses nothing
        ("0.29", 29),  # float(0.29) * 100 is 28.999999999999996
        ("1.15", 115),
        ("9999999999.99", MAX_FEN),
    ],
)
def test_accepted_amounts_are_exact(text, fen):
    assert parse_yuan(text, F) == fen
    assert isinstance(parse_yuan(text, F), int)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("12.345", "more than two decimal places"),
        ("0.001", "more than two decimal places"),
        ("-1", "negative"),
        ("-0.01", "negative"),
        ("abc", "is not an amount"),
        ("12a", "is not an amount"),
        ("1.2.3", "is not an amount"),
        ("12,34", "is not an amount"),  # a wrongly grouped number is not guessed at
        ("1e5", "is not an amount"),
        ("NaN", "is not an amount"),
        ("Infinity", "is not an amount"),
        ("+5", "is not an amount"),
        ("١٢", "is not an amount"),  # Arabic-Indic digits are digits to Python, not to a clerk
        ("10000000000", "more than the largest amount"),
        ("99999999999999999999999", "more than the largest amount"),
    ],
)
def test_refused_amounts_name_the_field_and_rule(text, rule):
    with pytest.raises(ValidationError) as err:
        parse_yuan(text, F)
    assert err.value.fields == [F]
    assert rule in str(err.value)


def test_empty_is_refused_only_when_required():
    with pytest.raises(ValidationError, match="is required"):
        parse_yuan("", F)
    with pytest.raises(ValidationError, match="is required"):
        parse_yuan("  ", F)
    assert parse_yuan("", F, required=False) is None
    assert parse_yuan(None, F, required=False) is None


def test_zero_can_be_refused():
    with pytest.raises(ValidationError, match="more than zero"):
        parse_yuan("0.00", F, allow_zero=False)
    assert parse_yuan("0.01", F, allow_zero=False) == 1


def test_collector_gathers_every_field():
    errors = Collector()
    assert parse_yuan("12.345", "Budget", errors) is None
    assert parse_yuan("-3", "Paid", errors) is None
    assert parse_yuan("5", "Other", errors) == 500
    assert [e.field for e in errors.errors] == ["Budget", "Paid"]


@pytest.mark.parametrize("value", [1234.5, 1234.0, Decimal("1234"), "1234", True, None])
def test_core_refuses_a_non_integer_amount(value):
    with pytest.raises(ValidationError, match="not a whole number of fen") as err:
        require_fen(value, F)
    assert err.value.fields == [F]


def test_require_fen_bounds():
    assert require_fen(0, F) == 0
    assert require_fen(MAX_FEN, F) == MAX_FEN
    with pytest.raises(ValidationError, match="negative"):
        require_fen(-1, F)
    with pytest.raises(ValidationError, match="largest"):
        require_fen(MAX_FEN + 1, F)
    assert require_fen(-500, F, minimum=-1000) == -500


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "0.00"),
        (1, "0.01"),
        (10, "0.10"),
        (123450, "1,234.50"),
        (100000000, "1,000,000.00"),
        (-250, "-2.50"),
    ],
)
def test_format_fen(fen, text):
    assert format_fen(fen) == text


def test_format_refuses_float():
    with pytest.raises(TypeError):
        format_fen(12.5)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_fen(fen), F) == fen
    assert parse_yuan(format_fen(fen, grouping=False), F) == fen
