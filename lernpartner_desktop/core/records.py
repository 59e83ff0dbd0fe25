"""The records that pass between the core and its front-ends: plain dataclasses, no database.

Kept apart from the services so that the UI can import them without pulling SQLAlchemy into
the start-up path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.vault.secret import Secret

LEVELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("People", "Basic"),
    2: QT_TRANSLATE_NOOP("People", "Intermediate"),
    3: QT_TRANSLATE_NOOP("People", "Advanced"),
    4: QT_TRANSLATE_NOOP("People", "Expert"),
}
GENERATION_BASES: dict[str, str] = {
    "birth_year": QT_TRANSLATE_NOOP("People", "Year of birth"),
    "entry_year": QT_TRANSLATE_NOOP("People", "Year of entry"),
}


def level_label(level: int) -> str:
    return translate("People", LEVELS.get(level, str(level)))


@dataclass(frozen=True)
class PersonInput:
    name: str
    department: str = ""
    job_title: str = ""
    location: str = ""
    manager_id: int | None = None
    generation_basis: str | None = None
    generation_year: int | None = None
    languages: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    consent: bool = False
    consent_date: dt.date | None = None
    personnel_number: str = ""
    entry_date: dt.date | None = None


@dataclass(frozen=True)
class PersonData(PersonInput):
    id: int = 0
    manager_name: str = ""
    ad_note: str = ""  # written with the partner ad (PeopleService.set_ad)


@dataclass(frozen=True)
class AdEntry:
    topic: str
    kind: str  # "offer" | "seek"
    level: int


@dataclass(frozen=True)
class PersonRow:
    """One line of the people table: everything shown and searched, precomputed."""

    id: int
    name: str
    department: str
    job_title: str
    location: str
    manager_name: str
    generation: str
    active: bool
    consent: bool
    roles: frozenset[str]
    offers: tuple[str, ...]
    seeks: tuple[str, ...]
    search_text: str = field(repr=False, default="")


MAX_GROUP_SIZE = 30
MAX_CAPACITY = 20


@dataclass(frozen=True)
class ProgramInput:
    name: str
    format: str
    start_date: dt.date
    end_date: dt.date | None = None
    cadence_weeks: int | None = None
    max_group_size: int | None = None
    participation: str | None = None
    content: str | None = None
    steering: str | None = None
    hierarchy: str | None = None
    facilitator_id: int | None = None
    description: str = ""

    @classmethod
    def from_format(
        cls, name: str, format_key: str, start: dt.date, **overrides: object
    ) -> ProgramInput:
        """A program input filled with the format's defaults (any of which may be overridden)."""
        f = FORMATS[format_key]
        values: dict[str, object] = {
            "cadence_weeks": f.cadence_weeks,
            "max_group_size": f.max_group_size,
            "participation": f.participation,
            "content": f.content,
            "steering": f.steering,
            "hierarchy": f.hierarchy,
        }
        values.update(overrides)
        return cls(name=name, format=format_key, start_date=start, **values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ProgramData:
    id: int
    name: str
    format: str
    start_date: dt.date
    end_date: dt.date | None
    cadence_weeks: int | None
    max_group_size: int
    participation: str
    content: str
    steering: str
    hierarchy: str
    facilitator_id: int | None
    facilitator_name: str
    description: str
    participant_count: int = 0
    archived: bool = False


@dataclass(frozen=True)
class ProgramUsage:
    """What refers to a program: a program in use is archived, never deleted."""

    participants: int = 0
    partnerships: int = 0
    events: int = 0

    @property
    def in_use(self) -> bool:
        return bool(self.participants or self.partnerships or self.events)


@dataclass(frozen=True)
class PersonUsage:
    """What refers to a person: a person in use is deactivated, never deleted."""

    programs: int = 0
    partnerships: int = 0
    reports: int = 0  # people who have them as their manager
    facilitates: int = 0  # programs they facilitate
    gap_notes: int = 0

    @property
    def in_use(self) -> bool:
        return any((self.programs, self.partnerships, self.reports, self.facilitates,
                    self.gap_notes))  # fmt: skip


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    name: str
    department: str
    role: str
    capacity: int | None
    active: bool


@dataclass(frozen=True)
class Hint:
    kind: str  # what needs attention, e.g. "no_consent"
    target: str  # "person" or "program"
    target_id: int
    label: str


@dataclass(frozen=True)
class RegistrySummary:
    active_people: int
    inactive_people: int
    running_programs: int
    all_programs: int
    participations: int
    hints: list[Hint] = field(default_factory=list)


# -- partnerships ------------------------------------------------------------------------------

PHASE_ORDER = ("preparation", "planning", "learning", "closing", "completed")
ACTIVE_PHASES = PHASE_ORDER[:-1]
PHASES: dict[str, str] = {
    "preparation": QT_TRANSLATE_NOOP("Phases", "Preparation"),
    "planning": QT_TRANSLATE_NOOP("Phases", "Planning"),
    "learning": QT_TRANSLATE_NOOP("Phases", "Learning and reflection"),
    "closing": QT_TRANSLATE_NOOP("Phases", "Closing"),
    "completed": QT_TRANSLATE_NOOP("Phases", "Completed"),
    "dissolved": QT_TRANSLATE_NOOP("Phases", "Dissolved"),
}
GOAL_STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Phases", "open"),
    "achieved": QT_TRANSLATE_NOOP("Phases", "achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("Phases", "not achieved"),
}
PACKAGE_STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Phases", "open"),
    "done": QT_TRANSLATE_NOOP("Phases", "done"),
    "dropped": QT_TRANSLATE_NOOP("Phases", "dropped"),
}
MEETING_MODES: dict[str, str] = {
    "onsite": QT_TRANSLATE_NOOP("Meetings", "On site"),
    "online": QT_TRANSLATE_NOOP("Meetings", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("Meetings", "Hybrid"),
}
MEETING_KINDS: dict[str, str] = {
    "regular": QT_TRANSLATE_NOOP("Meetings", "Regular meeting"),
    "kickoff": QT_TRANSLATE_NOOP("Meetings", "Kick-off"),
    "interim": QT_TRANSLATE_NOOP("Meetings", "Interim talk"),
    "closing": QT_TRANSLATE_NOOP("Meetings", "Closing event"),
}
MEETING_STATUS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("Meetings", "planned"),
    "held": QT_TRANSLATE_NOOP("Meetings", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Meetings", "cancelled"),
}
#: What a schedule shows: a planned meeting that was moved from its first slot is "moved".
MEETING_SHOWN_STATUS: dict[str, str] = {
    **MEETING_STATUS,
    "moved": QT_TRANSLATE_NOOP("Meetings", "moved"),
}
FIT_ANSWERS: dict[str, str] = {
    "fits": QT_TRANSLATE_NOOP("Meetings", "fits"),
    "unsure": QT_TRANSLATE_NOOP("Meetings", "not sure"),
    "no_fit": QT_TRANSLATE_NOOP("Meetings", "does not fit"),
}
MAX_GOALS = 3


def phase_label(phase: str) -> str:
    return translate("Phases", PHASES.get(phase, phase))


def label(catalogue: dict[str, str], key: str, context: str = "Meetings") -> str:
    return translate(context, catalogue.get(key, key))


#: Shown instead of a member erased under the GDPR (never their name).
FORMER_PARTICIPANT = QT_TRANSLATE_NOOP("People", "former participant")


def former_participant() -> str:
    return translate("People", FORMER_PARTICIPANT)


@dataclass(frozen=True)
class Member:
    person_id: int | None  # None: a former participant (erased)
    name: str
    role: str


@dataclass(frozen=True)
class PartnershipRow:
    """One line of the partnerships list."""

    id: int
    program_id: int
    program_name: str
    phase: str
    members: tuple[Member, ...]
    next_meeting: dt.datetime | None
    created_on: dt.date

    @property
    def title(self) -> str:
        return " & ".join(m.name for m in self.members)


@dataclass(frozen=True)
class PackageData:
    id: int
    title: str
    due_on: dt.date | None
    status: str


@dataclass(frozen=True)
class GoalData:
    id: int
    title: str
    success_criteria: str
    status: str
    person_id: int | None
    person_name: str
    packages: tuple[PackageData, ...]


@dataclass(frozen=True)
class MeetingData:
    id: int
    program_id: int
    partnership_id: int | None
    series_id: str | None
    starts_at: dt.datetime
    duration_minutes: int
    mode: str
    place: str
    kind: str
    status: str
    original_starts_at: dt.datetime | None = None
    sequence: int = 0
    topic: str = ""
    package_id: int | None = None

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def moved(self) -> bool:
        return self.original_starts_at is not None and self.original_starts_at != self.starts_at

    @property
    def shown_status(self) -> str:
        """planned, held, cancelled, or moved (planned, but not at its first slot)."""
        return "moved" if self.status == "planned" and self.moved else self.status


@dataclass(frozen=True)
class MeetingPlan:
    """What to book: one meeting, or a series every ``every_weeks`` weeks until ``until``."""

    starts_at: dt.datetime
    duration_minutes: int = 60
    mode: str = "onsite"
    place: str = ""
    kind: str = "regular"
    every_weeks: int | None = None
    until: dt.date | None = None  # default for a series: the program's end
    topic: str = ""  # what the meeting is about, or
    package_id: int | None = None  # the learning package it works on


@dataclass(frozen=True)
class Conflict:
    person_name: str
    starts_at: dt.datetime
    other_starts_at: dt.datetime
    other_title: str


@dataclass(frozen=True)
class GapNoteData:
    """A gap note as lists show it: title and body are secrets (locked shows a placeholder)."""

    id: int
    person_id: int | None
    partnership_id: int | None
    created_on: dt.date
    updated_on: dt.date
    title: Secret
    body: Secret


@dataclass(frozen=True)
class JournalData:
    id: int
    person_id: int
    person_name: str
    written_on: dt.date
    body: Secret


@dataclass(frozen=True)
class CheckInData:
    id: int
    person_id: int
    person_name: str
    kind: str
    recorded_on: dt.date
    fit: str | None
    progress: int | None
    cooperation: int | None
    benefit: int | None
    comment: Secret


@dataclass(frozen=True)
class PhaseStep:
    from_phase: str | None
    to_phase: str
    changed_on: dt.date


@dataclass(frozen=True)
class PartnershipDetail:
    id: int
    program_id: int
    program_name: str
    program_format: str
    program_start: dt.date
    program_end: dt.date | None
    phase: str
    created_on: dt.date
    ended_on: dt.date | None
    dissolve_reason: Secret
    members: tuple[Member, ...]
    goals: tuple[GoalData, ...]
    meetings: tuple[MeetingData, ...]
    journal: tuple[JournalData, ...]
    check_ins: tuple[CheckInData, ...]
    history: tuple[PhaseStep, ...]

    @property
    def title(self) -> str:
        return " & ".join(m.name for m in self.members)

    @property
    def is_active(self) -> bool:
        return self.phase in ACTIVE_PHASES


@dataclass(frozen=True)
class AttentionItem:
    """One line on the start page; ``target`` is "partnership", "person" or "program"."""

    target: str
    target_id: int
    title: str
    when: dt.datetime | None = None
    detail: str = ""
    days: int | None = None


@dataclass(frozen=True)
class Attention:
    phase_counts: dict[str, int]
    this_week: list[AttentionItem]
    quiet: list[AttentionItem]  # no meeting for QUIET_DAYS days or more
    interim_due: list[AttentionItem]
    goals_without_criteria: list[AttentionItem]
    mentors_over_capacity: list[AttentionItem]


QUIET_DAYS = 21
