"""The one object the UI holds (like Anki's Collection).

Opening a workspace claims the data folder for this process (one instance at a time), creates
or migrates the database file and exposes the services: ``ws.people``, ``ws.programs``, ...
After a change the services announce it on ``ws.changes``.

SQLAlchemy costs about a quarter of a second to import. The start page reads with plain
``sqlite3`` (``ws.overview``), and the SQLAlchemy-backed services are built on first use, so
the window is up before that import; :meth:`Workspace.warm_up` then loads it in the
background.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from lernpartner_desktop.base.changes import ChangeHub
from lernpartner_desktop.base.errors import AlreadyRunning, DataDirNotWritable, NoDataHere
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.core.overview import OverviewService
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME, prepare

if TYPE_CHECKING:
    from lernpartner_desktop.backup.service import BackupService
    from lernpartner_desktop.core.certificates import CertificateService
    from lernpartner_desktop.core.company import CompanyService
    from lernpartner_desktop.core.erasure import ErasureService
    from lernpartner_desktop.core.gap_notes import GapNoteService
    from lernpartner_desktop.core.gdpr import GdprService
    from lernpartner_desktop.core.meetings import MeetingService
    from lernpartner_desktop.core.paper import PaperService
    from lernpartner_desktop.core.partnerships import PartnershipService
    from lernpartner_desktop.core.people import PeopleService
    from lernpartner_desktop.core.programs import ProgramService
    from lernpartner_desktop.core.settings import SettingsService
    from lernpartner_desktop.core.staff_import import StaffImportService
    from lernpartner_desktop.exchange.calendar import CalendarService
    from lernpartner_desktop.matching.service import MatchingService
    from lernpartner_desktop.reports.service import ReportService
    from lernpartner_desktop.storage.database import Database
    from lernpartner_desktop.vault.service import Vault

LOCK_FILENAME = "lernpartner.lock"


def ensure_writable(folder: Path) -> None:
    """Create the data folder (0700 on Linux and macOS: the owner's only) and try a write."""
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
            if os.name == "posix":
                folder.chmod(0o700)  # whatever the umask says
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


def holds_data(folder: Path) -> bool:
    """Whether ``folder`` has a database file to open (an empty file does not count)."""
    db = folder / DB_FILENAME
    try:
        return db.is_file() and db.stat().st_size > 0
    except OSError:
        return False


class InstanceLock:
    """An OS-level lock on a file in the data folder; the OS drops it if the process dies."""

    def __init__(self, folder: Path) -> None:
        from filelock import FileLock

        self._lock = FileLock(str(folder / LOCK_FILENAME), timeout=0, mode=0o600)
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
    def __init__(self, folder: Path, lock: InstanceLock) -> None:
        self.folder = folder
        self.db_path = folder / DB_FILENAME
        self._lock: InstanceLock | None = lock
        self.changes = ChangeHub()
        self.overview = OverviewService(self.db_path)

    @classmethod
    def open(cls, folder: Path) -> Workspace:
        """Open for writing: claims the folder, creates or migrates the database."""
        ensure_writable(folder)
        lock = InstanceLock(folder)
        lock.acquire()
        try:
            prepare(folder / DB_FILENAME)
        except BaseException:
            lock.release()
            raise
        return cls(folder, lock)

    @classmethod
    def open_existing(cls, folder: Path) -> Workspace:
        """Open a folder that already holds Lernpartner data; create nothing anywhere.

        For the commands that read (``status``, ``match``, ...): only the desktop app and
        ``demo`` start a new database.
        """
        if not holds_data(folder):
            raise NoDataHere(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no Lernpartner data in {folder}. Nothing was created there. "
                    "Start the desktop app to begin, or check the folder (--data-dir).",
                ),
                folder=str(folder),
            )
        return cls.open(folder)

    @cached_property
    def db(self) -> Database:
        from lernpartner_desktop.matching.store import install_pin_guard
        from lernpartner_desktop.storage.database import Database

        db = Database(self.db_path)
        install_pin_guard(db)  # pins that a change breaks go in the same transaction
        return db

    @cached_property
    def people(self) -> PeopleService:
        from lernpartner_desktop.core.people import PeopleService

        return PeopleService(self.db, self.changes)

    @cached_property
    def programs(self) -> ProgramService:
        from lernpartner_desktop.core.programs import ProgramService

        return ProgramService(self.db, self.changes)

    @cached_property
    def partnerships(self) -> PartnershipService:
        from lernpartner_desktop.core.partnerships import PartnershipService

        return PartnershipService(self.db, self.changes, self.vault)

    @cached_property
    def meetings(self) -> MeetingService:
        from lernpartner_desktop.core.meetings import MeetingService

        return MeetingService(self.db, self.changes)

    @cached_property
    def matching(self) -> MatchingService:
        from lernpartner_desktop.matching.service import MatchingService

        return MatchingService(self.db, self.changes, self.partnerships)

    @cached_property
    def vault(self) -> Vault:
        from lernpartner_desktop.vault.service import Vault

        return Vault(self.db, self.changes)

    @cached_property
    def settings(self) -> SettingsService:
        from lernpartner_desktop.core.settings import SettingsService

        return SettingsService(self.db, self.changes)

    @cached_property
    def gap_notes(self) -> GapNoteService:
        from lernpartner_desktop.core.gap_notes import GapNoteService

        return GapNoteService(self.db, self.changes, self.vault, self.settings)

    @cached_property
    def company(self) -> CompanyService:
        from lernpartner_desktop.core.company import CompanyService

        return CompanyService(self.db, self.changes)

    @cached_property
    def paper(self) -> PaperService:
        from lernpartner_desktop.core.paper import PaperService

        return PaperService(self.db, self.changes)

    @cached_property
    def certificates(self) -> CertificateService:
        from lernpartner_desktop.core.certificates import CertificateService

        return CertificateService(self.db, self.changes, self.paper)

    @cached_property
    def reports(self) -> ReportService:
        """Every document as PDF bytes (imports ReportLab on first use)."""
        from lernpartner_desktop.reports.service import ReportService

        return ReportService(self.paper, self.certificates, self.company)

    @cached_property
    def calendar(self) -> CalendarService:
        """Calendar files (.ics) of a partnership, a program or a person."""
        from lernpartner_desktop.exchange.calendar import CalendarService

        return CalendarService(self.paper)

    @cached_property
    def staff_import(self) -> StaffImportService:
        from lernpartner_desktop.core.staff_import import StaffImportService

        return StaffImportService(self.db, self.changes)

    @cached_property
    def gdpr(self) -> GdprService:
        from lernpartner_desktop.core.gdpr import GdprService

        return GdprService(self.db, self.changes, self.vault)

    @cached_property
    def erasure(self) -> ErasureService:
        from lernpartner_desktop.core.erasure import ErasureService

        return ErasureService(self.db, self.changes, self.vault)

    @cached_property
    def backups(self) -> BackupService:
        from lernpartner_desktop.backup.service import BackupService

        return BackupService(self)

    def replace_database(self, staged: Path) -> Workspace:
        """Put ``staged`` (a checked restore, backup/restore.py) in place of the database and
        return a new workspace on it; this one is closed and hands over its claim on the
        folder. Call it on the database worker, with nothing else using this workspace.

        The database is checkpointed and closed first, so no -wal or -shm of the old file is
        left for SQLite to replay into the new one. An older schema is migrated as at every
        start. If the restored file cannot be opened, the old one is put back, and the
        RestoreFailed raised carries the workspace on it (``error.workspace``).
        """
        from lernpartner_desktop.backup import restore
        from lernpartner_desktop.base.errors import LernpartnerError, RestoreFailed

        lock, self._lock = self._lock, None
        assert lock is not None, "this workspace was already handed over"
        if "db" in self.__dict__:
            self.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
        self.close()
        aside = None
        try:
            aside = restore.install(staged, self.db_path)
            prepare(self.db_path)
        except Exception as exc:  # whatever went wrong, the old data goes back in place
            restore.roll_back(aside, self.db_path)
            error = RestoreFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The restored database could not be opened ({reason}). The previous data "
                    "was put back unchanged.",
                ),
                reason=exc.message() if isinstance(exc, LernpartnerError) else str(exc),
            )
            error.workspace = Workspace(self.folder, lock)  # type: ignore[attr-defined]
            raise error from exc
        restore.forget(aside)
        return Workspace(self.folder, lock)

    def warm_up(self) -> None:
        """Import the SQLAlchemy side (call on the worker after start-up).

        Only imports: the services themselves are built on first use in a blink. Building them
        here would hold ``cached_property``'s class-wide lock (Python 3.11) on the worker
        while the GUI thread may wait for an import lock, a lock-order deadlock.
        """
        import importlib

        for module in (
            "lernpartner_desktop.storage.database",
            "lernpartner_desktop.core.people",
            "lernpartner_desktop.core.programs",
            "lernpartner_desktop.core.partnerships",
            "lernpartner_desktop.core.meetings",
            "lernpartner_desktop.core.gap_notes",
        ):
            importlib.import_module(module)

    def is_empty(self) -> bool:
        return self.overview.is_empty()

    def close(self) -> None:
        if "vault" in self.__dict__:
            self.vault.lock()
        if "db" in self.__dict__:
            self.db.close()
        if self._lock is not None:
            with contextlib.suppress(Exception):
                self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
