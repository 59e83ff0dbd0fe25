"""The program wall plan: one row per partnership, a column per week or month, landscape.

Made to hang on a wall and be read from a metre away: names at 11 pt or more on A4 (scaled
up on A3), a mark on each meeting's day, program events as highlighted columns, a legend.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.paper import PaperMeeting, PaperProgram
from lernpartner_desktop.core.records import MEETING_KINDS, label
from lernpartner_desktop.reports import fonts, layout
from lernpartner_desktop.reports.layout import fmt_period, tr

T = {
    "title": QT_TRANSLATE_NOOP("Reports", "Wall plan"),
    "week": QT_TRANSLATE_NOOP("Reports", "W{n}"),
    "planned": QT_TRANSLATE_NOOP("Reports", "planned"),
    "held": QT_TRANSLATE_NOOP("Reports", "held"),
    "moved": QT_TRANSLATE_NOOP("Reports", "moved"),
    "cancelled": QT_TRANSLATE_NOOP("Reports", "cancelled"),
    "event": QT_TRANSLATE_NOOP("Reports", "program event"),
    "empty": QT_TRANSLATE_NOOP("Reports", "This program has no partnerships yet."),
    "continued": QT_TRANSLATE_NOOP("Reports", "continued"),
}
SIZES = {"A4": landscape(A4), "A3": landscape(A3)}
EVENT = "#f6c343"
#: Up to this many weeks a column is a week; longer programs get a column per month.
WEEK_COLUMNS_UP_TO = 27


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _columns(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """(first day, day after the last, label) of each column."""
    cols: list[tuple[dt.date, dt.date, str]] = []
    if (end - start).days // 7 + 1 <= WEEK_COLUMNS_UP_TO:
        day = _monday(start)
        while day <= end:
            nxt = day + dt.timedelta(days=7)
            cols.append((day, nxt, tr(T["week"], n=day.isocalendar().week)))
            day = nxt
        return cols
    day = start.replace(day=1)
    while day <= end:
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        text = layout.month(day) + (f" {day:%y}" if day.month == 1 or not cols else "")
        cols.append((day, nxt, text))
        day = nxt
    return cols


class WallPlanPage(Flowable):  # type: ignore[misc]
    """One page of the grid: the column heads and ``rows`` (title, meetings)."""

    def __init__(
        self,
        program: PaperProgram,
        rows: list[tuple[str, tuple[PaperMeeting, ...]]],
        columns: list[tuple[dt.date, dt.date, str]],
        scale: float,
        heading: str,
    ) -> None:
        super().__init__()
        self.program, self.rows, self.columns = program, rows, columns
        self.scale, self.heading = scale, heading

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, ah
        return aw, ah

    # geometry shared by draw and rows_per_page
    @staticmethod
    def metrics(scale: float) -> dict[str, float]:
        return {
            "title": 9 * mm * scale,
            "head": 9 * mm * scale,
            "row": 7.2 * mm * scale,
            "legend": 9 * mm * scale,
            "name_font": 11 * scale,
        }

    def draw(self) -> None:
        c = self.canv
        m = self.metrics(self.scale)
        w, h = self.width, self.height
        name_w = min(75 * mm * self.scale, w * 0.3)
        grid_x, grid_w = name_w, w - name_w
        start, end = self.columns[0][0], self.columns[-1][1]
        span = (end - start).days

        def x_of(day: dt.date, frac: float = 0.5) -> float:
            return float(grid_x + grid_w * ((day - start).days + frac) / span)

        top = h
        # Title line
        c.setFillColor(HexColor(layout.ACCENT))
        title = fonts.printable(self.heading)
        size = layout.shrink_to_width(title, fonts.BOLD, 15 * self.scale, w)
        c.setFont(fonts.BOLD, size)
        c.drawString(0, top - m["title"] + 2 * mm, title)
        top -= m["title"]
        rows_h = m["row"] * len(self.rows)
        grid_top, grid_bottom = top - m["head"], top - m["head"] - rows_h
        # Program events: highlighted columns across the whole grid.
        for ev in self.program.events:
            if ev.status == "cancelled" or not start <= ev.starts_at.date() < end:
                continue
            x0 = x_of(ev.starts_at.date(), 0)
            ew = max(grid_w / span, 2.2 * mm * self.scale)
            c.setFillColor(HexColor(EVENT))
            c.rect(
                x0 - ew / 2 + grid_w / span / 2,
                grid_bottom,
                ew,
                rows_h + m["head"] * 0.45,
                stroke=0,
                fill=1,
            )
        # Column heads and lines
        c.setStrokeColor(HexColor(layout.RULE))
        c.setLineWidth(0.5)
        head_font = 9 * self.scale
        for first, after, text in self.columns:
            x0, x1 = x_of(first, 0), x_of(after, 0)
            c.line(x0, grid_bottom, x0, top)
            c.setFillColor(HexColor(layout.INK))
            size = layout.shrink_to_width(text, fonts.BOLD, head_font, x1 - x0 - 1, 5)
            c.setFont(fonts.BOLD, size)
            c.drawCentredString((x0 + x1) / 2, top - m["head"] + 2.5 * mm * self.scale, text)
        c.line(grid_x + grid_w, grid_bottom, grid_x + grid_w, top)
        # Rows
        for i, (name, meetings) in enumerate(self.rows):
            y1 = grid_top - i * m["row"]
            y0 = y1 - m["row"]
            if i % 2:
                c.setFillColor(HexColor(layout.FILL))
                c.rect(0, y0, w, m["row"], stroke=0, fill=1)
            c.setStrokeColor(HexColor(layout.RULE))
            c.line(0, y0, w, y0)
            c.setFillColor(HexColor(layout.INK))
            text = fonts.printable(name)
            size = layout.shrink_to_width(text, fonts.REGULAR, m["name_font"], name_w - 3 * mm, 6)
            c.setFont(fonts.REGULAR, size)
            c.drawString(1.5 * mm, y0 + (m["row"] - size) / 2 + 0.25 * size, text)
            for mt in meetings:
                day = mt.starts_at.date()
                if start <= day < end:
                    self._mark(x_of(day), (y0 + y1) / 2, mt.shown_status)
        c.setStrokeColor(HexColor(layout.INK))
        c.line(0, grid_top, w, grid_top)
        self._legend(grid_bottom - m["legend"] * 0.7)

    def _mark(self, x: float, y: float, status: str) -> None:
        c = self.canv
        r = 1.6 * mm * self.scale
        c.setLineWidth(1.1 * self.scale)
        c.setStrokeColor(HexColor(layout.ACCENT))
        if status == "held":
            c.setFillColor(HexColor(layout.ACCENT))
            c.circle(x, y, r, stroke=1, fill=1)
        elif status == "moved":
            c.setFillColor(HexColor("#ffffff"))
            p = c.beginPath()
            p.moveTo(x, y + r * 1.25)
            p.lineTo(x + r * 1.25, y)
            p.lineTo(x, y - r * 1.25)
            p.lineTo(x - r * 1.25, y)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
        elif status == "cancelled":
            c.setStrokeColor(HexColor(layout.MUTED))
            c.line(x - r, y - r, x + r, y + r)
            c.line(x - r, y + r, x + r, y - r)
        else:
            c.setFillColor(HexColor("#ffffff"))
            c.circle(x, y, r, stroke=1, fill=1)

    def _legend(self, y: float) -> None:
        c = self.canv
        x = 1.5 * mm
        size = 9 * self.scale
        for status in ("planned", "held", "moved", "cancelled"):
            self._mark(x + 2 * mm, y + size * 0.35, status)
            c.setFillColor(HexColor(layout.INK))
            c.setFont(fonts.REGULAR, size)
            text = tr(T[status])
            c.drawString(x + 5 * mm * self.scale, y, text)
            x += 8 * mm * self.scale + c.stringWidth(text, fonts.REGULAR, size)
        c.setFillColor(HexColor(EVENT))
        c.rect(x, y - 1, 4 * mm * self.scale, size, stroke=0, fill=1)
        c.setFillColor(HexColor(layout.INK))
        kinds = sorted({ev.kind for ev in self.program.events if ev.status != "cancelled"})
        text = tr(T["event"])
        if kinds:
            text += " (" + ", ".join(label(MEETING_KINDS, k) for k in kinds) + ")"
        c.drawString(x + 6 * mm * self.scale, y, fonts.printable(text))


def wall_plan_story(program: PaperProgram, paper: str = "A4") -> tuple[list[Any], Any]:
    """The pages of the wall plan and the page size to print them on."""
    pagesize = SIZES[paper]
    scale = 1.0 if paper == "A4" else 1.25  # A3: larger type, and more rows per sheet
    _w, height = layout.frame_size(pagesize)
    m = WallPlanPage.metrics(scale)
    usable = height - 12 - m["title"] - m["head"] - m["legend"]  # 12: the frame padding
    per_page = max(1, int(usable // m["row"]))
    columns = _columns(program.start_date, program.last_day)
    rows = [
        (p.title, tuple(x for x in p.meetings if not x.is_program_event))
        for p in program.partnerships
    ]
    fmt = FORMATS[program.format].display_name()
    heading = f"{tr(T['title'])}: {program.name} · {fmt} · "
    heading += fmt_period(program.start_date, program.end_date)
    if not rows:
        return [layout.para(tr(T["empty"]), layout.styles().body)], pagesize
    pages = math.ceil(len(rows) / per_page)
    story: list[Any] = [layout.SectionStart(("wall", program.id))]
    for i in range(pages):
        if i:
            story.append(PageBreak())
        chunk = rows[i * per_page : (i + 1) * per_page]
        title = heading + (f" ({tr(T['continued'])})" if i else "")
        story.append(WallPlanPage(program, chunk, columns, scale, title))
    return story, pagesize
