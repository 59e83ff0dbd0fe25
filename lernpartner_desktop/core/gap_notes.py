"""Gap notes: confidential notes about competence gaps, of a person or of a partnership.

Title and body are sealed by the vault; lists show dates while locked. Notes never appear on
certificates, schedules or plain exports. A partnership's notes are deleted a set number of
days after it ends (retention), with SQLite's secure_delete zeroing the freed pages.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import NotFound, ValidationError
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.records import GapNoteData
from lernpartner_desktop.core.settings import SettingsService
from lernpartner_desktop.storage.database import Database
from lernpartner_desktop.storage.models import GapNote, Partnership, Person
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault.service import Vault

TITLE_MAX = 200
BODY_MAX = 20000


class GapNoteService(Service):
    def __init__(
        self, db: Database, changes: ChangeHub, vault: Vault, settings: SettingsService
    ) -> None:
        super().__init__(db, changes)
        self.vault = vault
        self.settings = settings

    # -- reading ----------------------------------------------------------------------------
    def _rows(self, s: Session, where: object) -> list[GapNoteData]:
        reveal = self.vault.reveal
        return [
            GapNoteData(
                n.id,
                n.person_id,
                n.partnership_id,
                n.created_on,
                n.updated_on,
                reveal(n, "title"),
                reveal(n, "body"),
            )
            for n in s.scalars(
                select(GapNote).where(where).order_by(GapNote.updated_on.desc(), GapNote.id.desc())  # type: ignore[arg-type]
            )
        ]

    def for_person(self, person_id: int) -> list[GapNoteData]:
        with self.db.read() as s:
            return self._rows(s, GapNote.person_id == person_id)

    def for_partnership(self, partnership_id: int) -> list[GapNoteData]:
        with self.db.read() as s:
            return self._rows(s, GapNote.partnership_id == partnership_id)

    def read(self, note_id: int) -> tuple[str, str]:
        """Title and body in plain text, for editing. Raises VaultLocked or RecordDamaged."""
        with self.db.read() as s:
            n = self._load(s, note_id)
            return self.vault.open(n, "title"), self.vault.open(n, "body")

    @staticmethod
    def _load(s: Session, note_id: int) -> GapNote:
        n = s.get(GapNote, note_id)
        if n is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This gap note no longer exists (id {id})."),
                id=note_id,
            )
        return n

    # -- writing ----------------------------------------------------------------------------
    @staticmethod
    def _validate(title: str, body: str) -> tuple[str, str]:
        title, body = title.strip(), body.strip()
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Please give the gap note a title."), field="title"
            )
        if len(title) > TITLE_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The title is longer than {max} characters."),
                field="title",
                max=TITLE_MAX,
            )
        if len(body) > BODY_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The note is longer than {max} characters."),
                field="body",
                max=BODY_MAX,
            )
        return title, body

    def create(
        self,
        title: str,
        body: str,
        *,
        person_id: int | None = None,
        partnership_id: int | None = None,
        today: dt.date | None = None,
    ) -> int:
        title, body = self._validate(title, body)
        if (person_id is None) == (partnership_id is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A gap note belongs to either one person or one partnership."
                )
            )
        self.vault.require_unlocked()
        today = today or dt.date.today()
        with self.db.write() as s:
            if person_id is not None and s.get(Person, person_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "This person no longer exists (id {id})."),
                    id=person_id,
                )
            if partnership_id is not None and s.get(Partnership, partnership_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "This partnership no longer exists (id {id})."),
                    id=partnership_id,
                )
            note = GapNote(
                person_id=person_id,
                partnership_id=partnership_id,
                created_on=today,
                updated_on=today,
                title=b"",
                body=b"",
            )
            s.add(note)
            s.flush()
            self._seal_into(note, title, body)
            new_id = note.id
        self.changes.announce("gap_notes")
        return new_id

    def _seal_into(self, note: GapNote, title: str, body: str) -> None:
        # An empty body is sealed too: it says nothing, but the note's shape stays uniform.
        note.title = self.vault.seal(note, "title", title)
        note.body = self.vault.seal(note, "body", body)

    def update(self, note_id: int, title: str, body: str, today: dt.date | None = None) -> None:
        title, body = self._validate(title, body)
        self.vault.require_unlocked()
        with self.db.write() as s:
            note = self._load(s, note_id)
            self._seal_into(note, title, body)
            note.updated_on = today or dt.date.today()
        self.changes.announce("gap_notes")

    def delete(self, note_id: int) -> None:
        """Deleting needs no passphrase; secure_delete zeroes what the note occupied, and the
        checkpoint carries the zeroed pages into the main file at once (not at some later
        checkpoint, with the note still in the file meanwhile)."""
        with self.db.write() as s:
            s.delete(self._load(s, note_id))
        self.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
        self.changes.announce("gap_notes")

    # -- retention --------------------------------------------------------------------------
    def purge_expired(self, today: dt.date | None = None) -> int:
        """Delete notes of partnerships that ended more than the retention days ago.

        Returns how many were deleted; 0 retention days keeps them all. Works while locked.
        """
        days = self.settings.retention_days()
        if days <= 0:
            return 0
        cutoff = (today or dt.date.today()) - dt.timedelta(days=days)
        ended = select(Partnership.id).where(
            Partnership.phase.in_(("completed", "dissolved")),
            Partnership.ended_on.is_not(None),
            Partnership.ended_on <= cutoff,
        )
        with self.db.write() as s:
            result = s.execute(delete(GapNote).where(GapNote.partnership_id.in_(ended)))
            count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            self.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
            self.changes.announce("gap_notes")
        return count
