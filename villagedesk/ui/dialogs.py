"""Every prompt the desk shows goes through one service, so tests can answer instead of a user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:  # Qt's print support is loaded when a printer is chosen, not at every start
    from PySide6.QtPrintSupport import QPrinter


class DialogService:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)  # selectable, so the clerk can copy it for support
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, filter_: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", filter_)[0]

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filter_: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, suggested, filter_)[0]

    def pick_folder(self, parent: QWidget | None, title: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title)

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A passphrase or PIN, typed hidden; None when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def choose_printer(self, parent: QWidget | None, title: str, pages: int) -> QPrinter | None:
        """The system print dialog; None when the user cancels."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.setMinMax(1, max(pages, 1))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecordingDialogs(DialogService):
    """For tests: records every prompt and answers from prepared replies."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.file_answers: list[str] = []
        self.secret_answers: list[str | None] = []
        self.text_answers: list[str | None] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warning", title, text))

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.shown.append(("error", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def open_file(self, parent: QWidget | None, title: str, filter_: str) -> str:
        return self.file_answers.pop(0) if self.file_answers else ""

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filter_: str) -> str:
        return self.file_answers.pop(0) if self.file_answers else ""

    def pick_folder(self, parent: QWidget | None, title: str) -> str:
        return self.file_answers.pop(0) if self.file_answers else ""

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.shown.append(("text", title, label))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.shown.append(("secret", title, label))
        return self.secret_answers.pop(0) if self.secret_answers else None

    def choose_printer(self, parent: QWidget | None, title: str, pages: int) -> QPrinter | None:
        """Tests 'print' to a PDF file through the real QPrinter path; None answers Cancel."""
        self.shown.append(("print", title, str(pages)))
        if not self.file_answers:
            return None
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setFullPage(True)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.file_answers.pop(0))
        return printer

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.shown if kind is None or k == kind]
