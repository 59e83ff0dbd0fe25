"""Partnerships through their phases: members, goals, learning packages, journal, check-ins.

The matching issue creates partnerships through :meth:`PartnershipService.create` as well, so
every rule about who may be paired lives here once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.base.text import clean
from lernpartner_desktop.core.formats import FORMATS, role_label
from lernpartner_desktop.core.records import (
    ACTIVE_PHASES,
    GOAL_STATUS,
    MAX_GOALS,
    PACKAGE_STATUS,
    PHASE_ORDER,
    CheckInData,
    GoalData,
    JournalData,
    MeetingData,
    Member,
    PackageData,
    PartnershipDetail,
    PartnershipRow,
    PhaseStep,
    former_participant,
    phase_label,
)
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    CheckIn,
    Goal,
    JournalEntry,
    LearningPackage,
    Meeting,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
)
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault.service import Vault


def load_partnership(s: Session, partnership_id: int) -> Partnership:
    p = s.get(Partnership, partnership_id)
    if p is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "This partnership no longer exists (id {id})."),
            id=partnership_id,
        )
    return p


def require_active(p: Partnership) -> None:
    """Completed and dissolved partnerships take no new meetings, goals or entries."""
    if p.phase not in ACTIVE_PHASES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This partnership is {phase}; it takes no new meetings, goals or entries."
            ),
            field="phase",
            phase=phase_label(p.phase).lower(),
        )


def member_names(s: Session, partnership_ids: list[int]) -> dict[int, list[Member]]:
    out: dict[int, list[Member]] = defaultdict(list)
    rows = s.execute(
        select(PartnershipMember.partnership_id, Person.id, Person.name, PartnershipMember.role)
        # An outer join: an erased member (person NULL) stays as "former participant".
        .outerjoin(Person, PartnershipMember.person_id == Person.id)
        .where(PartnershipMember.partnership_id.in_(partnership_ids))
        # Mentors and buddies first: "Mia Mentor & Max Mentee".
        .order_by(
            PartnershipMember.role.not_in(("mentor", "buddy")),
            Person.id.is_(None),
            Person.name,
        )
    )
    for pid, person_id, name, role in rows:
        out[pid].append(Member(person_id, name or former_participant(), role))
    return out


class PartnershipService(Service):
    def __init__(self, db: Database, changes: ChangeHub, vault: Vault) -> None:
        super().__init__(db, changes)
        self.vault = vault

    # -- creating and listing ------------------------------------------------------------------

    def create(
        self, program_id: int, members: list[tuple[int, str]], today: dt.date | None = None
    ) -> int:
        """Create a pair or group from ``(person_id, role)``; every rule is checked first."""
        return self.create_many(program_id, [members], today)[0]

    def create_many(
        self,
        program_id: int,
        groups: list[list[tuple[int, str]]],
        today: dt.date | None = None,
    ) -> list[int]:
        """Create several pairs or groups in one transaction: all of them, or none.

        Each is checked against the partnerships created before it in the same call, so a
        mentor's capacity or a mentee's one running partnership hold across the batch.
        """
        today = today or dt.date.today()
        new_ids = []
        with self.db.write() as s:
            program = s.get(Program, program_id)
            if program is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
            for members in groups:
                self._check_members(s, program, members)
                p = Partnership(program_id=program_id, phase="preparation", created_on=today)
                p.members = [PartnershipMember(person_id=pid, role=role) for pid, role in members]
                s.add(p)
                s.flush()
                s.add(
                    PhaseChange(
                        partnership_id=p.id,
                        from_phase=None,
                        to_phase="preparation",
                        changed_on=today,
                    )
                )
                new_ids.append(p.id)
        self.changes.announce("partnerships")
        return new_ids

    def _check_members(self, s: Session, program: Program, members: list[tuple[int, str]]) -> None:
        fmt = FORMATS[program.format]
        ids = [pid for pid, _ in members]
        if len(set(ids)) != len(ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The same person was chosen twice."), field="members"
            )
        if fmt.is_group:
            if not 2 <= len(members) <= program.max_group_size:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A group in this program has 2 to {max} members, not {n}."
                    ),
                    field="members",
                    max=program.max_group_size,
                    n=len(members),
                )
        elif len(members) != 2:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A {format} is made of exactly two people."),
                field="members",
                format=fmt.display_name(),
            )
        enrolled = {
            pa.person_id: pa
            for pa in s.scalars(
                select(Participation).where(
                    Participation.program_id == program.id, Participation.person_id.in_(ids)
                )
            )
        }
        busy = set(
            s.scalars(
                select(PartnershipMember.person_id)
                .join(Partnership, PartnershipMember.partnership_id == Partnership.id)
                .where(
                    Partnership.program_id == program.id,
                    Partnership.phase.in_(ACTIVE_PHASES),
                    PartnershipMember.person_id.in_(ids),
                    PartnershipMember.role != "mentor",
                )
            )
        )
        for pid, role in members:
            person = s.get(Person, pid)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
            if not person.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is inactive and cannot be paired."),
                    field="members",
                    name=person.name,
                )
            pa = enrolled.get(pid)
            if pa is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is not enrolled in this program. Enrol them first."
                    ),
                    field="members",
                    name=person.name,
                )
            if role not in fmt.roles:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The role {role} does not exist in this program."),
                    field="members",
                    role=role_label(role),
                )
            if role != "mentor" and pid in busy:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is already in an active partnership of this program.",
                    ),
                    field="members",
                    name=person.name,
                )
        if set(fmt.roles) >= {"mentor", "mentee"} and not fmt.is_group:
            roles = sorted(role for _, role in members)
            if roles != ["mentee", "mentor"]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A {format} pairs one mentor with one mentee."),
                    field="members",
                    format=fmt.display_name(),
                )
        if fmt.roles == ("buddy", "mentee") and sorted(r for _, r in members) != [
            "buddy",
            "mentee",
        ]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A buddy pair is one buddy and one colleague."),
                field="members",
            )

    def rows(self, program_id: int | None = None) -> list[PartnershipRow]:
        now = dt.datetime.now()
        with self.db.read() as s:
            q = select(
                Partnership.id,
                Partnership.program_id,
                Program.name,
                Partnership.phase,
                Partnership.created_on,
            ).join(Program)
            if program_id is not None:
                q = q.where(Partnership.program_id == program_id)
            base = s.execute(q).all()
            ids = [r[0] for r in base]
            members = member_names(s, ids)
            nxt = {
                pid: start
                for pid, start in s.execute(
                    select(Meeting.partnership_id, func.min(Meeting.starts_at))
                    .where(
                        Meeting.partnership_id.is_not(None),
                        Meeting.status == "planned",
                        Meeting.starts_at >= now,
                    )
                    .group_by(Meeting.partnership_id)
                )
            }
        return [
            PartnershipRow(pid, prog_id, prog, phase, tuple(members[pid]), nxt.get(pid), created)
            for pid, prog_id, prog, phase, created in base
        ]

    def detail(self, partnership_id: int) -> PartnershipDetail:
        with self.db.read() as s:
            p = load_partnership(s, partnership_id)
            program = p.program
            members = tuple(member_names(s, [p.id])[p.id])
            names = {m.person_id: m.name for m in members}
            goals = []
            for g in s.scalars(select(Goal).where(Goal.partnership_id == p.id).order_by(Goal.id)):
                goals.append(
                    GoalData(
                        g.id,
                        g.title,
                        g.success_criteria,
                        g.status,
                        g.person_id,
                        names.get(g.person_id or 0, ""),
                        tuple(PackageData(k.id, k.title, k.due_on, k.status) for k in g.packages),
                    )
                )
            meetings = tuple(
                MeetingData(
                    m.id,
                    m.program_id,
                    m.partnership_id,
                    m.series_id,
                    m.starts_at,
                    m.duration_minutes,
                    m.mode,
                    m.place,
                    m.kind,
                    m.status,
                    m.original_starts_at,
                    m.sequence,
                    m.topic,
                    m.package_id,
                )
                for m in s.scalars(
                    select(Meeting)
                    .where(
                        (Meeting.partnership_id == p.id)
                        | ((Meeting.program_id == p.program_id) & Meeting.partnership_id.is_(None))
                    )
                    .order_by(Meeting.starts_at)
                )
            )
            journal = tuple(
                JournalData(
                    j.id,
                    j.person_id,
                    names.get(j.person_id, ""),
                    j.written_on,
                    self.vault.reveal(j, "body"),
                )
                for j in s.scalars(
                    select(JournalEntry)
                    .where(JournalEntry.partnership_id == p.id)
                    .order_by(JournalEntry.written_on.desc(), JournalEntry.id.desc())
                )
            )
            checks = tuple(
                CheckInData(
                    c.id,
                    c.person_id,
                    names.get(c.person_id, ""),
                    c.kind,
                    c.recorded_on,
                    c.fit,
                    c.progress,
                    c.cooperation,
                    c.benefit,
                    self.vault.reveal(c, "comment"),
                )
                for c in s.scalars(
                    select(CheckIn)
                    .where(CheckIn.partnership_id == p.id)
                    .order_by(CheckIn.recorded_on, CheckIn.id)
                )
            )
            history = tuple(
                PhaseStep(h.from_phase, h.to_phase, h.changed_on)
                for h in s.scalars(
                    select(PhaseChange)
                    .where(PhaseChange.partnership_id == p.id)
                    .order_by(PhaseChange.id)
                )
            )
            return PartnershipDetail(
                p.id,
                program.id,
                program.name,
                program.format,
                program.start_date,
                program.end_date,
                p.phase,
                p.created_on,
                p.ended_on,
                self.vault.reveal(p, "dissolve_reason"),
                members,
                tuple(goals),
                meetings,
                journal,
                checks,
                history,
            )

    # -- phases --------------------------------------------------------------------------------

    def missing_for_next_phase(self, partnership_id: int) -> list[str]:
        """What stops the partnership from moving on, in words; empty when it may."""
        with self.db.read() as s:
            return self._missing(s, load_partnership(s, partnership_id))

    @staticmethod
    def _missing(s: Session, p: Partnership) -> list[str]:
        if p.phase not in ACTIVE_PHASES:
            return [translate("Phases", QT_TRANSLATE_NOOP("Phases", "The partnership has ended."))]
        goals = list(s.scalars(select(Goal).where(Goal.partnership_id == p.id)))
        missing: list[str] = []
        if p.phase == "planning" and not goals:
            missing.append(
                translate("Phases", QT_TRANSLATE_NOOP("Phases", "at least one learning goal"))
            )
        if p.phase == "closing":
            open_goals = [g.title for g in goals if g.status == "open"]
            if open_goals:
                missing.append(
                    translate(
                        "Phases",
                        QT_TRANSLATE_NOOP("Phases", "an assessment (achieved or not) of: {goals}"),
                    ).format(goals=", ".join(f"“{t}”" for t in open_goals))
                )
        return missing

    def advance(self, partnership_id: int, today: dt.date | None = None) -> str:
        """Move to the next phase; raises with exactly what is missing."""
        today = today or dt.date.today()
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            missing = self._missing(s, p)
            if missing:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Before “{next}” this partnership needs {what}."),
                    field="phase",
                    next=phase_label(self._next(p.phase)) if p.phase in ACTIVE_PHASES else "",
                    what="; ".join(missing),
                )
            new = self._next(p.phase)
            s.add(
                PhaseChange(partnership_id=p.id, from_phase=p.phase, to_phase=new, changed_on=today)
            )
            p.phase = new
            if new == "completed":
                p.ended_on = today
        self.changes.announce("partnerships")
        return new

    @staticmethod
    def _next(phase: str) -> str:
        return PHASE_ORDER[PHASE_ORDER.index(phase) + 1]

    def back(self, partnership_id: int, today: dt.date | None = None) -> str:
        """Go back one phase (a "Next phase" clicked too early); the history records it.

        Not from the first phase, and not after ending early: a dissolved partnership stays
        ended (its meetings were called off; a new partnership is the way back). A completed
        one reopens in the closing phase, unless a member has meanwhile joined another running
        partnership of the program (the rule that holds when creating one).
        """
        today = today or dt.date.today()
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            if p.phase == "dissolved":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This partnership ended early and cannot go back. Create a new "
                        "partnership for the same people instead.",
                    ),
                    field="phase",
                )
            index = PHASE_ORDER.index(p.phase)
            if index == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The partnership is already in its first phase."),
                    field="phase",
                )
            if p.phase == "completed":
                self._check_free_to_reopen(s, p)
            previous = PHASE_ORDER[index - 1]
            s.add(
                PhaseChange(
                    partnership_id=p.id, from_phase=p.phase, to_phase=previous, changed_on=today
                )
            )
            p.phase = previous
            p.ended_on = None
        self.changes.announce("partnerships")
        return previous

    @staticmethod
    def _check_free_to_reopen(s: Session, p: Partnership) -> None:
        ids = [m.person_id for m in p.members if m.role != "mentor"]
        busy = s.scalar(
            select(Person.name)
            .join(PartnershipMember, PartnershipMember.person_id == Person.id)
            .join(Partnership, PartnershipMember.partnership_id == Partnership.id)
            .where(
                Partnership.program_id == p.program_id,
                Partnership.id != p.id,
                Partnership.phase.in_(ACTIVE_PHASES),
                PartnershipMember.person_id.in_(ids),
                PartnershipMember.role != "mentor",
            )
            .limit(1)
        )
        if busy is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is already in another running partnership of this program, so this "
                    "one cannot be reopened.",
                ),
                field="phase",
                name=busy,
            )

    def dissolve(
        self, partnership_id: int, reason: str | None = None, today: dt.date | None = None
    ) -> None:
        """Anyone may leave at any time; a reason is welcome but never required.

        The reason is confidential: giving one needs the vault open (VaultLocked otherwise).
        """
        today = today or dt.date.today()
        reason = (reason or "").strip() or None
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            if p.phase not in ACTIVE_PHASES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This partnership has already ended."),
                    field="phase",
                )
            if reason:
                self.vault.require_unlocked()
            s.add(
                PhaseChange(
                    partnership_id=p.id, from_phase=p.phase, to_phase="dissolved", changed_on=today
                )
            )
            p.phase = "dissolved"
            p.ended_on = today
            self.vault.seal_into(p, "dissolve_reason", reason)
            # Meetings still ahead are called off; held ones stay as history.
            for m in s.scalars(
                select(Meeting).where(Meeting.partnership_id == p.id, Meeting.status == "planned")
            ):
                m.status = "cancelled"
                m.sequence += 1  # calendar files carry the cancellation as an update
        self.changes.announce("partnerships", "meetings")

    # -- goals and packages --------------------------------------------------------------------

    def add_goal(
        self,
        partnership_id: int,
        title: str,
        success_criteria: str = "",
        person_id: int | None = None,
    ) -> int:
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            require_active(p)
            count = s.scalar(select(func.count(Goal.id)).where(Goal.partnership_id == p.id)) or 0
            if count >= MAX_GOALS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A partnership has at most {max} learning goals. Focus helps: merge or "
                        "replace one of the existing goals instead.",
                    ),
                    field="goal",
                    max=MAX_GOALS,
                )
            goal = Goal(partnership_id=p.id)
            self._apply_goal(p, goal, title, success_criteria, person_id)
            s.add(goal)
            s.flush()
            new_id = goal.id
        self.changes.announce("partnerships")
        return new_id

    def update_goal(
        self,
        goal_id: int,
        title: str,
        success_criteria: str,
        person_id: int | None,
        status: str | None = None,
    ) -> None:
        with self.db.write() as s:
            goal = self._goal(s, goal_id)
            p = load_partnership(s, goal.partnership_id)
            require_active(p)
            self._apply_goal(p, goal, title, success_criteria, person_id)
            if status is not None:
                self._check_status(status, GOAL_STATUS)
                goal.status = status
        self.changes.announce("partnerships")

    def set_goal_status(self, goal_id: int, status: str) -> None:
        with self.db.write() as s:
            goal = self._goal(s, goal_id)
            require_active(load_partnership(s, goal.partnership_id))
            self._check_status(status, GOAL_STATUS)
            goal.status = status
        self.changes.announce("partnerships")

    def delete_goal(self, goal_id: int) -> None:
        with self.db.write() as s:
            goal = self._goal(s, goal_id)
            require_active(load_partnership(s, goal.partnership_id))
            s.delete(goal)
        self.changes.announce("partnerships")

    def add_package(self, goal_id: int, title: str, due_on: dt.date | None = None) -> int:
        title = clean(title)
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please name the learning package."), field="package"
            )
        with self.db.write() as s:
            goal = self._goal(s, goal_id)
            require_active(load_partnership(s, goal.partnership_id))
            pkg = LearningPackage(goal_id=goal.id, title=title, due_on=due_on)
            s.add(pkg)
            s.flush()
            new_id = pkg.id
        self.changes.announce("partnerships")
        return new_id

    def set_package_status(self, package_id: int, status: str) -> None:
        with self.db.write() as s:
            pkg = s.get(LearningPackage, package_id)
            if pkg is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "This learning package no longer exists.")
                )
            require_active(load_partnership(s, pkg.goal.partnership_id))
            self._check_status(status, PACKAGE_STATUS)
            pkg.status = status
        self.changes.announce("partnerships")

    @staticmethod
    def _check_status(status: str, allowed: dict[str, str]) -> None:
        if status not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown status {status}."),
                field="status",
                status=status,
            )

    @staticmethod
    def _goal(s: Session, goal_id: int) -> Goal:
        goal = s.get(Goal, goal_id)
        if goal is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This goal no longer exists."))
        return goal

    @staticmethod
    def _apply_goal(
        p: Partnership, goal: Goal, title: str, criteria: str, person_id: int | None
    ) -> None:
        title = clean(title)
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please describe the learning goal."), field="title"
            )
        if person_id is not None and person_id not in {m.person_id for m in p.members}:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A goal can only belong to a member of the partnership."
                ),
                field="person",
            )
        goal.title = title
        goal.success_criteria = criteria.strip()
        goal.person_id = person_id

    # -- journal and check-ins -----------------------------------------------------------------

    def _member(self, s: Session, p: Partnership, person_id: int) -> None:
        if person_id not in {m.person_id for m in p.members}:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only members of the partnership can do this."),
                field="person",
            )

    def _add_for_member(
        self,
        partnership_id: int,
        person_id: int,
        build: Callable[[Session, Partnership], JournalEntry | CheckIn],
        confidential: tuple[str, str],
    ) -> int:
        """Add a member's journal entry or check-in: running partnership, members only.

        ``confidential`` is (column, text): the text is sealed once the row has its id (the id
        is part of what the seal is bound to), in the same transaction.
        """
        column, plain = confidential
        with self.db.write() as s:
            p = load_partnership(s, partnership_id)
            require_active(p)
            self._member(s, p, person_id)
            row = build(s, p)
            if plain:  # after the rules: a refused entry never asks for the passphrase
                self.vault.require_unlocked()
            s.add(row)
            s.flush()
            new_id = row.id
            if plain:
                self.vault.seal_into(row, column, plain)
        self.changes.announce("partnerships")
        return new_id

    def add_journal_entry(
        self, partnership_id: int, person_id: int, body: str, written_on: dt.date | None = None
    ) -> int:
        if not body.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The journal entry is empty."), field="body"
            )
        return self._add_for_member(
            partnership_id,
            person_id,
            lambda s, p: JournalEntry(
                partnership_id=p.id,
                person_id=person_id,
                written_on=written_on or dt.date.today(),
                body=b"",
            ),
            ("body", body.strip()),
        )

    def delete_journal_entry(self, entry_id: int) -> None:
        with self.db.write() as s:
            e = s.get(JournalEntry, entry_id)
            if e is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This entry no longer exists."))
            s.delete(e)
        # Out of the main file at once, as with gap notes (core/gap_notes.py: delete).
        self.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
        self.changes.announce("partnerships")

    def record_fit(
        self,
        partnership_id: int,
        person_id: int,
        answer: str,
        comment: str | None = None,
        today: dt.date | None = None,
    ) -> int:
        """After the first meeting: does the pairing fit, in this member's view?"""
        if answer not in ("fits", "unsure", "no_fit"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose fits, not sure or does not fit."), field="fit"
            )

        def build(s: Session, p: Partnership) -> CheckIn:
            held = (
                s.scalar(
                    select(func.count(Meeting.id)).where(
                        Meeting.partnership_id == p.id, Meeting.status == "held"
                    )
                )
                or 0
            )
            if not held:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Ask whether the pairing fits after the first meeting has been held.",
                    ),
                    field="fit",
                )
            return CheckIn(
                partnership_id=p.id,
                person_id=person_id,
                kind="fit",
                recorded_on=today or dt.date.today(),
                fit=answer,
            )

        return self._add_for_member(
            partnership_id, person_id, build, ("comment", (comment or "").strip())
        )

    def record_interim(
        self,
        partnership_id: int,
        person_id: int,
        progress: int,
        cooperation: int,
        benefit: int,
        comment: str | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Interim-talk feedback: ratings 1 to 5 and an optional (confidential) comment."""
        for value in (progress, cooperation, benefit):
            if not isinstance(value, int) or not 1 <= value <= 5:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Ratings go from 1 to 5."), field="rating"
                )
        return self._add_for_member(
            partnership_id,
            person_id,
            lambda s, p: CheckIn(
                partnership_id=p.id,
                person_id=person_id,
                kind="interim",
                recorded_on=today or dt.date.today(),
                progress=progress,
                cooperation=cooperation,
                benefit=benefit,
            ),
            ("comment", (comment or "").strip()),
        )
