"""The overview as plain text, for ``lernpartner status`` (a terminal, a cron mail, tests)."""

from __future__ import annotations

import datetime as dt

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.records import (
    MEETING_KINDS,
    PHASES,
    QUIET_DAYS,
    Attention,
    AttentionItem,
    label,
    phase_label,
)

CTX = "Status"


def _t(text: str) -> str:
    return translate(CTX, text)


def _when(item: AttentionItem) -> str:
    return item.when.strftime("%a %d.%m. %H:%M") if item.when else ""


def render(a: Attention, today: dt.date) -> str:
    lines = [
        _t(QT_TRANSLATE_NOOP("Status", "Lernpartner status on {date}")).format(
            date=today.strftime("%d.%m.%Y")
        ),
        "",
    ]
    counts = ", ".join(
        f"{phase_label(p)} {a.phase_counts[p]}" for p in PHASES if a.phase_counts.get(p)
    )
    lines.append(
        _t(QT_TRANSLATE_NOOP("Status", "Partnerships by phase: {counts}")).format(
            counts=counts or "–"
        )
    )

    def section(title: str, items: list[AttentionItem], fmt: object) -> None:
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        for item in items:
            lines.append(f"  {fmt(item)}")  # type: ignore[operator]
        if not items:
            lines.append("  –")

    section(
        _t(QT_TRANSLATE_NOOP("Status", "Meetings this week")),
        a.this_week,
        lambda i: (
            f"{_when(i)}  {i.title}  ({label(MEETING_KINDS, i.detail)})  [{i.target} {i.target_id}]"
        ),
    )
    section(
        _t(QT_TRANSLATE_NOOP("Status", "No meeting for {days} days or more")).format(
            days=QUIET_DAYS
        ),
        a.quiet,
        lambda i: (
            _t(QT_TRANSLATE_NOOP("Status", "{title}: {days} days")).format(
                title=i.title, days=i.days
            )
            + f"  [partnership {i.target_id}]"
        ),
    )
    section(
        _t(QT_TRANSLATE_NOOP("Status", "Interim talks due or overdue")),
        a.interim_due,
        lambda i: (
            f"{_when(i) or '–'}  {i.title}  ({_interim(i.detail)})  [{i.target} {i.target_id}]"
        ),
    )
    section(
        _t(QT_TRANSLATE_NOOP("Status", "Goals without success criteria")),
        a.goals_without_criteria,
        lambda i: f"{i.title}: “{i.detail}”  [partnership {i.target_id}]",
    )
    section(
        _t(QT_TRANSLATE_NOOP("Status", "Mentors over capacity")),
        a.mentors_over_capacity,
        lambda i: (
            _t(QT_TRANSLATE_NOOP("Status", "{name} in {program}: {n} too many")).format(
                name=i.title, program=i.detail, n=i.days
            )
            + f"  [person {i.target_id}]"
        ),
    )
    return "\n".join(lines) + "\n"


def _interim(kind: str) -> str:
    return {
        "due": _t(QT_TRANSLATE_NOOP("Status", "due")),
        "overdue": _t(QT_TRANSLATE_NOOP("Status", "overdue")),
        "feedback": _t(QT_TRANSLATE_NOOP("Status", "halfway, no interim feedback yet")),
    }.get(kind, kind)
