"""Atomic file writes: a half-written file must never carry the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from lernpartner_desktop.base.errors import FileInUse
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

_WINDOWS = os.name == "nt"
#: How long a rename over a file that another program holds open is retried (Windows).
REPLACE_PATIENCE_SECONDS = 3.0


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Directories cannot be opened on Windows; there the rename is."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(source: Path, target: Path) -> None:
    """``os.replace``, patient on Windows.

    Windows refuses to rename over a file that another process has open without delete
    sharing (a virus scanner or the search indexer for a moment, Excel or a PDF viewer for
    longer). The short case passes after a retry; the long one gets a clear error instead of
    "[WinError 5] Access is denied", and the caller's target is left as it was.
    """
    delay = 0.05
    deadline = time.monotonic() + REPLACE_PATIENCE_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _WINDOWS:
                raise
            if time.monotonic() >= deadline:
                raise FileInUse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The file {path} is open in another program, so it cannot be replaced. "
                        "Close it there and try again; the file was not changed.",
                    ),
                    path=str(target),
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.

    The caller writes the temporary file completely (and closes it). We fsync it, rename it
    over the target and fsync the folder. On any error the temporary file is removed and the
    target is left as it was.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def save_user_file(target: Path, data: bytes) -> None:
    """Write a file the person asked for (a PDF, a calendar): atomically, and with a message
    they understand when the folder is read-only or the file is held open by another program.
    """
    from lernpartner_desktop.base.errors import FileNotWritten
    from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

    target = Path(target)
    try:
        write_bytes_atomic(target, data)
    except PermissionError as exc:
        raise FileNotWritten(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} could not be saved: the folder is read-only, or another program "
                "(a PDF viewer?) has the file open. Close it or choose another folder.",
            ),
            file=str(target),
        ) from exc
    except FileNotFoundError as exc:
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be saved: the folder does not exist."),
            file=str(target),
        ) from exc
    except OSError as exc:
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be saved: {reason}"),
            file=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
