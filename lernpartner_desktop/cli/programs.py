"""lernpartner programs: every program with the id that ``match`` and ``status`` ask for."""

from __future__ import annotations

import argparse
from pathlib import Path

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP
from lernpartner_desktop.cli.common import tr


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    text = tr(QT_TRANSLATE_NOOP("CLI", "list the programs with their ids (for --program ID)"))
    programs = sub.add_parser("programs", parents=[common], help=text, description=text)
    programs.set_defaults(run=lambda args, folder: _programs(folder))


def _programs(folder: Path) -> int:
    from lernpartner_desktop.core.formats import FORMATS
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        programs = sorted(ws.programs.all(), key=lambda p: p.id)
    if not programs:
        print(tr(QT_TRANSLATE_NOOP("CLI", "No programs yet.")))
        return 0
    archived = tr(QT_TRANSLATE_NOOP("CLI", "(archived)"))
    rows = [
        (
            str(p.id),
            p.name + (f" {archived}" if p.archived else ""),
            FORMATS[p.format].display_name(),
            p.start_date.strftime("%d.%m.%Y")
            + (" – " + p.end_date.strftime("%d.%m.%Y") if p.end_date else ""),
            str(p.participant_count),
        )
        for p in programs
    ]
    head = (
        tr(QT_TRANSLATE_NOOP("CLI", "ID")),
        tr(QT_TRANSLATE_NOOP("CLI", "Program")),
        tr(QT_TRANSLATE_NOOP("CLI", "Format")),
        tr(QT_TRANSLATE_NOOP("CLI", "Runs")),
        tr(QT_TRANSLATE_NOOP("CLI", "Participants")),
    )
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    for row in (head, *rows):
        cells = [row[0].rjust(widths[0])]
        cells += [cell.ljust(width) for cell, width in zip(row[1:-1], widths[1:-1], strict=True)]
        cells.append(row[-1].rjust(widths[-1]))
        print("  ".join(cells).rstrip())
    print()
    print(tr(QT_TRANSLATE_NOOP("CLI", "Suggest pairs for one: lernpartner match --program ID")))
    return 0
