"""The vault: the owner's passphrase guards every confidential text (see vault/keys.py).

The data key lives only in this object's memory while the vault is unlocked. Locking drops it
and announces the area "vault", so that every page shows its placeholders again. Services
seal with :meth:`Vault.seal_into` (raises :class:`VaultLocked`) and show with
:meth:`Vault.reveal` (gives a :class:`Secret` that says "locked" instead of raising, so lists
work while locked). Which columns are sealed, and which owning ids each record is bound to,
the models say (vault/registry.py).

Changing the passphrase, resetting it with the recovery code and making a new recovery code
all *re-key*: a fresh data key, every sealed record re-sealed and the header rewritten in one
transaction, then VACUUM and a WAL checkpoint, so that an old passphrase or code (even with
an old copy of the file) opens nothing written afterwards. They derive keys with Argon2id
and may take a second or two: call them on the database worker.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    ValidationError,
    VaultError,
    VaultHeaderInvalid,
    VaultLocked,
    VaultNotSetUp,
    WrongPassphrase,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.storage.models import Base, VaultHeader, utcnow
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault import crypto, keys
from lernpartner_desktop.vault.copies import remove_plain_copies
from lernpartner_desktop.vault.crypto import FieldCipher, KdfParams
from lernpartner_desktop.vault.keys import Header
from lernpartner_desktop.vault.registry import field_names, sealed_column
from lernpartner_desktop.vault.rekey import Progress, reseal, seal_plain_text
from lernpartner_desktop.vault.secret import EMPTY, LOCKED, Secret

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from lernpartner_desktop.base.changes import ChangeHub
    from lernpartner_desktop.storage.database import Database

log = logging.getLogger(__name__)

VaultState = Literal["absent", "locked", "unlocked"]


@dataclass(frozen=True)
class PassphraseHint:
    """A strength hint, not a wall: 0 weak, 1 fair, 2 good, 3 strong."""

    score: int
    text: str


def passphrase_hint(passphrase: str) -> PassphraseHint:
    """Rough strength by length and variety; a long sentence beats clever symbols."""
    length = len(passphrase)
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if length >= 20 or (length >= 14 and (kinds >= 3 or words >= 3)):
        score = 3
    elif length >= 12 or (length >= 10 and kinds >= 3):
        score = 2
    elif length >= 8:
        score = 1
    else:
        score = 0
    texts = (
        QT_TRANSLATE_NOOP("Vault", "Weak: easy to guess. A short sentence is stronger."),
        QT_TRANSLATE_NOOP("Vault", "Fair: longer would be better."),
        QT_TRANSLATE_NOOP("Vault", "Good."),
        QT_TRANSLATE_NOOP("Vault", "Strong."),
    )
    return PassphraseHint(score, texts[score])


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please enter a passphrase; it cannot be empty."),
            field="passphrase",
        )


def _header_of(row: VaultHeader) -> Header:
    return Header(
        kdf=KdfParams(row.kdf_memory_kib, row.kdf_iterations, row.kdf_lanes),
        passphrase_salt=row.passphrase_salt,
        passphrase_wrapped=row.passphrase_wrapped,
        recovery_salt=row.recovery_salt,
        recovery_wrapped=row.recovery_wrapped,
        recovery_public_key=row.recovery_public_key,
        backup_public_key=row.backup_public_key,
        backup_private_wrapped=row.backup_private_wrapped,
        backup_keyring=row.backup_keyring,
        format=row.format,
    )


def _store(row: VaultHeader, h: Header) -> None:
    row.kdf_memory_kib = h.kdf.memory_kib
    row.kdf_iterations = h.kdf.iterations
    row.kdf_lanes = h.kdf.lanes
    row.passphrase_salt = h.passphrase_salt
    row.passphrase_wrapped = h.passphrase_wrapped
    row.recovery_salt = h.recovery_salt
    row.recovery_wrapped = h.recovery_wrapped
    row.recovery_public_key = h.recovery_public_key
    row.backup_public_key = h.backup_public_key
    row.backup_private_wrapped = h.backup_private_wrapped
    row.backup_keyring = h.backup_keyring
    row.format = h.format


def _table_of(row: Base) -> str:
    return str(type(row).__tablename__)


class Vault(Service):
    """The key state of the open workspace. Thread-safe: the GUI locks, the worker seals."""

    def __init__(self, db: Database, changes: ChangeHub, kdf: KdfParams | None = None) -> None:
        super().__init__(db, changes)
        #: parameters for a new or changed passphrase (tests choose cheap ones)
        self.kdf = kdf or crypto.DEFAULT_KDF
        self._guard = threading.RLock()
        self._cipher: FieldCipher | None = None
        self._data_key: bytes | None = None
        self._exists: bool | None = None
        #: the backup public key as checked against its private key (set once unlocked)
        self._checked_public: bytes | None = None
        #: copies with plain text that could not be read or wiped at set-up: (path, reason)
        self.wipe_failures: tuple[tuple[Path, str], ...] = ()
        #: the last unlock found the stored backup key pair changed and put it right
        self.backup_key_repaired = False

    # -- state ----------------------------------------------------------------------------
    @property
    def state(self) -> VaultState:
        if self._cipher is not None:
            return "unlocked"
        return "locked" if self.exists() else "absent"

    @property
    def unlocked(self) -> bool:
        return self._cipher is not None

    def exists(self) -> bool:
        if self._exists is None:
            with self.db.read() as s:
                self._exists = s.get(VaultHeader, 1) is not None
        return self._exists

    def _row(self, s: Session) -> VaultHeader:
        row = s.get(VaultHeader, 1)
        if row is None:
            raise self._not_set_up()
        return row

    def _header(self) -> Header:
        with self.db.read() as s:
            return _header_of(self._row(s))

    @staticmethod
    def _not_set_up() -> VaultNotSetUp:
        return VaultNotSetUp(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Confidential notes need a passphrase first. Set one up to write this note.",
            )
        )

    def _open(self, data_key: bytes) -> None:
        with self._guard:
            self._data_key = data_key
            self._cipher = FieldCipher(data_key, field_names())

    # -- setting up, unlocking, locking ---------------------------------------------------
    def set_up(self, passphrase: str) -> str:
        """Create the vault; returns the recovery code (shown once, never stored).

        Text from before the vault (version 0) is sealed in the same transaction that
        creates the vault row; afterwards such text is damage. Then the copies of the file
        that may still hold it in clear are wiped (failures in :attr:`wipe_failures`).
        """
        _check_new_passphrase(passphrase)
        if self.exists():
            raise VaultError(QT_TRANSLATE_NOOP("Errors", "The vault already has a passphrase."))
        salt, params = crypto.random_salt(), self.kdf
        header, data_key, code = keys.new_header(
            crypto.passphrase_key(passphrase, salt, params), salt, params
        )
        cipher = FieldCipher(data_key, field_names())
        with self.db.write() as s:
            if s.get(VaultHeader, 1) is not None:
                raise VaultError(QT_TRANSLATE_NOOP("Errors", "The vault already has a passphrase."))
            row = VaultHeader(id=1)
            _store(row, header)
            s.add(row)
            s.flush()
            sealed = seal_plain_text(s, cipher)
        self._exists = True
        self._open(data_key)
        self._checked_public = header.backup_public_key
        if sealed:
            self._scrub()
        self.wipe_failures = remove_plain_copies(self.db.path)
        for path, reason in self.wipe_failures:
            log.warning("copy with plain text not wiped: %s (%s)", path, reason)
        self.changes.announce("vault")
        return code

    def _scrub(self) -> None:
        """Overwrite freed pages (secure_delete is on) and fold the WAL back into the file."""
        self.db.maintain("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")

    def unlock(self, passphrase: str) -> None:
        """Derives the key (Argon2id, about a second): call it on the worker."""
        header = self._header()
        data_key = keys.data_key_from_passphrase(header, passphrase)
        self._opened(header, data_key)
        self.changes.announce("vault")

    def _opened(self, header: Header, data_key: bytes) -> Header:
        """The key is known: finish what the schema upgrade could not, check the backup key
        pair, and hold the key. Returns the header as it is now."""
        with self._guard:
            if header.format < keys.FORMAT:
                header = self._convert(data_key)
            header = self._check_backup_key(header, data_key)
            self._open(data_key)
        return header

    def _convert(self, data_key: bytes) -> Header:
        """Schema 0006: re-seal format-1 records as format 2 (bound to their owners), in one
        transaction with the header's new format; afterwards a format-1 record is damage."""
        cipher = FieldCipher(data_key, field_names())
        with self.db.write() as s:
            row = self._row(s)
            row.format = keys.FORMAT
            s.flush()  # the write lock first, then the records
            result = reseal(s, cipher, cipher, accept_format_1=True)
            header = _header_of(row)
        if result.damaged:
            log.warning("%d damaged records left as they were", result.damaged)
        return header

    def _check_backup_key(self, header: Header, data_key: bytes) -> Header:
        """The stored public key must be the private key's; put a swapped one right."""
        current, _older = keys.backup_keys(header, data_key)
        if current is not None and crypto.public_key_of(current) == header.backup_public_key:
            self._checked_public = header.backup_public_key
            return header
        # Swapped (future backups would go to someone else's key) or the private key damaged
        # (they could not be opened): the data key we hold decides which key is genuine.
        if current is None:
            current, public = crypto.new_backup_keypair()
        else:
            public = crypto.public_key_of(current)
        log.warning("the vault's backup key pair was changed outside Lernpartner; put right")
        with self.db.write() as s:
            row = self._row(s)
            row.backup_public_key = public
            row.backup_private_wrapped = crypto.wrap(data_key, current, keys.BACKUP_KEY_LABEL)
            header = _header_of(row)
        self._checked_public = public
        self.backup_key_repaired = True
        return header

    def lock(self) -> None:
        with self._guard:
            was_open = self._cipher is not None
            self._cipher = None
            self._data_key = None
        if was_open:
            self.changes.announce("vault")

    # -- changing passphrase and code: re-key ---------------------------------------------
    def change_passphrase(
        self, current: str, new: str, progress: Progress | None = None
    ) -> str | None:
        """Re-key under a new passphrase. The recovery code stays valid (its public half
        seals the new key); returns a new recovery code only for a vault whose code dates
        from before schema 0006 and so cannot be carried over (show it at once)."""
        _check_new_passphrase(new)
        if not current:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("Errors", "Please enter the current passphrase."),
                field="current",
            )
        header = self._header()
        try:
            data_key = keys.data_key_from_passphrase(header, current)
        except WrongPassphrase:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The current passphrase is not correct, so nothing was changed. Check "
                    "Caps Lock; if it is forgotten, use the recovery code instead.",
                ),
                field="current",
            ) from None
        header = self._opened(header, data_key)
        salt, params = crypto.random_salt(), self.kdf
        pass_key = crypto.passphrase_key(new, salt, params)
        return self._rekey(header, data_key, pass_key, salt, params, progress=progress)

    def reset_with_recovery_code(
        self, code: str, new_passphrase: str, progress: Progress | None = None
    ) -> None:
        """A forgotten passphrase: the recovery code opens the vault and sets a new one.

        Re-keys like a passphrase change; the same recovery code keeps working.
        """
        code_bytes = crypto.parse_recovery_code(code)
        _check_new_passphrase(new_passphrase)
        header = self._header()
        data_key = keys.data_key_from_recovery_code(header, code_bytes)
        header = self._opened(header, data_key)
        salt, params = crypto.random_salt(), self.kdf
        pass_key = crypto.passphrase_key(new_passphrase, salt, params)
        self._rekey(
            header, data_key, pass_key, salt, params, known_code=code_bytes, progress=progress
        )

    def new_recovery_code(self, passphrase: str, progress: Progress | None = None) -> str:
        """Replace the recovery code (the old sheet stops working). Asks for the passphrase:
        an unlocked PC alone must not be enough to invalidate the owner's sheet."""
        header = self._header()
        pass_key = keys.passphrase_key(header, passphrase)
        data_key = keys.data_key_from_passphrase_key(header, pass_key)
        header = self._opened(header, data_key)
        code = self._rekey(
            header,
            data_key,
            pass_key,
            header.passphrase_salt,
            header.kdf,
            new_code=True,
            progress=progress,
        )
        assert code is not None
        return code

    def _rekey(
        self,
        header: Header,
        data_key: bytes,
        pass_key: bytes,
        salt: bytes,
        params: KdfParams,
        *,
        new_code: bool = False,
        known_code: bytes | None = None,
        progress: Progress | None = None,
    ) -> str | None:
        """A fresh data key; header and every record change in one transaction."""
        new_header, new_key, code = keys.rekeyed(
            header,
            data_key,
            pass_key=pass_key,
            salt=salt,
            params=params,
            new_code=new_code,
            known_code=known_code,
        )
        names = field_names()
        old_cipher, new_cipher = FieldCipher(data_key, names), FieldCipher(new_key, names)
        with self._guard:  # nothing is sealed with the old key meanwhile
            with self.db.write() as s:
                row = self._row(s)
                _store(row, new_header)
                now = utcnow()
                row.passphrase_changed_at = now
                if code is not None:  # a new code; a typed one stays the same code
                    row.recovery_changed_at = now
                s.flush()  # the write lock first, then the records
                result = reseal(s, old_cipher, new_cipher, progress=progress)
            self._open(new_key)
            self._checked_public = new_header.backup_public_key
        if result.damaged:
            log.warning("re-key: %d damaged records left as they were", result.damaged)
        # Old ciphertext must not linger in free pages or the WAL.
        self._scrub()
        self.changes.announce("vault")
        return code

    # -- backups (sealed to the public key; readable only with the vault open) ------------
    def backup_public_key(self) -> bytes:
        """The key backups are sealed to; works while locked.

        Once the vault has been unlocked in this session, this is the key checked against
        its private key (a swapped one was put right then, and a later swap in the file is
        ignored). Before the first unlock nothing secret is at hand to check it with: the
        stored key is returned, and the next unlock checks it.
        """
        if self._checked_public is not None:
            return self._checked_public
        with self.db.read() as s:
            public = self._row(s).backup_public_key
        if len(public) != crypto.KEY_BYTES:
            raise VaultHeaderInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault's backup key is damaged. Unlock the vault once to put it right.",
                )
            )
        return public

    def backup_private_keys(self) -> tuple[bytes, ...]:
        """Every backup private key, current first, then older ones (newest first)."""
        data_key = self._require_key()
        current, older = keys.backup_keys(self._header(), data_key)
        if current is None:
            raise RecordDamaged(QT_TRANSLATE_NOOP("Errors", "The vault's backup key is damaged."))
        return (current, *older)

    def backup_private_key(self) -> bytes:
        return self.backup_private_keys()[0]

    def export_header(self) -> bytes:
        """The header for a backup archive (vault/keys.py: open_header). Works while locked."""
        return keys.export_header(self._header())

    # -- fields ---------------------------------------------------------------------------
    def _require_key(self) -> bytes:
        with self._guard:
            if self._data_key is None:
                raise self._locked_error()
            return self._data_key

    def _locked_error(self) -> VaultLocked:
        if not self.exists():
            return self._not_set_up()
        return VaultLocked(
            QT_TRANSLATE_NOOP(
                "Errors", "The vault is locked. Unlock it with your passphrase to continue."
            )
        )

    def require_unlocked(self) -> None:
        """Raise VaultLocked (or VaultNotSetUp) unless confidential text can be written now."""
        self._require_cipher()

    def _require_cipher(self) -> FieldCipher:
        with self._guard:
            if self._cipher is None:
                raise self._locked_error()
            return self._cipher

    def seal(self, row: Base, column: str, plain: str) -> bytes:
        """The record for ``plain`` in ``row.column`` (even an empty text). The row needs its
        id and owning columns first: the seal is bound to them."""
        col = sealed_column(_table_of(row), column)
        return self._require_cipher().seal(plain, col.address_of(row))

    def seal_into(self, row: Base, column: str, plain: str | None) -> None:
        """Seal ``plain`` into ``row.column``; None or "" stores None (no text at all)."""
        setattr(row, column, self.seal(row, column, plain) if plain else None)

    def _legacy(self, record: bytes) -> str:
        """Version 0: plain text from before the vault, genuine only while none exists."""
        if self.exists():
            raise crypto.damaged()
        return crypto.open_legacy(record)

    def open(self, row: Base, column: str) -> str:
        """The plaintext of ``row.column``; raises VaultLocked or a RecordDamaged of its kind."""
        record: bytes | None = getattr(row, column)
        if record is None:
            return ""
        if record[:1] == bytes([crypto.VERSION_LEGACY_PLAIN]):
            return self._legacy(record)
        col = sealed_column(_table_of(row), column)
        return self._require_cipher().open(record, col.address_of(row))

    def reveal(self, row: Base, column: str) -> Secret:
        """For views: never raises for a locked vault or one damaged record."""
        record: bytes | None = getattr(row, column)
        if record is None:
            return EMPTY
        try:
            if record[:1] == bytes([crypto.VERSION_LEGACY_PLAIN]):
                return Secret(self._legacy(record))
            cipher = self._cipher
            if cipher is None:
                return LOCKED
            col = sealed_column(_table_of(row), column)
            return Secret(cipher.open(record, col.address_of(row)))
        except RecordDamaged as exc:
            return Secret(None, "damaged", exc.message())
