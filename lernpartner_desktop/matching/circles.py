"""Learning circles: one integer programme over membership, topic, size and the rules.

A circle has one topic that every member seeks or offers, between 2 and the program's
maximum members, and never two people a hard rule keeps apart (manager and report, excluded,
rejected, already ended a partnership). Its fit, in the owner's weights:

- **topics**: each member who seeks the topic counts 1, each who only offers it 0.5;
- **departments**: each department beyond the first among the members counts 1.

The model (HiGHS): for each topic ``t`` up to ``floor(|P_t| / 2)`` circle slots ``g`` (``P_t``:
the people of that topic); ``x[i,t,g]`` person i in slot g of t, ``y[t,g]`` the slot is used,
``2 y <= sum_i x <= max y``, ``x <= y``, ``x[i] + x[j] <= 1`` for a forbidden pair, each person
in at most one slot. The department mix is linearised: ``d[t,g,k] <= y[t,g]`` and
``d[t,g,k] <= sum of x of department k`` count the departments present, ``e[t,g] >= d[t,g,k]``
takes one off when any is (so mix = departments - 1, never -1). Used slots come first
(``y[t,g] >= y[t,g+1]``) to cut the symmetry.

"As many as possible" weighs each placed person above any possible fit. A greedy start is
handed to HiGHS, which stops at the time limit with the best circles found and a proven bound:
the result says "optimal" or how far at most it is from the best possible.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.matching.explain import Claim, Explained
from lernpartner_desktop.matching.highs import add_rows, make_integer, new_highs, run, set_start
from lernpartner_desktop.matching.model import (
    Cancel,
    Candidate,
    MatchResult,
    Objective,
    Population,
    Progress,
    Quality,
    Reason,
    Suggestion,
    Weights,
)
from lernpartner_desktop.matching.rules import hard_reason

SEEK, OFFER = 1.0, 0.5
#: circle slots times people beyond which the full model is too large to help within the
#: time limit (HiGHS's presolve alone outlasts it); :mod:`.circles_large` takes over
FULL_MODEL_LIMIT = 6000


def _members(pop: Population) -> dict[str, list[Candidate]]:
    topics = sorted({t for c in pop.people for t in c.topics})
    return {t: [c for c in pop.people if t in c.topics] for t in topics}


def circle_total(weights: Weights, circles: list[tuple[str, list[Candidate]]]) -> float:
    return sum(circle_score(weights, t, g) for t, g in circles)


def interest(c: Candidate, topic: str) -> float:
    return SEEK if topic in c.seeks else OFFER if topic in c.offers else 0.0


def circle_breakdown(weights: Weights, topic: str, group: list[Candidate]) -> dict[str, float]:
    departments = {c.department for c in group if c.department}
    breakdown = {"topics": weights["topics"] * sum(interest(c, topic) for c in group)}
    breakdown["departments"] = weights["departments"] * max(0, len(departments) - 1)
    return {k: v for k, v in breakdown.items() if v > 0}


def circle_score(weights: Weights, topic: str, group: list[Candidate]) -> float:
    return sum(circle_breakdown(weights, topic, group).values())


def circle_suggestion(
    pop: Population, weights: Weights, topic: str, group: list[Candidate]
) -> Suggestion:
    group = sorted(group, key=lambda c: (c.name, c.id))
    breakdown = circle_breakdown(weights, topic, group)
    seekers = [c.name for c in group if topic in c.seeks]
    offerers = [c.name for c in group if topic in c.offers]
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
                {"departments": ", ".join(sorted({c.department for c in group if c.department}))},
            )
        )
    return Suggestion(
        members=tuple((c.id, c.role) for c in group),
        names=tuple(c.name for c in group),
        score=sum(breakdown.values()),
        breakdown=breakdown,
        reasons=tuple(reasons),
        topic=topic,
    )


def _forbidden(pop: Population, a: Candidate, b: Candidate) -> bool:
    return hard_reason(a, b, pop) is not None


@dataclass
class _Model:
    people: list[Candidate]
    topics: list[str]
    slots: list[tuple[int, int]]  # (topic index, slot number) of each slot
    x: list[tuple[int, int]]  # (person index, slot index) of each x column
    x_of: dict[tuple[int, int], int]
    first_y: int
    dep_cols: list[tuple[int, int, int]]  # (slot, department code, column) of each d
    e_col: dict[int, int]  # slot -> column of e
    n_cols: int
    dep_code: dict[str, int]


def _greedy(pop: Population, weights: Weights, size: int) -> list[tuple[str, list[Candidate]]]:
    """A quick start: people with the fewest topics first, each into the open circle of one of
    their topics where they add most, or a new one; circles left with one person dissolve."""
    circles: list[tuple[str, list[Candidate]]] = []
    popularity: dict[str, int] = {}
    for c in pop.people:
        for t in c.topics:
            popularity[t] = popularity.get(t, 0) + 1
    for c in sorted(pop.people, key=lambda c: (len(c.topics), c.id)):
        best: tuple[float, int] | None = None
        for k, (t, group) in enumerate(circles):
            if (
                t in c.topics
                and len(group) < size
                and not any(_forbidden(pop, c, o) for o in group)
            ):
                gain = circle_score(weights, t, [*group, c]) - circle_score(weights, t, group)
                key = (gain + (1.0 if len(group) == 1 else 0.0), -k)
                if best is None or key > (best[0], -best[1]):
                    best = (key[0], k)
        if best is not None:
            circles[best[1]][1].append(c)
        elif c.topics:
            topic = max(sorted(c.topics), key=lambda t: popularity[t])
            circles.append((topic, [c]))
    return [(t, g) for t, g in circles if len(g) >= 2]


def _build(pop: Population, weights: Weights, objective: Objective, h: object) -> _Model:
    people = pop.people
    size = pop.max_group_size
    topics = sorted({t for c in people for t in c.topics})
    members = {t: [i for i, c in enumerate(people) if t in c.topics] for t in topics}
    slots: list[tuple[int, int]] = []
    for ti, t in enumerate(topics):
        slots += [(ti, g) for g in range(len(members[t]) // 2)]
    x: list[tuple[int, int]] = []
    for s, (ti, _g) in enumerate(slots):
        x += [(i, s) for i in members[topics[ti]]]
    x_of = {key: col for col, key in enumerate(x)}
    first_y = len(x)
    dep_code: dict[str, int] = {}
    for c in people:
        if c.department:
            dep_code.setdefault(c.department, len(dep_code))
    dep_of = [dep_code[c.department] if c.department else -1 for c in people]
    use_deps = weights["departments"] > 0 and len(dep_code) > 1
    dep_cols: list[tuple[int, int, int]] = []
    e_col: dict[int, int] = {}
    col = first_y + len(slots)
    if use_deps:
        for s, (ti, _g) in enumerate(slots):
            codes = sorted({dep_of[i] for i in members[topics[ti]] if dep_of[i] >= 0})
            if len(codes) < 2:
                continue
            for k in codes:
                dep_cols.append((s, k, col))
                col += 1
            e_col[s] = col
            col += 1
    n_cols = col
    # Objective.
    cost = np.zeros(n_cols)
    bonus = 0.0
    if objective == "count":  # a placed person outweighs any fit
        bonus = 1.0 + weights["topics"] * SEEK * len(people) + weights["departments"] * len(people)
    for k, (i, s) in enumerate(x):
        cost[k] = weights["topics"] * interest(people[i], topics[slots[s][0]]) + bonus
    for _s, _k, col in dep_cols:
        cost[col] = weights["departments"]
    for _s, col in e_col.items():
        cost[col] = -weights["departments"]
    # Columns: x and y binary, d and e continuous in [0, 1].
    rows_of: list[list[tuple[int, float]]] = [[] for _ in range(n_cols)]
    lower: list[float] = []
    upper: list[float] = []

    def row(entries: list[tuple[int, float]], lo: float, hi: float) -> None:
        r = len(lower)
        lower.append(lo)
        upper.append(hi)
        for column, v in entries:
            rows_of[column].append((r, v))

    inf = math.inf
    by_person: dict[int, list[int]] = {}
    by_slot: dict[int, list[int]] = {}
    for k, (i, s) in enumerate(x):
        by_person.setdefault(i, []).append(k)
        by_slot.setdefault(s, []).append(k)
    for cols in by_person.values():
        row([(k, 1.0) for k in cols], -inf, 1.0)
    for s in range(len(slots)):
        y = first_y + s
        cols = by_slot[s]
        row([(k, 1.0) for k in cols] + [(y, -float(size))], -inf, 0.0)
        row([(k, 1.0) for k in cols] + [(y, -2.0)], 0.0, inf)
        for k in cols:
            row([(k, 1.0), (y, -1.0)], -inf, 0.0)
        if s + 1 < len(slots) and slots[s + 1][0] == slots[s][0]:
            row([(y, 1.0), (y + 1, -1.0)], 0.0, inf)
    forbidden = [
        (i, j)
        for i in range(len(people))
        for j in range(i + 1, len(people))
        if people[i].topics & people[j].topics and _forbidden(pop, people[i], people[j])
    ]
    for i, j in forbidden:
        for s in range(len(slots)):
            a, b = x_of.get((i, s)), x_of.get((j, s))
            if a is not None and b is not None:
                row([(a, 1.0), (b, 1.0)], -inf, 1.0)
    for s, k, col in dep_cols:
        row([(col, 1.0), (first_y + s, -1.0)], -inf, 0.0)
        of_k = [xc for xc in by_slot[s] if dep_of[x[xc][0]] == k]
        row([(col, 1.0)] + [(xc, -1.0) for xc in of_k], -inf, 0.0)
        row([(e_col[s], 1.0), (col, -1.0)], 0.0, inf)
    add_rows(h, np.array(lower), np.array(upper))
    starts, idx, vals = [0], [], []
    for entries in rows_of:
        idx += [r for r, _v in entries]
        vals += [v for _r, v in entries]
        starts.append(len(idx))
    h.addCols(  # type: ignore[attr-defined]
        n_cols, cost, np.zeros(n_cols), np.ones(n_cols), len(idx),
        np.array(starts[:-1], dtype=np.int32), np.array(idx, dtype=np.int32),
        np.array(vals, dtype=float),
    )  # fmt: skip
    make_integer(h, 0, first_y + len(slots))
    return _Model(people, topics, slots, x, x_of, first_y, dep_cols, e_col, n_cols, dep_code)


def _start(model: _Model, circles: list[tuple[str, list[Candidate]]]) -> np.ndarray | None:
    value = np.zeros(model.n_cols)
    at = {c.id: i for i, c in enumerate(model.people)}
    used: dict[int, int] = {}
    for topic, group in circles:
        ti = model.topics.index(topic)
        g = used.get(ti, 0)
        used[ti] = g + 1
        s = next((s for s, key in enumerate(model.slots) if key == (ti, g)), None)
        if s is None:
            return None
        value[model.first_y + s] = 1.0
        for c in group:
            value[model.x_of[(at[c.id], s)]] = 1.0
        present = {c.department for c in group if c.department}
        for s2, k, col in model.dep_cols:
            if s2 == s:
                value[col] = 1.0 if any(model.dep_code[d] == k for d in present) else 0.0
        if s in model.e_col:
            value[model.e_col[s]] = 1.0 if present else 0.0
    return value


def solve_circles(
    pop: Population,
    weights: Weights,
    objective: Objective,
    time_limit: float,
    progress: Progress,
    cancel: Cancel | None,
) -> tuple[MatchResult, list[tuple[str, list[Candidate]]]]:
    """The circles and the quality of the result (optimal, or the proven gap)."""
    began = time.monotonic()
    progress(0, 4)
    greedy = _greedy(pop, weights, pop.max_group_size)
    circles = greedy
    quality = Quality()
    slots = sum(len(m) * (len(m) // 2) for m in _members(pop).values())
    if len(pop.people) >= 2 and slots > FULL_MODEL_LIMIT:
        from lernpartner_desktop.matching.circles_large import (
            count_bonus,
            quality_from_bound,
            solve_large,
        )

        progress(1, 4)
        planned, bound = solve_large(pop, weights, objective, time_limit, cancel)
        progress(3, 4)
        bonus = count_bonus(pop, weights) if objective == "count" else 0.0

        def worth(cs: list[tuple[str, list[Candidate]]]) -> float:
            return circle_total(weights, cs) + bonus * sum(len(g) for _t, g in cs)

        circles = planned if worth(planned) >= worth(greedy) else greedy
        quality = quality_from_bound(pop, weights, objective, circles, bound)
    elif len(pop.people) >= 2 and slots:
        h = new_highs(cancel, max(0.1, time_limit - (time.monotonic() - began)))
        model = _build(pop, weights, objective, h)
        progress(1, 4)
        start = _start(model, greedy)
        if start is not None:
            set_start(h, start)
        status = run(h, cancel)
        progress(3, 4)
        info = h.getInfo()
        value = np.asarray(h.getSolution().col_value)
        if len(value) == model.n_cols and info.primal_solution_status == 2:
            circles = _read(model, value)
        quality = _quality(pop, weights, objective, circles, status, float(info.mip_dual_bound))
    quality = Quality(quality.optimal, quality.gap, quality.more_possible,
                      time.monotonic() - began)  # fmt: skip
    suggestions = [circle_suggestion(pop, weights, t, g) for t, g in circles]
    result = MatchResult(
        tuple(sorted(suggestions, key=lambda s: (-s.score, s.names))),
        (),
        objective,
        quality=quality,
    )
    progress(4, 4)
    return result, circles


def _read(model: _Model, value: np.ndarray) -> list[tuple[str, list[Candidate]]]:
    groups: dict[int, list[Candidate]] = {}
    for k, (i, s) in enumerate(model.x):
        if value[k] > 0.5:
            groups.setdefault(s, []).append(model.people[i])
    return [(model.topics[model.slots[s][0]], g) for s, g in sorted(groups.items())]


def _quality(
    pop: Population,
    weights: Weights,
    objective: Objective,
    circles: list[tuple[str, list[Candidate]]],
    status: str,
    bound: float,
) -> Quality:
    if status == "Optimal":
        return Quality()
    fit = sum(circle_score(weights, t, g) for t, g in circles)
    placed = sum(len(g) for _t, g in circles)
    if not math.isfinite(bound):
        bound = math.inf
    if objective == "count":
        bonus = (
            1.0
            + weights["topics"] * SEEK * len(pop.people)
            + weights["departments"] * len(pop.people)
        )
        most = min(len(pop.people), math.floor(bound / bonus + 1e-9)) if bound < math.inf else (
            len(pop.people)
        )  # fmt: skip
        more = max(0, most - placed)
        fit_bound = bound - bonus * placed
        gap = 0.0 if fit_bound <= fit + 1e-9 else (fit_bound - fit) / fit_bound
        return Quality(optimal=False, gap=gap, more_possible=more)
    if bound <= fit + 1e-9:
        return Quality()
    return Quality(optimal=False, gap=(bound - fit) / bound if bound > 0 else 1.0)


CIRCLE_TEXTS = {
    "nobody": QT_TRANSLATE_NOOP("Matching", "Nobody else shares a topic with them."),
    "zero": QT_TRANSLATE_NOOP(
        "Matching",
        "No common ground under the current weights: placing them would add nothing (score 0).",
    ),
    "blocked": QT_TRANSLATE_NOOP(
        "Matching",
        "Not placed: the circles on their topics are full or include someone they may not be "
        "grouped with, and everyone else who shares a topic with them is in another circle.",
    ),
    "time_limit": QT_TRANSLATE_NOOP(
        "Matching",
        "Not placed in the best circles found within the time limit (there may be room for them).",
    ),
    "unexplained": QT_TRANSLATE_NOOP("Matching", "Could have been placed in a better result."),
}


def unmatched_circles(
    pop: Population,
    weights: Weights,
    objective: Objective,
    circles: list[tuple[str, list[Candidate]]],
    quality: Quality,
) -> list[Explained]:
    """Why each person is in no circle, as checkable claims (see :mod:`.explain`)."""
    placed = {c.id for _t, g in circles for c in g}
    out: list[Explained] = []
    for p in pop.people:
        if p.id in placed:
            continue
        claims = _circle_claims(pop, weights, objective, circles, placed, quality, p)
        first = claims[0]
        if first.kind == "excluded":
            why = hard_reason(p, pop.by_id()[first.people[0]], pop)
            reason = Reason(
                QT_TRANSLATE_NOOP(
                    "Matching",
                    "Only people they may not be grouped with share their topics (for example: "
                    "{why}).",
                ),
                {"why": why if why is not None else "-"},
            )
        else:
            reason = Reason(CIRCLE_TEXTS[first.kind])
        out.append(Explained(p.id, p.name, p.role, reason, claims=claims))
    return sorted(out, key=lambda u: (u.name, u.person_id))


def _circle_claims(
    pop: Population,
    weights: Weights,
    objective: Objective,
    circles: list[tuple[str, list[Candidate]]],
    placed: set[int],
    quality: Quality,
    p: Candidate,
) -> tuple[Claim, ...]:
    sharing = [q for q in pop.people if q.id != p.id and p.topics & q.topics]
    if not sharing:
        return (Claim("nobody"),)
    allowed = [q for q in sharing if not _forbidden(pop, p, q)]
    if not allowed:
        return (Claim("excluded", tuple(q.id for q in sharing)),)
    gains: list[float] = []
    for t, group in circles:
        if (
            t in p.topics
            and len(group) < pop.max_group_size
            and not any(_forbidden(pop, p, o) for o in group)
        ):
            gains.append(circle_score(weights, t, [*group, p]) - circle_score(weights, t, group))
    for q in allowed:
        if q.id not in placed:
            gains += [circle_score(weights, t, [p, q]) for t in sorted(p.topics & q.topics)]
    if not gains:
        return (Claim("blocked"),)
    if objective == "fit" and all(g <= 1e-9 for g in gains):
        return (Claim("zero"),)
    return (Claim("time_limit" if not quality.optimal else "unexplained"),)
