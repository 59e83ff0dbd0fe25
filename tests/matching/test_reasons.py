"""Every reason shown is true: pins under the rules, and each claim checked in the result."""

from __future__ import annotations

from hypothesis import given

from lernpartner_desktop.matching.model import CRITERIA, Candidate, Population, Reason, Weights
from lernpartner_desktop.matching.rules import pair_problem
from lernpartner_desktop.matching.solve import solve
from tests.matching.helpers import (
    FAST,
    check_constraints,
    check_reasons,
    populations,
    weights_st,
)


@FAST
@given(pop=populations("mentoring", max_side=6, pins=True), w=weights_st)
def test_mentoring_reasons_are_true_and_pins_obey_the_rules(pop: Population, w: Weights) -> None:
    for objective in ("fit", "count"):
        result = solve(pop, w, objective)
        check_constraints(pop, result)  # pinned pairs included: every rule holds
        check_reasons(pop, w, result)
        _pins_accounted_for(pop, result)


@FAST
@given(pop=populations("tandem", pins=True), w=weights_st)
def test_tandem_reasons_are_true_and_pins_obey_the_rules(pop: Population, w: Weights) -> None:
    for objective in ("fit", "count"):
        result = solve(pop, w, objective)
        check_constraints(pop, result)
        check_reasons(pop, w, result)
        _pins_accounted_for(pop, result)


def _pins_accounted_for(pop: Population, result) -> None:  # type: ignore[no-untyped-def]
    """A pin is suggested, or dropped with a note, or its mentee waits with the reason."""
    kept = {s.key for s in result.suggestions if s.pinned}
    held = {u.person_id for u in result.unmatched for c in u.claims if c.kind == "pinned_full"}
    people = pop.by_id()
    notes = " ".join(n.message() for n in result.notes)
    for a, b in pop.pinned:
        if frozenset((a, b)) in kept:
            assert pair_problem(people[a], people[b], pop) is None
        elif {a, b} & held:
            continue
        else:
            assert f"{people[a].name} – {people[b].name}" in notes or (
                f"{people[b].name} – {people[a].name}" in notes
            )


ZERO_TOPICS = Weights({"topics": 0})


def peer(i: int, name: str, **kw: object) -> Candidate:
    return Candidate(i, name, "peer", **kw)  # type: ignore[arg-type]


def test_zero_scores_are_no_common_ground() -> None:
    """Issue 14: with the topics weight at 0 nobody fits "better"; they score 0."""
    a = peer(1, "A", offers={"X": 4})
    b, c = peer(2, "B", seeks={"X": 1}), peer(3, "C", seeks={"X": 1})
    result = solve(Population("tandem", people=[a, b, c]), ZERO_TOPICS, "fit")
    assert result.suggestions == ()
    for u in result.unmatched:
        assert "No common ground under the current weights" in u.reason.message()
        assert "fit better" not in u.reason.message()
    # As many as possible: a pair scoring 0 still counts.
    assert len(solve(Population("tandem", people=[a, b, c]), ZERO_TOPICS, "count").suggestions) == 1


def test_a_partner_held_by_a_pin_is_named_as_such() -> None:
    """Issue 14: A–C pinned; B is not told that A fits someone better (A–B scores more)."""
    a = peer(1, "A", offers={"X": 4})
    b, c = peer(2, "B", seeks={"X": 1}), peer(3, "C", seeks={"X": 3})
    pop = Population("tandem", people=[a, b, c], pinned=[(1, 3)])
    result = solve(pop, Weights(), "fit")
    assert [s.key for s in result.suggestions] == [frozenset({1, 3})]
    (left,) = result.unmatched
    assert left.name == "B"
    assert "fit better" not in left.reason.message()
    assert "A: held by a pair you pinned" in left.reason.message()


def test_ties_are_called_ties() -> None:
    a = peer(1, "A", offers={"X": 4})
    b, c = peer(2, "B", seeks={"X": 1}), peer(3, "C", seeks={"X": 1})
    result = solve(Population("tandem", people=[a, b, c]), Weights(), "fit")
    (left,) = result.unmatched
    assert "A: matched with someone who fits them just as well (a tie)" in left.reason.message()


def test_all_weights_zero_say_so() -> None:
    a = peer(1, "A", offers={"X": 4})
    b = peer(2, "B", seeks={"X": 1})
    zero = Weights({k: 0 for k in CRITERIA})
    result = solve(Population("tandem", people=[a, b]), zero, "fit")
    assert result.suggestions == ()
    assert "All weights are 0" in result.notes[0].message()
    assert all("No common ground" in u.reason.message() for u in result.unmatched)


def test_a_forbidden_pin_is_dropped_with_the_reason() -> None:
    m = Candidate(1, "M1", "mentor", offers={"X": 4}, capacity=2)
    e = Candidate(2, "E2", "mentee", seeks={"X": 1})
    excluded = Population(
        "mentoring", people=[m, e], pinned=[(1, 2)],
        forbidden={frozenset((1, 2)): Reason("{a} asked never to be paired with {b}",
                                             {"a": "E2", "b": "M1"})},
    )  # fmt: skip
    result = solve(excluded, Weights())
    assert result.suggestions == ()
    assert result.notes[0].message() == (
        "Pin M1 – E2 removed: E2 asked never to be paired with M1."
    )
    boss = Population(
        "mentoring",
        people=[m, Candidate(2, "E2", "mentee", seeks={"X": 1}, manager_id=1)],
        pinned=[(1, 2)],
    )
    result = solve(boss, Weights())
    assert result.suggestions == ()
    assert result.notes[0].message() == "Pin M1 – E2 removed: M1 is the manager of E2."


def test_a_pinned_mentor_without_a_free_place_keeps_the_mentee_waiting() -> None:
    full = Candidate(1, "M1", "mentor", offers={"X": 4}, capacity=1)
    other = Candidate(4, "M4", "mentor", offers={"X": 4}, capacity=2)
    e2 = Candidate(2, "E2", "mentee", seeks={"X": 1})
    e3 = Candidate(3, "E3", "mentee", seeks={"X": 1})
    pop = Population("mentoring", people=[full, other, e2, e3], pinned=[(1, 3), (1, 2)])
    result = solve(pop, Weights())
    assert {s.key for s in result.suggestions} == {frozenset({1, 3})}  # E2 is not moved to M4
    (left,) = result.unmatched
    assert left.name == "E2"
    assert left.reason.message() == (
        "Pinned to M1, who has no free place left; not moved to anyone else."
    )
