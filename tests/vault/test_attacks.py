"""Issue 10: the vault attacked through its database file, one test per numbered point.

Each test touches a real file as an attacker with write access would: a separate ``sqlite3``
connection that edits rows behind the app's back, copies of the file, rows swapped or
replayed. Every one of them failed on the code before issue 10 (see the closing note).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.base.errors import (
    RecordDamaged,
    VaultHeaderInvalid,
    WrongPassphrase,
    WrongRecoveryCode,
)
from lernpartner_desktop.core.records import MeetingPlan
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME, copy_aside
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person
from tests.core.helpers import START, program_with, tandem

PASS = "Kaffee und Tandem"
NEW = "Neue lange Passphrase"


@pytest.fixture
def attacker(ws: Workspace) -> Iterator[sqlite3.Connection]:
    """A second connection to the live file, as another program (or person) would open it."""
    con = sqlite3.connect(ws.db_path, isolation_level=None)
    yield con
    con.close()


def _one(con: sqlite3.Connection, sql: str, *params: object) -> object:
    return con.execute(sql, params).fetchone()[0]


# -- 1. re-key, not only re-wrap ---------------------------------------------------------------


def _graft_header(source: Path, target: Path) -> None:
    """Put the vault row of ``source`` (an old copy) into ``target``: the old wrapped keys."""
    con = sqlite3.connect(target, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS old", (str(source),))
        con.execute("DELETE FROM vault")
        con.execute("INSERT INTO vault SELECT * FROM old.vault")
    finally:
        con.close()


def test_old_passphrase_with_an_old_copy_opens_nothing_written_after_the_change(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        anna = add_person(ws, "Anna Alt")
        ws.vault.set_up(PASS)
        before = ws.gap_notes.create("Vorher", "alte Notiz", person_id=anna)
        # The safety copy the app makes before a schema upgrade, made the same way.
        old_copy = copy_aside(ws.db_path, "schema0006")
        ws.vault.change_passphrase(PASS, NEW)
        after = ws.gap_notes.create("Nachher", "neue Notiz", person_id=anna)
        assert ws.gap_notes.read(after) == ("Nachher", "neue Notiz")
    # The attacker knows the old passphrase, holds the old copy and gets today's file.
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(folder / DB_FILENAME, stolen / DB_FILENAME)
    _graft_header(old_copy, stolen / DB_FILENAME)
    with Workspace.open(stolen) as ws:
        ws.vault.unlock(PASS)  # the old header opens: it is the old key
        for note in (before, after):
            with pytest.raises(RecordDamaged):
                ws.gap_notes.read(note)
    # And today's passphrase on today's file still opens everything.
    with Workspace.open(folder) as ws:
        ws.vault.unlock(NEW)
        assert ws.gap_notes.read(before) == ("Vorher", "alte Notiz")


def test_old_recovery_code_with_an_old_copy_opens_nothing_written_after_a_new_code(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    with Workspace.open(folder) as ws:
        anna = add_person(ws, "Anna Alt")
        old_code = ws.vault.set_up(PASS)
        old_copy = copy_aside(ws.db_path, "schema0006")
        ws.vault.new_recovery_code(PASS)
        after = ws.gap_notes.create("Nachher", "neue Notiz", person_id=anna)
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(folder / DB_FILENAME, stolen / DB_FILENAME)
    _graft_header(old_copy, stolen / DB_FILENAME)
    with Workspace.open(stolen) as ws:
        ws.vault.reset_with_recovery_code(old_code, "Angreifer")
        with pytest.raises(RecordDamaged):
            ws.gap_notes.read(after)
    with Workspace.open(folder) as ws, pytest.raises(WrongRecoveryCode):
        ws.vault.reset_with_recovery_code(old_code, "Angreifer")


# -- 2. the backup key survives re-keying and is authenticated ---------------------------------


def test_a_swapped_backup_public_key_is_found_and_put_right(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    ws.vault.set_up(PASS)
    genuine = ws.vault.backup_public_key()
    ws.vault.lock()
    # The attacker plants a public key of their own: backups would be sealed to them.
    _evil_private, evil_public = crypto.new_backup_keypair()
    attacker.execute("UPDATE vault SET backup_public_key = ?", (evil_public,))
    ws.vault.unlock(PASS)
    assert ws.vault.backup_public_key() == genuine
    assert _one(attacker, "SELECT backup_public_key FROM vault") == genuine
    sealed = crypto.seal_to(ws.vault.backup_public_key(), b"Sicherung")
    assert crypto.open_sealed(ws.vault.backup_private_key(), sealed) == b"Sicherung"
    # Swapped again while the app runs: it keeps sealing to the key it checked.
    attacker.execute("UPDATE vault SET backup_public_key = ?", (evil_public,))
    ws.vault.lock()
    assert ws.vault.backup_public_key() == genuine


# -- 3. no forged "legacy plaintext" -----------------------------------------------------------


def test_planted_plain_text_is_damage_once_the_vault_exists(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    nid = ws.gap_notes.create("Echt", "echte Notiz", person_id=anna)
    ws.vault.lock()
    attacker.execute(
        "UPDATE gap_note SET body = CAST(X'00' || 'Gefälscht' AS BLOB) WHERE id = ?", (nid,)
    )
    (note,) = ws.gap_notes.for_person(anna)
    assert note.body.state == "damaged" and note.body.text is None  # even while locked
    ws.vault.unlock(PASS)
    with pytest.raises(RecordDamaged):
        ws.gap_notes.read(nid)
    # Bytes that are not UTF-8 at all: one damaged note, not a broken panel.
    attacker.execute("UPDATE gap_note SET title = X'00FF' WHERE id = ?", (nid,))
    (note,) = ws.gap_notes.for_person(anna)
    assert note.title.state == "damaged"
    ws.vault.lock()
    (note,) = ws.gap_notes.for_person(anna)
    assert note.title.state == "damaged"


# -- 4. old plain copies found by content ------------------------------------------------------


def test_a_copy_holding_plain_text_is_wiped_whatever_its_schema(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    _prog, pid, ids = tandem(ws)
    # Text from before the vault, as a database upgraded from schema 0002 holds it.
    attacker.execute(
        "INSERT INTO journal_entry (partnership_id, person_id, written_on, body) "
        "VALUES (?, ?, '2026-03-03', CAST(X'00' || 'Klartext vor dem Tresor' AS BLOB))",
        (pid, ids["Anna Alt"]),
    )
    # A later upgrade copies the file aside: its schema is new, its content still plain.
    copy = copy_aside(ws.db_path, "schema0099")
    ws.vault.set_up(PASS)
    assert not copy.exists()
    for f in ws.folder.iterdir():
        if f.is_file():
            assert b"Klartext vor dem Tresor" not in f.read_bytes(), f.name
    assert ws.vault.wipe_failures == ()
    detail = ws.partnerships.detail(pid)
    assert [j.body.text for j in detail.journal] == ["Klartext vor dem Tresor"]


def test_a_copy_that_cannot_be_wiped_is_reported(ws: Workspace) -> None:
    # Something with a copy's name that cannot be read or overwritten.
    blocker = ws.folder / f"{DB_FILENAME}.before-schema0002-20260101-000000.bak"
    blocker.mkdir()
    ws.vault.set_up(PASS)
    assert ws.vault.wipe_failures and ws.vault.wipe_failures[0][0] == blocker


# -- 5. the owner is bound, ids are never reused -----------------------------------------------


def test_a_gap_note_moved_to_another_person_or_partnership_is_damaged(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    ws.vault.set_up(PASS)
    _prog, pid, ids = tandem(ws)
    prog2, more = program_with(ws, "tandem", {"Cem Cay": "peer", "Dana Dorn": "peer"})
    pid2 = ws.partnerships.create(prog2, [(i, "peer") for i in more.values()], today=START)
    anna, ben = ids["Anna Alt"], ids["Ben Neu"]
    personal = ws.gap_notes.create("Präsentieren", "ungern vor Gruppen", person_id=anna)
    shared = ws.gap_notes.create("Zeitplanung", "zu knapp", partnership_id=pid)
    attacker.execute("UPDATE gap_note SET person_id = ? WHERE id = ?", (ben, personal))
    attacker.execute("UPDATE gap_note SET partnership_id = ? WHERE id = ?", (pid2, shared))
    for note in (personal, shared):
        with pytest.raises(RecordDamaged):
            ws.gap_notes.read(note)
    assert ws.gap_notes.for_person(ben)[0].body.state == "damaged"
    # Moved from a person to a partnership: damaged too.
    attacker.execute(
        "UPDATE gap_note SET person_id = NULL, partnership_id = ? WHERE id = ?", (pid, personal)
    )
    with pytest.raises(RecordDamaged):
        ws.gap_notes.read(personal)


def test_journal_and_check_in_bound_to_author_kind_and_partnership(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    ws.vault.set_up(PASS)
    _prog, pid, ids = tandem(ws)
    anna, ben = ids["Anna Alt"], ids["Ben Neu"]
    ws.partnerships.advance(pid)
    import datetime as dt

    (mid,) = ws.meetings.plan(pid, MeetingPlan(dt.datetime(2026, 3, 10, 16)))
    ws.meetings.set_status(mid, "held")
    entry = ws.partnerships.add_journal_entry(pid, anna, "Annas Eintrag")
    fit = ws.partnerships.record_fit(pid, anna, "fits", "passt gut")
    interim = ws.partnerships.record_interim(pid, ben, 4, 4, 4, "Bens Rückmeldung")
    attacker.execute("UPDATE journal_entry SET person_id = ? WHERE id = ?", (ben, entry))
    attacker.execute("UPDATE check_in SET kind = 'interim' WHERE id = ?", (fit,))
    attacker.execute("UPDATE check_in SET person_id = ? WHERE id = ?", (anna, interim))
    d = ws.partnerships.detail(pid)
    assert [j.body.state for j in d.journal] == ["damaged"]
    assert [c.comment.state for c in d.check_ins] == ["damaged", "damaged"]
    # Put back: authentic again (the binding, not the bytes, was wrong).
    attacker.execute("UPDATE journal_entry SET person_id = ? WHERE id = ?", (anna, entry))
    assert ws.partnerships.detail(pid).journal[0].body.text == "Annas Eintrag"


def test_an_old_ciphertext_replayed_into_a_new_note_is_refused(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    old = ws.gap_notes.create("Alt", "die gelöschte Notiz", person_id=anna)
    old_body = _one(attacker, "SELECT body FROM gap_note WHERE id = ?", old)
    ws.gap_notes.delete(old)
    new = ws.gap_notes.create("Neu", "eine neue Notiz", person_id=anna)
    assert new != old  # ids of sealed rows are never reused
    attacker.execute("UPDATE gap_note SET body = ? WHERE id = ?", (old_body, new))
    with pytest.raises(RecordDamaged):
        ws.gap_notes.read(new)
    sql = _one(attacker, "SELECT sql FROM sqlite_master WHERE name = 'gap_note'")
    assert "AUTOINCREMENT" in str(sql)


# -- 6. a new recovery code needs the passphrase -----------------------------------------------


def test_a_new_recovery_code_needs_the_passphrase(ws: Workspace) -> None:
    code = ws.vault.set_up(PASS)
    # Someone at the unlocked PC, without the passphrase.
    with pytest.raises(WrongPassphrase):
        ws.vault.new_recovery_code("geraten")
    ws.vault.lock()
    ws.vault.reset_with_recovery_code(code, PASS)  # the owner's sheet still works


# -- 7. settings checked when read -------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "stored", "read"),
    [
        ("vault.idle_minutes", "100000", 480),
        ("vault.idle_minutes", "0", 1),
        ("vault.idle_minutes", "-5", 1),
        ("gap_notes.retention_days", "-1", 0),
        ("gap_notes.retention_days", "99999999999999999999", 3650),
    ],
)
def test_settings_out_of_range_are_clamped_when_read(
    ws: Workspace, attacker: sqlite3.Connection, key: str, stored: str, read: int
) -> None:
    attacker.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, stored))
    assert ws.settings.get_int(key) == read


# -- 8. key derivation cannot freeze the app ---------------------------------------------------


def test_stored_key_settings_beyond_four_times_the_shipped_cost_are_refused(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    ws.vault.set_up(PASS)
    ws.vault.lock()
    # 512 MiB x 7 passes: inside the old per-value limits, far beyond the shipped cost.
    attacker.execute("UPDATE vault SET kdf_memory_kib = ?, kdf_iterations = 7", (512 * 1024,))
    with pytest.raises(VaultHeaderInvalid, match="changed outside Lernpartner"):
        ws.vault.unlock(PASS)
    assert ws.vault.state == "locked"


# -- 9. deleted notes leave the file, files are the owner's only -------------------------------


def test_a_deleted_note_leaves_the_main_file_at_once(
    ws: Workspace, attacker: sqlite3.Connection
) -> None:
    anna = add_person(ws, "Anna Alt")
    ws.vault.set_up(PASS)
    nid = ws.gap_notes.create("Weg damit", "Text " * 50, person_id=anna)
    body = _one(attacker, "SELECT body FROM gap_note WHERE id = ?", nid)
    assert isinstance(body, bytes)
    attacker.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert body[-40:] in ws.db_path.read_bytes()
    ws.gap_notes.delete(nid)
    assert body[-40:] not in ws.db_path.read_bytes()
    wal = ws.db_path.with_name(ws.db_path.name + "-wal")
    assert not wal.exists() or body[-40:] not in wal.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_database_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    with Workspace.open(folder) as ws:
        add_person(ws, "Anna Alt")
        ws.vault.set_up(PASS)
        copy = copy_aside(ws.db_path, "schema0099")
        files = [ws.db_path, copy] + [
            ws.db_path.with_name(ws.db_path.name + s) for s in ("-wal", "-shm")
        ]
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for f in files:
            assert f.exists(), f.name
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_database_is_made_private_when_opened(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    with Workspace.open(folder):
        pass
    (folder / DB_FILENAME).chmod(0o644)
    with Workspace.open(folder) as ws:
        add_person(ws, "Anna Alt")
        assert stat.S_IMODE(ws.db_path.stat().st_mode) == 0o600


# -- 11. the README says what is sealed --------------------------------------------------------


def test_the_readme_lists_every_sealed_column_and_what_stays_visible() -> None:
    from lernpartner_desktop.vault.registry import sealed_columns

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Confidential notes: the vault", 1)[1].split("\n## ", 1)[0]
    for column in sealed_columns():
        assert re.search(rf"`{column.name}`", section), column.name
    for visible in ("check-in ratings", "goal", "meeting", "best effort"):
        assert visible in section
