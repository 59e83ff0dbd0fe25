"""Mentoring and peer tandems: pins first, then the optimal pairs, then the reasons.

Mentoring: a mentor has as many places as her capacity (minus running partnerships); the
mentees go to mentor places (a bipartite b-matching). Peer tandems: a matching among peers.
Both are solved exactly by :func:`.pairs.best_pairs`.

Pins are checked against every rule first (:func:`.rules.check_pins`); a pin that a rule now
forbids is not kept and says why. A kept pin whose mentor has no free place leaves the mentee
unmatched with that reason: the mentee is not quietly given to someone else.
"""

from __future__ import annotations

import numpy as np

from lernpartner_desktop.matching.explain import mentor_roles, pair_suggestion, unmatched_pairs
from lernpartner_desktop.matching.model import (
    Cancel,
    Candidate,
    Matching,
    MatchResult,
    Objective,
    Population,
    Progress,
    Reason,
    Weights,
)
from lernpartner_desktop.matching.pairs import best_pairs
from lernpartner_desktop.matching.rules import check_pins
from lernpartner_desktop.matching.scores import Scorer

STEPS = 4


def solve_mentoring(
    pop: Population,
    weights: Weights,
    objective: Objective,
    progress: Progress,
    cancel: Cancel | None,
) -> MatchResult:
    mentors, mentees = mentor_roles(pop)
    kept, notes = check_pins(pop)
    free = {m.id: m.capacity for m in mentors}
    places = dict(free)
    chosen: list[tuple[Candidate, Candidate, bool]] = []
    held: dict[int, Candidate] = {}  # mentee -> pinned mentor without a free place
    for mentor, mentee in kept:
        if places[mentor.id] > 0:
            places[mentor.id] -= 1
            chosen.append((mentor, mentee, True))
        else:
            held[mentee.id] = mentor
    done = {e.id for _m, e, _p in chosen} | set(held)
    open_mentees = [e for e in mentees if e.id not in done]
    open_mentors = [m for m in mentors if places[m.id] > 0]
    progress(1, STEPS)
    if open_mentors and open_mentees:
        edges = Scorer(pop, open_mentors, open_mentees).edges(weights)
        progress(2, STEPS)
        n_m = len(open_mentors)
        cap = np.concatenate(
            [
                np.array([places[m.id] for m in open_mentors], dtype=float),
                np.ones(len(open_mentees)),
            ]
        )
        pick = best_pairs(
            n_m + len(open_mentees), edges.rows, edges.cols + n_m, edges.score, cap,
            objective, cancel, bipartite=True,
        )  # fmt: skip
        for k in np.flatnonzero(pick).tolist():
            chosen.append((open_mentors[edges.rows[k]], open_mentees[edges.cols[k]], False))
    progress(3, STEPS)
    total_places = sum(max(0, v) for v in free.values())
    waiting = len(mentees)
    if total_places < waiting:
        notes.append(
            Reason(
                Matching.QT_TR_NOOP(
                    "The mentors' free places ({places}) cannot cover all %n mentee(s): "
                    "raise a capacity or nominate more mentors.",
                    "",
                    waiting,
                ),
                {"places": total_places},
            )
        )
    suggestions = [pair_suggestion(pop, weights, m, e, p) for m, e, p in chosen]
    matched = {e.id for _m, e, _p in chosen}
    left = [e for e in mentees if e.id not in matched]
    unmatched = unmatched_pairs(pop, weights, objective, left, mentors, suggestions, free, held)
    progress(4, STEPS)
    return MatchResult(
        tuple(_ordered(suggestions)),
        tuple(sorted(unmatched, key=lambda u: (u.name, u.person_id))),
        objective,
        tuple(notes),
    )


def solve_peers(
    pop: Population,
    weights: Weights,
    objective: Objective,
    progress: Progress,
    cancel: Cancel | None,
) -> MatchResult:
    kept, notes = check_pins(pop)
    chosen = [(a, b, True) for a, b in kept]
    taken = {c.id for a, b in kept for c in (a, b)}
    open_people = [c for c in pop.people if c.id not in taken]
    progress(1, STEPS)
    if len(open_people) >= 2:
        edges = Scorer(pop, open_people, open_people).edges(weights)
        progress(2, STEPS)
        n = len(open_people)
        pick = best_pairs(n, edges.rows, edges.cols, edges.score, np.ones(n), objective, cancel)
        for k in np.flatnonzero(pick).tolist():
            chosen.append((open_people[edges.rows[k]], open_people[edges.cols[k]], False))
    progress(3, STEPS)
    suggestions = [pair_suggestion(pop, weights, a, b, p) for a, b, p in chosen]
    matched = {c.id for a, b, _p in chosen for c in (a, b)}
    left = [c for c in pop.people if c.id not in matched]
    unmatched = unmatched_pairs(pop, weights, objective, left, pop.people, suggestions, {}, {})
    progress(4, STEPS)
    return MatchResult(
        tuple(_ordered(suggestions)),
        tuple(sorted(unmatched, key=lambda u: (u.name, u.person_id))),
        objective,
        tuple(notes),
    )


def _ordered(suggestions: list) -> list:  # type: ignore[type-arg]
    return sorted(suggestions, key=lambda s: (-s.pinned, -s.score, s.names))
