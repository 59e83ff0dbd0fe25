"""One entry point for every program format: :func:`solve`.

Runs on the database worker in the app: ``progress(done, total)`` reports steps, ``cancel``
stops a solve between steps or inside HiGHS (:class:`~.model.MatchingCancelled`). Solving
changes nothing anywhere; only accepting does (:mod:`.service`).
"""

from __future__ import annotations

from lernpartner_desktop.base.errors import ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.matching.circles import solve_circles, unmatched_circles
from lernpartner_desktop.matching.model import (
    DEFAULT_TIME_LIMIT,
    Cancel,
    MatchResult,
    Objective,
    Population,
    Progress,
    Reason,
    Weights,
    check_time_limit,
)
from lernpartner_desktop.matching.pairing import solve_mentoring, solve_peers


def _no_progress(_done: int, _total: int) -> None:
    return None


def solve(
    pop: Population,
    weights: Weights,
    objective: Objective = "fit",
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> MatchResult:
    if objective not in ("fit", "count"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose highest total fit or as many matched as possible.")
        )
    check_time_limit(time_limit)
    if cancel is not None:
        cancel.check()
    report = progress or _no_progress
    notes: list[Reason] = []
    if objective == "fit" and weights.all_zero():
        notes.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Matching",
                    "All weights are 0: under highest total fit nothing gains a point, so "
                    "nobody is matched. Raise a weight or choose as many matched as possible.",
                )
            )
        )
    if pop.kind == "groups":
        if pop.max_group_size < 2:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A learning circle needs room for at least 2 people: raise the program's "
                    "maximum group size.",
                ),
                field="max_group_size",
            )
        result, circles = solve_circles(pop, weights, objective, time_limit, report, cancel)
        unmatched = unmatched_circles(pop, weights, objective, circles, result.quality)
        return MatchResult(
            result.suggestions,
            tuple(unmatched),
            objective,
            (*notes, *result.notes),
            result.quality,
        )
    if pop.kind == "peers":
        result = solve_peers(pop, weights, objective, report, cancel)
    else:
        result = solve_mentoring(pop, weights, objective, report, cancel)
    return MatchResult(
        result.suggestions, result.unmatched, objective, (*notes, *result.notes), result.quality
    )
