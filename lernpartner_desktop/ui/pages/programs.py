"""The Programs page: programs of every format, their settings and their participants."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.formats import FORMATS, role_label, tension_label
from lernpartner_desktop.core.records import ParticipantRow, ProgramData
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import ask, fmt_date, record_view, show_error
from lernpartner_desktop.workspace import Workspace


class ProgramsPage(Page):
    areas = frozenset({"programs", "people"})

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.model: RecordTableModel[ProgramData] = RecordTableModel(
            [
                Column(self.tr("Program"), lambda p: p.name),
                Column(self.tr("Format"), lambda p: FORMATS[p.format].display_name()),
                Column(
                    self.tr("Start"),
                    lambda p: fmt_date(p.start_date),
                    sort_key=lambda p: p.start_date,
                ),
                Column(
                    self.tr("End"),
                    lambda p: fmt_date(p.end_date),
                    sort_key=lambda p: (p.end_date is None, p.end_date),
                ),
                Column(
                    self.tr("Participants"),
                    lambda p: str(p.participant_count),
                    sort_key=lambda p: p.participant_count,
                    align_right=True,
                ),
            ],
            self,
        )
        self.view = record_view(self.model, self.tr("Programs"), (160, 100, 80, 80), stretch=0)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_program())
        self.view.doubleClicked.connect(lambda _i: self.edit_program())

        self.new_button = QPushButton(self.tr("&New program…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_program)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete a program created by mistake, or archive one that is in use")
        )
        self.delete_button.clicked.connect(self.delete_program)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.toggled.connect(self._apply_filter)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.participants: RecordTableModel[ParticipantRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Department"), lambda p: p.department),
                Column(self.tr("Role"), lambda p: role_label(p.role)),
                Column(
                    self.tr("Capacity"),
                    lambda p: "" if p.capacity is None else str(p.capacity),
                    sort_key=lambda p: p.capacity or 0,
                    align_right=True,
                ),
            ],
            self,
        )
        self.participants.dimmed = lambda p: not p.active
        self.participant_view = record_view(
            self.participants, self.tr("Participants"), (150, 100, 90), stretch=0
        )
        self.participant_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.participant_view.doubleClicked.connect(lambda _i: self.change_role())
        self.enrol_button = QPushButton(self.tr("En&rol people…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.remove_button = QPushButton(self.tr("Re&move from program"))
        self.wishes_button = QPushButton(self.tr("&Wishes…"))
        self.wishes_button.setToolTip(
            self.tr("Preferred mentors and people never to be paired with, for the matching")
        )
        self.match_button = QPushButton(self.tr("&Match…"))
        self.match_button.setToolTip(self.tr("Suggest pairs with their reasons, tune and accept"))
        self.wishes_button.clicked.connect(self.edit_wishes)
        self.match_button.clicked.connect(self.match)
        self.enrol_button.clicked.connect(self.enrol)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_participant)
        self.participant_count = QLabel()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        from lernpartner_desktop.ui.printing import PaperJobs, paper_button, program_entries

        self.paper = PaperJobs(ws, ops, self)
        self.print_button = paper_button(self, lambda: program_entries(self))
        lb = FlowLayout()
        for w in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.print_button,
            self.show_archived,
        ):
            lb.addWidget(w)
        lv.addLayout(lb)
        lv.addWidget(self.view, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.details)
        rb = FlowLayout()
        for b in (
            self.enrol_button,
            self.role_button,
            self.wishes_button,
            self.remove_button,
            self.match_button,
        ):
            rb.addWidget(b)
        rv.addLayout(rb)
        rv.addWidget(self.participant_count)
        rv.addWidget(self.participant_view, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_program()

    def refresh(self) -> None:
        self.ops.run(self.ws.programs.all, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, programs: list[ProgramData]) -> None:
        keep = self.current_program_id()
        self.model.set_records(programs)
        self._apply_filter()
        if keep is None and programs:
            keep = self.model.record(0).id
        if keep is not None:
            self.select_program(keep)
        self._show_program()
        self.loaded.emit()

    def _apply_filter(self) -> None:
        keep = self.current_program_id()
        show_all = self.show_archived.isChecked()
        self.model.set_filter(None if show_all else (lambda p: not p.archived))
        if keep is not None:
            self.select_program(keep)
        self._show_program()

    def current_program(self) -> ProgramData | None:
        return self.model.record_at(self.view.currentIndex())

    def current_program_id(self) -> int | None:
        p = self.current_program()
        return None if p is None else p.id

    def select_program(self, program_id: int) -> bool:
        return self.model.select_where(self.view, lambda p: p.id == program_id)

    def current_participant(self) -> ParticipantRow | None:
        return self.participants.record_at(self.participant_view.currentIndex())

    def _show_program(self) -> None:
        p = self.current_program()
        if p is None:
            self.details.setText(
                "<p style='color:gray'>"
                + html.escape(
                    self.tr("No program selected. Create one with “New program…” (Ctrl+N).")
                )
                + "</p>"
            )
            self.participants.set_records([])
            self._update_buttons()
            return
        e = html.escape
        fmt = FORMATS[p.format]
        period = fmt_date(p.start_date) + (" – " + fmt_date(p.end_date) if p.end_date else "")
        facts = [
            (self.tr("Format"), fmt.display_name()),
            (self.tr("Period"), period),
            (self.tr("Meetings"), self.tr("every %n week(s)", "", p.cadence_weeks or 0)),
        ]
        if fmt.is_group:
            facts.append((self.tr("Max. group size"), str(p.max_group_size)))
        facts.append(
            (
                self.tr("Settings"),
                ", ".join(
                    tension_label(f, getattr(p, f))
                    for f in ("participation", "content", "steering", "hierarchy")
                ),
            )
        )
        if p.facilitator_name:
            facts.append((self.tr("Facilitator"), p.facilitator_name))
        rows = "".join(
            f"<tr><td style='color:gray;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in facts
        )
        desc = f"<p>{e(p.description)}</p>" if p.description else ""
        self.details.setText(f"<h3>{e(p.name)}</h3><table>{rows}</table>{desc}")
        keep = self.current_participant()
        self.participants.set_records(self.ws.programs.participants(p.id))
        counts: dict[str, int] = {}
        for r in self.participants.records():
            counts[r.role] = counts.get(r.role, 0) + 1
        self.participant_count.setText(
            ", ".join(f"{n} × {role_label(role)}" for role, n in sorted(counts.items()))
        )
        if keep is not None:
            row = self.participants.row_of(lambda r: r.id == keep.id)
            if row >= 0:
                self.participant_view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        program = self.current_program()
        has_program = program is not None
        self.edit_button.setEnabled(has_program)
        self.delete_button.setEnabled(has_program)
        self.delete_button.setText(
            self.tr("&Restore") if program is not None and program.archived else self.tr("&Delete…")
        )
        self.enrol_button.setEnabled(has_program)
        self.match_button.setEnabled(has_program)
        has_part = self.current_participant() is not None
        self.role_button.setEnabled(has_part)
        self.remove_button.setEnabled(has_part)
        self.wishes_button.setEnabled(has_part)

    # -- actions -------------------------------------------------------------------------------
    def print_default(self) -> None:
        """Ctrl+P: the wall plan of the selected program."""
        pid = self.current_program_id()
        if pid is not None:
            self.paper.open_document(lambda: self.ws.reports.wall_plan(pid))

    def new_item(self) -> None:
        from lernpartner_desktop.ui.dialogs.program import ProgramDialog

        dlg = ProgramDialog(self.ws, parent=self)
        if dlg.exec() and dlg.saved_id is not None:
            program_id = dlg.saved_id
            self.after_next_load(lambda: (self.select_program(program_id), self.view.setFocus()))
            self.status_message.emit(self.tr("Program created. Now enrol its participants."))

    def delete_program(self) -> None:
        """Delete a program created by mistake; one in use is archived instead (asked)."""
        program = self.current_program()
        if program is None:
            return
        if program.archived:
            self._try(lambda: self.ws.programs.set_archived(program.id, False))
            self.status_message.emit(self.tr("“%s” is back in the list.") % program.name)
            return
        usage = self.ws.programs.usage(program.id)
        if not usage.in_use:
            if ask(
                self,
                self.tr("Delete program"),
                self.tr("Delete the program “%s”? It has no participants yet.") % program.name,
            ) and self._try(lambda: self.ws.programs.delete(program.id)):
                self.status_message.emit(self.tr("Program deleted."))
            return
        parts = [
            self.tr("%n participant(s)", "", usage.participants),
            self.tr("%n partnership(s)", "", usage.partnerships),
            self.tr("%n meeting(s) or event(s)", "", usage.events),
        ]
        uses = ", ".join(part for part, n in zip(
            parts, (usage.participants, usage.partnerships, usage.events), strict=True
        ) if n)  # fmt: skip
        if ask(
            self,
            self.tr("Archive program"),
            self.tr(
                "“%1” cannot be deleted: it has %2. Archive it instead? It then leaves the "
                "lists and the overview; its history stays, and “Show archived” brings it back."
            )
            .replace("%1", program.name)
            .replace("%2", uses),
            self.tr("&Archive"),
        ) and self._try(lambda: self.ws.programs.set_archived(program.id, True)):
            self.status_message.emit(self.tr("Program archived."))

    def _try(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except Exception as exc:
            show_error(self, exc)
            return False
        return True

    def edit_program(self) -> None:
        pid = self.current_program_id()
        from lernpartner_desktop.ui.dialogs.program import ProgramDialog

        if pid is not None and ProgramDialog(self.ws, pid, parent=self).exec():
            self.status_message.emit(self.tr("Changes saved."))

    def enrol(self) -> None:
        pid = self.current_program_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.dialogs.enrol import EnrolDialog

        dlg = EnrolDialog(self.ws, pid, parent=self)
        if dlg.exec():
            self.status_message.emit(self.tr("%n person(s) enrolled.", "", len(dlg.added)))

    def match(self) -> None:
        pid = self.current_program_id()
        if pid is None:
            return
        from lernpartner_desktop.ui.matching_ui import MatchingDialog

        dlg = MatchingDialog(self.ws, self.ops, pid, parent=self)
        dlg.exec()
        if dlg.created:
            self.status_message.emit(
                self.tr("%n partnership(s) created from the matching.", "", dlg.created)
            )

    def edit_wishes(self) -> None:
        pid, part = self.current_program_id(), self.current_participant()
        if pid is None or part is None:
            return
        from lernpartner_desktop.ui.matching_ui import PreferencesDialog

        if PreferencesDialog(self.ws, pid, part.person_id, parent=self).exec():
            self.status_message.emit(self.tr("Wishes saved; the matching respects them."))

    def change_role(self) -> None:
        pid, part = self.current_program_id(), self.current_participant()
        if pid is not None and part is not None:
            from lernpartner_desktop.ui.dialogs.enrol import ParticipationDialog

            ParticipationDialog(self.ws, pid, part.id, parent=self).exec()

    def remove_participant(self) -> None:
        part = self.current_participant()
        if part is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from program"),
            self.tr("Remove %s from this program? Their person record stays.") % part.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ws.programs.withdraw(part.id)
        except Exception as exc:
            show_error(self, exc)
