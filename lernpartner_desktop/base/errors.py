"""Typed exceptions of the core. Each carries a message a person understands.

The text is kept untranslated (``text``) with its parameters, so that the UI can show it in
the user's language; ``str(error)`` gives the translated, formatted message.
"""

from __future__ import annotations

from typing import Any

from lernpartner_desktop.base.i18n import Context, translate

CONTEXT = "Errors"
#: For a message with a count: ``Errors.QT_TR_NOOP("... %n clash(es) ...", "", n)``.
Errors = Context(CONTEXT)


class LernpartnerError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, text: str, *, field: str | None = None, **params: Any) -> None:
        self.text = text
        self.params = params
        self.field = field
        super().__init__(text)

    def message(self) -> str:
        return translate(CONTEXT, self.text).format(**self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(LernpartnerError):
    """Input breaks a domain rule; nothing was changed. ``field`` names the offending input."""


class NotFound(LernpartnerError):
    """A record that was asked for does not exist (any more)."""


class Cancelled(LernpartnerError):
    """The person cancelled a long task; nothing was written."""


class FileNotWritten(LernpartnerError):
    """A document or export could not be written to the chosen place (nothing half-written)."""


class StoreError(LernpartnerError):
    """The data folder or database cannot be used."""


class DataDirNotWritable(StoreError):
    pass


class NotALernpartnerDatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class AlreadyRunning(StoreError):
    """Another Lernpartner process holds the data folder."""


class FileInUse(StoreError):
    """Windows: another program holds the file open, so it cannot be replaced."""


class NoDataHere(StoreError):
    """A command that reads data met a folder without a Lernpartner database."""


class DataFolderNotEmpty(StoreError):
    pass


class MeetingConflict(ValidationError):
    """Someone would be in two meetings at once. ``conflicts`` lists each clash; the UI may
    ask whether to book anyway and call again with ``allow_conflicts=True``."""

    def __init__(self, text: str, conflicts: list[Any], **params: Any) -> None:
        super().__init__(text, field="starts_at", **params)
        self.conflicts = conflicts


# -- the vault ------------------------------------------------------------------------------


class VaultError(LernpartnerError):
    """Something about the vault of confidential notes."""


class VaultLocked(VaultError):
    """Plaintext was asked for while the vault is locked; the UI asks for the passphrase."""


class VaultNotSetUp(VaultLocked):
    """A confidential field is used for the first time; the UI asks for a new passphrase."""


class WrongPassphrase(VaultError):
    pass


class RecoveryCodeInvalid(ValidationError, VaultError):
    """A typo in a recovery code (``group`` names the group where it can be told)."""


class WrongRecoveryCode(VaultError):
    """A well-formed recovery code that does not belong to this vault."""


class VaultHeaderInvalid(VaultError):
    """The stored key settings are out of range: not written by Lernpartner."""


class RecordDamaged(VaultError):
    """One confidential record cannot be opened (changed, damaged); the others still can."""


class RecordMoved(RecordDamaged):
    """An intact record found in a row it does not belong to."""


class RecordTruncated(RecordDamaged):
    pass


class RecordTooNew(RecordDamaged):
    pass


# -- backups --------------------------------------------------------------------------------


class BackupError(LernpartnerError):
    """Something about a backup file or making one; nothing of the open data was changed."""


class NotABackup(BackupError):
    """The file is not a Lernpartner backup (or it is empty)."""


class BackupUnreadable(BackupError):
    """The backup file cannot be found or read (a stick pulled out, no permission)."""


class BackupTooNew(BackupError):
    """Written by a newer Lernpartner: a newer archive format or a newer database schema."""


class BackupHeaderChanged(BackupError):
    """The backup's header was edited or damaged after it was written."""


class BackupTruncated(BackupError):
    """The file is shorter than its header says: the copy was cut short."""


class BackupDamaged(BackupError):
    """A part of the encrypted content was changed or damaged (a flipped bit, extra data)."""


class BackupReordered(BackupError):
    """The encrypted parts are all intact but not in the order they were written."""


class BackupWrongSecret(BackupError):
    """Neither the typed passphrase nor the recovery code opens this backup."""


class BackupOfAnotherDatabase(BackupWrongSecret):
    """The secret opens this database's vault, but the backup was made from another one."""


class BackupNeedsVault(BackupError):
    """Backups are always encrypted: the vault must be set up (a passphrase) first."""


class BackupFailed(BackupError):
    """Writing or checking a backup failed; no file with the final name was left behind."""


class BackupTargetFull(BackupFailed):
    pass


class BackupTargetNotWritable(BackupFailed):
    pass


class BackupTargetGone(BackupFailed):
    """The target folder or drive disappeared while writing or checking (a stick pulled out)."""


class BackupFileTooLarge(BackupFailed):
    """The target's file system cannot hold a file of this size (FAT32: 4 GB)."""


class DatabaseDamaged(BackupFailed):
    """The database (or the copy taken for the backup) fails SQLite's integrity check."""


class RestoreFailed(BackupError):
    """The restored file could not be opened; the previous database was put back."""
