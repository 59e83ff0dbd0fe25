"""The key hierarchy and the vault header, without any database: pure functions on bytes.

::

    passphrase ----Argon2id----> passphrase key --AES-GCM wraps----------------+
    recovery code --HKDF--> X25519 recovery pair: data key sealed to its public half --+
                                                                               v
                data key (random, 256 bit; a new one at every change of passphrase or code)
                  |-- AES-GCM, fresh nonce per write --> every sealed column
                  |-- AES-GCM wraps --> backup private key (X25519; new at every re-key)
                  '-- AES-GCM wraps --> keyring: the older backup private keys, newest first

Backups are sealed to the backup public key, so they can be made while the vault is locked;
reading one needs the passphrase or the recovery code. The recovery code wraps through its
*public* half: a passphrase change re-keys (a fresh data key, every record re-sealed) and
seals the new data key to the same recovery public key, without knowing the code. So the
printed sheet survives a passphrase change, while the old passphrase, even with an old copy
of the file, opens nothing written after the change (it opens the old data key only, and the
recovery key cannot be derived from any data key). Only "New recovery code" replaces the
sheet. A vault set up before schema 0006 wrapped the data key with a key derived from the
code itself; such a code cannot be carried across a re-key without being typed, so the first
passphrase change of such a vault issues a new code in the same step (the UI shows the new
sheet at once), and the first use of the old code converts it instead.

The header can be exported as bytes (:func:`export_header`) and opened with a passphrase or
a recovery code anywhere (:func:`open_header`): the backup archive carries it, so a backup
restores on a PC with nothing else.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass

from lernpartner_desktop.base.errors import (
    VaultHeaderInvalid,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.vault.crypto import KdfParams

log = logging.getLogger(__name__)

PASSPHRASE_LABEL = b"lernpartner vault v1 passphrase"
RECOVERY_LABEL = b"lernpartner vault v1 recovery"  # before schema 0006: symmetric
RECOVERY_LABEL_V2 = b"lernpartner vault v2 recovery"
BACKUP_KEY_LABEL = b"lernpartner vault v1 backup private key"
KEYRING_LABEL = b"lernpartner vault v2 backup keyring"

#: The current header format: every record binds its owners (crypto.VERSION_OWNED).
FORMAT = 2
EXPORT_KIND = "lernpartner-vault-header"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class Header:
    """The vault row as plain values (storage/models.py: VaultHeader)."""

    kdf: KdfParams
    passphrase_salt: bytes
    passphrase_wrapped: bytes
    recovery_salt: bytes
    recovery_wrapped: bytes
    recovery_public_key: bytes | None  # None: a recovery code from before schema 0006
    backup_public_key: bytes
    backup_private_wrapped: bytes
    backup_keyring: bytes | None
    format: int


@dataclass(frozen=True)
class VaultKeys:
    """What a passphrase or a recovery code opens.

    ``backup_private_keys`` holds the current backup private key first, then the older ones
    (newest first): every backup made since the vault was set up opens with one of them.
    """

    data_key: bytes
    backup_public_key: bytes
    backup_private_keys: tuple[bytes, ...]

    @property
    def backup_private_key(self) -> bytes:
        return self.backup_private_keys[0]

    def backup_private_key_for(self, public_key: bytes) -> bytes | None:
        """The private key whose public half is ``public_key``, or None."""
        for private in self.backup_private_keys:
            if crypto.public_key_of(private) == public_key:
                return private
        return None


# -- opening ---------------------------------------------------------------------------------


def wrong_passphrase() -> WrongPassphrase:
    return WrongPassphrase(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The passphrase is not correct. Check Caps Lock; if it is forgotten, use the "
            "recovery code.",
        ),
        field="passphrase",
    )


def passphrase_key(h: Header, passphrase: str) -> bytes:
    """The slow part (Argon2id with the stored settings, checked against the cap first)."""
    if not passphrase:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("Errors", "Please enter the passphrase."), field="passphrase"
        )
    return crypto.passphrase_key(passphrase, h.passphrase_salt, h.kdf)


def data_key_from_passphrase_key(h: Header, key: bytes) -> bytes:
    data_key = crypto.unwrap(key, h.passphrase_wrapped, PASSPHRASE_LABEL + h.kdf.encode())
    if data_key is None:
        raise wrong_passphrase()
    return data_key


def data_key_from_passphrase(h: Header, passphrase: str) -> bytes:
    return data_key_from_passphrase_key(h, passphrase_key(h, passphrase))


def data_key_from_recovery_code(h: Header, code_bytes: bytes) -> bytes:
    """Raises WrongRecoveryCode for a well-formed code of another vault or an older sheet."""
    if h.recovery_public_key is None:
        data_key = crypto.unwrap(
            crypto.recovery_key(code_bytes, h.recovery_salt), h.recovery_wrapped, RECOVERY_LABEL
        )
    else:
        private, public = crypto.recovery_keypair(code_bytes, h.recovery_salt)
        data_key = (
            crypto.unwrap_from(private, h.recovery_wrapped, RECOVERY_LABEL_V2)
            if public == h.recovery_public_key
            else None
        )
    if data_key is None:
        raise WrongRecoveryCode(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This recovery code is well-formed but belongs to another vault (or an "
                "older recovery sheet that was replaced).",
            ),
            field="recovery_code",
        )
    return data_key


def backup_keys(h: Header, data_key: bytes) -> tuple[bytes | None, tuple[bytes, ...]]:
    """(current backup private key or None when damaged, older keys that still open)."""
    current = crypto.unwrap(data_key, h.backup_private_wrapped, BACKUP_KEY_LABEL)
    older: tuple[bytes, ...] = ()
    if h.backup_keyring is not None:
        ring = crypto.unwrap(data_key, h.backup_keyring, KEYRING_LABEL)
        if ring is None or len(ring) % crypto.KEY_BYTES:
            log.warning("the vault's keyring of older backup keys is damaged")
        else:
            size = crypto.KEY_BYTES
            older = tuple(ring[i : i + size] for i in range(0, len(ring), size))
    if current is None:
        log.warning("the vault's backup private key is damaged")
    return current, older


def _backup_key_damaged() -> VaultHeaderInvalid:
    return VaultHeaderInvalid(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault's backup key is damaged or was changed outside Lernpartner. Backups "
            "sealed to it cannot be opened with this header.",
        )
    )


def open_keys(h: Header, data_key: bytes) -> VaultKeys:
    """The keys of an exported header, checked: the public key must be the private key's."""
    current, older = backup_keys(h, data_key)
    if current is None or crypto.public_key_of(current) != h.backup_public_key:
        raise _backup_key_damaged()
    return VaultKeys(data_key, h.backup_public_key, (current, *older))


