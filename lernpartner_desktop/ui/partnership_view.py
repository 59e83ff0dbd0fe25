"""The partnership page: phase stepper, members, goals and packages, meetings, journal and
check-ins of one partnership, with every action of its life cycle."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.records import (
    FIT_ANSWERS,
    GOAL_STATUS,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_STATUS,
    PACKAGE_STATUS,
    PHASE_ORDER,
    CheckInData,
    GoalData,
    JournalData,
    MeetingData,
    PartnershipDetail,
    label,
)
from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.gap_notes import GapNotesPanel
from lernpartner_desktop.ui.locked_notice import LockedNotice
from lernpartner_desktop.ui.partnership_header import PartnershipHeader, PhaseQuestions
from lernpartner_desktop.ui.table_model import Column, RecordTableModel
from lernpartner_desktop.ui.vault_ui import lock_icon, secret_text, secret_tooltip
from lernpartner_desktop.ui.widgets import (
    fmt_date,
    fmt_when,
    record_view,
    show_error,
)
from lernpartner_desktop.workspace import Workspace


class PartnershipView(QWidget):
    """Shows one partnership; every change goes through the workspace and reloads the view."""

    status_message = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.detail: PartnershipDetail | None = None
        self.header = PartnershipHeader()
        h = self.header
        self.title, self.subtitle, self.stepper, self.missing = (
            h.title,
            h.subtitle,
            h.stepper,
            h.missing,
        )
        self.next_button, self.dissolve_button = h.next_button, h.dissolve_button
        self.back_action = h.back_action
        self.next_button.clicked.connect(self.next_phase)
        self.dissolve_button.clicked.connect(self.dissolve)
        self.back_action.triggered.connect(self.back_phase)
        self.phases = PhaseQuestions(ws, self)

        # Goals and packages
        self.goals = QTreeWidget()
        self.goals.setHeaderLabels(
            [
                self.tr("Goal / learning package"),
                self.tr("Status"),
                self.tr("Belongs to / due"),
                self.tr("Success criteria"),
            ]
        )
        self.goals.setColumnWidth(0, 260)
        self.goals.setColumnWidth(1, 90)
        self.goals.setColumnWidth(2, 140)
        self.goals.setAccessibleName(self.tr("Goals"))
        self.goals.itemSelectionChanged.connect(self._update_buttons)
        self.goals.itemDoubleClicked.connect(lambda *_: self.edit_goal())
        self.add_goal_button = QPushButton(self.tr("Add &goal…"))
        self.edit_goal_button = QPushButton(self.tr("Edit…"))
        self.achieved_button = QPushButton(self.tr("Achieved"))
        self.not_achieved_button = QPushButton(self.tr("Not achieved"))
        self.add_package_button = QPushButton(self.tr("Add &package…"))
        self.package_done_button = QPushButton(self.tr("Package done"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.achieved_button.clicked.connect(lambda: self.assess("achieved"))
        self.not_achieved_button.clicked.connect(lambda: self.assess("not_achieved"))
        self.add_package_button.clicked.connect(self.add_package)
        self.package_done_button.clicked.connect(self.package_done)
        goals_tab = self._tab(
            self.goals,
            [
                self.add_goal_button,
                self.edit_goal_button,
                self.achieved_button,
                self.not_achieved_button,
                self.add_package_button,
                self.package_done_button,
            ],
        )

        # Meetings
        self.meetings: RecordTableModel[MeetingData] = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda m: fmt_when(m.starts_at),
                    sort_key=lambda m: m.starts_at,
                ),
                Column(
                    self.tr("Duration"),
                    lambda m: self.tr("%n min", "", m.duration_minutes),
                    sort_key=lambda m: m.duration_minutes,
                    align_right=True,
                ),
                Column(
                    self.tr("Kind"),
                    lambda m: (
                        label(MEETING_KINDS, m.kind)
                        + ("" if m.partnership_id else self.tr(" (whole program)"))
                    ),
                ),
                Column(self.tr("Mode"), lambda m: label(MEETING_MODES, m.mode)),
                Column(self.tr("Status"), lambda m: label(MEETING_STATUS, m.status)),
                Column(self.tr("Place or link"), lambda m: m.place),
            ],
            self,
        )
        self.meetings.dimmed = lambda m: m.status == "cancelled"
        self.meeting_view = record_view(self.meetings, self.tr("Meetings"), (150, 60, 120, 70, 70))
        self.meeting_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.plan_button = QPushButton(self.tr("&Plan meetings…"))
        self.held_button = QPushButton(self.tr("Mark &held"))
        self.cancel_button = QPushButton(self.tr("&Cancel meeting"))
        self.move_button = QPushButton(self.tr("&Move…"))
        self.plan_button.clicked.connect(self.plan_meetings)
        self.held_button.clicked.connect(lambda: self.set_meeting_status("held"))
        self.cancel_button.clicked.connect(lambda: self.set_meeting_status("cancelled"))
        self.move_button.clicked.connect(self.move_meeting)
        meetings_tab = self._tab(
            self.meeting_view,
            [self.plan_button, self.held_button, self.cancel_button, self.move_button],
        )

        # Journal
        self.journal: RecordTableModel[JournalData] = RecordTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda j: fmt_date(j.written_on),
                    sort_key=lambda j: j.written_on,
                ),
                Column(self.tr("Member"), lambda j: j.person_name),
                Column(
                    self.tr("Entry"),
                    lambda j: secret_text(j.body, one_line=True),
                    tooltip=lambda j: secret_tooltip(j.body),
                ),
            ],
            self,
        )
        self.journal_view = record_view(self.journal, self.tr("Learning journal"), (90, 120))
        self.journal_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.add_journal_button = QPushButton(self.tr("New &entry…"))
        self.add_journal_button.clicked.connect(self.add_journal)
        self.journal_locked = LockedNotice(ws)
        journal_tab = self._tab(self.journal_view, [self.add_journal_button], self.journal_locked)

        # Check-ins
        self.checks: RecordTableModel[CheckInData] = RecordTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda c: fmt_date(c.recorded_on),
                    sort_key=lambda c: c.recorded_on,
                ),
                Column(self.tr("Member"), lambda c: c.person_name),
                Column(
                    self.tr("Question"),
                    lambda c: (
                        self.tr("Does it fit?") if c.kind == "fit" else self.tr("Interim feedback")
                    ),
                ),
                Column(self.tr("Answer"), self._answer),
                Column(
                    self.tr("Comment"),
                    lambda c: secret_text(c.comment, one_line=True),
                    tooltip=lambda c: secret_tooltip(c.comment),
                ),
            ],
            self,
        )
        self.check_view = record_view(self.checks, self.tr("Check-ins"), (90, 120, 110, 180))
        self.fit_button = QPushButton(self.tr("Does it &fit?…"))
        self.interim_button = QPushButton(self.tr("&Interim feedback…"))
        self.fit_button.clicked.connect(self.record_fit)
        self.interim_button.clicked.connect(self.record_interim)
        self.checks_locked = LockedNotice(ws)
        checks_tab = self._tab(
            self.check_view, [self.fit_button, self.interim_button], self.checks_locked
        )

        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setMargin(8)

        self.tabs = QTabWidget()
        self.tabs.addTab(goals_tab, self.tr("Goals"))
        self.tabs.addTab(meetings_tab, self.tr("Meetings"))
        self.tabs.addTab(journal_tab, self.tr("Learning journal"))
        self.tabs.addTab(checks_tab, self.tr("Check-ins"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.gap_notes = GapNotesPanel(ws)
        self.gap_notes.layout().setContentsMargins(6, 6, 6, 6)
        self.gap_notes_tab = self.tabs.addTab(self.gap_notes, lock_icon(), self.tr("Gap notes"))
        # The padlock on the tab opens and closes with the vault.
        self.vault_watch = ChangeBridge(ws, self, frozenset({"vault"}))
        self.vault_watch.changed.connect(lambda _areas: self._show_vault_state())

        from lernpartner_desktop.ui.printing import paper_button, partnership_entries

        self.paper = None  # PaperJobs, given by the page that holds the worker
        self.print_button = paper_button(self, lambda: partnership_entries(self))
        self.header.add_widget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.show_partnership(None)

    @staticmethod
    def _tab(view: QWidget, buttons: list[QPushButton], notice: QWidget | None = None) -> QWidget:
        tab = QWidget()
        row = FlowLayout()
        for b in buttons:
            row.addWidget(b)
        v = QVBoxLayout(tab)
        v.addLayout(row)
        if notice is not None:
            v.addWidget(notice)
        v.addWidget(view, 1)
        return tab

    def _show_vault_state(self) -> None:
        self.tabs.setTabIcon(self.gap_notes_tab, lock_icon(open_=self.ws.vault.unlocked))

    def _answer(self, c: CheckInData) -> str:
        if c.kind == "fit":
            return label(FIT_ANSWERS, c.fit or "")
        return (
            self.tr("progress %1, cooperation %2, benefit %3")
            .replace("%1", str(c.progress))
            .replace("%2", str(c.cooperation))
            .replace("%3", str(c.benefit))
        )

    # -- showing -------------------------------------------------------------------------------
    def load(self, partnership_id: int) -> None:
        """Read and show a partnership (one read transaction; fast enough for the GUI)."""
        self.show_partnership(self.ws.partnerships.detail(partnership_id))

    def reload(self) -> None:
        if self.detail is not None:
            try:
                self.load(self.detail.id)
            except Exception:  # deleted meanwhile
                self.show_partnership(None)

    def show_partnership(self, d: PartnershipDetail | None) -> None:
        self.detail = d
        self.setEnabled(d is not None)
        if d is None:
            self.title.setText(self.tr("No partnership selected"))
            self.subtitle.setText(
                self.tr("Choose one on the left, or create one with “New partnership…” (Ctrl+N).")
            )
            self.stepper.set_phase("")
            self.header.set_missing("")
            self.goals.clear()
            for model in (self.meetings, self.journal, self.checks):
                model.set_records([])  # type: ignore[attr-defined]
            self.history.clear()
            self.gap_notes.show_for()
            for notice in (self.journal_locked, self.checks_locked):
                notice.set_needed(False)
            return
        fmt = FORMATS[d.program_format]
        self.title.setText(d.title)
        members = ", ".join(f"{m.name} ({role_label(m.role)})" for m in d.members)
        self.subtitle.setText(f"{fmt.display_name()} · {d.program_name} · {members}")
        self.stepper.set_phase(d.phase)
        missing = self.ws.partnerships.missing_for_next_phase(d.id) if d.is_active else []
        self.header.set_missing(
            self.tr("Before the next phase: %s") % "; ".join(missing) if missing else ""
        )
        self._fill_goals(d.goals)
        self.meetings.set_records(d.meetings)
        self.journal.set_records(d.journal)
        self.checks.set_records(d.check_ins)
        self.journal_locked.set_needed(any(j.body.state == "locked" for j in d.journal))
        self.checks_locked.set_needed(any(c.comment.state == "locked" for c in d.check_ins))
        self._show_vault_state()
        steps = "".join(
            f"<li>{fmt_date(h.changed_on)}: {html.escape(self.phases.step_text(h))}</li>"
            for h in d.history
        )
        note_on_ending = html.escape(self.tr("Note on ending:"))
        reason = (
            (
                f"<p>{note_on_ending} "
                f"{html.escape(secret_text(d.dissolve_reason))}</p>"
            )
            if d.dissolve_reason.state != "empty"
            else ""
        )
        self.history.setText(f"<ul>{steps}</ul>{reason}")
        self.gap_notes.show_for(partnership_id=d.id)
        self._update_buttons()

    def _fill_goals(self, goals: tuple[GoalData, ...]) -> None:
        keep = self._selected_goal_id()
        self.goals.clear()
        for g in goals:
            item = QTreeWidgetItem(
                [
                    g.title,
                    label(GOAL_STATUS, g.status, "Phases"),
                    g.person_name or self.tr("shared"),
                    g.success_criteria or self.tr("— no success criteria yet"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, ("goal", g.id))
            item.setToolTip(3, g.success_criteria)
            for pkg in g.packages:
                child = QTreeWidgetItem(
                    [
                        pkg.title,
                        label(PACKAGE_STATUS, pkg.status, "Phases"),
                        fmt_date(pkg.due_on),
                        "",
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, ("package", pkg.id))
                item.addChild(child)
            self.goals.addTopLevelItem(item)
            item.setExpanded(True)
            if g.id == keep:
                self.goals.setCurrentItem(item)

    def _selected(self) -> tuple[str, int] | None:
        item = self.goals.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _selected_goal_id(self) -> int | None:
        sel = self._selected()
        if sel is None:
            return None
        if sel[0] == "goal":
            return sel[1]
        parent = self.goals.currentItem().parent()
        return parent.data(0, Qt.ItemDataRole.UserRole)[1] if parent else None

    def _selected_goal(self) -> GoalData | None:
        gid = self._selected_goal_id()
        if self.detail is None or gid is None:
            return None
        return next((g for g in self.detail.goals if g.id == gid), None)

    def _current_meeting(self) -> MeetingData | None:
        return self.meetings.record_at(self.meeting_view.currentIndex())

    def _update_buttons(self) -> None:
        d = self.detail
        active = d is not None and d.is_active
        self.back_action.setEnabled(
            d is not None and d.phase in PHASE_ORDER and d.phase != PHASE_ORDER[0]
        )
        for b in (
            self.next_button,
            self.dissolve_button,
            self.add_goal_button,
            self.plan_button,
            self.add_journal_button,
            self.fit_button,
            self.interim_button,
        ):
            b.setEnabled(active)
        if d is not None and d.phase == "closing":
            self.next_button.setText(self.tr("&Complete…"))
        else:
            self.next_button.setText(self.tr("&Next phase…"))
        goal = self._selected_goal() if active else None
        sel = self._selected()
        for b in (
            self.edit_goal_button,
            self.achieved_button,
            self.not_achieved_button,
            self.add_package_button,
        ):
            b.setEnabled(goal is not None)
        self.package_done_button.setEnabled(active and sel is not None and sel[0] == "package")
        m = self._current_meeting()
        planned = m is not None and m.status == "planned" and (active or m.partnership_id is None)
        self.held_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        self.move_button.setEnabled(planned)

    # -- actions -------------------------------------------------------------------------------
    def _after(self, message: str) -> None:
        # The service announced the change; the page reloads the list and this view.
        self.status_message.emit(message)

    def _try(self, fn: object, message: str) -> None:
        try:
            fn()  # type: ignore[operator]
        except Exception as exc:
            show_error(self, exc)
            return
        self._after(message)

    def next_phase(self) -> None:
        d = self.detail
        if d is not None and self.phases.confirm_next(d):
            self._try(lambda: self.ws.partnerships.advance(d.id), self.tr("Phase changed."))

    def back_phase(self) -> None:
        d = self.detail
        if d is not None and self.phases.confirm_back(d):
            self._try(lambda: self.ws.partnerships.back(d.id), self.phases.went_back())

    def dissolve(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import DissolveDialog

        if self.detail is not None and DissolveDialog(self.ws, self.detail, self).exec():
            self._after(self.tr("The partnership has ended."))

    def add_goal(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import GoalDialog

        if self.detail is not None and GoalDialog(self.ws, self.detail, parent=self).exec():
            self._after(self.tr("Goal added."))

    def edit_goal(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import GoalDialog

        goal = self._selected_goal()
        if (
            self.detail is not None
            and goal is not None
            and self.detail.is_active
            and GoalDialog(self.ws, self.detail, goal, parent=self).exec()
        ):
            self._after(self.tr("Goal saved."))

    def assess(self, status: str) -> None:
        goal = self._selected_goal()
        if goal is not None:
            self._try(
                lambda: self.ws.partnerships.set_goal_status(goal.id, status),
                self.tr("Goal assessed."),
            )

    def add_package(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import PackageDialog

        goal = self._selected_goal()
        if goal is not None and PackageDialog(self.ws, goal, parent=self).exec():
            self._after(self.tr("Learning package added."))

    def package_done(self) -> None:
        sel = self._selected()
        if sel is not None and sel[0] == "package":
            self._try(
                lambda: self.ws.partnerships.set_package_status(sel[1], "done"),
                self.tr("Learning package done."),
            )

    def plan_meetings(self) -> None:
        from lernpartner_desktop.ui.dialogs.meetings import MeetingDialog

        d = self.detail
        if d is None:
            return
        dlg = MeetingDialog(self.ws, partnership_id=d.id, program_id=d.program_id, parent=self)
        if dlg.exec():
            self._after(self.tr("%n meeting(s) planned.", "", dlg.booked))

    def set_meeting_status(self, status: str) -> None:
        m = self._current_meeting()
        if m is not None:
            self._try(
                lambda: self.ws.meetings.set_status(m.id, status), self.tr("Meeting updated.")
            )

    def move_meeting(self) -> None:
        from lernpartner_desktop.ui.dialogs.meetings import MoveMeetingDialog

        m = self._current_meeting()
        if m is not None and MoveMeetingDialog(self.ws, m, parent=self).exec():
            self._after(self.tr("Meeting moved."))

    def add_journal(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import JournalDialog

        if self.detail is not None and JournalDialog(self.ws, self.detail, parent=self).exec():
            self._after(self.tr("Journal entry saved."))

    def record_fit(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import DissolveDialog, FitDialog

        d = self.detail
        if d is None:
            return
        dlg = FitDialog(self.ws, d, parent=self)
        if not dlg.exec():
            return
        self._after(self.tr("Answer saved."))
        if dlg.answer_given == "no_fit" and self.detail is not None:
            answer = QMessageBox.question(
                self,
                self.tr("The pairing does not fit"),
                self.tr(
                    "That happens, and it is fine. Do you want to end this partnership now, "
                    "so that a new pairing can be found?"
                ),
            )
            if (
                answer == QMessageBox.StandardButton.Yes
                and DissolveDialog(self.ws, self.detail, self).exec()
            ):
                self._after(self.tr("The partnership has ended. Its members can be paired again."))

    def record_interim(self) -> None:
        from lernpartner_desktop.ui.dialogs.partnership import InterimDialog

        if self.detail is not None and InterimDialog(self.ws, self.detail, parent=self).exec():
            self._after(self.tr("Feedback saved."))


__all__ = ["PartnershipView"]
