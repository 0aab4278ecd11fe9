"""The village's rules that vary by place (四议两公开 thresholds, notice periods, limits)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import settings as centre_settings
from villagedesk.core import users
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.money_edit import MoneyEdit


class RulesBox(QGroupBox):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Village rules (local practice; defaults from the national rules)"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        for key, definition in centre_settings.defs().items():
            if definition.choices:
                widget: QWidget = QComboBox()
                for index, choice in enumerate(definition.choices):
                    if definition.choice_labels:
                        label = tr_core(definition.choice_labels[index])
                    else:
                        label = (
                            self.tr("more than half")
                            if choice == centre_settings.MORE_THAN_HALF
                            else self.tr("at least two thirds")
                        )
                    widget.addItem(label, choice)  # type: ignore[attr-defined]
            elif definition.money:
                widget = MoneyEdit(definition.title)
            elif definition.kind is int:
                widget = QSpinBox()
                widget.setRange(definition.minimum or 0, definition.maximum or 100000)
            elif definition.kind is bool:
                widget = QCheckBox()
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(120)
                widget.setToolTip(self.tr("One category per line"))
            self.widgets[key] = widget
            form.addRow(tr_core(definition.title), widget)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save &rules"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        with self.ctx.read() as session:
            values = centre_settings.snapshot(session).as_dict()
            allowed = users.can(session, self.ctx.user, users.Action.EDIT_CENTRE)
        for key, widget in self.widgets.items():
            value = values[key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, MoneyEdit):
                widget.set_value(value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("\n".join(value))
            widget.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self.message.clear()

    def values(self) -> dict[str, object]:
        """The values as typed; an amount that is not one raises ValidationError naming the field."""
        out: dict[str, object] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, MoneyEdit):
                out[key] = widget.value()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]
        return out

    def save(self) -> bool:
        try:
            values = self.values()
            with self.ctx.write("settings", reason="village rules") as session:
                for key, value in values.items():
                    centre_settings.set_value(session, key, value)
        except ValidationError as exc:
            self.message.setText(exc.render(tr_core))
            return False
        self.message.setText(self.tr("Saved."))
        return True