# -- making and changing ---------------------------------------------------------------------


def _wrap_passphrase(key: bytes, params: KdfParams, data_key: bytes) -> bytes:
    return crypto.wrap(key, data_key, PASSPHRASE_LABEL + params.encode())


def _new_code() -> tuple[str, bytes, bytes, bytes]:
    """(code as shown, salt, recovery public key) for a fresh recovery code."""
    code, code_bytes = crypto.new_recovery_code()
    salt = crypto.random_salt()
    _private, public = crypto.recovery_keypair(code_bytes, salt)
    return code, code_bytes, salt, public


def new_header(pass_key: bytes, salt: bytes, params: KdfParams) -> tuple[Header, bytes, str]:
    """A new vault: (header, data key, recovery code to show once)."""
    data_key = crypto.random_key()
    code, _code_bytes, recovery_salt, recovery_public = _new_code()
    private, public = crypto.new_backup_keypair()
    header = Header(
        kdf=params,
        passphrase_salt=salt,
        passphrase_wrapped=_wrap_passphrase(pass_key, params, data_key),
        recovery_salt=recovery_salt,
        recovery_wrapped=crypto.wrap_to(recovery_public, data_key, RECOVERY_LABEL_V2),
        recovery_public_key=recovery_public,
        backup_public_key=public,
        backup_private_wrapped=crypto.wrap(data_key, private, BACKUP_KEY_LABEL),
        backup_keyring=None,
        format=FORMAT,
    )
    return header, data_key, code


