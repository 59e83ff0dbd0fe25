"""Building blocks for partnership tests: a program with enrolled people."""

from __future__ import annotations

import datetime as dt

from lernpartner_desktop.core.records import PersonInput, ProgramInput
from lernpartner_desktop.workspace import Workspace

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 27)


def program_with(
    ws: Workspace, fmt: str, people: dict[str, str], **kw: object
) -> tuple[int, dict[str, int]]:
    """A program of ``fmt`` (March to November 2026) with ``name -> role`` enrolled."""
    prog = ws.programs.create(
        ProgramInput.from_format(f"{fmt} {len(ws.programs.all())}", fmt, START, end_date=END, **kw)
    )
    ids = {}
    for name, role in people.items():
        pid = ws.people.create(PersonInput(name=name))
        ws.programs.enrol(prog, pid, role, capacity=3 if role == "mentor" else None)
        ids[name] = pid
    return prog, ids


def tandem(ws: Workspace) -> tuple[int, int, dict[str, int]]:
    prog, ids = program_with(ws, "tandem", {"Anna Alt": "peer", "Ben Neu": "peer"})
    pid = ws.partnerships.create(
        prog, [(ids["Anna Alt"], "peer"), (ids["Ben Neu"], "peer")], today=START
    )
    return prog, pid, ids
