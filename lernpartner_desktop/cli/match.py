"""lernpartner match: suggestions with their reasons; --apply creates them."""

from __future__ import annotations

import argparse
from pathlib import Path

from lernpartner_desktop.base.i18n import format_number
from lernpartner_desktop.cli.output import CLI


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    match = sub.add_parser(
        "match",
        parents=[common],
        help=CLI.tr("suggest pairs for a program with their reasons; --apply creates them"),
    )
    match.add_argument(
        "--program", type=int, metavar="ID", required=True, help=CLI.tr("the program")
    )
    match.add_argument(
        "--objective",
        choices=("fit", "count"),
        default="fit",
        help=CLI.tr("fit: highest total fit (default); count: as many people matched as possible"),
    )
    match.add_argument(
        "--time-limit",
        type=float,
        metavar=CLI.tr("SECONDS"),
        default=None,
        help=CLI.tr(
            "learning circles: stop the search after this long and report how close the best "
            "circles found are (default: the program's setting, 10 s)"
        ),
    )
    match.add_argument(
        "--apply",
        action="store_true",
        help=CLI.tr("create the suggested partnerships (all or none)"),
    )
    match.set_defaults(
        run=lambda args, folder: _match(
            folder, args.program, args.objective, args.apply, args.time_limit
        )
    )


def _match(
    folder: Path, program_id: int, objective: str, apply: bool, time_limit: float | None
) -> int:
    from lernpartner_desktop.cli.common import require_program
    from lernpartner_desktop.matching.model import CRITERIA, criterion_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        program = require_program(ws, program_id)
        weights = ws.matching.weights(program_id)
        result = ws.matching.suggest(
            program_id,
            objective,  # type: ignore[arg-type]
            time_limit=time_limit,
        )
        print(
            CLI.tr("{program}: {suggestions}, total fit {total}").format(
                program=program.name,
                suggestions=CLI.tr("%n suggestion(s)", "", len(result.suggestions)),
                total=format_number(result.total),
            )
        )
        print(
            CLI.tr("Weights: {weights}").format(
                weights=", ".join(f"{criterion_label(k)} {_weight(weights[k])}" for k in CRITERIA)
            )
        )
        if program.format in ("learning_circle", "learning_partnership"):
            print(result.quality.message().message())
        for note in result.notes:
            print(CLI.tr("Note: {note}").format(note=note.message()))
        for i, sug in enumerate(result.suggestions, start=1):
            pinned = " " + CLI.tr("(pinned)") if sug.pinned else ""
            topic = f" [{sug.topic}]" if sug.topic else ""
            score = CLI.tr("score {score}").format(score=format_number(sug.score))
            print(f"\n{i}. {' & '.join(sug.names)}{topic}{pinned}: {score}")
            parts = ", ".join(
                f"{criterion_label(k)} {format_number(v)}" for k, v in sug.breakdown.items()
            )
            print(f"   {parts}")
            for reason in sug.reasons:
                print(f"   - {reason.message()}")
        if result.unmatched:
            print("\n" + CLI.tr("Not matched:"))
            for u in result.unmatched:
                print(f"   - {u.name}: {u.reason.message()}")
        if apply and result.suggestions:
            ids = ws.matching.accept(program_id, list(result.suggestions))
            print("\n" + CLI.tr("%n partnership(s) created.", "", len(ids)))
        elif not apply:
            print("\n" + CLI.tr("Nothing changed. Run again with --apply to create them."))
    return 0


def _weight(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 1)
