"""The village rules' money threshold is typed as yuan and stored as exact fen."""

from villagedesk.core import settings as centre_settings
from villagedesk.core.deliberation import config
from villagedesk.ui.main_window import MainWindow


def test_threshold_typed_as_yuan_refuses_what_is_not_an_amount(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    box = window.show_page("settings").rules_box
    field = box.widgets["major_matter_threshold_fen"]
    assert field.text() == "50,000.00"
    for wrong in ("12.345", "-1", "abc"):
        field.setText(wrong)
        assert not box.save()
        assert box.message.text().startswith("重大事项金额标准（元）：" + wrong)
        with desk.read() as s:
            assert centre_settings.get(s, config.MAJOR_MATTER_THRESHOLD_FEN) == 5_000_000  # nothing saved
    field.setText("80000.5")
    assert box.save()
    with desk.read() as s:
        assert centre_settings.get(s, config.MAJOR_MATTER_THRESHOLD_FEN) == 8_000_050


def test_matter_form_takes_yuan_as_text_and_refuses_three_decimals(qtbot, desk):
    from villagedesk.core import deliberation as d
    from villagedesk.ui.deliberation.dialogs import MatterDialog

    dialog = MatterDialog(desk)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("村级光伏电站扩建")
    dialog.has_amount.setChecked(True)
    dialog.amount.setText("12.345")
    with desk.read() as s:
        before = len(d.list_matters(s))
    dialog.accept()
    assert "金额" in dialog.errors.text() and "12.345" in dialog.errors.text()
    with desk.read() as s:
        assert len(d.list_matters(s)) == before  # nothing saved
    dialog.amount.setText("1,234.50")
    dialog.accept()
    with desk.read() as s:
        assert d.get_matter(s, dialog.saved_id).amount_fen == 123_450
