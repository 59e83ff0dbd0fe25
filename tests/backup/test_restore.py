"""Round trips on the demo database: a backup restores on a new PC with the passphrase or
with the recovery code alone; every table equal, every confidential note readable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from lernpartner_desktop.backup import archive, restore, writer
from lernpartner_desktop.backup.restore import Secret
from lernpartner_desktop.base.errors import (
    BackupNeedsVault,
    BackupTooNew,
    BackupWrongSecret,
    LernpartnerError,
    WrongPassphrase,
)
from lernpartner_desktop.storage.sqlitefile import head_revision
from lernpartner_desktop.workspace import Workspace
from tests.backup.helpers import demo_company, sealed_texts, tables
from tests.conftest import FIXTURES, add_person

NEW_PASSPHRASE = "Neue Passphrase für 2027"


def _restore(ws: Workspace, path: Path, secret: Secret, **kw: object) -> Workspace:
    staged = ws.backups.stage_restore(path, secret)
    new = ws.backups.finish_restore(staged, **kw)  # type: ignore[arg-type]
    assert isinstance(new, Workspace)
    return new


def test_round_trip_on_a_new_pc_with_the_passphrase(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "old-pc", people=60)
    c.ws.backups.make("manual")
    stick = tmp_path / "stick"
    stick.mkdir()
    made = c.ws.backups.to_removable(stick)
    before = tables(c.ws.db_path)
    texts = sealed_texts_after_unlock(c.ws, c.passphrase)
    assert len(texts) > 20 and all(texts.values())
    c.ws.close()
    shutil.rmtree(tmp_path / "old-pc")  # the PC is gone; only the stick is left

    fresh = Workspace.open(tmp_path / "new-pc")
    assert fresh.is_empty()
    new = _restore(fresh, made.path, Secret("passphrase", c.passphrase))
    try:
        assert tables(new.db_path) == before
        assert sealed_texts_after_unlock(new, c.passphrase) == texts
        # Nothing of the empty start was worth keeping: no backup was made before restoring.
        assert not (new.folder / "backups").exists() or not any(
            (new.folder / "backups").iterdir()
        )
        leftovers = [p.name for p in new.folder.iterdir() if p.name.startswith(".")]
        assert leftovers == []
        assert not (new.folder / "lernpartner.db-journal").exists()
    finally:
        new.close()


def sealed_texts_after_unlock(ws: Workspace, passphrase: str) -> dict[str, str]:
    ws.vault.unlock(passphrase)
    try:
        return sealed_texts(ws)
    finally:
        ws.vault.lock()


def test_round_trip_with_the_recovery_code_only(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "old-pc", people=60)
    stick = tmp_path / "stick"
    stick.mkdir()
    made = c.ws.backups.to_removable(stick)
    before = tables(c.ws.db_path)
    texts = sealed_texts_after_unlock(c.ws, c.passphrase)
    c.ws.close()
    shutil.rmtree(tmp_path / "old-pc")

    fresh = Workspace.open(tmp_path / "new-pc")
    new = _restore(fresh, made.path, Secret("recovery_code", c.code.lower().replace("-", " ")))
    try:
        assert tables(new.db_path) == before
        # The passphrase is forgotten: the same code resets it, and every note opens.
        new.vault.reset_with_recovery_code(c.code, "Ganz neue Passphrase")
        assert sealed_texts(new) == texts
    finally:
        new.close()


def test_restore_replaces_the_open_database_and_keeps_it_as_a_backup(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=30)
    ws = c.ws
    made = ws.backups.make("manual")
    at_backup = tables(ws.db_path)
    add_person(ws, "Nach Der Sicherung")
    after = tables(ws.db_path)
    assert (ws.folder / "lernpartner.db-wal").exists()  # the open file has a live WAL
    new = _restore(ws, made.path, Secret("passphrase", c.passphrase))
    try:
        assert tables(new.db_path) == at_backup
        assert new.people.count() == 30
        kept = sorted(new.backups.default_folder().glob("*-vor-Wiederherstellung.lpbackup"))
        assert len(kept) == 1
        # The kept backup holds what was replaced, person added after the backup included.
        again = _restore(new, kept[0], Secret("passphrase", c.passphrase))
        try:
            assert tables(again.db_path) == after
        finally:
            again.close()
    finally:
        new.close()


def test_a_backup_made_before_a_passphrase_change_on_the_same_pc(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=30)
    made = c.ws.backups.make("manual")
    at_backup = tables(c.ws.db_path)
    texts = sealed_texts_after_unlock(c.ws, c.passphrase)
    c.ws.vault.change_passphrase(c.passphrase, NEW_PASSPHRASE)

    staged = c.ws.backups.stage_restore(made.path, Secret("passphrase", NEW_PASSPHRASE))
    assert staged.opened.via == "live"  # today's passphrase, through this PC's keyring
    assert staged.notes_need_old_secret
    # The notes inside are still under the key of their day: the recovery code (unchanged
    # by a passphrase change) or the old passphrase opens them; a wrong one is refused first.
    with pytest.raises(WrongPassphrase):
        restore.check_old_secret(staged, Secret("passphrase", "falsch"))
    old = Secret("recovery_code", c.code)
    restore.check_old_secret(staged, old)
    new = c.ws.backups.finish_restore(staged, old_secret=old)
    assert isinstance(new, Workspace)
    try:
        restored = tables(new.db_path)
        for name in ("person", "program", "partnership_member", "goal", "meeting"):
            assert restored[name] == at_backup[name]
        # Re-keyed to today's passphrase: the notes open with it.
        assert sealed_texts_after_unlock(new, NEW_PASSPHRASE) == texts
        with pytest.raises(WrongPassphrase):
            new.vault.unlock(c.passphrase)
    finally:
        new.close()


def test_without_an_old_secret_the_notes_keep_the_passphrase_of_their_day(
    tmp_path: Path,
) -> None:
    c = demo_company(tmp_path / "data", people=20)
    made = c.ws.backups.make("manual")
    texts = sealed_texts_after_unlock(c.ws, c.passphrase)
    c.ws.vault.change_passphrase(c.passphrase, NEW_PASSPHRASE)
    new = _restore(c.ws, made.path, Secret("passphrase", NEW_PASSPHRASE))
    try:
        with pytest.raises(WrongPassphrase):
            new.vault.unlock(NEW_PASSPHRASE)
        assert sealed_texts_after_unlock(new, c.passphrase) == texts
    finally:
        new.close()


def test_on_a_new_pc_an_old_backup_needs_its_days_secret_or_a_newer_backup(
    tmp_path: Path,
) -> None:
    c = demo_company(tmp_path / "old-pc", people=20)
    stick = tmp_path / "stick"
    stick.mkdir()
    old = c.ws.backups.to_removable(stick).path
    c.ws.vault.change_passphrase(c.passphrase, NEW_PASSPHRASE)
    c.ws.close()
    lonely = tmp_path / "only-this-one"
    lonely.mkdir()
    shutil.copy2(old, lonely / old.name)

    fresh = Workspace.open(tmp_path / "new-pc")
    try:
        # Only the old file: today's passphrase cannot open it, and the message says why.
        with pytest.raises(BackupWrongSecret) as caught:
            fresh.backups.stage_restore(lonely / old.name, Secret("passphrase", NEW_PASSPHRASE))
        assert "valid when it was made" in caught.value.message()
        for secret in (Secret("passphrase", c.passphrase), Secret("recovery_code", c.code)):
            staged = fresh.backups.stage_restore(lonely / old.name, secret)
            assert staged.opened.via == "own"
            restore.discard(staged)
    finally:
        fresh.close()

    # A newer backup beside it on the stick carries the keyring: today's passphrase works.
    again = Workspace.open(tmp_path / "old-pc")
    newer = again.backups.to_removable(stick).path
    again.close()
    assert newer != old
    fresh = Workspace.open(tmp_path / "new-pc")
    try:
        staged = fresh.backups.stage_restore(old, Secret("passphrase", NEW_PASSPHRASE))
        assert staged.opened.via == "newer"
        restore.discard(staged)
    finally:
        fresh.close()


def test_a_wrong_secret_changes_nothing(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=20)
    made = c.ws.backups.make("manual")
    add_person(c.ws, "Bleibt Erhalten")
    before = tables(c.ws.db_path)
    try:
        with pytest.raises(BackupWrongSecret):
            c.ws.backups.stage_restore(made.path, Secret("passphrase", "Demo-Tresor 2027"))
        assert tables(c.ws.db_path) == before
        assert c.ws.people.count() == 21
    finally:
        c.ws.close()


def test_a_backup_of_a_newer_app_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=20)
    future = tmp_path / "future.db"
    src = sqlite3.connect(c.ws.db_path)
    dst = sqlite3.connect(future)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE alembic_version SET version_num = '9999'")
    dst.commit()
    dst.close()
    out = tmp_path / "out"
    out.mkdir()
    made = writer.write_backup(future, out, c.ws.vault.backup_public_key(), origin="manual")
    assert archive.read_info(made.path).manifest.schema == "9999"
    add_person(c.ws, "Bleibt Erhalten")
    before = tables(c.ws.db_path)
    try:
        with pytest.raises(BackupTooNew) as caught:
            c.ws.backups.stage_restore(made.path, Secret("passphrase", c.passphrase))
        assert "schema 9999" in caught.value.message()
        assert tables(c.ws.db_path) == before
        assert [p for p in c.ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []
    finally:
        c.ws.close()


def test_a_backup_of_an_older_schema_is_migrated(tmp_path: Path) -> None:
    """A backup made by an older Lernpartner (schema 0005, vault format 1) restores, is
    upgraded as at every start, and its notes open with the passphrase of that time."""
    old_db = tmp_path / "old.db"
    shutil.copy2(FIXTURES / "schema_0005.db", old_db)
    con = sqlite3.connect(old_db)
    public = con.execute("SELECT backup_public_key FROM vault").fetchone()[0]
    people = con.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    con.close()
    out = tmp_path / "out"
    out.mkdir()
    made = writer.write_backup(old_db, out, public, origin="manual")
    assert made.info.manifest.schema == "0005"
    fresh = Workspace.open(tmp_path / "data")
    new = _restore(fresh, made.path, Secret("passphrase", "Fixture-Tresor"))
    try:
        con = sqlite3.connect(new.db_path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        con.close()
        assert new.people.count() == people
        texts = sealed_texts_after_unlock(new, "Fixture-Tresor")
        assert texts and all(isinstance(t, str) for t in texts.values())
    finally:
        new.close()


def test_a_database_without_a_vault_is_not_backed_up_in_clear(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    try:
        add_person(ws, "Anna Alt")
        with pytest.raises(BackupNeedsVault):
            ws.backups.make("manual")
        assert ws.backups.automatic(closing=True) is None
        assert [p for p in ws.folder.rglob("*.lpbackup")] == []
        assert [p for p in ws.folder.iterdir() if p.name.startswith(".lernpartner")] == []
    finally:
        ws.close()


def test_a_restored_file_that_cannot_be_opened_puts_the_old_one_back(tmp_path: Path) -> None:
    c = demo_company(tmp_path / "data", people=20)
    before = tables(c.ws.db_path)
    bogus = tmp_path / "data" / ".lernpartner-restore-bogus.db"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(LernpartnerError) as caught:
        c.ws.replace_database(bogus)
    back = caught.value.workspace  # type: ignore[attr-defined]
    try:
        assert tables(back.db_path) == before
        assert back.people.count() == 20
        assert [p for p in back.folder.iterdir() if p.name.startswith(".lernpartner")] == []
    finally:
        back.close()
