"""lernpartner import / export / gdpr on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from lernpartner_desktop.cli import main
from lernpartner_desktop.workspace import Workspace

LIST = (
    "Personalnummer;Vorname;Nachname;Abteilung;E-Mail\r\n"
    "00101;Jörg;Müller;GF;joerg@firma.de\r\n"
    "00102;Käthe;Groß;Vertrieb;kaethe(at)firma.de\r\n"
    "00103;Anja;Weiß;Vertrieb;anja@firma.de\r\n"
)


def test_import_prints_the_preview_and_imports_only_with_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, staff = tmp_path / "d", tmp_path / "liste.csv"
    staff.write_bytes(LIST.encode("cp1252"))
    # Importing needs a data folder the app has started (the CLI creates none by accident).
    assert main(["--data-dir", str(folder), "import", "people", str(staff)]) == 1
    assert "There is no Lernpartner data in" in capsys.readouterr().err
    assert not folder.exists()
    Workspace.open(folder).close()
    assert main(["--data-dir", str(folder), "import", "people", str(staff)]) == 0
    out = capsys.readouterr().out
    assert "cp1252, ';'" in out and "line 3: Käthe Groß: not imported" in out
    assert "not an e-mail address" in out and "Nothing was changed" in out
    with Workspace.open(folder) as ws:
        assert ws.people.count() == 0
    assert main(["--data-dir", str(folder), "import", "people", str(staff), "--apply"]) == 0
    assert "Imported: new: 2, updated: 0." in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "import", "people", str(staff), "--apply"]) == 0
    assert "Imported: new: 0, updated: 0." in capsys.readouterr().out
    staff.write_bytes(b"\x00\x01\x02 kein Text")
    assert main(["--data-dir", str(folder), "import", "people", str(staff)]) == 1
    assert "neither a CSV file nor an Excel workbook" in capsys.readouterr().err


def test_export_access_and_erase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo", "--people", "40"]) == 0
    out = tmp_path / "out"
    assert main(["--data-dir", str(folder), "export", "xlsx", "--out", str(out / "a")]) == 0
    assert openpyxl.load_workbook(out / "a.xlsx").sheetnames[0] == "People"
    assert main(["--data-dir", str(folder), "export", "csv", "--out", str(out / "csv")]) == 0
    assert (out / "csv" / "Meetings.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with Workspace.open(folder) as ws:
        person = ws.people.list_rows()[0]
    capsys.readouterr()
    args = ["--data-dir", str(folder), "gdpr"]
    assert main([*args, "access", "--person", str(person.id), "--out", str(out / "g")]) == 0
    (js,) = (out / "g").glob("*.json")
    assert json.loads(js.read_text("utf-8"))["person"]["name"] == person.name
    assert len(list((out / "g").glob("*.pdf"))) == 1
    assert main([*args, "erase", "--person", str(person.id)]) == 0
    assert "Nothing was changed" in capsys.readouterr().out
    with Workspace.open(folder) as ws:
        assert ws.people.get(person.id).name == person.name
    assert main([*args, "erase", "--person", str(person.id), "--apply"]) == 0
    assert f"{person.name} was erased" in capsys.readouterr().out
    assert main([*args, "erase", "--person", str(person.id)]) == 1
    assert "no longer exists" in capsys.readouterr().err
