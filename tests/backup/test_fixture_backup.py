"""Backups on owners' sticks must restore in every later version: the fixture backups of each
archive format (tests/fixtures/backup_format*_schema*.lpbackup, never regenerated) restore
into a fresh folder with the passphrase of their day and with the recovery code alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lernpartner_desktop.backup import archive
from lernpartner_desktop.backup.restore import Secret
from lernpartner_desktop.storage.sqlitefile import head_revision
from lernpartner_desktop.workspace import Workspace
from tests.backup.helpers import sealed_texts, tables
from tests.conftest import FIXTURES

BACKUPS = sorted(FIXTURES.glob("backup_format*_schema*.lpbackup"))


def test_there_is_a_fixture_of_todays_format() -> None:
    """A new archive format needs its fixture (tests/fixtures/make_backup_fixture.py)."""
    formats = set()
    for path in BACKUPS:
        archive.read_info(path)  # readable without any secret
        formats.add(json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["format"])
    assert archive.FORMAT_VERSION in formats


@pytest.mark.parametrize("kind", ["passphrase", "recovery_code"])
@pytest.mark.parametrize("fixture", BACKUPS, ids=lambda p: p.stem)
def test_a_fixture_backup_restores(fixture: Path, kind: str, tmp_path: Path) -> None:
    facts = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / fixture.name
    copy.write_bytes(fixture.read_bytes())
    fresh = Workspace.open(tmp_path / "data")
    staged = fresh.backups.stage_restore(copy, Secret(kind, facts[kind]))  # type: ignore[arg-type]
    assert staged.facts.schema == facts["schema"]
    ws = fresh.backups.finish_restore(staged)
    assert isinstance(ws, Workspace)
    try:
        assert tables(ws.db_path)["alembic_version"] == [(head_revision(),)]
        assert ws.people.count() == facts["counts"]["people"]
        assert len(ws.programs.all()) == facts["counts"]["programs"]
        if kind == "passphrase":
            ws.vault.unlock(facts["passphrase"])
        else:
            ws.vault.reset_with_recovery_code(facts["recovery_code"], "Neue Passphrase 2030")
        assert sorted(sealed_texts(ws).values()) == facts["confidential_texts"]
    finally:
        ws.close()
