"""Meetings of partnerships and events of whole programs: series, moves, clashes, status.

Times are Europe/Berlin wall-clock times, stored naive: "every second Tuesday at 16:00" is
16:00 in summer and in winter, so series are stepped in calendar days, never in UTC hours.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import Errors, MeetingConflict, NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, format_date, format_datetime
from lernpartner_desktop.base.text import clean
from lernpartner_desktop.core.partnerships import load_partnership, member_names, require_active
from lernpartner_desktop.core.records import (
    ACTIVE_PHASES,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_STATUS,
    Conflict,
    MeetingPlan,
)
from lernpartner_desktop.storage.models import (
    LearningPackage,
    Meeting,
    Partnership,
    PartnershipMember,
    Person,
    Program,
)
from lernpartner_desktop.storage.service import Service

MAX_SERIES = 200
#: A new partnership's first meeting, when nothing tells us better.
DEFAULT_TIME = dt.time(16, 0)


def fmt_when(when: dt.datetime) -> str:
    return format_datetime(when)


def office_day(day: dt.date) -> dt.date:
    """``day``, or the Monday after it when it falls on a weekend."""
    return day + dt.timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


class MeetingService(Service):
    def plan(
        self, partnership_id: int, plan: MeetingPlan, *, allow_conflicts: bool = False
    ) -> list[int]:
        """Book one meeting or a series for a partnership. Returns the new meeting ids."""
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            require_active(p)
            ids = self._book(s, p.program, p.id, plan, allow_conflicts)
        self.changes.announce("meetings", "partnerships")
        return ids

    def next_plan(self, partnership_id: int, today: dt.date | None = None) -> MeetingPlan:
        """What "Plan meetings" proposes: a series that carries on after the last planned
        meeting (same weekday and time, the program's rhythm), at the usual place and in the
        usual mode of the partnership's latest meeting, until the program ends."""
        today = today or dt.date.today()
        with self.db.read() as s:
            p = load_partnership(s, partnership_id)
            program = p.program
            weeks = program.cadence_weeks or 2
            own = list(
                s.scalars(
                    select(Meeting)
                    .where(Meeting.partnership_id == p.id, Meeting.status != "cancelled")
                    .order_by(Meeting.starts_at)
                )
            )
            planned = [m for m in own if m.status == "planned"]
            latest = own[-1] if own else None
            if planned:
                start = planned[-1].starts_at + dt.timedelta(weeks=weeks)
            elif latest is not None:
                start = latest.starts_at + dt.timedelta(weeks=weeks)
            else:
                first = max(today, program.start_date)
                start = dt.datetime.combine(office_day(first), DEFAULT_TIME)
            # Keep the weekday and hour, but never propose a date in the past.
            while start.date() < today:
                start += dt.timedelta(weeks=weeks)
            start = dt.datetime.combine(office_day(start.date()), start.time())
            every: int | None = weeks
            end = program.end_date
            if end is not None and start.date() > end:
                # Planned up to the program's end already: one more meeting, soon.
                soon = office_day(max(today, program.start_date) + dt.timedelta(days=1))
                start = dt.datetime.combine(min(soon, end), start.time())
                every = None
            until = end or start.date() + dt.timedelta(days=90)
            return MeetingPlan(
                starts_at=start,
                duration_minutes=latest.duration_minutes if latest else 60,
                mode=latest.mode if latest else "onsite",
                place=latest.place if latest else "",
                kind="regular",
                every_weeks=every,
                until=max(until, start.date()),
            )

    def overlapping(self, partnership_id: int, plan: MeetingPlan) -> list[dt.datetime]:
        """The partnership's planned meetings within the span of a new series: planning a
        second series over them would double the meetings (the UI asks first)."""
        if not plan.every_weeks:
            return []
        with self.db.read() as s:
            p = load_partnership(s, partnership_id)
            starts = self.expand(plan, p.program)
            last = starts[-1] + dt.timedelta(minutes=plan.duration_minutes)
            return list(
                s.scalars(
                    select(Meeting.starts_at)
                    .where(
                        Meeting.partnership_id == p.id,
                        Meeting.status == "planned",
                        Meeting.starts_at >= starts[0],
                        Meeting.starts_at <= last,
                    )
                    .order_by(Meeting.starts_at)
                )
            )

    def plan_program_event(
        self, program_id: int, plan: MeetingPlan, *, allow_conflicts: bool = False
    ) -> list[int]:
        """Kick-off, interim talks, closing event: meetings of every partnership in the program."""
        if plan.kind == "regular":
            plan = MeetingPlan(**{**plan.__dict__, "kind": "kickoff"})
        with self.db.write() as s:
            program = s.get(Program, program_id)
            if program is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
            ids = self._book(s, program, None, plan, allow_conflicts)
        self.changes.announce("meetings", "partnerships")
        return ids

    def move(
        self,
        meeting_id: int,
        new_start: dt.datetime,
        *,
        rest_of_series: bool = False,
        allow_conflicts: bool = False,
    ) -> int:
        """Move one meeting, or it and every later planned meeting of its series by the same
        amount. Returns how many meetings moved."""
        with self.db.write() as s:
            m = self._meeting(s, meeting_id)
            if m.partnership_id is not None:
                require_active(load_partnership(s, m.partnership_id))
            if m.status != "planned":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only planned meetings can be moved."),
                    field="starts_at",
                )
            delta = new_start - m.starts_at
            targets = [m]
            if rest_of_series and m.series_id:
                targets += list(
                    s.scalars(
                        select(Meeting).where(
                            Meeting.series_id == m.series_id,
                            Meeting.starts_at > m.starts_at,
                            Meeting.status == "planned",
                            Meeting.id != m.id,
                        )
                    )
                )
            program = s.get(Program, m.program_id)
            assert program is not None
            slots = [(t.starts_at + delta, t.duration_minutes) for t in targets]
            for start, _ in slots:
                self._within_program(program, start)
            if not allow_conflicts:
                self._refuse_conflicts(s, program, m.partnership_id, slots, {t.id for t in targets})
            for t in targets:
                if t.original_starts_at is None:
                    t.original_starts_at = t.starts_at  # the slot a calendar already holds
                t.starts_at = t.starts_at + delta
                t.sequence += 1
            moved = len(targets)
        self.changes.announce("meetings", "partnerships")
        return moved

    def set_status(self, meeting_id: int, status: str) -> None:
        if status not in MEETING_STATUS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown status {status}."),
                field="status",
                status=status,
            )
        with self.db.write() as s:
            m = self._meeting(s, meeting_id)
            if m.partnership_id is not None:
                p = load_partnership(s, m.partnership_id)
                if p.phase not in ACTIVE_PHASES and status != "cancelled":
                    require_active(p)
            if m.status != status:
                m.status = status
                m.sequence += 1
        self.changes.announce("meetings", "partnerships")

    def set_topic(self, meeting_id: int, topic: str, package_id: int | None = None) -> None:
        """What a meeting is about: free words, or one of the partnership's learning packages."""
        with self.db.write() as s:
            m = self._meeting(s, meeting_id)
            self._check_package(s, m.partnership_id, package_id)
            topic = clean(topic)
            if len(topic) > 200:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, please."),
                    field="topic",
                    limit=200,
                )
            if (m.topic, m.package_id) != (topic, package_id):
                m.topic, m.package_id = topic, package_id
                m.sequence += 1
        self.changes.announce("meetings", "partnerships")

    @staticmethod
    def _check_package(s: Session, partnership_id: int | None, package_id: int | None) -> None:
        if package_id is None:
            return
        pkg = s.get(LearningPackage, package_id)
        if pkg is None or partnership_id is None or pkg.goal.partnership_id != partnership_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The learning package does not belong to this partnership."
                ),
                field="package",
            )

    def conflicts(
        self,
        partnership_id: int | None,
        program_id: int,
        slots: list[tuple[dt.datetime, int]],
        ignore: set[int] | None = None,
    ) -> list[Conflict]:
        with self.db.read() as s:
            program = s.get(Program, program_id)
            assert program is not None
            return self._find_conflicts(s, program, partnership_id, slots, ignore or set())

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> Meeting:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists."))
        return m

    def _book(
        self,
        s: Session,
        program: Program,
        partnership_id: int | None,
        plan: MeetingPlan,
        allow_conflicts: bool,
    ) -> list[int]:
        if plan.mode not in MEETING_MODES or plan.kind not in MEETING_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown kind or mode of meeting."), field="kind"
            )
        if not 5 <= plan.duration_minutes <= 720:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A meeting lasts between 5 minutes and 12 hours."),
                field="duration",
            )
        self._check_package(s, partnership_id, plan.package_id)
        if len(clean(plan.topic)) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, please."),
                field="topic",
                limit=200,
            )
        starts = self.expand(plan, program)
        for start in starts:
            self._within_program(program, start)
        slots = [(st, plan.duration_minutes) for st in starts]
        if not allow_conflicts:
            self._refuse_conflicts(s, program, partnership_id, slots, set())
        series = uuid.uuid4().hex if len(starts) > 1 else None
        meetings = [
            Meeting(
                program_id=program.id,
                partnership_id=partnership_id,
                series_id=series,
                starts_at=st,
                duration_minutes=plan.duration_minutes,
                mode=plan.mode,
                place=clean(plan.place),
                kind=plan.kind,
                status="planned",
                topic=clean(plan.topic),
                package_id=plan.package_id,
            )
            for st in starts
        ]
        s.add_all(meetings)
        s.flush()
        return [m.id for m in meetings]

    @staticmethod
    def expand(plan: MeetingPlan, program: Program) -> list[dt.datetime]:
        """The start times of a plan: one, or every ``every_weeks`` weeks until the end."""
        if not plan.every_weeks:
            return [plan.starts_at]
        if not 1 <= plan.every_weeks <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Meet at least every 12 weeks and at most weekly."),
                field="cadence",
            )
        until = plan.until or program.end_date
        if until is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A series needs an end: choose one, or give the program an end date."
                ),
                field="until",
            )
        if program.end_date is not None:
            until = min(until, program.end_date)
        starts: list[dt.datetime] = []
        current = plan.starts_at
        while current.date() <= until and len(starts) < MAX_SERIES:
            starts.append(current)
            # Calendar arithmetic on the naive wall-clock time keeps 16:00 at 16:00.
            current = current + dt.timedelta(weeks=plan.every_weeks)
        if not starts:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The series would end before its first meeting."),
                field="until",
            )
        return starts

    @staticmethod
    def _within_program(program: Program, start: dt.datetime) -> None:
        day = start.date()
        if day < program.start_date or (program.end_date is not None and day > program.end_date):
            end = format_date(program.end_date) if program.end_date else "…"
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The meeting on {date} lies outside the program, which runs from {start} "
                    "to {end}.",
                ),
                field="starts_at",
                date=format_date(day),
                start=format_date(program.start_date),
                end=end,
            )

    def _refuse_conflicts(
        self,
        s: Session,
        program: Program,
        partnership_id: int | None,
        slots: list[tuple[dt.datetime, int]],
        ignore: set[int],
    ) -> None:
        found = self._find_conflicts(s, program, partnership_id, slots, ignore)
        if found:
            first = found[0]
            raise MeetingConflict(
                Errors.QT_TR_NOOP(
                    "{name} already has a meeting at that time ({other}: {when}). "
                    "%n clash(es) in all.",
                    "",
                    len(found),
                ),
                conflicts=found,
                name=first.person_name,
                other=first.other_title,
                when=fmt_when(first.other_starts_at),
            )

    @staticmethod
    def _find_conflicts(
        s: Session,
        program: Program,
        partnership_id: int | None,
        slots: list[tuple[dt.datetime, int]],
        ignore: set[int],
    ) -> list[Conflict]:
        if not slots:
            return []
        # Who is involved: the members, or for a program event everyone in an active pair.
        q = select(PartnershipMember.person_id, Person.name).join(Person)
        if partnership_id is not None:
            q = q.where(PartnershipMember.partnership_id == partnership_id)
        else:
            q = q.join(Partnership).where(
                Partnership.program_id == program.id, Partnership.phase.in_(ACTIVE_PHASES)
            )
        people = {pid: name for pid, name in s.execute(q)}
        if not people:
            return []
        lo = min(st for st, _ in slots) - dt.timedelta(hours=12)
        hi = max(st + dt.timedelta(minutes=d) for st, d in slots)
        # Their partnerships (of any program), and the programs whose events concern them.
        pairs = s.execute(
            select(PartnershipMember.partnership_id, PartnershipMember.person_id)
            .join(Partnership)
            .where(PartnershipMember.person_id.in_(people), Partnership.phase.in_(ACTIVE_PHASES))
        ).all()
        pair_people: dict[int, set[int]] = {}
        for pid, person in pairs:
            if person is not None:
                pair_people.setdefault(pid, set()).add(person)
        program_people: dict[int, set[int]] = {}
        for prog, person in s.execute(
            select(Partnership.program_id, PartnershipMember.person_id)
            .join(PartnershipMember)
            .where(PartnershipMember.person_id.in_(people), Partnership.phase.in_(ACTIVE_PHASES))
        ):
            if person is not None:
                program_people.setdefault(prog, set()).add(person)
        existing = s.execute(
            select(
                Meeting.id,
                Meeting.partnership_id,
                Meeting.program_id,
                Meeting.starts_at,
                Meeting.duration_minutes,
                Program.name,
            )
            .join(Program, Meeting.program_id == Program.id)
            .where(
                Meeting.status != "cancelled",
                Meeting.starts_at < hi,
                Meeting.starts_at >= lo,
                or_(
                    Meeting.partnership_id.in_(pair_people),
                    Meeting.partnership_id.is_(None) & Meeting.program_id.in_(program_people),
                ),
            )
        ).all()
        names = member_names(s, list({r[1] for r in existing if r[1] is not None}))
        found: list[Conflict] = []
        for mid, pair_id, prog, start, dur, prog_name in existing:
            if mid in ignore:
                continue
            end = start + dt.timedelta(minutes=dur)
            involved = (
                pair_people.get(pair_id, set())
                if pair_id is not None
                else program_people.get(prog, set())
            )
            for new_start, new_dur in slots:
                new_end = new_start + dt.timedelta(minutes=new_dur)
                if new_start < end and start < new_end:
                    title = (
                        " & ".join(m.name for m in names.get(pair_id, [])) if pair_id else prog_name
                    )
                    for person in sorted(involved):
                        found.append(Conflict(people[person], new_start, start, title))
                    break
        return found
