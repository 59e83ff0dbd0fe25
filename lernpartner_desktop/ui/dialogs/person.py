"""Create or edit a person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.core.records import PersonInput
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.widgets import (
    date_edit,
    from_qdate,
    to_qdate,
)
from lernpartner_desktop.workspace import Workspace


class PersonDialog(FormDialog):
    def __init__(
        self, ws: Workspace, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New person") if person_id is None else self.tr("Edit person"))
        self.setMinimumWidth(480)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(["", *ws.people.departments()])
        self.job_title = QLineEdit()
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(["", *ws.people.locations()])
        self.manager = QComboBox()
        self.manager.setEditable(True)
        self.manager.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.manager.addItem(self.tr("(no manager)"), None)
        for pid, label in ws.people.choices(active_only=False):
            if pid != person_id:
                self.manager.addItem(label, pid)
        completer = self.manager.completer()
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self.generation_basis = QComboBox()
        self.generation_basis.addItem(self.tr("not recorded"), None)
        self.generation_basis.addItem(self.tr("Year of birth"), "birth_year")
        self.generation_basis.addItem(self.tr("Year of entry"), "entry_year")
        self.generation_year = QSpinBox()
        self.generation_year.setRange(1900, dt.date.today().year + 1)
        self.generation_year.setValue(1985)
        self.generation_basis.currentIndexChanged.connect(self._basis_changed)
        gen_row = QHBoxLayout()
        gen_row.addWidget(self.generation_basis, 1)
        gen_row.addWidget(self.generation_year)

        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. German, English, Turkish"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.active = QCheckBox(self.tr("Active (can take part in programs)"))
        self.active.setChecked(True)
        self.consent = QCheckBox(self.tr("Has agreed to take part"))
        self.consent_date = date_edit()
        self.consent_date.setMaximumDate(QDate.currentDate())
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self.consent_date.setEnabled(False)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(self.consent_date)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Job title:"), self.job_title)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Manager:"), self.manager)
        form.addRow(self.tr("Generation hint:"), gen_row)
        form.addRow(self.tr("L&anguages:"), self.languages)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Consent:"), consent_row)
        form.addRow("", self.active)

        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = {
            "name": self.name,
            "manager": self.manager,
            "generation": self.generation_year,
            "email": self.email,
            "consent": self.consent_date,
        }
        self._basis_changed()
        if person_id is not None:
            self._load(person_id)
        self.name.setFocus()

    def _basis_changed(self) -> None:
        self.generation_year.setEnabled(self.generation_basis.currentData() is not None)

    def _load(self, person_id: int) -> None:
        p = self.ws.people.get(person_id)
        self.name.setText(p.name)
        self.department.setCurrentText(p.department)
        self.job_title.setText(p.job_title)
        self.location.setCurrentText(p.location)
        idx = self.manager.findData(p.manager_id) if p.manager_id is not None else 0
        self.manager.setCurrentIndex(max(idx, 0))
        self.generation_basis.setCurrentIndex(
            max(self.generation_basis.findData(p.generation_basis), 0)
        )
        if p.generation_year:
            self.generation_year.setValue(p.generation_year)
        self.languages.setText(p.languages)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.active.setChecked(p.active)
        self.consent.setChecked(p.consent)
        if p.consent_date:
            self.consent_date.setDate(to_qdate(p.consent_date))

    def _manager_id(self) -> int | None:
        text = self.manager.currentText().strip()
        idx = self.manager.findText(text)
        if not text or idx <= 0:
            if text and idx < 0:
                raise ValidationError(
                    self.tr("Choose the manager from the list (start typing a name)."),
                    field="manager",
                )
            return None
        data = self.manager.itemData(idx)
        return int(data) if data is not None else None

    def input(self) -> PersonInput:
        basis = self.generation_basis.currentData()
        return PersonInput(
            name=self.name.text(),
            department=self.department.currentText(),
            job_title=self.job_title.text(),
            location=self.location.currentText(),
            manager_id=self._manager_id(),
            generation_basis=basis,
            generation_year=self.generation_year.value() if basis else None,
            languages=self.languages.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            active=self.active.isChecked(),
            consent=self.consent.isChecked(),
            consent_date=from_qdate(self.consent_date.date()) if self.consent.isChecked() else None,
        )

    def save(self) -> None:
        data = self.input()
        if self.person_id is None:
            self.saved_id = self.ws.people.create(data)
        else:
            self.ws.people.update(self.person_id, data)
            self.saved_id = self.person_id
