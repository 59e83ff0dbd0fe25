"""Erasing one person under the GDPR (Art. 17): a preview of everything that goes, then one
transaction.

What happens, in this order:

1. a pair they are in that is still running ends (dissolved today; planned meetings are
   called off); a group with two or more others goes on without them;
2. the gap notes of their partnerships and the reasons given for ending them go (both are
   about the pair, and so about them);
3. every reference of :data:`core.gdpr.PERSON_REFERENCES` is handled as it says: their rows
   are deleted (ad, participations, journal entries, check-ins, gap notes about them,
   matching wishes), references in the rows of others are cleared (manager, facilitator,
   goal owner), and their place in a partnership stays as "former participant";
4. their record is deleted;
5. their name and e-mail are replaced by "former participant" wherever they still appear as
   text (a meeting place, a goal, a note in someone's ad), in confidential texts too when
   the vault is open;
6. SQLite's secure_delete has zeroed the freed space; VACUUM rewrites the file and a TRUNCATE
   checkpoint empties the write-ahead log, so no copy of the old pages stays in either.

Backups made before the erasure still hold the person until they are deleted or replaced;
the preview says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, Text, delete, select, update
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import RecordDamaged
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, translate
from lernpartner_desktop.base.text import name_key
from lernpartner_desktop.core.gdpr import (
    CLEAR,
    DELETE,
    FORMER,
    PERSON_REFERENCES,
    load_person,
)
from lernpartner_desktop.core.records import ACTIVE_PHASES, former_participant
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    Base,
    CheckIn,
    GapNote,
    JournalEntry,
    Meeting,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
)
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault.registry import sealed_columns
from lernpartner_desktop.vault.service import Vault


def _sealed() -> list[tuple[Any, str]]:
    """Confidential columns (sealed by the vault) that may mention a person by name: every
    sealed column the schema marks (vault/registry.py), so a new one is covered at once."""
    return [(c.model, c.column) for c in sealed_columns()]


#: What the preview calls each count (a key missing here is shown as it is).
COUNT_LABELS: dict[str, str] = {
    "ad_item.person_id": QT_TRANSLATE_NOOP("Erasure", "Lines of their partner ad"),
    "participation.person_id": QT_TRANSLATE_NOOP("Erasure", "Program participations"),
    "partnership_member.person_id": QT_TRANSLATE_NOOP(
        "Erasure", "Partnerships (kept for the partner, with “former participant”)"
    ),
    "journal_entry.person_id": QT_TRANSLATE_NOOP("Erasure", "Their learning-journal entries"),
    "check_in.person_id": QT_TRANSLATE_NOOP("Erasure", "Their check-ins"),
    "gap_note.person_id": QT_TRANSLATE_NOOP("Erasure", "Gap notes about them"),
    "partnership_gap_notes": QT_TRANSLATE_NOOP("Erasure", "Gap notes of their partnerships"),
    "dissolve_reasons": QT_TRANSLATE_NOOP("Erasure", "Reasons given for ending their partnerships"),
    "match_rule.person_id": QT_TRANSLATE_NOOP("Erasure", "Their matching wishes"),
    "match_rule.other_id": QT_TRANSLATE_NOOP("Erasure", "Matching wishes of others naming them"),
    "certificate.person_id": QT_TRANSLATE_NOOP(
        "Erasure", "Certificates issued to them (revoked, their name removed)"
    ),
    "goal.person_id": QT_TRANSLATE_NOOP(
        "Erasure", "Learning goals of theirs (kept for the partnership, without their name)"
    ),
    "person.manager_id": QT_TRANSLATE_NOOP(
        "Erasure", "People who have them as manager (the manager is cleared)"
    ),
    "program.facilitator_id": QT_TRANSLATE_NOOP(
        "Erasure", "Programs they facilitate (the facilitator is cleared)"
    ),
}


def count_label(key: str) -> str:
    return translate("Erasure", COUNT_LABELS[key]) if key in COUNT_LABELS else key


#: Plain text columns never rewritten: names of other people and keys derived from names.
_KEEP = {("person", "name"), ("alembic_version", "version_num")}


@dataclass(frozen=True)
class PartnershipFate:
    id: int
    program: str
    partners: tuple[str, ...]
    ends_now: bool  # a running pair: dissolved by the erasure


@dataclass(frozen=True)
class ErasurePreview:
    person_id: int
    name: str
    personnel_number: str
    counts: dict[str, int]  # what goes, by kind (see COUNT_KEYS in the UI)
    programs: tuple[str, ...]
    partnerships: tuple[PartnershipFate, ...]
    mentions: int  # places in plain text where their name or e-mail is replaced
    unchecked_sealed: int  # confidential texts that cannot be checked while locked
    certificates: int = 0


@dataclass(frozen=True)
class ErasureResult:
    name: str
    counts: dict[str, int] = field(default_factory=dict)


def _patterns(name: str, email: str) -> re.Pattern[str]:
    variants = {name}
    first, _, last = name.rpartition(" ")
    if first and last:
        variants.add(f"{last}, {first}")  # "Müller, Jörg"
    parts = [rf"(?<!\w){re.escape(v)}(?!\w)" for v in sorted(variants, key=len, reverse=True)]
    if email:
        parts.insert(0, re.escape(email))
    return re.compile("|".join(parts), re.IGNORECASE)


def _text_columns() -> Iterator[tuple[str, str, list[str]]]:
    """(table, column, primary key columns) of every plain text column of the schema."""
    for table in Base.metadata.sorted_tables:
        pk = [c.name for c in table.primary_key.columns]
        for col in table.columns:
            if (table.name, col.name) in _KEEP or col.name.endswith("name_key"):
                continue
            if isinstance(col.type, String | Text):
                yield table.name, col.name, pk


class ErasureService(Service):
    def __init__(self, db: Database, changes: ChangeHub, vault: Vault) -> None:
        super().__init__(db, changes)
        self.vault = vault

    def preview(self, person_id: int) -> ErasurePreview:
        with self.db.read() as s:
            return self._survey(s, person_id)

    def _survey(self, s: Session, person_id: int) -> ErasurePreview:
        p = load_person(s, person_id)
        counts: dict[str, int] = {}
        for table, column in PERSON_REFERENCES:
            n = _count(s, table, column, person_id)
            key = f"{table}.{column}"
            counts[key] = n
        fates = tuple(_fates(s, person_id))
        ids = [f.id for f in fates]
        counts["partnership_gap_notes"] = _count_in(s, GapNote.partnership_id, ids)
        counts["dissolve_reasons"] = len(
            list(
                s.scalars(
                    select(Partnership.id).where(
                        Partnership.id.in_(ids), Partnership.dissolve_reason.is_not(None)
                    )
                )
            )
        )
        pattern = _patterns(p.name, p.email)
        mentions = sum(1 for _ in _mentions(s, pattern, person_id))
        unchecked = 0 if self.vault.unlocked else _sealed_count(s, person_id)
        programs = tuple(
            s.scalars(
                select(Program.name)
                .join(Participation)
                .where(Participation.person_id == person_id)
                .order_by(Program.name)
            )
        )
        return ErasurePreview(
            p.id,
            p.name,
            p.personnel_number or "",
            counts,
            programs,
            fates,
            mentions,
            unchecked,
        )

    def erase(self, person_id: int, today: dt.date | None = None) -> ErasureResult:
        """Erase the person in one transaction, then scrub the file and its log."""
        today = today or dt.date.today()
        replacement = f"[{former_participant()}]"
        with self.db.write() as s:
            survey = self._survey(s, person_id)
            person = load_person(s, person_id)
            pattern = _patterns(person.name, person.email)
            ids = [f.id for f in survey.partnerships]
            for fate in survey.partnerships:
                if fate.ends_now:
                    _dissolve(s, fate.id, today)
            s.execute(delete(GapNote).where(GapNote.partnership_id.in_(ids)))
            s.execute(
                update(Partnership).where(Partnership.id.in_(ids)).values(dissolve_reason=None)
            )
            for (table, column), ref in PERSON_REFERENCES.items():
                t = Base.metadata.tables[table]
                col = t.c[column]
                if ref.erase == DELETE:
                    s.execute(delete(t).where(col == person_id))
                elif ref.erase in (CLEAR, FORMER):
                    s.execute(update(t).where(col == person_id).values({column: None}))
                elif callable(ref.erase):
                    ref.erase(s, person_id)
            s.execute(delete(Person).where(Person.id == person_id))
            s.flush()
            mentions = _replace_mentions(s, pattern, replacement, person_id)
            sealed = self._replace_sealed(s, pattern, replacement) if self.vault.unlocked else 0
        self.db.maintain("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")
        self.changes.announce("people", "programs", "partnerships", "meetings", "gap_notes")
        counts = dict(survey.counts)
        counts["mentions"] = mentions
        counts["sealed_mentions"] = sealed
        return ErasureResult(survey.name, counts)

    def _replace_sealed(self, s: Session, pattern: re.Pattern[str], replacement: str) -> int:
        changed = 0
        for model, column in _sealed():
            col = getattr(model, column)
            for row in s.scalars(select(model).where(col.is_not(None))):
                try:
                    plain = self.vault.open(row, column)
                except RecordDamaged:
                    continue
                new = pattern.sub(replacement, plain)
                if new != plain:
                    self.vault.seal_into(row, column, new)
                    changed += 1
        return changed


def _count(s: Session, table: str, column: str, person_id: int) -> int:
    t = Base.metadata.tables[table]
    return len(s.execute(select(t.c[column]).where(t.c[column] == person_id)).all())


def _count_in(s: Session, col: object, ids: list[int]) -> int:
    if not ids:
        return 0
    return len(s.execute(select(col).where(col.in_(ids))).all())  # type: ignore[attr-defined,call-overload]


def _fates(s: Session, person_id: int) -> Iterator[PartnershipFate]:
    rows = s.execute(
        select(Partnership.id, Partnership.phase, Program.name)
        .join(PartnershipMember, PartnershipMember.partnership_id == Partnership.id)
        .join(Program, Partnership.program_id == Program.id)
        .where(PartnershipMember.person_id == person_id)
        .order_by(Partnership.id)
    ).all()
    for pid, phase, program in rows:
        others = [
            name
            for (name,) in s.execute(
                select(Person.name)
                .join(PartnershipMember, PartnershipMember.person_id == Person.id)
                .where(PartnershipMember.partnership_id == pid, Person.id != person_id)
                .order_by(Person.name)
            )
        ]
        ends = phase in ACTIVE_PHASES and len(others) < 2
        yield PartnershipFate(pid, program, tuple(others), ends)


def _dissolve(s: Session, partnership_id: int, today: dt.date) -> None:
    p = s.get(Partnership, partnership_id)
    assert p is not None
    s.add(
        PhaseChange(partnership_id=p.id, from_phase=p.phase, to_phase="dissolved", changed_on=today)
    )
    p.phase = "dissolved"
    p.ended_on = today
    s.execute(
        update(Meeting)
        .where(Meeting.partnership_id == p.id, Meeting.status == "planned")
        .values(status="cancelled")
    )


def _mentions(
    s: Session, pattern: re.Pattern[str], person_id: int
) -> Iterator[tuple[str, str, dict[str, object], str]]:
    """(table, column, primary key, text) of every plain text that mentions the person,
    outside their own record (which goes as a whole)."""
    for table, column, pk in _text_columns():
        t = Base.metadata.tables[table]
        q = select(*(t.c[k] for k in pk), t.c[column]).where(t.c[column] != "")
        if table == "person":
            q = q.where(t.c.id != person_id)
        for row in s.execute(q):
            text = row[-1]
            if isinstance(text, str) and pattern.search(text):
                yield table, column, dict(zip(pk, row[:-1], strict=True)), text


def _replace_mentions(
    s: Session, pattern: re.Pattern[str], replacement: str, person_id: int
) -> int:
    found = list(_mentions(s, pattern, person_id))
    for table, column, key, text in found:
        t = Base.metadata.tables[table]
        new = pattern.sub(replacement, text)
        values: dict[str, object] = {column: new}
        if column == "name" and "name_key" in t.c:
            values["name_key"] = name_key(new)
        where = [t.c[k] == v for k, v in key.items()]
        s.execute(update(t).where(*where).values(values))
    return len(found)


def _sealed_count(s: Session, person_id: int) -> int:
    """Confidential texts that stay after the erasure and might mention the person."""
    n = 0
    for model, column in _sealed():
        col = getattr(model, column)
        q = select(model.id).where(col.is_not(None))
        if model is GapNote:
            q = q.where((GapNote.person_id.is_(None)) | (GapNote.person_id != person_id))
        elif model in (JournalEntry, CheckIn):
            q = q.where(model.person_id != person_id)
        n += len(s.execute(q).all())
    return n
