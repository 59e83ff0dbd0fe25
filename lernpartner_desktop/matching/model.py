"""What the matching works on and what it returns: people, weights, reasons, results.

No arithmetic and no solver here: :mod:`.scores` computes, :mod:`.rules` forbids, the solver
modules (:mod:`.mentoring`, :mod:`.tandems`, :mod:`.circles`) choose, :mod:`.explain` says why.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from lernpartner_desktop.base.errors import LernpartnerError, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, Context, translate
from lernpartner_desktop.core.records import level_label

CONTEXT = "Matching"
Matching = Context(CONTEXT)
Objective = Literal["fit", "count"]
Kind = Literal["mentoring", "peers", "groups"]

CRITERIA: dict[str, str] = {
    "topics": QT_TRANSLATE_NOOP("Matching", "What one seeks, the other offers"),
    "preferences": QT_TRANSLATE_NOOP("Matching", "Preferences honoured"),
    "departments": QT_TRANSLATE_NOOP("Matching", "Across departments"),
    "generation": QT_TRANSLATE_NOOP("Matching", "Generation gap"),
    "languages": QT_TRANSLATE_NOOP("Matching", "Shared language"),
    "location": QT_TRANSLATE_NOOP("Matching", "Same location"),
}
DEFAULT_WEIGHTS: dict[str, float] = {
    "topics": 5,
    "preferences": 3,
    "departments": 2,
    "generation": 1,
    "languages": 2,
    "location": 1,
}
MAX_WEIGHT = 10
MENTOR_ROLES = ("mentor", "buddy")

#: Learning circles: how long the solver may search before it returns the best circles found
#: with the proven distance to the best possible (seconds; the owner may change it).
DEFAULT_TIME_LIMIT = 10.0
MAX_TIME_LIMIT = 600.0


def criterion_label(key: str) -> str:
    return translate(CONTEXT, CRITERIA[key])


class MatchingCancelled(LernpartnerError):
    """The owner cancelled a running solve; nothing was changed."""


class Cancel:
    """A flag the GUI thread sets and the solver (on the worker) checks between steps and
    inside HiGHS (its interrupt callbacks)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise MatchingCancelled(
                QT_TRANSLATE_NOOP("Errors", "Matching cancelled: nothing was changed.")
            )


#: progress(done, total): the steps of a solve, for a progress bar
Progress = Callable[[int, int], None]


def check_time_limit(seconds: float) -> float:
    if not isinstance(seconds, int | float) or not 1 <= seconds <= MAX_TIME_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The time limit must be from 1 to 600 seconds, not {value}."
            ),
            field="time_limit",
            value=seconds,
        )
    return float(seconds)


@dataclass(frozen=True)
class Weights:
    values: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self) -> None:
        for key, value in self.values.items():
            if key not in CRITERIA:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown matching criterion: {key}."), key=key
                )
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 <= value <= MAX_WEIGHT
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        'The weight for "{criterion}" must be between 0 and 10, not {value}.',
                    ),
                    field=key,
                    criterion=criterion_label(key),
                    value=value,
                )

    def __getitem__(self, key: str) -> float:
        return float(self.values.get(key, DEFAULT_WEIGHTS[key]))

    def with_value(self, key: str, value: float) -> Weights:
        return Weights({**self.values, key: value})

    def all_zero(self) -> bool:
        return all(self[k] == 0 for k in CRITERIA)


class LevelName(int):
    """A topic level that reads as its name ("Expert") in a reason, translated when shown."""

    def __format__(self, spec: str) -> str:
        return format(level_label(int(self)), spec)


@dataclass(frozen=True)
class Reason:
    """One plain-words reason, translated when shown."""

    text: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self) -> str:
        return translate(CONTEXT, self.text).format(
            **{k: _render(v) for k, v in self.params.items()}
        )


def _render(value: object) -> object:
    """Reasons may nest (a note names the rule that broke a pin): translated on display."""
    if isinstance(value, Reason):
        return value.message()
    if isinstance(value, tuple) and value and all(isinstance(v, Reason) for v in value):
        return " ".join(v.message() for v in value)
    return value


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    role: str
    department: str = ""
    location: str = ""
    manager_id: int | None = None
    year: int | None = None  # generation hint (birth or entry year)
    languages: frozenset[str] = frozenset()
    offers: dict[str, int] = field(default_factory=dict)  # topic -> level 1..4
    seeks: dict[str, int] = field(default_factory=dict)
    capacity: int = 1  # free places (mentors); others 1

    @property
    def topics(self) -> set[str]:
        return set(self.offers) | set(self.seeks)


@dataclass
class Population:
    """Who may be matched in one program, and what the owner said about pairs."""

    format: str
    max_group_size: int = 2
    people: list[Candidate] = field(default_factory=list)
    # unordered pairs that may never be matched, with the reason why
    forbidden: dict[frozenset[int], Reason] = field(default_factory=dict)
    preferences: dict[int, list[int]] = field(default_factory=dict)  # mentee -> mentors
    pinned: list[tuple[int, int]] = field(default_factory=list)

    @property
    def kind(self) -> Kind:
        if self.format in ("learning_circle", "learning_partnership"):
            return "groups"
        if self.format == "tandem":
            return "peers"
        return "mentoring"

    def by_id(self) -> dict[int, Candidate]:
        return {c.id: c for c in self.people}


@dataclass(frozen=True)
class Suggestion:
    members: tuple[tuple[int, str], ...]  # (person id, role)
    names: tuple[str, ...]
    score: float
    breakdown: dict[str, float]  # criterion -> weighted points
    reasons: tuple[Reason, ...]
    pinned: bool = False
    topic: str = ""  # learning circles: the circle's topic

    @property
    def key(self) -> frozenset[int]:
        return frozenset(pid for pid, _ in self.members)


@dataclass(frozen=True)
class Unmatched:
    person_id: int
    name: str
    role: str
    reason: Reason


@dataclass(frozen=True)
class Quality:
    """How good the result is known to be.

    ``gap`` is the proven relative distance to the best possible total fit (0 when optimal);
    ``more_possible`` (objective "count") how many more people at most could be placed.
    """

    optimal: bool = True
    gap: float = 0.0
    more_possible: int = 0
    seconds: float = 0.0

    def message(self) -> Reason:
        if self.optimal:
            return Reason(QT_TRANSLATE_NOOP("Matching", "Optimal: no better result exists."))
        if self.more_possible:
            return Reason(
                QT_TRANSLATE_NOOP(
                    "Matching",
                    "Best found within the time limit: at most {more} more people could be placed.",
                ),
                {"more": self.more_possible},
            )
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching",
                "Best found within the time limit: at most {gap} % below the best possible.",
            ),
            {"gap": _percent(self.gap)},
        )


def _percent(gap: float) -> str:
    """Rounded up, so that the claim "at most" stays true."""
    import math

    value = math.ceil(gap * 1000 - 1e-9) / 10
    return f"{value:.1f}"


@dataclass(frozen=True)
class MatchResult:
    suggestions: tuple[Suggestion, ...]
    unmatched: tuple[Unmatched, ...]
    objective: Objective
    notes: tuple[Reason, ...] = ()
    quality: Quality = Quality()
    #: pins that a hard rule forbids now: not kept, each with the reason (also in ``notes``)
    dropped_pins: tuple[tuple[int, int], ...] = ()

    @property
    def total(self) -> float:
        return sum(s.score for s in self.suggestions)
