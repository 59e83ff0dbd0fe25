"""The head of the partnership page: who and what (elided, whole text as tooltip), the phase
stepper, and the life-cycle actions. Everything here wraps rather than widening the window;
further actions (printing, calendar) go into :meth:`PartnershipHeader.add_action`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.records import (
    PHASE_ORDER,
    PartnershipDetail,
    PhaseStep,
    phase_label,
)
from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.widgets import ElidedLabel, SectionTitle
from lernpartner_desktop.workspace import Workspace


class PhaseStepper(QWidget):
    """Preparation → Planning → Learning → Closing → Completed, the current step marked.

    The steps wrap onto a second line when the page is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[QLabel] = []
        layout = FlowLayout(self, spacing=4)
        for i, phase in enumerate(PHASE_ORDER):
            # The arrow travels with its step when a narrow page wraps the line.
            step = QWidget()
            row = QHBoxLayout(step)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: gray;")
                row.addWidget(arrow)
            lbl = QLabel(phase_label(phase))
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._labels.append(lbl)
            row.addWidget(lbl)
            layout.addWidget(step)
        self.ended = QLabel()
        layout.addWidget(self.ended)

    def set_phase(self, phase: str) -> None:
        current = PHASE_ORDER.index(phase) if phase in PHASE_ORDER else -1
        # After ending early, the steps reached before stay marked as reached.
        reached = current if current >= 0 else len(PHASE_ORDER) - 1
        for i, lbl in enumerate(self._labels):
            if i == current:
                style = (
                    "background: palette(highlight); color: palette(highlighted-text);"
                    "font-weight: bold;"
                )
            elif i < reached and phase:
                style = "background: #e6f2e6; color: #24562b;"
            else:
                style = "color: gray;"
            lbl.setStyleSheet(f"QLabel {{ {style} border-radius: 10px; padding: 3px 8px; }}")
            lbl.setAccessibleDescription(self.tr("current phase") if i == current else "")
        # Ending early is a normal outcome: neutral grey, no warning colours.
        self.ended.setText(self.tr("· ended early") if phase == "dissolved" else "")
        self.ended.setStyleSheet("color: gray; font-style: italic;")
        self.ended.setVisible(phase == "dissolved")


class PartnershipHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = SectionTitle("")
        self.subtitle = ElidedLabel()
        self.subtitle.setStyleSheet("color: gray;")
        self.stepper = PhaseStepper()
        self.next_button = QPushButton(self.tr("&Next phase…"))
        self.dissolve_button = QPushButton(self.tr("End &early…"))
        # A push button with a menu (a tool button drew its arrow over the text).
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setToolTip(self.tr("More actions for this partnership"))
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.back_action = QAction(self.tr("&Back one phase…"), self)
        self.more_menu.addAction(self.back_action)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #7a5a00;")

        # The steps on a line of their own, the actions in a second row below them: both
        # wrap when the page is narrow or the words are long.
        self.actions = actions = FlowLayout()
        for b in (self.next_button, self.dissolve_button, self.more_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stepper)
        layout.addLayout(actions)
        layout.addWidget(self.missing)

    def set_missing(self, text: str) -> None:
        """What stands before the next phase; no empty line when nothing does."""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))

    def add_widget(self, widget: QWidget) -> None:
        """Another button in the row of actions (e.g. the Print menu)."""
        self.actions.addWidget(widget)

    def add_action(self, action: QAction, *, separated: bool = False) -> None:
        """Another action for the partnership shown (e.g. print its schedule)."""
        if separated:
            self.more_menu.addSeparator()
        self.more_menu.addAction(action)


class PhaseQuestions(QObject):
    """Asks before a phase changes: a phase is a step the members notice. What is still
    missing for the next phase is not asked about: the core refuses and names it."""

    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.widget = parent

    def confirm_next(self, d: PartnershipDetail) -> bool:
        if d.phase not in PHASE_ORDER[:-1] or self.ws.partnerships.missing_for_next_phase(d.id):
            return True  # the core says what stands in the way
        nxt = PHASE_ORDER[PHASE_ORDER.index(d.phase) + 1]
        if nxt == "completed":
            question = self.tr(
                "Complete the partnership “%1”? It then takes no new meetings, goals or "
                "entries. If needed, “Back one phase” reopens it."
            ).replace("%1", d.title)
        else:
            question = (
                self.tr("Move “%1” on from %2 to %3?")
                .replace("%1", d.title)
                .replace("%2", phase_label(d.phase))
                .replace("%3", phase_label(nxt))
            )
        return self._ask(self.tr("Next phase"), question)

    def confirm_back(self, d: PartnershipDetail) -> bool:
        if d.phase not in PHASE_ORDER[1:]:
            return False
        previous = PHASE_ORDER[PHASE_ORDER.index(d.phase) - 1]
        question = (
            self.tr("Take “%1” back from %2 to %3? The history keeps both steps.")
            .replace("%1", d.title)
            .replace("%2", phase_label(d.phase))
            .replace("%3", phase_label(previous))
        )
        return self._ask(self.tr("Back one phase"), question)

    def went_back(self) -> str:
        return self.tr("Went back one phase.")

    def step_text(self, step: PhaseStep) -> str:
        """A line of the history: the phase reached, or "back to" it."""
        order = list(PHASE_ORDER)
        if (
            step.from_phase in order
            and step.to_phase in order
            and order.index(step.to_phase) < order.index(step.from_phase)
        ):
            return self.tr("back to %s") % phase_label(step.to_phase)
        return phase_label(step.to_phase)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.widget,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["PartnershipHeader", "PhaseQuestions", "PhaseStepper"]
