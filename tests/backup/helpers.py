"""Shared building blocks for the backup tests: a demo company with a vault, table dumps."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lernpartner_desktop.core.demo import DEMO_PASSPHRASE, fill_demo
from lernpartner_desktop.storage.models import CheckIn, GapNote, JournalEntry, Partnership
from lernpartner_desktop.workspace import Workspace
from tests.conftest import FAST_KDF


@dataclass
class Company:
    ws: Workspace
    passphrase: str
    code: str


def demo_company(folder: Path, people: int = 30, seed: int = 7) -> Company:
    """A demo company with its vault on cheap key settings (also in module-scoped fixtures,
    which run before the autouse fixture that makes them cheap for each test)."""
    ws = Workspace.open(folder)
    ws.vault.kdf = FAST_KDF
    code = fill_demo(ws, people=people, seed=seed)
    assert code is not None
    return Company(ws, DEMO_PASSPHRASE, code)


def tables(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order (plain sqlite3, read-only)."""
    con = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            name: sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        con.close()


def sealed_texts(ws: Workspace) -> dict[str, str]:
    """Every confidential text that is there, opened (the vault must be unlocked)."""
    texts: dict[str, str] = {}
    with ws.db.read() as s:
        for row in s.query(GapNote):
            texts[f"gap_note.{row.id}.title"] = ws.vault.open(row, "title")
            texts[f"gap_note.{row.id}.body"] = ws.vault.open(row, "body")
        for row in s.query(JournalEntry):
            texts[f"journal_entry.{row.id}"] = ws.vault.open(row, "body")
        for row in s.query(CheckIn).filter(CheckIn.comment.is_not(None)):
            texts[f"check_in.{row.id}"] = ws.vault.open(row, "comment")
        for row in s.query(Partnership).filter(Partnership.dissolve_reason.is_not(None)):
            texts[f"partnership.{row.id}"] = ws.vault.open(row, "dissolve_reason")
    return texts


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))
