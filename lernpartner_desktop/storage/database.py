"""The SQLAlchemy side of the store: engines with their pragmas, migrations, sessions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from lernpartner_desktop.storage.sqlitefile import (
    BUSY_TIMEOUT_MS,
    prepare,
)


def _set_pragmas(dbapi_connection: Any, _record: Any, *, foreign_keys: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    # Deleted content is overwritten with zeros, not merely marked free (gap-note retention).
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        _set_pragmas(dbapi_connection, record, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


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

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> Database:
        """Create or migrate ``path`` as needed (see ``prepare``), then open it."""
        prepare(path)
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

    def on_flush(self, listener: Callable[[Session, Any], None]) -> None:
        """Call ``listener(session, context)`` after every flush of this store's sessions, in
        the same transaction (the matching re-checks its pins there)."""
        event.listen(self._sessions, "after_flush", listener)

    def maintain(self, *statements: str) -> None:
        """Run statements that must not be inside a transaction (VACUUM, wal_checkpoint)."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for sql in statements:
                raw.execute(sql).fetchall()

    def close(self) -> None:
        self.engine.dispose()
