"""The baseline the benchmarks compare against: "take the best remaining pair" (greedy)."""

from __future__ import annotations

import numpy as np

from lernpartner_desktop.matching.circles import _greedy, circle_score
from lernpartner_desktop.matching.model import MENTOR_ROLES, Population, Weights
from lernpartner_desktop.matching.scores import Scorer


def greedy(pop: Population, weights: Weights) -> float:
    """Total fit of the greedy choice (pairs: the best remaining pair first; circles: each
    person into the open circle where they add most)."""
    if pop.kind == "groups":
        return sum(
            circle_score(weights, t, g) for t, g in _greedy(pop, weights, pop.max_group_size)
        )
    if pop.kind == "peers":
        rows = cols = pop.people
        cap = {c.id: 1 for c in pop.people}
    else:
        rows = [c for c in pop.people if c.role in MENTOR_ROLES]
        cols = [c for c in pop.people if c.role not in MENTOR_ROLES]
        cap = {c.id: c.capacity for c in rows} | {c.id: 1 for c in cols}
    if not rows or not cols:
        return 0.0
    edges = Scorer(pop, rows, cols).edges(weights)
    total = 0.0
    for k in np.argsort(-edges.score, kind="stable").tolist():
        a, b = rows[edges.rows[k]], cols[edges.cols[k]]
        if cap[a.id] > 0 and cap[b.id] > 0 and edges.score[k] > 0:
            cap[a.id] -= 1
            cap[b.id] -= 1
            total += float(edges.score[k])
    return total
