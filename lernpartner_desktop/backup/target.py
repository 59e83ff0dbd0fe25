"""Writing a backup into a folder or onto a stick without ever leaving a half-written file
under the final name, and saying plainly why it failed when it does.

The file is written under a temporary name in the target folder (``.<name>.<random>.tmp``),
synced, read back and checked by the caller, and only then renamed; the folder is synced
after the rename. Any failure removes the temporary file. What the operating system reports
(disk full, file too large for FAT32, write-protected, the stick pulled out) becomes the
matching typed error with a message for the owner.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from pathlib import Path

from lernpartner_desktop.base.atomic import fsync_dir
from lernpartner_desktop.base.errors import (
    BackupFailed,
    BackupFileTooLarge,
    BackupTargetFull,
    BackupTargetGone,
    BackupTargetNotWritable,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

TEMP_SUFFIX = ".tmp"
MB = 1024 * 1024
#: FAT32, still common on sticks, holds files of at most 4 GiB - 1 byte.
FAT_MAX_FILE = 4 * 1024**3 - 1
_FAT_NAMES = {"vfat", "msdos", "fat", "fat12", "fat16", "fat32"}

_GONE = {errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, errno.ESTALE, errno.ENOTDIR}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def _mb(n: int) -> str:
    return f"{max(n, 0) / MB:.1f}"


def failure(exc: OSError, folder: Path, need: int = 0) -> BackupFailed:
    """The typed error for what the operating system said while writing into ``folder``."""
    code = exc.errno
    if isinstance(exc, PermissionError) or code in _NOT_WRITABLE:
        return BackupTargetNotWritable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Lernpartner cannot write to {target}: it is write-protected or you lack "
                "permission. Check the switch on the stick, or choose another folder.",
            ),
            target=str(folder),
        )
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return full(folder, need, free_space(folder))
    if code == errno.EFBIG:
        return too_large(folder, need)
    if isinstance(exc, FileNotFoundError) or code in _GONE:
        return BackupTargetGone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{target} disappeared during the backup (was the stick pulled out?). No "
                "backup was left there under its final name. Plug it in again and repeat.",
            ),
            target=str(folder),
        )
    return BackupFailed(
        QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {target}: {reason}"),
        target=str(folder),
        reason=exc.strerror or str(exc),
    )


def full(folder: Path, need: int, free: int | None) -> BackupTargetFull:
    return BackupTargetFull(
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is not enough space on {target}: the backup needs about {need} MB, and "
            "{free} MB are free. Delete older files there or choose another stick.",
        ),
        target=str(folder),
        need=_mb(need),
        free=_mb(free or 0),
    )


def too_large(folder: Path, size: int) -> BackupFileTooLarge:
    return BackupFileTooLarge(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{target} cannot hold a file of {size} MB: its file system (FAT32, as on many "
            "sticks) allows at most 4 GB per file. Format the stick as exFAT or NTFS, or "
            "choose another folder.",
        ),
        target=str(folder),
        size=_mb(size),
    )


def free_space(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def check_room(folder: Path, need: int, filesystem: str | None) -> None:
    """Refuse before writing when the target cannot take ``need`` bytes."""
    if not folder.is_dir():
        raise BackupTargetGone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {target} cannot be found. If it is on a stick, plug the stick in "
                "and try again, or choose another folder.",
            ),
            target=str(folder),
        )
    if filesystem is not None and filesystem.lower() in _FAT_NAMES and need > FAT_MAX_FILE:
        raise too_large(folder, need)
    free = free_space(folder)
    if free is not None and free < need:
        raise full(folder, need, free)


def _write(fd: int, data: bytes | bytearray | memoryview) -> None:
    """The file-write boundary: everything a backup writes to its target passes here."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class TargetFile:
    """A temporary file in ``folder`` that becomes ``name`` only through :meth:`publish`."""

    def __init__(self, folder: Path, name: str, need: int = 0) -> None:
        self.folder = Path(folder)
        self.name = name
        self.need = need
        self.temp = self.folder / f".{name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            self._fd: int | None = os.open(
                self.temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600
            )
        except OSError as exc:
            raise failure(exc, self.folder, need) from exc

    def write(self, data: bytes) -> None:
        assert self._fd is not None
        try:
            _write(self._fd, data)
        except OSError as exc:
            raise failure(exc, self.folder, self.need) from exc

    def finish(self) -> None:
        """Flush what was written to the medium and close the file."""
        assert self._fd is not None
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise failure(exc, self.folder, self.need) from exc
        finally:
            os.close(self._fd)
            self._fd = None

    def publish(self) -> Path:
        """Give the checked file its final name (never over an existing file) and sync the
        folder, so that the rename survives a power cut."""
        final = self.folder / self.name
        try:
            if final.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(final))
            os.replace(self.temp, final)
            fsync_dir(self.folder)
        except OSError as exc:
            raise failure(exc, self.folder, self.need) from exc
        return final

    def discard(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        with contextlib.suppress(OSError):
            self.temp.unlink()


def remove_stale_temps(folder: Path, prefix: str, older_than: float = 120.0) -> int:
    """Temporary files of backups that were killed before they were renamed.

    A file still being written changes every moment; one untouched for ``older_than``
    seconds was left behind (another PC may be writing to the same stick right now)."""
    import time

    removed = 0
    for path in folder.glob(f".{prefix}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime >= older_than:
                path.unlink()
                removed += 1
    return removed
