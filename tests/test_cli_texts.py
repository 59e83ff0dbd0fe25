"""Every command group speaks German or English as chosen, argparse's own words included, and
no command that reads creates a data folder or a database.

In-process (``cli.main``) on one small demo folder: ``setup()`` chooses the language at every
call, and the autouse fixture of tests/conftest.py puts the Qt-free translator back after each
test.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lernpartner_desktop.cli import main
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME
from lernpartner_desktop.workspace import Workspace

STAFF = (
    "Personalnummer;Vorname;Nachname;Abteilung;E-Mail\r\n"
    "90101;Jörg;Müller;GF;joerg@firma.de\r\n"
    "90102;Käthe;Groß;Vertrieb;kaethe(at)firma.de\r\n"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("texts") / "demo"
    assert main(["--data-dir", str(folder), "demo", "--people", "24"]) == 0
    return folder


def run(
    args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setenv("LERNPARTNER_LANG", lang)
    capsys.readouterr()
    try:
        code = main(args)
    except SystemExit as exc:  # --help, and argparse's own errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "(s)" not in out + err and "%n" not in out + err, out + err
    return code, out, err


# -- help: every command group, both languages ------------------------------------------------

HELP = [
    # (command, German words, English words)
    ([], ["BEFEHL", "\nArgumente:\n", "einen leeren Datenordner mit Demodaten füllen",
          "die Version zeigen"],
     ["COMMAND", "fill an empty data folder with demo data", "show the version"]),
    (["programs"], ["Programme mit ihren Nummern auflisten"], ["list the programs with their ids"]),
    (["print"], ["ein Dokument als PDF schreiben", "DOKUMENT"], ["write a document as PDF"]),
    (["print", "schedule"],
     ["Terminplan", "Wandplan des Programms", "Papierformat des Wandplans (quer)", "DATEI.pdf"],
     ["the program's wall plan", "wall plan paper size (landscape)", "FILE.pdf"]),
    (["print", "certificates"], ["Zertifikate der abgeschlossenen Lernpartnerschaften"],
     ["the certificates of a program's completed partnerships"]),
    (["print", "closing"], ["Abschlussdokument einer Lernpartnerschaft"],
     ["a partnership's closing document"]),
    (["calendar"], ["Kalenderdatei (.ics)", "DATEI.ics"], ["a calendar file (.ics)", "FILE.ics"]),
    (["verify"], ["Prüfcode", "NUMMER"], ["check code", "NUMBER"]),
    (["import", "people"], ["Mitarbeiterliste", "ÜBERSCHRIFT=FELD", "personnel_number"],
     ["staff list", "HEADER=FIELD", "personnel_number"]),
    (["export"], ["alles für Excel exportieren", "eine Arbeitsmappe oder CSV-Dateien"],
     ["export everything for Excel"]),
    (["gdpr"], ["Auskunft über eine Person oder ihre Löschung"], ["access report or erasure"]),
    (["gdpr", "access"], ["Kompetenzlücken und Lerntagebuch"], ["gap notes and journal entries"]),
    (["gdpr", "erase"], ["kann nicht rückgängig gemacht werden"], ["cannot be undone"]),
    (["match"], ["SEKUNDEN"], ["SECONDS"]),
    (["backup"], ["Sicherung"], ["backup"]),
    (["status"], ["nur dieses Programm"], ["only this program"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("command", "german", "english"), HELP, ids=[" ".join(h[0]) or "lernpartner" for h in HELP]
)
def test_help_of_every_command_group_in_both_languages(
    command: list[str],
    german: list[str],
    english: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run([*command, "--help"], "de", monkeypatch, capsys)
    assert code == 0
    # argparse's own words are German too
    assert out.startswith("Aufruf: lernpartner") and "\nOptionen:\n" in out, out
    assert "diese Hilfe zeigen und beenden" in out
    assert "usage:" not in out and "show this help message" not in out
    for word in german:
        assert word in out, f"{word!r} not in {out}"
    code, out, _ = run([*command, "--help"], "en", monkeypatch, capsys)
    assert code == 0
    assert out.startswith("usage: lernpartner") and "\noptions:\n" in out
    assert "show this help message and exit" in out
    for word in english:
        assert word in out, f"{word!r} not in {out}"


def test_argparse_errors_in_both_languages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["print"], "de", monkeypatch, capsys)
    assert code == 2
    assert "lernpartner print: Fehler: diese Angaben fehlen: DOKUMENT" in err, err
    code, _, err = run(["export", "pdf", "--out", "x"], "de", monkeypatch, capsys)
    assert code == 2 and "ungültige Auswahl: 'pdf' (möglich: 'xlsx', 'csv')" in err, err
    code, _, err = run(["print"], "en", monkeypatch, capsys)
    assert code == 2
    assert "lernpartner print: error: the following arguments are required: DOCUMENT" in err


# -- output: a representative line of every command ----------------------------------------


def _completed_partnership(folder: Path) -> tuple[int, int]:
    with sqlite3.connect(folder / DB_FILENAME) as db:
        row = db.execute(
            "SELECT id, program_id FROM partnership WHERE phase = 'completed' ORDER BY id"
        ).fetchone()
    assert row, "the demo has a completed partnership"
    return int(row[0]), int(row[1])


def test_paper_commands_speak_german_and_english(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pair, program = _completed_partnership(demo)
    base = ["--data-dir", str(demo)]
    target = tmp_path / "plan.pdf"
    args = [*base, "print", "closing", "--partnership", str(pair), "--out", str(target)]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and target.is_file()
    assert out.strip().endswith(("(1 Seite)", "(2 Seiten)", "(3 Seiten)")), out
    code, out, _ = run(args, "en", monkeypatch, capsys)
    assert code == 0 and out.strip().endswith(("(1 page)", "(2 pages)", "(3 pages)")), out

    with Workspace.open(demo) as ws:
        cert = ws.certificates.issue_for_partnership(pair)[0]
    check = [*base, "verify", cert.number, cert.check_code]
    code, out, _ = run(check, "de", monkeypatch, capsys)
    assert code == 0, out
    assert out.startswith(f"{cert.number}: ECHT: Zertifikat für {cert.holder_name} (")
    assert "im Programm „" in out and ", ausgestellt am " in out
    code, out, _ = run(check, "en", monkeypatch, capsys)
    assert code == 0 and out.startswith(f"{cert.number}: GENUINE: certificate for ")
    assert "in the program “" in out and ", issued on " in out
    code, out, _ = run([*base, "verify", cert.number, "ZZZZZZ"], "de", monkeypatch, capsys)
    assert code == 2 and "NICHT hier ausgestellt" in out

    ics = tmp_path / "t.ics"
    args = [*base, "calendar", "--program", str(program), "--out", str(ics)]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_programs_and_exchange_commands_speak_german_and_english(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--data-dir", str(demo)]
    code, out, _ = run([*base, "programs"], "de", monkeypatch, capsys)
    assert code == 0 and out.split()[:2] == ["Nr.", "Programm"] and "Teilnehmende" in out
    assert "Paare für ein Programm vorschlagen" in out
    code, out, _ = run([*base, "programs"], "en", monkeypatch, capsys)
    assert code == 0 and "Participants" in out and "Suggest pairs for one" in out

    staff = tmp_path / "liste.csv"
    staff.write_bytes(STAFF.encode("cp1252"))
    args = [*base, "import", "people", str(staff)]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0
    assert "Zeile 3: Käthe Groß: nicht importiert" in out and "    Fehler: " in out
    assert "neu: 1, geändert: 0" in out and "Es wurde nichts geändert." in out
    code, out, _ = run(args, "en", monkeypatch, capsys)
    assert "line 3: Käthe Groß: not imported" in out and "    error: " in out
    assert "new: 1, changed: 0" in out and "Nothing was changed." in out

    args = [*base, "export", "xlsx", "--out", str(tmp_path / "a")]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and out.startswith(f"Geschrieben: {tmp_path / 'a.xlsx'} (Personen: ")
    args = [*base, "export", "csv", "--out", str(tmp_path / "csv")]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and "CSV-Dateien nach" in out

    with Workspace.open(demo) as ws:
        person = ws.people.list_rows()[-1]
    args = [*base, "gdpr", "erase", "--person", str(person.id)]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and out.startswith(f"Das Löschen von {person.name} (Nr. {person.id})")
    assert "Sicherungen von vor heute" in out and "Es wurde nichts geändert." in out
    code, out, _ = run(args, "en", monkeypatch, capsys)
    assert out.startswith(f"Erasing {person.name} (id {person.id}) removes:")
    args = [*base, "gdpr", "access", "--person", str(person.id), "--out", str(tmp_path / "g")]
    code, out, _ = run(args, "de", monkeypatch, capsys)
    assert code == 0 and out.startswith("Geschrieben: ") and "\n  und " in out

    code, out, _ = run([*base, "backups"], "de", monkeypatch, capsys)
    assert code == 0 and out.startswith("Keine Sicherungen in ")


# -- reading commands create nothing ---------------------------------------------------------

READERS = [
    ["status"],
    ["programs"],
    ["match", "--program", "1"],
    ["print", "schedule", "--program", "1", "--out", "{out}/plan.pdf"],
    ["print", "certificates", "--program", "1", "--out", "{out}/z.pdf"],
    ["print", "closing", "--partnership", "1", "--out", "{out}/a.pdf"],
    ["calendar", "--person", "1", "--out", "{out}/t.ics"],
    ["verify", "LP-2026-0001", "ABCDEF"],
    ["export", "xlsx", "--out", "{out}/x.xlsx"],
    ["export", "csv", "--out", "{out}/csv"],
    ["import", "people", "{out}/liste.csv"],
    ["gdpr", "access", "--person", "1", "--out", "{out}/g"],
    ["gdpr", "erase", "--person", "1"],
    ["backups"],
    ["backup", "--to", "{out}/stick"],
    ["verify-backup", "{out}/x.lpbackup"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("folder_exists", [False, True])
def test_no_reading_command_creates_a_data_folder_or_a_database(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    folder_exists: bool,
) -> None:
    folder, out = tmp_path / "Lernpartner", tmp_path / "out"
    out.mkdir()
    (out / "liste.csv").write_bytes(STAFF.encode("cp1252"))
    if folder_exists:
        folder.mkdir()
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    args = [a.format(out=out) for a in command]
    code, _, err = run([*args, "--data-dir", str(folder)], "de", monkeypatch, capsys)
    assert code == 1
    assert f"In {folder} gibt es keine Lernpartner-Daten. Dort wurde nichts angelegt." in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    code, _, err = run([*args, "--data-dir", str(folder)], "en", monkeypatch, capsys)
    assert code == 1 and f"There is no Lernpartner data in {folder}." in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
