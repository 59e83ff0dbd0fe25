"""The cryptography of the vault, without any storage: pure functions on bytes.

Everything comes from the ``cryptography`` package (Argon2id, AES-256-GCM, HKDF, X25519);
nothing here is a home-made cipher. The key hierarchy is described in vault/keys.py.

A field record is ``version | field code | row id (8 bytes) | nonce (12) | ciphertext + tag``.
The first ten bytes are the record's address; they are authenticated as associated data
together with the column's name and (format 2) the values of the row's owning columns
(person, partnership, author, kind), so a record copied into another row, column or owner
fails to open. Where a record is intact at the address it names, we say it was moved rather
than damaged.
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    RecordMoved,
    RecordTooNew,
    RecordTruncated,
    RecoveryCodeInvalid,
    VaultHeaderInvalid,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16

#: Record versions. 0: text written before the vault existed (schema 0002), sealed when the
#: vault is set up and damage once it exists; 1: AES-256-GCM bound to table, column and row
#: (schema 0003 to 0005), re-sealed as 2 at the first unlock after the upgrade and damage
#: afterwards; 2: AES-256-GCM also bound to the owning ids (schema 0006 on).
VERSION_LEGACY_PLAIN = 0
VERSION_AESGCM = 1
VERSION_OWNED = 2
HEADER = struct.Struct(">BBQ")  # version, field code, row id
MIN_RECORD = HEADER.size + NONCE_BYTES + TAG_BYTES


@dataclass(frozen=True)
class Address:
    """Where a record belongs: its column (code and "table.column"), its row and owners.

    ``owners`` are (column, value) pairs in the registry's order (vault/registry.py).
    """

    code: int
    name: str
    row_id: int
    owners: tuple[tuple[str, object], ...] = ()


# -- key derivation -------------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside the wrapped key. ``memory_kib`` in KiB."""

    memory_kib: int
    iterations: int
    lanes: int

    # Below 19 MiB Argon2id is weaker than OWASP's floor; above 1 GiB an office PC may not
    # cope. A stored header outside this range was not written by us.
    MIN_MEMORY_KIB = 19 * 1024
    MAX_MEMORY_KIB = 1024 * 1024

    @property
    def cost(self) -> int:
        """Memory x passes in KiB: what the time of one attempt grows with."""
        return self.memory_kib * self.iterations

    def check(self) -> None:
        if not self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB:
            raise VaultHeaderInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault's key settings ask for {memory} MiB of memory; Lernpartner only "
                    "accepts 19 to 1024 MiB. The database may have been changed outside "
                    "Lernpartner. Restore a backup, or unlock with a copy you trust.",
                ),
                memory=self.memory_kib // 1024,
            )
        if not 1 <= self.iterations <= 64 or not 1 <= self.lanes <= 64:
            raise VaultHeaderInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault's key settings (passes: {iterations}, lanes: {lanes}) are out of "
                    "range. The database may have been changed outside Lernpartner.",
                ),
                iterations=self.iterations,
                lanes=self.lanes,
            )
        # Each value in range can still multiply to minutes per attempt (1 GiB x 64 passes
        # took 85 s): never more than four times what Lernpartner ships.
        if self.cost > MAX_COST_FACTOR * SHIPPED_KDF.cost:
            raise VaultHeaderInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault's key settings (memory: {memory} MiB, passes: {iterations}) "
                    "would make every unlock take minutes; Lernpartner never writes more than "
                    "four times its usual setting, so they were changed outside Lernpartner. "
                    "Restore a "
                    "backup, or unlock with a copy you trust. Nothing was changed.",
                ),
                memory=self.memory_kib // 1024,
                iterations=self.iterations,
            )

    def encode(self) -> bytes:
        return struct.pack(">III", self.memory_kib, self.iterations, self.lanes)


