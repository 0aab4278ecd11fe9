"""导出到U盘: the township key, exporting a package with progress, and importing acknowledgements."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from villagedesk.core import users
from villagedesk.core.centre import get_centre
from villagedesk.core.errors import ValidationError
from villagedesk.core.session import unit_of_work
from villagedesk.db.models import ExportLog
from villagedesk.exchange.ack import import_ack
from villagedesk.exchange.export import export_package
from villagedesk.exchange.keys import (
    TownshipKeyChange,
    installed_township_key,
    replace_township_key,
    require_administrator,
    township_key_change,
)
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.jobs import run_job
from villagedesk.ui.pages import Page


class ExchangePage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Township exchange"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.key_button = QPushButton(self.tr("Install the township &key..."))
        self.export_button = QPushButton(self.tr("&Export to USB stick..."))
        self.full_button = QPushButton(self.tr("Export &everything..."))
        self.ack_button = QPushButton(self.tr("Import &acknowledgement..."))
        for b in (self.key_button, self.export_button, self.full_button, self.ack_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Package"), self.tr("Exported"), self.tr("Records"), self.tr("Acknowledged")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.key_button.clicked.connect(self.install_key)
        self.export_button.clicked.connect(lambda: self.export(False))
        self.full_button.clicked.connect(lambda: self.export(True))
        self.ack_button.clicked.connect(self.import_ack)
        self.last_result: object = None

    def refresh(self) -> None:
        key = installed_township_key(self.ctx.store.data_dir.keys)
        if key is None:
            self.key_label.setText(
                self.tr(
                    "No township key installed yet. Ask the township for its key file, install it, "
                    "and compare the fingerprint with them by phone."
                )
            )
        else:
            self.key_label.setText(
                self.tr("Township %1 (%2), key fingerprint %3")
                .replace("%1", key.name)
                .replace("%2", key.code)
                .replace("%3", key.fingerprint)
            )
        self.export_button.setEnabled(key is not None)
        self.full_button.setEnabled(key is not None)
        with self.ctx.read() as session:
            rows = list(session.scalars(select(ExportLog).order_by(ExportLog.sequence.desc())))
        self.table.setRowCount(0)
        for log in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            ack = (
                log.acknowledged_at.astimezone().strftime("%Y-%m-%d")
                if log.acknowledged_at
                else (self.tr("void: the township never took it") if log.void else self.tr("not yet"))
            )
            for c, text in enumerate(
                [
                    f"{log.sequence}  {log.file_name}",
                    log.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    str(log.records),
                    ack,
                ]
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def install_key(self) -> None:
        """Install or replace the township key: the administrator only, who sees the installed and
        the new fingerprint side by side, confirms, and gives their PIN."""
        title = self.tr("Township key")
        name = self.ctx.dialogs.open_file(self, title, self.tr("Township key (*.pub)"))
        if not name:
            return
        try:
            with unit_of_work(self.ctx.store.sessions, actor=self.ctx.user) as session:
                require_administrator(session)
                code = get_centre(session).division_code
            change = township_key_change(self.ctx.store.data_dir.keys, Path(name), code)
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, title, exc.render(tr_core))
            return
        if change.unchanged:
            self.ctx.dialogs.info(self, title, self.tr("This key is already installed; nothing changed."))
            return
        if not self.ctx.dialogs.confirm(self, title, self._key_change_text(change)):
            return
        pin = self.ctx.dialogs.ask_secret(self, title, self.tr("PIN of %1").replace("%1", self.ctx.user))
        if pin is None:
            return
        failure: ValidationError | None = None
        with unit_of_work(self.ctx.store.sessions, actor=users.SYSTEM_ACTOR) as session:
            try:
                users.authenticate(session, self.ctx.user, pin)
            except ValidationError as exc:
                failure = exc  # committed: the wrong try counts towards the lockout
        try:
            if failure is not None:
                raise failure
            with unit_of_work(self.ctx.store.sessions, actor=self.ctx.user, reason="township key") as session:
                replace_township_key(
                    session, self.ctx.store.data_dir.keys, Path(name), code, change.new.fingerprint
                )
        except ValidationError as exc:
            self.ctx.dialogs.warning(self, title, exc.render(tr_core))
            return
        self.ctx.dialogs.info(
            self,
            title,
            self.tr(
                "Installed the key of %1. Read this fingerprint to the township by phone and check it matches:\n%2"
            )
            .replace("%1", change.new.name)
            .replace("%2", change.new.fingerprint),
        )
        self.refresh()

    def _key_change_text(self, change: TownshipKeyChange) -> str:
        old, new = change.old, change.new
        cells = [
            ("", self.tr("Installed now"), self.tr("New key file")),
            (
                self.tr("Township"),
                f"{old.name}（{old.code}）" if old else self.tr("none"),
                f"{new.name}（{new.code}）",
            ),
            (self.tr("Fingerprint"), old.fingerprint if old else "—", new.fingerprint),
        ]
        rows = "".join(
            "<tr>" + "".join(f"<td style='padding-right:12px'>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in cells
        )
        question = (
            self.tr("Replace the township key? Compare the new fingerprint with the township by phone first.")
            if old
            else self.tr(
                "Install the township key? Compare its fingerprint with the township by phone first."
            )
        )
        return f"<p>{html.escape(question)}</p><table>{rows}</table>"

    def export(self, full: bool) -> None:
        folder = self.ctx.dialogs.pick_folder(self, self.tr("Choose the USB stick"))
        if not folder:
            return
        ctx = self.ctx

        def work(progress):  # type: ignore[no-untyped-def]
            with unit_of_work(ctx.store.sessions, actor=ctx.user, reason="export") as session:
                return export_package(session, ctx.store.data_dir, Path(folder), full=full, progress=progress)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.last_result = result
            self.status.setText(
                self.tr("Package %1 written and checked: %2")
                .replace("%1", str(result.sequence))
                .replace("%2", str(result.path))
            )
            self.refresh()

        def failed(exc: BaseException, trace: str) -> None:
            text = exc.render(tr_core) if isinstance(exc, ValidationError) else str(exc)
            self.ctx.dialogs.warning(self, self.tr("Export"), text)
            self.status.setText(self.tr("Nothing was exported."))

        run_job(self, self.tr("Exporting..."), work, on_done=done, on_error=failed)

    def import_ack(self) -> None:
        """Read the acknowledgement from the stick, check its signature and apply it (with the
        township's catalogues) off the GUI thread: a slow stick never freezes the window."""
        name = self.ctx.dialogs.open_file(
            self, self.tr("Acknowledgement"), self.tr("Acknowledgement (*.vdack)")
        )
        if not name:
            return
        ctx = self.ctx

        def work(_progress):  # type: ignore[no-untyped-def]
            with unit_of_work(
                ctx.store.sessions, actor=ctx.user, reason="township acknowledgement"
            ) as session:
                return import_ack(session, ctx.store.data_dir, Path(name))

        def done(result) -> None:  # type: ignore[no-untyped-def]
            ctx.bus.changed.emit("exchange")  # the pages are told on the GUI thread
            text = self.tr("Package %1 acknowledged by the township.").replace("%1", str(result.sequence))
            if result.rejoined:
                text += " " + self.tr(
                    "This desk now continues from the township's last package (after a restore)."
                )
            self.status.setText(text)
            self.refresh()

        def failed(exc: BaseException, trace: str) -> None:
            if not isinstance(exc, ValidationError):
                from villagedesk.ui.errors import report_exception

                report_exception(self, exc, trace)
                return
            self.ctx.dialogs.warning(self, self.tr("Acknowledgement"), exc.render(tr_core))
            self.status.setText(self.tr("Nothing was changed."))

        run_job(self, self.tr("Importing the acknowledgement..."), work, on_done=done, on_error=failed)
