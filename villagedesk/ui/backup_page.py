"""备份与恢复: the automatic copies, a backup now (encrypted when it leaves the data folder), restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core import backup, users
from villagedesk.core.errors import ValidationError
from villagedesk.core.restore import restore_into
from villagedesk.files import disk_full
from villagedesk.i18n import tr_core
from villagedesk.ui.context import DeskContext
from villagedesk.ui.jobs import run_job
from villagedesk.ui.pages import Page


class BackupPage(Page):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Backup and restore"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "VillageDesk backs up by itself: before a database upgrade, an import and a restore, and every hour "
                "while data changes. It keeps the last 7 daily, 4 weekly and 12 monthly copies, and each copy made "
                "before an upgrade, an import or a restore for 30 days. Every backup holds the attachments "
                "(meeting scans) and a checksum that is verified before restoring. A backup written to a USB stick "
                "is encrypted with a passphrase you choose, because it holds personal data; it also holds the "
                "village's signing key, so a new PC restored from it carries on the exchange with the township."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("&Back up now"))
        self.usb_button = QPushButton(self.tr("Back up to a &USB stick..."))
        self.restore_button = QPushButton(self.tr("&Restore from a file..."))
        self.restore_selected_button = QPushButton(self.tr("Restore the &selected copy..."))
        for b in (self.now_button, self.usb_button, self.restore_button, self.restore_selected_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("File"), self.tr("Contents")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.now_button.clicked.connect(self.backup_now)
        self.usb_button.clicked.connect(self.backup_to_usb)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.gate(self.now_button, users.Action.BACKUP)
        self.gate(self.usb_button, users.Action.BACKUP)
        self.gate(self.restore_button, users.Action.RESTORE)
        self.gate(
            self.restore_selected_button,
            users.Action.RESTORE,
            lambda: None if self.table.selectedItems() else self.tr("Select a copy in the list first."),
        )
        self.watch_selection(self.table)

    def refresh(self) -> None:
        infos = backup.list_backups(self.ctx.store.data_dir.backups)
        self.table.setRowCount(0)
        for info in infos:
            r = self.table.rowCount()
            self.table.insertRow(r)
            contents = self._contents(info)
            for c, text in enumerate([info.created_at.strftime("%Y-%m-%d %H:%M"), info.path.name, contents]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.table.setItem(r, c, item)

    def _contents(self, info: backup.BackupInfo) -> str:
        from villagedesk.registers import PARTS

        labels = {c.key: tr_core(c.title) for part in PARTS for c in part.counts}
        parts = [f"{labels.get(k, k)} {v}" for k, v in info.counts.items()]
        if info.attachments:
            parts.append(self.tr("attachments %1").replace("%1", str(info.attachments)))
        return "，".join(parts)

    def _allowed(self, action: users.Action) -> bool:
        with self.ctx.read() as session:
            session.info["actor"] = self.ctx.user
            try:
                users.require(session, action)
            except ValidationError as exc:
                self.ctx.dialogs.warning(self, self.tr("Backup and restore"), exc.render(tr_core))
                return False
        return True

    def backup_now(self) -> None:
        if not self._allowed(users.Action.BACKUP):
            return
        store = self.ctx.store

        def work(progress):  # type: ignore[no-untyped-def]
            path = backup.make_backup(store.data_dir.database, store.data_dir.backups, "manual")
            backup.rotate(store.data_dir.backups)
            return path

        run_job(self, self.tr("Backing up..."), work, on_done=self._done)

    def backup_to_usb(self) -> None:
        if not self._allowed(users.Action.BACKUP):
            return
        folder = self.ctx.dialogs.pick_folder(self, self.tr("Choose the USB stick (or another folder)"))
        if not folder:
            return
        passphrase = self.ctx.dialogs.ask_secret(
            self,
            self.tr("Passphrase"),
            self.tr(
                "Choose a passphrase (at least 8 characters). Without it nobody can open this backup — not even you, "
                "so write it down and keep it safe:"
            ),
        )
        if passphrase is None:
            return
        again = self.ctx.dialogs.ask_secret(
            self, self.tr("Passphrase"), self.tr("The same passphrase again:")
        )
        if again != passphrase:
            self.ctx.dialogs.warning(
                self, self.tr("Passphrase"), self.tr("The two passphrases are different.")
            )
            return
        db = self.ctx.store.data_dir.database
        run_job(
            self,
            self.tr("Backing up..."),
            lambda progress: backup.make_backup(db, Path(folder), "usb", passphrase),
            on_done=self._done,
        )

    def _done(self, path: Path) -> None:
        self.status.setText(self.tr("Backup written: %1").replace("%1", str(path)))
        self.refresh()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        name = self.ctx.dialogs.open_file(
            self, self.tr("Restore a backup"), self.tr("VillageDesk backup (*.vdbak);;All files (*)")
        )
        if name:
            self.restore(Path(name))

    def _nothing_changed(self, exc: BaseException) -> None:
        full = disk_full(exc, self.ctx.store.data_dir.root)
        if isinstance(exc, ValidationError):
            text = exc.render(tr_core)
        elif full is not None:
            text = full.render(tr_core)
        else:
            text = str(exc)
        self.ctx.dialogs.warning(self, self.tr("Restore"), self.tr("Nothing was changed.") + "\n" + text)

    def _failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationError | OSError):  # refused before anything was replaced
            self._nothing_changed(exc)
        else:
            from villagedesk.ui.errors import report_exception

            report_exception(self, exc, trace)

    def restore(self, path: Path) -> bool:
        """Show what the backup holds, ask, back up the current state, then restore. Nothing changes
        unless every check passes. Reading the backup (its checksum, a decryption) and the restore
        itself run as jobs, so a large backup never freezes the window; returns whether the restore
        was started (the result shows when the job ends)."""
        if not self._allowed(users.Action.RESTORE):
            return False
        passphrase = None
        try:
            if backup.is_encrypted(path):
                passphrase = self.ctx.dialogs.ask_secret(
                    self, self.tr("Passphrase"), self.tr("Passphrase of %1:").replace("%1", path.name)
                )
                if passphrase is None:
                    return False
        except OSError as exc:
            self._nothing_changed(exc)
            return False
        run_job(
            self,
            self.tr("Checking the backup..."),
            lambda progress: backup.inspect_backup(path, passphrase),
            on_done=lambda info: self._confirm_restore(path, passphrase, info),
            on_error=self._failed,
        )
        return True

    def _confirm_restore(self, path: Path, passphrase: str | None, info: backup.BackupInfo) -> None:
        question = (
            self.tr(
                "Restore the backup of %1 (%2) made %3?\nIt holds: %4.\n\n"
                "The current data is backed up first, so this can be undone."
            )
            .replace("%1", info.village_name)
            .replace("%2", info.division_code)
            .replace("%3", info.created_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%4", self._contents(info))
        )
        if not info.checksum:
            question += "\n\n" + self.tr(
                "This copy was made by an older VillageDesk and carries no checksum: only the structure of its "
                "database could be checked."
            )
        if not self.ctx.dialogs.confirm(self, self.tr("Restore"), question):
            return
        store, actor = self.ctx.store, self.ctx.user
        # Exclusive: the job disposes the engine and replaces the file, so the window keeps off the
        # database (no periodic backup, no closing) until the result is back; then every page reloads.
        run_job(
            self,
            self.tr("Restoring the backup..."),
            lambda progress: restore_into(store, path, passphrase, actor=actor)[1],
            on_done=self._restored,
            on_error=self._failed,
            exclusive=True,
        )

    def _restored(self, safety: Path) -> None:
        self.ctx.bus.changed.emit("*")
        self.status.setText(
            self.tr("Restored. The data as it was before is kept in %1").replace("%1", str(safety))
        )
        self.refresh()
