"""Matching figures (issues 4 and 14): time to an optimal result, its total fit against greedy.

Instances (random but seeded, with partner ads over 20 topics, 9 departments, managers,
birth years and languages, like the demo company):
- a 250-person company: one mentoring program, 60 mentors (capacity 2), 190 mentees, read
  from a real SQLite file (population loading included): goal at most 0.2 s;
- association scale (issue 14): peer tandems among 1,000 people (goal at most 2 s) and among
  3,000 (at most 10 s), optimal; 5,000 mentees with 1,250 mentors of capacity 4 (at most
  5 s); learning circles of 300 people within the time limit (10 s), with the proven gap.
The baseline in the same run is the greedy "take the best remaining pair" (circles: each
person into the open circle where they add most) on the same scores; its time is shown too,
and the fit ratio ours / greedy (>= 1 by optimality).

Run: ``python benchmarks/bench_matching.py``
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _quick import size

from lernpartner_desktop.matching.baseline import greedy
from lernpartner_desktop.matching.model import Candidate, Population, Weights
from lernpartner_desktop.matching.solve import solve

TOPICS = [f"Thema {i}" for i in range(20)]
DEPARTMENTS = ["Vertrieb", "Produktion", "IT", "Einkauf", "Personal", "Logistik",
               "Marketing", "Buchhaltung", "Kundendienst"]  # fmt: skip
LOCATIONS = ["Kassel", "Baunatal", "Göttingen"]


def person(rng: random.Random, i: int, role: str, ids: list[int]) -> Candidate:
    teacher = role in ("mentor", "peer") and rng.random() < 0.9
    learner = role in ("mentee", "peer")
    return Candidate(
        id=i,
        name=f"Person {i}",
        role=role,
        department=rng.choice(DEPARTMENTS),
        location=rng.choice(LOCATIONS),
        manager_id=rng.choice(ids) if ids and rng.random() < 0.8 else None,
        year=rng.randint(1962, 2004),
        languages=frozenset(rng.sample(["Deutsch", "Englisch", "Türkisch", "Polnisch"], 2)),
        offers={t: rng.randint(3, 4) for t in rng.sample(TOPICS, 3)} if teacher else {},
        seeks={t: rng.randint(1, 2) for t in rng.sample(TOPICS, 2)} if learner else {},
        capacity=1,
    )


def mentoring(mentors: int, mentees: int, capacity: int, seed: int) -> Population:
    rng = random.Random(seed)
    people: list[Candidate] = []
    ids: list[int] = []
    for i in range(1, mentors + mentees + 1):
        role = "mentor" if i <= mentors else "mentee"
        c = person(rng, i, role, ids[:50])
        if role == "mentor":
            c = Candidate(**{**c.__dict__, "capacity": capacity})
        people.append(c)
        ids.append(i)
    prefs = {
        c.id: rng.sample(range(1, mentors + 1), 3) for c in people[mentors:] if rng.random() < 0.3
    }
    return Population("mentoring", people=people, preferences=prefs)


def peers(n: int, seed: int) -> Population:
    rng = random.Random(seed)
    ids: list[int] = []
    people = []
    for i in range(1, n + 1):
        people.append(person(rng, i, "peer", ids[:30]))
        ids.append(i)
    return Population("tandem", people=people)


def circles(n: int, seed: int) -> Population:
    rng = random.Random(seed)
    ids: list[int] = []
    people = []
    for i in range(1, n + 1):
        people.append(person(rng, i, "peer", ids[:30]))
        ids.append(i)
    members = [Candidate(**{**c.__dict__, "role": "member"}) for c in people]
    return Population("learning_circle", max_group_size=5, people=members)


def measure(label: str, pop: Population, goal: float, runs: int = size(3, 1)) -> None:
    w = Weights()
    ours, base = [], []
    for _ in range(runs):
        t = time.perf_counter()
        result = solve(pop, w, "fit")
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        g = greedy(pop, w)
        base.append(time.perf_counter() - t)
    o, b = statistics.median(ours), statistics.median(base)
    what = "circles" if pop.kind == "groups" else "pairs"
    quality = result.quality
    proof = "optimal" if quality.optimal else f"proven gap {quality.gap * 100:.1f} %"
    print(
        f"{label}: {proof} in {o:.2f} s (goal <= {goal:g} s), greedy {b:.2f} s; "
        f"{len(result.suggestions)} {what}, total fit {result.total:.1f} vs greedy {g:.1f}, "
        f"ratio {result.total / g if g else float('nan'):.3f}; time ratio {o / b:.1f}"
    )


def company_from_store() -> None:
    """250 people in a real data folder: reading the population is part of the time."""
    from lernpartner_desktop.core.records import AdEntry, PersonInput, ProgramInput
    from lernpartner_desktop.workspace import Workspace

    pop = mentoring(size(60, 6), size(190, 19), 2, seed=3)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp))
        try:
            import datetime as dt

            prog = ws.programs.create(
                ProgramInput.from_format("Mentoring", "mentoring", dt.date(2026, 1, 5))
            )
            new_id: dict[int, int] = {}
            for c in pop.people:
                new_id[c.id] = ws.people.create(
                    PersonInput(
                        name=c.name,
                        department=c.department,
                        location=c.location,
                        generation_basis="birth_year",
                        generation_year=c.year,
                        languages=", ".join(sorted(c.languages)),
                        manager_id=new_id.get(c.manager_id or -1),
                    )
                )
                ws.people.set_ad(
                    new_id[c.id],
                    [AdEntry(t, "offer", lv) for t, lv in c.offers.items()]
                    + [AdEntry(t, "seek", lv) for t, lv in c.seeks.items()],
                )
            mentors = [new_id[c.id] for c in pop.people if c.role == "mentor"]
            mentees = [new_id[c.id] for c in pop.people if c.role == "mentee"]
            ws.programs.enrol_many(prog, mentors, "mentor", capacity=2)
            ws.programs.enrol_many(prog, mentees, "mentee")
            times, greedy_times = [], []
            for _ in range(size(5, 1)):
                t = time.perf_counter()
                result = ws.matching.suggest(prog)
                times.append(time.perf_counter() - t)
                t = time.perf_counter()
                loaded = ws.matching.population(prog)
                g = greedy(loaded, Weights())
                greedy_times.append(time.perf_counter() - t)
            o, b = statistics.median(times), statistics.median(greedy_times)
            print(
                f"250-person company from the store (60 mentors x2, 190 mentees): "
                f"{o:.3f} s (goal <= 0.2 s), greedy incl. loading {b:.3f} s; "
                f"{len(result.suggestions)} pairs, fit {result.total:.1f} vs greedy {g:.1f}, "
                f"ratio {result.total / g if g else float('nan'):.3f}"
            )
        finally:
            ws.close()


def main() -> None:
    company_from_store()
    measure(f"Peer tandems among {size(1000, 12):,}", peers(size(1000, 12), seed=2), 2.0)
    measure(f"Peer tandems among {size(3000, 16):,}", peers(size(3000, 16), seed=4), 10.0, 1)
    measure(
        f"{size(5000, 20):,} mentees, {size(1250, 5):,} mentors x4",
        mentoring(size(1250, 5), size(5000, 20), 4, seed=1),
        5.0,
    )
    measure(f"Learning circles of {size(300, 12)} (max. 5)", circles(size(300, 12), seed=5),
            10.5, 1)  # fmt: skip


if __name__ == "__main__":
    main()
