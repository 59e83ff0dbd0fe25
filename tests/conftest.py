from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.core.people import PersonInput
from lernpartner_desktop.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """A real workspace on a fresh temporary SQLite file."""
    workspace = Workspace.open(tmp_path / "data")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(tmp_path: Path) -> Iterator[Workspace]:
    from lernpartner_desktop.core.demo import fill_demo

    workspace = Workspace.open(tmp_path / "demo")
    fill_demo(workspace, people=60)
    yield workspace
    workspace.close()


def add_person(ws: Workspace, name: str, **kw: object) -> int:
    return ws.people.create(PersonInput(name=name, **kw))  # type: ignore[arg-type]
