"""Backup settings as a page of its own (it can be a tab of the Settings dialog) and as a
small dialog behind File › Backup › Backup settings…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.backup.settings import LIMITS, BackupSettings
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.workspace import Workspace


def _spin(name: str, suffix: str = "") -> QSpinBox:
    _default, low, high = LIMITS[name]
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(110)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


class BackupSettingsPage(QWidget):
    """:meth:`load` fills it from the workspace, :meth:`save` writes it (raising the core's
    ValidationError, whose ``field`` names a key of :attr:`fields`)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(ws.backups.default_folder()))
        self.folder.setAccessibleName(self.tr("Folder for automatic backups"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        reset = QPushButton(self.tr("&Default"))
        reset.setAutoDefault(False)
        reset.clicked.connect(self.folder.clear)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(reset)
        self.interval = _spin("interval_minutes", self.tr(" min"))
        self.daily = _spin("keep_daily")
        self.weekly = _spin("keep_weekly")
        self.monthly = _spin("keep_monthly")
        self.removable_keep = _spin("removable_keep")
        self.remind = _spin("remind_days", self.tr(" days"))
        self.remind.setSpecialValueText(self.tr("never"))
        folder_label = QLabel(self.tr("&Folder for automatic backups:"))
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.tr("&Automatic backup every (if something changed):"), self.interval)
        form.addRow(self.tr("Keep one per day for the last:"), self._days(self.daily))
        form.addRow(self.tr("then one per week for:"), self._weeks(self.weekly))
        form.addRow(self.tr("then one per month for:"), self._months(self.monthly))
        form.addRow(self.tr("On a USB stick, &keep the last:"), self.removable_keep)
        form.addRow(self.tr("&Remind me of the USB stick after:"), self.remind)
        note = QLabel(
            self.tr(
                "Automatic backups are made when Lernpartner closes and at the interval above, "
                "each time only if something changed; every backup of today and yesterday is "
                "kept. A folder that is missing on this PC is replaced by the default one."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.fields: dict[str, QWidget] = {
            "folder": self.folder,
            "interval_minutes": self.interval,
            "keep_daily": self.daily,
            "keep_weekly": self.weekly,
            "keep_monthly": self.monthly,
            "removable_keep": self.removable_keep,
            "remind_days": self.remind,
        }

    def _with(self, spin: QSpinBox, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addWidget(QLabel(unit))
        row.addStretch(1)
        return box

    def _days(self, spin: QSpinBox) -> QWidget:
        return self._with(spin, self.tr("days with a backup"))

    def _weeks(self, spin: QSpinBox) -> QWidget:
        return self._with(spin, self.tr("weeks"))

    def _months(self, spin: QSpinBox) -> QWidget:
        return self._with(spin, self.tr("months"))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(self.ws.backups.default_folder().parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if folder:
            self.folder.setText(folder)

    def load(self) -> None:
        s = self.ws.backups.settings()
        self.folder.setText(s.folder)
        self.interval.setValue(s.interval_minutes)
        self.daily.setValue(s.keep_daily)
        self.weekly.setValue(s.keep_weekly)
        self.monthly.setValue(s.keep_monthly)
        self.removable_keep.setValue(s.removable_keep)
        self.remind.setValue(s.remind_days)

    def values(self) -> BackupSettings:
        folder = self.folder.text().strip()
        if folder and Path(folder).expanduser() == self.ws.backups.default_folder():
            folder = ""
        return BackupSettings(
            folder=folder,
            keep_daily=self.daily.value(),
            keep_weekly=self.weekly.value(),
            keep_monthly=self.monthly.value(),
            interval_minutes=self.interval.value(),
            removable_keep=self.removable_keep.value(),
            remind_days=self.remind.value(),
        )

    def save(self) -> None:
        self.ws.backups.save_settings(self.values())


class BackupSettingsDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Backup settings"))
        self.page = BackupSettingsPage(ws)
        self.page.load()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.page)
        layout.addWidget(self.button_box())
        self.fields = self.page.fields
        self.setMinimumWidth(640)

    def save(self) -> None:
        self.page.save()
