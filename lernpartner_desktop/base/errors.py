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
