"""Create or edit a program: a learning format with its settings and defaults."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.i18n import translate
from lernpartner_desktop.core.formats import FORMATS, TENSION_FIELDS, tension_label
from lernpartner_desktop.core.records import ProgramInput
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.format_help import help_html, side_help
from lernpartner_desktop.ui.widgets import (
    date_edit,
    fit_to_screen,
    from_qdate,
    narrow_combo,
    plural_affixes,
    to_qdate,
)
from lernpartner_desktop.workspace import Workspace


class ProgramDialog(FormDialog):
    def __init__(
        self, ws: Workspace, program_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.program_id = program_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New program") if program_id is None else self.tr("Edit program")
        )

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Reverse mentoring 2027"))
        self.format = QComboBox()
        for f in FORMATS.values():
            self.format.addItem(f.display_name(), f.key)
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setStyleSheet("color: palette(mid);")
        self.start = date_edit()
        self.has_end = QCheckBox(self.tr("until"))
        self.has_end.setChecked(True)
        self.end = date_edit(QDate.currentDate().addMonths(9))
        self.has_end.toggled.connect(self.end.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.has_end)
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 12)
        plural_affixes(self.cadence, lambda n: self.tr("every %n week(s)", "", n))
        self.group_size = QSpinBox()
        self.group_size.setRange(2, 30)
        self.group_size.setSuffix(self.tr(" people"))
        self.tension: dict[str, QComboBox] = {}
        tension_box = QGroupBox(self.tr("How the program is run"))
        tension_form = QFormLayout(tension_box)
        labels = {
            "participation": self.tr("Participation:"),
            "content": self.tr("Content:"),
            "steering": self.tr("Organisation:"),
            "hierarchy": self.tr("Pairs:"),
        }
        for fld, options in TENSION_FIELDS.items():
            box = QComboBox()
            for i, value in enumerate(options):
                box.addItem(tension_label(fld, value), value)
                box.setItemData(i, side_help(fld, value), Qt.ItemDataRole.ToolTipRole)
            box.currentIndexChanged.connect(self._show_help)
            self.tension[fld] = box
            tension_form.addRow(labels[fld], box)
        # Beside the form: what the chosen format is for and what each chosen side means.
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setMargin(8)
        self.help.setAccessibleName(self.tr("About this format"))
        help_scroll = QScrollArea()
        help_scroll.setWidget(self.help)
        help_scroll.setWidgetResizable(True)
        help_scroll.setMinimumWidth(260)
        self.facilitator = QComboBox()
        self.facilitator.addItem(self.tr("(none)"), None)
        for pid, label in ws.people.choices():
            self.facilitator.addItem(label, pid)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.format_help)
        form.addRow(self.tr("Runs from:"), dates)
        form.addRow(self.tr("&Meetings:"), self.cadence)
        form.addRow(self.tr("Max. &group size:"), self.group_size)
        form.addRow(self.tr("F&acilitator:"), self.facilitator)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = self.button_box()
        guide = buttons.addButton(QDialogButtonBox.StandardButton.Help)
        guide.setAutoDefault(False)
        guide.setToolTip(self.tr("The guide to learning formats (F1)"))
        buttons.helpRequested.connect(self.show_guide)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_guide)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(tension_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(help_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        narrow_combo(self.facilitator, 16)
        fit_to_screen(self, 880, 600)
        self.fields = {
            "name": self.name,
            "format": self.format,
            "end_date": self.end,
            "start_date": self.start,
            "cadence": self.cadence,
            "max_group_size": self.group_size,
            **self.tension,
        }
        self.format.currentIndexChanged.connect(self._format_changed)
        if program_id is not None:
            self._load(program_id)
        else:
            self._format_changed()
        self.name.setFocus()

    def _format_changed(self) -> None:
        """Apply the chosen format's defaults; the user may change each one afterwards."""
        f = FORMATS[self.format.currentData()]
        self.format_help.setText(translate("Formats", f.description))
        self.cadence.setValue(f.cadence_weeks)
        self.group_size.setValue(f.max_group_size)
        self.group_size.setEnabled(f.is_group)
        for fld, box in self.tension.items():
            box.setCurrentIndex(box.findData(getattr(f, fld)))
        self._show_help()

    def _show_help(self) -> None:
        key = self.format.currentData()
        if key in FORMATS:
            chosen = {fld: box.currentData() for fld, box in self.tension.items()}
            self.help.setText(help_html(key, chosen))

    def show_guide(self) -> QDialog:
        from lernpartner_desktop.ui.help_dialog import show_help

        return show_help(self, "formats")

    def _load(self, program_id: int) -> None:
        p = self.ws.programs.get(program_id)
        self.name.setText(p.name)
        self.format.blockSignals(True)
        self.format.setCurrentIndex(self.format.findData(p.format))
        self.format.blockSignals(False)
        f = FORMATS[p.format]
        self.format_help.setText(translate("Formats", f.description))
        self.group_size.setEnabled(f.is_group)
        self.start.setDate(to_qdate(p.start_date))
        self.has_end.setChecked(p.end_date is not None)
        if p.end_date:
            self.end.setDate(to_qdate(p.end_date))
        self.cadence.setValue(p.cadence_weeks or f.cadence_weeks)
        self.group_size.setValue(p.max_group_size)
        for fld, box in self.tension.items():
            box.setCurrentIndex(box.findData(getattr(p, fld)))
        self.facilitator.setCurrentIndex(max(self.facilitator.findData(p.facilitator_id), 0))
        self.description.setPlainText(p.description)
        self._show_help()

    def input(self) -> ProgramInput:
        end: dt.date | None = from_qdate(self.end.date()) if self.has_end.isChecked() else None
        return ProgramInput(
            name=self.name.text(),
            format=self.format.currentData(),
            start_date=from_qdate(self.start.date()),
            end_date=end,
            cadence_weeks=self.cadence.value(),
            max_group_size=self.group_size.value(),
            facilitator_id=self.facilitator.currentData(),
            description=self.description.toPlainText(),
            **{fld: box.currentData() for fld, box in self.tension.items()},
        )

    def save(self) -> None:
        if self.program_id is None:
            self.saved_id = self.ws.programs.create(self.input())
        else:
            self.ws.programs.update(self.program_id, self.input())
            self.saved_id = self.program_id
