"""Erasure (Art. 17): afterwards no row holds the person's name, e-mail or id; the database
file, its write-ahead log and every export are scanned for them."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from lernpartner_desktop.core import erasure
from lernpartner_desktop.core.gdpr import person_foreign_keys
from lernpartner_desktop.exchange.export import collect, write_csv, write_xlsx
from lernpartner_desktop.storage.models import Base
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME
from lernpartner_desktop.workspace import Workspace
from tests.core.gdpr_scenario import EMAIL, NAME, PASSPHRASE, build

NEEDLES = (
    NAME.encode(),
    NAME.casefold().encode(),  # the name key
    "Müller, Jörg".encode(),
    EMAIL.encode(),
    EMAIL.encode("utf-16-le"),
    NAME.encode("utf-16-le"),
)


def digest(folder: Path) -> str:
    con = sqlite3.connect(folder / DB_FILENAME)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def leftovers(path: Path) -> list[bytes]:
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            data = b"".join(z.read(n) for n in z.namelist())
    return [n for n in NEEDLES if n in data]


def test_the_preview_lists_what_goes_and_changes_nothing(ws: Workspace) -> None:
    sc = build(ws)
    before = digest(ws.folder)
    pv = ws.erasure.preview(sc.joerg)
    assert (pv.name, pv.personnel_number) == (NAME, "00101")
    assert pv.counts["ad_item.person_id"] == 2
    assert pv.counts["participation.person_id"] == 3
    assert pv.counts["journal_entry.person_id"] == 1
    assert pv.counts["check_in.person_id"] == 2
    assert pv.counts["gap_note.person_id"] == 1
    assert pv.counts["partnership_gap_notes"] == 1
    assert pv.counts["match_rule.person_id"] == 1 and pv.counts["match_rule.other_id"] == 1
    assert pv.counts["person.manager_id"] == 1 and pv.counts["program.facilitator_id"] == 1
    fates = {f.id: f for f in pv.partnerships}
    assert fates[sc.tandem].ends_now and fates[sc.tandem].partners == ("Käthe Groß",)
    assert not fates[sc.circle].ends_now
    assert pv.mentions == 3  # the goal's title, the meeting place, his confirmation
    assert pv.unchecked_sealed == 0  # the vault is open: the partner's journal is checked
    ws.vault.lock()
    assert ws.erasure.preview(sc.joerg).unchecked_sealed > 0
    assert set(pv.counts) >= {f"{t}.{c}" for t, c in person_foreign_keys(Base.metadata)}
    assert digest(ws.folder) == before


def test_after_erasure_nothing_holds_the_person(ws: Workspace, tmp_path: Path) -> None:
    sc = build(ws)
    result = ws.erasure.erase(sc.joerg)
    assert result.name == NAME and result.counts["sealed_mentions"] == 1
    # No reference to the id in any column that refers to a person.
    with ws.db.engine.connect() as c:
        for table, column in person_foreign_keys(Base.metadata):
            rows = c.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {column} = ?", (sc.joerg,)
            ).scalar()
            assert rows == 0, (table, column)
        assert (
            c.exec_driver_sql("SELECT count(*) FROM person WHERE id = ?", (sc.joerg,)).scalar() == 0
        )
    # The partner keeps the history, with a former participant; the pair has ended.
    tandem = ws.partnerships.detail(sc.tandem)
    assert tandem.phase == "dissolved"
    assert [(m.person_id, m.name) for m in tandem.members] == [
        (sc.kaethe, "Käthe Groß"),
        (None, "former participant"),
    ]
    assert tandem.goals[0].title == "Kalkulation wie [former participant]"
    assert tandem.goals[0].person_id is None and tandem.goals[0].packages
    assert [m.place for m in tandem.meetings if m.partnership_id] == [
        "Büro [former participant]",
        "Büro",
    ]
    assert {m.status for m in tandem.meetings if m.partnership_id} == {"held", "cancelled"}
    assert [j.person_id for j in tandem.journal] == [sc.kaethe]
    assert tandem.journal[0].body.text == "[former participant] erklärt Margen sehr geduldig"
    assert tandem.check_ins == () and tandem.dissolve_reason.state == "empty"
    assert ws.gap_notes.for_partnership(sc.tandem) == []
    circle = ws.partnerships.detail(sc.circle)
    assert circle.phase == "dissolved" and len(circle.members) == 4
    # Their participation confirmation is revoked and keeps nothing of theirs; the others'
    # stay genuine.
    certs = {c.holder_name: c for c in ws.certificates.rows(sc.circle_program)}
    assert NAME not in certs and certs["[former participant]"].revoked_on is not None
    assert all(c.revoked_on is None for name, c in certs.items() if name != "[former participant]")
    assert ws.people.get(sc.kaethe).manager_id is None
    assert ws.programs.get(sc.tandem_program).facilitator_id is None
    assert ws.matching.rules(sc.mentoring, sc.anja, "prefer") == []
    # Scan the file, its log and everything beside it (while open and once closed), then
    # the exports.
    names = {p.name for p in ws.folder.iterdir()}
    assert {DB_FILENAME, f"{DB_FILENAME}-wal"} <= names
    for _ in ("open", "closed"):
        for path in (p for p in ws.folder.iterdir() if p.is_file()):
            assert leftovers(path) == [], path.name
        ws.db.close()
    sheets = collect(ws.db)
    write_xlsx(sheets, tmp_path / "after.xlsx")
    for path in [tmp_path / "after.xlsx", *write_csv(sheets, tmp_path / "csv")]:
        assert leftovers(path) == [], path.name


def test_the_scan_would_find_the_person_before(ws: Workspace, tmp_path: Path) -> None:
    """The scan of the previous test can fail: before the erasure it finds everything."""
    build(ws)
    ws.db.maintain("PRAGMA wal_checkpoint(TRUNCATE)")
    assert set(leftovers(ws.folder / DB_FILENAME)) >= {NAME.encode(), EMAIL.encode()}
    write_xlsx(collect(ws.db), tmp_path / "before.xlsx")
    assert NAME.encode() in leftovers(tmp_path / "before.xlsx")


def test_erasure_while_the_vault_is_locked(ws: Workspace) -> None:
    sc = build(ws)
    ws.vault.lock()
    result = ws.erasure.erase(sc.joerg)
    assert result.counts["sealed_mentions"] == 0
    ws.vault.unlock(PASSPHRASE)
    # What could not be checked stays as the partner wrote it (the preview said so).
    assert "Jörg Müller" in ws.partnerships.detail(sc.tandem).journal[0].body.text


def test_a_failed_erasure_changes_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    sc = build(ws)
    before = digest(ws.folder)

    def power_cut(*_args: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(erasure, "_replace_mentions", power_cut)
    with pytest.raises(OSError):
        ws.erasure.erase(sc.joerg)
    assert digest(ws.folder) == before
    assert ws.people.get(sc.joerg).name == NAME
