"""Programs of a learning format, and who takes part in them in which role."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import Errors, NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, format_date
from lernpartner_desktop.base.text import clean, name_key
from lernpartner_desktop.core.formats import FORMATS, TENSION_FIELDS, role_label
from lernpartner_desktop.core.records import (
    MAX_CAPACITY,
    MAX_GROUP_SIZE,
    ParticipantRow,
    ProgramData,
    ProgramInput,
    ProgramUsage,
)
from lernpartner_desktop.core.settings import MATCH_WEIGHTS
from lernpartner_desktop.storage.models import (
    MatchRule,
    Meeting,
    Participation,
    Partnership,
    Person,
    Program,
    Setting,
)
from lernpartner_desktop.storage.service import Service


class ProgramService(Service):
    def all(self) -> list[ProgramData]:
        counts = (
            select(Participation.program_id, func.count(Participation.id).label("n"))
            .group_by(Participation.program_id)
            .subquery()
        )
        with self.db.read() as s:
            rows = s.execute(
                select(Program, Person.name, counts.c.n)
                .outerjoin(Person, Program.facilitator_id == Person.id)
                .outerjoin(counts, counts.c.program_id == Program.id)
                .order_by(Program.start_date.desc(), Program.name)
            ).all()
            return [self._data(p, fac or "", n or 0) for p, fac, n in rows]

    def get(self, program_id: int) -> ProgramData:
        with self.db.read() as s:
            p = self._load(s, program_id)
            n = (
                s.scalar(
                    select(func.count(Participation.id)).where(
                        Participation.program_id == program_id
                    )
                )
                or 0
            )
            return self._data(p, p.facilitator.name if p.facilitator else "", n)

    def create(self, data: ProgramInput) -> int:
        with self.db.write() as s:
            program = Program()
            self._apply(s, program, data)
            s.add(program)
            s.flush()
            new_id = program.id
        self.changes.announce("programs")
        return new_id

    def update(self, program_id: int, data: ProgramInput) -> None:
        with self.db.write() as s:
            program = self._load(s, program_id)
            self._apply(s, program, data)
        self.changes.announce("programs")

    def set_archived(self, program_id: int, archived: bool) -> None:
        """Archive a program (it leaves the lists; its history stays) or bring it back."""
        with self.db.write() as s:
            self._load(s, program_id).archived = archived
        self.changes.announce("programs")

    def usage(self, program_id: int) -> ProgramUsage:
        with self.db.read() as s:
            self._load(s, program_id)
            return self._usage(s, program_id)

    @staticmethod
    def _usage(s: Session, program_id: int) -> ProgramUsage:
        def count(column: object, where: object) -> int:
            return int(s.scalar(select(func.count(column)).where(where)) or 0)  # type: ignore[arg-type]

        return ProgramUsage(
            participants=count(Participation.id, Participation.program_id == program_id),
            partnerships=count(Partnership.id, Partnership.program_id == program_id),
            events=count(Meeting.id, Meeting.program_id == program_id),
        )

    def delete(self, program_id: int) -> None:
        """Delete a program created by mistake: only while nothing refers to it."""
        with self.db.write() as s:
            program = self._load(s, program_id)
            if self._usage(s, program_id).in_use:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The program “{name}” has participants, partnerships or events and "
                        "cannot be deleted. Archive it instead: it leaves the lists and its "
                        "history stays.",
                    ),
                    field="program",
                    name=program.name,
                )
            # Wishes and weights belong to the program alone: a later program that gets the
            # same id must not inherit them.
            s.execute(delete(MatchRule).where(MatchRule.program_id == program_id))
            s.execute(delete(Setting).where(Setting.key == MATCH_WEIGHTS.format(program_id)))
            s.delete(program)
        self.changes.announce("programs")

    def participants(self, program_id: int) -> list[ParticipantRow]:
        with self.db.read() as s:
            self._load(s, program_id)
            rows = s.execute(
                select(Participation, Person)
                .join(Person, Participation.person_id == Person.id)
                .where(Participation.program_id == program_id)
                .order_by(Participation.role, Person.name)
            ).all()
            return [
                ParticipantRow(
                    pa.id, pe.id, pe.name, pe.department, pa.role, pa.capacity, pe.active
                )
                for pa, pe in rows
            ]

    def enrol(self, program_id: int, person_id: int, role: str, capacity: int | None = None) -> int:
        return self.enrol_many(program_id, [person_id], role, capacity)[0]

    def enrol_many(
        self, program_id: int, person_ids: list[int], role: str, capacity: int | None = None
    ) -> list[int]:
        """Enrol several people with one role, all or none (one transaction)."""
        if not person_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose at least one person to enrol."),
                field="person",
            )
        if len(set(person_ids)) != len(person_ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The same person was chosen twice."), field="person"
            )
        with self.db.write() as s:
            program = self._load(s, program_id)
            capacity = self._check_role(program, role, capacity)
            added = []
            for person_id in person_ids:
                person = s.get(Person, person_id)
                if person is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
                if not person.active:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} is inactive and cannot be enrolled. Reactivate them first.",
                        ),
                        field="person",
                        name=person.name,
                    )
                existing = s.scalar(
                    select(Participation).where(
                        Participation.program_id == program_id,
                        Participation.person_id == person_id,
                    )
                )
                if existing is not None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{name} already takes part in this program as {role}."
                        ),
                        field="person",
                        name=person.name,
                        role=role_label(existing.role),
                    )
                pa = Participation(
                    program_id=program_id, person_id=person_id, role=role, capacity=capacity
                )
                s.add(pa)
                s.flush()
                added.append(pa.id)
        self.changes.announce("programs", "people")
        return added

    def update_participation(self, participation_id: int, role: str, capacity: int | None) -> None:
        with self.db.write() as s:
            pa = self._participation(s, participation_id)
            pa.capacity = self._check_role(pa.program, role, capacity)
            pa.role = role
        self.changes.announce("programs", "people")

    def withdraw(self, participation_id: int) -> None:
        with self.db.write() as s:
            s.delete(self._participation(s, participation_id))
        self.changes.announce("programs", "people")

    # -- rules ---------------------------------------------------------------------------------

    @staticmethod
    def _check_role(program: Program, role: str, capacity: int | None) -> int | None:
        fmt = FORMATS[program.format]
        if role not in fmt.roles:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The role {role} does not exist in a {format} program."
                ),
                field="role",
                role=role_label(role),
                format=fmt.display_name(),
            )
        if role != "mentor":
            return None
        if capacity is None:
            capacity = 1
        if capacity < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The capacity cannot be below zero."), field="capacity"
            )
        if capacity > MAX_CAPACITY:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A mentor can take at most {max} mentees."),
                field="capacity",
                max=MAX_CAPACITY,
            )
        return capacity

    @staticmethod
    def _load(s: Session, program_id: int) -> Program:
        program = s.get(Program, program_id)
        if program is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This program no longer exists (id {id})."),
                id=program_id,
            )
        return program

    @staticmethod
    def _participation(s: Session, participation_id: int) -> Participation:
        pa = s.get(Participation, participation_id)
        if pa is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This participation no longer exists."))
        return pa

    @staticmethod
    def _data(p: Program, facilitator: str, count: int) -> ProgramData:
        return ProgramData(
            id=p.id,
            name=p.name,
            format=p.format,
            start_date=p.start_date,
            end_date=p.end_date,
            cadence_weeks=p.cadence_weeks,
            max_group_size=p.max_group_size,
            participation=p.participation,
            content=p.content,
            steering=p.steering,
            hierarchy=p.hierarchy,
            facilitator_id=p.facilitator_id,
            facilitator_name=facilitator,
            description=p.description,
            participant_count=count,
            archived=p.archived,
        )

    def _apply(self, s: Session, program: Program, data: ProgramInput) -> None:
        name = clean(data.name)
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please give the program a name."), field="name"
            )
        key = name_key(name)
        clash = s.scalar(select(Program.id).where(Program.name_key == key))
        if clash is not None and clash != program.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'There is already a program named "{name}".'),
                field="name",
                name=name,
            )
        fmt = FORMATS.get(data.format)
        if fmt is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown learning format: {format}."),
                field="format",
                format=data.format,
            )
        if program.id is not None and program.format != data.format:
            used = s.scalar(
                select(func.count(Participation.id)).where(
                    Participation.program_id == program.id, Participation.role.not_in(fmt.roles)
                )
            )
            if used:
                raise ValidationError(
                    Errors.QT_TR_NOOP(
                        "The format cannot change: %n participant(s) have a role that the "
                        "new format does not know.",
                        "",
                        used,
                    ),
                    field="format",
                )
        if data.start_date is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please choose a start date."), field="start_date"
            )
        if data.end_date is not None and data.end_date < data.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The end date ({end}) lies before the start date ({start})."
                ),
                field="end_date",
                end=format_date(data.end_date),
                start=format_date(data.start_date),
            )
        cadence = data.cadence_weeks if data.cadence_weeks is not None else fmt.cadence_weeks
        if not 1 <= cadence <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Meet at least every 12 weeks and at most weekly."),
                field="cadence",
            )
        size = data.max_group_size if data.max_group_size is not None else fmt.max_group_size
        low = 2
        high = MAX_GROUP_SIZE if fmt.is_group else 2
        if not low <= size <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The group size must be between {low} and {high}."),
                field="max_group_size",
                low=low,
                high=high,
            )
        settings = {}
        for fld, options in TENSION_FIELDS.items():
            value = getattr(data, fld) or getattr(fmt, fld)
            if value not in options:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown setting {value}."), field=fld, value=value
                )
            settings[fld] = value
        if data.facilitator_id is not None and s.get(Person, data.facilitator_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen facilitator no longer exists."),
                field="facilitator",
            )
        program.name = name
        program.name_key = key
        program.format = data.format
        program.start_date = data.start_date
        program.end_date = data.end_date
        program.cadence_weeks = cadence
        program.max_group_size = size
        for fld, value in settings.items():
            setattr(program, fld, value)
        program.facilitator_id = data.facilitator_id
        program.description = data.description.strip()
