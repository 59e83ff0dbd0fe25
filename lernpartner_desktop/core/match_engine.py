"""Matching without a database: score every candidate pair, solve optimally, explain.

The owner sees why a pair is suggested and can tune it; nothing here is a black box:

- **Scores.** Each criterion gives a number from 0 to 1 for a pair; the owner's weight (0 to
  10) multiplies it; the pair's score is the sum. The same formulas run vectorised (NumPy) for
  the solver and pair by pair (:func:`explain_pair`) for the explanation, and a test holds them
  equal.
- **Hard constraints** are never traded against score: nobody with their own manager or direct
  report, no pair that already dissolved in this program, no excluded or rejected pair, in
  reverse mentoring the mentor is the younger side, and never beyond a mentor's capacity.
  Pinned pairs stay.
- **Solvers.** Mentor with up to ``capacity`` mentees: an assignment problem (SciPy's
  ``linear_sum_assignment`` over mentor places). Peer tandems: a maximum-weight matching in a
  general graph as an integer programme (SciPy's ``milp``, HiGHS). Learning circles: people to
  shared topics as an integer programme, then groups of at most the maximum size.
- **Objective.** Highest total fit, or as many people matched as possible (then highest fit).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.core.records import level_label

CONTEXT = "Matching"
Objective = Literal["fit", "count"]

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
GENERATION_SPAN = 20  # years of difference that count as fully age-mixed
GENERATION_MIN = 5  # below this, no generation gap to speak of


def _generation(gap: float) -> float:
    return 0.0 if gap < GENERATION_MIN else min(1.0, gap / GENERATION_SPAN)


def criterion_label(key: str) -> str:
    return translate(CONTEXT, CRITERIA[key])


@dataclass(frozen=True)
class Weights:
    values: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self) -> None:
        for key, value in self.values.items():
            if key not in CRITERIA:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown matching criterion: {key}."), key=key
                )
            if not isinstance(value, int | float) or not 0 <= value <= MAX_WEIGHT:
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
        return translate(CONTEXT, self.text).format(**self.params)


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
    def kind(self) -> Literal["mentoring", "peers", "groups"]:
        if self.format in ("learning_circle", "learning_partnership"):
            return "groups"
        if self.format == "tandem":
            return "peers"
        return "mentoring"

    def by_id(self) -> dict[int, Candidate]:
        return {c.id: c for c in self.people}


MENTOR_ROLES = ("mentor", "buddy")


@dataclass(frozen=True)
class Suggestion:
    members: tuple[tuple[int, str], ...]  # (person id, role)
    names: tuple[str, ...]
    score: float
    breakdown: dict[str, float]  # criterion -> weighted points
    reasons: tuple[Reason, ...]
    pinned: bool = False

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
class MatchResult:
    suggestions: tuple[Suggestion, ...]
    unmatched: tuple[Unmatched, ...]
    objective: Objective
    notes: tuple[Reason, ...] = ()

    @property
    def total(self) -> float:
        return sum(s.score for s in self.suggestions)


# -- scoring ----------------------------------------------------------------------------------


def _coverage(gain: int) -> float:
    """A teacher clearly ahead (two levels) covers a topic; one level ahead half of it."""
    return 1.0 if gain >= 2 else 0.5 if gain == 1 else 0.0


def topic_fit(teacher: Candidate, learner: Candidate) -> float:
    """Share of what ``learner`` seeks that ``teacher`` offers clearly ahead of them."""
    if not learner.seeks:
        return 0.0
    total = sum(
        _coverage(teacher.offers[t] - level)
        for t, level in learner.seeks.items()
        if t in teacher.offers
    )
    return total / len(learner.seeks)


def criteria(a: Candidate, b: Candidate, pop: Population) -> dict[str, float]:
    """Every criterion from 0 to 1 for a pair; ``a`` is the mentor side in mentoring."""
    if pop.kind == "peers":
        topics = (topic_fit(a, b) + topic_fit(b, a)) / 2
        prefs = max(_preference(pop, a.id, b.id), _preference(pop, b.id, a.id))
    else:
        topics = topic_fit(a, b)
        prefs = _preference(pop, b.id, a.id)
    years = _generation(abs(a.year - b.year)) if a.year is not None and b.year is not None else 0.0
    return {
        "topics": topics,
        "preferences": prefs,
        "departments": 1.0
        if a.department and b.department and a.department != b.department
        else 0.0,
        "generation": years,
        "languages": 1.0 if a.languages & b.languages else 0.0,
        "location": 1.0 if a.location and a.location == b.location else 0.0,
    }


def _preference(pop: Population, chooser: int, chosen: int) -> float:
    ranking = pop.preferences.get(chooser, [])
    if chosen not in ranking:
        return 0.0
    return (3 - ranking.index(chosen)) / 3


def pair_score(a: Candidate, b: Candidate, pop: Population, weights: Weights) -> float:
    return sum(weights[k] * v for k, v in criteria(a, b, pop).items())


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


def eligible(a: Candidate, b: Candidate, pop: Population) -> bool:
    return hard_reason(a, b, pop) is None and criteria(a, b, pop)["topics"] > 0


# -- vectorised scores for the solvers --------------------------------------------------------


class _Matrix:
    """Scores of all pairs rows x cols at once (same formulas as :func:`criteria`)."""

    def __init__(self, pop: Population, rows: list[Candidate], cols: list[Candidate]) -> None:
        self.pop, self.rows, self.cols = pop, rows, cols
        topics = sorted({t for c in rows + cols for t in (*c.offers, *c.seeks)})
        index = {t: i for i, t in enumerate(topics)}

        def levels(people: list[Candidate], attr: str) -> np.ndarray:
            m = np.zeros((len(people), len(topics)), dtype=np.int8)
            for i, c in enumerate(people):
                for t, lvl in getattr(c, attr).items():
                    m[i, index[t]] = lvl
            return m

        self.offer_r, self.seek_r = levels(rows, "offers"), levels(rows, "seeks")
        self.offer_c, self.seek_c = levels(cols, "offers"), levels(cols, "seeks")

    @staticmethod
    def _fit(offer: np.ndarray, seek: np.ndarray) -> np.ndarray:
        """topic_fit for teacher rows (offer) against learner columns (seek)."""
        n_seek = (seek > 0).sum(axis=1)
        result = np.zeros((offer.shape[0], seek.shape[0]))
        for t in range(offer.shape[1]):
            o, s = offer[:, t].astype(np.int16), seek[:, t].astype(np.int16)
            if not o.any() or not s.any():
                continue
            gain = o[:, None] - s[None, :]
            both = (o[:, None] > 0) & (s[None, :] > 0)
            result += np.where(both & (gain >= 2), 1.0, np.where(both & (gain == 1), 0.5, 0.0))
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(n_seek[None, :] > 0, result / np.maximum(n_seek, 1)[None, :], 0.0)

    def criteria(self) -> dict[str, np.ndarray]:
        pop, rows, cols = self.pop, self.rows, self.cols
        if pop.kind == "peers":
            topics = (
                self._fit(self.offer_r, self.seek_c) + self._fit(self.offer_c, self.seek_r).T
            ) / 2
        else:
            topics = self._fit(self.offer_r, self.seek_c)
        prefs = np.zeros_like(topics)
        col_at = {c.id: j for j, c in enumerate(cols)}
        row_at = {c.id: i for i, c in enumerate(rows)}
        for chooser, ranking in pop.preferences.items():
            for rank, chosen in enumerate(ranking):
                value = (3 - rank) / 3
                if pop.kind == "peers":
                    for first, second in ((chooser, chosen), (chosen, chooser)):
                        if first in row_at and second in col_at:
                            i, j = row_at[first], col_at[second]
                            prefs[i, j] = max(prefs[i, j], value)
                elif chosen in row_at and chooser in col_at:
                    prefs[row_at[chosen], col_at[chooser]] = value

        def attr(people: list[Candidate], name: str) -> np.ndarray:
            return np.array([getattr(c, name) or "" for c in people], dtype=object)

        dr, dc = attr(rows, "department"), attr(cols, "department")
        departments = (dr[:, None] != dc[None, :]) & (dr[:, None] != "") & (dc[None, :] != "")
        lr, lc = attr(rows, "location"), attr(cols, "location")
        location = (lr[:, None] == lc[None, :]) & (lr[:, None] != "")
        yr = np.array([np.nan if c.year is None else c.year for c in rows], dtype=float)
        yc = np.array([np.nan if c.year is None else c.year for c in cols], dtype=float)
        gap = np.abs(yr[:, None] - yc[None, :])
        with np.errstate(invalid="ignore"):
            generation = np.where(
                np.isnan(gap) | (gap < GENERATION_MIN), 0.0, np.minimum(1.0, gap / GENERATION_SPAN)
            )
        languages = np.zeros(topics.shape)
        all_langs = sorted({lang for c in rows + cols for lang in c.languages})
        if all_langs:
            li = {lang: k for k, lang in enumerate(all_langs)}
            mr = np.zeros((len(rows), len(all_langs)), dtype=np.int8)
            mc = np.zeros((len(cols), len(all_langs)), dtype=np.int8)
            for i, person in enumerate(rows):
                mr[i, [li[x] for x in person.languages]] = 1
            for j, person in enumerate(cols):
                mc[j, [li[x] for x in person.languages]] = 1
            languages = ((mr.astype(np.int32) @ mc.T.astype(np.int32)) > 0).astype(float)
        return {
            "topics": topics,
            "preferences": prefs,
            "departments": departments.astype(float),
            "generation": generation,
            "languages": languages,
            "location": location.astype(float),
        }

    def scores(self, weights: Weights) -> tuple[np.ndarray, np.ndarray]:
        """(score, eligible mask)."""
        parts = self.criteria()
        score = sum(weights[k] * v for k, v in parts.items())
        ok = parts["topics"] > 0
        rows_at = {c.id: i for i, c in enumerate(self.rows)}
        cols_at = {c.id: j for j, c in enumerate(self.cols)}
        for i, a in enumerate(self.rows):
            if a.id in cols_at:
                ok[i, cols_at[a.id]] = False
            if a.manager_id in cols_at:
                ok[i, cols_at[a.manager_id]] = False
        for j, b in enumerate(self.cols):
            if b.manager_id in rows_at:
                ok[rows_at[b.manager_id], j] = False
        for pair in self.pop.forbidden:
            x, y = tuple(pair)
            for r, c in ((x, y), (y, x)):
                if r in rows_at and c in cols_at:
                    ok[rows_at[r], cols_at[c]] = False
        if self.pop.format == "reverse_mentoring":  # the mentor (row) must be the younger
            yr = np.array([np.nan if c.year is None else c.year for c in self.rows])
            yc = np.array([np.nan if c.year is None else c.year for c in self.cols])
            known = ~np.isnan(yr[:, None] + yc[None, :])
            with np.errstate(invalid="ignore"):
                ok &= ~(known & (yr[:, None] <= yc[None, :]))
        return np.asarray(score, dtype=float), ok


# -- solving ----------------------------------------------------------------------------------


def solve(pop: Population, weights: Weights, objective: Objective = "fit") -> MatchResult:
    if objective not in ("fit", "count"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose highest total fit or as many matched as possible.")
        )
    if pop.kind == "groups":
        return _solve_groups(pop, weights, objective)
    if pop.kind == "peers":
        return _solve_peers(pop, weights, objective)
    return _solve_mentoring(pop, weights, objective)


def _big(weights: Weights) -> float:
    """A bonus per matched pair larger than any total fit: makes "count" win first."""
    return 1.0 + sum(weights[k] for k in CRITERIA) * 10_000


def _solve_mentoring(pop: Population, weights: Weights, objective: Objective) -> MatchResult:
    from scipy.optimize import linear_sum_assignment

    people = pop.by_id()
    mentors = [c for c in pop.people if c.role in MENTOR_ROLES]
    mentees = [c for c in pop.people if c.role not in MENTOR_ROLES]
    free = {m.id: m.capacity for m in mentors}
    chosen: list[tuple[Candidate, Candidate, bool]] = []
    pinned_ids = set()
    for x, y in pop.pinned:
        a, b = people.get(x), people.get(y)
        if a is None or b is None:
            continue
        mentor, mentee = (a, b) if a.role in MENTOR_ROLES else (b, a)
        if free.get(mentor.id, 0) > 0 and mentee.id not in pinned_ids:
            free[mentor.id] -= 1
            pinned_ids.add(mentee.id)
            chosen.append((mentor, mentee, True))
    open_mentees = [e for e in mentees if e.id not in pinned_ids]
    notes: list[Reason] = []
    places = sum(max(0, v) for v in free.values())
    if places < len(open_mentees):
        notes.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Matching",
                    "The mentors' free places ({places}) cannot cover all {mentees} mentees: "
                    "raise a capacity or nominate more mentors.",
                ),
                {"places": places, "mentees": len(open_mentees)},
            )
        )
    slots = [m for m in mentors for _ in range(max(0, free[m.id]))]
    if slots and open_mentees:
        distinct = [m for m in mentors if free[m.id] > 0]
        matrix = _Matrix(pop, distinct, open_mentees)
        score, ok = matrix.scores(weights)
        at = {m.id: i for i, m in enumerate(distinct)}
        rows = np.array([at[m.id] for m in slots])
        gain = np.where(ok, score + (_big(weights) if objective == "count" else 0.0), 0.0)
        # Every eligible pair gains > 0; ineligible ones 0, so an assignment to them means
        # "unmatched". Rectangular: the smaller side is fully assigned.
        gain = np.where(ok, np.maximum(gain, 1e-9), 0.0)
        expanded = gain[rows]
        r, c = linear_sum_assignment(expanded, maximize=True)
        for i, j in zip(r, c, strict=True):
            if ok[rows[i], j]:
                chosen.append((slots[i], open_mentees[j], False))
    matched = {e.id for _m, e, _p in chosen}
    suggestions = [_suggest(pop, weights, m, e, pinned) for m, e, pinned in chosen]
    unmatched = [
        Unmatched(e.id, e.name, e.role, _why_unmatched(pop, e, mentors, free, chosen))
        for e in mentees
        if e.id not in matched
    ]
    return _result(suggestions, unmatched, objective, notes)


def _solve_peers(pop: Population, weights: Weights, objective: Objective) -> MatchResult:
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    people = pop.by_id()
    chosen: list[tuple[Candidate, Candidate, bool]] = []
    taken: set[int] = set()
    for x, y in pop.pinned:
        if x in people and y in people and not {x, y} & taken:
            chosen.append((people[x], people[y], True))
            taken |= {x, y}
    open_people = [c for c in pop.people if c.id not in taken]
    n = len(open_people)
    if n >= 2:
        score, ok = _Matrix(pop, open_people, open_people).scores(weights)
        iu, ju = np.triu_indices(n, 1)
        keep = ok[iu, ju] & ok[ju, iu]
        a, b = iu[keep], ju[keep]
        if len(a):
            w = score[a, b] + (_big(weights) if objective == "count" else 0.0)
            w = np.maximum(w, 1e-9)
            m = len(a)
            incidence = coo_matrix(
                (np.ones(2 * m), (np.concatenate([a, b]), np.concatenate([np.arange(m)] * 2))),
                shape=(n, m),
            ).tocsr()
            res = milp(
                -w,
                constraints=LinearConstraint(incidence, 0, 1),
                integrality=np.ones(m),
                bounds=Bounds(0, 1),
                # Optimal, not merely within 0.01 %. HiGHS's presolve costs more than it saves
                # on matching programmes (3.2 s against 1.6 s for 500 people).
                options={"mip_rel_gap": 0, "presolve": False},
            )
            if res.x is None:  # pragma: no cover - HiGHS solves every matching programme
                raise RuntimeError(res.message)
            for k in np.flatnonzero(res.x > 0.5):
                chosen.append((open_people[a[k]], open_people[b[k]], False))
    matched = {c.id for x, y, _p in chosen for c in (x, y)}
    suggestions = [_suggest(pop, weights, x, y, p) for x, y, p in chosen]
    others = [c for c in pop.people]
    unmatched = [
        Unmatched(c.id, c.name, c.role, _why_unmatched(pop, c, others, {}, chosen))
        for c in pop.people
        if c.id not in matched
    ]
    return _result(suggestions, unmatched, objective, [])


def _suggest(
    pop: Population, weights: Weights, a: Candidate, b: Candidate, pinned: bool
) -> Suggestion:
    parts = criteria(a, b, pop)
    breakdown = {k: weights[k] * v for k, v in parts.items() if weights[k] * v > 0}
    return Suggestion(
        members=((a.id, a.role), (b.id, b.role)),
        names=(a.name, b.name),
        score=sum(breakdown.values()),
        breakdown=breakdown,
        reasons=tuple(explain_pair(a, b, pop, weights, pinned)),
        pinned=pinned,
    )


def explain_pair(
    a: Candidate, b: Candidate, pop: Population, weights: Weights, pinned: bool = False
) -> list[Reason]:
    """Plain words for exactly the criteria that add to the pair's score."""
    parts = criteria(a, b, pop)
    out: list[Reason] = []
    if pinned:
        out.append(Reason(QT_TRANSLATE_NOOP("Matching", "Pinned by you")))

    def counts(key: str) -> bool:
        return weights[key] * parts[key] > 0

    if counts("topics"):
        directions = [(a, b), (b, a)] if pop.kind == "peers" else [(a, b)]
        for teacher, learner in directions:
            for topic, level in sorted(learner.seeks.items()):
                offer = teacher.offers.get(topic, 0)
                if offer > level:
                    out.append(
                        Reason(
                            QT_TRANSLATE_NOOP(
                                "Matching",
                                "{teacher} offers {topic} ({offer}); {learner} seeks it ({seek})",
                            ),
                            # The level in the words of the partner ad ("Expert"), as the
                            # People page shows it, not as a number.
                            {
                                "teacher": teacher.name,
                                "learner": learner.name,
                                "topic": topic,
                                "offer": LevelName(offer),
                                "seek": LevelName(level),
                            },
                        )
                    )
    if counts("preferences"):
        for chooser, chosen in ((b, a), (a, b)):
            ranking = pop.preferences.get(chooser.id, [])
            if chosen.id in ranking:
                out.append(
                    Reason(
                        QT_TRANSLATE_NOOP("Matching", "{chooser}'s choice no. {rank}"),
                        {"chooser": chooser.name, "rank": ranking.index(chosen.id) + 1},
                    )
                )
    if counts("departments"):
        out.append(
            Reason(
                QT_TRANSLATE_NOOP("Matching", "Across departments ({a} and {b})"),
                {"a": a.department, "b": b.department},
            )
        )
    if counts("generation"):
        assert a.year is not None and b.year is not None
        out.append(
            Reason(
                QT_TRANSLATE_NOOP("Matching", "Generation gap of {years} years"),
                {"years": abs(a.year - b.year)},
            )
        )
    if counts("languages"):
        out.append(
            Reason(
                QT_TRANSLATE_NOOP("Matching", "Both speak {languages}"),
                {"languages": ", ".join(sorted(a.languages & b.languages))},
            )
        )
    if counts("location"):
        out.append(
            Reason(QT_TRANSLATE_NOOP("Matching", "Same location ({place})"), {"place": a.location})
        )
    return out


