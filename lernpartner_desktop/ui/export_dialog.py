"""File › Export…: everything for Excel, as one workbook or as CSV files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.ui.import_dialog import _ops_for
from lernpartner_desktop.ui.widgets import ErrorBanner, show_error
from lernpartner_desktop.workspace import Workspace


class ExportDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ops = _ops_for(parent, self)
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export for Excel"))
        self.resize(620, 330)
        self.banner = ErrorBanner(self)
        intro = QLabel(
            self.tr(
                "Exports people, programs, participations, partnerships with phases, goals and "
                "learning packages, and meetings. Confidential notes (gap notes, learning "
                "journal, comments) are never exported."
            )
        )
        intro.setWordWrap(True)
        self.xlsx = QRadioButton(self.tr("One Excel &workbook (.xlsx), one sheet per table"))
        self.csv = QRadioButton(self.tr("&CSV files for Excel (one file per table, in a folder)"))
        self.xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.csv)
        stamp = dt.date.today().isoformat()
        documents = Path.home() / "Documents"
        folder = documents if documents.is_dir() else Path.home()
        self._defaults = {
            True: str(folder / f"Lernpartner {stamp}.xlsx"),
            False: str(folder / f"Lernpartner {stamp}"),
        }
        self.target = QLineEdit(self._defaults[True])
        self.target.setAccessibleName(self.tr("Save to"))
        self.xlsx.toggled.connect(self._format_changed)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAutoDefault(False)  # Enter runs the dialog's action, not the file chooser
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save to:")))
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addWidget(self.xlsx)
        layout.addWidget(self.csv)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _format_changed(self, xlsx: bool) -> None:
        if self.target.text() == self._defaults[not xlsx]:
            self.target.setText(self._defaults[xlsx])

    def choose(self) -> None:
        if self.xlsx.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the workbook"), self.target.text(), self.tr("Excel (*.xlsx)")
            )
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the CSV files"), str(Path(self.target.text()).parent)
            )
        if path:
            self.target.setText(path)

    def export(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.banner.show_message(self.tr("Please choose where to save the export."))
            return
        from lernpartner_desktop.exchange.export import collect, write_csv, write_xlsx

        target = Path(text)
        xlsx = self.xlsx.isChecked()
        if xlsx and target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        if xlsx and not target.parent.is_dir():
            self.banner.show_message(
                self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
            )
            return
        db = self.ws.db

        def work(report):  # type: ignore[no-untyped-def]  # on the database worker
            sheets = collect(db)
            if xlsx:
                write_xlsx(sheets, target, report)
                return [target]
            return write_csv(sheets, target)

        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.ops.run(work, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, written: list[Path]) -> None:
        self.written = written
        self.progress.hide()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(exc, OSError):
            self.banner.show_message(
                self.tr("The export could not be saved: %1").replace("%1", exc.strerror or str(exc))
            )
        elif isinstance(exc, LernpartnerError):
            self.banner.show_message(exc.message())
        else:
            show_error(self, exc)
