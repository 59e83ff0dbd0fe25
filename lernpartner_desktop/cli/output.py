"""What every sub-command prints goes through here: in the GUI's language, as UTF-8.

``setup()`` runs once in :func:`lernpartner_desktop.cli.main`, before the parser is built (its
help lines are translated too): it resolves the language exactly as the GUI does (and loads the
same catalogues, without an application object) and makes stdout/stderr write UTF-8 whatever
the console or the redirection (a Windows ``lernpartner status > file.txt`` would otherwise
fail on "ş"). Texts of the command line are marked ``CLI.tr("...")`` or, with a count,
``CLI.tr("%n partnership(s) created.", "", n)``; dates and numbers go through
``base.i18n.format_date``/``format_number``.
"""

from __future__ import annotations

import io
import os
import sys

from lernpartner_desktop.base.i18n import Context

CLI = Context("CLI")


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


def error(text: str) -> None:
    """A message for the user on stderr, prefixed as every command's messages are."""
    print(f"lernpartner: {text}", file=sys.stderr)
