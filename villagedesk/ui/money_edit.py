"""A text field for an amount in yuan that gives back integer fen.

No spin box: a spin box rounds 12.345 and clamps -1 without a word. Here the clerk types text, core's
``parse_yuan`` reads it exactly, and a bad amount raises ValidationError naming the field, like every
other form error; nothing is rounded or clamped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from villagedesk.core.errors import Collector
from villagedesk.core.money import MAX_FEN, format_fen, parse_yuan


class MoneyEdit(QLineEdit):
    def __init__(
        self,
        field: str,
        required: bool = True,
        allow_zero: bool = True,
        max_fen: int = MAX_FEN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field  # the core field label (source text) errors name
        self.required = required
        self.allow_zero = allow_zero
        self.max_fen = max_fen
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setToolTip(self.tr("Amount in yuan, for example 1234.50"))
        self.editingFinished.connect(self._tidy)

    def value(self, errors: Collector | None = None) -> int | None:
        """The amount in fen; raises ValidationError (or adds to ``errors``) when the text is not one."""
        return parse_yuan(
            self.text(),
            self.field,
            errors=errors,
            required=self.required,
            allow_zero=self.allow_zero,
            max_fen=self.max_fen,
        )

    def set_value(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_fen(fen))

    def is_valid(self) -> bool:
        return self.value(Collector()) is not None or (not self.required and not self.text().strip())

    def _tidy(self) -> None:
        # Only a text that parses is rewritten in the standard form; a wrong one stays as typed so the
        # error message and the field show the same thing.
        fen = self.value(Collector())
        if fen is not None:
            self.set_value(fen)
