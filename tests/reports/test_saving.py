"""Writing documents: atomic, and a clear message when the place cannot take the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lernpartner_desktop.base.atomic import save_user_file
from lernpartner_desktop.base.cloud import cloud_service
from lernpartner_desktop.base.errors import FileNotWritten


def test_a_file_held_open_by_another_program_is_reported_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Terminplan.pdf"
    target.write_bytes(b"the old one")

    def refuse(src: object, dst: object) -> None:  # what Windows does to an open file
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileNotWritten, match=r"another program .* has the file open"):
        save_user_file(target, b"%PDF new")
    assert target.read_bytes() == b"the old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Terminplan.pdf"]  # no temp file


def test_a_missing_or_read_only_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotWritten, match="the folder does not exist"):
        save_user_file(tmp_path / "gone" / "x.pdf", b"%PDF")
    if os.name == "posix" and os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            with pytest.raises(FileNotWritten, match="read-only"):
                save_user_file(ro / "x.pdf", b"%PDF")
        finally:
            ro.chmod(0o700)


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\anna\OneDrive - Müller GmbH\Dokumente\blatt.pdf", "OneDrive"),
        ("/home/anna/Dropbox/blatt.pdf", "Dropbox"),
        ("G:/Meine Ablage/blatt.pdf", "Google Drive"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/blatt.pdf", "iCloud"),
        (r"C:\Users\anna\iCloudDrive\blatt.pdf", "iCloud"),
        ("/home/anna/Dokumente/blatt.pdf", None),
        ("/home/anna/Dokumente/Dropbox-Anleitung.pdf", None),  # a file name, not a folder
    ],
)
def test_cloud_folders_are_recognised(path: str, service: str | None) -> None:
    from pathlib import PureWindowsPath

    p = PureWindowsPath(path) if "\\" in path or ":" in path else path
    assert cloud_service(p, env={}) == service


def test_onedrive_announced_by_its_client_counts_under_any_name() -> None:
    from pathlib import PureWindowsPath

    env = {"OneDriveCommercial": r"C:\Users\anna\Firma AG"}
    assert cloud_service(PureWindowsPath(r"C:\Users\anna\Firma AG\x.pdf"), env) == "OneDrive"
    assert cloud_service(PureWindowsPath(r"C:\Users\anna\Lokal\x.pdf"), env) is None
