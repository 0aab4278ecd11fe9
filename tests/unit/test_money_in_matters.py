"""The 四议两公开 services take money only as integer fen: a float or a negative amount is refused,
naming the field, and nothing is stored."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from tests.unit.test_deliberation_register import DAY
from villagedesk.core import deliberation as d
from villagedesk.core.deliberation.config import DEFAULT_MAJOR_MATTERS
from villagedesk.core.errors import ValidationError
from villagedesk.db.models import Origin


def _matter(amount):  # noqa: ANN001
    return d.MatterInput("村道硬化工程", DEFAULT_MAJOR_MATTERS[2], Origin.CADRE_PROPOSAL, DAY, amount)


@pytest.mark.parametrize("amount", [1234.5, -1, "1234", True])
def test_open_matter_refuses_an_amount_that_is_not_whole_fen(session, amount):
    with pytest.raises(ValidationError) as err:
        d.open_matter(session, _matter(amount), today=TODAY)
    assert err.value.fields == ["Amount"]
    assert d.list_matters(session, today=TODAY) == []


def test_whole_fen_is_stored_exactly(session):
    matter = d.open_matter(session, _matter(123_456_789), today=TODAY)
    assert matter.amount_fen == 123_456_789
