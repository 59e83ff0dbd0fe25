"""Plain words for every suggestion and for everyone left unmatched, from the final result.

A pair's reasons name exactly the criteria that add to its score. An unmatched person's
reason is a list of *claims*, each a fact about the result that a test can check:

- ``better``: each of these people fits them, but is matched with someone they (the named
  people) fit strictly better;
- ``tie``: matched with someone who fits them exactly as well;
- ``pinned``: held by a pair you pinned that fits them no better;
- ``full``: a mentor with no free place (running partnerships);
- ``zero``: pairing with these people scores 0 under the current weights ("highest fit"
  gains nothing from it);
- ``excluded``: everyone who fits is ruled out by a hard rule (the first rule is named);
- ``nobody``: nobody offers what they seek (or, in tandems, seeks what they offer);
- ``no_ad``: a mentee who has not said what they seek;
- ``pinned_full``: pinned to a mentor without a free place (not moved elsewhere);
- ``unexplained``: none of the above holds (a solver that did not find the optimum; the
  tests prove it never appears for pairs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.matching.model import (
    MENTOR_ROLES,
    Candidate,
    LevelName,
    Matching,
    Population,
    Reason,
    Suggestion,
    Unmatched,
    Weights,
)
from lernpartner_desktop.matching.rules import hard_reason
from lernpartner_desktop.matching.scores import Scorer, criteria

TIE = 1e-9
SHOWN = 3  # names per claim; the rest as "and N more"

TEXTS = {
    "better": QT_TRANSLATE_NOOP("Matching", "{names}: matched with someone they fit better."),
    "tie": QT_TRANSLATE_NOOP(
        "Matching", "{names}: matched with someone who fits them just as well (a tie)."
    ),
    "pinned": QT_TRANSLATE_NOOP("Matching", "{names}: held by a pair you pinned."),
    "full": QT_TRANSLATE_NOOP("Matching", "{names}: no free place left."),
    "zero": QT_TRANSLATE_NOOP(
        "Matching", "{names}: no common ground under the current weights (the pair scores 0)."
    ),
    "unexplained": QT_TRANSLATE_NOOP(
        "Matching", "{names}: could have been paired with them in a better result."
    ),
}


@dataclass(frozen=True)
class Claim:
    kind: str
    people: tuple[int, ...] = ()


@dataclass(frozen=True)
class Explained(Unmatched):
    """An unmatched person with the checkable claims behind the reason."""

    claims: tuple[Claim, ...] = field(default=())


def names_of(ids: list[int] | tuple[int, ...], people: dict[int, Candidate]) -> object:
    shown = ", ".join(people[i].name for i in ids[:SHOWN])
    if len(ids) <= SHOWN:
        return shown
    return Reason(
        Matching.QT_TR_NOOP("{names} and %n more", "", len(ids) - SHOWN),
        {"names": shown},
    )


# -- pairs ------------------------------------------------------------------------------------


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
                Matching.QT_TR_NOOP("Generation gap of %n year(s)", "", abs(a.year - b.year)),
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


def pair_suggestion(
    pop: Population, weights: Weights, a: Candidate, b: Candidate, pinned: bool
) -> Suggestion:
    parts = criteria(a, b, pop)
    breakdown = {k: weights[k] * v for k, v in parts.items() if weights[k] * v > 0}
    return Suggestion(
        members=((a.id, a.role), (b.id, b.role)),
        names=(a.name, b.name),
        score=sum(weights[k] * v for k, v in parts.items()),
        breakdown=breakdown,
        reasons=tuple(explain_pair(a, b, pop, weights, pinned)),
        pinned=pinned,
    )


def unmatched_pairs(
    pop: Population,
    weights: Weights,
    objective: str,
    left: list[Candidate],
    others: list[Candidate],
    suggestions: list[Suggestion],
    free: dict[int, int],
    held: dict[int, Candidate],
) -> list[Unmatched]:
    """Reasons for the people ``left`` unmatched among ``others`` (their possible partners:
    the mentors, or all peers), from the final ``suggestions``.

    ``free``: mentors' free places before this run; ``held``: mentees pinned to a mentor
    without a free place. Vectorised per person: thousands of unmatched people with hundreds
    of candidates each are explained in a blink.
    """
    if not left:
        return []
    people = pop.by_id()
    mentoring = pop.kind == "mentoring"
    # Per candidate: the lowest score among their partners (all, and pinned ones only), and
    # whether places are left or were never there.
    inf = np.inf
    at = {c.id: k for k, c in enumerate(others)}
    low_all = np.full(len(others), inf)
    low_pinned = np.full(len(others), inf)
    taken = np.zeros(len(others), dtype=np.int64)
    for sug in suggestions:
        for pid, _role in sug.members:
            k = at.get(pid)
            if k is not None:
                low_all[k] = min(low_all[k], sug.score)
                taken[k] += 1
                if sug.pinned:
                    low_pinned[k] = min(low_pinned[k], sug.score)
    if mentoring:
        places = np.array([free.get(c.id, 0) for c in others])
        full = places <= 0
        room = ~full & (taken < places)
    else:
        full = np.zeros(len(others), dtype=bool)
        room = taken == 0
    if mentoring:  # rows: the mentors (teachers), columns: the unmatched mentees
        found = Scorer(pop, others, left).pairs(weights, forbidden_too=True)
        cand, person = found.rows, found.cols
    else:  # rows: the unmatched, columns: every peer
        found = Scorer(pop, left, others).pairs(weights, forbidden_too=True)
        person, cand = found.rows, found.cols
    ids = np.array([c.id for c in others])
    keep = np.array([c.id for c in left])[person] != ids[cand]
    person, cand, score, allowed = person[keep], cand[keep], found.score[keep], found.allowed[keep]
    kind = np.full(len(cand), "unexplained", dtype=object)
    kind[room[cand]] = "unexplained"
    tie_or_better = ~full[cand] & ~room[cand]
    kind[tie_or_better & (low_all[cand] >= score - TIE)] = "tie"
    kind[tie_or_better & (low_pinned[cand] <= score + TIE)] = "pinned"
    kind[tie_or_better & (low_all[cand] > score + TIE)] = "better"
    kind[full[cand]] = "full"
    if objective == "fit":
        kind[score <= 0] = "zero"
    kind[~allowed] = "excluded"
    order = np.lexsort((ids[cand], person))
    starts = np.searchsorted(person[order], np.arange(len(left) + 1))
    out: list[Unmatched] = []
    for at_p, p in enumerate(left):
        mine = order[starts[at_p] : starts[at_p + 1]]
        claims = _pair_claims(pop, p, ids[cand[mine]].tolist(), kind[mine].tolist(), held)
        out.append(Explained(p.id, p.name, p.role, _reason(claims, p, pop, people), claims=claims))
    return out


def _pair_claims(
    pop: Population, p: Candidate, fitting: list[int], kinds: list[str], held: dict[int, Candidate]
) -> tuple[Claim, ...]:
    if p.id in held:
        return (Claim("pinned_full", (held[p.id].id,)),)
    if pop.kind == "mentoring" and not p.seeks:
        return (Claim("no_ad"),)
    if not fitting:
        return (Claim("nobody"),)
    if all(k == "excluded" for k in kinds):
        return (Claim("excluded", tuple(fitting)),)
    groups: dict[str, list[int]] = {}
    for cid, k in zip(fitting, kinds, strict=True):
        if k != "excluded":
            groups.setdefault(k, []).append(cid)
    order = ("better", "tie", "pinned", "full", "unexplained", "zero")
    return tuple(Claim(k, tuple(groups[k])) for k in order if k in groups)


def _reason(
    claims: tuple[Claim, ...], p: Candidate, pop: Population, people: dict[int, Candidate]
) -> Reason:
    first = claims[0]
    if first.kind == "pinned_full":
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching",
                "Pinned to {mentor}, who has no free place left; not moved to anyone else.",
            ),
            {"mentor": people[first.people[0]].name},
        )
    if first.kind == "no_ad":
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "Has not said what they seek: add it to the partner ad.")
        )
    if first.kind == "nobody":
        if pop.kind == "mentoring":
            return Reason(
                QT_TRANSLATE_NOOP("Matching", "Nobody in the program offers what they seek.")
            )
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching",
                "Nobody in the program offers what they seek or seeks what they offer.",
            )
        )
    if first.kind == "excluded":
        other = people[first.people[0]]
        a, b = (other, p) if pop.kind == "mentoring" else (p, other)
        why = hard_reason(a, b, pop)
        return Reason(
            QT_TRANSLATE_NOOP("Matching", "Only excluded candidates fit (for example: {why})."),
            {"why": why if why is not None else "-"},
        )
    if len(claims) == 1 and first.kind == "zero":
        return Reason(
            QT_TRANSLATE_NOOP(
                "Matching",
                "No common ground under the current weights: every possible partner scores 0.",
            )
        )
    parts = tuple(Reason(TEXTS[c.kind], {"names": names_of(c.people, people)}) for c in claims)
    head = Reason(QT_TRANSLATE_NOOP("Matching", "Not paired. Who else fits:"))
    return Reason("{head} {parts}", {"head": head, "parts": parts})


def mentor_roles(pop: Population) -> tuple[list[Candidate], list[Candidate]]:
    return (
        [c for c in pop.people if c.role in MENTOR_ROLES],
        [c for c in pop.people if c.role not in MENTOR_ROLES],
    )
