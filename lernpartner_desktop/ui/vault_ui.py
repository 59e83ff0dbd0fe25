"""The vault in the UI: set-up, unlock, recovery, passphrase change, idle lock, placeholders.

Every prompt here is modal and short. Deriving the key takes about a second on purpose
(Argon2id) and a re-key re-encrypts every note, so the prompts run that on the database
worker and show a busy bar meanwhile: the window keeps painting and answering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.vault_worker import Job, NewRecoveryCodeDialog, WorkerDialog
from lernpartner_desktop.ui.widgets import plural_affixes
from lernpartner_desktop.vault.secret import Secret
from lernpartner_desktop.workspace import Workspace


def lock_icon(open_: bool = False) -> QIcon:
    """A small padlock drawn here: emoji locks are missing from many office PCs' fonts."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#1a7f37") if open_ else QColor("#5f6368")
    painter.setPen(QPen(colour, 3.5))
    shackle = QRectF(9, 3, 14, 18)
    if open_:
        shackle.translate(7, -2)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(QPointF(shackle.left(), 12), QPointF(shackle.left(), 16))
    painter.drawLine(QPointF(shackle.right(), 12), QPointF(shackle.right(), 16))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
    painter.end()
    return QIcon(pixmap)


def secret_text(secret: Secret, *, one_line: bool = False) -> str:
    """What a view shows for a confidential text: the text or a placeholder, never stale."""
    if secret.state == "open":
        text = secret.text or ""
        return text.replace("\n", " ") if one_line else text
    if secret.state == "locked":
        return QApplication.translate("Vault", "Locked")
    if secret.state == "damaged":
        return QApplication.translate("Vault", "Cannot be opened")
    return ""


def secret_tooltip(secret: Secret) -> str:
    if secret.state == "damaged":
        return secret.problem
    return secret_text(secret)


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


