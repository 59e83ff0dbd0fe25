"""Random populations, exhaustive solvers and rule checks shared by the matching tests."""

from __future__ import annotations

import functools
import itertools

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from lernpartner_desktop.matching.model import (
    CRITERIA,
    MENTOR_ROLES,
    Candidate,
    Population,
    Reason,
    Weights,
)
from lernpartner_desktop.matching.rules import hard_reason
from lernpartner_desktop.matching.scores import eligible, pair_score

TOPICS = ("Excel", "SAP", "Teams", "CNC")
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def populations(
    draw: st.DrawFn, fmt: str = "mentoring", max_side: int = 6, pins: bool = False
) -> Population:
    n_mentors = draw(st.integers(1, max_side)) if fmt != "tandem" else 0
    n_others = draw(st.integers(1, max_side if fmt != "tandem" else 8))
    people: list[Candidate] = []
    ids = list(range(1, n_mentors + n_others + 1))
    levels = st.dictionaries(st.sampled_from(TOPICS), st.integers(1, 4), max_size=3)
    for i in ids:
        is_mentor = i <= n_mentors
        people.append(
            Candidate(
                id=i,
                name=f"P{i:02d}",
                role=("mentor" if is_mentor else "mentee") if fmt != "tandem" else "peer",
                department=draw(st.sampled_from(["", "IT", "Vertrieb"])),
                location=draw(st.sampled_from(["", "Kassel", "Baunatal"])),
                manager_id=draw(st.one_of(st.none(), st.sampled_from(ids))),
                year=draw(st.one_of(st.none(), st.integers(1960, 2005))),
                languages=frozenset(draw(st.sets(st.sampled_from(["De", "En"]), max_size=2))),
                offers=draw(levels),
                seeks=draw(levels),
                capacity=draw(st.integers(0, 3)) if is_mentor else 1,
            )
        )
    pairs = list(itertools.combinations(ids, 2))
    forbidden = {
        frozenset(p): Reason("excluded") for p in draw(st.lists(st.sampled_from(pairs), max_size=4))
    } if pairs else {}  # fmt: skip
    prefs: dict[int, list[int]] = {}
    mentors = [c.id for c in people if c.role == "mentor"] or ids
    for c in people:
        if c.role != "mentor" and draw(st.booleans()):
            prefs[c.id] = draw(st.lists(st.sampled_from(mentors), max_size=3, unique=True))
    pinned: list[tuple[int, int]] = []
    if pins:
        if fmt == "tandem":
            choices = pairs
        else:
            choices = [(m.id, e.id) for m in people for e in people
                       if m.role == "mentor" and e.role != "mentor"]  # fmt: skip
        if choices:
            pinned = draw(st.lists(st.sampled_from(choices), max_size=3, unique=True))
    return Population(fmt, people=people, forbidden=forbidden, preferences=prefs, pinned=pinned)


weights_st = st.builds(Weights, st.fixed_dictionaries({k: st.integers(0, 10) for k in CRITERIA}))


def _roles(pop: Population) -> tuple[list[Candidate], list[Candidate]]:
    return (
        [c for c in pop.people if c.role in MENTOR_ROLES],
        [c for c in pop.people if c.role not in MENTOR_ROLES],
    )


def brute_mentoring(pop: Population, w: Weights) -> tuple[int, float, float]:
    """(most pairs, best fit among those, best fit overall), trying every assignment.

    Exhaustive over (mentee, free places) states, so that 8 mentors and 8 mentees stay fast.
    """
    mentors, mentees = _roles(pop)
    gain = {
        (i, k): pair_score(m, e, pop, w)
        for i, m in enumerate(mentors)
        for k, e in enumerate(mentees)
        if eligible(m, e, pop)
    }

    @functools.cache
    def best(k: int, free: tuple[int, ...]) -> tuple[tuple[int, float], float]:
        if k == len(mentees):
            return (0, 0.0), 0.0
        by_count, by_fit = best(k + 1, free)  # mentee k stays unmatched
        for i, places in enumerate(free):
            if places and (i, k) in gain:
                rest = (*free[:i], places - 1, *free[i + 1 :])
                (c, f), fit = best(k + 1, rest)
                g = gain[(i, k)]
                by_count = max(by_count, (c + 1, round(f + g, 9)))
                by_fit = max(by_fit, fit + g)
        return by_count, by_fit

    (most, fit_for_most), best_fit = best(0, tuple(m.capacity for m in mentors))
    return most, fit_for_most, best_fit


