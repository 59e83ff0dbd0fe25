"""What every sub-command prints goes through here: in the GUI's language, as UTF-8.

``setup()`` runs once in :func:`lernpartner_desktop.cli.main`, before the parser is built (its
help lines are translated too): it resolves the language exactly as the GUI does (and loads the
same catalogues, without an application object) and makes stdout/stderr write UTF-8 whatever
the console or the redirection (a Windows ``lernpartner status > file.txt`` would otherwise
fail on "ş"). Texts of the command line are marked ``CLI.tr("...")`` or, with a count,
``CLI.tr("%n partnership(s) created.", "", n)``; dates and numbers go through
``base.i18n.format_date``/``format_number``. argparse's own words ("usage:", "options",
its error lines) are translated too, in the context "argparse" (see :data:`ARGPARSE_TEXTS`).
"""

from __future__ import annotations

import argparse
import io
import os
import sys

from lernpartner_desktop.base.i18n import QT_TRANSLATE_NOOP, Context, translate

CLI = Context("CLI")

#: The words of argparse itself that a user of ``lernpartner`` meets (Python 3.11; a text a
#: later Python words differently simply stays English). argparse looks each one up through
#: its module's ``_`` (gettext) when it needs it; :func:`setup` points that at our catalogue.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


def utf8_streams() -> None:
    """UTF-8 on stdout and stderr, whatever the console or the redirection says."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != (
            "utf8"
        ):
            stream.reconfigure(encoding="utf-8", errors="replace")


def setup() -> None:
    utf8_streams()
    # Qt's core (no widgets) is imported only here, once the command line is really used.
    from lernpartner_desktop.ui.i18n import use_language

    use_language(os.environ.get("LERNPARTNER_LANG"))
    # argparse calls its module-level ``_`` at the moment it writes a text, so the parsers
    # built after this (and their error lines) speak the same language as ours.
    setattr(argparse, "_", _argparse_text)  # noqa: B010 - argparse has no public hook


def error(text: str) -> None:
    """A message for the user on stderr, prefixed as every command's messages are."""
    print(f"lernpartner: {text}", file=sys.stderr)