class _NewPassphrase(QWidget):
    """Passphrase, repeat, and a live strength hint (a hint, not a wall)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _password_field()
        self.second = _password_field()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self._update)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New &passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow("", self.hint)
        self._update()

    def _update(self) -> None:
        from lernpartner_desktop.vault.service import passphrase_hint

        text = self.first.text()
        if not text:
            self.hint.setText(self.tr("Tip: a short sentence you can remember, e.g. four words."))
            self.hint.setStyleSheet("color: palette(mid);")
            return
        hint = passphrase_hint(text)
        colour = ("#b3261e", "#9a6700", "#1a7f37", "#1a7f37")[hint.score]
        self.hint.setText(QApplication.translate("Vault", hint.text))
        self.hint.setStyleSheet(f"color: {colour};")

    def value(self) -> str:
        if self.first.text() != self.second.text():
            raise ValidationError(self.tr("The two passphrases are not the same."), field="repeat")
        return self.first.text()


class SetUpVaultDialog(WorkerDialog):
    """The first confidential note: choose the passphrase. Shows the recovery code next."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.code: str | None = None
        self.setWindowTitle(self.tr("Protect confidential notes"))
        intro = QLabel(
            self.tr(
                "Gap notes, learning journals and check-in comments are kept encrypted. "
                "Choose a passphrase that only you know. Lernpartner cannot show it to you "
                "again; the recovery code on the next page is the only way back if you forget it."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = _NewPassphrase()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.passphrase)
        self.busy_text = self.tr("Setting up the vault…")
        self.add_busy_row(layout)
        layout.addWidget(self.button_box(self.tr("&Set passphrase")))
        self.fields = {"passphrase": self.passphrase.first, "repeat": self.passphrase.second}
        self.setMinimumWidth(520)

    def work(self) -> Job:
        value = self.passphrase.value()
        if not value.strip():
            raise ValidationError(
                self.tr("Please enter a passphrase; it cannot be empty."), field="passphrase"
            )
        return lambda _progress: self.ws.vault.set_up(value)

    def finished_work(self, result: object) -> None:
        self.code = str(result)
        failures = self.ws.vault.wipe_failures
        if failures:
            QMessageBox.warning(
                self,
                self.tr("Old copies not deleted"),
                self.tr(
                    "These copies of the database may still hold notes from before the vault "
                    "existed, unencrypted, and could not be deleted:\n\n%1\n\nPlease delete "
                    "them yourself."
                ).replace("%1", "\n".join(f"{path} ({reason})" for path, reason in failures)),
            )


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once, with the sheet to save; asks to confirm it is kept."""

    def __init__(
        self, ws: Workspace, code: str, parent: QWidget | None = None, why: str = ""
    ) -> None:
        super().__init__(parent)
        self.ws, self.code = ws, code
        self.saved_to: Path | None = None
        self.preview: QDialog | None = None
        self.setWindowTitle(self.tr("Your recovery code"))
        intro = QLabel(
            (why + "\n\n" if why else "")
            + self.tr(
                "If the passphrase is ever forgotten, this code opens the confidential notes. "
                "It is shown only now. Save the recovery sheet and print it, then keep it in "
                "the office safe."
            )
        )
        intro.setWordWrap(True)
        # Two lines of four groups, as on the sheet: on one line the code needs about 780
        # pixels and was cut off at both ends in a dialog of its minimum width.
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code_label = QLabel(" - ".join(groups[:half]) + "\n" + " - ".join(groups[half:]))
        font = QFont("Monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        self.code_label.setFont(font)
        # Not selectable: the code must not end up in the clipboard (or a clipboard history).
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 14px; }"
        )
        # Printing goes from memory to the printer: no file of the sheet is ever written.
        self.print_button = QPushButton(self.tr("&Print the recovery sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_sheet)
        for b in (self.print_button, self.save_button):
            b.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have stored the recovery code in a safe place."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def default_sheet_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = self.tr("Lernpartner recovery sheet %s.pdf") % dt.date.today().isoformat()
        return Path(folder) / name

    def sheet_pdf(self) -> bytes:
        from lernpartner_desktop.reports.recovery_sheet import render_recovery_sheet

        return render_recovery_sheet(self.code, str(self.ws.folder), dt.date.today())

    def print_sheet(self) -> None:
        """Preview and print (through Qt's print dialog) without writing a file."""
        from lernpartner_desktop.ui.print_preview import PrintPreviewDialog

        self.preview = PrintPreviewDialog(
            self.sheet_pdf(),
            self.tr("Recovery sheet"),
            self.default_sheet_path().name,
            secret=True,
            parent=self,
        )
        self.preview.exec()
        if self.preview.saved_to is not None:
            self._saved(self.preview.saved_to)
        self.preview.deleteLater()
        self.preview = None

    def save_sheet(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery sheet"),
            str(self.default_sheet_path()),
            self.tr("PDF document (*.pdf)"),
        )
        if target:
            self.write_sheet(Path(target))

    def write_sheet(self, target: Path) -> None:
        from lernpartner_desktop.reports.recovery_sheet import write_recovery_sheet
        from lernpartner_desktop.ui.print_preview import confirm_cloud_folder

        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not confirm_cloud_folder(self, target, secret=True):
            return
        try:
            write_recovery_sheet(target, self.code, str(self.ws.folder), dt.date.today())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Recovery sheet"),
                self.tr("The sheet could not be saved to %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self._saved(target)

    def _saved(self, target: Path) -> None:
        self.saved_to = target
        self.status.setText(
            self.tr(
                "Saved to %s. Print it, then delete the file or move it to a stick in the safe."
            )
            % target
        )

    def reject(self) -> None:
        """Closing without confirming: the code is lost for good, so ask first."""
        if self.confirm.isChecked():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close without the recovery code?"),
            self.tr(
                "The recovery code will not be shown again. Without it, a forgotten passphrase "
                "means the confidential notes are lost. Close anyway?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()


class UnlockDialog(WorkerDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, why: str = "") -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Unlock the vault"))
        intro = QLabel(why or self.tr("Enter the passphrase to read and write confidential notes."))
        intro.setWordWrap(True)
        self.passphrase = _password_field()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        forgot = QPushButton(self.tr("&Forgot the passphrase?"))
        forgot.setFlat(True)
        forgot.setAutoDefault(False)
        forgot.clicked.connect(self.forgot)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(forgot)
        row.addStretch(1)
        row.addWidget(self.button_box(self.tr("&Unlock")))
        self.busy_text = self.tr("Opening the vault…")
        self.add_busy_row(layout)
        layout.addLayout(row)
        self.fields = {"passphrase": self.passphrase}

    def work(self) -> Job:
        passphrase = self.passphrase.text()
        if not passphrase:
            raise ValidationError(self.tr("Please enter the passphrase."), field="passphrase")
        return lambda _progress: self.ws.vault.unlock(passphrase)

    def forgot(self) -> None:
        if RecoveryResetDialog(self.ws, self).exec():
            QDialog.accept(self)


class RecoveryResetDialog(WorkerDialog):
    """A forgotten passphrase: the recovery code and a new passphrase."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Reset the passphrase"))
        intro = QLabel(
            self.tr(
                "Type the recovery code from the recovery sheet (8 groups of 5 characters) and "
                "choose a new passphrase. The notes stay as they are, and so does the sheet."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("8 groups of 5 characters, as on the sheet"))
        self.code.setMinimumWidth(420)
        self.passphrase = _NewPassphrase()
        form = QFormLayout()
        form.addRow(self.tr("Recovery &code:"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        self.busy_text = self.tr("Setting the new passphrase: the notes get a new key…")
        self.add_busy_row(layout)
        layout.addWidget(self.button_box(self.tr("&Reset passphrase")))
        self.fields = {
            "recovery_code": self.code,
            "passphrase": self.passphrase.first,
            "repeat": self.passphrase.second,
        }

    def work(self) -> Job:
        from lernpartner_desktop.vault.crypto import parse_recovery_code

        value = self.passphrase.value()
        code = self.code.text()
        parse_recovery_code(code)  # a typo is named at once, before any work
        return lambda progress: self.ws.vault.reset_with_recovery_code(code, value, progress)


class ChangePassphraseDialog(WorkerDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        #: a new recovery code when the old one (from before schema 0006) could not be kept
        self.new_code: str | None = None
        self.setWindowTitle(self.tr("Change the passphrase"))
        intro = QLabel(
            self.tr(
                "Every note is encrypted again with a new key, so the old passphrase opens "
                "nothing written from now on. The recovery sheet stays valid."
            )
        )
        intro.setWordWrap(True)
        self.current = _password_field()
        self.passphrase = _NewPassphrase()
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        self.busy_text = self.tr("Changing the passphrase: the notes get a new key…")
        self.add_busy_row(layout)
        layout.addWidget(self.button_box(self.tr("&Change passphrase")))
        self.fields = {
            "current": self.current,
            "passphrase": self.passphrase.first,
            "repeat": self.passphrase.second,
        }
        self.setMinimumWidth(520)

    def work(self) -> Job:
        value = self.passphrase.value()
        if not value.strip():
            raise ValidationError(
                self.tr("Please enter a new passphrase; it cannot be empty."), field="repeat"
            )
        current = self.current.text()
        return lambda progress: self.ws.vault.change_passphrase(current, value, progress)

    def finished_work(self, result: object) -> None:
        self.new_code = result if isinstance(result, str) else None


class VaultSettingsDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lernpartner_desktop.core.settings import IDLE_MINUTES, LIMITS, RETENTION_DAYS

        self.ws = ws
        self.setWindowTitle(self.tr("Vault settings"))
        self.idle = QSpinBox()
        self.idle.setRange(*LIMITS[IDLE_MINUTES])
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(ws.settings.vault_idle_minutes())
        self.retention = QSpinBox()
        self.retention.setRange(*LIMITS[RETENTION_DAYS])
        plural_affixes(self.retention, lambda n: self.tr("%n day(s)", "", n))
        self.retention.setSpecialValueText(self.tr("keep"))
        self.retention.setValue(ws.settings.retention_days())
        form = QFormLayout()
        form.addRow(self.tr("&Lock after no use for:"), self.idle)
        form.addRow(self.tr("&Delete a partnership's gap notes after it ended:"), self.retention)
        note = QLabel(
            self.tr(
                "Gap notes of a completed or dissolved partnership are deleted this many days "
                "after it ended; 0 keeps them. A person's own gap notes are not affected."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.button_box())
        self.fields = {IDLE_MINUTES: self.idle, RETENTION_DAYS: self.retention}

    def save(self) -> None:
        from lernpartner_desktop.core.settings import IDLE_MINUTES, RETENTION_DAYS

        self.ws.settings.set_int(IDLE_MINUTES, self.idle.value())
        self.ws.settings.set_int(RETENTION_DAYS, self.retention.value())


def open_vault(parent: QWidget | None, ws: Workspace, why: str = "") -> bool:
    """Make the vault usable: set it up the first time, else ask for the passphrase.

    Returns whether it is unlocked now. Called before a confidential note is shown or written,
    and when a save met a locked vault (``FormDialog`` retries then).
    """
    if ws.vault.unlocked:
        return True
    if not ws.vault.exists():
        setup = SetUpVaultDialog(ws, parent)
        if not setup.exec() or setup.code is None:
            return False
        RecoveryCodeDialog(ws, setup.code, parent).exec()
        return True
    return bool(UnlockDialog(ws, parent, why).exec())


class VaultController(QObject):
    """Owns the idle timer, the status-bar button and the Vault menu's actions."""

    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.ready = False  # until the SQLAlchemy side is loaded (after start-up)
        self.idle_ms = 10 * 60 * 1000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle_lock)
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(self.tr("Vault"))
        self.button.clicked.connect(self.toggle)
        self.button.setText(self.tr("Vault"))
        self.button.setIcon(lock_icon())
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.watcher = ChangeBridge(ws, self, frozenset({"vault", "settings"}))
        self.watcher.changed.connect(lambda _areas: self.refresh())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.on_message: Callable[[str], None] = lambda _m: None

    def start(self) -> None:
        """After start-up: read the state and the idle time."""
        self.ready = True
        self.refresh()

    def refresh(self) -> None:
        if not self.ready:
            return
        # Clamped when read (core/settings.py): at most 8 hours, well inside Qt's int timer.
        self.idle_ms = self.ws.settings.vault_idle_minutes() * 60 * 1000
        state = self.ws.vault.state
        if state == "unlocked":
            self.button.setText(self.tr("Vault open"))
            self.button.setIcon(lock_icon(open_=True))
            self.button.setToolTip(
                self.tr("Confidential notes are readable. Click to lock (Ctrl+L).")
            )
            self.timer.start(self.idle_ms)
        else:
            self.timer.stop()
            if state == "locked":
                self.button.setText(self.tr("Vault locked"))
                self.button.setIcon(lock_icon())
                self.button.setToolTip(self.tr("Click to unlock the confidential notes."))
            else:
                self.button.setText(self.tr("Vault not set up"))
                self.button.setIcon(lock_icon())
                self.button.setToolTip(
                    self.tr("Set a passphrase to start writing confidential notes.")
                )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Any key or click counts as use and restarts the idle countdown.
        if event.type() in self.INPUT_EVENTS and self.timer.isActive():
            self.timer.start(self.idle_ms)
        return False

    def toggle(self) -> None:
        if not self.ready:
            return
        if self.ws.vault.unlocked:
            self.lock()
        else:
            self.unlock()

    def lock(self) -> None:
        if self.ready:
            self.ws.vault.lock()
            self.on_message(self.tr("The vault is locked."))

    def idle_lock(self) -> None:
        if self.ready and self.ws.vault.unlocked:
            self.ws.vault.lock()
            minutes = max(1, self.idle_ms // 60000)
            self.on_message(
                self.tr("The vault locked itself after %n minute(s) without use.", "", minutes)
            )

    def unlock(self) -> bool:
        if not self.ready:
            return False
        return open_vault(self.window, self.ws)

    def change_passphrase(self) -> None:
        if not self.ready:
            return
        if not self.ws.vault.exists():
            open_vault(self.window, self.ws)
            return
        dialog = ChangePassphraseDialog(self.ws, self.window)
        if not dialog.exec():
            return
        self.on_message(
            self.tr("Passphrase changed. Every note now has a new key; the recovery sheet stays.")
        )
        if dialog.new_code is not None:
            RecoveryCodeDialog(
                self.ws,
                dialog.new_code,
                self.window,
                why=self.tr(
                    "Your recovery sheet comes from an older Lernpartner and cannot be carried "
                    "over to the new key. This is the new recovery code: the old sheet no "
                    "longer works."
                ),
            ).exec()

    def new_recovery_code(self) -> None:
        if not self.ready:
            return
        if not self.ws.vault.exists():
            open_vault(self.window, self.ws)
            return
        dialog = NewRecoveryCodeDialog(self.ws, self.window)
        if dialog.exec() and dialog.code is not None:
            RecoveryCodeDialog(self.ws, dialog.code, self.window).exec()

    def settings(self) -> None:
        if self.ready and VaultSettingsDialog(self.ws, self.window).exec():
            self.on_message(self.tr("Vault settings saved."))

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