def brute_peers(pop: Population, w: Weights) -> tuple[int, float, float]:
    people = pop.people
    best_fit, best_count = 0.0, (0, 0.0)

    def walk(rest: list[Candidate], count: int, total: float) -> None:
        nonlocal best_fit, best_count
        if len(rest) < 2:
            best_fit = max(best_fit, total)
            best_count = max(best_count, (count, round(total, 9)))
            return
        first, others = rest[0], rest[1:]
        walk(others, count, total)
        for i, other in enumerate(others):
            if eligible(first, other, pop) and eligible(other, first, pop):
                walk(
                    others[:i] + others[i + 1 :],
                    count + 1,
                    total + pair_score(first, other, pop, w),
                )

    walk(people, 0, 0.0)
    return best_count[0], best_count[1], best_fit


def check_constraints(pop: Population, result) -> None:  # type: ignore[no-untyped-def]
    people = pop.by_id()
    load: dict[int, int] = {}
    seen: set[int] = set()
    for s in result.suggestions:
        (a, ra), (b, rb) = s.members
        assert hard_reason(people[a], people[b], pop) is None
        assert eligible(people[a], people[b], pop)
        if pop.kind == "mentoring":
            assert ra in MENTOR_ROLES and rb not in MENTOR_ROLES
            load[a] = load.get(a, 0) + 1
            assert b not in seen
            seen.add(b)
        else:
            assert not {a, b} & seen
            seen |= {a, b}
    for m, n in load.items():
        assert n <= people[m].capacity
    unmatched = {u.person_id for u in result.unmatched}
    assert not unmatched & seen


def check_reasons(pop: Population, w: Weights, result) -> None:  # type: ignore[no-untyped-def]
    """Every claim behind every unmatched person's reason holds in the result, and everyone
    who fits them (a positive score, or any under "as many as possible") is accounted for."""
    people = pop.by_id()
    mentoring = pop.kind == "mentoring"
    partners: dict[int, list[tuple[float, bool]]] = {}
    for s in result.suggestions:
        (a, _), (b, _) = s.members
        for me in (a, b):
            partners.setdefault(me, []).append((s.score, s.pinned))

    def side(c: Candidate, p: Candidate) -> tuple[Candidate, Candidate]:
        return (c, p) if mentoring else (p, c)

    for u in result.unmatched:
        p = people[u.person_id]
        kinds = [c.kind for c in u.claims]
        assert "unexplained" not in kinds, u.reason.message()
        named: set[int] = set()
        for claim in u.claims:
            named |= set(claim.people)
            if claim.kind == "no_ad":
                assert mentoring and not p.seeks
            elif claim.kind == "pinned_full":
                (m,) = claim.people
                assert (m, p.id) in pop.pinned or (p.id, m) in pop.pinned
                assert len(partners.get(m, [])) >= people[m].capacity
            elif claim.kind == "nobody":
                assert not any(criteria_topics(*side(c, p), pop) > 0 for c in _others(pop, p))
            for cid in claim.people:
                c = people[cid]
                a, b = side(c, p)
                score = pair_score(a, b, pop, w)
                mine = partners.get(cid, [])
                if claim.kind == "better":
                    assert mine and all(x > score for x, _pin in mine)
                    if mentoring:
                        assert len(mine) >= c.capacity
                elif claim.kind == "tie":
                    assert mine and all(x >= score - 1e-9 for x, _pin in mine)
                    assert any(abs(x - score) <= 1e-9 for x, _pin in mine)
                    if mentoring:
                        assert len(mine) >= c.capacity
                elif claim.kind == "pinned":
                    assert any(pin and x <= score + 1e-9 for x, pin in mine)
                    if mentoring:
                        assert len(mine) >= c.capacity
                elif claim.kind == "full":
                    assert mentoring and c.capacity == 0
                elif claim.kind == "zero":
                    assert result.objective == "fit" and score == 0 and eligible(a, b, pop)
                elif claim.kind == "excluded":
                    assert hard_reason(a, b, pop) is not None
                    assert criteria_topics(a, b, pop) > 0
        if kinds and kinds[0] in ("better", "tie", "pinned", "full", "zero", "excluded"):
            for c in _others(pop, p):
                a, b = side(c, p)
                if criteria_topics(a, b, pop) > 0 and hard_reason(a, b, pop) is None:
                    assert c.id in named, (p.name, c.name, u.reason.message())


def criteria_topics(a: Candidate, b: Candidate, pop: Population) -> float:
    from lernpartner_desktop.matching.scores import criteria

    return criteria(a, b, pop)["topics"]


def _others(pop: Population, p: Candidate) -> list[Candidate]:
    if pop.kind == "mentoring":
        return [c for c in pop.people if c.role in MENTOR_ROLES]
    return [c for c in pop.people if c.id != p.id]
