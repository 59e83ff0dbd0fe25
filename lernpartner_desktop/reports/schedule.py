"""Tandem schedule (Terminplan) per partnership, and one person's dates (Meine Termine)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.paper import PaperMeeting, PaperPartnership, PersonDates
from lernpartner_desktop.core.records import (
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_SHOWN_STATUS,
    label,
    phase_label,
)
from lernpartner_desktop.reports import layout
from lernpartner_desktop.reports.layout import esc, fmt_day, fmt_period, fmt_time, para, tr

T = {
    "schedule": QT_TRANSLATE_NOOP("Reports", "Schedule"),
    "my_dates": QT_TRANSLATE_NOOP("Reports", "My dates"),
    "program": QT_TRANSLATE_NOOP("Reports", "Program"),
    "format": QT_TRANSLATE_NOOP("Reports", "Format"),
    "phase": QT_TRANSLATE_NOOP("Reports", "Phase"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "members": QT_TRANSLATE_NOOP("Reports", "Partners and contact"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "meetings": QT_TRANSLATE_NOOP("Reports", "Meetings"),
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "time": QT_TRANSLATE_NOOP("Reports", "Time"),
    "duration": QT_TRANSLATE_NOOP("Reports", "Length"),
    "minutes": QT_TRANSLATE_NOOP("Reports", "{duration} min"),
    "mode": QT_TRANSLATE_NOOP("Reports", "How"),
    "place": QT_TRANSLATE_NOOP("Reports", "Place or link"),
    "topic": QT_TRANSLATE_NOOP("Reports", "Topic or learning package"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "with": QT_TRANSLATE_NOOP("Reports", "With"),
    "no_place": QT_TRANSLATE_NOOP("Reports", "place to be agreed"),
    "no_meetings": QT_TRANSLATE_NOOP(
        "Reports", "No meetings are planned yet. Plan them in Lernpartner and print again."
    ),
    "whole_program": QT_TRANSLATE_NOOP("Reports", "for the whole program"),
    "moved_from": QT_TRANSLATE_NOOP("Reports", "moved from {date}"),
    "none_for_person": QT_TRANSLATE_NOOP(
        "Reports", "{name} has no meetings in any partnership yet."
    ),
}

EVENT_FILL = "#fff4d6"


def _place(m: PaperMeeting, st: layout.Styles) -> Any:
    if m.place:
        return para(m.place, st.cell)
    return para(f"<i>{esc(tr(T['no_place']))}</i>", st.cell, markup=True)


def _topic(m: PaperMeeting, st: layout.Styles) -> Any:
    if m.is_program_event:
        text = f"<b>{esc(label(MEETING_KINDS, m.kind))}</b> ({esc(tr(T['whole_program']))})"
        if m.topic:
            text += f"<br/>{esc(m.topic)}"
        return para(text, st.cell, markup=True)
    return para(m.topic, st.cell)


def _status(m: PaperMeeting, st: layout.Styles) -> Any:
    text = esc(label(MEETING_SHOWN_STATUS, m.shown_status))
    if m.shown_status == "moved" and m.original_starts_at is not None:
        text = esc(tr(T["moved_from"], date=m.original_starts_at.strftime("%d.%m.")))
    if m.status == "cancelled":
        text = f"<strike>{text}</strike>"
    return para(text, st.cell, markup=True)


def meeting_table(
    meetings: tuple[PaperMeeting, ...] | list[PaperMeeting],
    st: layout.Styles,
    width: float,
    *,
    with_column: list[Any] | None = None,
) -> Any:
    """The table of meetings; ``with_column`` adds a "With" column (one cell per meeting)."""
    head = [T["day"], T["time"], T["duration"], T["mode"], T["place"], T["topic"], T["status"]]
    widths = [27, 22, 15, 16, 31, 35, 28]
    if with_column is not None:
        head.insert(2, T["with"])
        widths = [27, 22, 32, 15, 26, 26, 26]
        head.pop(3)  # the length is in the time ("16:00–17:00"): room for the names
    scale = width / (sum(widths) * mm)
    rows: list[list[Any]] = [[para(tr(h), st.cell_head) for h in head]]
    style = layout.table_style()
    for i, m in enumerate(meetings, start=1):
        row = [
            para(fmt_day(m.starts_at.date()), st.cell),
            para(f"{fmt_time(m.starts_at)}–{fmt_time(m.ends_at)}", st.cell),
            para(tr(T["minutes"], duration=m.duration_minutes), st.cell),
            para(label(MEETING_MODES, m.mode), st.cell),
            _place(m, st),
            _topic(m, st),
            _status(m, st),
        ]
        if with_column is not None:
            row.pop(2)
            row.insert(2, with_column[i - 1])
        rows.append(row)
        if m.is_program_event:
            style.add("BACKGROUND", (0, i), (-1, i), HexColor(EVENT_FILL))
        if m.status == "cancelled":
            style.add("TEXTCOLOR", (0, i), (-1, i), HexColor(layout.MUTED))
    table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    table.setStyle(style)
    return table


def _facts(pair: PaperPartnership, st: layout.Styles) -> Any:
    facts = [
        (T["program"], pair.program_name),
        (T["format"], FORMATS[pair.program_format].display_name()),
        (T["phase"], phase_label(pair.phase)),
        (T["period"], fmt_period(pair.created_on, pair.ended_on or pair.program_end)),
    ]
    table = Table(
        [[para(tr(k), st.muted), para(v, st.body)] for k, v in facts],
        colWidths=[32 * mm, None],
    )
    table.setStyle(layout.table_style(0, zebra=False))
    return table


def _members(pair: PaperPartnership, st: layout.Styles, width: float) -> Any:
    rows = [[para(tr(h), st.cell_head) for h in (T["name"], T["role"], T["email"], T["phone"])]]
    for m in pair.members:
        rows.append(
            [
                para(m.name, st.cell_bold),
                para(role_label(m.role), st.cell),
                para(m.email, st.cell),
                para(m.phone, st.cell),
            ]
        )
    t = Table(rows, colWidths=[width * f for f in (0.30, 0.12, 0.38, 0.20)], repeatRows=1)
    t.setStyle(layout.table_style())
    return t


def schedule_story(pairs: list[PaperPartnership], st: layout.Styles) -> list[Any]:
    """One section per partnership: it starts on a new page and is numbered on its own."""
    width, _height = layout.frame_size()
    story: list[Any] = []
    for i, pair in enumerate(pairs):
        if i:
            story.append(PageBreak())
        story += [
            layout.SectionStart(("schedule", pair.id)),
            para(tr(T["schedule"]), st.title),
            layout.fitted_paragraph(pair.title, st.subtitle, width, 40 * mm),
            _facts(pair, st),
            Spacer(1, 4 * mm),
            KeepTogether([para(tr(T["members"]), st.heading), _members(pair, st, width)]),
            para(tr(T["meetings"]), st.heading),
        ]
        if pair.meetings:
            story.append(meeting_table(pair.meetings, st, width))
        else:
            story.append(para(tr(T["no_meetings"]), st.muted))
    return story


def dates_story(dates: PersonDates, st: layout.Styles) -> list[Any]:
    width, _h = layout.frame_size()
    story: list[Any] = [
        layout.SectionStart(("dates", dates.person.id)),
        para(tr(T["my_dates"]), st.title),
        layout.fitted_paragraph(dates.person.name, st.subtitle, width, 40 * mm),
    ]
    if not dates.entries:
        story.append(para(tr(T["none_for_person"], name=dates.person.name), st.body))
        return story
    with_cells = []
    for e in dates.entries:
        names = ", ".join(e.with_names)
        text = f"{esc(names)}<br/><font color='{layout.MUTED}'>{esc(e.program_name)}</font>"
        with_cells.append(para(text, st.cell, markup=True))
    story.append(
        meeting_table([e.meeting for e in dates.entries], st, width, with_column=with_cells)
    )
    return story
