"""Typed SQLAlchemy models of the store.

Every constraint has a name (naming convention below) so Alembic batch migrations on SQLite
can find it again.  Checks in the database are a backstop; the services validate first and
raise typed errors with a readable message.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def sealed(code: int, *owners: str) -> dict[str, object]:
    """Column ``info`` that marks a confidential column: the vault seals it (vault/registry.py).

    ``code`` is the column's one-byte field code inside every record (never reuse one);
    ``owners`` name the columns of the same row that the seal is bound to, so that a record
    moved to another person, partnership, author or kind no longer opens. Tables with sealed
    columns, and the tables their owners point to, never reuse a row id (AUTOINCREMENT).
    """
    return {"sealed": {"code": code, "owners": owners}}


#: ``__table_args__`` entry of every table whose ids a seal is bound to: SQLite then never
#: hands out an id again, so an old record can never belong to a new row.
NO_ID_REUSE = {"sqlite_autoincrement": True}


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint(
            "generation_basis IS NULL OR generation_basis IN ('birth_year', 'entry_year')",
            name="generation_basis",
        ),
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and space-insensitive key that makes "Jörg  Müller" and "jörg müller" the same name.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    department: Mapped[str] = mapped_column(String(100), default="", index=True)
    job_title: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    generation_basis: Mapped[str | None] = mapped_column(String(20))
    generation_year: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    ad_note: Mapped[str] = mapped_column(Text, default="")
    # Schema 0008 (staff-list import): the payroll's personnel number ("00123" stays text; the
    # key by which a re-import finds the person again) and the date of entry.
    personnel_number: Mapped[str | None] = mapped_column(String(50), unique=True, index=True)
    entry_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    manager: Mapped[Person | None] = relationship(remote_side=[id])
    ad_items: Mapped[list[AdItem]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class Topic(Base):
    """A competence or topic that people offer or seek."""

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)


class AdItem(Base):
    """One line of a person's partner ad ("Ich biete ..." / "Ich suche ...") with a level."""

    __tablename__ = "ad_item"
    __table_args__ = (
        UniqueConstraint("person_id", "topic_id", "kind"),
        CheckConstraint("kind IN ('offer', 'seek')", name="kind"),
        CheckConstraint("level BETWEEN 1 AND 4", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    level: Mapped[int] = mapped_column(Integer)

    person: Mapped[Person] = relationship(back_populates="ad_items")
    topic: Mapped[Topic] = relationship()


class Program(Base):
    __tablename__ = "program"
    __table_args__ = (
        CheckConstraint(
            "format IN ('learning_partnership', 'tandem', 'mentoring', 'reverse_mentoring', "
            "'buddy', 'learning_circle', 'job_shadowing')",
            name="format",
        ),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint("cadence_weeks IS NULL OR cadence_weeks BETWEEN 1 AND 12", name="cadence"),
        CheckConstraint("max_group_size >= 2", name="group_size"),
        CheckConstraint("participation IN ('voluntary', 'mandatory')", name="participation"),
        CheckConstraint("content IN ('open', 'prescribed')", name="content"),
        CheckConstraint("steering IN ('self_organised', 'steered')", name="steering"),
        CheckConstraint("hierarchy IN ('across', 'equals')", name="hierarchy"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    format: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    cadence_weeks: Mapped[int | None] = mapped_column(Integer)
    max_group_size: Mapped[int] = mapped_column(Integer, default=2)
    participation: Mapped[str] = mapped_column(String(20), default="voluntary")
    content: Mapped[str] = mapped_column(String(20), default="open")
    steering: Mapped[str] = mapped_column(String(20), default="self_organised")
    hierarchy: Mapped[str] = mapped_column(String(20), default="across")
    # Archived programs leave the lists and the overview; their history stays (schema 0006).
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    facilitator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Schema 0007: the owner's certificate title and text (NULL: the default in the language
    # the document is printed in). The text may use {name}, {program}, {role}, {start}, {end}.
    certificate_title: Mapped[str | None] = mapped_column(String(200))
    certificate_body: Mapped[str | None] = mapped_column(Text)

    facilitator: Mapped[Person | None] = relationship()
    participations: Mapped[list[Participation]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )


class Participation(Base):
    """A person taking part in a program with a role; mentors have a capacity."""

    __tablename__ = "participation"
    __table_args__ = (
        UniqueConstraint("program_id", "person_id"),
        CheckConstraint("role IN ('mentor', 'mentee', 'peer', 'buddy', 'member')", name="role"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    capacity: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    program: Mapped[Program] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship()


# -- partnerships (schema 0002) ----------------------------------------------------------------

PHASES = ("preparation", "planning", "learning", "closing", "completed", "dissolved")


class Partnership(Base):
    """A pair or group inside a program, followed through its phases."""

    __tablename__ = "partnership"
    __table_args__ = (
        CheckConstraint(
            "phase IN ('preparation', 'planning', 'learning', 'closing', 'completed', 'dissolved')",
            name="phase",
        ),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[str] = mapped_column(String(20), default="preparation", index=True)
    created_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    # Confidential free text (never required), sealed by the vault and bound to this row.
    dissolve_reason: Mapped[bytes | None] = mapped_column(LargeBinary, info=sealed(3))

    program: Mapped[Program] = relationship()
    members: Mapped[list[PartnershipMember]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )


class PartnershipMember(Base):
    __tablename__ = "partnership_member"
    __table_args__ = (
        UniqueConstraint("partnership_id", "person_id"),
        CheckConstraint("role IN ('mentor', 'mentee', 'peer', 'buddy', 'member')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    # NULL (schema 0008): a former participant, erased under the GDPR (core/gdpr.py). The row
    # stays so that the partner's history keeps its shape; it carries nothing of theirs.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))

    partnership: Mapped[Partnership] = relationship(back_populates="members")
    person: Mapped[Person | None] = relationship()


class PhaseChange(Base):
    __tablename__ = "phase_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    from_phase: Mapped[str | None] = mapped_column(String(20))
    to_phase: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'achieved', 'not_achieved')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")

    packages: Mapped[list[LearningPackage]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="LearningPackage.id"
    )


class LearningPackage(Base):
    __tablename__ = "learning_package"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")

    goal: Mapped[Goal] = relationship(back_populates="packages")


class Meeting(Base):
    """A meeting of a partnership, or (partnership_id NULL) an event of the whole program.

    ``starts_at`` is the Europe/Berlin wall-clock time, stored naive: a series at 16:00 stays
    at 16:00 across daylight-saving changes.
    """

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("mode IN ('onsite', 'online', 'hybrid')", name="mode"),
        CheckConstraint("kind IN ('regular', 'kickoff', 'interim', 'closing')", name="kind"),
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status"),
        CheckConstraint("duration_minutes BETWEEN 5 AND 720", name="duration"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    series_id: Mapped[str | None] = mapped_column(String(32), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    mode: Mapped[str] = mapped_column(String(10), default="onsite")
    place: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(10), default="regular")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    # Schema 0007: the slot first booked (set on the first move; a calendar's RECURRENCE-ID),
    # a change counter for calendar files (SEQUENCE), and what the meeting is about.
    original_starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    topic: Mapped[str] = mapped_column(String(200), default="", server_default="")
    package_id: Mapped[int | None] = mapped_column(
        ForeignKey("learning_package.id", ondelete="SET NULL"), index=True
    )

    @property
    def moved(self) -> bool:
        return self.original_starts_at is not None and self.original_starts_at != self.starts_at


class JournalEntry(Base):
    """A learning-journal entry of one member. ``body`` is confidential, sealed by the vault."""

    __tablename__ = "journal_entry"
    __table_args__ = (NO_ID_REUSE,)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    written_on: Mapped[dt.date] = mapped_column(Date)
    body: Mapped[bytes] = mapped_column(LargeBinary, info=sealed(1, "partnership_id", "person_id"))


class CheckIn(Base):
    """A "does the pairing fit?" answer or interim-talk feedback. ``comment`` is confidential."""

    __tablename__ = "check_in"
    __table_args__ = (
        CheckConstraint("kind IN ('fit', 'interim')", name="kind"),
        CheckConstraint("fit IS NULL OR fit IN ('fits', 'unsure', 'no_fit')", name="fit"),
        CheckConstraint("progress IS NULL OR progress BETWEEN 1 AND 5", name="progress"),
        CheckConstraint("cooperation IS NULL OR cooperation BETWEEN 1 AND 5", name="cooperation"),
        CheckConstraint("benefit IS NULL OR benefit BETWEEN 1 AND 5", name="benefit"),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    fit: Mapped[str | None] = mapped_column(String(10))
    progress: Mapped[int | None] = mapped_column(Integer)
    cooperation: Mapped[int | None] = mapped_column(Integer)
    benefit: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[bytes | None] = mapped_column(
        LargeBinary, info=sealed(2, "partnership_id", "person_id", "kind")
    )


# -- the vault (schema 0003) -------------------------------------------------------------------


class VaultHeader(Base):
    """The one row that holds the wrapped keys (see vault/keys.py). No secret in clear.

    ``format`` 1: written before schema 0006, records of format 1 may remain until the next
    unlock re-seals them; 2: every record binds its owners. ``recovery_public_key`` is None
    for a recovery code from before schema 0006 (wrapped symmetrically, see vault/keys.py).
    """

    __tablename__ = "vault"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kdf_memory_kib: Mapped[int] = mapped_column(Integer)
    kdf_iterations: Mapped[int] = mapped_column(Integer)
    kdf_lanes: Mapped[int] = mapped_column(Integer)
    passphrase_salt: Mapped[bytes] = mapped_column(LargeBinary)
    passphrase_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_salt: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    backup_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    backup_private_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    # Older backup private keys (newest first), wrapped by the current data key (schema 0006).
    backup_keyring: Mapped[bytes | None] = mapped_column(LargeBinary)
    recovery_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    format: Mapped[int] = mapped_column(Integer, default=2)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    passphrase_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recovery_changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Owner settings as key and value (e.g. vault idle minutes, gap-note retention days)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class GapNote(Base):
    """A confidential note about a competence gap, of one person or one partnership.

    Title and body are sealed by the vault; only dates and ids are plain.
    """

    __tablename__ = "gap_note"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (partnership_id IS NULL)", name="person_or_partnership"
        ),
        NO_ID_REUSE,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    created_on: Mapped[dt.date] = mapped_column(Date)
    updated_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[bytes] = mapped_column(LargeBinary, info=sealed(4, "person_id", "partnership_id"))
    body: Mapped[bytes] = mapped_column(LargeBinary, info=sealed(5, "person_id", "partnership_id"))


# -- matching (schema 0004) ---------------------------------------------------------------------


class MatchRule(Base):
    """What the owner said about a pair in a program, for the matching.

    ``prefer``: ``person_id`` (a mentee) would like ``other_id`` as mentor, ``rank`` 1 to 3.
    ``exclude``: ``person_id`` does not want to be paired with ``other_id``.
    ``pin``: the pair must stay together in every suggestion.
    ``reject``: a suggestion the owner turned down; never suggested again.
    """

    __tablename__ = "match_rule"
    __table_args__ = (
        UniqueConstraint("program_id", "person_id", "other_id", "kind"),
        CheckConstraint("kind IN ('prefer', 'exclude', 'pin', 'reject')", name="kind"),
        CheckConstraint("person_id <> other_id", name="two_people"),
        CheckConstraint("rank IS NULL OR rank BETWEEN 1 AND 3", name="rank"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    rank: Mapped[int | None] = mapped_column(Integer)


# -- the company (schema 0005) ------------------------------------------------------------------


class CompanyProfile(Base):
    """The one row that says who issues the paper: name, address, logo, signatory.

    Images are kept as PNG bytes, already checked and scaled down (the owner's file is never
    touched).
    """

    __tablename__ = "company_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_role: Mapped[str] = mapped_column(String(200), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- paper (schema 0007) -----------------------------------------------------------------------


class Certificate(Base):
    """A certificate or participation confirmation that was handed out.

    Printing again gives the same number; a revoked one stays on record (revoked_on) so that
    a verification can say so. Names are kept as printed: the paper in someone's hands keeps
    its name even when the person record is changed or deleted. No reason is stored for a
    revocation.
    """

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("number"),
        UniqueConstraint("partnership_id", "person_id"),
        CheckConstraint("kind IN ('completion', 'participation')", name="kind"),
        CheckConstraint("serial >= 1", name="serial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="SET NULL"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    holder_name: Mapped[str] = mapped_column(String(200))
    program_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    check_code: Mapped[str] = mapped_column(String(16))
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
