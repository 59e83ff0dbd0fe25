"""Backups in the main window: the File › Backup menu, automatic backups on a timer and at
closing, and the reminder on the overview.

Every backup runs on the database worker (backup/service.py does the work); the window keeps
painting. Automatic backups report in the status bar, not with pop-ups every half hour.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.widgets import fmt_when, show_error
from lernpartner_desktop.workspace import Workspace

if TYPE_CHECKING:
    from lernpartner_desktop.backup.service import BackupResult, BackupStatus

log = logging.getLogger(__name__)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class BackupController(QObject):
    """Owns the automatic-backup timer and the File › Backup actions of a main window."""

    #: a message for the status bar
    message = Signal(str)
    #: the owner asked to restore (the main window replaces itself afterwards)
    restore_requested = Signal()

    def __init__(self, ws: Workspace, ops: Operations, window: QWidget) -> None:
        super().__init__(window)
        self.ws = ws
        self.ops = ops
        self.window = window
        self.ready = False
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.watcher = ChangeBridge(ws, self, frozenset({"settings"}))
        self.watcher.changed.connect(lambda _areas: self._read_interval())

    def start(self) -> None:
        """After start-up (the SQLAlchemy side is loaded): read the interval, start the timer.
        The service listens to the change hub from now on."""
        self.ready = True
        self.ws.backups  # noqa: B018  (created now, so that it hears every change)
        self._read_interval()

    def _read_interval(self) -> None:
        if not self.ready:
            return
        minutes = self.ws.backups.settings().interval_minutes
        self.timer.start(minutes * 60 * 1000)

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.detach()

    # -- automatic ------------------------------------------------------------------------------
    def tick(self) -> None:
        if not self.ready or self.running or not self.ws.backups.changed:
            return
        self.running = True

        def done(result: BackupResult | None) -> None:
            self.running = False
            if result is not None:
                self.message.emit(
                    self.tr("Automatic backup made and checked: %s").replace(
                        "%s", result.path.name
                    )
                )

        def failed(exc: Exception) -> None:
            self.running = False
            text = exc.message() if isinstance(exc, LernpartnerError) else str(exc)
            log.warning("automatic backup failed: %s", text)
            self.message.emit(self.tr("The automatic backup failed: %s").replace("%s", text))

        self.ops.run(self.ws.backups.automatic, on_done=done, on_error=failed)

    def at_close(self) -> None:
        """The closing backup, if something changed: on the worker, waited for (the window
        is already hidden). A failure is logged; the next start tries again."""
        if not self.ready:
            return
        self.stop()
        self.ops.wait()
        try:
            self.ops.call(lambda: self.ws.backups.automatic(closing=True))
        except Exception:
            log.exception("closing backup failed")

    # -- menu ----------------------------------------------------------------------------------
    def add_menu(self, file_menu: QMenu) -> QMenu:
        menu = file_menu.addMenu(self.tr("&Backup"))
        stick = QAction(self.tr("Back up to &USB stick…"), self)
        stick.triggered.connect(self.back_up_to_stick)
        now = QAction(self.tr("Back up &now"), self)
        now.triggered.connect(self.back_up_now)
        restore = QAction(self.tr("&Restore from backup…"), self)
        restore.triggered.connect(self.restore_requested.emit)
        folder = QAction(self.tr("Show the backup &folder"), self)
        folder.triggered.connect(self.show_folder)
        settings = QAction(self.tr("Backup &settings…"), self)
        settings.triggered.connect(self.settings)
        for action in (stick, now, restore):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(folder)
        menu.addAction(settings)
        self.actions = {
            "stick": stick,
            "now": now,
            "restore": restore,
            "folder": folder,
            "settings": settings,
        }
        return menu

    def back_up_to_stick(self) -> None:
        if not self.ready:
            return
        from lernpartner_desktop.ui.backup_dialogs import StickBackupDialog, ensure_vault

        if ensure_vault(self.window, self.ws):
            StickBackupDialog(self.ws, self.window).exec()

    def back_up_now(self) -> None:
        if not self.ready or self.running:
            return
        from lernpartner_desktop.ui.backup_dialogs import ensure_vault

        if not ensure_vault(self.window, self.ws):
            return
        self.running = True
        self.message.emit(self.tr("Making a backup…"))

        def done(result: BackupResult) -> None:
            self.running = False
            self.message.emit(
                self.tr("Backup made and checked: %s").replace("%s", str(result.path))
            )

        def failed(exc: Exception) -> None:
            self.running = False
            show_error(self.window, exc, self.tr("Backup"))

        self.ops.run(lambda: self.ws.backups.make("manual"), on_done=done, on_error=failed)

    def show_folder(self) -> None:
        if not self.ready:
            return
        folder, _fallback = self.ws.backups.folder()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def settings(self) -> None:
        if not self.ready:
            return
        from lernpartner_desktop.ui.backup_settings import BackupSettingsDialog

        if BackupSettingsDialog(self.ws, self.window).exec():
            self.message.emit(self.tr("Backup settings saved."))


class BackupReminder(QFrame):
    """On the overview: when the last backup to a stick was made; a reminder when it is
    older than the setting says, with a button to back up now."""

    back_up = Signal()

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ops = ops
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Back up to USB stick…"))
        self.button.clicked.connect(self.back_up.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.watcher = ChangeBridge(ws, self, frozenset({"backups", "settings", "vault"}))
        self.watcher.changed.connect(lambda _areas: self.refresh())
        self.status: BackupStatus | None = None
        self.hide()

    def refresh(self) -> None:
        self.ops.run(self.ws.backups.status, on_done=self.show_status, on_error=lambda e: None)

    def detach(self) -> None:
        self.watcher.detach()

    def show_status(self, status: BackupStatus, now: dt.datetime | None = None) -> None:
        self.status = status
        now = (now or dt.datetime.now()).astimezone()
        overdue = status.removable_overdue(now)
        if status.last_removable is None:
            text = self.tr("No backup on a USB stick yet.")
            if not status.vault:
                text += " " + self.tr(
                    "Backups are encrypted: the first one asks for a passphrase for the vault."
                )
        else:
            days = max(0, (now.date() - status.last_removable.astimezone().date()).days)
            when = fmt_when(status.last_removable.astimezone())
            if days == 0:
                text = self.tr("Last backup to a USB stick: today, %1.").replace("%1", when)
            else:
                text = self.tr("Last backup to a USB stick: %1 (%n day(s) ago).", "", days).replace(
                    "%1", when
                )
            if overdue:
                text += " " + self.tr("Time for a new one.")
        self.text.setText(text)
        self.setStyleSheet(
            "BackupReminder { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
            if overdue
            else ""
        )
        self.button.setVisible(overdue or status.last_removable is None)
        self.setVisible(True)

