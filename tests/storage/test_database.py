from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from lernpartner_desktop.base.errors import (
    AlreadyRunning,
    DatabaseTooNew,
    DataDirNotWritable,
    NotALernpartnerDatabase,
)
from lernpartner_desktop.storage.sqlitefile import (
    APPLICATION_ID,
    DB_FILENAME,
    head_revision,
    known_revisions,
)
from lernpartner_desktop.workspace import Workspace
from tests.conftest import FIXTURES, add_person
from tests.fixtures.make_fixture import FIXTURE_PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_has_the_pragmas(ws: Workspace) -> None:
    with ws.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID


def test_alembic_agrees_about_the_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(Path("lernpartner_desktop/storage/migrations").resolve())
    )
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == head_revision()
    assert [r.revision for r in script.walk_revisions()][::-1] == known_revisions()


def test_a_failed_write_leaves_nothing_behind(ws: Workspace) -> None:
    from lernpartner_desktop.storage.models import Person

    with pytest.raises(RuntimeError), ws.db.write() as s:
        s.add(Person(name="Half", name_key="half"))
        s.flush()
        raise RuntimeError("power cut")
    assert ws.people.count() == 0


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.db")), ids=lambda p: p.name)
def test_fixture_of_every_released_schema_upgrades_to_head(tmp_path: Path, fixture: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(fixture, folder / DB_FILENAME)
    old_rev = fixture.stem.split("_")[1]
    with Workspace.open(folder) as ws:
        with ws.db.engine.connect() as c:
            assert (
                c.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
        names = {r.name for r in ws.people.list_rows()}
        assert "Jörg Müller" in names and len(names) == 12
        programs = {p.name: p for p in ws.programs.all()}
        assert {"Tandems Pilot", "Reverse Mentoring"} <= set(programs)
        assert not programs["Tandems Pilot"].archived  # older programs arrive not archived
        if old_rev >= "0002":
            rows = {r.phase for r in ws.partnerships.rows()}
            assert rows == {"learning", "dissolved"}
            learning = next(r for r in ws.partnerships.rows() if r.phase == "learning")
            d = ws.partnerships.detail(learning.id)
            assert d.goals[0].packages and d.journal and d.check_ins
            assert {m.status for m in d.meetings} == {"held", "planned"}
        if old_rev == "0002":
            # Text from before the vault stays readable, and is sealed once a passphrase is set.
            assert [j.body.text for j in d.journal] == ["Erste Sitzung"]
            ws.vault.set_up("neue Passphrase")
            ws.vault.lock()
            assert ws.partnerships.detail(learning.id).journal[0].body.state == "locked"
            ws.vault.unlock("neue Passphrase")
            assert ws.partnerships.detail(learning.id).journal[0].body.text == "Erste Sitzung"

        def raw(sql: str, **params: object) -> list[object]:
            with ws.db.engine.connect() as c:
                return [r[0] for r in c.execute(text(sql), params)]

        if "0003" <= old_rev < "0006":
            # The upgrade has no key: records stay format 1 until the first unlock converts.
            assert raw("SELECT format FROM vault") == [1]
            assert ws.partnerships.detail(learning.id).journal[0].body.state == "locked"
        if old_rev >= "0003":
            ws.vault.unlock(FIXTURE_PASSPHRASE)
            # Converted in one go: every record of format 2, bound to its owners.
            assert raw("SELECT format FROM vault") == [2]
            firsts = {
                first
                for sql in (
                    "SELECT substr(body, 1, 1) FROM journal_entry",
                    "SELECT substr(title, 1, 1) FROM gap_note",
                    "SELECT substr(body, 1, 1) FROM gap_note",
                    "SELECT substr(comment, 1, 1) FROM check_in WHERE comment IS NOT NULL",
                )
                for first in raw(sql)
            }
            assert firsts == {b"\x02"}
            (note,) = ws.gap_notes.for_partnership(learning.id)
            assert note.title.text == "Zeitplanung"
            assert [j.body.text for j in ws.partnerships.detail(learning.id).journal] == [
                "Zweite Sitzung",
                "Erste Sitzung",
            ]
            assert ws.settings.retention_days() == 30
        if old_rev >= "0004":
            rm = next(p.id for p in ws.programs.all() if p.name == "Reverse Mentoring")
            mentee = next(r.id for r in ws.people.list_rows() if r.name == "Käthe Groß")
            assert len(ws.matching.rules(rm, mentee, "prefer")) == 2
            assert ws.matching.weights(rm)["generation"] == 7
            assert ws.matching.population(rm).pinned
        if old_rev >= "0005":
            company = ws.company.get()
            assert company.name == "Müller & Söhne Metallbau GmbH" and company.logo_png
        if old_rev >= "0006":
            # Re-keyed once: the first backup key lives on in the keyring.
            assert len(ws.vault.backup_private_keys()) == 2
            assert ws.gap_notes.create("Neu", "", person_id=mentee) > 3  # 3 was deleted
        # Every table a seal is bound to hands out each id once only.
        for table in ("person", "partnership", "gap_note", "journal_entry", "check_in"):
            sql = raw("SELECT sql FROM sqlite_master WHERE name = :t", t=table)
            assert not sql or "AUTOINCREMENT" in str(sql[0]), table
        tandems = next(p.id for p in ws.programs.all() if p.name == "Tandems Pilot")
        meetings = ws.paper.partnership(learning.id).meetings if old_rev >= "0002" else ()
        if "0002" <= old_rev < "0007":
            # Meetings from before 0007: never moved, unchanged, no topic; no certificates yet.
            assert {(m.original_starts_at, m.sequence, m.topic) for m in meetings} == {
                (None, 0, "")
            }
            assert ws.certificates.rows() == []
            assert ws.certificates.texts(tandems) == (None, None)
        if old_rev >= "0007":
            moved = [m for m in meetings if m.moved]
            assert len(moved) == 1 and moved[0].topic == "Pivot-Tabellen üben"
            assert moved[0].sequence == 2
            issued = ws.certificates.rows(tandems)
            assert [c.kind for c in issued] == ["participation", "participation"]
            assert issued[0].number == "LP-2026-0001"
            assert ws.certificates.texts(tandems) == (
                "Urkunde",
                "{name} hat als {role} teilgenommen.",
            )
            dissolved = next(
                r
                for r in ws.partnerships.rows()
                if r.phase == "dissolved" and all(m.person_id for m in r.members)
            )
            again = ws.certificates.issue_for_partnership(dissolved.id)
            assert [c.number for c in again] == [c.number for c in issued]
            v = ws.certificates.verify(again[0].number, again[0].check_code)
            assert v.state == "genuine" and v.holder_name == again[0].holder_name
        if old_rev >= "0008":
            joerg = next(r.id for r in ws.people.list_rows() if r.name == "Jörg Müller")
            assert ws.people.get(joerg).personnel_number == "00001"
            kaethe = next(r.id for r in ws.people.list_rows() if r.name == "Käthe Groß")
            assert ws.people.get(kaethe).entry_date == dt.date(2012, 3, 15)
            former = [
                r for r in ws.partnerships.rows() if any(m.person_id is None for m in r.members)
            ]
            assert len(former) == 1 and former[0].phase == "dissolved"
            assert "former participant" in former[0].title
        else:
            # The upgrade adds the columns empty and keeps every member a person.
            assert all(ws.people.get(r.id).personnel_number == "" for r in ws.people.list_rows())
            assert all(m.person_id for r in ws.partnerships.rows() for m in r.members)
        if old_rev >= "0009":
            assert programs["Lernzirkel 2025"].archived
            assert ws.overview.registry().all_programs == 2  # the archived one is not counted
        else:
            assert set(programs) == {"Tandems Pilot", "Reverse Mentoring"}
    if old_rev >= "0008":
        # The erased partner left nothing behind in the file.
        for f in folder.iterdir():
            data = f.read_bytes()
            assert b"Erika Extra" not in data and b"erika.extra@" not in data, f.name
    if old_rev == "0002":
        # Neither the file nor the copy made before the upgrade keeps the old plain text.
        for f in folder.iterdir():
            assert b"Erste Sitzung" not in f.read_bytes(), f.name
    backups = list(folder.glob(f"{DB_FILENAME}.before-*.bak"))
    # The copy made before the upgrade stays, unless sealing the vault removed its plain text.
    assert len(backups) == (0 if old_rev in (head_revision(), "0002") else 1)
    from lernpartner_desktop.core.check import check_folder

    assert check_folder(folder) == []


def test_fixture_set_covers_every_schema() -> None:
    assert {p.stem.split("_")[1] for p in FIXTURES.glob("schema_*.db")} == set(known_revisions())


def test_database_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    with Workspace.open(folder) as ws:
        add_person(ws, "Zukunft")
    db = folder / DB_FILENAME
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(db)
    with pytest.raises(DatabaseTooNew) as err:
        Workspace.open(folder)
    assert "newer version" in str(err.value)
    assert digest(db) == before
    assert not list(folder.glob("*.bak"))


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / DB_FILENAME).write_text("Einkaufsliste: Milch, Brot")
    with pytest.raises(NotALernpartnerDatabase, match="not a Lernpartner database"):
        Workspace.open(folder)
    assert (folder / DB_FILENAME).read_text() == "Einkaufsliste: Milch, Brot"


def test_other_programs_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "o"
    folder.mkdir()
    con = sqlite3.connect(folder / DB_FILENAME)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    con.commit()
    con.close()
    before = digest(folder / DB_FILENAME)
    with pytest.raises(NotALernpartnerDatabase, match="another program"):
        Workspace.open(folder)
    assert digest(folder / DB_FILENAME) == before


def test_empty_file_becomes_a_fresh_database(tmp_path: Path) -> None:
    folder = tmp_path / "e"
    folder.mkdir()
    (folder / DB_FILENAME).touch()
    with Workspace.open(folder) as ws:
        assert ws.is_empty()


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataDirNotWritable, match="cannot be used"):
        Workspace.open(blocker / "data")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root ignores directory permissions"
)
def test_read_only_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirNotWritable, match="cannot write"):
            Workspace.open(folder)
    finally:
        folder.chmod(0o700)


def test_one_instance_per_data_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "one"
    with Workspace.open(folder):
        out = subprocess.run(
            [sys.executable, "-m", "lernpartner_desktop", "--data-dir", str(folder), "demo"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 1
        assert "already running" in out.stderr
    # Once the first one is closed, the folder is free again.
    with Workspace.open(folder):
        pass


def test_second_open_in_same_process_is_refused_too(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    with Workspace.open(folder), pytest.raises(AlreadyRunning):
        Workspace.open(folder)


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    """A migration that forgets a column or an index (or adds one the models lack) fails."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from lernpartner_desktop.storage.models import Base

    with Workspace.open(tmp_path / "d") as ws, ws.db.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert diff == []
