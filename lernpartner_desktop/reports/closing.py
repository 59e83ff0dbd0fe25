"""The closing document (Abschlussdokument) of a partnership, as the closing phase asks for.

Participants, program, period, the phases with their dates, each goal with its success
criteria and assessment, the learning packages done, the meetings held, room for a joint
written reflection and everyone's signature. The learning journal, check-in comments and gap
notes stay out: they are the partners' own, and confidential.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.paper import PaperPartnership
from lernpartner_desktop.core.records import GOAL_STATUS, label, phase_label
from lernpartner_desktop.reports import fonts, layout
from lernpartner_desktop.reports.layout import esc, fmt_date, fmt_period, para, tr

T = {
    "title": QT_TRANSLATE_NOOP("Reports", "Closing document"),
    "participants": QT_TRANSLATE_NOOP("Reports", "Participants"),
    "program": QT_TRANSLATE_NOOP("Reports", "Program"),
    "format": QT_TRANSLATE_NOOP("Reports", "Format"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "phases": QT_TRANSLATE_NOOP("Reports", "Phases"),
    "reached_on": QT_TRANSLATE_NOOP("Reports", "since"),
    "goals": QT_TRANSLATE_NOOP("Reports", "Learning goals"),
    "criteria": QT_TRANSLATE_NOOP("Reports", "Success criteria"),
    "no_criteria": QT_TRANSLATE_NOOP("Reports", "none written down"),
    "assessment": QT_TRANSLATE_NOOP("Reports", "Assessment"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Whose goal"),
    "shared": QT_TRANSLATE_NOOP("Reports", "shared"),
    "packages_done": QT_TRANSLATE_NOOP("Reports", "Learning packages done"),
    "none_done": QT_TRANSLATE_NOOP("Reports", "none"),
    "no_goals": QT_TRANSLATE_NOOP("Reports", "No learning goals were written down."),
    "meetings": QT_TRANSLATE_NOOP("Reports", "Meetings held"),
    "held_count": QT_TRANSLATE_NOOP("Reports", "{n} of {planned} planned meetings were held."),
    "reflection": QT_TRANSLATE_NOOP("Reports", "Our joint reflection"),
    "reflection_hint": QT_TRANSLATE_NOOP(
        "Reports",
        "What have we learnt? What worked well, what would we do differently? How do we "
        "carry it on?",
    ),
    "signatures": QT_TRANSLATE_NOOP("Reports", "Signatures"),
    "place_date": QT_TRANSLATE_NOOP("Reports", "Place, date"),
}


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on by hand."""

    def __init__(self, lines: int, gap: float = 9 * mm) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.lines * self.gap

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(HexColor(layout.RULE))
        c.setLineWidth(0.6)
        for i in range(self.lines):
            y = i * self.gap
            c.line(0, y, self.width, y)


class SignatureLine(Flowable):  # type: ignore[misc]
    def __init__(self, name: str, role: str, width: float) -> None:
        super().__init__()
        self.name, self.role, self.w = name, role, width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.w, 24 * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(HexColor(layout.INK))
        c.setLineWidth(0.7)
        c.line(0, 12 * mm, self.w * 0.42, 12 * mm)
        c.line(self.w * 0.5, 12 * mm, self.w, 12 * mm)
        c.setFillColor(HexColor(layout.MUTED))
        c.setFont(fonts.REGULAR, 8.5)
        c.drawString(0, 8 * mm, tr(T["place_date"]))
        c.setFillColor(HexColor(layout.INK))
        name = fonts.printable(self.name)
        size = layout.shrink_to_width(name, fonts.BOLD, 10, self.w * 0.5, 6)
        c.setFont(fonts.BOLD, size)
        c.drawString(self.w * 0.5, 8 * mm, name)
        c.setFont(fonts.REGULAR, 8.5)
        c.setFillColor(HexColor(layout.MUTED))
        c.drawString(self.w * 0.5, 4 * mm, fonts.printable(self.role))


def _goal_block(goal: Any, st: layout.Styles, width: float) -> Any:
    done = [p for p in goal.packages if p.status == "done"]
    done_text = "<br/>".join("✓ " + esc(p.title) for p in done) if done else esc(tr(T["none_done"]))
    rows = [
        [
            para(tr(T["criteria"]), st.muted),
            para(goal.success_criteria or tr(T["no_criteria"]), st.cell),
        ],
        [
            para(tr(T["assessment"]), st.muted),
            para(f"<b>{esc(label(GOAL_STATUS, goal.status, 'Phases'))}</b>", st.cell, markup=True),
        ],
        [para(tr(T["owner"]), st.muted), para(goal.owner_name or tr(T["shared"]), st.cell)],
        [para(tr(T["packages_done"]), st.muted), para(done_text, st.cell, markup=True)],
    ]
    t = Table(rows, colWidths=[42 * mm, width - 42 * mm])
    t.setStyle(layout.table_style(0, zebra=False))
    return KeepTogether([para(goal.title, st.heading), t])


def closing_story(pairs: list[PaperPartnership], st: layout.Styles) -> list[Any]:
    width, _h = layout.frame_size()
    story: list[Any] = []
    for i, pair in enumerate(pairs):
        if i:
            story.append(PageBreak())
        members = "<br/>".join(
            f"<b>{esc(m.name)}</b> ({esc(role_label(m.role))})" for m in pair.members
        )
        facts = [
            (T["participants"], para(members, st.body, markup=True)),
            (T["program"], para(pair.program_name, st.body)),
            (T["format"], para(FORMATS[pair.program_format].display_name(), st.body)),
            (
                T["period"],
                para(fmt_period(pair.created_on, pair.ended_on or pair.program_end), st.body),
            ),
        ]
        info = Table([[para(tr(k), st.muted), v] for k, v in facts], colWidths=[32 * mm, None])
        info.setStyle(layout.table_style(0, zebra=False))
        phase_rows = [
            [para(phase_label(ph), st.cell), para(fmt_date(day), st.cell)]
            for ph, day in pair.phases
        ]
        phases = Table(
            phase_rows or [[para("", st.cell)]], colWidths=[70 * mm, 40 * mm], hAlign="LEFT"
        )
        phases.setStyle(layout.table_style(0))
        story += [
            layout.SectionStart(("closing", pair.id)),
            para(tr(T["title"]), st.title),
            layout.fitted_paragraph(pair.title, st.subtitle, width, 40 * mm),
            info,
            KeepTogether([para(tr(T["phases"]), st.heading), phases]),
            para(tr(T["goals"]), st.heading),
        ]
        if pair.goals:
            story += [_goal_block(g, st, width) for g in pair.goals]
        else:
            story.append(para(tr(T["no_goals"]), st.muted))
        own = [m for m in pair.meetings if not m.is_program_event]
        held = [m for m in own if m.status == "held"]
        dates = ", ".join(fmt_date(m.starts_at.date()) for m in held)
        story += [
            para(tr(T["meetings"]), st.heading),
            para(tr(T["held_count"], n=len(held), planned=len(own)), st.body),
        ]
        if dates:
            story.append(para(dates, st.muted))
        # Reflection and signatures belong on one page: they are filled in together.
        story.append(
            KeepTogether(
                [
                    para(tr(T["reflection"]), st.heading),
                    para(tr(T["reflection_hint"]), st.muted),
                    Spacer(1, 4 * mm),
                    WritingLines(7, 8 * mm),
                    Spacer(1, 2 * mm),
                    para(tr(T["signatures"]), st.heading),
                ]
                + [SignatureLine(m.name, role_label(m.role), width) for m in pair.members]
            )
        )
    return story
