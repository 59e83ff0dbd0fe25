"""lernpartner match: suggestions with their reasons; --apply creates them."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
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
    match.set_defaults(
        run=lambda args, folder: _match(folder, args.program, args.objective, args.apply)
    )


def _match(folder: Path, program_id: int, objective: str, apply: bool) -> int:
    from lernpartner_desktop.cli.common import require_program
    from lernpartner_desktop.core.match_engine import CRITERIA, criterion_label
    from lernpartner_desktop.workspace import Workspace

    with Workspace.open_existing(folder) as ws:
        program = require_program(ws, program_id)
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
