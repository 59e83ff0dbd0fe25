"""The vault: the owner's passphrase guards every confidential text (see vault/crypto.py).

The data key lives only in this object's memory while the vault is unlocked. Locking drops it
and announces the area "vault", so that every page shows its placeholders again. Services
seal with :meth:`Vault.seal` (raises :class:`VaultLocked`) and show with :meth:`Vault.reveal`
(gives a :class:`Secret` that says "locked" instead of raising, so lists work while locked).
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select, text, update

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    ValidationError,
    VaultError,
    VaultLocked,
    VaultNotSetUp,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.storage.models import (
    Base,
    CheckIn,
    JournalEntry,
    Partnership,
    VaultHeader,
    utcnow,
)
from lernpartner_desktop.storage.service import Service
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.vault.crypto import FieldCipher, KdfParams
from lernpartner_desktop.vault.secret import EMPTY, LOCKED, Secret

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lernpartner_desktop.base.changes import ChangeHub
    from lernpartner_desktop.storage.database import Database

VaultState = Literal["absent", "locked", "unlocked"]

PASSPHRASE_LABEL = b"lernpartner vault v1 passphrase"
RECOVERY_LABEL = b"lernpartner vault v1 recovery"
BACKUP_KEY_LABEL = b"lernpartner vault v1 backup private key"

# Columns that held plain text before schema 0003 (sealed at set-up).
LEGACY_COLUMNS = (
    (JournalEntry, "journal_entry", "body"),
    (CheckIn, "check_in", "comment"),
    (Partnership, "partnership", "dissolve_reason"),
)


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

    def _header(self, s: Session) -> VaultHeader:
        header = s.get(VaultHeader, 1)
        if header is None:
            raise self._not_set_up()
        return header

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
            self._cipher = FieldCipher(data_key)

    # -- setting up, unlocking, locking ---------------------------------------------------
    def set_up(self, passphrase: str) -> str:
        """Create the vault; returns the recovery code (shown once, never stored)."""
        _check_new_passphrase(passphrase)
        if self.exists():
            raise VaultError(QT_TRANSLATE_NOOP("Errors", "The vault already has a passphrase."))
        data_key = crypto.random_key()
        code, code_bytes = crypto.new_recovery_code()
        private, public = crypto.new_backup_keypair()
        salt, recovery_salt = crypto.random_salt(), crypto.random_salt()
        params = self.kdf
        pass_key = crypto.passphrase_key(passphrase, salt, params)
        header = VaultHeader(
            id=1,
            kdf_memory_kib=params.memory_kib,
            kdf_iterations=params.iterations,
            kdf_lanes=params.lanes,
            passphrase_salt=salt,
            passphrase_wrapped=crypto.wrap(pass_key, data_key, PASSPHRASE_LABEL + params.encode()),
            recovery_salt=recovery_salt,
            recovery_wrapped=crypto.wrap(
                crypto.recovery_key(code_bytes, recovery_salt), data_key, RECOVERY_LABEL
            ),
            backup_public_key=public,
            backup_private_wrapped=crypto.wrap(data_key, private, BACKUP_KEY_LABEL),
        )
        cipher = FieldCipher(data_key)
        with self.db.write() as s:
            s.add(header)
            sealed = self._seal_legacy(s, cipher)
        self._exists = True
        self._open(data_key)
        if sealed:
            self._scrub()
            self._remove_plain_copies()
        self.changes.announce("vault")
        return code

    def _seal_legacy(self, s: Session, cipher: FieldCipher) -> int:
        """Seal text written before the vault existed (version byte 0)."""
        count = 0
        for model, table, column in LEGACY_COLUMNS:
            col = getattr(model, column)
            rows = s.execute(
                select(model.id, col).where(
                    col.is_not(None), text(f"substr({column}, 1, 1) = X'00'")
                )
            ).all()
            for row_id, record in rows:
                plain = cipher.open(record, table, column, row_id)
                s.execute(
                    update(model)
                    .where(model.id == row_id)
                    .values({column: cipher.seal(plain, table, column, row_id)})
                )
                count += 1
        return count

    def _scrub(self) -> None:
        """Overwrite freed pages (secure_delete is on) and fold the WAL back into the file."""
        self.db.maintain("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")

    def _remove_plain_copies(self) -> None:
        """Copies made before upgrading from schema 0002 or older still hold the plain text.

        They were safety copies for the upgrade, which has long succeeded once a passphrase is
        set; overwrite them with zeros and delete them. Copies of schema 0003 or newer hold
        sealed text only and stay.
        """
        from lernpartner_desktop.storage.sqlitefile import inspect_file

        for copy in self.db.path.parent.glob(f"{self.db.path.name}.before-*.bak"):
            with contextlib.suppress(Exception):
                revision = inspect_file(copy).revision
                if revision is None or revision >= "0003":
                    continue
                size = copy.stat().st_size
                with copy.open("r+b") as f:
                    f.write(b"\0" * size)
                    f.flush()
                    os.fsync(f.fileno())
                copy.unlink()

    def unlock(self, passphrase: str) -> None:
        if not passphrase:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("Errors", "Please enter the passphrase."), field="passphrase"
            )
        with self.db.read() as s:
            header = self._header(s)
            params = KdfParams(header.kdf_memory_kib, header.kdf_iterations, header.kdf_lanes)
            salt, wrapped = header.passphrase_salt, header.passphrase_wrapped
        key = crypto.passphrase_key(passphrase, salt, params)
        data_key = crypto.unwrap(key, wrapped, PASSPHRASE_LABEL + params.encode())
        if data_key is None:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The passphrase is not correct. Check Caps Lock; if it is forgotten, use the "
                    "recovery code.",
                ),
                field="passphrase",
            )
        self._open(data_key)
        self.changes.announce("vault")

    def lock(self) -> None:
        with self._guard:
            was_open = self._cipher is not None
            self._cipher = None
            self._data_key = None
        if was_open:
            self.changes.announce("vault")

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wraps the data key only; every note stays as it is."""
        _check_new_passphrase(new)
        self.unlock(current)
        self._rewrap_passphrase(new)

    def reset_with_recovery_code(self, code: str, new_passphrase: str) -> None:
        """A forgotten passphrase: the recovery code opens the vault and sets a new one."""
        code_bytes = crypto.parse_recovery_code(code)
        _check_new_passphrase(new_passphrase)
        with self.db.read() as s:
            header = self._header(s)
            salt, wrapped = header.recovery_salt, header.recovery_wrapped
        data_key = crypto.unwrap(crypto.recovery_key(code_bytes, salt), wrapped, RECOVERY_LABEL)
        if data_key is None:
            raise WrongRecoveryCode(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This recovery code is well-formed but belongs to another vault (or an "
                    "older recovery sheet that was replaced).",
                ),
                field="recovery_code",
            )
        self._open(data_key)
        self._rewrap_passphrase(new_passphrase)
        self.changes.announce("vault")

    def _rewrap_passphrase(self, passphrase: str) -> None:
        data_key = self._require_key()
        salt = crypto.random_salt()
        params = self.kdf
        wrapped = crypto.wrap(
            crypto.passphrase_key(passphrase, salt, params),
            data_key,
            PASSPHRASE_LABEL + params.encode(),
        )
        with self.db.write() as s:
            header = self._header(s)
            header.kdf_memory_kib = params.memory_kib
            header.kdf_iterations = params.iterations
            header.kdf_lanes = params.lanes
            header.passphrase_salt = salt
            header.passphrase_wrapped = wrapped
            header.passphrase_changed_at = utcnow()

    def new_recovery_code(self) -> str:
        """Replace the recovery code (the old sheet stops working). Needs the vault open."""
        data_key = self._require_key()
        code, code_bytes = crypto.new_recovery_code()
        salt = crypto.random_salt()
        with self.db.write() as s:
            header = self._header(s)
            header.recovery_salt = salt
            header.recovery_wrapped = crypto.wrap(
                crypto.recovery_key(code_bytes, salt), data_key, RECOVERY_LABEL
            )
            header.recovery_changed_at = utcnow()
        return code

    # -- backups (sealed to the public key; readable only with the vault open) ------------
    def backup_public_key(self) -> bytes:
        """Works while locked: automatic backups seal to this key."""
        with self.db.read() as s:
            return self._header(s).backup_public_key

    def backup_private_key(self) -> bytes:
        data_key = self._require_key()
        with self.db.read() as s:
            wrapped = self._header(s).backup_private_wrapped
        private = crypto.unwrap(data_key, wrapped, BACKUP_KEY_LABEL)
        if private is None:
            raise RecordDamaged(QT_TRANSLATE_NOOP("Errors", "The vault's backup key is damaged."))
        return private

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

    def seal(self, plain: str, table: str, column: str, row_id: int) -> bytes:
        return self._require_cipher().seal(plain, table, column, row_id)

    def seal_into(self, row: Base, column: str, plain: str | None) -> None:
        """Seal ``plain`` into ``row.column`` (None stays None). The row needs its id first:
        the seal is bound to table, column and id."""
        table = str(type(row).__tablename__)
        row_id = row.id  # type: ignore[attr-defined]
        value = self.seal(plain, table, column, row_id) if plain else None
        setattr(row, column, value)

    def open(self, record: bytes, table: str, column: str, row_id: int) -> str:
        """The plaintext; raises VaultLocked or a RecordDamaged error of its own kind."""
        if record[:1] == bytes([crypto.VERSION_LEGACY_PLAIN]):
            return record[1:].decode("utf-8")
        return self._require_cipher().open(record, table, column, row_id)

    def reveal(self, record: bytes | None, table: str, column: str, row_id: int) -> Secret:
        """For views: never raises for a locked vault or one damaged record."""
        if record is None:
            return EMPTY
        cipher = self._cipher
        if cipher is None and record[:1] != bytes([crypto.VERSION_LEGACY_PLAIN]):
            return LOCKED
        try:
            if cipher is None:
                return Secret(record[1:].decode("utf-8"))
            return Secret(cipher.open(record, table, column, row_id))
        except RecordDamaged as exc:
            return Secret(None, "damaged", exc.message())
