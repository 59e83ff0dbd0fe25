"""Learning circles for pools too large for the full model: a bound and a good construction.

The full model (:mod:`.circles`) has one variable per person and circle slot; for a few
hundred people HiGHS cannot even finish its presolve within the time limit. For such pools:

1. **Topics first, as a relaxation.** ``z[i,t]``: person i goes to topic t; ``k[t]``: the number
   of circles on t, with ``2 k[t] <= sum_i z[i,t] <= max k[t]``. The fit counts each member's
   topic interest and, for the departments, ``members - circles`` on each topic: as if every
   circle were fully mixed and no rule kept two people apart. Every set of real circles is a
   solution of this programme worth at least as much, so its optimum (or HiGHS's bound at the
   time limit) bounds the best possible from above.
2. **Circles from that plan.** On each topic the people are dealt into ``k[t]`` circles, the
   most common department first, round robin, never beside someone a rule keeps them from.
3. The result's fit against the bound is the proven gap ("at most X % below the best
   possible"); when the two meet, the circles are optimal.
"""

from __future__ import annotations

import math

import numpy as np

from lernpartner_desktop.matching.circles import SEEK, _forbidden, circle_score, interest
from lernpartner_desktop.matching.highs import add_rows, make_integer, new_highs, run
from lernpartner_desktop.matching.model import (
    Cancel,
    Candidate,
    Objective,
    Population,
    Quality,
    Weights,
)

Circles = list[tuple[str, list[Candidate]]]


def count_bonus(pop: Population, weights: Weights) -> float:
    """Under "as many as possible" a placed person weighs more than any possible fit."""
    return 1.0 + (weights["topics"] * SEEK + weights["departments"]) * len(pop.people)


def solve_large(
    pop: Population,
    weights: Weights,
    objective: Objective,
    time_limit: float,
    cancel: Cancel | None,
) -> tuple[Circles, float]:
    """Circles built from the topic plan, and the upper bound of the objective."""
    people = pop.people
    size = pop.max_group_size
    topics = sorted({t for c in people for t in c.topics})
    z = [(i, ti) for i, c in enumerate(people) for ti, t in enumerate(topics) if t in c.topics]
    bonus = count_bonus(pop, weights) if objective == "count" else 0.0
    h = new_highs(cancel, time_limit)
    n_z, n_t = len(z), len(topics)
    cost = np.concatenate(
        [
            [
                weights["topics"] * interest(people[i], topics[ti]) + weights["departments"] + bonus
                for i, ti in z
            ],
            np.full(n_t, -weights["departments"]),
        ]
    )
    # Rows: one per person (at most one topic), two per topic (sizes between 2 and max).
    add_rows(
        h,
        np.concatenate([np.full(len(people), -np.inf), np.full(n_t, -np.inf), np.zeros(n_t)]),
        np.concatenate([np.ones(len(people)), np.zeros(n_t), np.full(n_t, np.inf)]),
    )
    first_topic = len(people)
    rows, vals, starts = [], [], [0]
    for i, ti in z:
        rows += [i, first_topic + ti, first_topic + n_t + ti]
        vals += [1.0, 1.0, 1.0]
        starts.append(len(rows))
    for ti in range(n_t):
        rows += [first_topic + ti, first_topic + n_t + ti]
        vals += [-float(size), -2.0]
        starts.append(len(rows))
    members = [sum(1 for _i, t in z if t == ti) for ti in range(n_t)]
    upper = np.concatenate([np.ones(n_z), [m // 2 for m in members]]).astype(float)
    h.addCols(
        n_z + n_t, cost, np.zeros(n_z + n_t), upper, len(rows),
        np.array(starts[:-1], dtype=np.int32), np.array(rows, dtype=np.int32),
        np.array(vals),
    )  # fmt: skip
    make_integer(h, 0, n_z + n_t)
    run(h, cancel)
    info = h.getInfo()
    value = np.asarray(h.getSolution().col_value)
    bound = float(info.mip_dual_bound)
    if not math.isfinite(bound):  # no bound yet: everyone at their best, fully mixed
        bound = sum(
            weights["topics"] * max((interest(c, t) for t in c.topics), default=0.0)
            + weights["departments"]
            + bonus
            for c in people
        )
    plan: dict[int, list[Candidate]] = {}
    count: dict[int, int] = {}
    if len(value) == n_z + n_t and info.primal_solution_status == 2:
        for k, (i, ti) in enumerate(z):
            if value[k] > 0.5:
                plan.setdefault(ti, []).append(people[i])
        count = {ti: round(value[n_z + ti]) for ti in range(n_t)}
    circles: Circles = []
    for ti, group in sorted(plan.items()):
        circles += [(topics[ti], g) for g in _deal(pop, group, count.get(ti, 0), size)]
    return circles, bound


def quality_from_bound(
    pop: Population, weights: Weights, objective: Objective, circles: Circles, bound: float
) -> Quality:
    """How far ``circles`` are at most from the best possible, given an upper ``bound`` of
    the objective (fit, plus the count bonus under "as many as possible")."""
    bonus = count_bonus(pop, weights) if objective == "count" else 0.0
    fit = sum(circle_score(weights, t, g) for t, g in circles)
    placed = sum(len(g) for _t, g in circles)
    if fit + bonus * placed >= bound - 1e-6:
        return Quality()
    if objective == "count":
        most = min(len(pop.people), math.floor(bound / bonus + 1e-9))
        fit_bound = bound - bonus * placed
        gap = 0.0 if fit_bound <= fit else (fit_bound - fit) / fit_bound
        return Quality(optimal=False, gap=gap, more_possible=max(0, most - placed))
    return Quality(optimal=False, gap=(bound - fit) / bound if bound > 0 else 1.0)


def _deal(pop: Population, group: list[Candidate], k: int, size: int) -> list[list[Candidate]]:
    """``group`` into ``k`` circles of 2 to ``size``: departments spread, rules kept."""
    if k <= 0:
        return []
    by_department: dict[str, list[Candidate]] = {}
    for c in sorted(group, key=lambda c: (c.name, c.id)):
        by_department.setdefault(c.department, []).append(c)
    order = [
        c
        for _d, cs in sorted(by_department.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        for c in cs
    ]
    circles: list[list[Candidate]] = [[] for _ in range(k)]
    at = 0
    for c in order:
        for step in range(k):
            circle = circles[(at + step) % k]
            if len(circle) < size and not any(_forbidden(pop, c, o) for o in circle):
                circle.append(c)
                at = (at + step + 1) % k
                break
    # A circle left with one person: nobody to learn with; they stay unplaced.
    return [g for g in circles if len(g) >= 2]
