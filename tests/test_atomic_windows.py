"""Renaming over a file that another process holds open (Windows): retried, then a clear error.

On Linux a rename over an open file always succeeds, so the Windows refusal is played by a
replacement for ``os.replace`` that raises Windows' PermissionError while the "other program"
still holds the file; the real thing runs under wine in the smoke run of `make installer`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from lernpartner_desktop.base import atomic
from lernpartner_desktop.base.atomic import write_bytes_atomic
from lernpartner_desktop.base.errors import FileInUse


def held_until(monkeypatch: pytest.MonkeyPatch, release_at: float) -> list[float]:
    tries: list[float] = []
    real = os.replace

    def windows_replace(src: object, dst: object) -> None:
        tries.append(time.monotonic())
        if time.monotonic() < release_at:
            raise PermissionError(13, "Access is denied", str(dst))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "_WINDOWS", True)
    monkeypatch.setattr(atomic.os, "replace", windows_replace)
    return tries


def test_a_short_hold_passes_after_retrying(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"old")
    tries = held_until(monkeypatch, time.monotonic() + 0.4)
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(tries) > 1
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]


def test_a_long_hold_gives_a_clear_error_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "REPLACE_PATIENCE_SECONDS", 0.3)
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"old")
    held_until(monkeypatch, time.monotonic() + 3600)
    with pytest.raises(FileInUse, match="open in another program"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]  # no temporary file left


def test_other_systems_do_not_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f"
    tries = held_until(monkeypatch, time.monotonic() + 3600)
    monkeypatch.setattr(atomic, "_WINDOWS", False)
    with pytest.raises(PermissionError):
        write_bytes_atomic(target, b"x")
    assert len(tries) == 1
