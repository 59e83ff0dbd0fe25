from __future__ import annotations

from pathlib import Path

import pytest

from lernpartner_desktop.cli import main
from lernpartner_desktop.storage.sqlitefile import DB_FILENAME
from lernpartner_desktop.workspace import Workspace


def test_demo_fills_an_empty_folder_and_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo", "--people", "80"]) == 0
    assert "80 people" in capsys.readouterr().out
    with Workspace.open(folder) as ws:
        rows = ws.people.list_rows()
        assert len(rows) == 80
        assert any(ch in "".join(r.name for r in rows) for ch in "äöüÄÖÜß")
        assert len({r.department for r in rows}) >= 8
        assert sum(1 for r in rows if r.manager_name) >= 70
        assert sum(1 for r in rows if r.offers and r.seeks) >= 70
        formats = {p.format for p in ws.programs.all()}
        assert len(formats) >= 4
        assert all(p.participant_count > 0 for p in ws.programs.all())
    assert main(["check", "--data-dir", str(folder)]) == 0
    assert "sound" in capsys.readouterr().out


def test_demo_refuses_a_folder_with_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    before = (folder / DB_FILENAME).stat().st_size
    assert main(["--data-dir", str(folder), "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert (folder / DB_FILENAME).stat().st_size == before


def test_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LERNPARTNER_DATA_DIR", str(tmp_path / "env"))
    assert main(["where"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "env")
    assert main(["where", "--data-dir", str(tmp_path / "flag")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "flag")


def test_check_reports_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "no Lernpartner database" in capsys.readouterr().err


def test_check_finds_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bad"
    assert main(["--data-dir", str(folder), "demo", "--people", "300"]) == 0
    db = folder / DB_FILENAME
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(3, len(data) // page - 1, 2):  # scribble over every other page
        data[p * page + 100 : p * page + 400] = b"\xde\xad" * 150
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--data-dir", str(folder)]) == 1
    assert capsys.readouterr().err.strip()


def test_check_reports_a_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / DB_FILENAME).write_text("hello")
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "not a Lernpartner database" in capsys.readouterr().err


def test_demo_has_partnerships_in_every_phase_and_status_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    with Workspace.open(folder) as ws:
        rows = ws.partnerships.rows()
        assert {r.phase for r in rows} == {
            "preparation",
            "planning",
            "learning",
            "closing",
            "completed",
            "dissolved",
        }
        tandems = {r.phase for r in rows if r.program_name.startswith("Lern-Tandems")}
        assert {"dissolved", "completed"} <= tandems
        learning = next(r for r in rows if r.phase == "learning")
        d = ws.partnerships.detail(learning.id)
        assert d.goals and d.meetings and d.check_ins and d.journal
        assert all(m.starts_at.weekday() < 5 for m in d.meetings if m.partnership_id)
        a = ws.overview.attention()
        assert a.quiet and a.interim_due and a.goals_without_criteria
        assert a.mentors_over_capacity
        program_id = rows[0].program_id
    capsys.readouterr()
    assert main(["status", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    for heading in (
        "Partnerships by phase",
        "Meetings this week",
        "No meeting for 21 days",
        "Interim talks due or overdue",
        "Goals without success criteria",
        "Mentors over capacity",
    ):
        assert heading in out
    assert "Dissolved 2" in out or "Dissolved" in out
    assert main(["status", "--program", str(program_id), "--data-dir", str(folder)]) == 0
    scoped = capsys.readouterr().out
    assert len(scoped) < len(out)
    assert main(["status", "--program", "999", "--data-dir", str(folder)]) == 1
    assert "no longer exists" in capsys.readouterr().err
