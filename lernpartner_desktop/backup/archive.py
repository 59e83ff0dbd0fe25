"""The ``.lpbackup`` archive: one file that restores on a PC with nothing else.

::

    magic (13) | format version (u16) | header length (u32) | header (UTF-8 JSON)
    | SHA-256 of all before it (32) | HMAC-SHA256 of the same under the header key (32)
    | chunk 0 | chunk 1 | ... | chunk n-1 | final chunk

The header is plain: date, app version, schema, the counts of people, programs and
partnerships, the snapshot's size, a random id of the database it came from, the vault's
wrapped keys (vault/keys.py: export_header, so the passphrase or the recovery code of its day
opens it anywhere), the backup public key it is sealed to, and the file key sealed to that
public key (vault/crypto.py: seal_to, an ephemeral X25519 share + HKDF + AES-GCM).

The payload follows age's STREAM construction: the database snapshot in 64 KiB chunks, each
sealed with AES-256-GCM under a payload key derived from the random file key (HKDF with a
salt from the header); the nonce is an 11-byte chunk counter and a final-chunk flag, and the
header's digest is the associated data of every chunk. So a chunk that is changed, moved,
dropped or cut off, or a header that was edited, fails to open. The final chunk carries the
SHA-256 of the whole snapshot, checked once every chunk is open. The header says how large
the snapshot is, so a file that was cut short is told apart before any key is needed.

Each failure has its own typed error (base/errors.py), so the owner reads what happened: not
a backup at all, written by a newer Lernpartner, header edited, cut short, a part damaged,
parts out of order.

Memory stays flat: one chunk at a time, whatever the size of the database.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from lernpartner_desktop.base.errors import (
    BackupDamaged,
    BackupHeaderChanged,
    BackupReordered,
    BackupTooNew,
    BackupTruncated,
    BackupUnreadable,
    NotABackup,
    RecordDamaged,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.vault import crypto

MAGIC = b"\x89LPBACKUP\r\n\x1a\n"  # like PNG's: binary, and line-ending damage shows at once
FORMAT_VERSION = 1
PREFIX = struct.Struct(">13sHI")  # magic, format version, header length
KIND = "lernpartner-backup"
SUFFIX = ".lpbackup"
CHUNK = 64 * 1024
TAG = 16
DIGEST = 32
MAX_HEADER = 1 << 20
CIPHER = "AES-256-GCM"
_PAYLOAD_INFO = b"lernpartner backup v1 payload"
_HEADER_INFO = b"lernpartner backup v1 header"

Progress = Callable[[int], None]


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Manifest:
    """What the plain header tells about the snapshot."""

    created: dt.datetime  # aware, local time of the PC that made it
    app_version: str
    schema: str
    database_id: str
    people: int
    programs: int
    partnerships: int
    size: int  # bytes of the database snapshot
    origin: str  # "automatic", "manual", "removable" or "before-restore"


@dataclass(frozen=True)
class ArchiveInfo:
    """A backup's plain header, checked for damage; no secret was needed to read it."""

    path: Path
    manifest: Manifest
    vault_header: bytes
    recipient: bytes
    sealed_file_key: bytes
    payload_salt: bytes
    chunk_size: int
    digest: bytes  # SHA-256 of the prefix and header: the chunks' associated data
    mac: bytes
    signed: bytes  # prefix + header, as the MAC covers them
    payload_offset: int
    file_size: int

    @property
    def data_chunks(self) -> int:
        return -(-self.manifest.size // self.chunk_size)

    @property
    def expected_size(self) -> int:
        return expected_size(self.payload_offset, self.manifest.size, self.chunk_size)


def expected_size(payload_offset: int, size: int, chunk_size: int = CHUNK) -> int:
    chunks = -(-size // chunk_size)
    return payload_offset + size + chunks * TAG + DIGEST + TAG


def archive_size(size: int, header_bytes: int = 4096) -> int:
    """About how large the archive of a ``size``-byte snapshot is (for the free-space check)."""
    return expected_size(PREFIX.size + header_bytes + 2 * DIGEST, size)


# -- keys ------------------------------------------------------------------------------------


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None, info=info).derive(key)


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def file_key_for(info: ArchiveInfo, private_key: bytes) -> bytes:
    """The archive's file key, opened with the backup private key it was sealed to."""
    try:
        return crypto.open_sealed(private_key, info.sealed_file_key)
    except RecordDamaged:
        raise header_changed() from None


class _Hash:
    """SHA-256 on a helper thread: hashlib lets go of Python's lock for large buffers, so
    the hash of one chunk is computed while the next is sealed or opened (the two together
    cost about as much as sealing alone on a PC with two cores). At most ``depth`` chunks
    wait in the queue, so memory stays flat."""

    def __init__(self, depth: int = 8) -> None:
        self._sha = hashlib.sha256()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._run, name="backup-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            self._sha.update(data)

    def update(self, data: bytes) -> None:
        self._queue.put(data)

    def digest(self) -> bytes:
        self.close()
        return self._sha.digest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


# -- writing ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header_json(
    m: Manifest, recipient: bytes, sealed_key: bytes, salt: bytes, vault_header: bytes
) -> bytes:
    doc = {
        "kind": KIND,
        "created": m.created.isoformat(timespec="milliseconds"),
        "app_version": m.app_version,
        "schema": m.schema,
        "database_id": m.database_id,
        "counts": {"people": m.people, "programs": m.programs, "partnerships": m.partnerships},
        "size": m.size,
        "origin": m.origin,
        "chunk_size": CHUNK,
        "cipher": CIPHER,
        "recipient": _b64(recipient),
        "file_key": _b64(sealed_key),
        "payload_salt": _b64(salt),
        "vault": _b64(vault_header),
    }
    return json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Written:
    file_key: bytes
    snapshot_sha256: bytes
    archive_bytes: int


