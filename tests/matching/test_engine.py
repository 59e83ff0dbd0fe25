"""The matching arithmetic and solvers, against hand-made cases and brute force."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.matching.baseline import greedy
from lernpartner_desktop.matching.model import (
    CRITERIA,
    Candidate,
    Population,
    Weights,
)
from lernpartner_desktop.matching.rules import hard_reason
from lernpartner_desktop.matching.scores import Scorer, criteria, eligible, pair_score
from lernpartner_desktop.matching.solve import solve
from tests.matching.helpers import (
    FAST,
    _roles,
    brute_mentoring,
    brute_peers,
    check_constraints,
    populations,
    weights_st,
)


def mentor(i: int, **kw: object) -> Candidate:
    return Candidate(id=i, name=f"Mentor {i}", role="mentor", **kw)  # type: ignore[arg-type]


def mentee(i: int, **kw: object) -> Candidate:
    return Candidate(id=i, name=f"Mentee {i}", role="mentee", **kw)  # type: ignore[arg-type]


# -- arithmetic on hand-made cases -----------------------------------------------------------


def test_score_of_a_hand_made_pair() -> None:
    m = mentor(
        1,
        department="IT",
        location="Kassel",
        year=1995,
        languages=frozenset({"Deutsch", "Englisch"}),
        offers={"Excel": 4, "SAP": 2},
    )
    e = mentee(
        2,
        department="Vertrieb",
        location="Kassel",
        year=1965,
        languages=frozenset({"Englisch"}),
        seeks={"Excel": 1, "SAP": 1, "CNC": 2},
    )
    pop = Population("mentoring", people=[m, e], preferences={2: [9, 1]})
    parts = criteria(m, e, pop)
    # Excel: 3 levels ahead -> 1; SAP: 1 level ahead -> 0.5; CNC not offered -> 0; of 3 sought
    assert parts["topics"] == pytest.approx(1.5 / 3)
    assert parts["preferences"] == pytest.approx(2 / 3)  # second choice
    assert parts["departments"] == 1.0
    assert parts["generation"] == 1.0  # 30 years, more than the 20 for "fully mixed"
    assert parts["languages"] == 1.0
    assert parts["location"] == 1.0
    w = Weights({"topics": 10, "preferences": 3, "departments": 2, "generation": 1,
                 "languages": 0, "location": 4})  # fmt: skip
    assert pair_score(m, e, pop, w) == pytest.approx(10 * 0.5 + 3 * 2 / 3 + 2 + 1 + 0 + 4)


def test_a_mentor_must_be_clearly_ahead() -> None:
    e = mentee(2, seeks={"Excel": 2})
    pop = Population("mentoring")
    assert criteria(mentor(1, offers={"Excel": 4}), e, pop)["topics"] == 1.0
    assert criteria(mentor(1, offers={"Excel": 3}), e, pop)["topics"] == 0.5
    assert criteria(mentor(1, offers={"Excel": 2}), e, pop)["topics"] == 0.0
    assert not eligible(mentor(1, offers={"Excel": 2}), e, pop)


def test_small_generation_gaps_do_not_count() -> None:
    pop = Population("mentoring")
    assert criteria(mentor(1, year=1990), mentee(2, year=1986), pop)["generation"] == 0.0
    assert criteria(mentor(1, year=1990), mentee(2, year=1980), pop)["generation"] == 0.5


def test_peers_benefit_both_ways() -> None:
    a = Candidate(1, "A", "peer", offers={"Excel": 4}, seeks={"SAP": 1})
    b = Candidate(2, "B", "peer", offers={"SAP": 3}, seeks={"Excel": 1})
    c = Candidate(3, "C", "peer", offers={"SAP": 3}, seeks={"CNC": 1})
    pop = Population("tandem", people=[a, b, c])
    assert criteria(a, b, pop)["topics"] == 1.0  # each teaches the other
    assert criteria(a, c, pop)["topics"] == 0.5  # only C teaches A


def test_hard_constraints_name_their_reason() -> None:
    boss = mentor(1, offers={"Excel": 4})
    report = mentee(2, seeks={"Excel": 1}, manager_id=1)
    assert "manager" in hard_reason(boss, report, Population("mentoring")).message()  # type: ignore[union-attr]
    old = Candidate(3, "Alt", "mentor", year=1960, offers={"Excel": 4})
    young = Candidate(4, "Jung", "mentee", year=1999, seeks={"Excel": 1})
    rm = Population("reverse_mentoring")
    assert "younger" in hard_reason(old, young, rm).message()  # type: ignore[union-attr]
    assert hard_reason(young, old, rm) is None


def test_weights_are_checked() -> None:
    with pytest.raises(ValidationError, match="between 0 and 10, not 11"):
        Weights({"topics": 11})
    with pytest.raises(ValidationError, match="between 0 and 10"):
        Weights().with_value("location", -1)
    with pytest.raises(ValidationError, match="Unknown"):
        Weights({"charisma": 3})


# -- random populations -----------------------------------------------------------------------


@FAST
@given(pop=populations("mentoring", max_side=8), w=weights_st)
def test_mentoring_is_optimal_and_safe(pop: Population, w: Weights) -> None:
    most, best_for_most, best_fit = brute_mentoring(pop, w)
    fit = solve(pop, w, "fit")
    check_constraints(pop, fit)
    assert fit.total == pytest.approx(best_fit, abs=1e-6)
    count = solve(pop, w, "count")
    check_constraints(pop, count)
    assert len(count.suggestions) == most
    assert count.total == pytest.approx(best_for_most, abs=1e-6)
    assert fit.total >= greedy(pop, w) - 1e-6


@FAST
@given(pop=populations("reverse_mentoring", max_side=5), w=weights_st)
def test_reverse_mentoring_keeps_the_younger_as_mentor(pop: Population, w: Weights) -> None:
    result = solve(pop, w, "fit")
    check_constraints(pop, result)
    people = pop.by_id()
    for s in result.suggestions:
        (a, _), (b, _) = s.members
        if people[a].year is not None and people[b].year is not None:
            assert people[a].year > people[b].year  # type: ignore[operator]
    assert result.total == pytest.approx(brute_mentoring(pop, w)[2], abs=1e-6)


@FAST
@given(pop=populations("tandem"), w=weights_st)
def test_peer_tandems_are_optimal_and_safe(pop: Population, w: Weights) -> None:
    most, best_for_most, best_fit = brute_peers(pop, w)
    fit = solve(pop, w, "fit")
    check_constraints(pop, fit)
    assert fit.total == pytest.approx(best_fit, abs=1e-6)
    count = solve(pop, w, "count")
    check_constraints(pop, count)
    assert len(count.suggestions) == most
    assert count.total == pytest.approx(best_for_most, abs=1e-6)


# Which reason template belongs to which criterion.
TEMPLATE_CRITERION = {
    "{teacher} offers {topic} ({offer}); {learner} seeks it ({seek})": "topics",
    "{chooser}'s choice no. {rank}": "preferences",
    "Across departments ({a} and {b})": "departments",
    "Generation gap of %n year(s)": "generation",
    "Both speak {languages}": "languages",
    "Same location ({place})": "location",
}


@FAST
@given(pop=populations("mentoring", max_side=5), w=weights_st)
def test_explanations_name_exactly_the_contributing_criteria(pop: Population, w: Weights) -> None:
    for s in solve(pop, w, "fit").suggestions:
        named = {TEMPLATE_CRITERION[r.text] for r in s.reasons if r.text in TEMPLATE_CRITERION}
        assert named == {k for k, v in s.breakdown.items() if v > 0}
        assert s.score == pytest.approx(sum(s.breakdown.values()))


@FAST
@given(pop=st.one_of(populations("tandem"), populations("reverse_mentoring")), w=weights_st)
def test_vectorised_scores_equal_the_pair_by_pair_ones(pop: Population, w: Weights) -> None:
    if pop.kind == "peers":
        rows = cols = pop.people
    else:
        rows, cols = _roles(pop)
    found = Scorer(pop, rows, cols).pairs(w, forbidden_too=True)
    seen = {}
    for i, j, score, ok in zip(found.rows, found.cols, found.score, found.allowed, strict=True):
        a, b = rows[i], cols[j]
        assert score == pair_score(a, b, pop, w)  # the same number, not merely close
        assert bool(ok) == (hard_reason(a, b, pop) is None)
        seen[(a.id, b.id)] = bool(ok)
    for a in rows:
        for b in cols:
            if pop.kind == "peers" and a.id >= b.id:
                continue
            assert ((a.id, b.id) in seen) == (criteria(a, b, pop)["topics"] > 0)
            assert seen.get((a.id, b.id), False) == eligible(a, b, pop)


def test_pinned_pairs_stay_even_when_a_better_pair_exists() -> None:
    m = mentor(1, offers={"Excel": 4}, capacity=1)
    good = mentee(2, seeks={"Excel": 1}, department="IT")
    weak = mentee(3, seeks={"Excel": 3})
    pop = Population("mentoring", people=[m, good, weak], pinned=[(1, 3)])
    result = solve(pop, Weights(), "fit")
    assert [s.key for s in result.suggestions] == [frozenset({1, 3})]
    assert result.suggestions[0].pinned
    assert result.suggestions[0].reasons[0].message() == "Pinned by you"
    (left,) = result.unmatched
    assert left.person_id == 2 and "held by a pair you pinned" in left.reason.message()


def test_unmatched_reasons() -> None:
    m = mentor(1, offers={"Excel": 4}, capacity=2)
    boss = mentor(5, offers={"CNC": 4}, capacity=2)
    nobody = mentee(2, seeks={"SAP": 1})
    silent = mentee(3)
    excluded = mentee(4, seeks={"CNC": 1}, manager_id=5)
    pop = Population("mentoring", people=[m, boss, nobody, silent, excluded])
    reasons = {u.person_id: u.reason.message() for u in solve(pop, Weights()).unmatched}
    assert reasons[2] == "Nobody in the program offers what they seek."
    assert "Has not said what they seek" in reasons[3]
    assert "Only excluded candidates" in reasons[4] and "manager" in reasons[4]


def test_capacities_that_cannot_cover_the_mentees_are_named() -> None:
    people = [mentor(1, offers={"Excel": 4}, capacity=1)] + [
        mentee(i, seeks={"Excel": 1}) for i in range(2, 5)
    ]
    result = solve(Population("mentoring", people=people), Weights())
    assert len(result.suggestions) == 1
    assert "free places (1) cannot cover all 3 mentees" in result.notes[0].message()


def test_learning_circle_groups_share_a_topic_and_respect_size() -> None:
    people = [
        Candidate(i, f"M{i}", "member", department="IT" if i % 2 else "HR",
                  seeks={"Excel": 1} if i < 8 else {"SAP": 1},
                  offers={"Excel": 4} if i == 1 else {})
        for i in range(1, 11)
    ]  # fmt: skip
    people[2] = Candidate(3, "M3", "member", seeks={"Excel": 1}, manager_id=2)
    pop = Population("learning_circle", max_group_size=3, people=people)
    result = solve(pop, Weights())
    placed = [pid for s in result.suggestions for pid, _ in s.members]
    assert len(placed) == len(set(placed)) == 10
    by_id = pop.by_id()
    for s in result.suggestions:
        assert 2 <= len(s.members) <= 3
        ids = [pid for pid, _ in s.members]
        topic = s.reasons[0].params["topic"]
        assert all(topic in by_id[i].seeks or topic in by_id[i].offers for i in ids)
        assert not ({2, 3} <= set(ids))  # never with their manager
    with pytest.raises(ValidationError):
        solve(pop, Weights(), "most")  # type: ignore[arg-type]


def test_greedy_can_be_worse() -> None:
    """The classic case: the best single pair blocks two good ones."""
    a = mentor(1, offers={"Excel": 4, "SAP": 4}, capacity=1)
    b = mentor(2, offers={"Excel": 4}, capacity=1)
    x = mentee(3, seeks={"Excel": 1})
    y = mentee(4, seeks={"SAP": 1})
    w = Weights({k: 0 for k in CRITERIA} | {"topics": 10, "preferences": 5})
    pop = Population("mentoring", people=[a, b, x, y], preferences={3: [1]})
    assert greedy(pop, w) == pytest.approx(15)  # a-x (10 + 5), then y has nobody left
    result = solve(pop, w)
    assert result.total == pytest.approx(20)  # a-y and b-x
    assert {s.key for s in result.suggestions} == {frozenset({1, 4}), frozenset({2, 3})}
