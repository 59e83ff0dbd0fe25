from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lernpartner_desktop.base import i18n
from lernpartner_desktop.core.people import PersonInput
from lernpartner_desktop.vault import crypto
from lernpartner_desktop.vault.crypto import KdfParams
from lernpartner_desktop.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"

#: Argon2id at the smallest memory the vault accepts: tests unlock in milliseconds.
FAST_KDF = KdfParams(memory_kib=KdfParams.MIN_MEMORY_KIB, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New vaults in tests use cheap key settings (the real ones: benchmarks/bench_vault.py)."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def _no_language_left_behind() -> Iterator[None]:
    """A command run in-process installs its language and formats for the whole process; the
    next test starts again from the Qt-free defaults (English texts, 31.12.2026)."""
    yield
    i18n.set_translator(None)
    i18n.set_formats(None)


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
