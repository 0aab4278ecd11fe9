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
