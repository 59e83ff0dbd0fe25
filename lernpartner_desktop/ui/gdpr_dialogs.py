"""People page › Data protection: the access report of a person and their erasure."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError, VaultLocked
from lernpartner_desktop.core.erasure import ErasurePreview, ErasureResult, count_label
from lernpartner_desktop.ui.import_dialog import _ops_for
from lernpartner_desktop.ui.widgets import ErrorBanner, SectionTitle, show_error
from lernpartner_desktop.workspace import Workspace


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class AccessReportDialog(QDialog):
    """Write the access report (PDF) and the same content as JSON for one person."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        self.ops = _ops_for(parent, self)
        self.written: tuple[Path, Path] | None = None
        name = ws.people.get(person_id).name
        self.setWindowTitle(self.tr("Access report"))
        self.resize(640, 380)
        self.banner = ErrorBanner(self)
        intro = QLabel(
            self.tr(
                "Everything Lernpartner stores about %1: a PDF to hand over (access under Art. 15 "
                "GDPR) and the same content as a JSON file (a copy under Art. 20 GDPR). It also "
                "says why the data is kept and for how long."
            ).replace("%1", html.escape(name))
        )
        intro.setWordWrap(True)
        documents = Path.home() / "Documents"
        self.folder = QLineEdit(str(documents if documents.is_dir() else Path.home()))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAutoDefault(False)  # Enter runs the dialog's action, not the file chooser
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save in:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.confidential = QCheckBox(
            self.tr("Include &confidential notes: gap notes about them and their learning journal")
        )
        self.confidential.toggled.connect(self._confidential_toggled)
        warn = QLabel(
            self.tr(
                "Confidential notes are marked as such in the report. They need the vault "
                "to be open; hand the report only to the person themselves."
            )
        )
        warn.setWordWrap(True)
        warn.setStyleSheet("color: #8a1c1c")
        self.progress = _busy_bar()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("C&reate report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(SectionTitle(name))
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.confidential)
        layout.addWidget(warn)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

    def choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the access report"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def _confidential_toggled(self, on: bool) -> None:
        if on and not self.ws.vault.unlocked:
            from lernpartner_desktop.ui.vault_ui import open_vault

            if not open_vault(self, self.ws):
                self.confidential.setChecked(False)

    def create(self) -> None:
        folder = Path(self.folder.text().strip() or ".")
        confidential = self.confidential.isChecked()
        gdpr, company, person_id = self.ws.gdpr, self.ws.company, self.person_id
        from lernpartner_desktop.exchange.access import write_access_report

        def work() -> tuple[Path, Path]:  # on the database worker
            data = gdpr.access(person_id, confidential=confidential)
            return write_access_report(data, folder, company.get())

        self.create_button.setEnabled(False)
        self.progress.show()
        self.ops.run(work, self._done, self._failed)

    def _done(self, written: tuple[Path, Path]) -> None:
        self.written = written
        self.progress.hide()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.create_button.setEnabled(True)
        if isinstance(exc, VaultLocked):
            self.confidential.setChecked(False)
        if isinstance(exc, LernpartnerError):
            self.banner.show_message(exc.message())
        elif isinstance(exc, OSError):
            self.banner.show_message(
                self.tr("The report could not be saved: %1").replace("%1", exc.strerror or "")
            )
        else:
            show_error(self, exc)


