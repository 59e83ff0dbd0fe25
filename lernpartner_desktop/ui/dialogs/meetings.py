"""Meetings: plan a partnership's series (carrying on after the last planned meeting), plan
an event for a whole program, move a meeting; clashes and overlapping series are asked about."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.errors import MeetingConflict, ValidationError
from lernpartner_desktop.base.i18n import Context
from lernpartner_desktop.core.records import (
    MEETING_KINDS,
    MEETING_MODES,
    MeetingData,
    MeetingPlan,
    label,
)
from lernpartner_desktop.ui.dialogs.base import Abandoned, FormDialog
from lernpartner_desktop.ui.widgets import (
    ask,
    date_edit,
    fmt_when,
    from_qdate,
    narrow_combo,
    plural_affixes,
    to_qdate,
)
from lernpartner_desktop.workspace import Workspace

#: Texts of the clash question, shared by every dialog that books meetings.
Clash = Context("Clash")


def book_with_conflict_check(parent: QWidget, book: object) -> bool:
    """Call ``book(allow_conflicts)``; on a clash, show who and when, and ask before booking."""
    try:
        book(False)  # type: ignore[operator]
        return True
    except MeetingConflict as exc:
        lines = "\n".join(
            f"• {c.person_name}: {fmt_when(c.starts_at)} ↔ {c.other_title} "
            f"({fmt_when(c.other_starts_at)})"
            for c in exc.conflicts[:10]
        )
        more = len(exc.conflicts) - 10
        if more > 0:
            lines += "\n" + Clash.tr("… and %n more", "", more)
        answer = QMessageBox.question(
            parent,
            Clash.tr("Clash with other meetings"),
            Clash.tr("Some people already have a meeting at that time:\n\n%1\n\nBook anyway?")
            .replace("%1", lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        book(True)  # type: ignore[operator]
        return True


class MeetingDialog(FormDialog):
    """Plan one meeting or a series (every N weeks until a date) for a partnership or, without
    ``partnership_id``, an event (kick-off, interim talks, closing) for every partnership of
    the program chosen in the dialog.

    For a partnership the dialog proposes what "Plan meetings" most likely means: carry on
    after the last planned meeting, at the usual place and in the usual mode."""

    def __init__(
        self,
        ws: Workspace,
        *,
        partnership_id: int | None = None,
        program_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.partnership_id = ws, partnership_id
        self.setWindowTitle(
            self.tr("Plan meetings") if partnership_id else self.tr("Plan a program event")
        )
        self.program = QComboBox()
        self.program.setAccessibleName(self.tr("Program"))
        narrow_combo(self.program, 20)
        if partnership_id is None:
            for p in ws.programs.all():
                if not p.archived or p.id == program_id:
                    self.program.addItem(p.name, p.id)
        elif program_id is not None:
            self.program.addItem(ws.programs.get(program_id).name, program_id)
        self.program.setCurrentIndex(max(self.program.findData(program_id), 0))
        self.day = date_edit()
        self.time = QTimeEdit(QTime(16, 0))
        self.time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        self.duration = QSpinBox()
        self.duration.setRange(5, 720)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        for key in MEETING_MODES:
            self.mode.addItem(label(MEETING_MODES, key), key)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Room, address or video link"))
        self.kind = QComboBox()
        kinds = list(MEETING_KINDS) if partnership_id else ["kickoff", "interim", "closing"]
        for key in kinds:
            self.kind.addItem(label(MEETING_KINDS, key), key)
        self.repeat = QCheckBox(self.tr("repeat"))
        self.every = QSpinBox()
        self.every.setRange(1, 12)
        plural_affixes(self.every, lambda n: self.tr("every %n week(s)", "", n))
        self.until = date_edit()
        series = QHBoxLayout()
        series.addWidget(self.repeat)
        series.addWidget(self.every)
        series.addWidget(QLabel(self.tr("until")))
        series.addWidget(self.until)
        series.addStretch(1)
        self.repeat.toggled.connect(self._repeat_changed)
        form = QFormLayout()
        if partnership_id is None:
            form.addRow(self.tr("P&rogram:"), self.program)
        # A row whose field is a layout gets no buddy by itself: without one, "&When:" would
        # show its ampersand instead of underlining the W.
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("M&ode:"), self.mode)
        form.addRow(self.tr("&Place or link:"), self.place)
        # What the meeting is about: a learning package of the pair, or free words.
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItem("", None)
        if partnership_id is not None:
            for goal in ws.paper.partnership(partnership_id).goals:
                for pkg in goal.packages:
                    if pkg.status == "open":
                        self.topic.addItem(pkg.title, pkg.id)
        self.topic.lineEdit().setPlaceholderText(self.tr("Learning package or topic (optional)"))
        narrow_combo(self.topic, 24)
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("Series:"), series)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {
            "starts_at": self.day,
            "until": self.until,
            "duration": self.duration,
            "cadence": self.every,
            "program": self.program,
            "topic": self.topic,
            "package": self.topic,
        }
        self.booked = 0
        if partnership_id is not None:
            self._propose(ws.meetings.next_plan(partnership_id))
        else:
            self.program.currentIndexChanged.connect(self._program_changed)
            self._program_changed()

    @property
    def program_id(self) -> int | None:
        value = self.program.currentData()
        return None if value is None else int(value)

    def _propose(self, plan: MeetingPlan) -> None:
        self.day.setDate(to_qdate(plan.starts_at.date()))
        self.time.setTime(QTime(plan.starts_at.hour, plan.starts_at.minute))
        self.duration.setValue(plan.duration_minutes)
        self.mode.setCurrentIndex(max(self.mode.findData(plan.mode), 0))
        self.place.setText(plan.place)
        self.kind.setCurrentIndex(max(self.kind.findData(plan.kind), 0))
        self.every.setValue(plan.every_weeks or 2)
        if plan.until is not None:
            self.until.setDate(to_qdate(plan.until))
        self.repeat.setChecked(plan.every_weeks is not None)
        self._repeat_changed(self.repeat.isChecked())

    def _program_changed(self) -> None:
        """An event of the chosen program: from its start (not in the past), 2 hours."""
        program_id = self.program_id
        if program_id is None:
            return
        program = self.ws.programs.get(program_id)
        start = max(dt.date.today(), program.start_date)
        self._propose(
            MeetingPlan(
                starts_at=dt.datetime.combine(start, dt.time(16, 0)),
                duration_minutes=120,
                kind=self.kind.currentData() or "kickoff",
                every_weeks=None,
                until=program.end_date or start + dt.timedelta(days=90),
            )
        )
        self.every.setValue(program.cadence_weeks or 2)

    def _repeat_changed(self, on: bool) -> None:
        self.every.setEnabled(on)
        self.until.setEnabled(on)

    def plan(self) -> MeetingPlan:
        start = dt.datetime.combine(
            from_qdate(self.day.date()), dt.time(self.time.time().hour(), self.time.time().minute())
        )
        repeat = self.repeat.isChecked()
        return MeetingPlan(
            starts_at=start,
            duration_minutes=self.duration.value(),
            mode=self.mode.currentData(),
            place=self.place.text(),
            kind=self.kind.currentData(),
            every_weeks=self.every.value() if repeat else None,
            until=from_qdate(self.until.date()) if repeat else None,
            **self._topic(),
        )

    def _topic(self) -> dict[str, object]:
        text = self.topic.currentText().strip()
        index = self.topic.findText(text)
        package = self.topic.itemData(index) if text and index > 0 else None
        return {"topic": "" if package else text, "package_id": package}

    def save(self) -> None:
        plan = self.plan()
        program_id = self.program_id
        if self.partnership_id is None and program_id is None:
            raise ValidationError(
                self.tr("Choose the program the event is for."), field="program"
            )
        if self.partnership_id is not None and not self._overlap_ok(plan):
            raise Abandoned()

        def book(allow: bool) -> None:
            if self.partnership_id is not None:
                ids = self.ws.meetings.plan(self.partnership_id, plan, allow_conflicts=allow)
            else:
                assert program_id is not None
                ids = self.ws.meetings.plan_program_event(program_id, plan, allow_conflicts=allow)
            self.booked = len(ids)

        if not book_with_conflict_check(self, book):
            raise Abandoned()

    def _overlap_ok(self, plan: MeetingPlan) -> bool:
        """A second series over weeks that already have meetings doubles them: ask first."""
        assert self.partnership_id is not None
        planned = self.ws.meetings.overlapping(self.partnership_id, plan)
        if not planned:
            return True
        return ask(
            self,
            self.tr("Meetings already planned"),
            self.tr(
                "This partnership already has %n planned meeting(s) in these weeks, "
                "the first on %1, the last on %2. A second series would double them. "
                "Plan it anyway?",
                "",
                len(planned),
            )
            .replace("%1", fmt_when(planned[0]))
            .replace("%2", fmt_when(planned[-1])),
            self.tr("Plan &anyway"),
        )


class MoveMeetingDialog(FormDialog):
    def __init__(self, ws: Workspace, meeting: MeetingData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.meeting = ws, meeting
        self.setWindowTitle(self.tr("Move meeting"))
        self.day = date_edit(to_qdate(meeting.starts_at.date()))
        self.time = QTimeEdit(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
        self.time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        self.rest = QCheckBox(self.tr("Move all later meetings of this series by the same amount"))
        self.rest.setEnabled(meeting.series_id is not None)
        form = QFormLayout()
        form.addRow(self.tr("Now:"), QLabel(fmt_when(meeting.starts_at)))
        when_label = QLabel(self.tr("&New time:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        form.addRow("", self.rest)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {"starts_at": self.day}

    def save(self) -> None:
        new = dt.datetime.combine(
            from_qdate(self.day.date()), dt.time(self.time.time().hour(), self.time.time().minute())
        )
        if not book_with_conflict_check(
            self,
            lambda allow: self.ws.meetings.move(
                self.meeting.id, new, rest_of_series=self.rest.isChecked(), allow_conflicts=allow
            ),
        ):
            raise Abandoned()
