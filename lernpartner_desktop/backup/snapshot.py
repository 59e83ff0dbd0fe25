"""A consistent copy of the live database, taken while the app keeps running.

SQLite's online backup API copies the pages of one read transaction, including what is still
in the write-ahead log, while others go on reading and writing. The copy goes into the data
folder (never the system temp folder: the owner's data stays where the owner put it),
created 0600, and is removed afterwards, also on error. A killed process can leave one
behind; :func:`remove_leftovers` clears them the next time backups start in that folder.

What the copy holds is what the live file beside it holds: every confidential column is
ciphertext of the vault (a backup needs a vault, and once the vault exists there is no plain
text of confidential columns in the file). It is removed, not overwritten: overwriting would
double the time of every backup and protect nothing the live file does not already expose.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lernpartner_desktop.vault.crypto import KdfParams
from lernpartner_desktop.vault.keys import Header

SNAPSHOT_PREFIX = ".lernpartner-snapshot-"
RESTORE_PREFIX = ".lernpartner-restore-"
VERIFY_PREFIX = ".lernpartner-verify-"
#: the database a restore replaced, kept until the restored one has opened
REPLACED_PREFIX = ".lernpartner-replaced-"
DATABASE_ID = "backup.database_id"
_COMPANIONS = ("", "-journal", "-wal", "-shm")


@contextlib.contextmanager
def private_file(folder: Path, prefix: str) -> Iterator[Path]:
    """An empty file only the owner may read (mkstemp: 0600), removed with its SQLite
    companions when the block ends, whatever happens in it."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".db", dir=folder)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        remove(path)


def remove(path: Path) -> None:
    for suffix in _COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def remove_leftovers(folder: Path) -> list[Path]:
    """Copies left by a process that was killed during a backup or a restore check.

    Call only while holding the data folder (one process per folder), before any backup of
    this process runs."""
    found = []
    for prefix in (SNAPSHOT_PREFIX, RESTORE_PREFIX, VERIFY_PREFIX, REPLACED_PREFIX):
        for path in folder.glob(prefix + "*"):
            with contextlib.suppress(OSError):
                path.unlink()
                found.append(path)
    return found


def connect_readonly(path: Path, *, private: bool = False) -> sqlite3.Connection:
    """``private``: a copy of ours that nothing else writes; read as it is (immutable), so
    SQLite creates no -wal or -shm beside it."""
    flags = "mode=ro&immutable=1" if private else "mode=ro"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def take(db_path: Path, into: Path) -> None:
    """Copy the live database into the empty file ``into`` (SQLite's online backup API)."""
    src = connect_readonly(db_path)
    try:
        src.execute("PRAGMA busy_timeout = 5000")
        dst = sqlite3.connect(into)
        try:
            # A scratch copy: no journal, no waiting for the disk; we check it afterwards.
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def read_database_id(db_path: Path) -> str | None:
    """The random id of this database, kept in its settings once its first backup is made
    (a restored file keeps it). Tells backups of this database from those of another one
    on the same stick. Plain ``sqlite3``: a backup must not need SQLAlchemy."""
    con = connect_readonly(db_path)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        row = con.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID,)).fetchone()
        return None if row is None else str(row[0])
    finally:
        con.close()


def new_database_id() -> str:
    return secrets.token_hex(16)


def store_database_id(db_path: Path, database_id: str) -> None:
    """Keep the id (unless one is there already); written only after a backup succeeded,
    so that a failed backup leaves the database exactly as it was."""
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        with con:
            con.execute(
                "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                (DATABASE_ID, database_id),
            )
    finally:
        con.close()


@dataclass(frozen=True)
class Facts:
    """What a database file holds, read without SQLAlchemy."""

    schema: str | None
    people: int
    programs: int
    partnerships: int
    database_id: str
    vault: Header | None
    company: str = ""
    sealed_records: int = 0


def _count(con: sqlite3.Connection, tables: set[str], table: str) -> int:
    if table not in tables:
        return 0
    return int(con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


def facts(path: Path, *, private: bool = False) -> Facts:
    """Schema, counts, database id, vault header and company name of a database file."""
    con = connect_readonly(path, private=private)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schema = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
        database_id = ""
        if "setting" in tables:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID,)).fetchone()
            database_id = row[0] if row else ""
        company = ""
        if "company_profile" in tables:
            row = con.execute("SELECT name FROM company_profile WHERE id = 1").fetchone()
            company = row[0] if row and row[0] else ""
        sealed = sum(
            _count(con, tables, t) for t in ("gap_note", "journal_entry")
        )
        return Facts(
            schema=schema,
            people=_count(con, tables, "person"),
            programs=_count(con, tables, "program"),
            partnerships=_count(con, tables, "partnership"),
            database_id=database_id,
            vault=_vault_header(con, tables),
            company=company,
            sealed_records=sealed,
        )
    finally:
        con.close()


def _vault_header(con: sqlite3.Connection, tables: set[str]) -> Header | None:
    """The vault row as vault/keys.py's Header; tolerant of older schemas (0003 to 0005 had
    no keyring, no recovery public key and no format column)."""
    if "vault" not in tables:
        return None
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("SELECT * FROM vault WHERE id = 1").fetchone()
    finally:
        con.row_factory = None
    if row is None:
        return None
    names = set(row.keys())

    def get(name: str, default: object = None) -> object:
        return row[name] if name in names else default

    return Header(
        kdf=KdfParams(
            int(row["kdf_memory_kib"]), int(row["kdf_iterations"]), int(row["kdf_lanes"])
        ),
        passphrase_salt=bytes(row["passphrase_salt"]),
        passphrase_wrapped=bytes(row["passphrase_wrapped"]),
        recovery_salt=bytes(row["recovery_salt"]),
        recovery_wrapped=bytes(row["recovery_wrapped"]),
        recovery_public_key=_opt_bytes(get("recovery_public_key")),
        backup_public_key=bytes(row["backup_public_key"]),
        backup_private_wrapped=bytes(row["backup_private_wrapped"]),
        backup_keyring=_opt_bytes(get("backup_keyring")),
        format=int(get("format", 1) or 1),  # type: ignore[call-overload]
    )


def _opt_bytes(value: object) -> bytes | None:
    return None if value is None else bytes(value)  # type: ignore[call-overload]


def integrity_problems(path: Path, limit: int = 5) -> list[str]:
    """SQLite's ``PRAGMA integrity_check`` of a private copy: empty when sound. (Broken
    references are a matter for ``lernpartner check``, not a reason to refuse a backup.)"""
    try:
        con = connect_readonly(path, private=True)
        try:
            problems = [
                str(m) for (m,) in con.execute(f"PRAGMA integrity_check({limit})") if m != "ok"
            ]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return problems
