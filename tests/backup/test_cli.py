"""lernpartner backup / backups / verify-backup / restore, with secrets from standard input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from lernpartner_desktop.backup import rotation
from lernpartner_desktop.cli import main
from lernpartner_desktop.workspace import Workspace
from tests.backup.helpers import demo_company, tables
from tests.conftest import add_person


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_backup_list_verify_and_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    c = demo_company(tmp_path / "data", people=20)
    c.ws.close()
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["backup", *data]) == 0
    assert "written and verified" in capsys.readouterr().out
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["backup", "--to", str(stick), *data]) == 0
    (on_stick,) = rotation.backups_in(stick)
    capsys.readouterr()
    assert main(["backups", *data]) == 0
    out = capsys.readouterr().out
    assert out.count("Lernpartner-Sicherung-") == 2 and "20" in out

    _stdin(monkeypatch, c.passphrase)
    assert main(["verify-backup", str(on_stick.path), *data]) == 0
    assert "sound" in capsys.readouterr().out
    _stdin(monkeypatch, c.code)
    assert main(["verify-backup", str(on_stick.path), "--recovery-code", *data]) == 0
    _stdin(monkeypatch, "falsch")
    assert main(["verify-backup", str(on_stick.path), *data]) == 1
    assert "does not open" in capsys.readouterr().err

    # On a new PC there is nothing to replace: no --yes needed, even outside a terminal.
    new = ["--data-dir", str(tmp_path / "new-pc")]
    _stdin(monkeypatch, c.code)
    assert main(["restore", str(on_stick.path), "--recovery-code", *new]) == 0
    assert "Restored into" in (out := capsys.readouterr().out) and "people: 20" in out
    with Workspace.open(tmp_path / "new-pc") as ws:
        assert ws.people.count() == 20


def test_restore_without_yes_outside_a_terminal_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    c = demo_company(tmp_path / "data", people=20)
    made = c.ws.backups.make("manual").path
    add_person(c.ws, "Bleibt Erhalten")
    c.ws.close()
    before = tables(tmp_path / "data" / "lernpartner.db")
    _stdin(monkeypatch, c.passphrase)
    assert main(["restore", str(made), "--data-dir", str(tmp_path / "data")]) == 1
    out = capsys.readouterr().out
    assert "people now: 21" in out and "--yes" in out
    assert tables(tmp_path / "data" / "lernpartner.db") == before
    assert [p for p in (tmp_path / "data").iterdir() if p.name.startswith(".lern")] == []


def test_restore_after_a_passphrase_change_keeps_todays_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    c = demo_company(tmp_path / "data", people=20)
    made = c.ws.backups.make("manual").path
    c.ws.vault.change_passphrase(c.passphrase, "Heute gilt diese")
    c.ws.close()
    _stdin(monkeypatch, "Heute gilt diese", c.code.replace("-", ""))
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["restore", str(made), "--yes", *data]) == 0
    assert "passphrase of that day or the recovery code" in capsys.readouterr().out
    with Workspace.open(tmp_path / "data") as ws:
        ws.vault.unlock("Heute gilt diese")


def test_secrets_are_never_taken_from_the_arguments(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["restore", "x.lpbackup", "--passphrase", "geheim", "--data-dir", str(tmp_path)])