def _why_unmatched(
    pop: Population,
    person: Candidate,
    others: list[Candidate],
    free: dict[int, int],
    chosen: list[tuple[Candidate, Candidate, bool]],
) -> Reason:
    mentoring = pop.kind == "mentoring"
    if mentoring and not person.seeks:
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "Has not said what they seek: add it to the partner ad.")
        )
    fitting = []
    for other in others:
        if other.id == person.id or (mentoring and other.role not in MENTOR_ROLES):
            continue
        a, b = (other, person) if mentoring else (person, other)
        if criteria(a, b, pop)["topics"] > 0:
            fitting.append((other, hard_reason(a, b, pop)))
    if not fitting:
        return Reason(QT_TRANSLATE_NOOP("Matching", "Nobody in the program offers what they seek."))
    allowed = [o for o, why in fitting if why is None]
    if not allowed:
        why = next(w for _o, w in fitting if w is not None)
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "Only excluded candidates fit (for example: {why})."),
            {"why": why.message()},
        )
    names = ", ".join(o.name for o in allowed[:3])
    if mentoring:
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching", "Capacities are full: the mentors who fit ({names}) have no place left."
            ),
            {"names": names},
        )
    return Reason(
        QT_TRANSLATE_NOOP(
            "Matching",
            "Everyone who fits ({names}) is matched with someone they fit better.",
        ),
        {"names": names},
    )


