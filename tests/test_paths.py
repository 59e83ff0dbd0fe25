"""The default data folder on each platform (the Windows rule checked with platformdirs'
Windows class and a fixed local AppData folder; the smoke run of `make installer` checks it
on wine as well)."""

from __future__ import annotations

from pathlib import Path

import platformdirs.windows
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix

from lernpartner_desktop.cli import main
from lernpartner_desktop.paths import data_dir, default_data_dir


@pytest.fixture
def local_appdata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "AppData" / "Local"
    folders = {"CSIDL_LOCAL_APPDATA": folder, "CSIDL_APPDATA": tmp_path / "AppData" / "Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(folders[name]))
    return folder


def test_windows_gets_one_folder_under_local_appdata(local_appdata: Path) -> None:
    assert default_data_dir(platformdirs.windows.Windows) == local_appdata / "Lernpartner"


def test_windows_keeps_a_database_of_the_older_nested_folder(local_appdata: Path) -> None:
    nested = local_appdata / "Lernpartner" / "Lernpartner"
    nested.mkdir(parents=True)
    (nested / "lernpartner.db").write_bytes(b"")
    assert default_data_dir(platformdirs.windows.Windows) == nested
    # once the new folder has a database of its own, that one wins
    (local_appdata / "Lernpartner" / "lernpartner.db").write_bytes(b"")
    assert default_data_dir(platformdirs.windows.Windows) == local_appdata / "Lernpartner"


def test_linux_follows_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_data_dir(Unix) == tmp_path / "share" / "Lernpartner"


def test_macos_uses_application_support() -> None:
    assert default_data_dir(MacOS) == (
        Path.home() / "Library" / "Application Support" / "Lernpartner"
    )


def test_where_prints_the_platform_folder_without_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LERNPARTNER_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert data_dir() == default_data_dir()
    assert main(["where"]) == 0
    assert capsys.readouterr().out.strip() == str(default_data_dir())
