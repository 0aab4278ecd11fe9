"""The home page (工作台), the settings page and the plain 'not yet available' page."""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import users, workbench
from villagedesk.core.centre import centre_data, find_centre, update_centre
from villagedesk.core.errors import ValidationError
from villagedesk.i18n import tr_core
from villagedesk.ui import settings as prefs
from villagedesk.ui.centre_form import CentreForm
from villagedesk.ui.context import DeskContext
from villagedesk.ui.styles import apply_text_scale

WhyNot = Callable[[], "str | None"]


class Page(QWidget):
    """A sidebar page; ``refresh`` reloads what it shows.

    What every page gets for free (register pages too):

    - ``self.gate(button, action=users.Action.POST, why_not=lambda: ...)``: the button is disabled,
      with a tooltip saying why, whenever the signed-in user's role may not do ``action`` or
      ``why_not()`` returns a reason (e.g. "Select a matter first."). Gates are re-checked after
      every ``refresh`` (wrapped automatically) and on ``self.watch_selection(view)``.
    - ``self.done(text)``: tells the clerk what just happened (a message, and the status bar).
    - ``tour()``: (name, opener) pairs for the forms and dialogs this page opens; the screen-fit,
      shortcut-letter and screenshot walkers open each one, so a new page is checked by listing them.
    - 大字模式 needs nothing: fonts follow the application font; give a heading
      ``setObjectName("pageTitle")`` to keep the heading style.
    """

    ctx: DeskContext

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("refresh")
        if own is not None and not getattr(own, "_gated", False):
            code = own.__code__
            # a signal connected to refresh() may pass arguments the page's own refresh does not take
            # (Qt drops them for a plain method; this wrapper must too)
            takes = None if code.co_flags & 0x04 else code.co_argcount - 1  # 0x04: *args

            @functools.wraps(own)
            def refresh(self: Page, *args: Any, **kw: Any) -> Any:
                result = own(self, *(args if takes is None else args[:takes]), **kw)
                self.update_gates()
                return result

            refresh._gated = True  # type: ignore[attr-defined]
            cls.refresh = refresh  # type: ignore[method-assign]

    def refresh(self) -> None:
        pass

    # -- buttons that cannot apply say why ----------------------------------------------------------
    def gate(
        self,
        button: QAbstractButton,
        action: users.Action | None = None,
        why_not: WhyNot | None = None,
    ) -> QAbstractButton:
        if not hasattr(self, "_gates"):
            self._gates: list[tuple[QAbstractButton, users.Action | None, WhyNot | None, str]] = []
        self._gates.append((button, action, why_not, button.toolTip()))
        return button

    def watch_selection(self, view: QAbstractItemView) -> None:
        """Re-check the gates whenever the selection in ``view`` changes."""
        view.selectionModel().selectionChanged.connect(lambda *_: self.update_gates())

    def update_gates(self) -> None:
        gates = getattr(self, "_gates", [])
        if not gates:
            return
        refused = self._refused_actions({a for _, a, _, _ in gates if a is not None})
        for button, action, why_not, tip in gates:
            reason = refused.get(action) if action is not None else None
            if reason is None and why_not is not None:
                reason = why_not()
            button.setEnabled(reason is None)
            button.setToolTip(reason if reason is not None else tip)

    def _refused_actions(self, actions: set[users.Action]) -> dict[users.Action | None, str]:
        ctx = getattr(self, "ctx", None)
        if ctx is None or not actions:
            return {}
        refused: dict[users.Action | None, str] = {}
        with ctx.read() as session:
            user = users.find_user(session, ctx.user)
            for action in actions:
                if users.can(session, ctx.user, action):
                    continue
                role = tr_core(users.ROLE_LABELS[user.role]) if user is not None else "—"
                refused[action] = tr_core(users.R_DENIED).format(
                    name=ctx.user, role=role, action=tr_core(action.value)
                )
        return refused

    # -- telling the clerk what happened --------------------------------------------------------------
    def done(self, text: str, title: str = "") -> None:
        """Confirm a finished step: a message the clerk reads, and the window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)
        self.ctx.dialogs.info(self, title or self.tr("Done"), text)

    def tour(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        """The forms and dialogs this page opens, for the walkers (see the class docstring)."""
        return []


class NotYetPage(Page):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        text = QLabel(
            self.tr("This register is not yet available in this version of VillageDesk.")
            + "\n\n"
            + description
        )
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)


class HomePage(Page):
    open_page = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._facts_ahead: workbench.HomeFacts | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        due_box = QGroupBox(self.tr("What is due"))
        due_layout = QVBoxLayout(due_box)
        self.due = QListWidget()
        # a long item wraps instead of running off to the right of a 1024 px screen
        self.due.setWordWrap(True)
        self.due.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.due.setUniformItemSizes(False)
        self.due.setAccessibleName(self.tr("What is due"))
        self.due.itemActivated.connect(self._activate)
        self.nothing_due = QLabel(self.tr("Nothing is due. Well done."))
        due_layout.addWidget(self.due)
        due_layout.addWidget(self.nothing_due)
        # 开始使用: what a new centre still has to set up; each step goes when done, the box when all are
        self.checklist_box = QGroupBox(self.tr("Getting started"))
        checklist_layout = QVBoxLayout(self.checklist_box)
        intro = QLabel(
            self.tr("Before the first notice, this centre still needs (click a step to go there):")
        )
        intro.setWordWrap(True)
        checklist_layout.addWidget(intro)
        self.checklist = QVBoxLayout()
        checklist_layout.addLayout(self.checklist)
        self.step_labels: list[QLabel] = []
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.checklist_box)
        layout.addWidget(due_box, 1)
        ctx.bus.changed.connect(lambda _register: self.refresh_checklist())

    def take_facts(self, facts: workbench.HomeFacts) -> None:
        """Facts already read (at start, in the background): the next refresh shows them instead
        of reading them again."""
        self._facts_ahead = facts

    def refresh(self) -> None:
        facts, self._facts_ahead = self._facts_ahead, None
        if facts is None:
            with self.ctx.read() as session:
                facts = workbench.home_facts(session, self.ctx.today(), self.ctx.store.data_dir.keys)
        if facts is not None:
            self.show_facts(facts)

    def show_facts(self, facts: workbench.HomeFacts) -> None:
        """Show what :func:`workbench.home_facts` read (at start it was read in the background)."""
        self.heading.setText(self.tr("%1 · Workbench").replace("%1", facts.village))
        counts = facts.counts
        self._show_steps(facts.steps)
        self.summary.setText(
            self.tr("%1 township · code %2 · today %3")
            .replace("%1", facts.township)
            .replace("%2", facts.division_code)
            .replace("%3", facts.today.isoformat())
            + "\n"
            + self.tr(
                "Roster: %1 full and %2 probationary Party members, %3 representatives, %4 supervision members"
            )
            .replace("%1", str(counts["PARTY_FULL"]))
            .replace("%2", str(counts["PARTY_PROBATIONARY"]))
            .replace("%3", str(counts["REPRESENTATIVE"]))
            .replace("%4", str(counts["SUPERVISION"]))
        )
        self.due.clear()
        for item in facts.due:
            params = {k: tr_core(v) if isinstance(v, str) else v for k, v in item.params.items()}
            text = f"[{tr_core(item.register)}] " + tr_core(item.text).format(**params)
            entry = QListWidgetItem(("⚠ " if item.urgent else "") + text)
            entry.setData(Qt.ItemDataRole.UserRole, item.page)
            self.due.addItem(entry)
        self.due.setVisible(bool(facts.due))
        self.nothing_due.setVisible(not facts.due)

    def refresh_checklist(self) -> None:
        with self.ctx.read() as session:
            steps = [
                s for s in workbench.first_run_steps(session, self.ctx.store.data_dir.keys) if not s.done
            ]
        self._show_steps(steps)

    def _show_steps(self, steps: list[workbench.Step]) -> None:
        for label in self.step_labels:
            self.checklist.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.step_labels = []
        for number, step in enumerate(steps, start=1):
            text = html.escape(tr_core(step.text))
            label = QLabel(f'{number}. <a href="{step.page}">{text}</a>')
            label.setWordWrap(True)
            label.setProperty("plainText", f"{number}. {tr_core(step.text)}")
            label.linkActivated.connect(self.open_page.emit)
            self.checklist.addWidget(label)
            self.step_labels.append(label)
        self.checklist_box.setVisible(bool(steps))

    def steps_shown(self) -> list[str]:
        """The steps still to do, as the clerk reads them."""
        return [str(label.property("plainText")) for label in self.step_labels]

    def _activate(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if page:
            self.open_page.emit(page)


class SettingsPage(Page):
    large_text_changed = Signal(bool)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        centre_box = QGroupBox(self.tr("Centre profile"))
        box_layout = QVBoxLayout(centre_box)
        self.form = CentreForm()
        self.save_button = QPushButton(self.tr("Save centre pro&file"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        box_layout.addWidget(self.form)
        box_layout.addLayout(row)
        ui_box = QGroupBox(self.tr("Display"))
        ui_layout = QVBoxLayout(ui_box)
        self.large_text = QCheckBox(self.tr("&Large text mode (大字模式): bigger letters everywhere"))
        self.large_text.setChecked(ctx.preferences.get(prefs.LARGE_TEXT))
        self.large_text.toggled.connect(self._toggle_large)
        ui_layout.addWidget(self.large_text)
        from villagedesk.ui.rules_box import RulesBox
        from villagedesk.ui.trust import UsersBox

        self.users_box = UsersBox(ctx)
        self.rules_box = RulesBox(ctx)
        layout.addWidget(centre_box)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.users_box)
        layout.addWidget(ui_box)
        layout.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        with self.ctx.read() as session:
            centre = find_centre(session)
            if centre is not None:
                self.form.set_data(centre_data(centre))
        self.saved_label.clear()
        self.users_box.refresh()
        self.rules_box.refresh()

    def save(self) -> None:
        data = self.form.validate()
        if data is None:
            self.saved_label.clear()
            return
        try:
            with self.ctx.write("centre", reason="settings") as session:
                update_centre(session, data)
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        self.saved_label.setText(self.tr("Saved."))

    def _toggle_large(self, on: bool) -> None:
        self.ctx.preferences.set(prefs.LARGE_TEXT, on)
        apply_text_scale(self.ctx.preferences)
        self.large_text_changed.emit(on)
