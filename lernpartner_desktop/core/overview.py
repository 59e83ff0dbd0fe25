"""Figures and hints for the start page: what the owner-manager should look at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from lernpartner_desktop.core.service import Service
from lernpartner_desktop.storage.models import AdItem, Participation, Person, Program


@dataclass(frozen=True)
class Hint:
    kind: str  # what needs attention, e.g. "no_consent"
    target: str  # "person" or "program"
    target_id: int
    label: str


@dataclass(frozen=True)
class RegistrySummary:
    active_people: int
    inactive_people: int
    running_programs: int
    all_programs: int
    participations: int
    hints: list[Hint] = field(default_factory=list)


class OverviewService(Service):
    def registry(self, today: dt.date | None = None) -> RegistrySummary:
        today = today or dt.date.today()
        with self.db.read() as s:
            active = s.scalar(select(func.count()).where(Person.active.is_(True))) or 0
            inactive = s.scalar(select(func.count()).where(Person.active.is_(False))) or 0
            programs = s.execute(
                select(Program.id, Program.name, Program.start_date, Program.end_date)
            ).all()
            running = sum(
                1
                for _i, _n, start, end in programs
                if start <= today and (end is None or end >= today)
            )
            parts = s.scalar(select(func.count(Participation.id))) or 0
            hints: list[Hint] = []
            # Enrolled without recorded consent: the GDPR wants consent before taking part.
            for pid, name in s.execute(
                select(Person.id, Person.name)
                .join(Participation, Participation.person_id == Person.id)
                .where(Person.consent.is_(False))
                .distinct()
                .order_by(Person.name)
            ):
                hints.append(Hint("no_consent", "person", pid, name))
            # Enrolled but inactive.
            for pid, name in s.execute(
                select(Person.id, Person.name)
                .join(Participation, Participation.person_id == Person.id)
                .where(Person.active.is_(False))
                .distinct()
                .order_by(Person.name)
            ):
                hints.append(Hint("inactive_enrolled", "person", pid, name))
            # Enrolled with an empty partner ad: matching will have nothing to go on.
            has_ad = select(AdItem.person_id).distinct()
            for pid, name in s.execute(
                select(Person.id, Person.name)
                .join(Participation, Participation.person_id == Person.id)
                .where(Person.id.not_in(has_ad), Person.active.is_(True))
                .distinct()
                .order_by(Person.name)
            ):
                hints.append(Hint("no_ad", "person", pid, name))
            enrolled = set(s.scalars(select(Participation.program_id).distinct()))
            for pid, name, _s, _e in programs:
                if pid not in enrolled:
                    hints.append(Hint("empty_program", "program", pid, name))
        return RegistrySummary(active, inactive, running, len(programs), parts, hints)
