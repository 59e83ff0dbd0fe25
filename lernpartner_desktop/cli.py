"""The ``lernpartner`` command: the GUI by default, headless subcommands for the rest.

Heavy modules (Qt, ReportLab, solvers) are imported inside the subcommand that needs them, so
``lernpartner check`` stays quick and the GUI start path carries nothing it does not use.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from lernpartner_desktop import __version__
from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.paths import ENV_VAR, data_dir


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"data folder to use (default: ${ENV_VAR}, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="lernpartner",
        description="Lernpartner: learning partnerships, tandems and mentoring, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", parents=[common], help="start the desktop app (the default)")
    demo = sub.add_parser("demo", parents=[common], help="fill an empty data folder with demo data")
    demo.add_argument("--people", type=int, default=60, help="number of people (default 60)")
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    sub.add_parser("check", parents=[common], help="check integrity and schema; exit 1 if unsound")
    status = sub.add_parser(
        "status", parents=[common], help="print what needs attention (the overview) as text"
    )
    status.add_argument("--program", type=int, metavar="ID", help="only this program")
    sub.add_parser("where", parents=[common], help="print the data folder in use")
    match = sub.add_parser(
        "match",
        parents=[common],
        help="suggest pairs for a program with their reasons; --apply creates them",
    )
    match.add_argument("--program", type=int, metavar="ID", required=True, help="the program")
    match.add_argument(
        "--objective",
        choices=("fit", "count"),
        default="fit",
        help="fit: highest total fit (default); count: as many people matched as possible",
    )
    match.add_argument(
        "--apply", action="store_true", help="create the suggested partnerships (all or none)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    folder = data_dir(getattr(args, "data_dir", None))
    command = args.command or "gui"
    try:
        if command == "gui":
            from lernpartner_desktop.ui.app import run_gui

            return run_gui(folder)
        if command == "where":
            print(folder)
            return 0
        if command == "check":
            return _check(folder)
        if command == "demo":
            return _demo(folder, args.people, args.seed)
        if command == "status":
            return _status(folder, args.program)
        if command == "match":
            return _match(folder, args.program, args.objective, args.apply)
    except LernpartnerError as exc:
        print(f"lernpartner: {exc}", file=sys.stderr)
        return 1
    raise AssertionError(command)


def _check(folder: Path) -> int:
    from lernpartner_desktop.core.check import check_folder

    problems = check_folder(folder)
    if problems:
        for p in problems:
            print(f"lernpartner check: {p}", file=sys.stderr)
        return 1
    print(f"lernpartner check: {folder} is sound.")
    return 0


def _demo(folder: Path, people: int, seed: int) -> int:
    from lernpartner_desktop.core.demo import DEMO_PASSPHRASE, fill_demo
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        code = fill_demo(ws, people=people, seed=seed)
        n_people, n_programs = ws.people.count(), len(ws.programs.all())
    print(f"Demo data written to {folder}: {n_people} people, {n_programs} programs.")
    if code:
        print(f"Vault passphrase of the demo: {DEMO_PASSPHRASE}")
        print(f"Recovery code of the demo:    {code}")
    return 0


def _status(folder: Path, program_id: int | None) -> int:
    import datetime as dt

    from lernpartner_desktop.core.status_text import render
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        if program_id is not None:
            ws.programs.get(program_id)  # a clear message for an unknown program
        print(render(ws.overview.attention(program_id=program_id), dt.date.today()), end="")
    return 0


def _match(folder: Path, program_id: int, objective: str, apply: bool) -> int:
    from lernpartner_desktop.core.match_engine import CRITERIA, criterion_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open(folder) as ws:
        program = ws.programs.get(program_id)
        weights = ws.matching.weights(program_id)
        result = ws.matching.suggest(program_id, objective)  # type: ignore[arg-type]
        print(
            f"{program.name}: {len(result.suggestions)} suggestion(s), total fit {result.total:.1f}"
        )
        print("Weights: " + ", ".join(f"{criterion_label(k)} {weights[k]:g}" for k in CRITERIA))
        for note in result.notes:
            print(f"Note: {note.message()}")
        for i, sug in enumerate(result.suggestions, start=1):
            pinned = " (pinned)" if sug.pinned else ""
            print(f"\n{i}. {' & '.join(sug.names)}{pinned}: score {sug.score:.1f}")
            parts = ", ".join(f"{criterion_label(k)} {v:.1f}" for k, v in sug.breakdown.items())
            print(f"   {parts}")
            for reason in sug.reasons:
                print(f"   - {reason.message()}")
        if result.unmatched:
            print("\nNot matched:")
            for u in result.unmatched:
                print(f"   - {u.name}: {u.reason.message()}")
        if apply and result.suggestions:
            ids = ws.matching.accept(program_id, list(result.suggestions))
            print(f"\nCreated {len(ids)} partnership(s).")
        elif not apply:
            print("\nNothing was changed. Run again with --apply to create these partnerships.")
    return 0
