"""Matching with the store: who may be matched, the owner's rules and weights, accepting.

The arithmetic and the solvers are in the modules beside this one; this one keeps
preferences, exclusions, pinned and rejected pairs (``match_rule``), the weights and the
circles' time limit per program (``setting``), and turns accepted suggestions into
partnerships through :meth:`PartnershipService.create_many`, all or nothing. Pins broken by a
change are removed in that change's transaction (:mod:`.store`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import combinations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.partnerships import PartnershipService
from lernpartner_desktop.core.settings import MATCH_WEIGHTS, read_setting, write_setting
from lernpartner_desktop.matching.model import (
    DEFAULT_TIME_LIMIT,
    MENTOR_ROLES,
    Cancel,
    MatchResult,
    Objective,
    Population,
    Progress,
    Reason,
    Suggestion,
    Weights,
    check_time_limit,
)
from lernpartner_desktop.matching.rules import pair_problem
from lernpartner_desktop.matching.store import (
    clear_notes,
    drop_broken_pins,
    load_population,
    read_notes,
)
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import MatchRule, Participation, Program
from lernpartner_desktop.storage.service import Service

MAX_PREFERENCES = 3


def _weights_key(program_id: int) -> str:
    return MATCH_WEIGHTS.format(program_id)


def _time_limit_key(program_id: int) -> str:
    return f"match.time_limit.{program_id}"


class MatchingService(Service):
    def __init__(self, db: Database, changes: ChangeHub, partnerships: PartnershipService) -> None:
        super().__init__(db, changes)
        self.partnerships = partnerships

    # -- weights per program --------------------------------------------------------------
    def weights(self, program_id: int) -> Weights:
        with self.db.read() as s:
            value = read_setting(s, _weights_key(program_id))
        if value is None:
            return Weights()
        try:
            stored = json.loads(value)
            return Weights({k: float(v) for k, v in stored.items()})
        except (ValueError, AttributeError, ValidationError):
            return Weights()  # a damaged entry falls back to the defaults

    def set_weights(self, program_id: int, weights: Weights) -> None:
        Weights(dict(weights.values))  # validates again
        with self.db.write() as s:
            self._program(s, program_id)
            write_setting(s, _weights_key(program_id), json.dumps(weights.values, sort_keys=True))
        self.changes.announce("matching")

    # -- the circles' time limit per program ----------------------------------------------
    def time_limit(self, program_id: int) -> float:
        """Seconds a learning-circle solve may search before it returns the best found."""
        with self.db.read() as s:
            value = read_setting(s, _time_limit_key(program_id))
        try:
            return check_time_limit(float(value)) if value is not None else DEFAULT_TIME_LIMIT
        except (ValueError, ValidationError):
            return DEFAULT_TIME_LIMIT

    def set_time_limit(self, program_id: int, seconds: float) -> None:
        check_time_limit(seconds)
        with self.db.write() as s:
            self._program(s, program_id)
            write_setting(s, _time_limit_key(program_id), repr(float(seconds)))
        self.changes.announce("matching")

    # -- the owner's rules about pairs ----------------------------------------------------
    @staticmethod
    def _program(s: Session, program_id: int) -> Program:
        program = s.get(Program, program_id)
        if program is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
        return program

    @staticmethod
    def _roles(s: Session, program_id: int) -> dict[int, str]:
        rows = s.execute(
            select(Participation.person_id, Participation.role).where(
                Participation.program_id == program_id
            )
        )
        return {person_id: role for person_id, role in rows}

    def rules(self, program_id: int, person_id: int, kind: str) -> list[int]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(MatchRule.other_id)
                    .where(
                        MatchRule.program_id == program_id,
                        MatchRule.person_id == person_id,
                        MatchRule.kind == kind,
                    )
                    .order_by(MatchRule.rank, MatchRule.id)
                )
            )

    def set_preferences(self, program_id: int, mentee_id: int, mentor_ids: Sequence[int]) -> None:
        """A mentee's preferred mentors, best first (at most three)."""
        if len(mentor_ids) > MAX_PREFERENCES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A mentee may name at most 3 preferred mentors."),
                field="preferences",
            )
        if len(set(mentor_ids)) != len(mentor_ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The same mentor was named twice."),
                field="preferences",
            )
        with self.db.write() as s:
            self._program(s, program_id)
            roles = self._roles(s, program_id)
            if roles.get(mentee_id) in MENTOR_ROLES or mentee_id not in roles:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only mentees of this program can name preferred mentors."
                    ),
                    field="person",
                )
            for other in mentor_ids:
                if roles.get(other) not in MENTOR_ROLES:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Preferred mentors must take part in this program as mentors."
                        ),
                        field="preferences",
                    )
            self._replace(s, program_id, mentee_id, "prefer", mentor_ids)
        self.changes.announce("matching")

    def set_exclusions(self, program_id: int, person_id: int, other_ids: Sequence[int]) -> None:
        """People ``person_id`` does not want to be paired with (a mentor's exclusions)."""
        if person_id in other_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Nobody needs to exclude themselves."),
                field="exclusions",
            )
        with self.db.write() as s:
            self._program(s, program_id)
            roles = self._roles(s, program_id)
            if person_id not in roles:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only participants of this program can exclude."),
                    field="person",
                )
            self._replace(s, program_id, person_id, "exclude", list(dict.fromkeys(other_ids)))
        self.changes.announce("matching")

    @staticmethod
    def _replace(
        s: Session, program_id: int, person_id: int, kind: str, others: Sequence[int]
    ) -> None:
        s.execute(
            delete(MatchRule).where(
                MatchRule.program_id == program_id,
                MatchRule.person_id == person_id,
                MatchRule.kind == kind,
            )
        )
        for rank, other in enumerate(others, start=1):
            s.add(
                MatchRule(
                    program_id=program_id,
                    person_id=person_id,
                    other_id=other,
                    kind=kind,
                    rank=rank if kind == "prefer" else None,
                )
            )

    def pin(self, program_id: int, a: int, b: int) -> None:
        """Keep this pair together in every suggestion; refused for a pair a rule forbids."""
        with self.db.write() as s:
            program = self._program(s, program_id)
            pop = load_population(s, program)
            self._check_pair(pop, a, b)
            # The newest wish wins: a mentee (or a peer) is pinned to one partner at a time.
            people = pop.by_id()
            taken = [
                p for p in (a, b) if pop.kind != "mentoring" or people[p].role not in MENTOR_ROLES
            ]
            s.execute(
                delete(MatchRule).where(
                    MatchRule.program_id == program_id,
                    MatchRule.kind == "pin",
                    MatchRule.person_id.in_(taken) | MatchRule.other_id.in_(taken),
                )
            )
            self._pair_rule(s, program_id, a, b, "pin")
        self.changes.announce("matching")

    @staticmethod
    def _check_pair(pop: Population, a: int, b: int) -> None:
        people = pop.by_id()
        x, y = people.get(a), people.get(b)
        if x is None or y is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These suggestions are out of date."))
        why = pair_problem(x, y, pop)
        if why is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{a} and {b} cannot be paired: {why}"),
                a=x.name,
                b=y.name,
                why=why.message(),
            )

    def unpin(self, program_id: int, a: int, b: int) -> None:
        with self.db.write() as s:
            s.execute(
                delete(MatchRule).where(
                    MatchRule.program_id == program_id,
                    MatchRule.kind == "pin",
                    MatchRule.person_id.in_((a, b)),
                    MatchRule.other_id.in_((a, b)),
                )
            )
        self.changes.announce("matching")

    def swap(self, program_id: int, first: Suggestion, second: Suggestion) -> None:
        """Two mentor-mentee pairs exchange mentees; the new pairs are pinned.

        Refused with the reason when a new pair breaks a rule. One transaction.
        """
        (m1, _), (e1, _) = first.members
        (m2, _), (e2, _) = second.members
        with self.db.write() as s:
            program = self._program(s, program_id)
            pop = load_population(s, program)
            for mentor, mentee in ((m1, e2), (m2, e1)):
                self._check_pair(pop, mentor, mentee)
            s.execute(
                delete(MatchRule).where(
                    MatchRule.program_id == program_id,
                    MatchRule.kind == "pin",
                    MatchRule.person_id.in_((m1, m2, e1, e2)),
                    MatchRule.other_id.in_((m1, m2, e1, e2)),
                )
            )
            self._pair_rule(s, program_id, m1, e2, "pin")
            self._pair_rule(s, program_id, m2, e1, "pin")
        self.changes.announce("matching")

    def reject(self, program_id: int, suggestion: Suggestion) -> None:
        """The owner turned a suggestion down: none of its pairs is suggested again."""
        with self.db.write() as s:
            self._program(s, program_id)
            for (a, _ra), (b, _rb) in combinations(suggestion.members, 2):
                self._pair_rule(s, program_id, a, b, "reject")
        self.changes.announce("matching")

    def clear_rejections(self, program_id: int) -> int:
        with self.db.write() as s:
            result = s.execute(
                delete(MatchRule).where(
                    MatchRule.program_id == program_id, MatchRule.kind == "reject"
                )
            )
            count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        self.changes.announce("matching")
        return count

    @staticmethod
    def _pair_rule(s: Session, program_id: int, a: int, b: int, kind: str) -> None:
        if a == b:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A pair needs two people."))
        a, b = min(a, b), max(a, b)
        exists = s.scalar(
            select(func.count(MatchRule.id)).where(
                MatchRule.program_id == program_id,
                MatchRule.person_id == a,
                MatchRule.other_id == b,
                MatchRule.kind == kind,
            )
        )
        if not exists:
            s.add(MatchRule(program_id=program_id, person_id=a, other_id=b, kind=kind))

    # -- reading a program into a population ----------------------------------------------
    def population(self, program_id: int) -> Population:
        with self.db.read() as s:
            return load_population(s, self._program(s, program_id))

    def pin_notes(self, program_id: int) -> list[Reason]:
        """Pins removed because a change broke them, since the owner last accepted."""
        with self.db.read() as s:
            return read_notes(s, program_id)

    # -- suggesting and accepting ---------------------------------------------------------
    def suggest(
        self,
        program_id: int,
        objective: Objective = "fit",
        weights: Weights | None = None,
        *,
        time_limit: float | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> MatchResult:
        """Suggestions with reasons and the unmatched with theirs; changes nothing.

        Runs on the database worker in the app; ``cancel`` stops it (MatchingCancelled).
        """
        from lernpartner_desktop.matching.solve import solve

        with self.db.read() as s:
            pop = load_population(s, self._program(s, program_id))
            stored = read_notes(s, program_id)
        if not pop.people:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Nobody in this program is waiting for a partner. Nominate people first "
                    "(Programs > Enrol).",
                ),
            )
        result = solve(
            pop,
            weights or self.weights(program_id),
            objective,
            time_limit=self.time_limit(program_id) if time_limit is None else time_limit,
            progress=progress,
            cancel=cancel,
        )
        notes = (*stored, *result.notes)
        if not result.suggestions:
            notes = (
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Matching",
                        "No pair or group in this program meets the rules. The list below says "
                        "why for each person.",
                    )
                ),
                *notes,
            )
        return MatchResult(result.suggestions, result.unmatched, objective, notes, result.quality)

    def accept(self, program_id: int, suggestions: Sequence[Suggestion]) -> list[int]:
        """Create a partnership for each suggestion, in one transaction: all or none.

        The notes about removed pins have been seen: they go. Pins that a rule forbids now
        go too (the guard catches most changes when they happen; this is the last net).
        """
        if not suggestions:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose suggestions to accept."))
        ids = self.partnerships.create_many(program_id, [list(sug.members) for sug in suggestions])
        with self.db.write() as s:
            for sug in suggestions:
                for a, b in combinations(sorted(sug.key), 2):
                    s.execute(
                        delete(MatchRule).where(
                            MatchRule.program_id == program_id,
                            MatchRule.kind == "pin",
                            MatchRule.person_id == a,
                            MatchRule.other_id == b,
                        )
                    )
            s.flush()
            drop_broken_pins(s, program_id=program_id)
            clear_notes(s, program_id)
        self.changes.announce("matching")
        return ids
