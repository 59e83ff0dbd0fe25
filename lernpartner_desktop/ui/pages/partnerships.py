"""The Partnerships page: every pair and group with its phase, and the partnership page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.records import PHASES, PartnershipRow, phase_label
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.partnership_view import PartnershipView
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.widgets import fmt_when, narrow_combo, record_view, show_error
from lernpartner_desktop.workspace import Workspace

ACTIVE = "__active__"


class PartnershipsPage(Page):
    areas = frozenset({"partnerships", "meetings", "people", "programs", "vault"})

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names or program…"))
        self.search.setClearButtonEnabled(True)
        self.program = QComboBox()
        self.program.setAccessibleName(self.tr("Program filter"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Running"), ACTIVE)
        self.phase.addItem(self.tr("All phases"), None)
        for key in PHASES:
            self.phase.addItem(phase_label(key), key)
        self.phase.setAccessibleName(self.tr("Phase filter"))
        self.new_button = QPushButton(self.tr("&New partnership…"))
        self.event_button = QPushButton(self.tr("Program &event…"))
        self.new_button.clicked.connect(self.new_item)
        self.event_button.clicked.connect(self.plan_event)

        self.model: RecordTableModel[PartnershipRow] = RecordTableModel(
            [
                Column(self.tr("Partnership"), lambda r: r.title),
                Column(self.tr("Program"), lambda r: r.program_name),
                Column(
                    self.tr("Phase"),
                    lambda r: phase_label(r.phase),
                    sort_key=lambda r: list(PHASES).index(r.phase),
                ),
                Column(
                    self.tr("Next meeting"),
                    lambda r: fmt_when(r.next_meeting, year=False) if r.next_meeting else "",
                    sort_key=lambda r: (r.next_meeting is None, r.next_meeting),
                ),
            ],
            self,
        )
        self.model.dimmed = lambda r: r.phase in ("completed", "dissolved")
        self.view = record_view(self.model, self.tr("Partnerships"), (160, 110, 90), stretch=0)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.partnership = PartnershipView(ws)
        from lernpartner_desktop.ui.printing import PaperJobs

        self.partnership.paper = PaperJobs(ws, ops, self.partnership)
        self.partnership.status_message.connect(self.status_message.emit)

        # Long program names must not widen the window: the boxes show what fits.
        for box in (self.program, self.phase):
            narrow_combo(box)
        filters = QHBoxLayout()
        filters.addWidget(self.program, 3)
        filters.addWidget(self.phase, 2)
        # Further page actions (printing, calendar) join this row: self.actions.addWidget(...).
        self.actions = buttons = FlowLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.event_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addLayout(filters)
        lv.addLayout(buttons)
        lv.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.partnership)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.search.textChanged.connect(self.apply_filter)
        self.program.currentIndexChanged.connect(self.apply_filter)
        self.phase.currentIndexChanged.connect(self.apply_filter)

    def refresh(self) -> None:
        self.ops.run(self.ws.partnerships.rows, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, rows: list[PartnershipRow]) -> None:
        self.model.set_records(rows)
        current = self.program.currentData()
        self.program.blockSignals(True)
        self.program.clear()
        self.program.addItem(self.tr("All programs"), None)
        for pid, name in sorted(
            {(r.program_id, r.program_name) for r in rows}, key=lambda x: x[1].casefold()
        ):
            self.program.addItem(name, pid)
        self.program.setCurrentIndex(max(self.program.findData(current), 0))
        self.program.blockSignals(False)
        self.apply_filter()
        # Keep showing the partnership on the right even when the filters now hide its row
        # (e.g. it was just completed or ended early); reload it for fresh data.
        shown = self.partnership.detail
        if shown is not None:
            self.select_partnership(shown.id)
            self.partnership.reload()
        self.loaded.emit()

    def apply_filter(self) -> None:
        words = self.search.text().casefold().split()
        program, phase = self.program.currentData(), self.phase.currentData()

        def accept(r: PartnershipRow) -> bool:
            if program is not None and r.program_id != program:
                return False
            if phase == ACTIVE and r.phase in ("completed", "dissolved"):
                return False
            if phase not in (None, ACTIVE) and r.phase != phase:
                return False
            text = f"{r.title} {r.program_name}".casefold()
            return all(w in text for w in words)

        keep = self.current_id()
        self.model.set_filter(accept)
        if keep is not None:
            self.select_partnership(keep)

    def current_id(self) -> int | None:
        row = self.model.record_at(self.view.currentIndex())
        return None if row is None else row.id

    def select_partnership(self, partnership_id: int) -> bool:
        return self.model.select_where(self.view, lambda r: r.id == partnership_id)

    def open_partnership(self, partnership_id: int) -> None:
        """Show it even if the filters hide it."""
        if not self.select_partnership(partnership_id):
            self.search.clear()
            self.program.setCurrentIndex(0)
            self.phase.setCurrentIndex(1)
            self.select_partnership(partnership_id)
        self._show_current()

    def _show_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        if self.partnership.detail is None or self.partnership.detail.id != pid:
            try:
                self.partnership.load(pid)
            except Exception as exc:
                show_error(self, exc)

    def new_item(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import NewPartnershipDialog

        dlg = NewPartnershipDialog(self.ws, self.program.currentData(), parent=self)
        if dlg.exec() and dlg.saved_id is not None:
            new_id = dlg.saved_id
            self.after_next_load(lambda: self.open_partnership(new_id))
            self.status_message.emit(self.tr("Partnership created. Next: plan goals."))

    def plan_event(self) -> None:
        from lernpartner_desktop.ui.dialogs.meetings import MeetingDialog

        # The dialog asks which program; it starts with the one filtered for or shown.
        program_id = self.program.currentData()
        if program_id is None and self.partnership.detail is not None:
            program_id = self.partnership.detail.program_id
        dlg = MeetingDialog(self.ws, program_id=program_id, parent=self)
        if dlg.exec():
            self.status_message.emit(self.tr("%n event(s) planned.", "", dlg.booked))

    def print_default(self) -> None:
        """Ctrl+P: the schedule of the partnership shown."""
        d = self.partnership.detail
        if d is not None:
            self.partnership.paper.open_document(lambda: self.ws.reports.schedule(d.id))

    def focus_search(self) -> None:
        self.search.setFocus()


__all__ = ["PartnershipsPage"]
