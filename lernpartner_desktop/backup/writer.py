"""Making one backup file and checking it, with only ``sqlite3`` and ``cryptography``.

:func:`write_backup` is the whole path of a backup: a snapshot of the live database in the
data folder, sealed chunk by chunk into a temporary file in the target folder, synced, read
back from the target and opened chunk by chunk (the file key is still in memory, so this
works while the vault is locked), the snapshot's SHA-256 compared, the restored copy checked
with ``PRAGMA integrity_check`` in the data folder (while the rest goes on), and only then
the final name. A backup
that fails any step leaves no file under its final name, and nothing of the live data
changes.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lernpartner_desktop import __version__
from lernpartner_desktop.backup import archive, rotation, snapshot, target
from lernpartner_desktop.backup.archive import ArchiveInfo, Manifest
from lernpartner_desktop.base.errors import (
    BackupDamaged,
    BackupFailed,
    BackupHeaderChanged,
    BackupNeedsVault,
    BackupReordered,
    BackupTruncated,
    BackupUnreadable,
    DatabaseDamaged,
    LernpartnerError,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.vault import keys

#: (bytes done, bytes in all): writing counts the first half, checking the second.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Made:
    path: Path
    info: ArchiveInfo
    size: int
    verified_at: dt.datetime


def needs_vault() -> BackupNeedsVault:
    return BackupNeedsVault(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Backups are always encrypted, so they need the vault's passphrase first. Set up "
            "the vault (Vault menu), keep the recovery sheet, then back up.",
        )
    )


def write_backup(
    db_path: Path,
    target_dir: Path,
    recipient: bytes,
    *,
    origin: str,
    now: dt.datetime | None = None,
    work_dir: Path | None = None,
    filesystem: str | None = None,
    progress: Progress | None = None,
) -> Made:
    """Back up ``db_path`` into ``target_dir``, sealed to ``recipient`` (the vault's backup
    public key), verified before it gets its final name."""
    now = (now or dt.datetime.now()).astimezone()
    work_dir = work_dir or db_path.parent
    known_id = snapshot.read_database_id(db_path)
    database_id = known_id or snapshot.new_database_id()
    with (
        snapshot.private_file(work_dir, snapshot.SNAPSHOT_PREFIX) as snap,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="integrity") as pool,
    ):
        snapshot.take(db_path, snap)
        facts = snapshot.facts(snap, private=True)
        if facts.vault is None:
            raise needs_vault()
        if facts.vault.backup_public_key != recipient:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault's backup key in the database differs from the one checked "
                    "when the vault was unlocked: it was changed outside Lernpartner. Lock "
                    "and unlock the vault to put it right, then back up again.",
                )
            )
        # SQLite checks the copy while it is sealed and written (it lets go of Python's lock
        # while it works): the check costs no extra time on a PC with two cores.
        checking = pool.submit(snapshot.integrity_problems, snap)
        size = snap.stat().st_size
        manifest = Manifest(
            created=now,
            app_version=__version__,
            schema=facts.schema or "",
            database_id=database_id,
            people=facts.people,
            programs=facts.programs,
            partnerships=facts.partnerships,
            size=size,
            origin=origin,
        )
        need = archive.archive_size(size)
        target.check_room(target_dir, need, filesystem)
        target.remove_stale_temps(target_dir, rotation.PREFIX)
        name = rotation.free_name(
            target_dir, now.replace(tzinfo=None), before_restore=origin == "before-restore"
        )
        out = target.TargetFile(target_dir, name, need)
        try:
            total = 2 * size
            report = None if progress is None else (lambda done: progress(done, total))
            with open(snap, "rb") as src:
                written = archive.write(
                    src, out, manifest, recipient, keys.export_header(facts.vault), report
                )
            out.finish()
            check = None if progress is None else (lambda done: progress(size + done, total))
            try:
                info = verify_written(out.temp, written, check, folder=target_dir)
            except (BackupDamaged, BackupTruncated, BackupReordered, BackupHeaderChanged) as exc:
                raise unreadable(target_dir, exc) from exc
            problems = checking.result()
            if problems:  # older, sound backups must not be thinned away for this one
                raise damaged_database(problems)
            path = out.publish()
        except BaseException:
            out.discard()
            raise
    if known_id is None:
        snapshot.store_database_id(db_path, database_id)
    return Made(path, info, written.archive_bytes, dt.datetime.now().astimezone())


def verify_written(
    path: Path,
    written: archive.Written,
    progress: Callable[[int], None] | None = None,
    *,
    folder: Path,
) -> ArchiveInfo:
    """Read a backup we just wrote back from the target (from the medium, not the cache,
    where the OS allows), open every chunk with the file key still in memory, and compare
    the SHA-256 of what comes out with that of the snapshot as it was sealed.

    Equal hashes mean the archive restores to exactly the snapshot, which passed
    ``PRAGMA integrity_check`` before it was sealed: the same check as on a restored copy,
    without writing the whole database a second time."""
    import hmac

    try:
        info = archive.read_info(path)
        digest = archive.read_all(info, written.file_key, None, progress)
    except BackupUnreadable as exc:
        cause = exc.__cause__
        raise target.failure(cause, folder) if isinstance(cause, OSError) else exc from exc
    except OSError as exc:
        raise target.failure(exc, folder) from exc
    if not hmac.compare_digest(digest, written.snapshot_sha256):
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The restored database does not match the one that was backed up "
                "(its checksum differs). The backup is not trusted.",
            )
        )
    return info


def verify(
    path: Path,
    file_key: bytes,
    work_dir: Path,
    progress: Callable[[int], None] | None = None,
    *,
    folder: Path | None = None,
) -> ArchiveInfo:
    """Read ``path`` back (from the medium, not the cache where the OS allows), open every
    chunk, compare the snapshot's SHA-256 and run ``PRAGMA integrity_check`` on the restored
    copy in ``work_dir``. Raises the typed error of what is wrong."""
    folder = folder or path.parent
    try:
        info = archive.read_info(path)
        with snapshot.private_file(work_dir, snapshot.VERIFY_PREFIX) as copy:
            with open(copy, "wb") as out:
                archive.read_all(info, file_key, out, progress)
            problems = snapshot.integrity_problems(copy)
    except OSError as exc:
        if exc.errno == errno.ENOSPC and not _same_volume(folder, work_dir):
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder has no room left for the check of the backup: {reason}",
                ),
                reason=exc.strerror or str(exc),
            ) from exc
        raise target.failure(exc, folder) from exc
    if problems:
        raise damaged_database(problems)
    return info


def unreadable(folder: Path, exc: LernpartnerError) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup written to {target} did not read back intact, so it was not kept (the "
            "stick may be failing): {reason}",
        ),
        target=str(folder),
        reason=exc.message(),
    )


def damaged_database(problems: list[str]) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database has errors, so no backup was made (older, sound backups are kept "
            "as they are). SQLite reports: {problems}",
        ),
        problems="; ".join(problems),
    )


def _same_volume(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False
