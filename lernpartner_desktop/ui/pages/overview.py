"""The start page: what needs attention this week; every entry leads to its place."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.core.records import (
    MEETING_KINDS,
    PHASES,
    QUIET_DAYS,
    Attention,
    AttentionItem,
    RegistrySummary,
    label,
    phase_label,
)
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.widgets import SectionTitle, fmt_when, show_error
from lernpartner_desktop.workspace import Workspace

if TYPE_CHECKING:
    from lernpartner_desktop.ui.pages.welcome import WelcomePanel

#: Entries shown per list before "Show all": with 2,000 people a week has 100 meetings.
LIMIT = 8


@dataclass(frozen=True)
class _Loaded:
    registry: RegistrySummary
    attention: Attention
    empty: bool = False  # no people and no programs yet: the welcome page instead
    has_company: bool = False


class _Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: gray;")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


def _link_label() -> QLabel:
    lbl = QLabel()
    lbl.setWordWrap(True)
    lbl.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    lbl.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return lbl


class OverviewPage(Page):
    areas = frozenset({"people", "programs", "partnerships", "meetings", "company"})
    #: "partnership:ID", "person:ID" or "program:ID": the main window opens that place
    open_target = Signal(str)
    #: the first steps offered on the welcome page (the main window carries them out)
    welcome_action = Signal(str)

    def __init__(self, ws: Workspace, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ws, ops, parent)
        self.running_fig = _Figure(self.tr("partnerships running"))
        self.week_fig = _Figure(self.tr("meetings this week"))
        self.people_fig = _Figure(self.tr("active people"))
        self.programs_fig = _Figure(self.tr("programs running"))
        figures = QGridLayout()
        for i, f in enumerate(
            (self.running_fig, self.week_fig, self.people_fig, self.programs_fig)
        ):
            figures.addWidget(f, 0, i)
        self.phases = QLabel()
        self.phases.setStyleSheet("color: gray;")
        self.week = _link_label()
        self.attention = _link_label()
        for lbl in (self.week, self.attention):
            lbl.linkActivated.connect(self._link_activated)
        self._data: _Loaded | None = None
        self._expanded: set[str] = set()  # lists shown in full ("Show all")
        from lernpartner_desktop.ui.backup_ui import BackupReminder

        #: when the last backup to a USB stick was made (the main window refreshes it)
        self.backup_reminder = BackupReminder(ws, ops)
        # What needs attention first; this week's meetings after it.
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(SectionTitle(self.tr("Overview")))
        v.addWidget(self.backup_reminder)
        v.addLayout(figures)
        v.addWidget(self.phases)
        v.addSpacing(8)
        v.addWidget(SectionTitle(self.tr("Needs attention")))
        v.addWidget(self.attention)
        v.addSpacing(8)
        v.addWidget(SectionTitle(self.tr("This week")))
        v.addWidget(self.week)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboard = scroll
        self.welcome: WelcomePanel | None = None  # built for an empty database only
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def refresh(self) -> None:
        ov = self.ws.overview

        def load() -> _Loaded:
            empty = ov.is_empty()
            return _Loaded(ov.registry(), ov.attention(), empty, empty and ov.has_company_profile())

        self.ops.run(load, self._loaded, lambda e: show_error(self, e))

    def _show_welcome(self, has_company: bool) -> None:
        if self.welcome is None:
            from lernpartner_desktop.ui.pages.welcome import WelcomePanel

            self.welcome = WelcomePanel(self.ws)
            for name in (
                "import_staff",
                "add_person",
                "new_program",
                "open_demo",
                "restore_backup",
            ):
                getattr(self.welcome, name).connect(
                    lambda name=name: self.welcome_action.emit(name)
                )
            self.stack.addWidget(self.welcome)
        self.welcome.show_company(has_company)
        self.stack.setCurrentWidget(self.welcome)

    def _loaded(self, data: _Loaded) -> None:
        if data.empty:
            self._show_welcome(data.has_company)
            self.loaded.emit()
            return
        self.stack.setCurrentWidget(self.dashboard)
        self._data = data
        self._render()
        self.loaded.emit()

    def _link_activated(self, target: str) -> None:
        if target.startswith("all:"):
            self._expanded.add(target[4:])
            self._render()
        else:
            self.open_target.emit(target)

    def _more(self, key: str, total: int) -> str:
        """The link that shows a capped list in full."""
        text = html.escape(self.tr("Show all %n", "", total))
        return f"<a href='all:{key}'>{text}</a>"

    def _shown(self, key: str, items: list[AttentionItem]) -> list[AttentionItem]:
        return items if key in self._expanded else items[:LIMIT]

    def _render(self) -> None:
        data = self._data
        assert data is not None
        reg, att = data.registry, data.attention
        running = sum(n for p, n in att.phase_counts.items() if p not in ("completed", "dissolved"))
        self.running_fig.value.setText(str(running))
        self.week_fig.value.setText(str(len(att.this_week)))
        self.people_fig.value.setText(str(reg.active_people))
        self.programs_fig.value.setText(f"{reg.running_programs} / {reg.all_programs}")
        self.phases.setText(
            " · ".join(
                f"{phase_label(p)}: {att.phase_counts[p]}"
                for p in PHASES
                if att.phase_counts.get(p)
            )
        )
        e = html.escape
        if att.this_week:
            rows = "".join(
                f"<tr><td style='padding-right:12px'>{e(fmt_when(i.when, year=False))}"
                f"</td><td>{self._link(i)}</td><td style='color:gray; padding-left:12px'>"
                f"{e(label(MEETING_KINDS, i.detail))}</td></tr>"
                for i in self._shown("week", att.this_week)
                if i.when
            )
            more = (
                f"<p>{self._more('week', len(att.this_week))}</p>"
                if len(att.this_week) > LIMIT and "week" not in self._expanded
                else ""
            )
            self.week.setText(f"<table>{rows}</table>{more}")
        else:
            self.week.setText(e(self.tr("No meetings this week.")))
        sections: list[tuple[str, list[AttentionItem], object]] = [
            (
                self.tr("No meeting for %n day(s) or more", "", QUIET_DAYS),
                att.quiet,
                lambda i: self.tr("%n day(s)", "", i.days or 0),
            ),
            (self.tr("Interim talks due or overdue"), att.interim_due, self._interim),
            (
                self.tr("Goals without success criteria"),
                att.goals_without_criteria,
                lambda i: self.tr("“%1”").replace("%1", i.detail),
            ),
            (
                self.tr("Mentors over capacity"),
                att.mentors_over_capacity,
                lambda i: (
                    self.tr("%1: %2 more than agreed")
                    .replace("%1", i.detail)
                    .replace("%2", str(i.days))
                ),
            ),
        ]
        # The registry's hints (consent, empty ads, ...) read the same way, without a detail.
        hint_headings = {
            "no_consent": self.tr("Enrolled without recorded consent"),
            "inactive_enrolled": self.tr("Inactive but still enrolled"),
            "no_ad": self.tr("Enrolled with an empty partner ad"),
            "empty_program": self.tr("Programs without participants"),
        }
        for kind, heading in hint_headings.items():
            items = [
                AttentionItem(h.target, h.target_id, h.label) for h in reg.hints if h.kind == kind
            ]
            sections.append((heading, items, None))
        parts: list[str] = []
        for number, (heading, items, describe) in enumerate(sections):
            if not items:
                continue
            lines = ""
            key = f"section{number}"
            for i in self._shown(key, items):
                note = (
                    f" <span style='color:gray'>— {e(describe(i))}</span>"  # type: ignore[operator]
                    if describe
                    else ""
                )
                lines += f"<li>{self._link(i)}{note}</li>"
            if len(items) > LIMIT and key not in self._expanded:
                lines += f"<li>{self._more(key, len(items))}</li>"
            parts.append(f"<p><b>{e(heading)}</b> ({len(items)})</p><ul>{lines}</ul>")
        if not parts:
            if reg.active_people == 0:
                parts.append(
                    "<p>"
                    + e(
                        self.tr(
                            "No people yet. Start on the People page (Ctrl+3) with “New person…”, "
                            "or try the app with demo data: lernpartner demo"
                        )
                    )
                    + "</p>"
                )
            else:
                parts.append("<p>" + e(self.tr("Nothing needs your attention right now.")) + "</p>")
        self.attention.setText("".join(parts))

    @staticmethod
    def _link(i: AttentionItem) -> str:
        return f"<a href='{i.target}:{i.target_id}'>{html.escape(i.title)}</a>"

    def _interim(self, i: AttentionItem) -> str:
        when = fmt_when(i.when, year=False) + " " if i.when else ""
        return when + {
            "due": self.tr("due"),
            "overdue": self.tr("overdue"),
            "feedback": self.tr("halfway, no interim feedback yet"),
        }.get(i.detail, "")
