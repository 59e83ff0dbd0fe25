"""Enrol people in a program with a role (and a capacity for mentors)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.records import MAX_CAPACITY, PersonRow
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import plural_affixes, record_view
from lernpartner_desktop.workspace import Workspace


class EnrolDialog(FormDialog):
    def __init__(self, ws: Workspace, program_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.program_id = program_id
        self.added: list[int] = []
        program = ws.programs.get(program_id)
        fmt = FORMATS[program.format]
        self.setWindowTitle(self.tr("Enrol in %s") % program.name)
        self.resize(560, 560)
        enrolled = {p.person_id for p in ws.programs.participants(program_id)}
        people = [r for r in ws.people.list_rows() if r.active and r.id not in enrolled]

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, department or topic…"))
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[PersonRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Department"), lambda r: r.department),
                Column(self.tr("Offers"), lambda r: ", ".join(r.offers)),
                Column(self.tr("Seeks"), lambda r: ", ".join(r.seeks)),
            ],
            self,
        )
        self.model.set_records(people)
        self.view = record_view(
            self.model, self.tr("People"), (170, 110, 130), multi=True, stretch=0
        )
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search.textChanged.connect(self._filter)
        self.hint = QLabel()

        self.role = QComboBox()
        for role in fmt.roles:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(fmt.default_role))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setValue(2)
        plural_affixes(self.capacity, lambda n: self.tr("%n mentee(s)", "", n))
        self.capacity_label = QLabel(self.tr("&Capacity:"))
        self.capacity_label.setBuddy(self.capacity)
        self.role.currentIndexChanged.connect(self._role_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.capacity_label, self.capacity)

        buttons = self.button_box(self.tr("Enrol"))
        self.ok = self.accept_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        search_label = QLabel(self.tr("&People (select one or more):"))
        search_label.setBuddy(self.search)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._role_changed()
        self._selection_changed()
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        self.model.set_filter((lambda r: all(w in r.search_text for w in words)) if words else None)

    def _role_changed(self) -> None:
        mentor = self.role.currentData() == "mentor"
        self.capacity.setVisible(mentor)
        self.capacity_label.setVisible(mentor)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record(r).id for r in rows]

    def _selection_changed(self, *args: object) -> None:
        n = len(self.selected_ids())
        self.hint.setText(self.tr("%n person(s) selected", "", n))
        self.ok.setEnabled(n > 0)

    def save(self) -> None:
        role = self.role.currentData()
        capacity = self.capacity.value() if role == "mentor" else None
        self.added = self.ws.programs.enrol_many(
            self.program_id, self.selected_ids(), role, capacity
        )


class ParticipationDialog(FormDialog):
    """Change the role or capacity of one participant."""

    def __init__(
        self, ws: Workspace, program_id: int, participation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.participation_id = participation_id
        program = ws.programs.get(program_id)
        row = next(p for p in ws.programs.participants(program_id) if p.id == participation_id)
        self.setWindowTitle(self.tr("Role of %s") % row.name)
        self.role = QComboBox()
        for role in FORMATS[program.format].roles:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(self.role.findData(row.role), 0))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setValue(row.capacity if row.capacity is not None else 2)
        plural_affixes(self.capacity, lambda n: self.tr("%n mentee(s)", "", n))
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        self.role.currentIndexChanged.connect(
            lambda: self.capacity.setEnabled(self.role.currentData() == "mentor")
        )
        self.capacity.setEnabled(row.role == "mentor")
        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        role = self.role.currentData()
        self.ws.programs.update_participation(
            self.participation_id, role, self.capacity.value() if role == "mentor" else None
        )
