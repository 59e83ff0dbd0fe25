"""The GDPR for one person: what we hold about them (access, Art. 15 and portability, Art. 20).

Erasure (Art. 17) is in core/erasure.py. Both walk the same list of references:
:data:`PERSON_REFERENCES` names every column of the schema that points at a person, with the
section of the access report that shows those rows and what erasure does with them. A test
(tests/core/test_gdpr.py) walks the schema's foreign keys to ``person`` and fails when a
column is missing here: a new table that refers to people cannot slip past the report or the
erasure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import MetaData, or_, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, VaultLocked
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, Context, translate
from lernpartner_desktop.core.records import former_participant
from lernpartner_desktop.core.settings import DEFAULTS, RETENTION_DAYS, read_setting
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import (
    AdItem,
    Base,
    Certificate,
    CheckIn,
    CompanyProfile,
    GapNote,
    Goal,
    JournalEntry,
    MatchRule,
    Meeting,
    Participation,
    Partnership,
    PartnershipMember,
    Person,
    PhaseChange,
    Program,
    Topic,
)
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault.service import Vault

# What erasure does with the rows of a reference (core/erasure.py):
DELETE = "delete"  # the rows are theirs: they go
CLEAR = "clear"  # the rows belong to others: the reference is set to NULL
FORMER = "former"  # the partnership stays for the partner; they become "former participant"

#: A custom erasure step for a reference: (session, person id) -> rows touched.
EraseStep = Callable[[Session, int], int]


@dataclass(frozen=True)
class Reference:
    section: str  # the key of the access report (JSON) that shows these rows
    erase: str | EraseStep


def _revoke_certificates(s: Session, person_id: int) -> int:
    """Certificates issued to an erased person are revoked and keep nothing of theirs: the
    record stays so that a verification says "revoked" instead of "not issued here"."""
    rows = list(s.scalars(select(Certificate).where(Certificate.person_id == person_id)))
    for row in rows:
        row.person_id = None
        row.holder_name = f"[{former_participant()}]"
        row.revoked_on = row.revoked_on or dt.date.today()
    return len(rows)


# == THE ONE PLACE TO EXTEND when a table refers to a person ==================================
# Every (table, column) with a foreign key to person.id; tests/core/test_gdpr.py fails when the
# schema gains one that is not listed here.
PERSON_REFERENCES: dict[tuple[str, str], Reference] = {
    ("person", "manager_id"): Reference("person", CLEAR),
    ("ad_item", "person_id"): Reference("partner_ad", DELETE),
    ("program", "facilitator_id"): Reference("programs", CLEAR),
    ("participation", "person_id"): Reference("programs", DELETE),
    ("partnership_member", "person_id"): Reference("partnerships", FORMER),
    ("goal", "person_id"): Reference("partnerships", CLEAR),
    ("journal_entry", "person_id"): Reference("journal", DELETE),
    ("check_in", "person_id"): Reference("check_ins", DELETE),
    ("gap_note", "person_id"): Reference("gap_notes", DELETE),
    ("match_rule", "person_id"): Reference("matching_wishes", DELETE),
    ("match_rule", "other_id"): Reference("matching_wishes", DELETE),
    ("certificate", "person_id"): Reference("certificates", _revoke_certificates),
}


def person_foreign_keys(metadata: MetaData) -> Iterator[tuple[str, str]]:
    """Every (table, column) of the schema whose foreign key points at ``person``."""
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "person":
                yield table.name, fk.parent.name


Gdpr = Context("Gdpr")

#: Stands for the retention of confidential notes, which depends on the owner's setting.
RETENTION_BY_SETTING = "retention-by-setting"


def retention_text(days: int) -> str:
    """How long confidential notes are kept, by the gap-note retention setting (0: kept)."""
    if days <= 0:
        return translate("Gdpr", KEPT_BY_HAND)
    return Gdpr.tr(
        "Gap notes of a partnership are deleted %n day(s) after it ended; the others until "
        "erased on request.",
        "",
        days,
    )


#: What the app stores and why, and how long: the report's closing section (key, purpose,
#: retention). ``{days}`` is the gap-note retention setting.
PURPOSES: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP(
            "Gdpr",
            "Master data (name, department, job, location, manager, "
            "contact, year of birth or entry, languages)",
        ),
        QT_TRANSLATE_NOOP(
            "Gdpr",
            "To find suitable learning partners and to organise the programs you take part in.",
        ),
        QT_TRANSLATE_NOOP("Gdpr", "While you work here, until erased on request."),
    ),
    (
        QT_TRANSLATE_NOOP("Gdpr", "Partner ad (I offer / I seek) and matching wishes"),
        QT_TRANSLATE_NOOP("Gdpr", "To suggest learning partners whose offers fit your needs."),
        QT_TRANSLATE_NOOP("Gdpr", "Until you change them, or until erased on request."),
    ),
    (
        QT_TRANSLATE_NOOP("Gdpr", "Programs, partnerships, goals, meetings and check-ins"),
        QT_TRANSLATE_NOOP(
            "Gdpr",
            "To plan and follow the learning partnership, and to issue "
            "certificates of participation.",
        ),
        QT_TRANSLATE_NOOP("Gdpr", "While the program's records are kept, until erased on request."),
    ),
    (
        QT_TRANSLATE_NOOP("Gdpr", "Confidential notes (gap notes, learning journal, comments)"),
        QT_TRANSLATE_NOOP(
            "Gdpr",
            "To support your learning. Encrypted; readable only with the "
            "owner's passphrase; never printed or exported.",
        ),
        RETENTION_BY_SETTING,
    ),
)
#: The retention of the last line when the owner keeps gap notes (retention 0 days).
KEPT_BY_HAND = QT_TRANSLATE_NOOP("Gdpr", "Until deleted by hand or erased on request.")


# -- the access data ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalInfo:
    title: str
    success_criteria: str
    status: str
    own: bool
    packages: tuple[tuple[str, dt.date | None, str], ...]


@dataclass(frozen=True)
class MeetingInfo:
    starts_at: dt.datetime
    duration_minutes: int
    mode: str
    place: str
    kind: str
    status: str


@dataclass(frozen=True)
class PartnershipInfo:
    id: int
    program: str
    format: str
    role: str
    phase: str
    created_on: dt.date
    ended_on: dt.date | None
    partners: tuple[str, ...]
    phases: tuple[tuple[str | None, str, dt.date], ...]
    goals: tuple[GoalInfo, ...]
    meetings: tuple[MeetingInfo, ...]


@dataclass(frozen=True)
class CheckInInfo:
    partnership_id: int
    kind: str
    recorded_on: dt.date
    fit: str | None
    progress: int | None
    cooperation: int | None
    benefit: int | None
    comment: str | None  # only with the confidential part


@dataclass(frozen=True)
class ConfidentialNote:
    kind: str  # "gap_note" | "journal"
    date: dt.date
    title: str
    body: str
    partnership_id: int | None = None


@dataclass(frozen=True)
class AccessData:
    """Everything stored about one person, in plain values (the PDF and JSON are made of it)."""

    generated_on: dt.date
    controller: tuple[str, str]  # the company's name and address
    person: dict[str, object]
    reports_to_them: int
    partner_ad: tuple[tuple[str, str, int], ...]  # (topic, kind, level)
    ad_note: str
    programs: tuple[tuple[str, str, str, int | None, dt.date], ...]  # name, format, role, cap.
    facilitates: tuple[str, ...]
    partnerships: tuple[PartnershipInfo, ...]
    check_ins: tuple[CheckInInfo, ...]
    wishes: tuple[tuple[str, str, str, int | None], ...]  # program, kind, other's name, rank
    named_in_wishes: dict[str, int]  # kind -> how many wishes of others name them
    confidential_included: bool
    confidential_counts: dict[str, int]  # gap_notes, journal, comments
    confidential: tuple[ConfidentialNote, ...]
    retention_days: int
    certificates: tuple[dict[str, object], ...] = field(default=())


class GdprService(Service):
    def __init__(self, db: Database, changes: ChangeHub, vault: Vault) -> None:
        super().__init__(db, changes)
        self.vault = vault

    def access(
        self, person_id: int, *, confidential: bool = False, today: dt.date | None = None
    ) -> AccessData:
        """What we hold about the person. ``confidential`` needs the vault open (VaultLocked)."""
        if confidential:
            self.vault.require_unlocked()
        with self.db.read() as s:
            return _collect(s, self.vault, person_id, confidential, today or dt.date.today())


def load_person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "This person no longer exists (id {id})."), id=person_id
        )
    return person


def _collect(
    s: Session, vault: Vault, person_id: int, confidential: bool, today: dt.date
) -> AccessData:
    p = load_person(s, person_id)
    company = s.get(CompanyProfile, 1)
    manager = s.get(Person, p.manager_id) if p.manager_id else None
    person: dict[str, object] = {
        "id": p.id,
        "name": p.name,
        "personnel_number": p.personnel_number or "",
        "department": p.department,
        "job_title": p.job_title,
        "location": p.location,
        "manager": manager.name if manager else "",
        "email": p.email,
        "phone": p.phone,
        "generation_basis": p.generation_basis or "",
        "generation_year": p.generation_year,
        "entry_date": p.entry_date,
        "languages": p.languages,
        "active": p.active,
        "consent": p.consent,
        "consent_date": p.consent_date,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    }
    reports = len(list(s.scalars(select(Person.id).where(Person.manager_id == person_id))))
    ad = tuple(
        (t, k, lv)
        for t, k, lv in s.execute(
            select(Topic.name, AdItem.kind, AdItem.level)
            .join(Topic)
            .where(AdItem.person_id == person_id)
            .order_by(AdItem.kind, Topic.name)
        )
    )
    programs = tuple(
        (prog.name, prog.format, pa.role, pa.capacity, pa.created_at.date())
        for pa, prog in s.execute(
            select(Participation, Program)
            .join(Program)
            .where(Participation.person_id == person_id)
            .order_by(Program.start_date)
        )
    )
    facilitates = tuple(s.scalars(select(Program.name).where(Program.facilitator_id == person_id)))
    partnerships = tuple(_partnerships(s, person_id))
    checks = tuple(
        CheckInInfo(
            c.partnership_id,
            c.kind,
            c.recorded_on,
            c.fit,
            c.progress,
            c.cooperation,
            c.benefit,
            _open(vault, c, "comment") if confidential else None,
        )
        for c in s.scalars(
            select(CheckIn).where(CheckIn.person_id == person_id).order_by(CheckIn.recorded_on)
        )
    )
    names = {i: n for i, n in s.execute(select(Person.id, Person.name))}
    wishes = tuple(
        (prog, r.kind, names.get(r.other_id, ""), r.rank)
        for r, prog in s.execute(
            select(MatchRule, Program.name)
            .join(Program)
            .where(MatchRule.person_id == person_id)
            .order_by(Program.name, MatchRule.kind, MatchRule.rank)
        )
    )
    named: dict[str, int] = {}
    for (kind,) in s.execute(select(MatchRule.kind).where(MatchRule.other_id == person_id)):
        named[kind] = named.get(kind, 0) + 1
    notes = list(s.scalars(select(GapNote).where(GapNote.person_id == person_id)))
    journal = list(s.scalars(select(JournalEntry).where(JournalEntry.person_id == person_id)))
    counts = {
        "gap_notes": len(notes),
        "journal": len(journal),
        "comments": sum(
            1
            for c in s.scalars(select(CheckIn.comment).where(CheckIn.person_id == person_id))
            if c is not None
        ),
    }
    secret: list[ConfidentialNote] = []
    if confidential:
        for n in notes:
            secret.append(
                ConfidentialNote(
                    "gap_note",
                    n.updated_on,
                    _open(vault, n, "title") or "",
                    _open(vault, n, "body") or "",
                )
            )
        for j in sorted(journal, key=lambda j: (j.written_on, j.id)):
            secret.append(
                ConfidentialNote(
                    "journal",
                    j.written_on,
                    "",
                    _open(vault, j, "body") or "",
                    j.partnership_id,
                )
            )
    retention = read_setting(s, RETENTION_DAYS)
    return AccessData(
        generated_on=today,
        controller=(company.name, company.address) if company else ("", ""),
        person=person,
        reports_to_them=reports,
        partner_ad=ad,
        ad_note=p.ad_note,
        programs=programs,
        facilitates=facilitates,
        partnerships=partnerships,
        check_ins=checks,
        wishes=wishes,
        named_in_wishes=named,
        confidential_included=confidential,
        confidential_counts=counts,
        confidential=tuple(secret),
        retention_days=int(retention)
        if retention and retention.isdigit()
        else DEFAULTS[RETENTION_DAYS],
        certificates=_certificates(s, person_id),
    )


def _certificates(s: Session, person_id: int) -> tuple[dict[str, object], ...]:
    """Certificates and participation confirmations issued to the person."""
    rows = s.scalars(
        select(Certificate)
        .where(Certificate.person_id == person_id)
        .order_by(Certificate.year, Certificate.serial)
    )
    return tuple(
        {
            "number": c.number,
            "kind": c.kind,
            "program": c.program_name,
            "role": c.role,
            "period": f"{c.period_start.isoformat()} – {c.period_end.isoformat()}",
            "issued_on": c.issued_on.isoformat(),
            "revoked_on": c.revoked_on.isoformat() if c.revoked_on else None,
        }
        for c in rows
    )


def _open(vault: Vault, row: Base, column: str) -> str | None:
    if getattr(row, column) is None:
        return None
    secret = vault.reveal(row, column)
    if secret.state == "locked":
        raise VaultLocked(
            QT_TRANSLATE_NOOP(
                "Errors", "The vault is locked. Unlock it with your passphrase to continue."
            )
        )
    return secret.text if secret.shown else f"[{secret.problem}]"


def _partnerships(s: Session, person_id: int) -> Iterator[PartnershipInfo]:
    mine = s.execute(
        select(PartnershipMember.role, Partnership, Program)
        .join(Partnership, PartnershipMember.partnership_id == Partnership.id)
        .join(Program, Partnership.program_id == Program.id)
        .where(PartnershipMember.person_id == person_id)
        .order_by(Partnership.created_on, Partnership.id)
    ).all()
    if not mine:
        return
    ids = [p.id for _r, p, _g in mine]
    partners: dict[int, list[str]] = {}
    for pid, name in s.execute(
        select(PartnershipMember.partnership_id, Person.name)
        .outerjoin(Person, PartnershipMember.person_id == Person.id)
        .where(
            PartnershipMember.partnership_id.in_(ids),
            or_(PartnershipMember.person_id.is_(None), PartnershipMember.person_id != person_id),
        )
        .order_by(Person.name)
    ):
        partners.setdefault(pid, []).append(name or former_participant())
    for role, p, prog in mine:
        phases = tuple(
            (h.from_phase, h.to_phase, h.changed_on)
            for h in s.scalars(
                select(PhaseChange)
                .where(PhaseChange.partnership_id == p.id)
                .order_by(PhaseChange.id)
            )
        )
        goals = tuple(
            GoalInfo(
                g.title,
                g.success_criteria,
                g.status,
                g.person_id == person_id,
                tuple((k.title, k.due_on, k.status) for k in g.packages),
            )
            for g in s.scalars(select(Goal).where(Goal.partnership_id == p.id).order_by(Goal.id))
        )
        meetings = tuple(
            MeetingInfo(m.starts_at, m.duration_minutes, m.mode, m.place, m.kind, m.status)
            for m in s.scalars(
                select(Meeting).where(Meeting.partnership_id == p.id).order_by(Meeting.starts_at)
            )
        )
        yield PartnershipInfo(
            p.id,
            prog.name,
            prog.format,
            role,
            p.phase,
            p.created_on,
            p.ended_on,
            tuple(partners.get(p.id, ())),
            phases,
            goals,
            meetings,
        )
