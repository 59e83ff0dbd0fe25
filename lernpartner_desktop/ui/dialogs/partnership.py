"""Dialogs of the partnership life cycle: create, goals, packages, meetings, reflection."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.records import (
    FIT_ANSWERS,
    GoalData,
    PartnershipDetail,
    label,
)
from lernpartner_desktop.ui.dialogs.base import FormDialog
from lernpartner_desktop.ui.widgets import date_edit, from_qdate
from lernpartner_desktop.workspace import Workspace


def _text_box(text: str = "", height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def _member_box(detail: PartnershipDetail, with_none: str | None = None) -> QComboBox:
    box = QComboBox()
    if with_none is not None:
        box.addItem(with_none, None)
    for m in detail.members:
        box.addItem(f"{m.name} ({role_label(m.role)})", m.person_id)
    return box


class NewPartnershipDialog(FormDialog):
    """Pick a program, then its participants (two for a pair, up to the group size)."""

    def __init__(
        self, ws: Workspace, program_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New partnership"))
        self.resize(480, 520)
        self.program = QComboBox()
        for p in ws.programs.all():
            self.program.addItem(p.name, p.id)
        if program_id is not None:
            self.program.setCurrentIndex(max(self.program.findData(program_id), 0))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants"))
        self.program.currentIndexChanged.connect(self._load_people)
        form = QFormLayout()
        form.addRow(self.tr("&Program:"), self.program)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.button_box())
        self.fields = {"members": self.people}
        self._load_people()

    def _load_people(self) -> None:
        self.people.clear()
        pid = self.program.currentData()
        if pid is None:
            self.hint.setText(self.tr("Create a program and enrol people first."))
            return
        program = self.ws.programs.get(pid)
        fmt = FORMATS[program.format]
        if fmt.is_group:
            self.hint.setText(
                self.tr("Tick 2 to %n member(s) of the learning group.", "", program.max_group_size)
            )
        else:
            self.hint.setText(self.tr("Tick the two people of the %s.") % fmt.display_name())
        for part in self.ws.programs.participants(pid):
            if not part.active:
                continue
            item = QListWidgetItem(
                f"{part.name} – {role_label(part.role)}"
                + (f" ({part.department})" if part.department else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, (part.person_id, part.role))
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)

    def members(self) -> list[tuple[int, str]]:
        out = []
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return out  # type: ignore[return-value]

    def save(self) -> None:
        self.saved_id = self.ws.partnerships.create(self.program.currentData(), self.members())


class GoalDialog(FormDialog):
    def __init__(
        self,
        ws: Workspace,
        detail: PartnershipDetail,
        goal: GoalData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.detail, self.goal = ws, detail, goal
        self.setWindowTitle(self.tr("Learning goal") if goal else self.tr("New learning goal"))
        self.setMinimumWidth(460)
        self.title = QLineEdit(goal.title if goal else "")
        self.title.setPlaceholderText(self.tr("What should be learned?"))
        self.criteria = _text_box(goal.success_criteria if goal else "")
        self.criteria.setPlaceholderText(
            self.tr("How will you know it is reached? Neither too ambitious nor too vague.")
        )
        self.member = _member_box(detail, self.tr("(shared goal)"))
        if goal is not None:
            self.member.setCurrentIndex(max(self.member.findData(goal.person_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Goal:"), self.title)
        form.addRow(self.tr("&Success criteria:"), self.criteria)
        form.addRow(self.tr("&Belongs to:"), self.member)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {"title": self.title, "person": self.member, "goal": self.title}

    def save(self) -> None:
        if self.goal is None:
            self.ws.partnerships.add_goal(
                self.detail.id,
                self.title.text(),
                self.criteria.toPlainText(),
                self.member.currentData(),
            )
        else:
            self.ws.partnerships.update_goal(
                self.goal.id,
                self.title.text(),
                self.criteria.toPlainText(),
                self.member.currentData(),
            )


class PackageDialog(FormDialog):
    def __init__(self, ws: Workspace, goal: GoalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.goal = ws, goal
        self.setWindowTitle(self.tr("New learning package"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. work through the pivot-table tutorial"))
        self.has_due = QCheckBox(self.tr("due on"))
        self.has_due.setChecked(True)
        self.due = date_edit(QDate.currentDate().addDays(14))
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("For goal:"), QLabel(goal.title))
        form.addRow(self.tr("&Package:"), self.title)
        form.addRow(self.tr("Due:"), due_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {"package": self.title}

    def save(self) -> None:
        due = from_qdate(self.due.date()) if self.has_due.isChecked() else None
        self.ws.partnerships.add_package(self.goal.id, self.title.text(), due)


class DissolveDialog(FormDialog):
    """Ending a partnership early is normal: no reason needed, no blame in the words."""

    def __init__(
        self, ws: Workspace, detail: PartnershipDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.detail = ws, detail
        self.setWindowTitle(self.tr("End partnership early"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "Anyone may leave a learning partnership at any time, without giving a reason: "
                "sometimes the chemistry just does not fit. Planned meetings of “%s” will be "
                "cancelled; everything so far stays in the history."
            )
            % detail.title
        )
        intro.setWordWrap(True)
        self.reason = _text_box()
        self.reason.setPlaceholderText(self.tr("Optional, kept confidential"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Note (optional):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.button_box(self.tr("End partnership")))

    def save(self) -> None:
        self.ws.partnerships.dissolve(self.detail.id, self.reason.toPlainText())


class FitDialog(FormDialog):
    def __init__(
        self, ws: Workspace, detail: PartnershipDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.detail = ws, detail
        self.answer_given: str | None = None
        self.setWindowTitle(self.tr("Does the pairing fit?"))
        self.member = _member_box(detail)
        self.answer = QComboBox()
        for key in FIT_ANSWERS:
            self.answer.addItem(label(FIT_ANSWERS, key), key)
        self.comment = _text_box()
        self.comment.setPlaceholderText(self.tr("Optional, kept confidential"))
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("The pairing &fits:"), self.answer)
        form.addRow(self.tr("&Comment:"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {"fit": self.answer, "person": self.member}

    def save(self) -> None:
        self.ws.partnerships.record_fit(
            self.detail.id,
            self.member.currentData(),
            self.answer.currentData(),
            self.comment.toPlainText(),
        )
        self.answer_given = self.answer.currentData()


class InterimDialog(FormDialog):
    def __init__(
        self, ws: Workspace, detail: PartnershipDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.detail = ws, detail
        self.setWindowTitle(self.tr("Interim feedback"))
        self.member = _member_box(detail)
        self.ratings: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        for key, text in (
            ("progress", self.tr("&Progress (1–5):")),
            ("cooperation", self.tr("&Cooperation (1–5):")),
            ("benefit", self.tr("&Benefit (1–5):")),
        ):
            box = QSpinBox()
            box.setRange(1, 5)
            box.setValue(3)
            self.ratings[key] = box
            form.addRow(text, box)
        self.comment = _text_box()
        self.comment.setPlaceholderText(self.tr("Optional, kept confidential"))
        form.addRow(self.tr("&Comment:"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())

    def save(self) -> None:
        r = {k: b.value() for k, b in self.ratings.items()}
        self.ws.partnerships.record_interim(
            self.detail.id,
            self.member.currentData(),
            r["progress"],
            r["cooperation"],
            r["benefit"],
            self.comment.toPlainText(),
        )


class JournalDialog(FormDialog):
    def __init__(
        self, ws: Workspace, detail: PartnershipDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.detail = ws, detail
        self.setWindowTitle(self.tr("Learning journal entry"))
        self.setMinimumWidth(480)
        self.member = _member_box(detail)
        self.day = date_edit()
        self.body = _text_box(height=200)
        self.body.setPlaceholderText(
            self.tr("What did I learn, what did I try at work, what is next? (confidential)")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Entry:"), self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.button_box())
        self.fields = {"body": self.body, "person": self.member}

    def save(self) -> None:
        self.ws.partnerships.add_journal_entry(
            self.detail.id,
            self.member.currentData(),
            self.body.toPlainText(),
            from_qdate(self.day.date()),
        )
