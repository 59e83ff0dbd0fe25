"""Re-sealing every sealed record inside the caller's transaction (re-key, format 2).

Runs inside one write transaction together with the header change, so a crash leaves
either the old key and old records or the new key and new records, never a mix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lernpartner_desktop.base.errors import RecordDamaged
from lernpartner_desktop.vault.crypto import FieldCipher, open_legacy
from lernpartner_desktop.vault.registry import SealedColumn, sealed_columns

#: ``progress(done, total)``; called from the thread that re-keys (the database worker).
Progress = Callable[[int, int], None]
_STEP = 500


@dataclass(frozen=True)
class Resealed:
    sealed: int
    damaged: int  # left exactly as they were: they did not open before either


def _rows(s: Session) -> list[tuple[SealedColumn, Sequence[Any]]]:
    out: list[tuple[SealedColumn, Sequence[Any]]] = []
    for col in sealed_columns():
        table = col.model.__table__
        value = table.c[col.column]
        rows = s.execute(
            select(table.c.id, value, *[table.c[o] for o in col.owners]).where(value.is_not(None))
        ).all()
        out.append((col, rows))
    return out


def _write(s: Session, col: SealedColumn, updates: list[tuple[bytes, int]]) -> None:
    """One executemany straight to the driver: 10,000 rows without per-row SQLAlchemy work.
    Table and column names come from the models, not from input."""
    if updates:
        s.connection().exec_driver_sql(
            f'UPDATE "{col.table}" SET "{col.column}" = ? WHERE id = ?', updates
        )


def reseal(
    s: Session,
    old: FieldCipher,
    new: FieldCipher,
    *,
    accept_format_1: bool = False,
    progress: Progress | None = None,
) -> Resealed:
    """Open every record with ``old`` and seal it again with ``new`` (format 2)."""
    work = _rows(s)
    total = sum(len(rows) for _c, rows in work)
    done = damaged = 0
    if progress is not None:
        progress(0, total)
    for col, rows in work:
        updates = []
        for row_id, record, *owners in rows:
            address = col.address(row_id, owners)
            try:
                plain = old.open(record, address, accept_format_1=accept_format_1)
            except RecordDamaged:
                damaged += 1
            else:
                updates.append((new.seal(plain, address), row_id))
            done += 1
            if progress is not None and done % _STEP == 0:
                progress(done, total)
        _write(s, col, updates)
    if progress is not None:
        progress(total, total)
    return Resealed(done - damaged, damaged)


def seal_plain_text(s: Session, cipher: FieldCipher) -> int:
    """Seal text written before the vault existed (version 0); runs where the vault is made."""
    count = 0
    for col, rows in _rows(s):
        updates = []
        for row_id, record, *owners in rows:
            if record[:1] != b"\x00":
                continue
            try:
                plain = open_legacy(record)
            except RecordDamaged:
                continue  # not even text: it stays, and shows as damaged once the vault exists
            updates.append((cipher.seal(plain, col.address(row_id, owners)), row_id))
        _write(s, col, updates)
        count += len(updates)
    return count
