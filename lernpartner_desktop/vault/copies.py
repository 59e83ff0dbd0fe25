"""Copies of the database made before a schema upgrade that may still hold plain text.

Before schema 0003 confidential text was stored in clear; a database upgraded from there
keeps it (marked with version byte 0) until the owner sets a passphrase, and every copy the
app made before an upgrade in the meantime holds it too. Whether a copy holds plain text is
decided by its content, not its name or schema: no vault row (it predates the vault, and
schema 0002 kept the text as plain TEXT), or any version-0 record in a sealed column. Such
copies are overwritten with zeros and deleted once the vault exists; a copy that cannot be
read or wiped is reported, never skipped in silence.

Overwriting is best effort: on an SSD (wear levelling) or a copy-on-write or journalling
file system the old blocks may survive elsewhere on the disk. Full-disk encryption
(BitLocker, FileVault, LUKS) is what covers that.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from lernpartner_desktop.vault.registry import sealed_columns

_CHUNK = 1 << 20
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def copies_of(db_path: Path) -> list[Path]:
    return sorted(db_path.parent.glob(f"{db_path.name}.before-*.bak"))


def holds_plain_text(copy: Path) -> bool:
    """Raises OSError or sqlite3.Error when the copy cannot be read."""
    if not copy.is_file():
        raise IsADirectoryError(f"{copy} is not a file")
    # immutable: read the file as it is, without locks or -shm files beside it.
    con = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "vault" not in tables or not con.execute("SELECT count(*) FROM vault").fetchone()[0]:
            return True
        for col in sealed_columns():
            if col.table not in tables:
                continue
            names = {r[1] for r in con.execute(f'PRAGMA table_info("{col.table}")')}
            if col.column not in names:
                continue
            found = con.execute(
                f'SELECT 1 FROM "{col.table}" WHERE substr("{col.column}", 1, 1) = X\'00\' LIMIT 1'
            ).fetchone()
            if found:
                return True
        return False
    finally:
        con.close()


def wipe(path: Path) -> None:
    """Overwrite ``path`` (and its SQLite companions) with zeros, flush, then delete it."""
    for suffix in _COMPANIONS:
        target = path.with_name(path.name + suffix)
        if not target.exists():
            continue
        size = target.stat().st_size
        with target.open("r+b") as f:
            left = size
            while left > 0:
                n = min(left, _CHUNK)
                f.write(b"\0" * n)
                left -= n
            f.flush()
            os.fsync(f.fileno())
        target.unlink()


def remove_plain_copies(db_path: Path) -> tuple[tuple[Path, str], ...]:
    """Wipe every copy that may hold plain text; returns (copy, reason) for each failure."""
    failures: list[tuple[Path, str]] = []
    for copy in copies_of(db_path):
        try:
            if not holds_plain_text(copy):
                continue
            wipe(copy)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            failures.append((copy, reason))
    return tuple(failures)
