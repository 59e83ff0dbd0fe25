"""The start page: key figures and what needs attention; every entry leads to its place."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lernpartner_desktop.core.records import RegistrySummary
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.widgets import SectionTitle, show_error
from lernpartner_desktop.workspace import Workspace


class _Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewPage(Page):
    areas = frozenset({"people", "programs"})
    #: "person:ID" or "program:ID": the main window opens that place
    open_target = Signal(str)

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.people_fig = _Figure(self.tr("active people"))
        self.programs_fig = _Figure(self.tr("programs running"))
        self.parts_fig = _Figure(self.tr("participations"))
        figures = QGridLayout()
        for i, f in enumerate((self.people_fig, self.programs_fig, self.parts_fig)):
            figures.addWidget(f, 0, i)
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hints.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.hints.linkActivated.connect(self.open_target.emit)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(SectionTitle(self.tr("Overview")))
        v.addLayout(figures)
        v.addSpacing(12)
        v.addWidget(SectionTitle(self.tr("Needs attention")))
        v.addWidget(self.hints)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        self.ops.run(self.ws.overview.registry, self._loaded, lambda e: show_error(self, e))

    def _loaded(self, summary: RegistrySummary) -> None:
        self.people_fig.value.setText(str(summary.active_people))
        self.programs_fig.value.setText(f"{summary.running_programs} / {summary.all_programs}")
        self.parts_fig.value.setText(str(summary.participations))
        headings = {
            "no_consent": self.tr("Enrolled without recorded consent"),
            "inactive_enrolled": self.tr("Inactive but still enrolled"),
            "no_ad": self.tr("Enrolled with an empty partner ad"),
            "empty_program": self.tr("Programs without participants"),
        }
        e = html.escape
        parts: list[str] = []
        for kind, heading in headings.items():
            items = [h for h in summary.hints if h.kind == kind]
            if not items:
                continue
            links = ", ".join(
                f"<a href='{h.target}:{h.target_id}'>{e(h.label)}</a>" for h in items[:25]
            )
            more = len(items) - 25
            if more > 0:
                links += " " + e(self.tr("and %n more", "", more))
            parts.append(f"<p><b>{e(heading)}</b> ({len(items)})<br/>{links}</p>")
        if not parts:
            if summary.active_people == 0:
                parts.append(
                    "<p>"
                    + e(
                        self.tr(
                            "No people yet. Start on the People page (Ctrl+2) with “New person…”, "
                            "or try the app with demo data: lernpartner demo"
                        )
                    )
                    + "</p>"
                )
            else:
                parts.append("<p>" + e(self.tr("Nothing needs your attention right now.")) + "</p>")
        self.hints.setText("".join(parts))
        self.loaded.emit()
