"""The records that pass between the core and its front-ends: plain dataclasses, no database.

Kept apart from the services so that the UI can import them without pulling SQLAlchemy into
the start-up path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

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
