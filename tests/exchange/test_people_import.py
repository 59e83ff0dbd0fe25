"""Importing a staff list into a real database: the preview per row, update or skip, managers,
all or nothing, nothing changed the second time, and bad files that leave the data alone."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lernpartner_desktop.base.errors import LernpartnerError, ValidationError
from lernpartner_desktop.core import staff_import
from lernpartner_desktop.exchange.people_import import (
    open_staff_file,
    preview,
    records,
    run_import,
)
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME
from lernpartner_desktop.workspace import Workspace
from tests.conftest import add_person

# A staff list as German Excel saves it (Windows-1252, ";", CRLF) with five rows the preview
# must flag: no name (7), not an e-mail (8), an unknown manager (9), the same person twice
# (10), a year of birth in the future (11).
NEXT_YEAR = dt.date.today().year + 1
STAFF = (
    "Mitarbeiterliste;;;;;;;;\r\n"
    ";;;;;;;;\r\n"
    "Personalnummer;Vorname;Nachname;Abteilung;E-Mail;Vorgesetzte/r;Geburtsjahr;Eintritt;"
    "Ich biete\r\n"
    "00101;Jörg;Müller;Geschäftsführung;joerg.mueller@firma.de;;1966;01.04.1998;Kalkulation\r\n"
    "00102;Käthe;Groß;Vertrieb;kaethe.gross@firma.de;Müller, Jörg;1980;15.03.2012;Excel, SAP\r\n"
    "00103;Anja;Weiß;Vertrieb;anja.weiss@firma.de;00102;1991;2019;\r\n"
    "00104;;;Lager;;;;;\r\n"
    "00105;Sören;Bäcker;Lager;soeren.baecker(at)firma.de;00101;1975;;\r\n"
    "00106;Ulrich;Böhm;Lager;ulrich.boehm@firma.de;Niemand Bekannt;1970;;Stapler\r\n"
    "00102;Käthe;Groß;Vertrieb;kaethe.gross@firma.de;;;;\r\n"
    f"00107;Lea;Schäfer;IT;lea.schaefer@firma.de;00101;{NEXT_YEAR};01.09.2024;Python\r\n"
)


def digest(folder: Path) -> str:
    con = sqlite3.connect(folder / DB_FILENAME)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    return hashlib.sha256(dump.encode()).hexdigest()


def staff_file(tmp_path: Path, text: str = STAFF, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


def test_the_preview_flags_each_problem_on_its_row_and_changes_nothing(
    ws: Workspace, tmp_path: Path
) -> None:
    staff = open_staff_file(staff_file(tmp_path), ws.staff_import)
    assert staff.mapping == [
        "personnel_number", "first_name", "last_name", "department", "email", "manager",
        "birth_year", "entry_date", "offers",
    ]  # fmt: skip
    before = digest(ws.folder)
    plan = preview(staff, ws.staff_import)
    by_line = {r.line: r for r in plan.rows}
    assert [r.line for r in plan.rows] == [4, 5, 6, 7, 8, 9, 10, 11]
    assert {ln: r.status for ln, r in by_line.items()} == {
        4: "new", 5: "new", 6: "new", 7: "error", 8: "error", 9: "new", 10: "error", 11: "new",
    }  # fmt: skip
    assert "No name" in by_line[7].problems[0].message()
    assert "is not an e-mail address" in by_line[8].problems[0].message()
    assert 'Nobody is called "Niemand Bekannt"' in by_line[9].problems[0].message()
    assert "same person as in line 5" in by_line[10].problems[0].message()
    assert "year of birth" in by_line[11].problems[0].message()
    assert not by_line[11].problems[0].error  # imported, without the year
    assert [len(r.problems) for r in plan.rows if r.line in (4, 5, 6)] == [0, 0, 0]
    assert (plan.count("new"), plan.count("error"), plan.problem_rows) == (5, 3, 5)
    assert digest(ws.folder) == before


def test_import_then_the_same_file_again_changes_nothing(ws: Workspace, tmp_path: Path) -> None:
    staff = open_staff_file(staff_file(tmp_path), ws.staff_import)
    result = run_import(staff, ws.staff_import)
    assert (result.added, result.updated, result.not_imported) == (5, 0, 3)
    people = {r.name: r for r in ws.people.list_rows()}
    joerg = ws.people.get(people["Jörg Müller"].id)
    assert (joerg.personnel_number, joerg.entry_date) == ("00101", dt.date(1998, 4, 1))
    assert (joerg.generation_basis, joerg.generation_year) == ("birth_year", 1966)
    assert people["Käthe Groß"].manager_name == "Jörg Müller"  # "Müller, Jörg"
    assert people["Anja Weiß"].manager_name == "Käthe Groß"  # by personnel number
    # "2019" as date of entry is only a year: no date; the year of birth stays the hint.
    assert people["Anja Weiß"].generation == "1991"
    assert ws.people.get(people["Anja Weiß"].id).entry_date is None
    assert people["Ulrich Böhm"].manager_name == ""
    # Her year of birth is in the future and left out; the date of entry gives the hint.
    assert people["Lea Schäfer"].generation == "2024*"
    assert people["Käthe Groß"].offers == ("Excel", "SAP")
    before = digest(ws.folder)
    again = open_staff_file(staff_file(tmp_path), ws.staff_import)
    plan = preview(again, ws.staff_import)
    assert {r.status for r in plan.rows} == {"unchanged", "error"}
    result = run_import(again, ws.staff_import)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 5)
    assert digest(ws.folder) == before


def test_fixing_the_flagged_rows_imports_them(ws: Workspace, tmp_path: Path) -> None:
    run_import(open_staff_file(staff_file(tmp_path), ws.staff_import), ws.staff_import)
    fixed = STAFF.replace("00104;;;Lager", "00104;Ida;Fuchs;Lager").replace("(at)", "@")
    plan = preview(open_staff_file(staff_file(tmp_path, fixed), ws.staff_import), ws.staff_import)
    assert {r.line: r.status for r in plan.rows if r.status != "unchanged"} == {
        7: "new",
        8: "new",
        10: "error",
    }
    run_import(open_staff_file(staff_file(tmp_path, fixed), ws.staff_import), ws.staff_import)
    names = {r.name: r for r in ws.people.list_rows()}
    assert names["Sören Bäcker"].manager_name == "Jörg Müller"
    assert "Ida Fuchs" in names and len(names) == 7


def test_matching_by_number_then_email_then_name_and_update_or_skip(
    ws: Workspace, tmp_path: Path
) -> None:
    by_number = add_person(ws, "Jörg Mueller", personnel_number="101")
    by_email = add_person(ws, "K. Groß", email="KAETHE.GROSS@firma.de")
    by_name = add_person(ws, "Anja Weiß", department="Einkauf")
    path = staff_file(tmp_path)
    plan = preview(open_staff_file(path, ws.staff_import), ws.staff_import)
    rows = {r.line: r for r in plan.rows}
    # "00101" is "101": Excel drops leading zeros; the number is not counted as a change.
    assert (rows[4].person_id, rows[4].status) == (by_number, "changed")
    assert "personnel_number" not in rows[4].changes and "name" in rows[4].changes
    assert (rows[5].person_id, rows[5].status) == (by_email, "changed")
    assert (rows[6].person_id, rows[6].changes[:2]) == (by_name, ("personnel_number", "department"))
    skip = preview(open_staff_file(path, ws.staff_import), ws.staff_import, update=False)
    assert [r.status for r in skip.rows if r.person_id] == ["skipped"] * 3
    result = run_import(open_staff_file(path, ws.staff_import), ws.staff_import, update=False)
    assert (result.added, result.updated) == (2, 0)
    assert ws.people.get(by_name).department == "Einkauf"
    run_import(open_staff_file(path, ws.staff_import), ws.staff_import, update=True)
    assert ws.people.get(by_name).department == "Vertrieb"
    assert ws.people.get(by_number).name == "Jörg Müller"
    assert ws.people.get(by_number).personnel_number == "101"


def test_a_name_that_belongs_to_someone_with_another_number_is_refused(
    ws: Workspace, tmp_path: Path
) -> None:
    add_person(ws, "Jörg Müller", personnel_number="09999")
    plan = preview(open_staff_file(staff_file(tmp_path), ws.staff_import), ws.staff_import)
    row = plan.rows[0]
    assert row.status == "error" and "09999" in row.problems[0].message()


def test_a_manager_loop_is_reported_not_imported(ws: Workspace, tmp_path: Path) -> None:
    text = (
        "Personalnummer;Name;Vorgesetzte/r\r\n"
        "1;Anna Alt;3\r\n2;Ben Neu;1\r\n3;Cem Kaya;2\r\n4;Dora Dahl;1\r\n"
    )
    staff = open_staff_file(staff_file(tmp_path, text), ws.staff_import)
    plan = preview(staff, ws.staff_import)
    loop = [r for r in plan.rows if any("loop" in p.message() for p in r.problems)]
    assert [r.line for r in loop] == [2, 3, 4]
    assert "Anna Alt → Cem Kaya → Ben Neu → Anna Alt" in loop[0].problems[0].message()
    run_import(staff, ws.staff_import)
    managers = {r.name: r.manager_name for r in ws.people.list_rows()}
    assert managers == {"Anna Alt": "", "Ben Neu": "", "Cem Kaya": "", "Dora Dahl": "Anna Alt"}


def test_a_loop_through_people_already_stored_is_caught(ws: Workspace, tmp_path: Path) -> None:
    boss = add_person(ws, "Anna Alt", personnel_number="1")
    add_person(ws, "Ben Neu", personnel_number="2", manager_id=boss)
    text = "Personalnummer;Name;Vorgesetzte/r\r\n1;Anna Alt;Ben Neu\r\n"
    plan = preview(open_staff_file(staff_file(tmp_path, text), ws.staff_import), ws.staff_import)
    assert "loop" in plan.rows[0].problems[0].message()
    assert plan.rows[0].status == "unchanged"


def test_all_or_nothing(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    staff = open_staff_file(staff_file(tmp_path), ws.staff_import)
    before = digest(ws.folder)
    real = staff_import._fill
    calls = []

    def power_cut(person: object, row: object) -> None:
        calls.append(row)
        if len(calls) == 3:
            raise OSError("disk full")
        real(person, row)  # type: ignore[arg-type]

    monkeypatch.setattr(staff_import, "_fill", power_cut)
    with pytest.raises(OSError):
        run_import(staff, ws.staff_import)
    assert digest(ws.folder) == before
    assert ws.people.count() == 0


def test_the_column_choices_are_remembered(ws: Workspace, tmp_path: Path) -> None:
    text = "Kürzel;Mitarbeiter/in;Team\r\nJM;Jörg Müller;GF\r\n"
    staff = open_staff_file(staff_file(tmp_path, text), ws.staff_import)
    assert staff.mapping == ["", "name", "department"]
    staff.mapping = ["personnel_number", "name", "location"]
    run_import(staff, ws.staff_import)
    assert ws.people.get(ws.people.list_rows()[0].id).location == "GF"
    again = open_staff_file(staff_file(tmp_path, text), ws.staff_import)
    assert again.mapping == ["personnel_number", "name", "location"]


def test_a_column_chosen_twice_or_no_name(ws: Workspace, tmp_path: Path) -> None:
    staff = open_staff_file(staff_file(tmp_path), ws.staff_import)
    staff.mapping[3] = "email"
    with pytest.raises(ValidationError, match="two columns"):
        records(staff.table, staff.mapping)
    staff.mapping = ["personnel_number", "", "", "", "", "", "", "", ""]
    with pytest.raises(ValidationError, match="holds the name"):
        preview(staff, ws.staff_import)


def test_ragged_rows_are_flagged_and_nothing_is_written(ws: Workspace, tmp_path: Path) -> None:
    text = (
        "Name;Abteilung\r\n"
        "Jörg Müller;Vertrieb;Excel;SAP\r\n"  # a separator inside a value, unquoted
        "Käthe Groß;Lager;;;Extra\r\n"
    )
    before = digest(ws.folder)
    staff = open_staff_file(staff_file(tmp_path, text), ws.staff_import)
    plan = preview(staff, ws.staff_import)
    assert [r.status for r in plan.rows] == ["error", "error"]
    assert "more values (4) than the header has columns (2)" in plan.rows[0].problems[0].message()
    result = run_import(staff, ws.staff_import)
    assert result.added == 0 and digest(ws.folder) == before


def test_export_of_people_imports_back_the_same(demo_ws: Workspace, tmp_path: Path) -> None:
    from lernpartner_desktop.exchange.export import collect, write_xlsx

    sheets = collect(demo_ws.db)
    write_xlsx(sheets[:1], tmp_path / "people.xlsx")
    with Workspace.open(tmp_path / "fresh") as fresh:
        staff = open_staff_file(tmp_path / "people.xlsx", fresh.staff_import)
        result = run_import(staff, fresh.staff_import)
        assert result.added == demo_ws.people.count() and result.not_imported == 0
        theirs = {r.name: r for r in fresh.people.list_rows()}
        for row in demo_ws.people.list_rows():
            got = theirs[row.name]
            assert (got.department, got.job_title, got.location, got.manager_name) == (
                row.department,
                row.job_title,
                row.location,
                row.manager_name,
            )
            assert (got.generation, got.offers, got.seeks) == (
                row.generation,
                row.offers,
                row.seeks,
            )
        again = open_staff_file(tmp_path / "people.xlsx", fresh.staff_import)
        assert {r.status for r in preview(again, fresh.staff_import).rows} == {"unchanged"}


@pytest.fixture(scope="module")
def shared_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.open(tmp_path_factory.mktemp("fuzz"))
    add_person(ws, "Jörg Müller", personnel_number="1")
    return ws


@settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=2000).map(lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b),
        st.text(max_size=400).map(lambda t: ("Name;Abteilung\r\n" + t).encode("utf-8")),
        st.lists(st.lists(st.text(max_size=30), max_size=8), max_size=20).map(
            lambda rows: "\r\n".join(";".join(r) for r in [["Name", "E-Mail"], *rows]).encode(
                "cp1252", errors="replace"
            )
        ),
    )
)
def test_random_bytes_give_a_message_or_a_preview_never_a_crash(
    shared_ws: Workspace, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    before = digest(shared_ws.folder)
    path = tmp_path_factory.getbasetemp() / "fuzz.csv"
    path.write_bytes(data)
    try:
        staff = open_staff_file(path, shared_ws.staff_import)
        plan = preview(staff, shared_ws.staff_import)
        for row in plan.rows:
            for problem in row.problems:
                assert problem.message()
    except LernpartnerError as exc:
        assert exc.message()
    assert digest(shared_ws.folder) == before
