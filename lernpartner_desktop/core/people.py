"""People, their partner ads (offers and seeks with levels) and the topic catalogue."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.base.text import clean, clean_list, name_key
from lernpartner_desktop.core.records import (
    GENERATION_BASES,
    LEVELS,
    AdEntry,
    PersonData,
    PersonInput,
    PersonRow,
    PersonUsage,
)
from lernpartner_desktop.storage.models import (
    AdItem,
    GapNote,
    Participation,
    PartnershipMember,
    Person,
    Program,
    Topic,
)
from lernpartner_desktop.storage.service import Service


class PeopleService(Service):
    # -- reading -------------------------------------------------------------------------------

    def list_rows(self) -> list[PersonRow]:
        manager = aliased(Person)
        with self.db.read() as s:
            people = s.execute(
                select(
                    Person.id,
                    Person.name,
                    Person.department,
                    Person.job_title,
                    Person.location,
                    manager.name,
                    Person.generation_basis,
                    Person.generation_year,
                    Person.active,
                    Person.consent,
                ).outerjoin(manager, Person.manager_id == manager.id)
            ).all()
            roles: dict[int, set[str]] = defaultdict(set)
            for pid, role in s.execute(select(Participation.person_id, Participation.role)):
                roles[pid].add(role)
            offers: dict[int, list[str]] = defaultdict(list)
            seeks: dict[int, list[str]] = defaultdict(list)
            for pid, kind, topic in s.execute(
                select(AdItem.person_id, AdItem.kind, Topic.name)
                .join(Topic, AdItem.topic_id == Topic.id)
                .order_by(Topic.name)
            ):
                (offers if kind == "offer" else seeks)[pid].append(topic)
        rows = []
        for pid, name, dept, title, loc, mgr, basis, year, active, consent in people:
            gen = ""
            if year:
                gen = f"{year}" if basis == "birth_year" else f"{year}*"
            o, k = tuple(offers[pid]), tuple(seeks[pid])
            rows.append(
                PersonRow(
                    id=pid,
                    name=name,
                    department=dept,
                    job_title=title,
                    location=loc,
                    manager_name=mgr or "",
                    generation=gen,
                    active=active,
                    consent=consent,
                    roles=frozenset(roles[pid]),
                    offers=o,
                    seeks=k,
                    search_text=" ".join((name, dept, title, loc, mgr or "", *o, *k)).casefold(),
                )
            )
        return rows

    def get(self, person_id: int) -> PersonData:
        with self.db.read() as s:
            p = self._load(s, person_id)
            return PersonData(
                id=p.id,
                name=p.name,
                department=p.department,
                job_title=p.job_title,
                location=p.location,
                manager_id=p.manager_id,
                manager_name=p.manager.name if p.manager else "",
                generation_basis=p.generation_basis,
                generation_year=p.generation_year,
                languages=p.languages,
                email=p.email,
                phone=p.phone,
                active=p.active,
                consent=p.consent,
                consent_date=p.consent_date,
                personnel_number=p.personnel_number or "",
                entry_date=p.entry_date,
                ad_note=p.ad_note,
            )

    def choices(self, *, active_only: bool = True) -> list[tuple[int, str]]:
        """(id, "Name (Department)") for pickers, sorted by name."""
        q = select(Person.id, Person.name, Person.department).order_by(Person.name)
        if active_only:
            q = q.where(Person.active.is_(True))
        with self.db.read() as s:
            return [(i, f"{n} ({d})" if d else n) for i, n, d in s.execute(q)]

    def departments(self) -> list[str]:
        with self.db.read() as s:
            q = select(Person.department).where(Person.department != "").distinct()
            return sorted(s.scalars(q), key=str.casefold)

    def locations(self) -> list[str]:
        with self.db.read() as s:
            q = select(Person.location).where(Person.location != "").distinct()
            return sorted(s.scalars(q), key=str.casefold)

    def topics(self) -> list[str]:
        with self.db.read() as s:
            return sorted(s.scalars(select(Topic.name)), key=str.casefold)

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count(Person.id))) or 0)

    def get_ad(self, person_id: int) -> list[AdEntry]:
        with self.db.read() as s:
            self._load(s, person_id)
            rows = s.execute(
                select(Topic.name, AdItem.kind, AdItem.level)
                .join(Topic, AdItem.topic_id == Topic.id)
                .where(AdItem.person_id == person_id)
                .order_by(AdItem.kind, Topic.name)
            ).all()
        return [AdEntry(topic=t, kind=k, level=lv) for t, k, lv in rows]

    # -- writing -------------------------------------------------------------------------------

    def create(self, data: PersonInput) -> int:
        with self.db.write() as s:
            person = Person()
            self._apply(s, person, data)
            s.add(person)
            s.flush()
            new_id = person.id
        self.changes.announce("people")
        return new_id

    def update(self, person_id: int, data: PersonInput) -> None:
        with self.db.write() as s:
            person = self._load(s, person_id)
            self._apply(s, person, data)
        self.changes.announce("people")

    def set_active(self, person_id: int, active: bool) -> None:
        with self.db.write() as s:
            self._load(s, person_id).active = active
        self.changes.announce("people")

    def usage(self, person_id: int) -> PersonUsage:
        with self.db.read() as s:
            self._load(s, person_id)
            return self._usage(s, person_id)

    @staticmethod
    def _usage(s: Session, person_id: int) -> PersonUsage:
        def count(column: object, where: object) -> int:
            return int(s.scalar(select(func.count(column)).where(where)) or 0)  # type: ignore[arg-type]

        return PersonUsage(
            programs=count(Participation.id, Participation.person_id == person_id),
            partnerships=count(
                PartnershipMember.partnership_id, PartnershipMember.person_id == person_id
            ),
            reports=count(Person.id, Person.manager_id == person_id),
            facilitates=count(Program.id, Program.facilitator_id == person_id),
            gap_notes=count(GapNote.id, GapNote.person_id == person_id),
        )

    def delete(self, person_id: int) -> None:
        """Delete a person entered by mistake, with their partner ad: only while nothing
        refers to them (otherwise deactivate; erasure under the GDPR is a separate matter)."""
        with self.db.write() as s:
            person = self._load(s, person_id)
            if self._usage(s, person_id).in_use:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} takes part in programs or partnerships, manages someone, "
                        "facilitates a program or has gap notes, and cannot be deleted. "
                        "Deactivate them instead.",
                    ),
                    field="person",
                    name=person.name,
                )
            s.delete(person)
        self.changes.announce("people")

    def set_ad(self, person_id: int, entries: list[AdEntry], note: str | None = None) -> None:
        """Replace the person's whole partner ad in one transaction."""
        seen: set[tuple[str, str]] = set()
        cleaned: list[AdEntry] = []
        for e in entries:
            topic = clean(e.topic)
            if not topic:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Every line of the partner ad needs a topic."),
                    field="topic",
                )
            if e.kind not in ("offer", "seek"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown kind of ad line: {kind}."), kind=e.kind
                )
            if e.level not in LEVELS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The level must be between 1 and 4."),
                    field="level",
                )
            key = (name_key(topic), e.kind)
            if key in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", '"{topic}" appears twice in the same list.'),
                    field="topic",
                    topic=topic,
                )
            seen.add(key)
            cleaned.append(AdEntry(topic, e.kind, e.level))
        with self.db.write() as s:
            person = self._load(s, person_id)
            s.execute(delete(AdItem).where(AdItem.person_id == person_id))
            for e in cleaned:
                s.add(
                    AdItem(
                        person_id=person_id,
                        topic=self._topic(s, e.topic),
                        kind=e.kind,
                        level=e.level,
                    )
                )
            if note is not None:
                person.ad_note = note.strip()
        self.changes.announce("people")

    # -- rules ---------------------------------------------------------------------------------

    @staticmethod
    def _load(s: Session, person_id: int) -> Person:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This person no longer exists (id {id})."),
                id=person_id,
            )
        return person

    @staticmethod
    def _topic(s: Session, name: str) -> Topic:
        key = name_key(name)
        topic = s.scalar(select(Topic).where(Topic.name_key == key))
        if topic is None:
            topic = Topic(name=clean(name), name_key=key)
            s.add(topic)
            s.flush()
        return topic

    def _apply(self, s: Session, person: Person, data: PersonInput) -> None:
        name = clean(data.name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), field="name")
        if len(name) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 200 characters)."),
                field="name",
            )
        key = name_key(name)
        clash = s.scalar(select(Person.id).where(Person.name_key == key))
        if clash is not None and clash != person.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    'There is already a person named "{name}". Add something that tells them '
                    "apart, for example the department.",
                ),
                field="name",
                name=name,
            )
        if data.manager_id is not None:
            self._check_manager(s, person.id, data.manager_id)
        basis, year = data.generation_basis, data.generation_year
        if basis is not None and basis not in GENERATION_BASES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown kind of generation hint."),
                field="generation",
            )
        if year is not None:
            this_year = dt.date.today().year
            if basis is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Say whether the year is a year of birth or a year of entry."
                    ),
                    field="generation",
                )
            low = 1900 if basis == "birth_year" else 1950
            high = this_year - 14 if basis == "birth_year" else this_year + 1
            if not low <= year <= high:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The year {year} is not plausible here ({low} to {high})."
                    ),
                    field="generation",
                    year=year,
                    low=low,
                    high=high,
                )
        else:
            basis = None
        number = clean(data.personnel_number)
        if len(number) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The personnel number is too long (at most 50 characters)."
                ),
                field="personnel_number",
            )
        if number:
            holder = s.scalar(
                select(Person.name).where(
                    Person.personnel_number == number, Person.id.is_distinct_from(person.id)
                )
            )
            if holder is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The personnel number {personnel_number} already belongs to {name}.",
                    ),
                    field="personnel_number",
                    personnel_number=number,
                    name=holder,
                )
        if data.entry_date is not None and not (
            dt.date(1950, 1, 1) <= data.entry_date <= dt.date.today() + dt.timedelta(days=366)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The date of entry {date} is not plausible."),
                field="entry_date",
                date=data.entry_date.strftime("%d.%m.%Y"),
            )
        email = clean(data.email)
        if email and ("@" not in email or " " in email):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{email}" does not look like an e-mail address.'),
                field="email",
                email=email,
            )
        consent_date = data.consent_date if data.consent else None
        if data.consent and consent_date is None:
            consent_date = dt.date.today()
        if consent_date is not None and consent_date > dt.date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The date of consent cannot be in the future."),
                field="consent",
            )
        person.name = name
        person.name_key = key
        person.department = clean(data.department)
        person.job_title = clean(data.job_title)
        person.location = clean(data.location)
        person.manager_id = data.manager_id
        person.generation_basis = basis
        person.generation_year = year
        person.languages = ", ".join(clean_list(data.languages))
        person.email = email
        person.phone = clean(data.phone)
        person.active = data.active
        person.consent = data.consent
        person.consent_date = consent_date
        person.personnel_number = number or None
        person.entry_date = data.entry_date

    @staticmethod
    def _check_manager(s: Session, person_id: int | None, manager_id: int) -> None:
        if person_id is not None and manager_id == person_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A person cannot be their own manager."),
                field="manager",
            )
        if s.get(Person, manager_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The chosen manager no longer exists."),
                field="manager",
            )
        if person_id is None:
            return
        # Walk up from the new manager; meeting the person again would close a loop.
        chain = [manager_id]
        seen = {manager_id}
        current: int | None = manager_id
        while current is not None:
            current = s.scalar(select(Person.manager_id).where(Person.id == current))
            if current is None or current in seen:
                break
            if current == person_id:
                ids = [person_id, *chain]
                names = {
                    i: n
                    for i, n in s.execute(select(Person.id, Person.name).where(Person.id.in_(ids)))
                }
                path = " → ".join(names[i] for i in [person_id, *chain, person_id])
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This manager would create a loop: {path}. Each person would report to "
                        "the next one.",
                    ),
                    field="manager",
                    path=path,
                )
            chain.append(current)
            seen.add(current)