def write(
    snapshot: BinaryIO,
    out: Sink,
    manifest: Manifest,
    recipient: bytes,
    vault_header: bytes,
    progress: Progress | None = None,
) -> Written:
    """Seal ``snapshot`` (``manifest.size`` bytes, read from its start) into ``out``.

    Returns the file key, so that the caller can check what it wrote without the vault being
    open (the backup runs while the vault is locked); the caller forgets it afterwards.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    file_key = os.urandom(32)
    salt = os.urandom(16)
    sealed_key = crypto.seal_to(recipient, file_key)
    header = _header_json(manifest, recipient, sealed_key, salt, vault_header)
    signed = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header)) + header
    digest = hashlib.sha256(signed).digest()
    mac = hmac.new(_hkdf(file_key, b"", _HEADER_INFO), signed, hashlib.sha256).digest()
    out.write(signed + digest + mac)
    written = len(signed) + 2 * DIGEST
    aead = AESGCM(_hkdf(file_key, salt, _PAYLOAD_INFO))
    hasher = _Hash()
    try:
        written += _seal_chunks(snapshot, out, manifest.size, aead, digest, hasher, progress)
    finally:
        hasher.close()
    sha = hasher.digest()
    counter = -(-manifest.size // CHUNK)
    final = aead.encrypt(_nonce(counter, True), sha, digest)
    out.write(final)
    written += len(final)
    return Written(file_key, sha, written)


def _seal_chunks(
    snapshot: BinaryIO,
    out: Sink,
    size: int,
    aead: object,
    digest: bytes,
    hasher: _Hash,
    progress: Progress | None,
) -> int:
    written = 0
    left, counter = size, 0
    while left > 0:
        plain = snapshot.read(min(CHUNK, left))
        if not plain:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("Errors", "The database copy changed while it was written.")
            )
        hasher.update(plain)
        sealed = aead.encrypt(_nonce(counter, False), plain, digest)  # type: ignore[attr-defined]
        out.write(sealed)
        written += len(sealed)
        left -= len(plain)
        counter += 1
        if progress is not None:
            progress(size - left)
    return written


# -- reading ---------------------------------------------------------------------------------


def not_a_backup(path: Path) -> NotABackup:
    return NotABackup(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is not a Lernpartner backup. Choose a file whose name ends in .lpbackup.",
        ),
        name=path.name,
    )


def header_changed() -> BackupHeaderChanged:
    return BackupHeaderChanged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The description at the start of this backup was changed or damaged after it was "
            "written, so the backup is not trusted. Use another backup.",
        )
    )


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    return data if data is not None else b""


def read_info(path: Path) -> ArchiveInfo:
    """Read and check the plain header; raises the typed error of what is wrong."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            return read_info_from(fh, path, os.fstat(fh.fileno()).st_size)
    except OSError as exc:
        raise unreadable(path, exc) from exc