class ErasureDialog(QDialog):
    """A preview of everything that goes, a confirmation, then the erasure on the worker."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        self.ops = _ops_for(parent, self)
        self.result_: ErasureResult | None = None
        self._erasing = False
        self.preview: ErasurePreview | None = None
        self.setWindowTitle(self.tr("Erase person"))
        self.resize(720, 620)
        self.banner = ErrorBanner(self)
        self.title = SectionTitle("")
        self.details = QLabel(self.tr("Collecting what is stored about them…"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        self.unlock_button = QPushButton(self.tr("&Unlock the vault…"))
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.unlock)
        self.unlock_button.hide()
        self.confirm = QCheckBox(self.tr("I understand that this &cannot be undone."))
        self.confirm.setEnabled(False)
        self.progress = _busy_bar()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #8a1c1c; }")
        self.erase_button.clicked.connect(self.erase)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter must never erase
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.progress.show()
        erasure, pid = self.ws.erasure, self.person_id
        self.ops.run(lambda: erasure.preview(pid), self._previewed, self._failed)

    def unlock(self) -> None:
        from lernpartner_desktop.ui.vault_ui import open_vault

        if open_vault(self, self.ws):
            self.load()

    def _previewed(self, pv: ErasurePreview) -> None:
        self.progress.hide()
        self.preview = pv
        self.title.setText(self.tr("Erase %1 completely?").replace("%1", pv.name))
        e = html.escape
        parts = [
            "<p>"
            + e(
                self.tr(
                    "Everything stored about them is deleted in one step, so that the app no "
                    "longer holds their name, e-mail or any record of theirs. This cannot be "
                    "undone."
                )
            )
            + "</p>",
            "<p><b>" + e(self.tr("What is deleted or cleared:")) + "</b></p><ul>",
        ]
        lines = [(count_label(k), n) for k, n in pv.counts.items() if n]
        parts += [f"<li>{e(label)}: {n}</li>" for label, n in lines]
        record = self.tr("Their record: name, contact and master data")
        parts.append(f"<li>{e(record)}</li></ul>")
        if pv.programs:
            parts.append(
                "<p>"
                + e(self.tr("They leave these programs:"))
                + " "
                + e(", ".join(pv.programs))
                + "</p>"
            )
        if pv.partnerships:
            parts.append("<p><b>" + e(self.tr("Partnerships")) + "</b></p><ul>")
            for fate in pv.partnerships:
                others = ", ".join(fate.partners) or "–"
                how = (
                    self.tr("ends today; the partner keeps it with “former participant”")
                    if fate.ends_now
                    else self.tr("stays; they appear as “former participant”")
                )
                parts.append(f"<li>{e(fate.program)} ({e(others)}): {e(how)}</li>")
            parts.append("</ul>")
        if pv.mentions:
            parts.append(
                "<p>"
                + e(
                    self.tr(
                        "Their name or e-mail appears in %n text(s) of others (a meeting place, "
                        "a goal, a note); it is replaced by “former participant”.",
                        "",
                        pv.mentions,
                    )
                )
                + "</p>"
            )
        if pv.unchecked_sealed:
            parts.append(
                "<p style='color:#8a1c1c'>"
                + e(
                    self.tr(
                        "The vault is locked: %n confidential text(s) of others cannot be "
                        "checked for their name. Unlock the vault to replace it there too.",
                        "",
                        pv.unchecked_sealed,
                    )
                )
                + "</p>"
            )
        parts.append(
            "<p><b>"
            + e(self.tr("Backups"))
            + "</b><br>"
            + e(
                self.tr(
                    "Backups made before today still contain this person. They disappear only "
                    "when those backups are deleted or replaced by newer ones."
                )
            )
        )
        copies = list(self.ws.folder.glob(f"{self.ws.db_path.name}.before-*.bak"))
        if copies:
            parts.append(
                " "
                + e(
                    self.tr(
                        "The data folder also keeps %n copy(ies) from before an update of "
                        "Lernpartner that still contain them.",
                        "",
                        len(copies),
                    )
                )
            )
        parts.append("</p>")
        self.details.setText("".join(parts))
        self.unlock_button.setVisible(bool(pv.unchecked_sealed))
        self.confirm.setEnabled(True)

    def erase(self) -> None:
        if not self.confirm.isChecked():
            return
        self.confirm.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.progress.show()
        self._erasing = True
        erasure, pid = self.ws.erasure, self.person_id
        self.ops.run(lambda: erasure.erase(pid), self._erased, self._failed)

    def _erased(self, result: ErasureResult) -> None:
        self._erasing = False
        self.result_ = result
        self.progress.hide()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._erasing = False
        self.progress.hide()
        self.confirm.setEnabled(self.preview is not None)
        self.erase_button.setEnabled(self.confirm.isChecked())
        if isinstance(exc, LernpartnerError):
            self.banner.show_message(exc.message())
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if self._erasing:
            return  # one transaction under way: let it finish
        super().reject()