def _result(
    suggestions: Iterable[Suggestion],
    unmatched: Iterable[Unmatched],
    objective: Objective,
    notes: list[Reason],
) -> MatchResult:
    ordered = sorted(suggestions, key=lambda s: (-s.pinned, -s.score, s.names))
    return MatchResult(
        tuple(ordered), tuple(sorted(unmatched, key=lambda u: u.name)), objective, tuple(notes)
    )


# -- learning circles -------------------------------------------------------------------------


def _solve_groups(pop: Population, weights: Weights, objective: Objective) -> MatchResult:
    """People to one shared topic each (integer programme), then groups of at most the
    maximum size, experts spread over the groups."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_matrix

    people = [c for c in pop.people]
    topics = sorted({t for c in people for t in (*c.seeks, *c.offers)})
    n, k = len(people), len(topics)
    notes: list[Reason] = []
    groups: list[tuple[str, list[Candidate]]] = []
    if n >= 2 and k:
        interest = np.zeros((n, k))
        for i, c in enumerate(people):
            for j, t in enumerate(topics):
                interest[i, j] = 1.0 if t in c.seeks else 0.7 if t in c.offers else 0.0
        pairs = [(i, j) for i in range(n) for j in range(k) if interest[i, j] > 0]
        nx_ = len(pairs)
        bonus = _big(weights) if objective == "count" else 0.0
        gains = [interest[i, j] * max(weights["topics"], 0.1) + bonus for i, j in pairs]
        c_obj = np.concatenate([-np.array(gains), np.zeros(k)])
        a = lil_matrix((n + 2 * k, nx_ + k))
        for v, (i, j) in enumerate(pairs):
            a[i, v] = 1  # each person in at most one topic
            a[n + j, v] = 1  # topic j: members - 2*y >= 0
            a[n + k + j, v] = 1  # topic j: members - n*y <= 0
        for j in range(k):
            a[n + j, nx_ + j] = -2
            a[n + k + j, nx_ + j] = -n
        lower = np.concatenate([np.zeros(n), np.zeros(k), np.full(k, -np.inf)])
        upper = np.concatenate([np.ones(n), np.full(k, np.inf), np.zeros(k)])
        res = milp(
            c_obj,
            constraints=LinearConstraint(a.tocsr(), lower, upper),
            integrality=np.ones(nx_ + k),
            bounds=Bounds(0, 1),
            options={"mip_rel_gap": 0},
        )
        if res.x is None:  # pragma: no cover
            raise RuntimeError(res.message)
        members: dict[int, list[Candidate]] = {}
        for hit in np.flatnonzero(res.x[:nx_] > 0.5):
            person_at, topic_at = pairs[int(hit)]
            members.setdefault(topic_at, []).append(people[person_at])
        for j, group_people in sorted(members.items()):
            for chunk in _split(group_people, topics[j], pop):
                groups.append((topics[j], chunk))
    placed = {c.id for _t, g in groups for c in g}
    suggestions = [_group_suggestion(pop, weights, topic, g) for topic, g in groups]
    unmatched = [
        Unmatched(
            c.id,
            c.name,
            c.role,
            Reason(QT_TRANSLATE_NOOP("Matching", "Nobody else shares a topic with them."))
            if not _shares_topic(c, people)
            else Reason(
                QT_TRANSLATE_NOOP(
                    "Matching", "Left over: the groups of their topics are full or excluded."
                )
            ),
        )
        for c in people
        if c.id not in placed
    ]
    return _result(suggestions, unmatched, objective, notes)


def _shares_topic(c: Candidate, people: list[Candidate]) -> bool:
    mine = set(c.seeks) | set(c.offers)
    return any(o.id != c.id and mine & (set(o.seeks) | set(o.offers)) for o in people)


def _split(people: list[Candidate], topic: str, pop: Population) -> list[list[Candidate]]:
    """Groups of at most the maximum size, as even as possible; the strongest in the topic are
    dealt out first so that each group has someone ahead; nobody with their manager."""
    size = max(2, pop.max_group_size)
    count = math.ceil(len(people) / size)
    ordered = sorted(people, key=lambda c: (-c.offers.get(topic, 0), c.name))
    groups: list[list[Candidate]] = [[] for _ in range(count)]
    for c in ordered:
        options = sorted(
            (g for g in groups if len(g) < size and all(hard_reason(c, o, pop) is None for o in g)),
            key=len,
        )
        if options:  # else left over: reported as unmatched
            options[0].append(c)
    return [g for g in groups if len(g) >= 2]


def _group_suggestion(
    pop: Population, weights: Weights, topic: str, group: list[Candidate]
) -> Suggestion:
    seekers = [c.name for c in group if topic in c.seeks]
    offerers = [c.name for c in group if topic in c.offers]
    departments = {c.department for c in group if c.department}
    mix = (len(departments) - 1) / (len(group) - 1) if len(group) > 1 else 0.0
    breakdown = {"topics": weights["topics"] * 1.0}
    if weights["departments"] * mix > 0:
        breakdown["departments"] = weights["departments"] * mix
    reasons = [
        Reason(
            QT_TRANSLATE_NOOP(
                "Matching", "Shared topic: {topic} (seek it: {seekers}; offer it: {offerers})"
            ),
            {
                "topic": topic,
                "seekers": ", ".join(seekers) or "-",
                "offerers": ", ".join(offerers) or "-",
            },
        )
    ]
    if "departments" in breakdown:
        reasons.append(
            Reason(
                QT_TRANSLATE_NOOP("Matching", "Across departments ({departments})"),
                {"departments": ", ".join(sorted(departments))},
            )
        )
    return Suggestion(
        members=tuple((c.id, c.role) for c in group),
        names=tuple(c.name for c in group),
        score=sum(breakdown.values()),
        breakdown=breakdown,
        reasons=tuple(reasons),
    )


# -- the baseline for the benchmark ----------------------------------------------------------


def greedy(pop: Population, weights: Weights) -> float:
    """Total fit of "take the best remaining pair" (benchmarks compare against it)."""
    if pop.kind == "peers":
        rows = cols = pop.people
    else:
        rows = [c for c in pop.people if c.role in MENTOR_ROLES]
        cols = [c for c in pop.people if c.role not in MENTOR_ROLES]
    if not rows or not cols:
        return 0.0
    score, ok = _Matrix(pop, rows, cols).scores(weights)
    if pop.kind == "peers":
        ok = ok & ok.T
    flat = np.flatnonzero(ok)
    order = flat[np.argsort(-score.ravel()[flat], kind="stable")]
    free = {c.id: c.capacity for c in rows}
    used: set[int] = set()
    total = 0.0
    for f in order:
        i, j = divmod(int(f), len(cols))
        a, b = rows[i], cols[j]
        if pop.kind == "peers":
            if a.id in used or b.id in used:
                continue
            used |= {a.id, b.id}
        else:
            if free[a.id] <= 0 or b.id in used:
                continue
            free[a.id] -= 1
            used.add(b.id)
        total += float(score[i, j])
    return total


__all__ = [
    "CRITERIA",
    "DEFAULT_WEIGHTS",
    "Candidate",
    "MatchResult",
    "Population",
    "Reason",
    "Suggestion",
    "Unmatched",
    "Weights",
    "criteria",
    "eligible",
    "explain_pair",
    "greedy",
    "hard_reason",
    "pair_score",
    "solve",
]
