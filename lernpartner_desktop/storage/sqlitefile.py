"""The one SQLite file as a file: what it holds, copies of it, and quick read-only access.

Only the standard ``sqlite3`` module here: start-up inspects the file and reads the start page
without importing SQLAlchemy, and Alembic is imported only when a migration is pending.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lernpartner_desktop.base.atomic import atomic_path
from lernpartner_desktop.base.errors import (
    DatabaseTooNew,
    NotALernpartnerDatabase,
)
from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP

# "LPNR" in the SQLite header marks a file as ours (PRAGMA application_id).
APPLICATION_ID = 0x4C504E52
DB_FILENAME = "lernpartner.db"
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """Revision ids this build knows, oldest first (file names ``NNNN_description.py``)."""
    revs = [m.group(1) for p in _VERSIONS_DIR.iterdir() if (m := _REVISION_FILE.match(p.name))]
    return sorted(revs)


def head_revision() -> str:
    return known_revisions()[-1]


@dataclass(frozen=True)
class FileState:
    exists: bool
    revision: str | None  # None: no schema yet (new or empty file)


def inspect_file(path: Path) -> FileState:
    """Tell what ``path`` holds without changing it. Raises for foreign or unreadable files."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None)
    with open(path, "rb") as fh:
        if fh.read(16) != _SQLITE_MAGIC:
            raise NotALernpartnerDatabase(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {path} is not a Lernpartner database. It was not changed."
                ),
                path=str(path),
            )
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotALernpartnerDatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {path} cannot be read as a Lernpartner database: {reason}"
            ),
            path=str(path),
            reason=str(exc),
        ) from exc
    if app_id != APPLICATION_ID:
        if tables:
            raise NotALernpartnerDatabase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {path} is a database of another program, not of Lernpartner. "
                    "It was not changed.",
                ),
                path=str(path),
            )
        return FileState(exists=True, revision=None)
    return FileState(exists=True, revision=revision)


def check_revision(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer version of Lernpartner "
                "(schema {revision}). Please install the newer version; the file was not changed.",
            ),
            path=str(path),
            revision=revision,
        )


def copy_aside(path: Path, label: str) -> Path:
    """Copy the database to ``<name>.before-<label>-<time>.bak`` with SQLite's backup API.

    The backup API gives a consistent copy including what is still in the WAL.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{label}-{stamp}.bak")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with atomic_path(target) as tmp:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
    finally:
        src.close()
    return target


#: The database and what SQLite keeps beside it (the WAL and its index, a rollback journal).
COMPANIONS = ("", "-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """On Linux and macOS the database is the owner's only (0600), companions included.

    A new file is created 0600 before SQLite opens it: SQLite gives the -wal and -shm files
    it creates the database file's permissions. Copies made before an upgrade are 0600 too
    (``atomic_path`` writes through ``mkstemp``). Windows keeps the folder's ACLs (the data
    folder is under the user's own profile).
    """
    if os.name != "posix":
        return
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            companion = path.with_name(path.name + suffix)
            if companion.stat().st_mode & 0o077:
                companion.chmod(0o600)


def prepare(path: Path) -> None:
    """Make ``path`` a Lernpartner database at the current schema, or raise.

    A new or empty file gets the schema; an older one is copied aside, then migrated; a newer
    or foreign one is refused and left untouched (its permissions are tightened only once it
    is known to be ours).
    """
    state = inspect_file(path)
    if state.revision is not None or not state.exists or path.stat().st_size == 0:
        make_private(path)
    check_revision(path, state.revision)
    head = head_revision()
    if state.revision != head:
        if state.revision is not None:
            copy_aside(path, f"schema{head}")
        from lernpartner_desktop.storage.database import migrate

        migrate(path)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A plain read-only connection for quick reports (the start page)."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return con
