"""The first start: an empty database shows this instead of the overview. It asks once for
the company (certificates need it) and offers the first steps: people, a program, or a demo
in a folder of its own."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.ui.flow_layout import FlowLayout
from lernpartner_desktop.ui.widgets import ErrorBanner, SectionTitle
from lernpartner_desktop.workspace import Workspace


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Step(QFrame):
    """A numbered card: heading, a sentence or two, and its buttons."""

    def __init__(self, number: int, heading: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{number}. {html.escape(heading)}</b>")
        self.body = QVBoxLayout()
        self.body.addWidget(_text(text))
        self.buttons = FlowLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(self.body)
        layout.addLayout(self.buttons)

    def button(self, text: str, tip: str = "") -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        self.buttons.addWidget(b)
        return b


class WelcomePanel(QWidget):
    import_staff = Signal()
    add_person = Signal()
    new_program = Signal()
    open_demo = Signal()
    restore_backup = Signal()
    company_saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.company_form = None  # built when shown: it needs the database side
        self.company = _Step(
            1,
            self.tr("Your company"),
            self.tr(
                "Certificates and letters carry your company's name, address and logo and "
                "the name of the person who signs. Enter them once; you can change them any "
                "time under File › Settings."
            ),
        )
        self.company_done = _text("")
        self.company.body.addWidget(self.company_done)
        self.save_company_button = self.company.button(self.tr("&Save company details"))
        self.later_button = self.company.button(self.tr("&Later"))
        self.save_company_button.clicked.connect(self.save_company)
        self.later_button.clicked.connect(self.company_later)
        self.company_banner = ErrorBanner(self)
        self.company.body.addWidget(self.company_banner)

        people = _Step(
            2,
            self.tr("Your people"),
            self.tr(
                "Bring in the staff list from a spreadsheet, or add people one by one with "
                "what they can offer and what they seek."
            ),
        )
        self.import_button = people.button(self.tr("&Import a staff list…"))
        self.person_button = people.button(self.tr("Add a &person…"))
        self.restore_button = people.button(
            self.tr("&Restore from a backup…"),
            self.tr("Moving from another PC: bring back everything from a Lernpartner backup"),
        )
        program = _Step(
            3,
            self.tr("Your first program"),
            self.tr(
                "Choose a learning format (learning tandem, mentoring, reverse mentoring, buddy "
                "program, learning circle, job shadowing): the app explains each one and sets "
                "sensible defaults. Then enrol the participants and let the app suggest pairs."
            ),
        )
        self.program_button = program.button(self.tr("Create a &program…"))
        demo = _Step(
            4,
            self.tr("Just looking around?"),
            self.tr(
                "Open a demo with an invented company in a separate folder, in a second "
                "window. Your own data here stays untouched."
            ),
        )
        self.demo_button = demo.button(self.tr("Open the &demo…"))
        self.import_button.clicked.connect(self.import_staff.emit)
        self.person_button.clicked.connect(self.add_person.emit)
        self.program_button.clicked.connect(self.new_program.emit)
        self.demo_button.clicked.connect(self.open_demo.emit)
        self.restore_button.clicked.connect(self.restore_backup.emit)

        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(SectionTitle(self.tr("Welcome to Lernpartner")))
        v.addWidget(
            _text(
                self.tr(
                    "Learning partnerships, tandems and mentoring for your company: who "
                    "learns with whom, their goals, meetings and progress. Everything stays "
                    "on this computer. Four steps to begin (F1 opens the guide):"
                )
            )
        )
        for step in (self.company, people, program, demo):
            v.addWidget(step)
        v.addStretch(1)
        inner.setMaximumWidth(900)
        centre = QWidget()
        h = QHBoxLayout(centre)
        h.addWidget(inner, 1, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(centre)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._asked = False

    def show_company(self, has_profile: bool) -> None:
        """Ask for the company once: until it is saved, or put off with "Later"."""
        ask = not has_profile and not self._asked
        if ask and self.company_form is None:
            from lernpartner_desktop.ui.company_form import CompanyForm

            self.company_form = CompanyForm(self.ws, compact=True)
            self.company.body.insertWidget(1, self.company_form)
        if self.company_form is not None:
            self.company_form.setVisible(ask)
        self.save_company_button.setVisible(ask)
        self.later_button.setVisible(ask)
        if has_profile:
            self.company_done.setText(
                self.tr("✓ Saved. Change the details any time under File › Settings.")
            )
        elif self._asked:
            self.company_done.setText(self.tr("Later: File › Settings › Company."))
        self.company_done.setVisible(has_profile or self._asked)

    def save_company(self) -> None:
        if self.company_form is None:
            return
        from lernpartner_desktop.base.errors import LernpartnerError

        try:
            self.company_form.save()
        except LernpartnerError as exc:
            self.company_banner.show_message(exc.message())
            widget = self.company_form.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.company_banner.clear_message()
        self.show_company(True)
        self.company_saved.emit()

    def company_later(self) -> None:
        self._asked = True
        self.show_company(False)


__all__ = ["WelcomePanel"]
