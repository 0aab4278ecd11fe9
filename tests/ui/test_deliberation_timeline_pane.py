"""The 办理进程 pane beside the matters at 1024×768: empty, it says what it is for; with a matter
selected, every stage's date, name and state can be read without scrolling sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from villagedesk.ui.main_window import MainWindow


def test_the_timeline_pane_explains_itself_and_wraps_its_stages(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("deliberation")
    page.view.clearSelection()
    page.show_timeline()
    assert page.timeline.count() == 0 and "选中一个事项" in page.detail.text()

    longest = max(page.model.rows, key=lambda r: r.id)
    page.select_matter(longest.id)
    QApplication.processEvents()
    assert page.timeline.count() >= 2 and "选中" not in page.detail.text()
    width = page.timeline.viewport().width()
    for i in range(page.timeline.count()):
        rect = page.timeline.visualItemRect(page.timeline.item(i))
        assert rect.right() <= width, page.timeline.item(i).text()
    assert not page.timeline.horizontalScrollBar().isVisible()
