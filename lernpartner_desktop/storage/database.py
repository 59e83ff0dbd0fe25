"""The one SQLite file: inspecting it, migrating it, and opening sessions on it.

Start-up stays light: the file is inspected with the standard ``sqlite3`` module and Alembic is
imported only when a migration is actually pending (a new file or an older schema).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from lernpartner_desktop.core.atomic import atomic_path
from lernpartner_desktop.core.errors import (
    DatabaseTooNew,
    NotALernpartnerDatabase,
    StoreError,
)
from lernpartner_desktop.core.i18n import QT_TRANSLATE_NOOP

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


def _set_pragmas(dbapi_connection: Any, _record: Any, *, foreign_keys: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path, *, readonly: bool = False, foreign_keys: bool = True) -> Engine:
    if readonly:
        uri = f"{path.as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )

        @event.listens_for(engine, "connect")
        def _ro_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
    else:
        engine = create_engine(f"sqlite:///{path}")

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, record: Any) -> None:
            _set_pragmas(dbapi_connection, record, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


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


def migrate(path: Path, target: str = "head") -> None:
    """Run Alembic migrations up to ``target`` (imported here: off the normal start path)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    # Foreign keys off while batch migrations recreate tables; env.py runs foreign_key_check.
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    finally:
        engine.dispose()


class Database:
    """An open store. Sessions are short: one per service call."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.engine = make_engine(path, readonly=readonly)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Database:
        state = inspect_file(path)
        check_revision(path, state.revision)
        if readonly:
            if state.revision is None:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "There is no Lernpartner database in {folder} yet."
                    ),
                    folder=str(path.parent),
                )
            return cls(path, readonly=True)
        head = head_revision()
        if state.revision != head:
            if state.revision is not None:
                copy_aside(path, f"schema{head}")
            migrate(path)
        return cls(path)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