#: Chosen for 0.3 to 1 s on an office PC: 256 MiB, 3 passes, 4 lanes took 0.7 s on the 2-core
#: build machine (benchmarks/bench_vault.py). OWASP's minimum is 19 MiB with 2 passes.
SHIPPED_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
#: The cap on a stored setting, as a multiple of the shipped memory x passes (about 3 s).
MAX_COST_FACTOR = 4
#: What a new or changed passphrase gets (tests and the quick benchmarks choose cheaper ones;
#: the cap above stays tied to SHIPPED_KDF).
DEFAULT_KDF = SHIPPED_KDF


def passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params.check()
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def recovery_key(code_bytes: bytes, salt: bytes) -> bytes:
    """The recovery code carries 160 random bits: HKDF suffices, no slow KDF needed."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"lernpartner recovery v1"
    ).derive(code_bytes)


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


# -- wrapping keys --------------------------------------------------------------------------


def wrap(key: bytes, secret: bytes, label: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, secret, label)


def unwrap(key: bytes, wrapped: bytes, label: bytes) -> bytes | None:
    """The secret, or None when the key is wrong (or the wrapped bytes were changed)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(wrapped) < NONCE_BYTES + TAG_BYTES:
        return None
    try:
        return AESGCM(key).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], label)
    except InvalidTag:
        return None


# -- field records --------------------------------------------------------------------------


def _associated(
    header: bytes, version: int, name: str, owners: tuple[tuple[str, object], ...]
) -> bytes:
    if version == VERSION_AESGCM:
        return header + b"|" + name.encode("ascii")
    return header + b"|" + name.encode("ascii") + b"|" + _bound(owners)


@functools.lru_cache(maxsize=4096)
def _bound(owners: tuple[tuple[str, object], ...]) -> bytes:
    """The owners as JSON of [column, value] pairs (one spelling for ints, strings, None);
    cached, since many records share their owners (a re-key meets each owner many times)."""
    return json.dumps([list(pair) for pair in owners], separators=(",", ":")).encode("utf-8")


def _decode(plain: bytes) -> str:
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged() from None


class FieldCipher:
    """Seals and opens confidential fields with the data key (one AESGCM object, reused).

    ``names`` maps every field code to its "table.column" name (vault/registry.py), so that
    a record found at the wrong address can be told apart as moved.
    """

    def __init__(self, data_key: bytes, names: Mapping[int, str]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(data_key)
        self._names = names

    def seal(self, text: str, address: Address) -> bytes:
        header = HEADER.pack(VERSION_OWNED, address.code, address.row_id)
        nonce = os.urandom(NONCE_BYTES)
        associated = _associated(header, VERSION_OWNED, address.name, address.owners)
        return header + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), associated)

    def open(self, record: bytes, address: Address, *, accept_format_1: bool = False) -> str:
        """The text; raises a RecordDamaged of its own kind.

        Format 1 records are accepted only while the vault still converts them (the first
        unlock after schema 0006); afterwards one is damage, like planted plain text.
        """
        from cryptography.exceptions import InvalidTag

        version = check_record(record)
        if version == VERSION_LEGACY_PLAIN or (version == VERSION_AESGCM and not accept_format_1):
            raise damaged()
        header = record[: HEADER.size]
        _v, stored_field, stored_row = HEADER.unpack(header)
        nonce = record[HEADER.size : HEADER.size + NONCE_BYTES]
        body = record[HEADER.size + NONCE_BYTES :]
        if (stored_field, stored_row) != (address.code, address.row_id):
            # Intact at the address it names (with this row's owners)? Then it was copied
            # here; otherwise it is simply damaged.
            stored_name = self._names.get(stored_field)
            if stored_name is not None:
                try:
                    self._aead.decrypt(
                        nonce, body, _associated(header, version, stored_name, address.owners)
                    )
                except InvalidTag:
                    pass
                else:
                    raise RecordMoved(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "This confidential text belongs to another record and was copied "
                            "here outside Lernpartner; it is not shown.",
                        )
                    )
            raise damaged()
        try:
            plain = self._aead.decrypt(
                nonce, body, _associated(header, version, address.name, address.owners)
            )
        except InvalidTag:
            raise damaged() from None
        return _decode(plain)


