"""The learning formats of ../shared/domain.md with their sensible defaults.

Defaults are suggestions for a new program; the owner may change every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate

CTX = "Formats"

ROLES: dict[str, str] = {
    "mentor": QT_TRANSLATE_NOOP("Formats", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Formats", "Mentee"),
    "peer": QT_TRANSLATE_NOOP("Formats", "Peer"),
    "buddy": QT_TRANSLATE_NOOP("Formats", "Buddy"),
    "member": QT_TRANSLATE_NOOP("Formats", "Member"),
}

TENSION_FIELDS: dict[str, dict[str, str]] = {
    "participation": {
        "voluntary": QT_TRANSLATE_NOOP("Formats", "Voluntary"),
        "mandatory": QT_TRANSLATE_NOOP("Formats", "Mandatory"),
    },
    "content": {
        "open": QT_TRANSLATE_NOOP("Formats", "Open content"),
        "prescribed": QT_TRANSLATE_NOOP("Formats", "Prescribed topics"),
    },
    "steering": {
        "self_organised": QT_TRANSLATE_NOOP("Formats", "Self-organised"),
        "steered": QT_TRANSLATE_NOOP("Formats", "Centrally steered"),
    },
    "hierarchy": {
        "across": QT_TRANSLATE_NOOP("Formats", "Across hierarchy levels"),
        "equals": QT_TRANSLATE_NOOP("Formats", "Among equals"),
    },
}


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    description: str
    roles: tuple[str, ...]
    default_role: str
    cadence_weeks: int
    max_group_size: int
    participation: str = "voluntary"
    content: str = "open"
    steering: str = "self_organised"
    hierarchy: str = "across"

    @property
    def is_group(self) -> bool:
        return self.max_group_size > 2

    def display_name(self) -> str:
        return translate(CTX, self.label)


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format(
            "learning_partnership",
            QT_TRANSLATE_NOOP("Formats", "Learning partnership"),
            QT_TRANSLATE_NOOP(
                "Formats", "Two or more people learn with and from each other, voluntarily."
            ),
            roles=("peer",),
            default_role="peer",
            cadence_weeks=2,
            max_group_size=4,
        ),
        Format(
            "tandem",
            QT_TRANSLATE_NOOP("Formats", "Learning tandem"),
            QT_TRANSLATE_NOOP(
                "Formats", "Exactly two people, each learner and teacher (I offer / I seek)."
            ),
            roles=("peer",),
            default_role="peer",
            cadence_weeks=2,
            max_group_size=2,
            hierarchy="equals",
        ),
        Format(
            "mentoring",
            QT_TRANSLATE_NOOP("Formats", "Mentoring"),
            QT_TRANSLATE_NOOP(
                "Formats", "An experienced mentor accompanies one or more less experienced mentees."
            ),
            roles=("mentor", "mentee"),
            default_role="mentee",
            cadence_weeks=4,
            max_group_size=2,
            steering="steered",
        ),
        Format(
            "reverse_mentoring",
            QT_TRANSLATE_NOOP("Formats", "Reverse mentoring"),
            QT_TRANSLATE_NOOP(
                "Formats",
                "A younger, digitally savvy mentor passes know-how up to a senior mentee.",
            ),
            roles=("mentor", "mentee"),
            default_role="mentee",
            cadence_weeks=2,
            max_group_size=2,
        ),
        Format(
            "buddy",
            QT_TRANSLATE_NOOP("Formats", "Buddy program"),
            QT_TRANSLATE_NOOP(
                "Formats", "A tech-savvy buddy helps a colleague with onboarding and tools."
            ),
            roles=("buddy", "mentee"),
            default_role="mentee",
            cadence_weeks=1,
            max_group_size=2,
            hierarchy="equals",
        ),
        Format(
            "learning_circle",
            QT_TRANSLATE_NOOP("Formats", "Learning circle"),
            QT_TRANSLATE_NOOP("Formats", "A small group of peers works on a shared topic."),
            roles=("member",),
            default_role="member",
            cadence_weeks=2,
            max_group_size=6,
            hierarchy="equals",
        ),
        Format(
            "job_shadowing",
            QT_TRANSLATE_NOOP("Formats", "Job shadowing"),
            QT_TRANSLATE_NOOP("Formats", "An observer watches a host at real work."),
            roles=("mentor", "mentee"),
            default_role="mentee",
            cadence_weeks=1,
            max_group_size=2,
        ),
    )
}


def role_label(role: str) -> str:
    return translate(CTX, ROLES.get(role, role))


def tension_label(field: str, value: str) -> str:
    return translate(CTX, TENSION_FIELDS[field].get(value, value))
