"""The vault's prompts that work on the database worker: key derivation and re-keying.

Argon2id takes about a second on purpose and a re-key re-encrypts every note, so these
prompts never run that on the GUI thread: the inputs are disabled, a busy bar shows (with
counts while notes are re-encrypted) and the window keeps painting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError, ValidationError
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.operations import shared_operations
from lernpartner_desktop.ui.widgets import show_error
from lernpartner_desktop.workspace import Workspace

Job = Callable[[Callable[[int, int], None]], object]


def password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


class WorkerDialog(FormDialog):
    """A vault prompt whose work (key derivation, re-key) runs on the database worker.

    :meth:`work` checks the input on the GUI thread and returns the job; while it runs the
    inputs are disabled and a busy bar shows (with counts when the job reports progress);
    Esc waits. The result goes to :meth:`finished_work`, an error to the banner.
    """

    busy_text = ""
    ws: Workspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.busy_bar.hide()
        self.busy_label.hide()

    def add_busy_row(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)

    #: each dialog's own: check the input (raise the core's errors), return the worker's job
    work: Callable[[], Job]

    def finished_work(self, result: object) -> None:
        """On the GUI thread, after the job succeeded and before the dialog closes."""

    def accept(self) -> None:
        if self.running:
            return
        self.banner.clear_message()
        try:
            job = self.work()
        except LernpartnerError as exc:
            self._refused(exc)
            return
        self._set_running(True)
        shared_operations().run(
            job, on_done=self._done, on_error=self._failed, on_progress=self._progress
        )

    def reject(self) -> None:
        if not self.running:  # the job finishes first; its result must not be lost
            super().reject()

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPushButton, QCheckBox)):
                widget.setEnabled(not running)
        self.busy_bar.setRange(0, 0)  # moving until the job reports counts
        self.busy_label.setText(self.busy_text)
        self.busy_bar.setVisible(running)
        self.busy_label.setVisible(running and bool(self.busy_text))
        if running:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the height the shown rows need at the current width: a
        word-wrapped message would otherwise be cut off."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = self.heightForWidth(self.width())
        if height <= 0:
            height = self.sizeHint().height()
        self.resize(self.width(), max(height, self.minimumSizeHint().height()))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def _done(self, result: object) -> None:
        self._set_running(False)
        report_backup_key_repair(self, self.ws)
        self.finished_work(result)
        QDialog.accept(self)

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        if isinstance(exc, LernpartnerError):
            self._refused(exc)
        else:
            show_error(self, exc)

    def _refused(self, exc: LernpartnerError) -> None:
        self.banner.show_message(exc.message())
        self._fit()
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()


def report_backup_key_repair(parent: QWidget, ws: Workspace) -> None:
    if ws.vault.backup_key_repaired:
        ws.vault.backup_key_repaired = False
        QMessageBox.warning(
            parent,
            QApplication.translate("Vault", "Backup key put right"),
            QApplication.translate(
                "Vault",
                "The vault's backup key had been changed outside Lernpartner and has now been "
                "put right. Backups made while it was changed may not open: make a new backup "
                "soon.",
            ),
        )


class NewRecoveryCodeDialog(WorkerDialog):
    """The passphrase first: an unlocked PC alone must not replace the owner's sheet."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.code: str | None = None
        self.setWindowTitle(self.tr("New recovery code"))
        intro = QLabel(
            self.tr(
                "A new recovery code replaces the old one: the old recovery sheet stops "
                "working, and every note is encrypted again with a new key. Enter the "
                "passphrase to make a new code."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = password_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        self.busy_text = self.tr("Making a new recovery code: the notes get a new key…")
        self.add_busy_row(layout)
        layout.addWidget(self.button_box(self.tr("&Make new code")))
        self.fields = {"passphrase": self.passphrase}
        self.setMinimumWidth(520)

    def work(self) -> Job:
        passphrase = self.passphrase.text()
        if not passphrase:
            raise ValidationError(self.tr("Please enter the passphrase."), field="passphrase")
        return lambda progress: self.ws.vault.new_recovery_code(passphrase, progress)

    def finished_work(self, result: object) -> None:
        self.code = str(result)
