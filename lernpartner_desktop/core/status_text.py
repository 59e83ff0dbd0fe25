"""The overview as plain text, for ``lernpartner status`` (a terminal, a cron mail, tests).

Written in the user's language: texts through the "Status" context, dates and weekday names
through ``base.i18n`` (the command line installs the same catalogues and formats as the GUI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from lernpartner_desktop.base.i18n import Context, format_date, format_datetime
from lernpartner_desktop.core.records import (
    MEETING_KINDS,
    PHASES,
    QUIET_DAYS,
    Attention,
    AttentionItem,
    label,
    phase_label,
)

Status = Context("Status")


def _when(item: AttentionItem) -> str:
    return format_datetime(item.when, weekday=True, year=False) if item.when else ""


def _ref(item: AttentionItem) -> str:
    """Which record a line is about, with its id (for ``--program`` and the like)."""
    names = {
        "partnership": Status.tr("partnership"),
        "person": Status.tr("person"),
        "program": Status.tr("program"),
    }
    return f"[{names.get(item.target, item.target)} {item.target_id}]"


def render(a: Attention, today: dt.date) -> str:
    lines = [
        Status.tr("Lernpartner status on {date}").format(date=format_date(today, weekday=True)),
        "",
    ]
    counts = ", ".join(
        f"{phase_label(p)} {a.phase_counts[p]}" for p in PHASES if a.phase_counts.get(p)
    )
    lines.append(Status.tr("Partnerships by phase: {counts}").format(counts=counts or "–"))

    def section(
        title: str, items: list[AttentionItem], fmt: Callable[[AttentionItem], str]
    ) -> None:
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        for item in items:
            lines.append(f"  {fmt(item)}")
        if not items:
            lines.append("  –")

    section(
        Status.tr("Meetings this week"),
        a.this_week,
        lambda i: f"{_when(i)}  {i.title}  ({label(MEETING_KINDS, i.detail)})  {_ref(i)}",
    )
    section(
        Status.tr("No meeting for %n day(s) or more", "", QUIET_DAYS),
        a.quiet,
        lambda i: Status.tr("{title}: %n day(s)", "", i.days or 0).format(title=i.title)
        + f"  {_ref(i)}",
    )
    section(
        Status.tr("Interim talks due or overdue"),
        a.interim_due,
        lambda i: f"{_when(i) or '–'}  {i.title}  ({_interim(i.detail)})  {_ref(i)}",
    )
    section(
        Status.tr("Goals without success criteria"),
        a.goals_without_criteria,
        lambda i: Status.tr("{title}: “{goal}”").format(title=i.title, goal=i.detail)
        + f"  {_ref(i)}",
    )
    section(
        Status.tr("Mentors over capacity"),
        a.mentors_over_capacity,
        lambda i: Status.tr("{name} in {program}: %n too many", "", i.days or 0).format(
            name=i.title, program=i.detail
        )
        + f"  {_ref(i)}",
    )
    return "\n".join(lines) + "\n"


def _interim(kind: str) -> str:
    return {
        "due": Status.tr("due"),
        "overdue": Status.tr("overdue"),
        "feedback": Status.tr("halfway, no interim feedback yet"),
    }.get(kind, kind)