def unreadable(path: Path, exc: OSError) -> BackupUnreadable:
    if isinstance(exc, FileNotFoundError):
        return BackupUnreadable(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} cannot be found (was the stick pulled out?)."
            ),
            path=str(path),
        )
    return BackupUnreadable(
        QT_TRANSLATE_NOOP("Errors", "The backup {path} cannot be read: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def read_info_from(fh: BinaryIO, path: Path, file_size: int) -> ArchiveInfo:
    prefix = _read_exact(fh, PREFIX.size)
    if file_size == 0:
        raise NotABackup(
            QT_TRANSLATE_NOOP("Errors", "{name} is empty: it holds no backup."), name=path.name
        )
    if len(prefix) < PREFIX.size or not prefix.startswith(MAGIC):
        raise not_a_backup(path)
    _magic, version, length = PREFIX.unpack(prefix)
    if version > FORMAT_VERSION:
        raise BackupTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was made by a newer version of Lernpartner (backup format "
                "{version}). Install the newer version to restore it; nothing was changed.",
            ),
            version=version,
        )
    if version < 1:
        raise not_a_backup(path)
    if length > MAX_HEADER:
        raise header_changed()
    header = _read_exact(fh, length)
    sums = _read_exact(fh, 2 * DIGEST)
    if len(header) < length or len(sums) < 2 * DIGEST:
        raise _truncated(file_size, PREFIX.size + length + 2 * DIGEST)
    signed = prefix + header
    digest, mac = sums[:DIGEST], sums[DIGEST:]
    if not hmac.compare_digest(hashlib.sha256(signed).digest(), digest):
        raise header_changed()
    info = _parse(header, path, signed, digest, mac, file_size)
    if file_size < info.expected_size:
        raise _truncated(file_size, info.expected_size)
    if file_size > info.expected_size:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup has {extra} bytes more than it should: something was added to "
                "the file after it was written. It is not trusted; use another backup.",
            ),
            extra=file_size - info.expected_size,
        )
    return info


def _truncated(have: int, want: int) -> BackupTruncated:
    return BackupTruncated(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This backup is incomplete: the file has {have} of {want} bytes. It was probably "
            "cut short while being copied. Use another backup or copy it again.",
        ),
        have=have,
        want=want,
    )


