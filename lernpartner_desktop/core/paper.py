"""What goes on paper and into calendar files: plain records read for documents.

Everything here is read with explicit column lists, and no sealed column (gap notes, journal
entries, check-in comments, dissolve reasons) is ever selected: a document cannot print what
it never received, whether the vault is open or not.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.records import ACTIVE_PHASES, MeetingData
from lernpartner_desktop.core.settings import read_setting, write_setting
from lernpartner_desktop.storage.models import (
    Goal,
    LearningPackage,
    Meeting,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
)
from lernpartner_desktop.storage.service import Service

CALENDAR_TOKEN = "calendar.uid_token"


@dataclass(frozen=True)
class PaperPerson:
    id: int
    name: str
    role: str
    email: str = ""
    phone: str = ""
    department: str = ""


@dataclass(frozen=True)
class PaperMeeting(MeetingData):
    """A meeting as paper shows it: ``topic`` is the learning package's title, else the
    meeting's own topic."""

    @property
    def is_program_event(self) -> bool:
        return self.partnership_id is None


@dataclass(frozen=True)
class PaperPackage:
    id: int
    title: str
    status: str
    due_on: dt.date | None


@dataclass(frozen=True)
class PaperGoal:
    title: str
    success_criteria: str
    status: str
    owner_name: str
    packages: tuple[PaperPackage, ...]


@dataclass(frozen=True)
class PaperPartnership:
    id: int
    program_id: int
    program_name: str
    program_format: str
    program_start: dt.date
    program_end: dt.date | None
    phase: str
    created_on: dt.date
    ended_on: dt.date | None
    members: tuple[PaperPerson, ...]
    goals: tuple[PaperGoal, ...] = ()
    #: The pair's own meetings and the program's events, by start.
    meetings: tuple[PaperMeeting, ...] = ()
    #: (phase, date reached), oldest first.
    phases: tuple[tuple[str, dt.date], ...] = ()

    @property
    def title(self) -> str:
        return " & ".join(m.name for m in self.members)

    @property
    def held_count(self) -> int:
        return sum(1 for m in self.meetings if m.status == "held" and not m.is_program_event)


@dataclass(frozen=True)
class PaperProgram:
    id: int
    name: str
    format: str
    start_date: dt.date
    end_date: dt.date | None
    certificate_title: str | None
    certificate_body: str | None
    partnerships: tuple[PaperPartnership, ...] = ()
    events: tuple[PaperMeeting, ...] = ()

    @property
    def last_day(self) -> dt.date:
        """The program's end, else its last meeting, else its start."""
        if self.end_date is not None:
            return self.end_date
        days = [m.starts_at.date() for p in self.partnerships for m in p.meetings]
        days += [m.starts_at.date() for m in self.events]
        return max([self.start_date, *days])


@dataclass(frozen=True)
class DateEntry:
    """One line of a person's dates: the meeting and with whom, in which program."""

    meeting: PaperMeeting
    program_name: str
    with_names: tuple[str, ...]


@dataclass(frozen=True)
class PersonDates:
    person: PaperPerson
    entries: tuple[DateEntry, ...] = field(default_factory=tuple)


_MEETING_COLUMNS = (
    Meeting.id,
    Meeting.program_id,
    Meeting.partnership_id,
    Meeting.series_id,
    Meeting.starts_at,
    Meeting.duration_minutes,
    Meeting.mode,
    Meeting.place,
    Meeting.kind,
    Meeting.status,
    Meeting.original_starts_at,
    Meeting.sequence,
    Meeting.topic,
    LearningPackage.title,
)


