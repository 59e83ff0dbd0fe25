"""The basic sub-commands: where, check, demo, status."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lernpartner_desktop.cli.output import CLI


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sub.add_parser("gui", parents=[common], help=CLI.tr("start the desktop app (the default)"))
    demo = sub.add_parser(
        "demo", parents=[common], help=CLI.tr("fill an empty data folder with demo data")
    )
    demo.add_argument(
        "--people", type=int, default=60, help=CLI.tr("number of people (default 60)")
    )
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(run=lambda args, folder: _demo(folder, args.people, args.seed))
    check = sub.add_parser(
        "check", parents=[common], help=CLI.tr("check integrity and schema; exit 1 if unsound")
    )
    check.set_defaults(run=lambda args, folder: _check(folder))
    status = sub.add_parser(
        "status", parents=[common], help=CLI.tr("print what needs attention (the overview) as text")
    )
    status.add_argument("--program", type=int, metavar="ID", help=CLI.tr("only this program"))
    status.set_defaults(run=lambda args, folder: _status(folder, args.program))
    where = sub.add_parser(
        "where", parents=[common], help=CLI.tr("print the data folder in use")
    )
    where.set_defaults(run=lambda args, folder: _where(folder))


def _where(folder: Path) -> int:
    print(folder)
    return 0


def _check(folder: Path) -> int:
    from lernpartner_desktop.core.check import check_folder

    problems = check_folder(folder)
    if problems:
        for p in problems:
            print(f"lernpartner check: {p}", file=sys.stderr)
        return 1
    print("lernpartner check: " + CLI.tr("{folder} is sound.").format(folder=folder))
    return 0


def _demo(folder: Path, people: int, seed: int) -> int:
    from lernpartner_desktop.core.demo import DEMO_PASSPHRASE, fill_demo
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        code = fill_demo(ws, people=people, seed=seed)
        n_people, n_programs = ws.people.count(), len(ws.programs.all())
    print(
        CLI.tr("Demo data written to {folder}: {people}, {programs}.").format(
            folder=folder,
            people=CLI.tr("%n person(s)", "", n_people),
            programs=CLI.tr("%n program(s)", "", n_programs),
        )
    )
    if code:
        passphrase = DEMO_PASSPHRASE
        print(CLI.tr("Vault passphrase of the demo: {passphrase}").format(passphrase=passphrase))
        print(CLI.tr("Recovery code of the demo: {code}").format(code=code))
    return 0


def _status(folder: Path, program_id: int | None) -> int:
    import datetime as dt

    from lernpartner_desktop.cli.common import require_program
    from lernpartner_desktop.core.status_text import render
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        if program_id is not None:
            require_program(ws, program_id)
        print(render(ws.overview.attention(program_id=program_id), dt.date.today()), end="")
    return 0
