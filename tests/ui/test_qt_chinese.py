"""Qt's own buttons and dialogs speak Chinese too: the qtbase catalogue from PySide6 is loaded."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox


def test_standard_buttons_are_chinese(qtbot, desk):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"取消", "是", "否"} <= {t.split("(")[0] for t in texts}, texts
    message = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Cancel).text().replace("&", "").startswith("取消")
