"""Matching with the store: who may be matched, the owner's rules and weights, accepting.

The arithmetic and the solvers are in :mod:`core.match_engine`; this module reads a program
into a :class:`Population`, keeps preferences, exclusions, pinned and rejected pairs
(``match_rule``) and the weights per program (``setting``), and turns accepted suggestions
into partnerships through :meth:`PartnershipService.create_many`, all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import combinations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.base.text import clean_list
from lernpartner_desktop.core.formats import FORMATS
from lernpartner_desktop.core.match_engine import (
    MENTOR_ROLES,
    Candidate,
    MatchResult,
    Objective,
    Population,
    Reason,
    Suggestion,
    Weights,
    eligible,
    hard_reason,
    solve,
)
from lernpartner_desktop.core.partnerships import PartnershipService
from lernpartner_desktop.core.records import ACTIVE_PHASES
from lernpartner_desktop.core.settings import MATCH_WEIGHTS, read_setting, write_setting
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    AdItem,
    MatchRule,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    Program,
    Topic,
)
from lernpartner_desktop.storage.service import Service

MAX_PREFERENCES = 3


def _weights_key(program_id: int) -> str:
    return MATCH_WEIGHTS.format(program_id)


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
        """Keep this pair together in every suggestion."""
        with self.db.write() as s:
            self._program(s, program_id)
            self._pair_rule(s, program_id, a, b, "pin")
        self.changes.announce("matching")

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

        Refused with the reason when a new pair breaks a hard rule or has no topic.
        """
        (m1, _), (e1, _) = first.members
        (m2, _), (e2, _) = second.members
        pop = self.population(program_id)
        people = pop.by_id()
        for mentor, mentee in ((m1, e2), (m2, e1)):
            a, b = people.get(mentor), people.get(mentee)
            if a is None or b is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "These suggestions are out of date.")
                )
            why = hard_reason(a, b, pop)
            if why is not None or not eligible(a, b, pop):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{a} and {b} cannot be paired: {why}"),
                    a=a.name,
                    b=b.name,
                    why=why.message()
                    if why
                    else translate(
                        "Matching", QT_TRANSLATE_NOOP("Matching", "nothing they seek is offered")
                    ),
                )
        for s in (first, second):
            self.unpin(program_id, *sorted(s.key))
        self.pin(program_id, m1, e2)
        self.pin(program_id, m2, e1)

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
            program = self._program(s, program_id)
            fmt = FORMATS[program.format]
            rows = s.execute(
                select(Person, Participation.role, Participation.capacity)
                .join(Participation, Participation.person_id == Person.id)
                .where(Participation.program_id == program_id, Person.active.is_(True))
                .order_by(Person.name)
            ).all()
            ids = [p.id for p, _r, _c in rows]
            ads: dict[int, tuple[dict[str, int], dict[str, int]]] = {i: ({}, {}) for i in ids}
            for person_id, kind, level, topic in s.execute(
                select(AdItem.person_id, AdItem.kind, AdItem.level, Topic.name)
                .join(Topic, Topic.id == AdItem.topic_id)
                .where(AdItem.person_id.in_(ids))
            ):
                ads[person_id][0 if kind == "offer" else 1][topic] = level
            running: dict[tuple[int, str], int] = {}
            for person_id, role in s.execute(
                select(PartnershipMember.person_id, PartnershipMember.role)
                .join(Partnership, Partnership.id == PartnershipMember.partnership_id)
                .where(Partnership.program_id == program_id, Partnership.phase.in_(ACTIVE_PHASES))
            ):
                running[(person_id, role)] = running.get((person_id, role), 0) + 1
            people: list[Candidate] = []
            for person, role, capacity in rows:
                if role in MENTOR_ROLES and fmt.roles != ("peer",):
                    free = (1 if capacity is None else capacity) - running.get((person.id, role), 0)
                else:
                    if running.get((person.id, role), 0):
                        continue  # already in a running partnership of this program
                    free = 1
                offers, seeks = ads[person.id]
                people.append(
                    Candidate(
                        id=person.id,
                        name=person.name,
                        role=role,
                        department=person.department or "",
                        location=person.location or "",
                        manager_id=person.manager_id,
                        year=person.generation_year,
                        languages=frozenset(
                            x[:1].upper() + x[1:] for x in clean_list(person.languages)
                        ),
                        offers=offers,
                        seeks=seeks,
                        capacity=max(0, free),
                    )
                )
            names = {p.id: p.name for p, _r, _c in rows}
            forbidden: dict[frozenset[int], Reason] = {}
            members_of: dict[int, list[int]] = {}
            for pid, person_id in s.execute(
                select(Partnership.id, PartnershipMember.person_id)
                .join(PartnershipMember, PartnershipMember.partnership_id == Partnership.id)
                .where(Partnership.program_id == program_id, Partnership.phase == "dissolved")
            ):
                members_of.setdefault(pid, []).append(person_id)
            for members in members_of.values():
                for a, b in combinations(members, 2):
                    forbidden[frozenset((a, b))] = Reason(
                        QT_TRANSLATE_NOOP(
                            "Matching", "{a} and {b} already ended a partnership in this program"
                        ),
                        {"a": names.get(a, "?"), "b": names.get(b, "?")},
                    )
            preferences: dict[int, list[int]] = {}
            pinned: list[tuple[int, int]] = []
            for rule in s.scalars(
                select(MatchRule)
                .where(MatchRule.program_id == program_id)
                .order_by(MatchRule.rank, MatchRule.id)
            ):
                pair = frozenset((rule.person_id, rule.other_id))
                if rule.kind == "prefer":
                    preferences.setdefault(rule.person_id, []).append(rule.other_id)
                elif rule.kind == "exclude":
                    forbidden.setdefault(
                        pair,
                        Reason(
                            QT_TRANSLATE_NOOP("Matching", "{a} excluded {b}"),
                            {
                                "a": names.get(rule.person_id, "?"),
                                "b": names.get(rule.other_id, "?"),
                            },
                        ),
                    )
                elif rule.kind == "reject":
                    forbidden.setdefault(
                        pair,
                        Reason(
                            QT_TRANSLATE_NOOP("Matching", "you rejected {a} with {b}"),
                            {
                                "a": names.get(rule.person_id, "?"),
                                "b": names.get(rule.other_id, "?"),
                            },
                        ),
                    )
                else:
                    pinned.append((rule.person_id, rule.other_id))
            return Population(
                format=program.format,
                max_group_size=program.max_group_size,
                people=people,
                forbidden=forbidden,
                preferences=preferences,
                pinned=pinned,
            )

    # -- suggesting and accepting ---------------------------------------------------------
    def suggest(
        self, program_id: int, objective: Objective = "fit", weights: Weights | None = None
    ) -> MatchResult:
        """Suggestions with reasons and the unmatched with theirs; changes nothing."""
        pop = self.population(program_id)
        if not pop.people:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Nobody in this program is waiting for a partner. Nominate people first "
                    "(Programs > Enrol).",
                ),
            )
        result = solve(pop, weights or self.weights(program_id), objective)
        if not result.suggestions:
            note = Reason(
                QT_TRANSLATE_NOOP(
                    "Matching",
                    "No pair in this program meets the rules. The list below says why for "
                    "each person.",
                )
            )
            result = MatchResult((), result.unmatched, objective, (note, *result.notes))
        return result

    def accept(self, program_id: int, suggestions: Sequence[Suggestion]) -> list[int]:
        """Create a partnership for each suggestion, in one transaction: all or none."""
        if not suggestions:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose suggestions to accept."))
        ids = self.partnerships.create_many(program_id, [list(sug.members) for sug in suggestions])
        with self.db.write() as s:
            for sug in suggestions:
                if sug.pinned:
                    a, b = sorted(sug.key)
                    s.execute(
                        delete(MatchRule).where(
                            MatchRule.program_id == program_id,
                            MatchRule.kind == "pin",
                            MatchRule.person_id == a,
                            MatchRule.other_id == b,
                        )
                    )
        self.changes.announce("matching")
        return ids