def check_record(record: bytes) -> int:
    """The record's version; raises when it is empty, cut short or of an unknown version."""
    if not record:
        raise RecordTruncated(
            QT_TRANSLATE_NOOP("Errors", "This confidential text is empty or cut short.")
        )
    version = record[0]
    if version == VERSION_LEGACY_PLAIN:
        return version
    if version not in (VERSION_AESGCM, VERSION_OWNED):
        raise RecordTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This confidential text was written by a newer Lernpartner (format {version}).",
            ),
            version=version,
        )
    if len(record) < MIN_RECORD:
        raise RecordTruncated(
            QT_TRANSLATE_NOOP("Errors", "This confidential text is empty or cut short.")
        )
    return version


def damaged() -> RecordDamaged:
    return RecordDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This confidential text has been changed or damaged and cannot be opened. The other "
            "notes are not affected; a backup may hold an intact copy.",
        )
    )


def open_legacy(record: bytes) -> str:
    """Text from before the vault (version 0): only readable while no vault exists."""
    if record[:1] != bytes([VERSION_LEGACY_PLAIN]):
        raise damaged()
    return _decode(record[1:])


def legacy_record(text: str) -> bytes:
    """How schema 0003 marks text written before the vault (tests build such rows with it)."""
    return bytes([VERSION_LEGACY_PLAIN]) + text.encode("utf-8")


# -- recovery code --------------------------------------------------------------------------

# Crockford's base32: no I, L, O, U; read-back mistakes (O/0, I/L/1) are forgiven.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
GROUPS = 8
DATA_CHARS = 4  # per group, plus one check character
CODE_BYTES = GROUPS * DATA_CHARS * 5 // 8  # 20 bytes = 160 bits
_WEIGHTS = (1, 3, 5, 7)  # odd weights mod 32: every single wrong character changes the check


def _check_char(index: int, values: list[int]) -> int:
    return (7 * index + 1 + sum(w * v for w, v in zip(_WEIGHTS, values, strict=True))) % 32


def new_recovery_code() -> tuple[str, bytes]:
    """A fresh code as shown to the owner ("ABCD7-...") and the 20 bytes behind it."""
    raw = secrets.token_bytes(CODE_BYTES)
    return format_recovery_code(raw), raw


def format_recovery_code(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    values = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_CHARS))]
    groups = []
    for g in range(GROUPS):
        chunk = values[g * DATA_CHARS : (g + 1) * DATA_CHARS]
        groups.append("".join(ALPHABET[v] for v in [*chunk, _check_char(g, chunk)]))
    return "-".join(groups)


def parse_recovery_code(text: str) -> bytes:
    """The 20 bytes of a typed recovery code; names the group with a typo where it can."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    per_group = DATA_CHARS + 1
    if len(cleaned) != GROUPS * per_group:
        raise RecoveryCodeInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery code has 8 groups of 5 characters (40 in all); this one has {count}.",
            ),
            field="recovery_code",
            count=len(cleaned),
        )
    values: list[int] = []
    for g in range(GROUPS):
        chunk = cleaned[g * per_group : (g + 1) * per_group]
        try:
            numbers = [_VALUE[ch] for ch in chunk]
        except KeyError:
            bad = next(ch for ch in chunk if ch not in _VALUE)
            raise RecoveryCodeInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    'Group {group} of the recovery code contains "{char}", which never occurs '
                    "in a recovery code. Please check that group.",
                ),
                field="recovery_code",
                group=g + 1,
                char=bad,
            ) from None
        if _check_char(g, numbers[:DATA_CHARS]) != numbers[DATA_CHARS]:
            raise RecoveryCodeInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Group {group} of the recovery code has a typo. Please compare it with the "
                    "recovery sheet.",
                ),
                field="recovery_code",
                group=g + 1,
            )
        values.extend(numbers[:DATA_CHARS])
    number = 0
    for v in values:
        number = (number << 5) | v
    return number.to_bytes(CODE_BYTES, "big")


# -- sealing to the backup key (X25519) -----------------------------------------------------

SEALED_MAGIC = b"LPS1"


def new_backup_keypair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private)


def _raw_private(private: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.private_bytes(  # type: ignore[attr-defined,no-any-return]
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _raw_public(private: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(  # type: ignore[attr-defined,no-any-return]
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def public_key_of(private_key: bytes) -> bytes:
    """The public half of a raw X25519 private key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _raw_public(X25519PrivateKey.from_private_bytes(private_key))