def _parse(
    header: bytes, path: Path, signed: bytes, digest: bytes, mac: bytes, file_size: int
) -> ArchiveInfo:
    try:
        doc = json.loads(header.decode("utf-8"))
        if doc["kind"] != KIND or doc["cipher"] != CIPHER:
            raise ValueError(doc["kind"])
        counts = doc["counts"]
        created = dt.datetime.fromisoformat(doc["created"])
        manifest = Manifest(
            created=created,
            app_version=str(doc["app_version"]),
            schema=str(doc["schema"]),
            database_id=str(doc["database_id"]),
            people=int(counts["people"]),
            programs=int(counts["programs"]),
            partnerships=int(counts["partnerships"]),
            size=int(doc["size"]),
            origin=str(doc["origin"]),
        )
        chunk_size = int(doc["chunk_size"])

        def raw(name: str) -> bytes:
            return base64.b64decode(doc[name], validate=True)

        recipient, salt = raw("recipient"), raw("payload_salt")
        info = ArchiveInfo(
            path=path,
            manifest=manifest,
            vault_header=raw("vault"),
            recipient=recipient,
            sealed_file_key=raw("file_key"),
            payload_salt=salt,
            chunk_size=chunk_size,
            digest=digest,
            mac=mac,
            signed=signed,
            payload_offset=len(signed) + 2 * DIGEST,
            file_size=file_size,
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise header_changed() from None
    if (
        created.tzinfo is None
        or manifest.size < 0
        or not 1024 <= chunk_size <= 1 << 24
        or len(recipient) != crypto.KEY_BYTES
        or len(salt) != 16
    ):
        raise header_changed()
    return info


def chunks(
    info: ArchiveInfo,
    file_key: bytes,
    fh: BinaryIO,
    progress: Progress | None = None,
    digest: list[bytes] | None = None,
) -> Iterator[bytes]:
    """The snapshot's bytes, chunk by chunk, from ``fh`` positioned at the payload.

    Checks the header's MAC first; every chunk is authenticated before it is given out, and
    the snapshot's SHA-256 once all are read (appended to ``digest``). A consumer must not
    trust what it received until the iterator is exhausted without an error.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    expected_mac = hmac.new(_hkdf(file_key, b"", _HEADER_INFO), info.signed, hashlib.sha256)
    if not hmac.compare_digest(expected_mac.digest(), info.mac):
        raise header_changed()
    aead = AESGCM(_hkdf(file_key, info.payload_salt, _PAYLOAD_INFO))
    n = info.data_chunks
    size, step = info.manifest.size, info.chunk_size
    hasher = _Hash()
    try:
        yield from _open_chunks(info, aead, fh, n, size, step, hasher, progress, digest)
    finally:
        hasher.close()


def _open_chunks(
    info: ArchiveInfo,
    aead: object,
    fh: BinaryIO,
    n: int,
    size: int,
    step: int,
    hasher: _Hash,
    progress: Progress | None,
    digest: list[bytes] | None,
) -> Iterator[bytes]:
    from cryptography.exceptions import InvalidTag

    done = 0
    for counter in range(n + 1):
        final = counter == n
        want = DIGEST + TAG if final else min(step, size - counter * step) + TAG
        sealed = _read_exact(fh, want)
        if len(sealed) < want:
            raise _truncated(info.payload_offset + done + len(sealed), info.expected_size)
        try:
            plain = aead.decrypt(  # type: ignore[attr-defined]
                _nonce(counter, final), sealed, info.digest
            )
        except InvalidTag:
            raise _diagnose(aead, info, counter, sealed) from None
        if final:
            if not hmac.compare_digest(plain, hasher.digest()):
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The restored database does not match the one that was backed up "
                        "(its checksum differs). The backup is not trusted.",
                    )
                )
            if digest is not None:
                digest.append(plain)
            return
        hasher.update(plain)
        done += len(sealed)
        if progress is not None:
            progress(min(size, (counter + 1) * step))
        yield plain


def _diagnose(aead: object, info: ArchiveInfo, position: int, sealed: bytes) -> Exception:
    """A chunk failed at ``position``: is it an intact chunk of another position (the parts
    were reordered), or damaged? Tried only on failure: at most one pass over the chunks."""
    from cryptography.exceptions import InvalidTag

    n = info.data_chunks
    for other in range(n + 1):
        if other == position:
            continue
        try:
            aead.decrypt(_nonce(other, other == n), sealed, info.digest)  # type: ignore[attr-defined]
        except InvalidTag:
            continue
        return BackupReordered(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The parts of this backup are intact but not in their order (part {found} "
                "sits where part {place} belongs): the file was rearranged after it was "
                "written. It is not trusted; use another backup.",
            ),
            found=other + 1,
            place=position + 1,
        )
    return BackupDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Part {part} of {parts} of this backup is damaged: its content differs from what "
            "was written. The backup cannot be restored; use another one.",
        ),
        part=position + 1,
        parts=n + 1,
    )


def read_all(
    info: ArchiveInfo, file_key: bytes, sink: Sink | None, progress: Progress | None = None
) -> bytes:
    """Open every chunk of ``info.path`` (writing the snapshot to ``sink`` if given);
    returns the snapshot's SHA-256, already checked against the one sealed in the file."""
    digest: list[bytes] = []
    with open(info.path, "rb") as fh:
        _drop_cache(fh)
        fh.seek(info.payload_offset)
        for plain in chunks(info, file_key, fh, progress, digest):
            if sink is not None:
                sink.write(plain)
    return digest[0]


def _drop_cache(fh: BinaryIO) -> None:
    """Ask the OS to forget its cached pages of the file, so that reading it back reads the
    stick, not memory (Linux; elsewhere a no-op)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
