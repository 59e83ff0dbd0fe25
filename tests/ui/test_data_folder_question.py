"""The desktop app asks before it starts a new database in a folder named on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lernpartner_desktop import paths
from lernpartner_desktop.core.records import PersonInput
from lernpartner_desktop.ui import app
from lernpartner_desktop.workspace import Workspace


def test_a_new_folder_is_only_used_when_the_owner_says_yes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    typo = tmp_path / "Lernpartnre"
    assert app.confirm_new_data_folder(typo) is False
    assert str(typo) in asked[0]
    assert not typo.exists()  # nothing was created
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "lernpartner.db").touch()
    assert app.confirm_new_data_folder(tmp_path / "empty") is False  # an empty file is no data
    answer = QMessageBox.StandardButton.Yes
    assert app.confirm_new_data_folder(typo) is True
    # A folder with data, and the usual data folder, open without a question.
    asked.clear()
    with Workspace.open(tmp_path / "data") as ws:
        ws.people.create(PersonInput("Anna Alt"))
    assert app.confirm_new_data_folder(tmp_path / "data") is True
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "usual")
    assert app.confirm_new_data_folder(tmp_path / "usual") is True
    assert asked == []
