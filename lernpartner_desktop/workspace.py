"""The one object the UI holds (like Anki's Collection).

Opening a workspace claims the data folder for this process (one instance at a time), opens
or creates the database (migrating it if needed) and exposes the services:
``ws.people``, ``ws.programs``, ...  After a change the services announce it on ``ws.changes``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from lernpartner_desktop.core.errors import AlreadyRunning, DataDirNotWritable
from lernpartner_desktop.core.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.overview import OverviewService
from lernpartner_desktop.core.people import PeopleService
from lernpartner_desktop.core.programs import ProgramService
from lernpartner_desktop.core.service import ChangeHub
from lernpartner_desktop.storage.database import DB_FILENAME, Database

LOCK_FILENAME = "lernpartner.lock"


def ensure_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
            exc, PermissionError
        ):
            raise DataDirNotWritable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Lernpartner cannot write to the data folder {folder}. Choose another folder "
                    "or ask for write permission.",
                ),
                folder=str(folder),
            ) from exc
        raise DataDirNotWritable(
            QT_TRANSLATE_NOOP("Errors", "The data folder {folder} cannot be used: {reason}"),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc


class InstanceLock:
    """An OS-level lock on a file in the data folder; the OS drops it if the process dies."""

    def __init__(self, folder: Path) -> None:
        from filelock import FileLock

        self._lock = FileLock(str(folder / LOCK_FILENAME), timeout=0)
        self.folder = folder

    def acquire(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise AlreadyRunning(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Lernpartner is already running with the data folder {folder}. "
                    "Switch to the open window, or close it first.",
                ),
                folder=str(self.folder),
            ) from exc

    def release(self) -> None:
        self._lock.release()


class Workspace:
    def __init__(self, folder: Path, db: Database, lock: InstanceLock | None) -> None:
        self.folder = folder
        self.db = db
        self._lock = lock
        self.changes = ChangeHub()
        self.people = PeopleService(db, self.changes)
        self.programs = ProgramService(db, self.changes)
        self.overview = OverviewService(db, self.changes)

    @classmethod
    def open(cls, folder: Path) -> Workspace:
        """Open for writing: claims the folder, creates or migrates the database."""
        ensure_writable(folder)
        lock = InstanceLock(folder)
        lock.acquire()
        try:
            db = Database.open(folder / DB_FILENAME)
        except BaseException:
            lock.release()
            raise
        return cls(folder, db, lock)

    @classmethod
    def open_readonly(cls, folder: Path) -> Workspace:
        """Open without claiming the folder and without writing (for checks and reports)."""
        return cls(folder, Database.open(folder / DB_FILENAME, readonly=True), None)

    @property
    def db_path(self) -> Path:
        return self.db.path

    def is_empty(self) -> bool:
        return self.people.count() == 0 and not self.programs.list()

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            with contextlib.suppress(Exception):
                self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
