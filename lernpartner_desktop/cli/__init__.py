"""The ``lernpartner`` command: the GUI by default, headless subcommands for the rest.

Each group of sub-commands lives in its own module with a ``register(sub, common)`` that adds
its parsers and sets ``run(args, folder) -> exit code``. Heavy modules (Qt, ReportLab, solvers)
are imported inside the command that needs them, so ``lernpartner check`` stays quick and the
GUI start path carries nothing it does not use.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from lernpartner_desktop import __version__
from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.paths import ENV_VAR, data_dir

#: Modules of this package that add sub-commands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "basic",
    "match",
    "backup",
)


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
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        if args.command in (None, "gui"):
            from lernpartner_desktop.ui.app import run_gui

            return run_gui(folder)
        code: int = args.run(args, folder)
        return code
    except LernpartnerError as exc:
        print(f"lernpartner: {exc}", file=sys.stderr)
        return 1
