"""The money field: text in, integer fen out, bad text refused rather than rounded or clamped."""

import pytest

from villagedesk.core.errors import ValidationError
from villagedesk.ui.money_edit import MoneyEdit


@pytest.fixture
def edit(qtbot):
    widget = MoneyEdit("Amount")
    qtbot.addWidget(widget)
    return widget


def test_typed_text_gives_fen(qtbot, edit):
    qtbot.keyClicks(edit, "1,234.5")
    assert edit.value() == 123450
    edit.editingFinished.emit()
    assert edit.text() == "1,234.50"


@pytest.mark.parametrize("text", ["12.345", "-1", "abc"])
def test_bad_text_is_refused_and_left_as_typed(qtbot, edit, text):
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()
    assert edit.text() == text
    assert not edit.is_valid()
    with pytest.raises(ValidationError) as err:
        edit.value()
    assert err.value.fields == ["Amount"]


def test_set_value_and_optional(qtbot):
    widget = MoneyEdit("Amount", required=False)
    qtbot.addWidget(widget)
    assert widget.value() is None and widget.is_valid()
    widget.set_value(5)
    assert widget.text() == "0.05" and widget.value() == 5
    widget.set_value(None)
    assert widget.text() == ""
