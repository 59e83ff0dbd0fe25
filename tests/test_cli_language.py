"""The command line speaks the GUI's language and writes UTF-8 whatever the console says.

Run as a separate process, as a user would: the language is chosen once per process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lernpartner_desktop.cli import main

GERMAN_DAY = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d\d\.\d\d\.")
ENGLISH_DAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ")


def lernpartner(*args: str, lang: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {**os.environ, "LERNPARTNER_LANG": lang, **env}
    return subprocess.run(
        [sys.executable, "-m", "lernpartner_desktop", *args],
        env=environ,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "demo"
    assert main(["--data-dir", str(folder), "demo", "--people", "40"]) == 0
    return folder


def test_status_in_german(demo: Path) -> None:
    run = lernpartner("--data-dir", str(demo), "status", lang="de")
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode("utf-8")
    assert out.startswith("Lernpartner-Stand am ")
    assert GERMAN_DAY.search(out.splitlines()[0]), out.splitlines()[0]
    for heading in (
        "Lernpartnerschaften nach Phase",
        "Treffen diese Woche",
        "Seit 21 Tagen oder länger kein Treffen",
        "Zwischengespräche fällig oder überfällig",
        "Ziele ohne Erfolgskriterien",
    ):
        assert heading in out
    assert "(s)" not in out and not ENGLISH_DAY.search(out)
    assert re.search(r": \d+ Tage?\s+\[Lernpartnerschaft \d+\]", out)


def test_status_in_english(demo: Path) -> None:
    run = lernpartner("--data-dir", str(demo), "status", lang="en")
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode("utf-8")
    assert out.startswith("Lernpartner status on ")
    assert ENGLISH_DAY.search(out.splitlines()[0])
    assert "Partnerships by phase" in out and "No meeting for 21 days or more" in out
    assert "(s)" not in out and not GERMAN_DAY.search(out)


def test_help_and_messages_in_german(demo: Path) -> None:
    run = lernpartner("--help", lang="de")
    assert "einen leeren Datenordner mit Demodaten füllen" in run.stdout.decode("utf-8")
    run = lernpartner("--data-dir", str(demo), "check", lang="de")
    assert run.returncode == 0
    assert run.stdout.decode("utf-8").strip().endswith("ist in Ordnung.")
    run = lernpartner("--data-dir", str(demo), "status", "--program", "999", lang="de")
    assert run.returncode == 1
    assert "Es gibt kein Programm mit der Nummer 999" in run.stderr.decode("utf-8")


@pytest.mark.parametrize("console", ["cp1252", "ascii"])
def test_output_is_utf8_whatever_the_console(tmp_path: Path, console: str) -> None:
    """On Windows, `lernpartner status > file.txt` wrote cp1252 and failed on "ş"."""
    folder = tmp_path / "Ayşe Öztürk"
    target = tmp_path / "out.txt"
    with target.open("wb") as out:
        run = subprocess.run(
            [sys.executable, "-m", "lernpartner_desktop", "--data-dir", str(folder), "where"],
            env={**os.environ, "LERNPARTNER_LANG": "de", "PYTHONIOENCODING": console},
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert target.read_bytes().decode("utf-8").strip() == str(folder)