def recovery_keypair(code_bytes: bytes, salt: bytes) -> tuple[bytes, bytes]:
    """(private, public) X25519 keys derived from a recovery code (schema 0006 on).

    The code carries 160 random bits, so HKDF suffices. Only the public half is stored: a
    re-key seals the new data key to it without the code, and only the code opens it.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    seed = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=b"lernpartner recovery x25519 v2",
    ).derive(code_bytes)
    private = X25519PrivateKey.from_private_bytes(seed)
    return _raw_private(private), _raw_public(private)


def _sealing_key(shared: bytes, ephemeral: bytes, recipient: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient, info=info
    ).derive(shared)


_SEALED_INFO = b"lernpartner sealed v1"
_EPHEMERAL = 32


def _seal(public_key: bytes, data: bytes, info: bytes, prefix: bytes, label: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = _sealing_key(shared, ephemeral_public, public_key, info)
    nonce = os.urandom(NONCE_BYTES)
    header = prefix + ephemeral_public
    return header + nonce + AESGCM(key).encrypt(nonce, data, header + label)


def _open(
    private_key: bytes, sealed: bytes, info: bytes, prefix: bytes, label: bytes
) -> bytes | None:
    """The data, or None when the key is wrong or the bytes were changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    start = len(prefix) + _EPHEMERAL
    if len(sealed) < start + NONCE_BYTES + TAG_BYTES or not sealed.startswith(prefix):
        return None
    private = X25519PrivateKey.from_private_bytes(private_key)
    ephemeral_public = sealed[len(prefix) : start]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # an all-zero shared secret: not a key we made
        return None
    key = _sealing_key(shared, ephemeral_public, _raw_public(private), info)
    nonce, body = sealed[start : start + NONCE_BYTES], sealed[start + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, sealed[:start] + label)
    except InvalidTag:
        return None


def wrap_to(public_key: bytes, secret: bytes, label: bytes) -> bytes:
    """Wrap a key so that only the holder of the private key unwraps it (the recovery code)."""
    return _seal(public_key, secret, b"lernpartner wrap v2|" + label, b"", label)


def unwrap_from(private_key: bytes, wrapped: bytes, label: bytes) -> bytes | None:
    return _open(private_key, wrapped, b"lernpartner wrap v2|" + label, b"", label)


def seal_to(public_key: bytes, data: bytes) -> bytes:
    """Encrypt ``data`` so that only the holder of the private key opens it (ECIES style)."""
    return _seal(public_key, data, _SEALED_INFO, SEALED_MAGIC, b"")


def open_sealed(private_key: bytes, sealed: bytes) -> bytes:
    if len(sealed) < 4 + _EPHEMERAL + NONCE_BYTES + TAG_BYTES or sealed[:4] != SEALED_MAGIC:
        raise RecordTruncated(
            QT_TRANSLATE_NOOP("Errors", "This sealed file is not complete or not from Lernpartner.")
        )
    data = _open(private_key, sealed, _SEALED_INFO, SEALED_MAGIC, b"")
    if data is None:
        raise damaged()
    return data
