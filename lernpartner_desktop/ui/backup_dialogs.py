"""Backing up to a USB stick, and restoring from a backup.

``open_restore_dialog(parent, ws_or_folder)`` is the entry for File › Restore from backup…
and for "Restore from a backup" on an empty first start. Both dialogs run their work on the
database worker with a busy bar (backup/service.py); nothing of the open data changes until
the owner has seen what the backup holds and confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError, RestoreFailed
from lernpartner_desktop.ui.backup_ui import size_text
from lernpartner_desktop.ui.operations import shared_operations
from lernpartner_desktop.ui.widgets import ErrorBanner, fmt_when, grow_to_fit, show_error
from lernpartner_desktop.workspace import Workspace

if TYPE_CHECKING:
    from lernpartner_desktop.backup.archive import ArchiveInfo
    from lernpartner_desktop.backup.restore import Staged
    from lernpartner_desktop.backup.service import BackupResult

Job = Callable[[Callable[[int, int], None]], object]


def ensure_vault(parent: QWidget | None, ws: Workspace) -> bool:
    """Backups are always encrypted: without a vault, set one up first (passphrase, then the
    recovery sheet). Returns whether a backup can be made now."""
    if ws.vault.exists():
        return True
    answer = QMessageBox.question(
        parent,
        QGuiApplication.translate("BackupDialogs", "Backups are encrypted"),
        QGuiApplication.translate(
            "BackupDialogs",
            "Backups are always encrypted, so that a lost stick reveals nothing. Choose a "
            "passphrase for the vault first; you then get a recovery code to keep in a safe "
            "place. With the passphrase or the recovery code, a backup restores on any PC.",
        ),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return False
    from lernpartner_desktop.ui.vault_ui import open_vault

    return open_vault(parent, ws) and ws.vault.exists()


class BusyDialog(QDialog):
    """A dialog whose work runs on the database worker: inputs disabled, a busy bar with
    progress, the error in the banner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.banner = ErrorBanner(self)
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.inputs: list[QWidget] = []

    def run(
        self,
        busy_text: str,
        job: Job,
        done: Callable[[object], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        self.banner.clear_message()
        self._set_running(True, busy_text)

        def finished(result: object) -> None:
            self._set_running(False)
            done(result)

        def error(exc: Exception) -> None:
            self._set_running(False)
            (failed or self.show_failure)(exc)

        shared_operations().run(job, on_done=finished, on_error=error, on_progress=self._progress)

    def show_failure(self, exc: Exception) -> None:
        if isinstance(exc, LernpartnerError):
            self.banner.show_message(exc.message())
            self.adjustSize()
        else:
            show_error(self, exc)

    def _set_running(self, running: bool, text: str = "") -> None:
        self.running = running
        for widget in self.inputs:
            widget.setEnabled(not running)
        self.busy_bar.setRange(0, 0)
        self.busy_label.setText(text)
        self.busy_label.setVisible(running)
        self.busy_bar.setVisible(running)
        if running:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def reject(self) -> None:
        if not self.running:  # the job finishes first; its result must not be lost
            super().reject()


def in_kib(progress: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """Qt's signal carries 32-bit ints: report kilobytes, so that 1 GB and more fit."""
    return lambda done, total: progress(done // 1024, max(1, total // 1024))


# -- back up to a stick ---------------------------------------------------------------------------


class StickBackupDialog(BusyDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result: BackupResult | None = None
        self.setWindowTitle(self.tr("Back up to USB stick"))
        intro = QLabel(
            self.tr(
                "The backup is encrypted: without the passphrase or the recovery code, a lost "
                "stick reveals nothing. It is read back and checked on the stick before it "
                "counts."
            )
        )
        intro.setWordWrap(True)
        self.targets = QListWidget()
        self.targets.setAccessibleName(self.tr("Where to"))
        self.targets.setMinimumHeight(110)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.find_drives)
        other = QPushButton(self.tr("&Other folder…"))
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addWidget(other)
        row.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = self.buttons.addButton(
            self.tr("&Back up"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start.setDefault(True)
        self.start.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Where to:")))
        layout.addWidget(self.targets)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.inputs = [self.targets, refresh, other, self.start, self.buttons]
        self.setMinimumWidth(560)
        self.targets.currentRowChanged.connect(lambda _row: self._update_start())
        self.find_drives()

    def find_drives(self) -> None:
        from lernpartner_desktop.backup.drives import removable_drives
        from lernpartner_desktop.backup.service import stick_folder

        chosen = self.chosen()
        self.targets.clear()
        for drive in removable_drives():
            free = (
                self.tr("%s free").replace("%s", size_text(drive.free))
                if drive.free is not None
                else ""
            )
            label = f"{drive.label} ({drive.path})" + (f" – {free}" if free else "")
            self._add(label, stick_folder(drive.path))
        if self.targets.count() == 0:
            item = QListWidgetItem(
                self.tr("No USB stick found. Plug one in and press Refresh, or choose a folder.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.targets.addItem(item)
        elif chosen is None:
            self.targets.setCurrentRow(0)
        if chosen is not None:
            self.select_folder(chosen)
        self._update_start()

    def _add(self, label: str, folder: Path) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        item.setToolTip(self.tr("Backups go to %s").replace("%s", str(folder)))
        self.targets.addItem(item)
        return item

    def choose_folder(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into this folder"), start)
        if folder:
            self.select_folder(Path(folder))

    def select_folder(self, folder: Path) -> None:
        for row in range(self.targets.count()):
            if self.targets.item(row).data(Qt.ItemDataRole.UserRole) == str(folder):
                self.targets.setCurrentRow(row)
                return
        item = self._add(str(folder), folder)
        self.targets.setCurrentItem(item)

    def chosen(self) -> Path | None:
        item = self.targets.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def _update_start(self) -> None:
        self.start.setEnabled(self.chosen() is not None and not self.running)

    def back_up(self) -> None:
        folder = self.chosen()
        if folder is None or self.running:
            return
        self.outcome.hide()
        ws = self.ws
        self.run(
            self.tr("Writing the backup and checking it on the stick…"),
            lambda progress: ws.backups.to_removable(folder, in_kib(progress)),
            self._done,
        )

    def _done(self, result: object) -> None:
        assert not isinstance(result, Exception)
        self.result = result  # type: ignore[assignment]
        r: BackupResult = result  # type: ignore[assignment]
        text = (
            self.tr("Backup checked on the stick: %1 (%2) in %3.")
            .replace("%1", r.path.name)
            .replace("%2", size_text(r.size))
            .replace("%3", str(r.path.parent))
        )
        text += " " + self.tr("%n backup(s) of this data are kept there.", "", r.kept)
        if r.removed:
            text += " " + self.tr("%n older one(s) removed.", "", len(r.removed))
        self.outcome.setText("✔ " + text)
        self.outcome.setStyleSheet("color: #1a7f37;")
        self.outcome.show()
        self._update_start()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


# -- restore ---------------------------------------------------------------------------------------


def _default_backup_folder(ws: Workspace) -> str:
    from lernpartner_desktop.backup.drives import removable_drives
    from lernpartner_desktop.backup.service import stick_folder

    for drive in removable_drives():
        folder = stick_folder(drive.path)
        if folder.is_dir():
            return str(folder)
    default = ws.backups.default_folder()
    return str(default if default.is_dir() else Path.home())


class RestoreDialog(BusyDialog):
    """Choose the file and the secret; see what the backup holds; confirm."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        before_swap: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.before_swap = before_swap
        self.staged: Staged | None = None
        self.info: ArchiveInfo | None = None
        #: the workspace after the restore (or the old one, when the window must rebuild)
        self.new_ws: Workspace | None = None
        self.outcome_text = ""
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.back = QPushButton(self.tr("&Back"))
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("&Check backup"))
        self.next.setDefault(True)
        self.next.clicked.connect(self.forward)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addLayout(buttons)
        self.inputs = [self.pages, self.back, self.next, cancel]
        self.setMinimumWidth(680)
        self._show_page(0)

    # -- page 1: file and secret ---------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose a backup file (.lpbackup) on a USB stick or in the backup folder. "
                "Nothing changes until you have seen what it holds and confirmed."
            )
        )
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        self.file.editingFinished.connect(self.read_header)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: palette(mid);")
        self.use_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.use_code = QRadioButton(self.tr("Recovery &code"))
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_code)
        group.buttonToggled.connect(lambda *_: self._secret_kind_changed())
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_passphrase)
        kinds.addWidget(self.use_code)
        kinds.addStretch(1)
        self.secret = QLineEdit()
        self.secret.setAccessibleName(self.tr("Passphrase or recovery code"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_hint = hint = QLabel(
            self.tr(
                "A backup opens with the passphrase that was valid when it was made, or with "
                "the recovery code (unless a new recovery code was made since). Today's "
                "passphrase also opens older backups on this PC, and on a new PC when a "
                "newer backup of the same data lies in the same folder."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(intro, 0, 0, 1, 2)
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.file)
        grid.addWidget(file_label, 1, 0)
        grid.addLayout(file_row, 1, 1)
        grid.addWidget(self.about, 2, 1)
        grid.addWidget(QLabel(self.tr("Open with:")), 3, 0)
        grid.addLayout(kinds, 3, 1)
        grid.addWidget(self.secret, 4, 1)
        grid.addWidget(hint, 5, 1)
        grid.setRowStretch(6, 1)
        return page

    def _secret_kind_changed(self) -> None:
        code = self.use_code.isChecked()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            self.tr("8 groups of 5 characters, as on the sheet") if code else ""
        )
        self.secret.clear()
        self.secret.setFocus()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            _default_backup_folder(self.ws),
            self.tr("Lernpartner backups (*.lpbackup);;All files (*)"),
        )
        if path:
            self.file.setText(path)
            self.read_header()
            self.secret.setFocus()

    def read_header(self) -> bool:
        """Read the plain header (a few KB: on the GUI thread) and say what the file is."""
        from lernpartner_desktop.backup.archive import read_info

        self.info = None
        self.about.clear()
        text = self.file.text().strip()
        if not text:
            return False
        self.banner.clear_message()
        try:
            info = read_info(Path(text))
        except LernpartnerError as exc:
            self.banner.show_message(exc.message())
            return False
        self.info = info
        m = info.manifest
        self.about.setText(
            self.tr("Made %1 with Lernpartner %2: %3, %4, %5; %6.")
            .replace("%1", fmt_when(m.created.astimezone()))
            .replace("%2", m.app_version)
            .replace("%3", self.tr("%n person(s)", "", m.people))
            .replace("%4", self.tr("%n program(s)", "", m.programs))
            .replace("%5", self.tr("%n partnership(s)", "", m.partnerships))
            .replace("%6", size_text(info.file_size))
        )
        self._fit_page()
        return True

    # -- page 2: what it holds -------------------------------------------------------------------
    def _preview_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("What the backup holds"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(24)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px;"
            " padding: 6px 8px; }"
        )
        self.old_box = QWidget()
        self.old_text = QLabel()
        self.old_text.setWordWrap(True)
        self.old_secret = QLineEdit()
        self.old_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_secret.setAccessibleName(self.tr("Recovery code or that day's passphrase"))
        self.old_secret.setPlaceholderText(self.tr("Recovery code or that day's passphrase"))
        old_layout = QVBoxLayout(self.old_box)
        old_layout.setContentsMargins(0, 0, 0, 0)
        old_layout.addWidget(self.old_text)
        old_layout.addWidget(self.old_secret)
        self.keep_note = QLabel()
        self.keep_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(self.table)
        layout.addSpacing(6)
        layout.addWidget(self.warnings)
        layout.addWidget(self.old_box)
        layout.addSpacing(6)
        layout.addWidget(self.keep_note)
        layout.addStretch(1)
        return page

    def _fill_preview(self, staged: Staged, now: dict[str, object]) -> None:
        while self.table.count():
            item = self.table.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        m, f = staged.info.manifest, staged.facts
        rows = [
            ("", self.tr("Backup"), self.tr("Now")),
            (self.tr("Made"), fmt_when(m.created.astimezone()), ""),
            (self.tr("Lernpartner version"), m.app_version, str(now["version"])),
            (self.tr("Company"), f.company or "–", str(now["company"] or "–")),
            (self.tr("People"), str(f.people), str(now["people"])),
            (self.tr("Programs"), str(f.programs), str(now["programs"])),
            (self.tr("Partnerships"), str(f.partnerships), str(now["partnerships"])),
            (
                self.tr("Journal entries and gap notes"),
                str(f.sealed_records),
                str(now["sealed"]),
            ),
        ]
        for r, (label, backup, current) in enumerate(rows):
            for c, text in enumerate((label, backup, current)):
                cell = QLabel(text)
                if r == 0 or c == 0:
                    font = cell.font()
                    font.setBold(r == 0)
                    cell.setFont(font)
                self.table.addWidget(cell, r, c)
        warnings = []
        if now["database_id"] and now["database_id"] != m.database_id and not now["empty"]:
            warnings.append(
                self.tr("This backup comes from another database than the one open now.")
            )
        if f.schema is not None and str(now["schema"]) != f.schema:
            warnings.append(
                self.tr(
                    "It was made by an older version of Lernpartner and is updated when opened."
                )
            )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        day = fmt_when(m.created.astimezone())
        need_old = staged.notes_need_old_secret and staged.opened.secret.kind == "passphrase"
        self.old_box.setVisible(need_old)
        self.old_secret.clear()
        if need_old:
            self.old_text.setText(
                self.tr(
                    "Today's passphrase opened this backup through a newer key. The "
                    "confidential notes inside are still protected by the passphrase of %1. "
                    "Enter the recovery code or that passphrase to open them with today's "
                    "passphrase; or leave it empty and use it later."
                ).replace("%1", day)
            )
        if now["empty"]:
            self.keep_note.setText(self.tr("The data here is empty; nothing is replaced."))
        else:
            self.keep_note.setText(
                self.tr(
                    "Restoring replaces all data here. The current data is kept as a backup "
                    "first, in %1."
                ).replace("%1", str(self.ws.backups.folder()[0]))
            )

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back.setVisible(index == 1)
        self.next.setText(self.tr("&Check backup") if index == 0 else self.tr("&Replace the data"))
        self.adjustSize()
        self._fit_page()

    def _page_height(self) -> None:
        """QStackedWidget does not pass on its page's height for a width: the page's wrapped
        labels were squeezed (the hint under the passphrase ran over the field)."""
        page = self.pages.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is not None and layout.hasHeightForWidth() and self.pages.width() > 0:
            layout.activate()
            self.pages.setMinimumHeight(layout.totalHeightForWidth(self.pages.width()))

    def _fit_page(self) -> None:
        self._page_height()
        grow_to_fit(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._page_height()

    # -- steps -------------------------------------------------------------------------------------
    def forward(self) -> None:
        if self.running:
            return
        if self.pages.currentIndex() == 0:
            self.check()
        else:
            self.confirm()

    def check(self) -> None:
        from lernpartner_desktop.backup.restore import Secret

        if self.info is None and not self.read_header():
            if not self.file.text().strip():
                self.banner.show_message(self.tr("Please choose a backup file."))
            self.file.setFocus()
            return
        value = self.secret.text()
        if not value.strip():
            self.banner.show_message(
                self.tr("Please enter the recovery code.")
                if self.use_code.isChecked()
                else self.tr("Please enter the passphrase.")
            )
            self.secret.setFocus()
            return
        kind = "recovery_code" if self.use_code.isChecked() else "passphrase"
        secret = Secret(kind, value)  # type: ignore[arg-type]
        path = Path(self.file.text().strip())
        ws = self.ws

        def job(progress: Callable[[int, int], None]) -> object:
            size = path.stat().st_size
            staged = ws.backups.stage_restore(path, secret, lambda d: progress(d, size))
            return staged, _current(ws)

        self.run(self.tr("Opening the backup and checking every part…"), job, self._checked)

    def _checked(self, result: object) -> None:
        staged, now = result  # type: ignore[misc]
        self.staged = staged
        self._fill_preview(staged, now)
        self._show_page(1)
        if now["empty"]:
            self.next.setText(self.tr("&Restore"))

    def go_back(self) -> None:
        self._discard()
        self.banner.clear_message()
        self._show_page(0)

    def confirm(self) -> None:
        from lernpartner_desktop.backup.restore import Secret, check_old_secret

        staged = self.staged
        if staged is None:
            return
        if not self.ws.is_empty() and not ensure_vault(self, self.ws):
            return
        old: Secret | None = None
        typed = self.old_secret.text().strip() if self.old_box.isVisible() else ""
        if typed:
            old = _code_or_passphrase(typed)
        ws = self.ws

        def keep(progress: Callable[[int, int], None]) -> object:
            if old is not None:
                check_old_secret(staged, old)
            return ws.backups.keep_before_restore(in_kib(progress))

        self.run(self.tr("Keeping the current data as a backup…"), keep, lambda _r: self._swap(old))

    def _swap(self, old: object) -> None:
        staged = self.staged
        assert staged is not None
        if self.before_swap is not None:
            self.before_swap()
        ws = self.ws

        def swap(_progress: Callable[[int, int], None]) -> object:
            return ws.backups.finish_restore(
                staged,
                old_secret=old,  # type: ignore[arg-type]
                keep_current=False,
            )

        self.run(self.tr("Putting the backup in place…"), swap, self._restored, self._swap_failed)

    def _restored(self, result: object) -> None:
        assert isinstance(result, Workspace) and self.staged is not None
        self.new_ws = result
        self.outcome_text = self._vault_sentence(self.staged)
        self.staged = None
        self.accept()

    def _swap_failed(self, exc: Exception) -> None:
        # Nothing was replaced; the window rebuilds on the workspace it has (restored or not).
        self.new_ws = getattr(exc, "workspace", None) or self.ws
        self._discard()
        show_error(self, exc, self.tr("Restore"))
        if isinstance(exc, RestoreFailed) or self.before_swap is not None:
            self.accept()

    def _vault_sentence(self, staged: Staged) -> str:
        day = fmt_when(staged.info.manifest.created.astimezone())
        done = self.tr("The backup of %1 is restored.").replace("%1", day)
        if staged.facts.vault is None:
            return done
        via, kind = staged.opened.via, staged.opened.secret.kind
        if via == "own" and kind == "passphrase":
            return done + " " + self.tr("The confidential notes open with the same passphrase.")
        if via != "own" and self.old_secret.text().strip():
            return done + " " + self.tr("The confidential notes open with today's passphrase.")
        return (
            done
            + " "
            + self.tr(
                "The confidential notes open with the passphrase of %1, or choose a new "
                "passphrase with the recovery code: Vault › Unlock › Forgot the passphrase?"
            ).replace("%1", day)
        )

    def _discard(self) -> None:
        from lernpartner_desktop.backup.restore import discard

        if self.staged is not None:
            discard(self.staged)
            self.staged = None

    def reject(self) -> None:
        if self.running:
            return
        self._discard()
        super().reject()


def _current(ws: Workspace) -> dict[str, object]:
    """What the open database holds, for the comparison (on the worker)."""
    from lernpartner_desktop import __version__
    from lernpartner_desktop.backup.snapshot import facts

    f = facts(ws.db_path)
    return {
        "version": __version__,
        "company": f.company,
        "people": f.people,
        "programs": f.programs,
        "partnerships": f.partnerships,
        "sealed": f.sealed_records,
        "database_id": f.database_id,
        "schema": f.schema,
        "empty": ws.is_empty(),
    }


def _code_or_passphrase(typed: str) -> object:
    from lernpartner_desktop.backup.restore import Secret
    from lernpartner_desktop.base.errors import RecoveryCodeInvalid
    from lernpartner_desktop.vault.crypto import parse_recovery_code

    try:
        parse_recovery_code(typed)
    except RecoveryCodeInvalid:
        return Secret("passphrase", typed)
    return Secret("recovery_code", typed)


def open_restore_dialog(
    parent: QWidget | None,
    ws_or_folder: Workspace | Path,
    *,
    before_swap: Callable[[], None] | None = None,
) -> Workspace | None:
    """Restore from a backup. Returns the workspace to go on with (the restored one; or the
    one given, when the caller's window had been quiesced by ``before_swap`` and the restore
    failed), or None when nothing happened. With a folder instead of a workspace (no window
    open yet), the folder is opened here; the returned workspace belongs to the caller."""
    if isinstance(ws_or_folder, Workspace):
        ws, owned = ws_or_folder, False
    else:
        try:
            ws, owned = Workspace.open(ws_or_folder), True
        except LernpartnerError as exc:
            show_error(parent, exc)
            return None
    dialog = RestoreDialog(ws, parent, before_swap)
    accepted = dialog.exec()
    new = dialog.new_ws if accepted else None
    if new is None:
        if owned:
            ws.close()
        return None
    if dialog.outcome_text:
        QMessageBox.information(
            parent, QGuiApplication.translate("RestoreDialog", "Restore"), dialog.outcome_text
        )
    return new

