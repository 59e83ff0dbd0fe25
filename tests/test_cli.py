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
    assert "There is no program with id 999" in capsys.readouterr().err


def test_programs_lists_every_program_with_its_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    with Workspace.open(folder) as ws:
        programs = ws.programs.all()
        ws.programs.set_archived(programs[0].id, True)
    capsys.readouterr()
    assert main(["programs", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    for p in programs:
        line = next(li for li in out.splitlines() if p.name in li)
        assert line.split()[0] == str(p.id)
        assert line.split()[-1] == str(p.participant_count)
        assert ("(archived)" in line) == (p.id == programs[0].id)
    assert "match --program ID" in out


def test_an_id_that_never_existed_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    capsys.readouterr()
    assert main(["match", "--program", "999", "--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "There is no program with id 999" in err and "lernpartner programs" in err
    assert "no longer exists" not in err


@pytest.mark.parametrize("command", [["status"], ["match", "--program", "1"], ["programs"]])
@pytest.mark.parametrize("empty_file", [False, True])
def test_reading_commands_create_nothing_where_there_is_no_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], empty_file: bool
) -> None:
    folder = tmp_path / "nothing" / "here"
    if empty_file:
        folder.mkdir(parents=True)
        (folder / DB_FILENAME).touch()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main([*command, "--data-dir", str(folder)]) == 1
    assert "There is no Lernpartner data in" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    if empty_file:
        assert (folder / DB_FILENAME).stat().st_size == 0


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    """``lernpartner match ... | head -1``: no BrokenPipeError traceback."""
    import subprocess
    import sys

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    for command in (["match", "--program", "1"], ["status"], ["programs"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "lernpartner_desktop", "--data-dir", str(folder), *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first line is written
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert err == "", f"{command}: {err}"
        assert proc.returncode == 141


def test_every_command_help_opens_with_a_one_line_description(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from lernpartner_desktop.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) >= {"gui", "demo", "check", "status", "where", "match", "programs"}
    for name in sub.choices:
        with pytest.raises(SystemExit):
            main([name, "--help"])
        lines = capsys.readouterr().out.splitlines()
        usage_end = lines.index("")
        description = lines[usage_end + 1]
        assert description and lines[usage_end + 2] == "", f"{name}: {lines[:6]}"
