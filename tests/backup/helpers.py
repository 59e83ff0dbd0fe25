"""Shared building blocks for the backup tests: a demo company with a vault, table dumps."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
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


_TEMPLATES: dict[tuple[int, int], tuple[Path, str]] = {}


def _template(people: int, seed: int) -> tuple[Path, str]:
    """A demo company's data folder, built once per test process and copied for each test
    (filling the demo and setting up its vault takes a second or two)."""
    found = _TEMPLATES.get((people, seed))
    if found is not None and found[0].exists():
        return found
    root = Path(tempfile.mkdtemp(prefix="lernpartner-demo-template-"))
    atexit.register(shutil.rmtree, root, True)
    ws = Workspace.open(root / "data")
    try:
        ws.vault.kdf = FAST_KDF  # cheap key settings (stored in the vault's header)
        code = fill_demo(ws, people=people, seed=seed)
        assert code is not None
        ws.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    _TEMPLATES[(people, seed)] = (root / "data", code)
    return root / "data", code


def demo_company(folder: Path, people: int = 30, seed: int = 7) -> Company:
    """A demo company in ``folder`` with its vault on cheap key settings, as it would be
    after ``lernpartner demo``: a copy of a template made once per test process."""
    template, code = _template(people, seed)
    shutil.copytree(template, folder)
    ws = Workspace.open(folder)
    ws.vault.kdf = FAST_KDF  # also in module-scoped fixtures (before the autouse one)
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
