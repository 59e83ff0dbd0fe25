"""The ``lernpartner`` command: the GUI by default, headless subcommands for the rest.

Each group of sub-commands lives in its own module with a ``register(sub, common)`` that adds
its parsers and sets ``run(args, folder) -> exit code``. Heavy modules (Qt, ReportLab, solvers)
are imported inside the command that needs them, so ``lernpartner check`` stays quick and the
GUI start path carries nothing it does not use.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from lernpartner_desktop import __version__
from lernpartner_desktop.base.errors import LernpartnerError
from lernpartner_desktop.cli.output import CLI, error, setup
from lernpartner_desktop.paths import ENV_VAR, data_dir

#: Modules of this package that add sub-commands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "basic",
    "programs",
    "match",
    "paper",
    "exchange",
    "backup",
)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=CLI.tr("DIR"),
        default=argparse.SUPPRESS,
        help=CLI.tr("data folder to use (default: ${variable}, else the user data folder)").format(
            variable=ENV_VAR
        ),
    )
    parser = argparse.ArgumentParser(
        prog="lernpartner",
        description=CLI.tr("Lernpartner: learning partnerships, tandems and mentoring, offline."),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=CLI.tr("show the version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar=CLI.tr("COMMAND"))
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, common)
    _describe(sub)
    return parser


def _describe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Each "lernpartner COMMAND --help" (also "lernpartner print closing --help") opens with
    the line the list of commands shows for it."""
    for action in sub._choices_actions:
        command = sub.choices[action.dest]
        if not command.description:
            command.description = action.help
        for inner in command._actions:
            if isinstance(inner, argparse._SubParsersAction):
                _describe(inner)


def main(argv: Sequence[str] | None = None) -> int:
    setup()  # the GUI's language and UTF-8 output, before the help texts are made
    args = _parser().parse_args(argv)
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        if args.command in (None, "gui"):
            from lernpartner_desktop.ui.app import run_gui

            return run_gui(folder)
        code: int = args.run(args, folder)
        sys.stdout.flush()  # a reader that went away shows here, inside the handler below
        return code
    except LernpartnerError as exc:
        error(str(exc))
        return 1
    except BrokenPipeError:
        # "lernpartner match ... | head -1": the reader has what it wanted. End quietly, and
        # keep Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a shell reports for a command ended by SIGPIPE (128 + 13)
