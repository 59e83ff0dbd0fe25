"""lernpartner programs: every program with the id that ``match`` and ``status`` ask for."""

from __future__ import annotations

import argparse
from pathlib import Path

from lernpartner_desktop.base.i18n import format_date
from lernpartner_desktop.cli.output import CLI


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    text = CLI.tr("list the programs with their ids (for --program ID)")
    programs = sub.add_parser("programs", parents=[common], help=text, description=text)
    programs.set_defaults(run=lambda args, folder: _programs(folder))


def _programs(folder: Path) -> int:
    from lernpartner_desktop.core.formats import FORMATS
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        programs = sorted(ws.programs.all(), key=lambda p: p.id)
    if not programs:
        print(CLI.tr("No programs yet."))
        return 0
    archived = CLI.tr("(archived)")
    rows = [
        (
            str(p.id),
            p.name + (f" {archived}" if p.archived else ""),
            FORMATS[p.format].display_name(),
            format_date(p.start_date) + (" – " + format_date(p.end_date) if p.end_date else ""),
            str(p.participant_count),
        )
        for p in programs
    ]
    head = (
        CLI.tr("ID"),
        CLI.tr("Program"),
        CLI.tr("Format"),
        CLI.tr("Runs"),
        CLI.tr("Participants"),
    )
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        cells = [row[0].rjust(widths[0])]
        cells += [cell.ljust(width) for cell, width in zip(row[1:-1], widths[1:-1], strict=True)]
        cells.append(row[-1].rjust(widths[-1]))
        print("  ".join(cells).rstrip())
    print()
    print(CLI.tr("Suggest pairs for one: lernpartner match --program ID"))
    return 0