def _meetings(s: Session, condition: object) -> list[PaperMeeting]:
    rows = s.execute(
        select(*_MEETING_COLUMNS)
        .outerjoin(LearningPackage, Meeting.package_id == LearningPackage.id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [
        PaperMeeting(
            id=r[0],
            program_id=r[1],
            partnership_id=r[2],
            series_id=r[3],
            starts_at=r[4],
            duration_minutes=r[5],
            mode=r[6],
            place=r[7],
            kind=r[8],
            status=r[9],
            original_starts_at=r[10],
            sequence=r[11],
            topic=r[13] or r[12] or "",
        )
        for r in rows
    ]


class PaperService(Service):
    """Reads what documents and calendar files show. Runs on any thread; read-only."""

    def partnership(self, partnership_id: int) -> PaperPartnership:
        with self.db.read() as s:
            found = self._partnerships(s, [partnership_id])
        if not found:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This partnership no longer exists (id {id})."),
                id=partnership_id,
            )
        return found[0]

    def program(self, program_id: int, *, phases: Iterable[str] | None = None) -> PaperProgram:
        """A program with its partnerships (all, or those in ``phases``) and its events."""
        with self.db.read() as s:
            p = s.get(Program, program_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
            q = select(Partnership.id).where(Partnership.program_id == program_id)
            if phases is not None:
                q = q.where(Partnership.phase.in_(list(phases)))
            ids = list(s.scalars(q.order_by(Partnership.id)))
            pairs = self._partnerships(s, ids)
            events = _meetings(
                s, (Meeting.program_id == program_id) & Meeting.partnership_id.is_(None)
            )
            return PaperProgram(
                p.id,
                p.name,
                p.format,
                p.start_date,
                p.end_date,
                p.certificate_title,
                p.certificate_body,
                tuple(sorted(pairs, key=lambda x: x.title.casefold())),
                tuple(events),
            )

    def person_dates(self, person_id: int) -> PersonDates:
        """Every meeting of a person's partnerships, and the events of their programs."""
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
            ids = list(
                s.scalars(
                    select(PartnershipMember.partnership_id).where(
                        PartnershipMember.person_id == person_id
                    )
                )
            )
            pairs = self._partnerships(s, ids)
        me = PaperPerson(person.id, person.name, "", person.email, person.phone, person.department)
        entries: dict[int, DateEntry] = {}
        for pair in pairs:
            others = tuple(m.name for m in pair.members if m.id != person_id)
            ended = pair.phase not in ACTIVE_PHASES
            for m in pair.meetings:
                # Program events only while the pair runs (or when already held).
                if m.is_program_event and ended and m.status != "held":
                    continue
                entries.setdefault(
                    m.id,
                    DateEntry(m, pair.program_name, () if m.is_program_event else others),
                )
        ordered = sorted(entries.values(), key=lambda e: (e.meeting.starts_at, e.meeting.id))
        return PersonDates(me, tuple(ordered))

    def partnerships_of(self, person_id: int) -> list[PaperPartnership]:
        with self.db.read() as s:
            ids = list(
                s.scalars(
                    select(PartnershipMember.partnership_id).where(
                        PartnershipMember.person_id == person_id
                    )
                )
            )
            return self._partnerships(s, ids)

    def calendar_token(self) -> str:
        """A random token of this database that makes calendar UIDs unique to it (kept)."""
        with self.db.write() as s:
            token = read_setting(s, CALENDAR_TOKEN)
            if not token:
                token = secrets.token_hex(8)
                write_setting(s, CALENDAR_TOKEN, token)
            return token

    def completed_or_raise(self, program: PaperProgram) -> None:
        if not any(p.phase == "completed" for p in program.partnerships):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No partnership of “{program}” has completed yet. Certificates are issued "
                    "for completed partnerships.",
                ),
                program=program.name,
            )

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _partnerships(s: Session, ids: list[int]) -> list[PaperPartnership]:
        if not ids:
            return []
        base = s.execute(
            select(
                Partnership.id,
                Partnership.program_id,
                Program.name,
                Program.format,
                Program.start_date,
                Program.end_date,
                Partnership.phase,
                Partnership.created_on,
                Partnership.ended_on,
            )
            .join(Program, Partnership.program_id == Program.id)
            .where(Partnership.id.in_(ids))
        ).all()
        members: dict[int, list[PaperPerson]] = defaultdict(list)
        for pid, person_id, name, role, email, phone, dept in s.execute(
            select(
                PartnershipMember.partnership_id,
                Person.id,
                Person.name,
                PartnershipMember.role,
                Person.email,
                Person.phone,
                Person.department,
            )
            .join(Person, PartnershipMember.person_id == Person.id)
            .where(PartnershipMember.partnership_id.in_(ids))
            # Mentors and buddies first: "Mia Mentor & Max Mentee".
            .order_by(PartnershipMember.role.not_in(("mentor", "buddy")), Person.name)
        ):
            members[pid].append(PaperPerson(person_id, name, role, email, phone, dept))
        names = {m.id: m.name for ms in members.values() for m in ms}
        packages: dict[int, list[PaperPackage]] = defaultdict(list)
        goal_rows = s.execute(
            select(Goal.id, Goal.partnership_id, Goal.title, Goal.success_criteria, Goal.status)
            .add_columns(Goal.person_id)
            .where(Goal.partnership_id.in_(ids))
            .order_by(Goal.id)
        ).all()
        for pkg_id, gid, title, status, due in s.execute(
            select(
                LearningPackage.id,
                LearningPackage.goal_id,
                LearningPackage.title,
                LearningPackage.status,
                LearningPackage.due_on,
            )
            .where(LearningPackage.goal_id.in_([g[0] for g in goal_rows]))
            .order_by(LearningPackage.id)
        ):
            packages[gid].append(PaperPackage(pkg_id, title, status, due))
        goals: dict[int, list[PaperGoal]] = defaultdict(list)
        for gid, pid, title, criteria, status, owner in goal_rows:
            goals[pid].append(
                PaperGoal(title, criteria, status, names.get(owner or 0, ""), tuple(packages[gid]))
            )
        programs = {r[1] for r in base}
        meetings: dict[int, list[PaperMeeting]] = defaultdict(list)
        events: dict[int, list[PaperMeeting]] = defaultdict(list)
        for m in _meetings(
            s,
            or_(
                Meeting.partnership_id.in_(ids),
                Meeting.partnership_id.is_(None) & Meeting.program_id.in_(programs),
            ),
        ):
            if m.partnership_id is None:
                events[m.program_id].append(m)
            else:
                meetings[m.partnership_id].append(m)
        phases: dict[int, list[tuple[str, dt.date]]] = defaultdict(list)
        for pid, phase, day in s.execute(
            select(PhaseChange.partnership_id, PhaseChange.to_phase, PhaseChange.changed_on)
            .where(PhaseChange.partnership_id.in_(ids))
            .order_by(PhaseChange.id)
        ):
            phases[pid].append((phase, day))
        out = []
        for pid, prog, prog_name, fmt, start, end, phase, created, ended in base:
            own = meetings[pid] + [
                e
                for e in events[prog]
                # A program event belongs to a pair's schedule until the pair ended.
                if ended is None or e.starts_at.date() <= ended
            ]
            own.sort(key=lambda m: (m.starts_at, m.id))
            out.append(
                PaperPartnership(
                    pid,
                    prog,
                    prog_name,
                    fmt,
                    start,
                    end,
                    phase,
                    created,
                    ended,
                    tuple(members[pid]),
                    tuple(goals[pid]),
                    tuple(own),
                    tuple(phases[pid]),
                )
            )
        order = {pid: i for i, pid in enumerate(ids)}
        out.sort(key=lambda p: order[p.id])
        return out
