"""The hard rules: never traded against score, checked for every pair and every pin.

Never together: a person and their own manager or direct report, a pair that already ended a
partnership in the program, a pair one of them excluded or the owner rejected; in reverse
mentoring the mentor is the younger one; in mentoring one mentor and one mentee; and a pair
needs something to learn from each other (the topics criterion above 0).
"""

from __future__ import annotations

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.matching.model import MENTOR_ROLES, Candidate, Population, Reason


def hard_reason(a: Candidate, b: Candidate, pop: Population) -> Reason | None:
    """Why ``a`` (mentor side) and ``b`` may never be paired, or None."""
    if a.id == b.id:
        return Reason(QT_TRANSLATE_NOOP("Matching", "the same person"))
    if a.manager_id == b.id or b.manager_id == a.id:
        boss, report = (b, a) if a.manager_id == b.id else (a, b)
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "{boss} is the manager of {report}"),
            {"boss": boss.name, "report": report.name},
        )
    known = pop.forbidden.get(frozenset((a.id, b.id)))
    if known is not None:
        return known
    if (
        pop.format == "reverse_mentoring"
        and a.year is not None
        and b.year is not None
        and a.year <= b.year
    ):
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching", "in reverse mentoring the mentor is the younger one ({mentor})"
            ),
            {"mentor": a.name},
        )
    return None


def pair_problem(x: Candidate, y: Candidate, pop: Population) -> Reason | None:
    """Every rule a suggested pair must keep (used for pins): roles, hard rules, a topic.

    ``x`` and ``y`` in any order; in mentoring the mentor side is found by role.
    """
    from lernpartner_desktop.matching.scores import criteria

    a, b = x, y
    if pop.kind == "mentoring":
        if (x.role in MENTOR_ROLES) == (y.role in MENTOR_ROLES):
            return Reason(
                QT_TRANSLATE_NOOP("Matching", "{a} and {b} are not a mentor and a mentee"),
                {"a": x.name, "b": y.name},
            )
        a, b = (x, y) if x.role in MENTOR_ROLES else (y, x)
    why = hard_reason(a, b, pop)
    if why is not None:
        return why
    if criteria(a, b, pop)["topics"] <= 0:
        if pop.kind == "mentoring":
            return Reason(
                QT_TRANSLATE_NOOP("Matching", "{mentor} offers nothing that {mentee} seeks"),
                {"mentor": a.name, "mentee": b.name},
            )
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "neither offers anything the other seeks ({a}, {b})"),
            {"a": a.name, "b": b.name},
        )
    return None


def check_pins(pop: Population) -> tuple[list[tuple[Candidate, Candidate]], list[Reason]]:
    """The pins to keep (mentor side first in mentoring), and a note for each one dropped.

    A pin naming someone who no longer waits for a partner, or whom an earlier pin already
    took, is dropped too, with the reason; nothing is dropped silently.
    """
    people = pop.by_id()
    kept: list[tuple[Candidate, Candidate]] = []
    notes: list[Reason] = []
    taken: dict[int, str] = {}
    for x_id, y_id in pop.pinned:
        x, y = people.get(x_id), people.get(y_id)
        if x is None or y is None:
            known = x or y
            notes.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Matching",
                        "A pin with {name} was removed: the other person is no longer waiting "
                        "for a partner in this program.",
                    ),
                    {"name": known.name},
                )
                if known is not None
                else Reason(
                    QT_TRANSLATE_NOOP(
                        "Matching",
                        "A pin was removed: neither person is waiting for a partner in this "
                        "program any more.",
                    )
                )
            )
            continue
        why = pair_problem(x, y, pop)
        if why is None and pop.kind == "mentoring":
            x, y = (x, y) if x.role in MENTOR_ROLES else (y, x)
            if y.id in taken:
                why = Reason(
                    QT_TRANSLATE_NOOP("Matching", "{name} is already pinned to {other}"),
                    {"name": y.name, "other": taken[y.id]},
                )
        elif why is None:
            busy = next((p for p in (x, y) if p.id in taken), None)
            if busy is not None:
                why = Reason(
                    QT_TRANSLATE_NOOP("Matching", "{name} is already pinned to {other}"),
                    {"name": busy.name, "other": taken[busy.id]},
                )
        if why is not None:
            notes.append(pin_note(x.name, y.name, why))
            continue
        kept.append((x, y))
        taken[y.id] = x.name
        if pop.kind != "mentoring":
            taken[x.id] = y.name
    return kept, notes


def pin_note(a: str, b: str, why: Reason) -> Reason:
    return Reason(
        QT_TRANSLATE_NOOP("Matching", "Pin {a} – {b} removed: {why}."),
        {"a": a, "b": b, "why": why},
    )