def rekeyed(
    h: Header,
    old_data_key: bytes,
    *,
    pass_key: bytes,
    salt: bytes,
    params: KdfParams,
    new_code: bool = False,
    known_code: bytes | None = None,
) -> tuple[Header, bytes, str | None]:
    """The header for a fresh data key: (header, data key, new recovery code or None).

    The passphrase wraps the new key (``pass_key`` derived with ``salt`` and ``params``).
    The recovery code: a new one when ``new_code``; the same code when it is known (typed
    for a reset) or its public half is stored; otherwise (a code from before schema 0006,
    not typed) a new one, which the caller must show. The backup key pair is new; the old
    private key joins the keyring, so older backups still open.
    """
    data_key = crypto.random_key()
    code: str | None = None
    if new_code or (known_code is None and h.recovery_public_key is None):
        code, _bytes, recovery_salt, recovery_public = _new_code()
    elif known_code is not None:
        recovery_salt = crypto.random_salt()
        _private, recovery_public = crypto.recovery_keypair(known_code, recovery_salt)
    else:
        assert h.recovery_public_key is not None
        recovery_salt, recovery_public = h.recovery_salt, h.recovery_public_key
    current, older = backup_keys(h, old_data_key)
    ring = tuple(k for k in (current, *older) if k is not None)
    private, public = crypto.new_backup_keypair()
    header = Header(
        kdf=params,
        passphrase_salt=salt,
        passphrase_wrapped=_wrap_passphrase(pass_key, params, data_key),
        recovery_salt=recovery_salt,
        recovery_wrapped=crypto.wrap_to(recovery_public, data_key, RECOVERY_LABEL_V2),
        recovery_public_key=recovery_public,
        backup_public_key=public,
        backup_private_wrapped=crypto.wrap(data_key, private, BACKUP_KEY_LABEL),
        backup_keyring=crypto.wrap(data_key, b"".join(ring), KEYRING_LABEL) if ring else None,
        format=FORMAT,
    )
    return header, data_key, code


# -- export for backups ------------------------------------------------------------------------


def _b64(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(value).decode("ascii")


def export_header(h: Header) -> bytes:
    """The header as UTF-8 JSON: wrapped keys, salts and key settings, no secret in clear."""
    doc = {
        "kind": EXPORT_KIND,
        "version": EXPORT_VERSION,
        "format": h.format,
        "kdf": {
            "memory_kib": h.kdf.memory_kib,
            "iterations": h.kdf.iterations,
            "lanes": h.kdf.lanes,
        },
        "passphrase_salt": _b64(h.passphrase_salt),
        "passphrase_wrapped": _b64(h.passphrase_wrapped),
        "recovery_salt": _b64(h.recovery_salt),
        "recovery_wrapped": _b64(h.recovery_wrapped),
        "recovery_public_key": _b64(h.recovery_public_key),
        "backup_public_key": _b64(h.backup_public_key),
        "backup_private_wrapped": _b64(h.backup_private_wrapped),
        "backup_keyring": _b64(h.backup_keyring),
    }
    return json.dumps(doc, indent=1).encode("utf-8")


def _not_a_header() -> VaultHeaderInvalid:
    return VaultHeaderInvalid(
        QT_TRANSLATE_NOOP(
            "Errors", "The vault header is incomplete or not from this version of Lernpartner."
        )
    )


def parse_header(data: bytes) -> Header:
    """The header of :func:`export_header`; raises VaultHeaderInvalid for anything else."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc["kind"] != EXPORT_KIND or doc["version"] != EXPORT_VERSION:
            raise _not_a_header()

        def raw(name: str, optional: bool = False) -> bytes | None:
            value = doc[name]
            if value is None and optional:
                return None
            return base64.b64decode(value, validate=True)

        kdf = doc["kdf"]
        header = Header(
            kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])),
            passphrase_salt=raw("passphrase_salt") or b"",
            passphrase_wrapped=raw("passphrase_wrapped") or b"",
            recovery_salt=raw("recovery_salt") or b"",
            recovery_wrapped=raw("recovery_wrapped") or b"",
            recovery_public_key=raw("recovery_public_key", optional=True),
            backup_public_key=raw("backup_public_key") or b"",
            backup_private_wrapped=raw("backup_private_wrapped") or b"",
            backup_keyring=raw("backup_keyring", optional=True),
            format=int(doc["format"]),
        )
    except VaultHeaderInvalid:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise _not_a_header() from None
    if header.format not in (1, FORMAT) or len(header.backup_public_key) != crypto.KEY_BYTES:
        raise _not_a_header()
    header.kdf.check()
    return header


def open_header(
    exported: bytes, *, passphrase: str | None = None, recovery_code: str | None = None
) -> VaultKeys:
    """Open an exported header with the passphrase OR the recovery code of its time.

    Needs no database. Returns the data key and every backup private key (current first,
    then older ones). Raises VaultHeaderInvalid (not a header, key settings beyond the cap,
    a backup key that does not match), WrongPassphrase, RecoveryCodeInvalid (a typo, with
    its group) or WrongRecoveryCode. Runs Argon2id for a passphrase: call it on a worker.
    """
    if (passphrase is None) == (recovery_code is None):
        raise ValueError("give either a passphrase or a recovery code")
    h = parse_header(exported)
    if passphrase is not None:
        data_key = data_key_from_passphrase(h, passphrase)
    else:
        assert recovery_code is not None
        data_key = data_key_from_recovery_code(h, crypto.parse_recovery_code(recovery_code))
    return open_keys(h, data_key)
